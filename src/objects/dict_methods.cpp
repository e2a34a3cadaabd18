// dict's Python-level methods (get, setdefault, pop, popitem, keys, values,
// items, update, clear, copy, fromkeys), construction (dict.__new__,
// dict.__init__ and the vectorcall form of dict(...)), the | and |=
// operators and the update rules shared with ** unpacking. The table itself
// is in dict.cpp, the views and iterators in dict_views.cpp.
#include "objects/builtin_function.h"
#include "objects/generic_alias.h"
#include "objects/dict.h"
#include "objects/dict_internal.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "vm/arguments.h"

namespace dx {

// ---- the update rules ------------------------------------------------------------

int dict_merge_mapping(Object* a, Object* b, DictMerge policy) {
  // A dict whose iteration is dict's own is read directly (CPython's rule:
  // a subclass overriding keys() but not __iter__ still takes this path).
  if (is_dict(b) && type_of(b)->tp_iter == DictType.tp_iter) return dict_merge(a, b, policy);
  Object* keys;
  if (is_dict_exact(b)) {
    keys = dict_keys_view(b);
  } else {
    Object* meth = object_getattr(b, names::keys);
    if (!meth) return -1;
    keys = object_vectorcall(meth, nullptr, 0, nullptr);
    decref(meth);
  }
  if (!keys) return -1;
  Object* it = object_get_iter(keys);
  if (!it && !is_dict_exact(b) && error_matches(&exc::TypeError)) {
    clear_error();
    raise(&exc::TypeError, "%.200s.keys() returned a non-iterable (type %.200s)", type_of(b)->tp_name,
          type_of(keys)->tp_name);
  }
  decref(keys);
  if (!it) return -1;
  int status = 0;
  while (Object* key = iter_next(it)) {
    if (policy != DictMerge::kOverride) {
      int found = dict_contains(a, key);
      if (found != 0) {
        if (found > 0) {
          if (policy == DictMerge::kKeepExisting) {
            decref(key);
            continue;
          }
          raise_missing_key(key);
        }
        decref(key);
        status = -1;
        break;
      }
    }
    Object* value = object_getitem(b, key);
    if (!value || dict_set_item(a, key, value) < 0) {
      xdecref(value);
      decref(key);
      status = -1;
      break;
    }
    decref(value);
    decref(key);
  }
  decref(it);
  if (status == 0 && error_occurred()) status = -1;
  return status;
}

int dict_merge_pairs(Object* d, Object* pairs, bool override) {
  Object* it = object_get_iter(pairs);
  if (!it) return -1;
  iternextfunc next = type_of(it)->tp_iternext;
  int status = 0;
  for (ssize i = 0;; i++) {
    Object* item = next(it);
    if (!item) {
      if (error_occurred()) {
        if (error_matches(&exc::StopIteration)) clear_error();
        else status = -1;
      }
      break;
    }
    Object* fast = sequence_fast(item, "");
    decref(item);
    if (!fast) {
      if (error_matches(&exc::TypeError)) {
        clear_error();
        raise(&exc::TypeError, "cannot convert dictionary update sequence element #%zd to a sequence", i);
      }
      status = -1;
      break;
    }
    ssize n = static_cast<VarObject*>(fast)->ob_size;
    if (n != 2) {
      raise(&exc::ValueError, "dictionary update sequence element #%zd has length %zd; 2 is required", i, n);
      decref(fast);
      status = -1;
      break;
    }
    Object** kv = sequence_fast_items(fast);
    Object* key = newref(kv[0]);
    Object* value = newref(kv[1]);
    decref(fast);
    int r;
    if (override) r = dict_set_item(d, key, value);
    else r = dict_setdefault(d, key, value) ? 0 : -1;
    decref(key);
    decref(value);
    if (r < 0) {
      status = -1;
      break;
    }
  }
  decref(it);
  return status;
}

int dict_update_arg(Object* d, Object* arg) {
  if (is_dict_exact(arg)) return dict_merge(d, arg, DictMerge::kOverride);
  Object* keys = object_getattr(arg, names::keys);
  if (keys) {
    decref(keys);
    return dict_merge_mapping(d, arg, DictMerge::kOverride);
  }
  if (!error_matches(&exc::AttributeError)) return -1;
  clear_error();
  return dict_merge_pairs(d, arg, true);
}

namespace {

template <typename F>
constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

// The keyword arguments of a vectorcall, stored into d.
int update_from_kwnames(Object* d, Object* const* values, Object* kwnames) {
  for (ssize i = 0; i < tuple_size(kwnames); i++)
    if (dict_set_item(d, tuple_item(kwnames, i), values[i]) < 0) return -1;
  return 0;
}

// ---- methods ---------------------------------------------------------------------

Object* m_get(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("get", nargs, 1, 2)) return nullptr;
  bool error = false;
  Object* v = dict_get_item(self, args[0], &error);
  if (v) return newref(v);
  if (error) return nullptr;
  return newref(nargs == 2 ? args[1] : none());
}

Object* m_setdefault(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("setdefault", nargs, 1, 2)) return nullptr;
  Object* v = dict_setdefault(self, args[0], nargs == 2 ? args[1] : none());
  return v ? newref(v) : nullptr;
}

