#include "objects/singletons.h"

#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/abstract.h"

namespace dx {

TypeObject NoneType, NotImplementedType, EllipsisType;
Object NoneObject, NotImplementedObject, EllipsisObject;

namespace {

void immortal_dealloc(Object*) {}  // never reached: immortal objects are not freed

Object* none_repr(Object*) { return str_from_ascii("None"); }
Object* not_implemented_repr(Object*) { return str_from_ascii("NotImplemented"); }
Object* ellipsis_repr(Object*) { return str_from_ascii("Ellipsis"); }
int none_bool(Object*) { return 0; }

// type(None)() and the like return the singleton; arguments are refused.
// (CPython names ellipsis "EllipsisType" in its message.)
template <Object* Singleton>
Object* singleton_new(TypeObject* type, Object* args, Object* kwargs) {
  if (tuple_size(args) || (kwargs && dict_size(kwargs)))
    return raise(&exc::TypeError, "%s takes no arguments", type == &EllipsisType ? "EllipsisType" : type->tp_name);
  return Singleton;  // immortal
}

NumberMethods none_as_number;

void init_singleton(TypeObject& type, Object& object, const char* name, reprfunc repr, newfunc tp_new) {
  type.ob_refcnt = kImmortalRefcnt;
  type.tp_name = name;
  type.tp_basicsize = sizeof(Object);
  type.tp_dealloc = immortal_dealloc;
  type.tp_repr = repr;
  type.tp_hash = object_identity_hash;  // object.__hash__, until types inherit it
  type.tp_flags = kTpDefault | kTpImmutableType;
  type.tp_new = tp_new;
  object.ob_refcnt = kImmortalRefcnt;
  object.ob_type = &type;
}

}  // namespace

void init_singleton_types() {
  init_singleton(NoneType, NoneObject, "NoneType", none_repr, singleton_new<&NoneObject>);
  none_as_number.nb_bool = none_bool;
  NoneType.tp_as_number = &none_as_number;
  init_singleton(NotImplementedType, NotImplementedObject, "NotImplementedType", not_implemented_repr,
                 singleton_new<&NotImplementedObject>);
  init_singleton(EllipsisType, EllipsisObject, "ellipsis", ellipsis_repr, singleton_new<&EllipsisObject>);
}

}  // namespace dx
