// Binding call arguments to a Python function's parameters.
#pragma once
#include <cstddef>

#include "runtime/object.h"
#include "vm/function.h"

namespace dx {

// Fills the parameter registers of a new frame of `func` from `nargs`
// positional arguments followed by the values of the keyword arguments named
// in `kwnames` (the vectorcall convention). Raises CPython's TypeError and
// returns false when they do not fit.
bool bind_arguments(FunctionObject* func, Object** regs, Object* const* args, size_t nargs, Object* kwnames);

// The parameters of a function written in C++, for parse_args.
struct ArgSpec {
  const char* fname;          // for messages: "fname() takes ..."
  const char* const* names;   // every parameter's name
  int count;                  // how many parameters
  int required;               // the first `required` must be given
  int positional_only = 0;    // the first ones cannot be given by keyword
  int max_positional = -1;    // -1: all may be positional; else the rest are keyword-only
};

// Binds the arguments of a call (the vectorcall convention) to spec's
// parameters: values[i] is the argument (borrowed) or null when an optional
// one was not given. Raises CPython's TypeError and returns false when they
// do not fit.
bool parse_args(const ArgSpec& spec, Object* const* args, ssize nargs, Object* kwnames, Object** values);
// The same for a tp_call/tp_init style call (a tuple and a dict or null).
bool parse_tuple_and_keywords(Object* args, Object* kwargs, const char* fname, const char* const* names, int count,
                              int required, Object** values);

// _PyArg_CheckPositional: "get expected at least 1 argument, got 0",
// "pop expected at most 2 arguments, got 3", "f expected 1 argument, got 2".
bool check_positional(const char* name, ssize nargs, ssize min, ssize max);

}  // namespace dx
