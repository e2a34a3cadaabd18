// super (objects/super.cpp).
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject SuperType;

void init_super_type();

}  // namespace dx
