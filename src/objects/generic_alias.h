// types.GenericAlias (PEP 585): list[int] and the like.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject GenericAliasType;

// origin[args]: args a tuple, or a single argument.
Object* generic_alias_new(Object* origin, Object* args);
// The __class_getitem__ of list, dict, tuple, set...: a classmethod taking
// the arguments (MethodDef flags kMethO | kMethClass).
Object* class_getitem(Object* cls, Object* args);

void init_generic_alias_type();

}  // namespace dx
