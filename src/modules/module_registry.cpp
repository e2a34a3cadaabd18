#include "modules/module_registry.h"

#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/thread_state.h"

namespace dx {

namespace {

// Sorted by name.
const BuiltinModuleDef kBuiltinModules[] = {
    {"builtins", builtins_module_create},
    {"gc", gc_module_create},
    {"sys", sys_module_create},
};

}  // namespace

const BuiltinModuleDef* find_builtin_module(std::string_view name) {
  for (const BuiltinModuleDef& m : kBuiltinModules)
    if (name == m.name) return &m;
  return nullptr;
}

Object* builtin_module_names() {
  constexpr ssize n = sizeof kBuiltinModules / sizeof kBuiltinModules[0];
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (ssize i = 0; i < n; i++) {
    Object* s = str_intern_utf8(kBuiltinModules[i].name);
    if (!s) {
      decref(t);
      return nullptr;
    }
    tuple_item(t, i) = s;
  }
  return t;
}

// builtins: a module over the interpreter's builtins dict (the one every
// frame's builtins are), so `import builtins; builtins.x = 1` is seen by all.
Object* builtins_module_create(Interpreter* interp) {
  Object* m = module_new_utf8("builtins");
  if (!m) return nullptr;
  static ModuleDef def = {{}, "builtins", nullptr, -1, nullptr, nullptr, nullptr, nullptr, nullptr};
  auto* mo = static_cast<ModuleObject*>(m);
  decref(mo->md_dict);
  mo->md_dict = newref(interp->builtins);
  mo->md_def = &def;
  return m;
}

}  // namespace dx
