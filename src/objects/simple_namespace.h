// types.SimpleNamespace (sys.implementation is one).
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject SimpleNamespaceType;

// A new namespace holding the items of `dict` (or none).
Object* simple_namespace_new(Object* dict);

void init_simple_namespace_type();

}  // namespace dx