Object* m_pop(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("pop", nargs, 1, 2)) return nullptr;
  return dict_pop(self, args[0], nargs == 2 ? args[1] : nullptr);
}

Object* m_popitem(Object* self, Object*) { return dict_popitem(self); }
Object* m_keys(Object* self, Object*) { return dict_keys_view(self); }
Object* m_values(Object* self, Object*) { return dict_values_view(self); }
Object* m_items(Object* self, Object*) { return dict_items_view(self); }

Object* m_update(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_positional("update", nargs, 0, 1)) return nullptr;
  if (nargs == 1 && dict_update_arg(self, args[0]) < 0) return nullptr;
  if (kwnames && update_from_kwnames(self, args + nargs, kwnames) < 0) return nullptr;
  return return_none();
}

Object* m_clear(Object* self, Object*) {
  dict_clear(self);
  return return_none();
}

Object* m_copy(Object* self, Object*) { return dict_copy(self); }

// dict.fromkeys(iterable, value=None): cls() filled with every key.
Object* m_fromkeys(Object* cls, Object* const* args, ssize nargs) {
  if (!check_positional("fromkeys", nargs, 1, 2)) return nullptr;
  Object* iterable = args[0];
  Object* value = nargs == 2 ? args[1] : none();
  Object* d = cls == reinterpret_cast<Object*>(&DictType) ? dict_new() : object_vectorcall(cls, nullptr, 0, nullptr);
  if (!d) return nullptr;
  if (is_dict_exact(d) && dict_size(d) == 0) {
    // Keys of a dict or a set come with their hashes: no rehashing.
    if (is_dict_exact(iterable) || is_anyset_exact(iterable)) {
      Object* sized = dict_new_presized(is_dict_exact(iterable) ? dict_size(iterable) : set_size(iterable));
      if (!sized) {
        decref(d);
        return nullptr;
      }
      decref(d);
      d = sized;
      ssize pos = 0;
      Object* key;
      hash_t hash;
      if (is_dict_exact(iterable)) {
        while (dict_next(iterable, &pos, &key, nullptr, &hash)) {
          if (dict_set_item_known_hash(d, key, hash, value) < 0) {
            decref(d);
            return nullptr;
          }
        }
      } else {
        while (set_next(iterable, &pos, &key, &hash)) {
          if (dict_set_item_known_hash(d, key, hash, value) < 0) {
            decref(d);
            return nullptr;
          }
        }
      }
      return d;
    }
  }
  Object* it = object_get_iter(iterable);
  if (!it) {
    decref(d);
    return nullptr;
  }
  bool exact = is_dict_exact(d);
  while (Object* key = iter_next(it)) {
    int r = exact ? dict_set_item(d, key, value) : object_setitem(d, key, value);
    decref(key);
    if (r < 0) {
      decref(it);
      decref(d);
      return nullptr;
    }
  }
  decref(it);
  if (error_occurred()) {
    decref(d);
    return nullptr;
  }
  return d;
}

Object* m_contains(Object* self, Object* key) {
  int r = dict_contains(self, key);
  return r < 0 ? nullptr : newref(bool_object(r));
}

Object* m_getitem(Object* self, Object* key) { return dict_subscript(self, key); }

Object* m_sizeof(Object* self, Object*) {
  return int_from_int64(dict_sizeof(self) + type_of(self)->tp_basicsize - static_cast<ssize>(sizeof(DictObject)));
}

Object* m_reversed(Object* self, Object*) { return dict_reversed(self); }

