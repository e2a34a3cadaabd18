// Bound methods, classmethod and staticmethod (method.h).
#include "objects/method.h"

#include <cstddef>
#include <string>

#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/instance_attrs.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_slots.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "vm/function.h"

namespace dx {

TypeObject MethodType, ClassMethodType, StaticMethodType;

namespace {

// ---- bound methods ------------------------------------------------------------------

Object* method_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  auto* m = static_cast<MethodObject*>(callable);
  return call_prepend(m->im_func, m->im_self, args, nargsf, kwnames);
}

void method_dealloc(Object* o) {
  gc_untrack(o);
  auto* m = static_cast<MethodObject*>(o);
  decref(m->im_func);
  decref(m->im_self);
  object_free(o);
}

int method_traverse(Object* o, visitproc visit, void* arg) {
  auto* m = static_cast<MethodObject*>(o);
  DX_VISIT(m->im_func);
  DX_VISIT(m->im_self);
  return 0;
}

Object* method_repr(Object* o) {
  auto* m = static_cast<MethodObject*>(o);
  Object* name = object_getattr(m->im_func, names::dunder_qualname);
  if (!name) {
    clear_error();
    name = object_getattr(m->im_func, names::dunder_name);
    if (!name) clear_error();
  }
  Object* self_repr = object_repr(m->im_self);
  if (!self_repr) {
    xdecref(name);
    return nullptr;
  }
  std::string s = "<bound method ";
  s += name && is_str(name) ? std::string(str_utf8(name)) : std::string("?");
  s += " of ";
  s += str_utf8(self_repr);
  s += ">";
  xdecref(name);
  decref(self_repr);
  return str_from_utf8(s);
}

Object* method_richcompare(Object* a, Object* b, int op) {
  if ((op != kEq && op != kNe) || !is_method(a) || !is_method(b)) return newref(not_implemented());
  auto* ma = static_cast<MethodObject*>(a);
  auto* mb = static_cast<MethodObject*>(b);
  bool eq = ma->im_func == mb->im_func && ma->im_self == mb->im_self;
  if (eq && ma->im_func != mb->im_func) eq = false;
  return newref(bool_object(op == kEq ? eq : !eq));
}

hash_t method_hash(Object* o) {
  auto* m = static_cast<MethodObject*>(o);
  hash_t a = object_identity_hash(m->im_self);
  hash_t b = object_hash(m->im_func);
  if (b == -1) return -1;
  hash_t h = a ^ b;
  return h == -1 ? -2 : h;
}

// Attributes not found on the method come from its function.
Object* method_getattro(Object* o, Object* name) {
  TypeObject* t = type_of(o);
  Object* descr = type_lookup(t, name);
  if (descr) {
    if (descrgetfunc get = type_of(descr)->tp_descr_get) return get(descr, o, reinterpret_cast<Object*>(t));
    return newref(descr);
  }
  return object_getattr(static_cast<MethodObject*>(o)->im_func, name);
}

Object* method_get_func(Object* o, void*) { return newref(static_cast<MethodObject*>(o)->im_func); }
Object* method_get_self(Object* o, void*) { return newref(static_cast<MethodObject*>(o)->im_self); }
Object* method_get_doc(Object* o, void*) {
  return object_getattr(static_cast<MethodObject*>(o)->im_func, names::dunder_doc);
}

GetSetDef method_getset[] = {
    {"__func__", method_get_func, nullptr, nullptr, nullptr},
    {"__self__", method_get_self, nullptr, nullptr, nullptr},
    {"__doc__", method_get_doc, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* method_new_slot(TypeObject*, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) return raise(&exc::TypeError, "method() takes no keyword arguments");
  if (tuple_size(args) != 2) return raise(&exc::TypeError, "method expected 2 arguments, got %zd", tuple_size(args));
  Object* func = tuple_item(args, 0);
  if (!type_of(func)->tp_call && !(type_of(func)->tp_flags & kTpHaveVectorcall))
    return raise(&exc::TypeError, "first argument must be callable");
  if (is_none(tuple_item(args, 1))) return raise(&exc::TypeError, "instance must not be None");
  return method_new(func, tuple_item(args, 1));
}

// ---- classmethod and staticmethod -----------------------------------------------------

int sm_clear(Object* o) {
  auto* s = static_cast<StaticMethodObject*>(o);
  for (Object** field : {&s->sm_callable, &s->sm_dict}) {
    Object* v = *field;
    *field = nullptr;
    xdecref(v);
  }
  return 0;
}

void sm_dealloc(Object* o) {
  gc_untrack(o);
  sm_clear(o);
  object_free(o);
}

int sm_traverse(Object* o, visitproc visit, void* arg) {
  auto* s = static_cast<StaticMethodObject*>(o);
  DX_VISIT(s->sm_callable);
  DX_VISIT(s->sm_dict);
  return 0;
}

Object* sm_new_slot(TypeObject* t, Object* args, Object* kwargs) {
  const char* name = t == &ClassMethodType || is_subtype(t, &ClassMethodType) ? "classmethod" : "staticmethod";
  if (kwargs && dict_size(kwargs) > 0) return raise(&exc::TypeError, "%s() takes no keyword arguments", name);
  if (tuple_size(args) != 1)
    return raise(&exc::TypeError, "%s expected 1 argument, got %zd", name, tuple_size(args));
  Object* o = object_new_instance(t);
  if (!o) return nullptr;
  static_cast<StaticMethodObject*>(o)->sm_callable = newref(tuple_item(args, 0));
  return o;
}

int sm_init_slot(Object*, Object*, Object*) { return 0; }

Object* classmethod_get(Object* self, Object* obj, Object* type) {
  auto* cm = static_cast<StaticMethodObject*>(self);
  if (!type) type = reinterpret_cast<Object*>(type_of(obj));
  // A classmethod of a descriptor binds through it (3.9 to 3.12 behaviour).
  if (descrgetfunc get = type_of(cm->sm_callable)->tp_descr_get) {
    if (type_of(cm->sm_callable) != &FunctionType) return get(cm->sm_callable, type, type);
  }
  return method_new(cm->sm_callable, type);
}

Object* staticmethod_get(Object* self, Object*, Object*) {
  return newref(static_cast<StaticMethodObject*>(self)->sm_callable);
}

Object* staticmethod_call(Object* self, Object* args, Object* kwargs) {
  return call_prepend_tuple_dict(static_cast<StaticMethodObject*>(self)->sm_callable, nullptr, args, kwargs);
}

Object* sm_repr_as(Object* self, const char* kind) {
  Object* inner = object_repr(static_cast<StaticMethodObject*>(self)->sm_callable);
  if (!inner) return nullptr;
  std::string s = "<";
  s += kind;
  s += "(";
  s += str_utf8(inner);
  s += ")>";
  decref(inner);
  return str_from_utf8(s);
}
Object* classmethod_repr(Object* self) { return sm_repr_as(self, "classmethod"); }
Object* staticmethod_repr(Object* self) { return sm_repr_as(self, "staticmethod"); }

Object* sm_get_func(Object* o, void*) { return newref(static_cast<StaticMethodObject*>(o)->sm_callable); }
Object* sm_get_isabstract(Object* o, void*) {
  static Object* name = str_intern_static("__isabstractmethod__");
  Object* v = object_getattr(static_cast<StaticMethodObject*>(o)->sm_callable, name);
  if (!v) {
    if (!error_matches(&exc::AttributeError)) return nullptr;
    clear_error();
    return newref(bool_object(false));
  }
  return v;
}
Object* sm_get_dict(Object* o, void*) {
  auto* s = static_cast<StaticMethodObject*>(o);
  if (!s->sm_dict) s->sm_dict = dict_new();
  return s->sm_dict ? newref(s->sm_dict) : nullptr;
}

GetSetDef sm_getset[] = {
    {"__func__", sm_get_func, nullptr, nullptr, nullptr},
    {"__wrapped__", sm_get_func, nullptr, nullptr, nullptr},
    {"__isabstractmethod__", sm_get_isabstract, nullptr, nullptr, nullptr},
    {"__dict__", sm_get_dict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void init_sm_type(TypeObject& t, const char* name, descrgetfunc get, reprfunc repr) {
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = name;
  t.tp_basicsize = sizeof(StaticMethodObject);
  t.tp_dealloc = sm_dealloc;
  t.tp_descr_get = get;
  t.tp_repr = repr;
  t.tp_new = sm_new_slot;
  t.tp_init = sm_init_slot;
  t.tp_getset = sm_getset;
  t.tp_dictoffset = offsetof(StaticMethodObject, sm_dict);
  t.tp_traverse = sm_traverse;
  t.tp_clear = sm_clear;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType;
}

}  // namespace

Object* method_new(Object* func, Object* self) {
  auto* m = alloc_object<MethodObject>(&MethodType);
  if (!m) return nullptr;
  m->im_func = newref(func);
  m->im_self = newref(self);
  m->im_weakreflist = nullptr;
  m->vectorcall = method_vectorcall;
  return m;
}

Object* staticmethod_new(Object* callable, bool steal) {
  if (!callable) return nullptr;
  auto* s = alloc_object<StaticMethodObject>(&StaticMethodType);
  if (!s) {
    if (steal) decref(callable);
    return nullptr;
  }
  s->sm_callable = steal ? callable : newref(callable);
  s->sm_dict = nullptr;
  return s;
}

Object* classmethod_new(Object* callable) {
  auto* s = alloc_object<StaticMethodObject>(&ClassMethodType);
  if (!s) return nullptr;
  s->sm_callable = newref(callable);
  s->sm_dict = nullptr;
  return s;
}

void init_method_types() {
  TypeObject& t = MethodType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "method";
  t.tp_basicsize = sizeof(MethodObject);
  t.tp_dealloc = method_dealloc;
  t.tp_repr = method_repr;
  t.tp_hash = method_hash;
  t.tp_richcompare = method_richcompare;
  t.tp_getattro = method_getattro;
  t.tp_getset = method_getset;
  t.tp_new = method_new_slot;
  t.tp_vectorcall_offset = offsetof(MethodObject, vectorcall);
  t.tp_traverse = method_traverse;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpHaveVectorcall;
  init_sm_type(ClassMethodType, "classmethod", classmethod_get, classmethod_repr);
  init_sm_type(StaticMethodType, "staticmethod", staticmethod_get, staticmethod_repr);
  StaticMethodType.tp_call = staticmethod_call;
}

}  // namespace dx
