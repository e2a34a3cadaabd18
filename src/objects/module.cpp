// The module type: a named namespace. Attribute lookup falls back to the
// module's own __getattr__ (PEP 562); the error names the module, and says
// "partially initialized" while its body is still running (a circular
// import), as CPython's does.
#include "objects/module.h"

#include <cstddef>
#include <string>

#include "gc/gc.h"
#include "objects/builtin_function.h"
#include "objects/descriptor.h"
#include "objects/dict.h"
#include "objects/type.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "vm/arguments.h"

namespace dx {

TypeObject ModuleType;
TypeObject ModuleSpecType;

bool spec_initializing(Object* spec) {
  if (!spec || is_none(spec)) return false;
  Object* initializing = str_intern_utf8("_initializing");
  Object* v = initializing ? object_getattr(spec, initializing) : nullptr;
  xdecref(initializing);
  if (!v) {
    clear_error();
    return false;
  }
  int t = object_is_true(v);
  decref(v);
  if (t < 0) clear_error();
  return t > 0;
}

namespace {

// Fills the module attributes every module starts with, in CPython's order.
int module_init_dict(Object* dict, Object* name, Object* doc) {
  if (dict_set_item(dict, names::dunder_name, name) < 0) return -1;
  if (dict_set_item(dict, names::dunder_doc, doc ? doc : none()) < 0) return -1;
  if (dict_set_item(dict, names::dunder_package, none()) < 0) return -1;
  if (dict_set_item(dict, names::dunder_loader, none()) < 0) return -1;
  if (dict_set_item(dict, names::dunder_spec, none()) < 0) return -1;
  return 0;
}

Object* module_alloc(TypeObject* type) {
  auto* m = static_cast<ModuleObject*>(object_alloc_zeroed(type, type->tp_basicsize));
  if (!m) return nullptr;
  if (type->tp_flags & kTpHeapType) incref(type);
  m->md_dict = dict_new();
  if (!m->md_dict) {
    decref(m);
    return nullptr;
  }
  return m;
}

void module_dealloc(Object* o) {
  gc_untrack(o);
  auto* m = static_cast<ModuleObject*>(o);
  xdecref(m->md_dict);
  xdecref(m->md_name);
  object_free(o);  // a subclass's instance: subtype_dealloc drops the class
}

int module_traverse(Object* o, visitproc visit, void* arg) {
  DX_VISIT(static_cast<ModuleObject*>(o)->md_dict);
  return 0;
}

int module_clear(Object* o) {
  auto* m = static_cast<ModuleObject*>(o);
  Object* d = m->md_dict;
  m->md_dict = nullptr;
  xdecref(d);
  return 0;
}

Object* module_tp_new(TypeObject* type, Object*, Object*) { return module_alloc(type); }

// module(name, doc=None)
int module_tp_init(Object* self, Object* args, Object* kwargs) {
  static const char* const kNames[] = {"name", "doc"};
  Object* v[2];
  ssize nargs = tuple_size(args);
  Object* kwnames = nullptr;
  Object* stack[4];
  ssize nkw = kwargs ? dict_size(kwargs) : 0;
  if (nargs + nkw > 2) return raise(&exc::TypeError, "module() takes at most 2 arguments (%zd given)", nargs + nkw), -1;
  for (ssize i = 0; i < nargs; i++) stack[i] = tuple_item(args, i);
  if (nkw) {
    kwnames = tuple_new(nkw);
    if (!kwnames) return -1;
    ssize pos = 0, k = 0;
    Object *key, *value;
    while (dict_next(kwargs, &pos, &key, &value)) {
      tuple_item(kwnames, k) = newref(key);
      stack[nargs + k++] = value;
    }
  }
  bool ok = parse_args(ArgSpec{"module", kNames, 2, 1, 0, 2}, stack, nargs, kwnames, v);
  xdecref(kwnames);
  if (!ok) return -1;
  if (!is_str(v[0])) {
    raise(&exc::TypeError, "module() argument 'name' must be str, not %s", type_of(v[0])->tp_name);
    return -1;
  }
  auto* m = static_cast<ModuleObject*>(self);
  if (!m->md_dict && !(m->md_dict = dict_new())) return -1;
  return module_init_dict(m->md_dict, v[0], v[1]);
}

// The module's name for messages: __name__ when it is a str, else null.
Object* module_name_of(Object* m) {
  Object* d = module_dict(m);
  if (!d || !is_dict(d)) return nullptr;
  bool error = false;
  Object* name = dict_get_item(d, names::dunder_name, &error);
  return name && is_str(name) ? name : nullptr;
}

// Whether the module's __spec__._initializing is true (its body is running).
bool module_initializing(Object* d) {
  bool error = false;
  return spec_initializing(dict_get_item(d, names::dunder_spec, &error));
}

Object* module_getattro(Object* o, Object* name) {
  Object* r = object_generic_getattr(o, name);
  if (r || !error_matches(&exc::AttributeError)) return r;
  Object* d = module_dict(o);
  if (!d) return nullptr;
  clear_error();
  bool error = false;
  Object* getattr = dict_get_item(d, names::dunder_getattr, &error);
  if (getattr) {
    incref(getattr);
    r = object_vectorcall(getattr, &name, 1, nullptr);
    decref(getattr);
    return r;
  }
  if (error) return nullptr;
  Object* mname = module_name_of(o);
  std::string_view n = str_utf8(name);
  if (!mname) {
    raise(&exc::AttributeError, "module has no attribute '%.*s'", static_cast<int>(n.size()), n.data());
  } else {
    std::string_view mn = str_utf8(mname);
    if (module_initializing(d))
      raise(&exc::AttributeError,
            "partially initialized module '%.*s' has no attribute '%.*s' (most likely due to a circular import)",
            static_cast<int>(mn.size()), mn.data(), static_cast<int>(n.size()), n.data());
    else
      raise(&exc::AttributeError, "module '%.*s' has no attribute '%.*s'", static_cast<int>(mn.size()), mn.data(),
            static_cast<int>(n.size()), n.data());
  }
  Object* e = current_thread()->current_exception;
  if (e && is_instance_of_type(e, &exc::AttributeError)) {
    auto* ae = static_cast<AttributeErrorObject*>(e);
    if (!ae->name) ae->name = newref(name);
    if (!ae->obj) ae->obj = newref(o);
  }
  return nullptr;
}

// The attribute of `o` named `attr`, borrowed from a dict-backed object
// (the spec), or null.
Object* attr_or_null(Object* o, const char* attr) {
  Object* key = str_intern_utf8(attr);
  if (!key) return nullptr;
  Object* v = object_getattr(o, key);
  decref(key);
  if (!v) clear_error();
  return v;
}

std::string repr_text(Object* o) {
  Object* r = object_repr(o);
  if (!r) {
    clear_error();
    return "?";
  }
  std::string s(str_utf8(r));
  decref(r);
  return s;
}

// <module 'x' from '/path/x.py'>, <module 'x' (built-in)>, <module 'x'>
Object* module_repr(Object* o) {
  Object* d = module_dict(o);
  Object* name = module_name_of(o);
  std::string nm = name ? repr_text(name) : "'?'";
  bool error = false;
  Object* spec = d ? dict_get_item(d, names::dunder_spec, &error) : nullptr;
  if (spec && !is_none(spec)) {
    Object* origin = attr_or_null(spec, "origin");
    if (origin && !is_none(origin)) {
      Object* has_loc = attr_or_null(spec, "has_location");
      int located = has_loc ? object_is_true(has_loc) : 0;
      xdecref(has_loc);
      if (located < 0) clear_error();
      std::string text = located > 0 ? "<module " + nm + " from " + repr_text(origin) + ">"
                                     : "<module " + nm + " (" + std::string(is_str(origin) ? str_utf8(origin) : "?") + ")>";
      decref(origin);
      return str_from_utf8(text);
    }
    xdecref(origin);
  }
  Object* file = d ? dict_get_item(d, names::dunder_file, &error) : nullptr;
  if (file && is_str(file)) return str_from_utf8("<module " + nm + " from " + repr_text(file) + ">");
  Object* loader = d ? dict_get_item(d, names::dunder_loader, &error) : nullptr;
  if (loader && !is_none(loader)) return str_from_utf8("<module " + nm + " (" + repr_text(loader) + ")>");
  // A native module before the import system gave it a spec (builtins).
  if (static_cast<ModuleObject*>(o)->md_def) return str_from_utf8("<module " + nm + " (built-in)>");
  return str_from_utf8("<module " + nm + ">");
}

// module.__dir__(): the namespace's __dir__() when it defines one, else its keys.
Object* module_dir(Object* self, Object*) {
  Object* d = module_dict(self);
  if (!d || !is_dict(d)) {
    return raise(&exc::TypeError, "<module>.__dict__ is not a dictionary");
  }
  static Object* dir_name = str_intern_static("__dir__");
  bool error = false;
  Object* f = dict_get_item(d, dir_name, &error);
  if (f) {
    incref(f);
    Object* r = object_vectorcall(f, nullptr, 0, nullptr);
    decref(f);
    return r;
  }
  if (error) return nullptr;
  return list_from_iterable(d);
}

MemberDef module_members[] = {
    {"__dict__", kMemberObject, offsetof(ModuleObject, md_dict), kMemberReadonly, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

MethodDef module_methods[] = {
    {"__dir__", reinterpret_cast<CFunction>(module_dir), kMethNoArgs, "__dir__() -> list\nspecialized dir() implementation"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- ModuleSpec: what __spec__ holds (name, origin, submodule_search_locations...)

struct ModuleSpecObject : Object {
  Object* dict;
};

void spec_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<ModuleSpecObject*>(o)->dict);
  object_free(o);
}

int spec_traverse(Object* o, visitproc visit, void* arg) {
  DX_VISIT(static_cast<ModuleSpecObject*>(o)->dict);
  return 0;
}

int spec_clear(Object* o) {
  auto* s = static_cast<ModuleSpecObject*>(o);
  Object* d = s->dict;
  s->dict = nullptr;
  xdecref(d);
  return 0;
}

// ModuleSpec(name='x', loader=None, origin='/path/x.py'), as importlib's.
Object* spec_repr(Object* o) {
  std::string text = "ModuleSpec(";
  const char* fields[] = {"name", "loader", "origin", "submodule_search_locations"};
  for (const char* f : fields) {
    Object* v = attr_or_null(o, f);
    if (!v) continue;
    bool skip = std::string_view(f) != "name" && std::string_view(f) != "loader" && is_none(v);
    if (!skip) {
      if (text.size() > 11) text += ", ";
      text += f;
      text += "=";
      text += repr_text(v);
    }
    decref(v);
  }
  text += ")";
  return str_from_utf8(text);
}

int set_attr(Object* d, const char* name, Object* value) {
  Object* key = str_intern_utf8(name);
  if (!key) return -1;
  int r = dict_set_item(d, key, value);
  decref(key);
  return r;
}

}  // namespace

Object* module_spec_new(Object* name, Object* origin, bool has_location, Object* search_locations) {
  auto* s = alloc_object<ModuleSpecObject>(&ModuleSpecType);
  if (!s) return nullptr;
  s->dict = dict_new();
  if (!s->dict) {
    decref(s);
    return nullptr;
  }
  // The parent package: the name itself for a package, else what precedes its last dot.
  Object* parent = nullptr;
  if (search_locations) {
    parent = newref(name);
  } else {
    std::string_view n = str_utf8(name);
    size_t dot = n.rfind('.');
    parent = str_from_utf8(dot == std::string_view::npos ? std::string_view() : n.substr(0, dot));
  }
  bool ok = parent && set_attr(s->dict, "name", name) == 0 && set_attr(s->dict, "loader", none()) == 0 &&
            set_attr(s->dict, "origin", origin ? origin : none()) == 0 &&
            set_attr(s->dict, "loader_state", none()) == 0 &&
            set_attr(s->dict, "submodule_search_locations", search_locations ? search_locations : none()) == 0 &&
            set_attr(s->dict, "cached", none()) == 0 && set_attr(s->dict, "parent", parent) == 0 &&
            set_attr(s->dict, "has_location", bool_object(has_location)) == 0;
  xdecref(parent);
  if (!ok) {
    decref(s);
    return nullptr;
  }
  return s;
}

Object* module_new(Object* name, Object* doc) {
  auto* m = static_cast<ModuleObject*>(module_alloc(&ModuleType));
  if (!m) return nullptr;
  if (module_init_dict(m->md_dict, name, doc) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

Object* module_new_utf8(const char* name) {
  Object* n = str_from_utf8(name);
  if (!n) return nullptr;
  Object* m = module_new(n);
  decref(n);
  return m;
}

int module_add_object(Object* m, const char* name, Object* value) {
  if (!value) return -1;
  return set_attr(module_dict(m), name, value);
}

int module_add_functions(Object* m, MethodDef* defs) {
  Object* mname = module_name_of(m);
  for (MethodDef* def = defs; def->ml_name; def++) {
    Object* f = builtin_function_new(def, nullptr, mname);
    if (!f) return -1;
    int r = set_attr(module_dict(m), def->ml_name, f);
    decref(f);
    if (r < 0) return -1;
  }
  return 0;
}

void init_module_type() {
  ModuleType.ob_refcnt = kImmortalRefcnt;
  ModuleType.tp_name = "module";
  ModuleType.tp_basicsize = sizeof(ModuleObject);
  ModuleType.tp_dealloc = module_dealloc;
  ModuleType.tp_traverse = module_traverse;
  ModuleType.tp_clear = module_clear;
  ModuleType.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType;
  ModuleType.tp_new = module_tp_new;
  ModuleType.tp_init = module_tp_init;
  ModuleType.tp_repr = module_repr;
  ModuleType.tp_getattro = module_getattro;
  ModuleType.tp_setattro = object_generic_setattr;
  ModuleType.tp_dictoffset = offsetof(ModuleObject, md_dict);
  ModuleType.tp_weaklistoffset = offsetof(ModuleObject, md_weaklist);
  ModuleType.tp_members = module_members;
  ModuleType.tp_methods = module_methods;
  ModuleType.tp_doc = "Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.";

  ModuleSpecType.ob_refcnt = kImmortalRefcnt;
  ModuleSpecType.tp_name = "ModuleSpec";
  ModuleSpecType.tp_basicsize = sizeof(ModuleSpecObject);
  ModuleSpecType.tp_dealloc = spec_dealloc;
  ModuleSpecType.tp_traverse = spec_traverse;
  ModuleSpecType.tp_clear = spec_clear;
  ModuleSpecType.tp_flags = kTpDefault | kTpHaveGc;
  ModuleSpecType.tp_repr = spec_repr;
  ModuleSpecType.tp_getattro = object_generic_getattr;
  ModuleSpecType.tp_setattro = object_generic_setattr;
  ModuleSpecType.tp_dictoffset = offsetof(ModuleSpecObject, dict);
}

}  // namespace dx
