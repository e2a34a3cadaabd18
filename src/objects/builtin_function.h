// Functions written in C++ (PyCFunctionObject layout): a MethodDef bound to
// an optional self, called through vectorcall according to ml_flags.
#pragma once
#include "runtime/object.h"

namespace dx {

struct BuiltinFunctionObject : Object {
  MethodDef* m_ml;
  Object* m_self;
  Object* m_module;
  Object* m_weakreflist;
  vectorcallfunc vectorcall;
};

// The signature of METH_FASTCALL | METH_KEYWORDS functions, the convention
// of dx-py's own builtins.
using FastcallKeywordsFunc = Object* (*)(Object* self, Object* const* args, ssize nargs, Object* kwnames);

extern TypeObject BuiltinFunctionType;

// A new builtin function for `def` (which must live as long as the process).
Object* builtin_function_new(MethodDef* def, Object* self, Object* module);

void init_builtin_function_type();

}  // namespace dx
