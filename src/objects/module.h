// The module type (types.ModuleType) and the simple module spec objects the
// import system gives modules (objects/module.cpp).
#pragma once
#include "runtime/object.h"

namespace dx {

// CPython 3.11's PyModuleObject layout (internal there, kept for extension
// modules' sake): the namespace dict, the definition and state of a native
// module, weak references, the name.
struct ModuleObject : Object {
  Object* md_dict;
  ModuleDef* md_def;
  void* md_state;
  Object* md_weaklist;
  Object* md_name;
};

extern TypeObject ModuleType;
extern TypeObject ModuleSpecType;

inline bool is_module(const Object* o);
// A new module named `name` (a str) whose dict holds __name__, __doc__
// (`doc` or None), __package__, __loader__ and __spec__ (None).
Object* module_new(Object* name, Object* doc = nullptr);
Object* module_new_utf8(const char* name);
// The module's namespace (borrowed).
inline Object* module_dict(Object* m) { return static_cast<ModuleObject*>(m)->md_dict; }
// Sets module attribute `name` (0 or -1); `value` is borrowed.
int module_add_object(Object* m, const char* name, Object* value);
// Adds a builtin function per MethodDef of the null-terminated table.
int module_add_functions(Object* m, MethodDef* defs);

// A new ModuleSpec: name (str), origin (str or null: None), whether the
// origin is a file, and the package's search locations (a list, or null).
Object* module_spec_new(Object* name, Object* origin, bool has_location, Object* search_locations);
// Whether a module spec says its module's body is still running
// (spec._initializing true); false for None or null, errors cleared.
bool spec_initializing(Object* spec);

void init_module_type();

inline bool is_module(const Object* o) {
  for (TypeObject* t = type_of(o); t; t = t->tp_base)
    if (t == &ModuleType) return true;
  return false;
}

}  // namespace dx
