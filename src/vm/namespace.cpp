#include "vm/namespace.h"

#include "objects/dict.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

namespace dx {

Object* namespace_get(Object* ns, Object* name) {
  if (!is_dict(ns)) {
    raise(&exc::SystemError, "a namespace other than a dict where a dict is needed");
    return nullptr;
  }
  bool error = false;
  return is_str_exact(name) ? dict_get_item_str(ns, name, &error) : dict_get_item(ns, name, &error);
}

Object* namespace_get_ref(Object* ns, Object* name) {
  // Only an exact dict bypasses the mapping protocol (a dict subclass's
  // __getitem__ or __missing__ counts, as in CPython).
  if (is_dict_exact(ns)) return xnewref(namespace_get(ns, name));
  // Any mapping (exec's locals, a __prepare__ result): a KeyError means absent.
  Object* v = object_getitem(ns, name);
  if (!v && error_matches(&exc::KeyError)) clear_error();
  return v;
}

int namespace_set(Object* ns, Object* name, Object* value) {
  if (is_dict_exact(ns)) return dict_set_item(ns, name, value);
  return object_setitem(ns, name, value);
}

int namespace_delete(Object* ns, Object* name) {
  if (is_dict_exact(ns)) return dict_del_item(ns, name);
  return object_delitem(ns, name);
}

}  // namespace dx
