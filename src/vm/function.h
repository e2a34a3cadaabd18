// Function objects: a code object with its globals, defaults and closure.
// The layout is ours; `vectorcall` sits at tp_vectorcall_offset.
#pragma once
#include "runtime/object.h"
#include "vm/code.h"

namespace dx {

struct FunctionObject : Object {
  vectorcallfunc vectorcall;
  CodeObject* code;
  Object* globals;     // dict
  Object* builtins;    // dict
  Object* name;        // str
  Object* qualname;    // str
  Object* defaults;    // tuple or null
  Object* kwdefaults;  // dict or null
  Object* closure;     // tuple of cells or null
  Object* doc;
  Object* dict;
  Object* module;
  Object* annotations;
  // Code objects replaced by __code__ assignment, kept while the function
  // lives: a running frame borrows its code from the function.
  Object* retired_codes;  // list or null
};

extern TypeObject FunctionType;

inline bool is_function(const Object* o) { return type_of(o) == &FunctionType; }

// A new function for `code` (a new reference is taken to each argument).
Object* function_new(CodeObject* code, Object* globals, Object* builtins, Object* qualname);

void init_function_type();

}  // namespace dx
