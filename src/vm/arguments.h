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

}  // namespace dx
