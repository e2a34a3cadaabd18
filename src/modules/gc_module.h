// The gc module's functions (enable, disable, collect, get_count,
// set_threshold, get_objects, get_referrers...), for the module object that
// comes with imports; the unit tests call them now.
#pragma once
#include "runtime/object.h"

namespace dx {

extern MethodDef gc_module_methods[];

}  // namespace dx
