#include "objects/singletons.h"

#include "objects/str.h"
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

NumberMethods none_as_number;

void init_singleton(TypeObject& type, Object& object, const char* name, reprfunc repr) {
  type.ob_refcnt = kImmortalRefcnt;
  type.tp_name = name;
  type.tp_basicsize = sizeof(Object);
  type.tp_dealloc = immortal_dealloc;
  type.tp_repr = repr;
  type.tp_hash = object_identity_hash;  // object.__hash__, until types inherit it
  type.tp_flags = kTpDefault | kTpImmutableType | kTpDisallowInstantiation;
  object.ob_refcnt = kImmortalRefcnt;
  object.ob_type = &type;
}

}  // namespace

void init_singleton_types() {
  init_singleton(NoneType, NoneObject, "NoneType", none_repr);
  none_as_number.nb_bool = none_bool;
  NoneType.tp_as_number = &none_as_number;
  init_singleton(NotImplementedType, NotImplementedObject, "NotImplementedType", not_implemented_repr);
  init_singleton(EllipsisType, EllipsisObject, "ellipsis", ellipsis_repr);
}

}  // namespace dx
