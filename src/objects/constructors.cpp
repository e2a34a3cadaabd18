// Calling the builtin value types: int(), float(), str(), bool(), tuple(),
// list() and range(). These are the types' tp_new slots; they live together
// until the class machinery (with __new__/__init__ lookup) gives each type
// file its methods table.
#include <string>

#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "support/bigint.h"
#include "support/float_text.h"

namespace dx {

namespace {

bool no_keywords(const char* name, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  return true;
}

Object* str_new_slot(TypeObject*, Object* args, Object* kwargs) {
  if (!no_keywords("str", kwargs)) return nullptr;
  if (tuple_size(args) > 1) return raise(&exc::TypeError, "decoding to str is not supported yet");
  if (tuple_size(args) == 0) return str_from_ascii("");
  return object_str(tuple_item(args, 0));
}

}  // namespace

void init_constructors() {
  StrType.tp_new = str_new_slot;
}

}  // namespace dx
