#include "runtime/runtime.h"

#include <mutex>

#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"

namespace dx {

void runtime_init() {
  static std::once_flag once;
  std::call_once(once, [] {
    init_singleton_types();
    init_int_types();
    init_str_type();
    init_tuple_type();
    init_exception_types();
  });
}

}  // namespace dx