MethodDef dict_methods[] = {
    {"__contains__", cfunc(m_contains), kMethO | kMethCoexist,
     "True if the dictionary has the specified key, else False."},
    {"__getitem__", cfunc(m_getitem), kMethO | kMethCoexist, "x.__getitem__(y) <==> x[y]"},
    {"__sizeof__", cfunc(m_sizeof), kMethNoArgs, "D.__sizeof__() -> size of D in memory, in bytes"},
    {"get", cfunc(m_get), kMethFastcall, "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", cfunc(m_setdefault), kMethFastcall,
     "Insert key with a value of default if key is not in the dictionary.\n\n"
     "Return the value for key if key is in the dictionary, else default."},
    {"pop", cfunc(m_pop), kMethFastcall,
     "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
     "If the key is not found, return the default if given; otherwise,\nraise a KeyError."},
    {"popitem", cfunc(m_popitem), kMethNoArgs,
     "Remove and return a (key, value) pair as a 2-tuple.\n\n"
     "Pairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty."},
    {"keys", cfunc(m_keys), kMethNoArgs, "D.keys() -> a set-like object providing a view on D's keys"},
    {"items", cfunc(m_items), kMethNoArgs, "D.items() -> a set-like object providing a view on D's items"},
    {"values", cfunc(m_values), kMethNoArgs, "D.values() -> an object providing a view on D's values"},
    {"update", cfunc(m_update), kMethFastcall | kMethKeywords,
     "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\n"
     "If E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\n"
     "If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\n"
     "In either case, this is followed by: for k in F:  D[k] = F[k]"},
    {"fromkeys", cfunc(m_fromkeys), kMethFastcall | kMethClass,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", cfunc(m_clear), kMethNoArgs, "D.clear() -> None.  Remove all items from D."},
    {"copy", cfunc(m_copy), kMethNoArgs, "D.copy() -> a shallow copy of D"},
    {"__reversed__", cfunc(m_reversed), kMethNoArgs, "Return a reverse iterator over the dict keys."},
    {"__class_getitem__", reinterpret_cast<CFunction>(class_getitem), kMethO | kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- construction -----------------------------------------------------------------

Object* dict_tp_new(TypeObject* type, Object*, Object*) { return dict_new_instance(type); }

int dict_tp_init(Object* self, Object* args, Object* kwargs) {
  ssize n = tuple_size(args);
  if (!check_positional("dict", n, 0, 1)) return -1;
  if (n == 1 && dict_update_arg(self, tuple_item(args, 0)) < 0) return -1;
  if (kwargs && dict_size(kwargs) > 0) {
    ssize pos = 0;
    Object* key;
    while (dict_next(kwargs, &pos, &key, nullptr)) {
      if (!is_str(key)) {
        raise(&exc::TypeError, "keywords must be strings");
        return -1;
      }
    }
    if (dict_merge(self, kwargs, DictMerge::kOverride) < 0) return -1;
  }
  return 0;
}

// dict(...) called directly: no argument tuple or keyword dict is built.
Object* dict_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  auto nargs = static_cast<ssize>(nargsf);
  if (!check_positional("dict", nargs, 0, 1)) return nullptr;
  Object* d = dict_new_instance(reinterpret_cast<TypeObject*>(type));
  if (!d) return nullptr;
  if ((nargs == 1 && dict_update_arg(d, args[0]) < 0) ||
      (kwnames && update_from_kwnames(d, args + nargs, kwnames) < 0)) {
    decref(d);
    return nullptr;
  }
  return d;
}

// d | other: a new dict (exact, as dict.copy makes it) updated from other.
Object* dict_or(Object* a, Object* b) {
  if (!is_dict(a) || !is_dict(b)) return newref(not_implemented());
  Object* r = dict_copy(a);
  if (r && dict_update_arg(r, b) < 0) {
    decref(r);
    return nullptr;
  }
  return r;
}

Object* dict_ior(Object* self, Object* other) {
  if (dict_update_arg(self, other) < 0) return nullptr;
  return newref(self);
}

NumberMethods dict_as_number;

}  // namespace

void init_dict_methods() {
  dict_as_number.nb_or = dict_or;
  dict_as_number.nb_inplace_or = dict_ior;
  TypeObject& t = DictType;
  t.tp_as_number = &dict_as_number;
  t.tp_methods = dict_methods;
  t.tp_getattro = object_generic_getattr;
  t.tp_new = dict_tp_new;
  t.tp_init = dict_tp_init;
  t.tp_vectorcall = dict_vectorcall;
  t.tp_doc =
      "dict() -> new empty dictionary\n"
      "dict(mapping) -> new dictionary initialized from a mapping object's\n"
      "    (key, value) pairs\n"
      "dict(iterable) -> new dictionary initialized as if via:\n"
      "    d = {}\n"
      "    for k, v in iterable:\n"
      "        d[k] = v\n"
      "dict(**kwargs) -> new dictionary initialized with the name=value pairs\n"
      "    in the keyword argument list.  For example:  dict(one=1, two=2)";
}

}  // namespace dx
