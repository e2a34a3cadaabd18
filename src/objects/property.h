// property: the descriptor made by @property (CPython's propertyobject layout).
#pragma once
#include "runtime/object.h"

namespace dx {

struct PropertyObject : Object {
  Object* prop_get;
  Object* prop_set;
  Object* prop_del;
  Object* prop_doc;
  Object* prop_name;
  int getter_doc;
};

extern TypeObject PropertyType;

void init_property_type();

}  // namespace dx
