// BaseExceptionGroup and ExceptionGroup (PEP 654): construction, split,
// subgroup, derive, and the run-time parts of except*.
#pragma once
#include "runtime/object.h"

namespace dx {

bool is_exception_group(const Object* o);

// ExceptionGroup(message, excs) or BaseExceptionGroup as the items need
// (CPython's _PyExc_CreateExceptionGroup); `excs` a list or tuple.
Object* exception_group_new(const char* message, Object* excs);

// CheckEgMatch: the part of exception `exc` that `type` (a class or a tuple
// of classes, already checked) matches, as a group (a lone exception that
// matches is wrapped in ExceptionGroup("", [exc])), or None; *rest = what
// is left (None when nothing is). For a lone exception that does not
// match, both are None. Null on error.
Object* exception_group_match(Object* exc, Object* type, Object** rest);

// except* E: checks E (classes deriving from BaseException, no exception
// group class: CPython's TypeErrors), then exception_group_match.
Object* check_eg_match(Object* exc, Object* type, Object** rest);

// The exception to raise at the end of try/except* (CPython's
// _PyExc_PrepReraiseStar): `orig` the exception caught, `excs` the list of
// what the except* clauses raised or re-raised (and the unhandled rest, or
// None). New reference to the exception, or None.
Object* prep_reraise_star(Object* orig, Object* excs);

void init_exception_group_types();  // part of init_exception_types

}  // namespace dx
