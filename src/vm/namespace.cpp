#include "vm/namespace.h"

#include "objects/dict.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

namespace dx {

Object* namespace_get(Object* ns, Object* name) {
  if (!is_dict(ns)) {
    // Other mappings (a class body's __prepare__ result) come with classes.
    raise(&exc::SystemError, "a namespace other than a dict is not supported yet");
    return nullptr;
  }
  bool error = false;
  return is_str_exact(name) ? dict_get_item_str(ns, name, &error) : dict_get_item(ns, name, &error);
}

int namespace_set(Object* ns, Object* name, Object* value) {
  if (is_dict(ns)) return dict_set_item(ns, name, value);
  return object_setitem(ns, name, value);
}

int namespace_delete(Object* ns, Object* name) {
  if (is_dict(ns)) return dict_del_item(ns, name);
  return object_delitem(ns, name);
}

}  // namespace dx
