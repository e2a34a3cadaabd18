#include "vm/function.h"

#include <cstddef>
#include <cstdio>
#include <initializer_list>
#include <string>

#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/method.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/names.h"

#include "runtime/alloc.h"
#include "vm/interpreter.h"

namespace dx {

TypeObject FunctionType;

namespace {

void function_dealloc(Object* o) {
  gc_untrack(o);
  auto* f = static_cast<FunctionObject*>(o);
  for (Object* field : {static_cast<Object*>(f->code), f->globals, f->builtins, f->name, f->qualname, f->defaults,
                        f->kwdefaults, f->closure, f->doc, f->dict, f->module, f->annotations, f->retired_codes})
    xdecref(field);
  object_free(o);
}

int function_traverse(Object* o, visitproc visit, void* arg) {
  auto* f = static_cast<FunctionObject*>(o);
  for (Object* field : {f->globals, f->builtins, f->defaults, f->kwdefaults, f->closure, f->doc, f->dict, f->module,
                        f->annotations, f->name, f->qualname})
    DX_VISIT(field);
  return 0;
}

// Breaks the cycles a function is in (CPython's func_clear). The code,
// globals, builtins, names and closure stay: a cycle through globals or
// the closure has a dict or a cell that the collector clears, and a
// function called afterwards still finds what it needs.
int function_clear(Object* o) {
  auto* f = static_cast<FunctionObject*>(o);
  for (Object** field : {&f->defaults, &f->kwdefaults, &f->doc, &f->dict, &f->module, &f->annotations}) {
    Object* v = *field;
    *field = nullptr;
    xdecref(v);
  }
  return 0;
}

// A function found on a class binds to the instance.
Object* function_descr_get(Object* self, Object* obj, Object*) {
  if (!obj) return newref(self);
  return method_new(self, obj);
}

Object* function_repr(Object* o) {
  auto* f = static_cast<FunctionObject*>(o);
  char buf[48];
  std::snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(o));
  std::string s = "<function ";
  s += str_utf8(f->qualname);
  s += buf;
  return str_from_utf8(s);
}

FunctionObject* fn(Object* o) { return static_cast<FunctionObject*>(o); }

Object* or_none(Object* v) { return newref(v ? v : none()); }

Object* get_name(Object* o, void*) { return newref(fn(o)->name); }
int set_name(Object* o, Object* v, void*) {
  if (!v || !is_str(v)) {
    raise(&exc::TypeError, "__name__ must be set to a string object");
    return -1;
  }
  Object* old = fn(o)->name;
  fn(o)->name = newref(v);
  decref(old);
  return 0;
}
Object* get_qualname(Object* o, void*) { return newref(fn(o)->qualname); }
int set_qualname(Object* o, Object* v, void*) {
  if (!v || !is_str(v)) {
    raise(&exc::TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  Object* old = fn(o)->qualname;
  fn(o)->qualname = newref(v);
  decref(old);
  return 0;
}
// The settable fields holding any object (None when unset).
template <Object* FunctionObject::*Field>
Object* get_field(Object* o, void*) {
  return or_none(fn(o)->*Field);
}
template <Object* FunctionObject::*Field>
int set_field(Object* o, Object* v, void*) {
  Object* old = fn(o)->*Field;
  fn(o)->*Field = v && !is_none(v) ? newref(v) : nullptr;
  xdecref(old);
  return 0;
}
int set_defaults(Object* o, Object* v, void*) {
  if (v && !is_none(v) && !is_tuple(v)) {
    raise(&exc::TypeError, "__defaults__ must be set to a tuple object");
    return -1;
  }
  return set_field<&FunctionObject::defaults>(o, v, nullptr);
}
int set_kwdefaults(Object* o, Object* v, void*) {
  if (v && !is_none(v) && !is_dict(v)) {
    raise(&exc::TypeError, "__kwdefaults__ must be set to a dict object");
    return -1;
  }
  return set_field<&FunctionObject::kwdefaults>(o, v, nullptr);
}
Object* get_code(Object* o, void*) { return newref(fn(o)->code); }
int set_code(Object* o, Object* v, void*) {
  if (!v || type_of(v) != &CodeType) {
    raise(&exc::TypeError, "__code__ must be set to a code object");
    return -1;
  }
  FunctionObject* f = fn(o);
  auto* code = static_cast<CodeObject*>(v);
  ssize nclosure = f->closure ? tuple_size(f->closure) : 0;
  if (nclosure != code->nfrees) {
    std::string_view name = str_utf8(f->name);
    raise(&exc::ValueError, "%.*s() requires a code object with %zd free vars, not %d", static_cast<int>(name.size()),
          name.data(), nclosure, code->nfrees);
    return -1;
  }
  if (!f->retired_codes && !(f->retired_codes = list_new(0))) return -1;
  if (list_append(f->retired_codes, f->code) < 0) return -1;
  decref(f->code);
  f->code = static_cast<CodeObject*>(newref(v));
  return 0;
}
Object* get_globals(Object* o, void*) { return newref(fn(o)->globals); }
Object* get_builtins(Object* o, void*) { return newref(fn(o)->builtins); }
Object* get_module(Object* o, void*) { return or_none(fn(o)->module); }
Object* get_dict(Object* o, void*) {
  if (!fn(o)->dict && !(fn(o)->dict = dict_new())) return nullptr;
  return newref(fn(o)->dict);
}
int set_dict(Object* o, Object* v, void*) {
  if (!v) {
    raise(&exc::TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!is_dict(v)) {
    raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%.200s'", type_of(v)->tp_name);
    return -1;
  }
  return set_field<&FunctionObject::dict>(o, v, nullptr);
}
// None counts as deleting, as in CPython; anything else must be a dict.
int set_annotations(Object* o, Object* v, void*) {
  if (v && is_none(v)) v = nullptr;
  if (v && !is_dict(v)) {
    raise(&exc::TypeError, "__annotations__ must be set to a dict object");
    return -1;
  }
  return set_field<&FunctionObject::annotations>(o, v, nullptr);
}
Object* get_annotations(Object* o, void*) {
  if (!fn(o)->annotations && !(fn(o)->annotations = dict_new())) return nullptr;
  return newref(fn(o)->annotations);
}

// __closure__, __globals__ and __builtins__ are read-only members in CPython.
int set_readonly(Object*, Object*, void*) {
  raise(&exc::AttributeError, "readonly attribute");
  return -1;
}

GetSetDef function_getset[] = {
    {"__name__", get_name, set_name, nullptr, nullptr},
    {"__qualname__", get_qualname, set_qualname, nullptr, nullptr},
    {"__doc__", get_field<&FunctionObject::doc>, set_field<&FunctionObject::doc>, nullptr, nullptr},
    {"__defaults__", get_field<&FunctionObject::defaults>, set_defaults, nullptr, nullptr},
    {"__kwdefaults__", get_field<&FunctionObject::kwdefaults>, set_kwdefaults, nullptr, nullptr},
    {"__closure__", get_field<&FunctionObject::closure>, set_readonly, nullptr, nullptr},
    {"__code__", get_code, set_code, nullptr, nullptr},
    {"__globals__", get_globals, set_readonly, nullptr, nullptr},
    {"__builtins__", get_builtins, set_readonly, nullptr, nullptr},
    {"__module__", get_module, set_field<&FunctionObject::module>, nullptr, nullptr},
    {"__dict__", get_dict, set_dict, nullptr, nullptr},
    {"__annotations__", get_annotations, set_annotations, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* function_new(CodeObject* code, Object* globals, Object* builtins, Object* qualname) {
  auto* f = alloc_object<FunctionObject>(&FunctionType);
  if (!f) return nullptr;
  f->vectorcall = function_vectorcall;
  f->code = static_cast<CodeObject*>(newref(code));
  f->globals = newref(globals);
  f->builtins = newref(builtins);
  f->name = newref(code->name);
  f->qualname = newref(qualname);
  f->defaults = f->kwdefaults = f->closure = f->doc = f->dict = f->module = f->annotations = nullptr;
  f->retired_codes = nullptr;
  // __module__ is the defining module's __name__; __doc__ the docstring.
  if (is_dict(globals)) {
    bool error = false;
    Object* name = dict_get_item_str(globals, names::dunder_name, &error);
    if (error) {
      decref(f);
      return nullptr;
    }
    f->module = name ? newref(name) : nullptr;
  }
  if ((code->flags & kCoHasDocstring) && tuple_size(code->consts) > 0) f->doc = newref(tuple_item(code->consts, 0));
  return f;
}

void init_function_type() {
  FunctionType.ob_refcnt = kImmortalRefcnt;
  FunctionType.tp_name = "function";
  FunctionType.tp_basicsize = sizeof(FunctionObject);
  FunctionType.tp_dealloc = function_dealloc;
  FunctionType.tp_vectorcall_offset = offsetof(FunctionObject, vectorcall);
  FunctionType.tp_traverse = function_traverse;
  FunctionType.tp_clear = function_clear;
  FunctionType.tp_flags = kTpDefault | kTpHaveGc | kTpHaveVectorcall | kTpMethodDescriptor;
  FunctionType.tp_descr_get = function_descr_get;
  FunctionType.tp_repr = function_repr;
  FunctionType.tp_getset = function_getset;
  FunctionType.tp_dictoffset = offsetof(FunctionObject, dict);
}

}  // namespace dx
