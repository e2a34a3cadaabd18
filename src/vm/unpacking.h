// Star and double-star unpacking with CPython 3.11's rules and messages:
// f(*a, **k), [*a, *b], {**d}, `a, *b, c = ...`. The interpreter's
// instructions call these; they follow D5 (nullptr / -1 with an exception).
#pragma once
#include <cstddef>

#include "runtime/object.h"

namespace dx {

// "module.qualname()" (or "name()") naming a callable in call errors, as
// CPython's _PyObject_FunctionStr.
Object* function_str(Object* func);

// list.extend(iterable) for a * in a display or a call: TypeError "Value
// after * must be an iterable, not T" when `iterable` is not one.
int list_extend_star(Object* list, Object* iterable);

// {**mapping}: dict.update(mapping); TypeError "'T' object is not a mapping".
int dict_update_display(Object* dict, Object* mapping);

// f(**mapping): adds the mapping's items to the keyword dict of a call of
// `func`; TypeError "F() argument after ** must be a mapping, not T" and
// "F() got multiple values for keyword argument 'k'".
int dict_merge_kwargs(Object* dict, Object* mapping, Object* func);

// The arguments of f(*args, **kwargs) in the vectorcall convention: a tuple
// of the positional arguments followed by the keyword values (returned),
// their count in *npos and the keyword names in *kwnames (a new tuple, or
// null when there are none). `args` may be any iterable (a single *x):
// "F() argument after * must be an iterable, not T"; `kwargs` is a dict or
// null; keywords that are not str: "keywords must be strings".
Object* star_call_arguments(Object* func, Object* args, Object* kwargs, size_t* npos, Object** kwnames);

// a, *b, c = seq: stores `before` items, the list of the middle ones, then
// `after` items into out[0 .. before + after] (new references).
int unpack_with_star(Object* seq, int before, int after, Object** out);

}  // namespace dx
