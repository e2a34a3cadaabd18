// The built-in (C++) modules: one file each in src/modules/, one line each
// in the table of module_registry.cpp (name -> the function making the
// module object). The import system looks here before sys.path.
#pragma once
#include <string_view>

#include "runtime/object.h"

namespace dx {

struct Interpreter;

struct BuiltinModuleDef {
  const char* name;
  Object* (*create)(Interpreter* interp);  // a new module, or null with an error
};

// The entry for `name`, or null.
const BuiltinModuleDef* find_builtin_module(std::string_view name);
// sys.builtin_module_names: a new tuple of the names, sorted.
Object* builtin_module_names();

// The modules' create functions.
Object* builtins_module_create(Interpreter* interp);  // module_registry.cpp
Object* sys_module_create(Interpreter* interp);       // sys_module.cpp
Object* gc_module_create(Interpreter* interp);        // gc_module.cpp

// The static types of sys (struct sequences, streams), readied at start-up.
void init_sys_types();

}  // namespace dx
