// None, NotImplemented and Ellipsis: immortal singletons of their own types.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject NoneType, NotImplementedType, EllipsisType;
extern Object NoneObject, NotImplementedObject, EllipsisObject;

inline Object* none() { return &NoneObject; }
inline Object* not_implemented() { return &NotImplementedObject; }
inline Object* ellipsis() { return &EllipsisObject; }
inline bool is_none(const Object* o) { return o == &NoneObject; }
// A new reference to None (immortal, so the increment is only for symmetry).
inline Object* return_none() { return newref(&NoneObject); }

void init_singleton_types();

}  // namespace dx
