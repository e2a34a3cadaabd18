// types.UnionType (PEP 604): int | None.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject UnionType;

// a | b for types, None, generic aliases and unions (the nb_or of type,
// types.GenericAlias and types.UnionType); NotImplemented for other operands.
Object* union_or(Object* a, Object* b);
// The arguments of a union (a tuple, borrowed).
Object* union_args(Object* u);

void init_union_type();

}  // namespace dx
