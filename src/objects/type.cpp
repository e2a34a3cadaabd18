#include "objects/type.h"

#include <string>

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

namespace dx {

TypeObject TypeType, ObjectType;

namespace {

void immortal_dealloc(Object*) {}

// <class 'int'>; the module prefix of classes defined in Python comes with classes.
Object* type_repr(Object* o) {
  auto* t = static_cast<TypeObject*>(o);
  std::string out = "<class '";
  out += t->tp_name;
  out += "'>";
  return str_from_utf8(out);
}

// Calling a class. For now: the builtin exception classes.
Object* type_call(Object* callable, Object* args, Object* kwargs) {
  auto* t = static_cast<TypeObject*>(callable);
  if (is_subtype(t, &exc::BaseException)) {
    if (kwargs) return raise(&exc::TypeError, "%s() takes no keyword arguments", t->tp_name);
    return exception_new(t, args);
  }
  if (t->tp_new) {
    Object* o = t->tp_new(t, args, kwargs);
    if (!o || !t->tp_init || !is_instance_of_type(o, t)) return o;
    if (t->tp_init(o, args, kwargs) < 0) {
      decref(o);
      return nullptr;
    }
    return o;
  }
  return raise(&exc::TypeError, "cannot create '%s' instances yet: dx-py has no class machinery so far", t->tp_name);
}

}  // namespace

void register_static_type(TypeObject* t) {
  t->ob_type = &TypeType;
  t->ob_refcnt = kImmortalRefcnt;
}

void init_type_types() {
  TypeType.tp_name = "type";
  TypeType.tp_basicsize = sizeof(TypeObject);
  TypeType.tp_dealloc = immortal_dealloc;
  TypeType.tp_repr = type_repr;
  TypeType.tp_call = type_call;
  TypeType.tp_flags = kTpDefault | kTpBaseType | kTpTypeSubclass;
  TypeType.tp_base = &ObjectType;
  register_static_type(&TypeType);

  ObjectType.tp_name = "object";
  ObjectType.tp_basicsize = sizeof(Object);
  ObjectType.tp_dealloc = immortal_dealloc;
  ObjectType.tp_flags = kTpDefault | kTpBaseType;
  register_static_type(&ObjectType);
}

}  // namespace dx
