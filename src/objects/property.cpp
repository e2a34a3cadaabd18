// The property type: a data descriptor calling fget, fset and fdel.
#include <cstddef>
#include <string>

#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/property.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "gc/gc.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "vm/arguments.h"

namespace dx {

TypeObject PropertyType;

namespace {

PropertyObject* as_prop(Object* o) { return static_cast<PropertyObject*>(o); }

int property_clear(Object* o) {
  PropertyObject* p = as_prop(o);
  for (Object** field : {&p->prop_get, &p->prop_set, &p->prop_del, &p->prop_doc, &p->prop_name}) {
    Object* v = *field;
    *field = nullptr;
    xdecref(v);
  }
  return 0;
}

// (The class of an instance of a subclass of property is released by
// subtype_dealloc, which calls this.)
void property_dealloc(Object* o) {
  gc_untrack(o);
  property_clear(o);
  object_free(o);
}

int property_traverse(Object* o, visitproc visit, void* arg) {
  PropertyObject* p = as_prop(o);
  for (Object* field : {p->prop_get, p->prop_set, p->prop_del, p->prop_doc, p->prop_name}) DX_VISIT(field);
  return 0;
}

// "property 'x' of 'A' object has no setter"
std::nullptr_t missing(PropertyObject* p, Object* obj, const char* what) {
  if (p->prop_name && is_str(p->prop_name)) {
    std::string_view n = str_utf8(p->prop_name);
    return raise(&exc::AttributeError, "property '%.*s' of '%s' object has no %s", static_cast<int>(n.size()),
                 n.data(), type_short_name(type_of(obj)), what);
  }
  return raise(&exc::AttributeError, "property of '%s' object has no %s", type_short_name(type_of(obj)), what);
}

Object* property_get(Object* self, Object* obj, Object*) {
  PropertyObject* p = as_prop(self);
  if (!obj || is_none(obj)) return newref(self);
  if (!p->prop_get) return missing(p, obj, "getter");
  return object_vectorcall(p->prop_get, &obj, 1, nullptr);
}

int property_set(Object* self, Object* obj, Object* value) {
  PropertyObject* p = as_prop(self);
  Object* f = value ? p->prop_set : p->prop_del;
  if (!f) {
    missing(p, obj, value ? "setter" : "deleter");
    return -1;
  }
  Object* args[2] = {obj, value};
  Object* r = object_vectorcall(f, args, value ? 2 : 1, nullptr);
  if (!r) return -1;
  decref(r);
  return 0;
}

Object* none_to_null(Object* o) { return o && !is_none(o) ? newref(o) : nullptr; }

int property_init(Object* self, Object* args, Object* kwargs) {
  static const char* const kNames[] = {"fget", "fset", "fdel", "doc"};
  Object* values[4] = {nullptr, nullptr, nullptr, nullptr};
  if (!parse_tuple_and_keywords(args, kwargs, "property", kNames, 4, 0, values)) return -1;
  PropertyObject* p = as_prop(self);
  Object* olds[4] = {p->prop_get, p->prop_set, p->prop_del, p->prop_doc};
  p->prop_get = none_to_null(values[0]);
  p->prop_set = none_to_null(values[1]);
  p->prop_del = none_to_null(values[2]);
  p->prop_doc = none_to_null(values[3]);
  for (Object* o : olds) xdecref(o);
  // Without a doc, the getter's docstring.
  if (!p->prop_doc && p->prop_get) {
    Object* doc = object_getattr(p->prop_get, names::dunder_doc);
    if (!doc) clear_error();
    else if (is_none(doc)) decref(doc);
    else p->prop_doc = doc;
  }
  return 0;
}

Object* property_new(TypeObject* t, Object*, Object*) { return object_new_instance(t); }

// getter/setter/deleter: a copy of the property with one function replaced.
Object* property_copy(Object* self, Object* get, Object* set, Object* del) {
  PropertyObject* p = as_prop(self);
  Object* args[4] = {get ? get : p->prop_get, set ? set : p->prop_set, del ? del : p->prop_del, p->prop_doc};
  for (Object*& a : args)
    if (!a) a = none();
  Object* copy = object_vectorcall(reinterpret_cast<Object*>(type_of(self)), args, 4, nullptr);
  if (copy && is_instance_of_type(copy, &PropertyType) && p->prop_name) {
    xdecref(as_prop(copy)->prop_name);
    as_prop(copy)->prop_name = newref(p->prop_name);
  }
  return copy;
}
Object* property_getter(Object* self, Object* f) { return property_copy(self, f, nullptr, nullptr); }
Object* property_setter(Object* self, Object* f) { return property_copy(self, nullptr, f, nullptr); }
Object* property_deleter(Object* self, Object* f) { return property_copy(self, nullptr, nullptr, f); }

Object* property_set_name(Object* self, Object* const* args, ssize nargs) {
  if (nargs != 2) return raise(&exc::TypeError, "__set_name__() takes 2 positional arguments but %zd were given", nargs);
  PropertyObject* p = as_prop(self);
  Object* old = p->prop_name;
  p->prop_name = newref(args[1]);
  xdecref(old);
  return return_none();
}

MethodDef property_methods[] = {
    {"getter", reinterpret_cast<CFunction>(property_getter), kMethO, nullptr},
    {"setter", reinterpret_cast<CFunction>(property_setter), kMethO, nullptr},
    {"deleter", reinterpret_cast<CFunction>(property_deleter), kMethO, nullptr},
    {"__set_name__", reinterpret_cast<CFunction>(reinterpret_cast<void*>(property_set_name)), kMethFastcall, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

MemberDef property_members[] = {
    {"fget", 6, offsetof(PropertyObject, prop_get), 1, nullptr},
    {"fset", 6, offsetof(PropertyObject, prop_set), 1, nullptr},
    {"fdel", 6, offsetof(PropertyObject, prop_del), 1, nullptr},
    {"__doc__", 6, offsetof(PropertyObject, prop_doc), 0, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

Object* property_isabstract(Object* self, void*) {
  static Object* name = str_intern_static("__isabstractmethod__");
  PropertyObject* p = as_prop(self);
  for (Object* f : {p->prop_get, p->prop_set, p->prop_del}) {
    if (!f) continue;
    Object* v = object_getattr(f, name);
    if (!v) {
      if (!error_matches(&exc::AttributeError)) return nullptr;
      clear_error();
      continue;
    }
    int t = object_is_true(v);
    decref(v);
    if (t < 0) return nullptr;
    if (t) return newref(bool_object(true));
  }
  return newref(bool_object(false));
}

GetSetDef property_getset[] = {
    {"__isabstractmethod__", property_isabstract, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_property_type() {
  TypeObject& t = PropertyType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "property";
  t.tp_basicsize = sizeof(PropertyObject);
  t.tp_dealloc = property_dealloc;
  t.tp_descr_get = property_get;
  t.tp_descr_set = property_set;
  t.tp_init = property_init;
  t.tp_new = property_new;
  t.tp_methods = property_methods;
  t.tp_members = property_members;
  t.tp_getset = property_getset;
  t.tp_traverse = property_traverse;
  t.tp_clear = property_clear;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType;
}

}  // namespace dx
