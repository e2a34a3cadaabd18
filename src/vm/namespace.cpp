#include "vm/namespace.h"

#include "objects/dict.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "vm/traceback.h"

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

namespace {

// Sets to None the values whose names `select` picks (a pass over d).
template <typename Select>
void set_names_to_none(Object* d, Select select) {
  ssize pos = 0;
  Object *key, *value;
  while (dict_next(d, &pos, &key, &value)) {
    if (is_none(value) || !is_str(key)) continue;
    std::string_view name = str_utf8(key);
    if (!name.data() || !select(name)) {
      clear_error();
      continue;
    }
    incref(key);
    if (dict_set_item(d, key, none()) < 0) write_unraisable(d);
    decref(key);
  }
}

}  // namespace

void namespace_clear_module(Object* d) {
  set_names_to_none(d, [](std::string_view n) { return n.size() >= 1 && n[0] == '_' && (n.size() < 2 || n[1] != '_'); });
  set_names_to_none(d, [](std::string_view n) { return n != "__builtins__"; });
}

}  // namespace dx
