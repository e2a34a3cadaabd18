// The builtins module.
#pragma once
#include "runtime/object.h"

namespace dx {

// A new dict holding the builtins namespace: the builtin functions, the
// builtin exceptions and constants.
Object* make_builtins_dict();

}  // namespace dx
