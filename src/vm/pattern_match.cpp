#include "vm/pattern_match.h"

#include "objects/dict.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

namespace dx {

namespace {

// A set of the keys seen so far (a dict with None values: sets are not
// used by the runtime's core). 1 when `key` was seen, 0 when it is new
// (and is added), -1 on error (unhashable).
int seen_before(Object* seen, Object* key) {
  int found = dict_contains(seen, key);
  if (found != 0) return found;
  return dict_set_item(seen, key, none()) < 0 ? -1 : 0;
}

Object* attr_of(Object* o, const char* name) {
  Object* key = str_from_ascii(name);
  if (!key) return nullptr;
  Object* v = object_getattr(o, key);
  decref(key);
  return v;
}

}  // namespace

Object* match_keys(Object* map, Object* keys) {
  ssize n = tuple_size(keys);
  if (n == 0) return tuple_new(0);
  // A real dict is read directly: the same as calling its get method.
  bool direct = is_dict_exact(map);
  Object* get = nullptr;
  Object* dummy = nullptr;
  if (!direct) {
    get = attr_of(map, "get");
    if (!get) return nullptr;
    dummy = object_vectorcall(&ObjectType, nullptr, 0, nullptr);
    if (!dummy) {
      decref(get);
      return nullptr;
    }
  }
  Object* seen = dict_new();
  Object* values = seen ? tuple_new(n) : nullptr;
  Object* result = nullptr;
  if (!values) goto done;
  for (ssize i = 0; i < n; i++) {
    Object* key = tuple_item(keys, i);
    int dup = seen_before(seen, key);
    if (dup != 0) {
      if (dup > 0) {
        Object* r = object_repr(key);
        if (r) {
          std::string_view text = str_utf8(r);
          raise(&exc::ValueError, "mapping pattern checks duplicate key (%.*s)", static_cast<int>(text.size()),
                text.data());
          decref(r);
        }
      }
      goto done;
    }
    Object* value;
    if (direct) {
      bool error = false;
      value = dict_get_item(map, key, &error);
      if (error) goto done;
      if (!value) {
        result = newref(none());
        goto done;
      }
      incref(value);
    } else {
      Object* args[] = {key, dummy};
      value = object_vectorcall(get, args, 2, nullptr);
      if (!value) goto done;
      if (value == dummy) {
        decref(value);
        result = newref(none());
        goto done;
      }
    }
    tuple_item(values, i) = value;
  }
  result = values;
  values = nullptr;
done:
  xdecref(values);
  xdecref(seen);
  xdecref(get);
  xdecref(dummy);
  return result;
}

Object* copy_dict_without_keys(Object* map, Object* keys) {
  Object* rest = dict_new();
  if (!rest) return nullptr;
  bool ok;
  if (is_dict_exact(map)) {
    ok = dict_merge(rest, map, DictMerge::kOverride) == 0;
  } else {
    // dict.update(map): map.keys(), then map[key] for each.
    ok = false;
    Object* meth = attr_of(map, "keys");
    Object* ks = meth ? object_vectorcall(meth, nullptr, 0, nullptr) : nullptr;
    xdecref(meth);
    Object* it = ks ? object_get_iter(ks) : nullptr;
    xdecref(ks);
    if (it) {
      ok = true;
      while (Object* key = iter_next(it)) {
        Object* value = object_getitem(map, key);
        ok = value && dict_set_item(rest, key, value) == 0;
        xdecref(value);
        decref(key);
        if (!ok) break;
      }
      decref(it);
      if (ok && error_occurred()) ok = false;
    }
  }
  for (ssize i = 0; ok && i < tuple_size(keys); i++) ok = dict_del_item(rest, tuple_item(keys, i)) == 0;
  if (!ok) {
    decref(rest);
    return nullptr;
  }
  return rest;
}

Object* match_class(Object* subject, Object* cls, int nargs, Object* names) {
  if (!is_type(cls)) return raise(&exc::TypeError, "called match pattern must be a type");
  auto* type = static_cast<TypeObject*>(cls);
  int is = object_is_instance(subject, cls);
  if (is <= 0) return is < 0 ? nullptr : newref(none());
  Object* seen = dict_new();
  Object* attrs = seen ? list_new(0) : nullptr;
  Object* match_args = nullptr;
  Object* result = nullptr;
  // The attribute `name` of the subject, once per name; null with no error
  // when the subject has none (no match).
  auto attribute = [&](Object* name) -> Object* {
    int dup = seen_before(seen, name);
    if (dup != 0) {
      if (dup > 0) {
        Object* r = object_repr(name);
        if (r) {
          std::string_view text = str_utf8(r);
          raise(&exc::TypeError, "%s() got multiple sub-patterns for attribute %.*s", type->tp_name,
                static_cast<int>(text.size()), text.data());
          decref(r);
        }
      }
      return nullptr;
    }
    Object* v = object_getattr(subject, name);
    if (!v && error_matches(&exc::AttributeError)) clear_error();
    return v;
  };
  if (!attrs) goto done;
  if (nargs > 0) {
    bool match_self = false;
    match_args = attr_of(cls, "__match_args__");
    if (match_args) {
      if (type_of(match_args) != &TupleType) {
        raise(&exc::TypeError, "%s.__match_args__ must be a tuple (got %s)", type->tp_name,
              type_of(match_args)->tp_name);
        goto done;
      }
    } else if (error_matches(&exc::AttributeError)) {
      // Without __match_args__, the builtin types match themselves.
      clear_error();
      match_args = tuple_new(0);
      if (!match_args) goto done;
      match_self = type->tp_flags & kTpMatchSelf;
    } else {
      goto done;
    }
    ssize allowed = match_self ? 1 : tuple_size(match_args);
    if (allowed < nargs) {
      raise(&exc::TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)", type->tp_name, allowed,
            allowed == 1 ? "" : "s", nargs);
      goto done;
    }
    if (match_self) {
      if (list_append(attrs, subject) < 0) goto done;
    } else {
      for (int i = 0; i < nargs; i++) {
        Object* name = tuple_item(match_args, i);
        if (!is_str_exact(name)) {
          raise(&exc::TypeError, "__match_args__ elements must be strings (got %s)", type_of(name)->tp_name);
          goto done;
        }
        Object* v = attribute(name);
        if (!v) goto no_match;
        int status = list_append(attrs, v);
        decref(v);
        if (status < 0) goto done;
      }
    }
  }
  for (ssize i = 0; i < tuple_size(names); i++) {
    Object* v = attribute(tuple_item(names, i));
    if (!v) goto no_match;
    int status = list_append(attrs, v);
    decref(v);
    if (status < 0) goto done;
  }
  result = list_as_tuple(attrs);
  goto done;
no_match:
  if (!error_occurred()) result = newref(none());
done:
  xdecref(match_args);
  xdecref(attrs);
  xdecref(seen);
  return result;
}

}  // namespace dx
