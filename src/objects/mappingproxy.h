// mappingproxy: the read-only view of a mapping that type.__dict__ returns.
#pragma once
#include "runtime/object.h"

namespace dx {

struct MappingProxyObject : Object {
  Object* mapping;
};

extern TypeObject MappingProxyType;

Object* mappingproxy_new(Object* mapping);

void init_mappingproxy_type();

}  // namespace dx
