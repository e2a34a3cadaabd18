// The dict's iterators (keys, values and items, forward and reversed) and
// its views dict_keys, dict_values and dict_items: length, iteration,
// membership, repr, the set operations and comparisons of the keys and
// items views, isdisjoint and .mapping. The iterators detect a change of
// size ("dictionary changed size during iteration") and a change of keys
// at the same size, as CPython's do.
#include <cstddef>
#include <string>
#include <utility>

#include "objects/builtin_function.h"
#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/dict_internal.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/seq_internal.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"

namespace dx {

TypeObject DictKeysType, DictValuesType, DictItemsType;
TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

namespace {

template <typename F>
constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

// ---- iterators ----------------------------------------------------------------------

struct DictIterObject : Object {
  Object* di_dict;  // null once exhausted
  ssize di_used;    // the dict's size when the iteration began (-1: failed)
  ssize di_pos;     // the next entry to look at
  Object* di_result;  // items iterators: a (key, value) tuple to reuse
  ssize len;        // items still expected
};

enum class What { kKeys, kValues, kItems };

What what_of(TypeObject* t) {
  if (t == &DictKeyIterType || t == &DictRevKeyIterType) return What::kKeys;
  if (t == &DictValueIterType || t == &DictRevValueIterType) return What::kValues;
  return What::kItems;
}

Object* dictiter_new(Object* d, TypeObject* type, bool reversed) {
  auto* di = alloc_object<DictIterObject>(type);
  if (!di) return nullptr;
  di->di_dict = newref(d);
  di->di_used = dict_size(d);
  di->len = dict_size(d);
  di->di_pos = reversed ? as_dict(d)->ma_keys->nentries - 1 : 0;
  di->di_result = nullptr;
  return di;
}

void dictiter_dealloc(Object* o) {
  gc_untrack(o);
  auto* di = static_cast<DictIterObject*>(o);
  xdecref(di->di_dict);
  xdecref(di->di_result);
  object_free(o);
}

int dictiter_traverse(Object* o, visitproc visit, void* arg) {
  auto* di = static_cast<DictIterObject*>(o);
  if (di->di_dict)
    if (int r = visit(di->di_dict, arg)) return r;
  return di->di_result ? visit(di->di_result, arg) : 0;
}

// The iterator's result for the entry (key, value), a new reference.
Object* make_result(DictIterObject* di, What what, Object* key, Object* value) {
  if (what == What::kKeys) return newref(key);
  if (what == What::kValues) return newref(value);
  Object* r = iterator_result_tuple(&di->di_result, 2);
  if (!r) return nullptr;
  result_tuple_set(r, 0, newref(key));
  result_tuple_set(r, 1, newref(value));
  return r;
}

// Ends the iteration: the dict is released, later calls stop at once.
void dictiter_finish(DictIterObject* di) {
  Object* d = di->di_dict;
  di->di_dict = nullptr;
  decref(d);
}

bool check_size(DictIterObject* di, Object* d) {
  if (di->di_used == dict_size(d)) return true;
  raise(&exc::RuntimeError, "dictionary changed size during iteration");
  di->di_used = -1;  // sticky: every later call fails too
  return false;
}

Object* dictiter_next(Object* o) {
  auto* di = static_cast<DictIterObject*>(o);
  Object* d = di->di_dict;
  if (!d) return nullptr;
  if (!check_size(di, d)) return nullptr;
  DictKeys* k = as_dict(d)->ma_keys;
  ssize i = di->di_pos, n = k->nentries;
  DictEntry* ep = k->entries();
  while (i < n && !ep[i].key) i++;
  if (i >= n) {
    dictiter_finish(di);
    return nullptr;
  }
  if (di->len == 0) {
    // As many items as at the start, but more of them to come: keys were
    // deleted and others added.
    raise(&exc::RuntimeError, "dictionary keys changed during iteration");
    dictiter_finish(di);
    return nullptr;
  }
  di->di_pos = i + 1;
  di->len--;
  return make_result(di, what_of(type_of(o)), ep[i].key, ep[i].value);
}

Object* dictreviter_next(Object* o) {
  auto* di = static_cast<DictIterObject*>(o);
  Object* d = di->di_dict;
  if (!d) return nullptr;
  if (!check_size(di, d)) return nullptr;
  DictEntry* ep = as_dict(d)->ma_keys->entries();
  ssize i = di->di_pos;
  while (i >= 0 && !ep[i].key) i--;
  if (i < 0) {
    dictiter_finish(di);
    return nullptr;
  }
  di->di_pos = i - 1;
  di->len--;
  return make_result(di, what_of(type_of(o)), ep[i].key, ep[i].value);
}

Object* dictiter_length_hint(Object* o, Object*) {
  auto* di = static_cast<DictIterObject*>(o);
  ssize n = di->di_dict && di->di_used == dict_size(di->di_dict) ? di->len : 0;
  return int_from_int64(n);
}

Object* iter_self(Object* o) { return newref(o); }

MethodDef dictiter_methods[] = {
    {"__length_hint__", cfunc(dictiter_length_hint), kMethNoArgs,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- views ------------------------------------------------------------------------------

struct DictViewObject : Object {
  Object* dv_dict;
};

Object* view_new(Object* d, TypeObject* type) {
  auto* v = alloc_object<DictViewObject>(type);
  if (!v) return nullptr;
  v->dv_dict = newref(d);
  return v;
}

inline Object* dict_of(Object* view) { return static_cast<DictViewObject*>(view)->dv_dict; }

// dict_keys or dict_items (PyDictViewSet_Check).
inline bool is_set_view(const Object* o) {
  return type_of(o) == &DictKeysType || type_of(o) == &DictItemsType;
}

void view_dealloc(Object* o) {
  gc_untrack(o);
  decref(dict_of(o));
  object_free(o);
}

int view_traverse(Object* o, visitproc visit, void* arg) { return visit(dict_of(o), arg); }

ssize view_len(Object* o) { return dict_size(dict_of(o)); }

Object* keys_iter(Object* o) { return dictiter_new(dict_of(o), &DictKeyIterType, false); }
Object* values_iter(Object* o) { return dictiter_new(dict_of(o), &DictValueIterType, false); }
Object* items_iter(Object* o) { return dictiter_new(dict_of(o), &DictItemIterType, false); }

Object* keys_reversed(Object* o, Object*) { return dictiter_new(dict_of(o), &DictRevKeyIterType, true); }
Object* values_reversed(Object* o, Object*) { return dictiter_new(dict_of(o), &DictRevValueIterType, true); }
Object* items_reversed(Object* o, Object*) { return dictiter_new(dict_of(o), &DictRevItemIterType, true); }

int keys_contains(Object* o, Object* key) { return dict_contains(dict_of(o), key); }

// (key, value) in d.items(): d has key with an equal value.
int items_contains(Object* o, Object* item) {
  if (!is_tuple(item) || tuple_size(item) != 2) return 0;
  bool error = false;
  Object* found = dict_get_item(dict_of(o), tuple_item(item, 0), &error);
  if (!found) return error ? -1 : 0;
  incref(found);
  int r = object_richcompare_bool(found, tuple_item(item, 1), kEq);
  decref(found);
  return r;
}

// "dict_keys([1, 2])": the type's name around the repr of list(view).
Object* view_repr(Object* o) {
  int seen = repr_enter(o);
  if (seen != 0) return seen > 0 ? str_from_ascii("...") : nullptr;
  Object* result = nullptr;
  if (Object* items = list_from_iterable(o)) {
    Object* r = object_repr(items);
    decref(items);
    if (r) {
      std::string open = type_of(o)->tp_name;
      open += '(';
      result = str_join_ascii(open, "", ")", &r, 1);
      decref(r);
    }
  }
  repr_leave(o);
  return result;
}

Object* view_mapping(Object* o, void*) { return mappingproxy_new(dict_of(o)); }

GetSetDef view_getset[] = {
    {"mapping", view_mapping, nullptr, "dictionary that this view refers to", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// Every item of iterable a is in b (b's `in`).
int all_contained_in(Object* a, Object* b) {
  Object* it = object_get_iter(a);
  if (!it) return -1;
  int ok = 1;
  while (Object* item = iter_next(it)) {
    ok = object_contains(b, item);
    decref(item);
    if (ok <= 0) break;
  }
  decref(it);
  if (ok > 0 && error_occurred()) ok = -1;
  return ok;
}

Object* view_richcompare(Object* self, Object* other, int op) {
  if (!is_anyset(other) && !is_set_view(other)) return newref(not_implemented());
  ssize len_self = object_length(self);
  if (len_self < 0) return nullptr;
  ssize len_other = object_length(other);
  if (len_other < 0) return nullptr;
  int ok = 0;
  switch (op) {
    case kEq:
    case kNe:
      if (len_self == len_other) ok = all_contained_in(self, other);
      if (op == kNe && ok >= 0) ok = !ok;
      break;
    case kLt:
      if (len_self < len_other) ok = all_contained_in(self, other);
      break;
    case kLe:
      if (len_self <= len_other) ok = all_contained_in(self, other);
      break;
    case kGt:
      if (len_self > len_other) ok = all_contained_in(other, self);
      break;
    default:
      if (len_self >= len_other) ok = all_contained_in(other, self);
      break;
  }
  if (ok < 0) return nullptr;
  return newref(bool_object(ok));
}

// set(view) (for a keys view of an exact dict, the dict's keys directly).
Object* view_to_set(Object* o) {
  if (type_of(o) == &DictKeysType && is_dict_exact(dict_of(o))) return set_new(dict_of(o));
  return set_new(o);
}

// result.<method>(arg) for a set method by name; returns 0 or -1.
int call_set_method(Object* result, const char* method, Object* arg) {
  Object* name = str_intern_utf8(method);
  if (!name) return -1;
  Object* meth = object_getattr(result, name);
  decref(name);
  if (!meth) return -1;
  Object* r = object_vectorcall(meth, &arg, 1, nullptr);
  decref(meth);
  if (!r) return -1;
  decref(r);
  return 0;
}

Object* view_sub(Object* a, Object* b) {
  Object* result = view_to_set(a);
  if (result && call_set_method(result, "difference_update", b) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* view_or(Object* a, Object* b) {
  Object* result = view_to_set(a);
  if (result && set_update(result, b) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* view_and(Object* self, Object* other) {
  // The interpreter swaps the operands when the view is on the right.
  if (!is_set_view(self)) std::swap(self, other);
  ssize len_self = view_len(self);
  // A larger set does the intersection itself.
  if (is_set_exact(other)) {
    if (len_self <= set_size(other)) {
      Object* name = str_intern_utf8("intersection");
      if (!name) return nullptr;
      Object* meth = object_getattr(other, name);
      decref(name);
      if (!meth) return nullptr;
      Object* r = object_vectorcall(meth, &self, 1, nullptr);
      decref(meth);
      return r;
    }
  }
  // Walk the smaller operand when both are views.
  if (is_set_view(other) && view_len(other) > len_self) std::swap(self, other);
  Object* result = set_new(nullptr);
  if (!result) return nullptr;
  Object* it = object_get_iter(other);
  if (!it) {
    decref(result);
    return nullptr;
  }
  bool keys = type_of(self) == &DictKeysType;
  while (Object* key = iter_next(it)) {
    int rv = keys ? keys_contains(self, key) : items_contains(self, key);
    if (rv > 0) rv = set_add(result, key);
    decref(key);
    if (rv < 0) {
      decref(it);
      decref(result);
      return nullptr;
    }
  }
  decref(it);
  if (error_occurred()) {
    decref(result);
    return nullptr;
  }
  return result;
}

// d1.items() ^ d2.items(): the pairs of either that the other lacks, built
// as CPython builds it (d2's differing pairs first, then d1's remaining ones).
Object* items_xor(Object* self, Object* other) {
  Object* d1 = dict_of(self);
  Object* d2 = dict_of(other);
  Object* temp = dict_copy(d1);
  if (!temp) return nullptr;
  Object* result = set_new(nullptr);
  if (!result) {
    decref(temp);
    return nullptr;
  }
  ssize pos = 0;
  Object *key, *val2;
  hash_t hash;
  bool ok = true;
  while (ok && dict_next(d2, &pos, &key, &val2, &hash)) {
    incref(key);
    incref(val2);
    bool error = false;
    Object* val1 = dict_get_item_known_hash(temp, key, hash, &error);
    int drop = 0;
    if (val1) {
      incref(val1);
      drop = object_richcompare_bool(val1, val2, kEq);
      decref(val1);
    } else if (error) {
      drop = -1;
    }
    if (drop > 0) {
      ok = dict_del_item(temp, key) == 0;
    } else if (drop == 0) {
      Object* pair = tuple_pack({key, val2});
      ok = pair && set_add(result, pair) == 0;
      xdecref(pair);
    } else {
      ok = false;
    }
    decref(key);
    decref(val2);
  }
  if (ok) {
    Object* rest = dict_items_view(temp);
    ok = rest && set_update(result, rest) == 0;
    xdecref(rest);
  }
  decref(temp);
  if (!ok) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* view_xor(Object* a, Object* b) {
  if (type_of(a) == &DictItemsType && type_of(b) == &DictItemsType) return items_xor(a, b);
  Object* result = view_to_set(a);
  if (result && call_set_method(result, "symmetric_difference_update", b) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* view_isdisjoint(Object* self, Object* other) {
  if (self == other) return newref(bool_object(view_len(self) == 0));
  // Walk the smaller one when `in` is cheap on both.
  if (is_anyset(other) || is_set_view(other)) {
    ssize len_other = object_length(other);
    if (len_other < 0) return nullptr;
    if (len_other > view_len(self)) std::swap(self, other);
  }
  Object* it = object_get_iter(other);
  if (!it) return nullptr;
  while (Object* item = iter_next(it)) {
    int r = object_contains(self, item);
    decref(item);
    if (r != 0) {
      decref(it);
      return r < 0 ? nullptr : newref(bool_object(false));
    }
  }
  decref(it);
  if (error_occurred()) return nullptr;
  return newref(bool_object(true));
}

constexpr const char kDocIsdisjoint[] = "Return True if the view and the given iterable have a null intersection.";
constexpr const char kDocReversed[] = "Return a reverse iterator over the dict keys.";

MethodDef keys_methods[] = {
    {"isdisjoint", cfunc(view_isdisjoint), kMethO, kDocIsdisjoint},
    {"__reversed__", cfunc(keys_reversed), kMethNoArgs, kDocReversed},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef items_methods[] = {
    {"isdisjoint", cfunc(view_isdisjoint), kMethO, kDocIsdisjoint},
    {"__reversed__", cfunc(items_reversed), kMethNoArgs, kDocReversed},
    {nullptr, nullptr, 0, nullptr},
};
MethodDef values_methods[] = {
    {"__reversed__", cfunc(values_reversed), kMethNoArgs, kDocReversed},
    {nullptr, nullptr, 0, nullptr},
};

SequenceMethods keys_as_sequence, items_as_sequence, values_as_sequence;
NumberMethods view_as_number;

void init_iter(TypeObject& t, const char* name, iternextfunc next) {
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = name;
  t.tp_basicsize = sizeof(DictIterObject);
  t.tp_dealloc = dictiter_dealloc;
  t.tp_traverse = dictiter_traverse;
  t.tp_iter = iter_self;
  t.tp_iternext = next;
  t.tp_methods = dictiter_methods;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
}

void init_view(TypeObject& t, const char* name, SequenceMethods* sq, getiterfunc iter, MethodDef* methods) {
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = name;
  t.tp_basicsize = sizeof(DictViewObject);
  t.tp_dealloc = view_dealloc;
  t.tp_traverse = view_traverse;
  t.tp_repr = view_repr;
  t.tp_as_sequence = sq;
  t.tp_iter = iter;
  t.tp_methods = methods;
  t.tp_getset = view_getset;
  t.tp_getattro = object_generic_getattr;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
}

}  // namespace

Object* dict_iter(Object* d) { return dictiter_new(d, &DictKeyIterType, false); }
Object* dict_reversed(Object* d) { return dictiter_new(d, &DictRevKeyIterType, true); }
Object* dict_keys_view(Object* d) { return view_new(d, &DictKeysType); }
Object* dict_values_view(Object* d) { return view_new(d, &DictValuesType); }
Object* dict_items_view(Object* d) { return view_new(d, &DictItemsType); }

void init_dict_views() {
  DictType.tp_iter = dict_iter;
  init_iter(DictKeyIterType, "dict_keyiterator", dictiter_next);
  init_iter(DictValueIterType, "dict_valueiterator", dictiter_next);
  init_iter(DictItemIterType, "dict_itemiterator", dictiter_next);
  for (TypeObject* t : {&DictKeyIterType, &DictValueIterType, &DictItemIterType}) t->tp_getattro = object_generic_getattr;
  init_iter(DictRevKeyIterType, "dict_reversekeyiterator", dictreviter_next);
  init_iter(DictRevValueIterType, "dict_reversevalueiterator", dictreviter_next);
  init_iter(DictRevItemIterType, "dict_reverseitemiterator", dictreviter_next);

  keys_as_sequence.sq_length = view_len;
  keys_as_sequence.sq_contains = keys_contains;
  items_as_sequence.sq_length = view_len;
  items_as_sequence.sq_contains = items_contains;
  values_as_sequence.sq_length = view_len;
  view_as_number.nb_subtract = view_sub;
  view_as_number.nb_and = view_and;
  view_as_number.nb_xor = view_xor;
  view_as_number.nb_or = view_or;
  init_view(DictKeysType, "dict_keys", &keys_as_sequence, keys_iter, keys_methods);
  init_view(DictItemsType, "dict_items", &items_as_sequence, items_iter, items_methods);
  init_view(DictValuesType, "dict_values", &values_as_sequence, values_iter, values_methods);
  for (TypeObject* t : {&DictKeysType, &DictItemsType}) {
    t->tp_as_number = &view_as_number;
    t->tp_richcompare = view_richcompare;
  }
}

}  // namespace dx
