// The `type` and `object` types. Static types are instances of `type`.
// Only their representation and the creation of exception instances exist
// so far; class statements and the attribute machinery come next.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject TypeType, ObjectType;

inline bool is_type(const Object* o) { return type_of(o)->tp_flags & kTpTypeSubclass; }

// Makes `t` an instance of `type` and immortal (for static types).
void register_static_type(TypeObject* t);

void init_type_types();

}  // namespace dx
