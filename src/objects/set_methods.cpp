// set and frozenset: the algebra (union, intersection, difference,
// symmetric difference, subset tests), the methods tables, the operator and
// comparison slots, repr, the frozenset hash, the iterator, construction and
// the types. Each operation walks and builds tables in CPython 3.11's order
// (which operand is iterated, when a copy is made, when the work is swapped
// to the smaller set), since that decides the order of the result.
#include <cstring>
#include <string>

#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/seq_internal.h"
#include "objects/set.h"
#include "objects/set_internal.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "gc/gc.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"

namespace dx {

using namespace setimpl;

namespace {

inline Object* bool_result(bool b) {
  return newref(bool_object(b));
}

// ---- the algebra ------------------------------------------------------------------

// so & other as a new set of so's base type.
Object* intersection(SetObject* so, Object* other) {
  if (so == other) return set_copy(so);
  auto* result = as_set(make_new_set_basetype(type_of(so), nullptr));
  if (!result) return nullptr;
  if (is_anyset(other)) {
    // Iterate the smaller set, look up in the larger.
    SetObject* big = so;
    SetObject* small = as_set(other);
    if (small->used > big->used) std::swap(big, small);
    ssize pos = 0;
    while (SetEntry* e = next_entry(small, &pos)) {
      Object* key = newref(e->key);
      hash_t hash = e->hash;
      int rv = contains_entry(big, key, hash);
      if (rv > 0) rv = add_entry(result, key, hash);
      decref(key);
      if (rv < 0) {
        decref(result);
        return nullptr;
      }
    }
    return result;
  }
  Object* it = object_get_iter(other);
  if (!it) {
    decref(result);
    return nullptr;
  }
  while (Object* key = iter_next(it)) {
    hash_t hash = key_hash(key);
    int rv = hash == -1 ? -1 : contains_entry(so, key, hash);
    if (rv > 0 && add_entry(result, key, hash) < 0) rv = -1;
    decref(key);
    if (rv < 0) {
      decref(it);
      decref(result);
      return nullptr;
    }
    // Everything of so is in: the rest of the iterable cannot add more.
    if (rv > 0 && result->used >= so->used) break;
  }
  decref(it);
  if (error_occurred()) {
    decref(result);
    return nullptr;
  }
  return result;
}

// so.intersection(*args).
Object* intersection_multi(SetObject* so, Object* const* args, ssize n) {
  if (n == 0) return set_copy(so);
  Object* result = newref(so);
  for (ssize i = 0; i < n; i++) {
    Object* next = intersection(as_set(result), args[i]);
    decref(result);
    if (!next) return nullptr;
    result = next;
  }
  return result;
}

// so -= other, in place: 0 or -1.
int difference_update_internal(SetObject* so, Object* other) {
  if (so == other) {
    clear_internal(so);
    return 0;
  }
  if (is_anyset(other)) {
    // A much larger other is first cut down to what so holds.
    if ((set_size(other) >> 3) > so->used) {
      other = intersection(so, other);
      if (!other) return -1;
    } else {
      incref(other);
    }
    ssize pos = 0;
    while (SetEntry* e = next_entry(as_set(other), &pos)) {
      Object* key = newref(e->key);
      int rv = discard_entry(so, key, e->hash);
      decref(key);
      if (rv < 0) {
        decref(other);
        return -1;
      }
    }
    decref(other);
  } else {
    Object* it = object_get_iter(other);
    if (!it) return -1;
    while (Object* key = iter_next(it)) {
      int rv = discard_key(so, key);
      decref(key);
      if (rv < 0) {
        decref(it);
        return -1;
      }
    }
    decref(it);
    if (error_occurred()) return -1;
  }
  // More than a quarter of the table dummies: rebuild it without them.
  if (static_cast<size_t>(so->fill - so->used) <= static_cast<size_t>(so->mask) / 4) return 0;
  return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

Object* copy_and_difference(SetObject* so, Object* other) {
  Object* result = set_copy(so);
  if (result && difference_update_internal(as_set(result), other) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

// so - other as a new set of so's base type.
Object* difference(SetObject* so, Object* other) {
  ssize other_size;
  if (is_anyset(other))
    other_size = set_size(other);
  else if (is_dict_exact(other))
    other_size = dict_size(other);
  else
    return copy_and_difference(so, other);
  // When so is much larger, copying it and removing other's keys is cheaper.
  if ((so->used >> 2) > other_size) return copy_and_difference(so, other);
  auto* result = as_set(make_new_set_basetype(type_of(so), nullptr));
  if (!result) return nullptr;
  bool dict = is_dict_exact(other);
  ssize pos = 0;
  while (SetEntry* e = next_entry(so, &pos)) {
    Object* key = newref(e->key);
    hash_t hash = e->hash;
    int rv;
    if (dict) {
      bool error = false;
      rv = dict_get_item_known_hash(other, key, hash, &error) ? 1 : error ? -1 : 0;
    } else {
      rv = contains_entry(as_set(other), key, hash);
    }
    if (rv == 0) rv = add_entry(result, key, hash);
    decref(key);
    if (rv < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

// so.difference(*args).
Object* difference_multi(SetObject* so, Object* const* args, ssize n) {
  if (n == 0) return set_copy(so);
  Object* result = difference(so, args[0]);
  if (!result) return nullptr;
  for (ssize i = 1; i < n; i++) {
    if (difference_update_internal(as_set(result), args[i]) < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

// Removes key if present, else adds it: 0 or -1.
int toggle(SetObject* so, Object* key, hash_t hash) {
  incref(key);
  int rv = discard_entry(so, key, hash);
  if (rv == 0) rv = add_entry(so, key, hash);
  decref(key);
  return rv < 0 ? -1 : 0;
}

// so ^= other, in place: 0 or -1.
int symmetric_difference_update(SetObject* so, Object* other) {
  if (so == other) {
    clear_internal(so);
    return 0;
  }
  if (is_dict_exact(other)) {
    ssize pos = 0;
    Object* key;
    hash_t hash;
    while (dict_next(other, &pos, &key, nullptr, &hash))
      if (toggle(so, key, hash) < 0) return -1;
    return 0;
  }
  Object* otherset = is_anyset(other) ? newref(other) : make_new_set_basetype(type_of(so), other);
  if (!otherset) return -1;
  ssize pos = 0;
  while (SetEntry* e = next_entry(as_set(otherset), &pos)) {
    if (toggle(so, e->key, e->hash) < 0) {
      decref(otherset);
      return -1;
    }
  }
  decref(otherset);
  return 0;
}

// so ^ other: other's items as a new set, toggled by so's.
Object* symmetric_difference(SetObject* so, Object* other) {
  Object* result = make_new_set_basetype(type_of(so), other);
  if (result && symmetric_difference_update(as_set(result), so) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

// so <= other: 1, 0 or -1.
int issubset(SetObject* so, Object* other) {
  if (!is_anyset(other)) {
    Object* tmp = make_new_set(&SetType, other);
    if (!tmp) return -1;
    int r = issubset(so, tmp);
    decref(tmp);
    return r;
  }
  if (so->used > set_size(other)) return 0;
  ssize pos = 0;
  while (SetEntry* e = next_entry(so, &pos)) {
    Object* key = newref(e->key);
    int rv = contains_entry(as_set(other), key, e->hash);
    decref(key);
    if (rv <= 0) return rv;
  }
  return 1;
}

// so >= other: 1, 0 or -1. An iterable is walked, stopping at the first
// item so lacks.
int issuperset(SetObject* so, Object* other) {
  if (is_anyset(other)) return issubset(as_set(other), so);
  Object* it = object_get_iter(other);
  if (!it) return -1;
  while (Object* key = iter_next(it)) {
    int rv = contains_key(so, key);
    decref(key);
    if (rv <= 0) {
      decref(it);
      return rv;
    }
  }
  decref(it);
  return error_occurred() ? -1 : 1;
}

// so.isdisjoint(other): 1, 0 or -1.
int isdisjoint(SetObject* so, Object* other) {
  if (so == other) return so->used == 0;
  if (is_anyset_exact(other)) {
    SetObject* big = so;
    SetObject* small = as_set(other);
    if (small->used > big->used) std::swap(big, small);
    ssize pos = 0;
    while (SetEntry* e = next_entry(small, &pos)) {
      Object* key = newref(e->key);
      int rv = contains_entry(big, key, e->hash);
      decref(key);
      if (rv != 0) return rv < 0 ? -1 : 0;
    }
    return 1;
  }
  Object* it = object_get_iter(other);
  if (!it) return -1;
  while (Object* key = iter_next(it)) {
    int rv = contains_key(so, key);
    decref(key);
    if (rv != 0) {
      decref(it);
      return rv < 0 ? -1 : 0;
    }
  }
  decref(it);
  return error_occurred() ? -1 : 1;
}

// discard_key, with an unhashable set key removed as the frozenset of its
// items (sq_contains looks such a key up the same way).
int discard_with_frozenset_retry(SetObject* so, Object* key) {
  int rv = discard_key(so, key);
  if (rv >= 0 || !is_set(key) || !error_matches(&exc::TypeError)) return rv;
  clear_error();
  Object* tmp = make_new_set(&FrozenSetType, key);
  if (!tmp) return -1;
  rv = discard_key(so, tmp);
  decref(tmp);
  return rv;
}

Object* to_bool(int r) {
  return r < 0 ? nullptr : bool_result(r);
}

// ---- the methods ---------------------------------------------------------------------
// CFunction signatures: (self, arg) for kMethO, (self, args tuple) for
// kMethVarargs, (self, nullptr) for kMethNoArgs.

#define SELF as_set(self)

Object* m_add(Object* self, Object* key) {
  return add_key(SELF, key) < 0 ? nullptr : return_none();
}

Object* m_clear(Object* self, Object*) {
  clear_internal(SELF);
  return return_none();
}

Object* m_contains(Object* self, Object* key) {
  return to_bool(sq_contains(self, key));
}

Object* m_copy(Object* self, Object*) {
  return set_copy(SELF);
}

Object* m_frozenset_copy(Object* self, Object*) {
  if (is_frozenset_exact(self)) return newref(self);
  return set_copy(SELF);
}

Object* m_discard(Object* self, Object* key) {
  return discard_with_frozenset_retry(SELF, key) < 0 ? nullptr : return_none();
}

Object* m_remove(Object* self, Object* key) {
  int rv = discard_with_frozenset_retry(SELF, key);
  if (rv < 0) return nullptr;
  if (rv == 0) {
    raise_key_error(key);
    return nullptr;
  }
  return return_none();
}

Object* m_pop(Object* self, Object*) {
  return set_pop(self);
}

inline Object* const* args_of(Object* args) {
  return &tuple_item(args, 0);
}

Object* m_difference(Object* self, Object* args) {
  return difference_multi(SELF, args_of(args), tuple_size(args));
}

Object* m_difference_update(Object* self, Object* args) {
  for (ssize i = 0; i < tuple_size(args); i++)
    if (difference_update_internal(SELF, tuple_item(args, i)) < 0) return nullptr;
  return return_none();
}

Object* m_intersection(Object* self, Object* args) {
  return intersection_multi(SELF, args_of(args), tuple_size(args));
}

Object* m_intersection_update(Object* self, Object* args) {
  Object* tmp = intersection_multi(SELF, args_of(args), tuple_size(args));
  if (!tmp) return nullptr;
  swap_bodies(SELF, as_set(tmp));
  decref(tmp);
  return return_none();
}

Object* m_isdisjoint(Object* self, Object* other) {
  return to_bool(isdisjoint(SELF, other));
}
Object* m_issubset(Object* self, Object* other) {
  return to_bool(issubset(SELF, other));
}
Object* m_issuperset(Object* self, Object* other) {
  return to_bool(issuperset(SELF, other));
}

Object* m_symmetric_difference(Object* self, Object* other) {
  return symmetric_difference(SELF, other);
}

Object* m_symmetric_difference_update(Object* self, Object* other) {
  return symmetric_difference_update(SELF, other) < 0 ? nullptr : return_none();
}

Object* m_union(Object* self, Object* args) {
  Object* result = set_copy(SELF);
  if (!result) return nullptr;
  for (ssize i = 0; i < tuple_size(args); i++) {
    Object* other = tuple_item(args, i);
    if (other == self) continue;
    if (update_internal(as_set(result), other) < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

Object* m_update(Object* self, Object* args) {
  for (ssize i = 0; i < tuple_size(args); i++)
    if (update_internal(SELF, tuple_item(args, i)) < 0) return nullptr;
  return return_none();
}

// (type(self), (list(self),), state); the state (an instance __dict__ of a
// subclass) comes with the class machinery: None until then.
Object* m_reduce(Object* self, Object*) {
  Object* keys = list_from_iterable(self);
  if (!keys) return nullptr;
  Object* args = tuple_pack({keys});
  decref(keys);
  if (!args) return nullptr;
  Object* result = tuple_pack({type_of(self), args, none()});
  decref(args);
  return result;
}

Object* m_sizeof(Object* self, Object*) {
  SetObject* so = SELF;
  ssize size = type_of(self)->tp_basicsize;
  if (so->table != so->smalltable) size += (so->mask + 1) * static_cast<ssize>(sizeof(SetEntry));
  return int_from_int64(size);
}

#undef SELF

template <typename F>
constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

// CPython's docstrings (they show in help()).
constexpr const char kDocContains[] = "x.__contains__(y) <==> y in x.";
constexpr const char kDocCopy[] = "Return a shallow copy of a set.";
constexpr const char kDocDifference[] =
    "Return the difference of two or more sets as a new set.\n\n"
    "(i.e. all elements that are in this set but not the others.)";
constexpr const char kDocIntersection[] =
    "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)";
constexpr const char kDocIsdisjoint[] = "Return True if two sets have a null intersection.";
constexpr const char kDocIssubset[] = "Report whether another set contains this set.";
constexpr const char kDocIssuperset[] = "Report whether this set contains another set.";
constexpr const char kDocReduce[] = "Return state information for pickling.";
constexpr const char kDocSizeof[] = "S.__sizeof__() -> size of S in memory, in bytes";
constexpr const char kDocSymmetricDifference[] =
    "Return the symmetric difference of two sets as a new set.\n\n"
    "(i.e. all elements that are in exactly one of the sets.)";
constexpr const char kDocUnion[] =
    "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)";

MethodDef set_methods[] = {
    {"add", cfunc(m_add), kMethO, "Add an element to a set.\n\nThis has no effect if the element is already present."},
    {"clear", cfunc(m_clear), kMethNoArgs, "Remove all elements from this set."},
    {"__contains__", cfunc(m_contains), kMethO | kMethCoexist, kDocContains},
    {"copy", cfunc(m_copy), kMethNoArgs, kDocCopy},
    {"discard", cfunc(m_discard), kMethO,
     "Remove an element from a set if it is a member.\n\n"
     "Unlike set.remove(), the discard() method does not raise\n"
     "an exception when an element is missing from the set."},
    {"difference", cfunc(m_difference), kMethVarargs, kDocDifference},
    {"difference_update", cfunc(m_difference_update), kMethVarargs,
     "Remove all elements of another set from this set."},
    {"intersection", cfunc(m_intersection), kMethVarargs, kDocIntersection},
    {"intersection_update", cfunc(m_intersection_update), kMethVarargs,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", cfunc(m_isdisjoint), kMethO, kDocIsdisjoint},
    {"issubset", cfunc(m_issubset), kMethO, kDocIssubset},
    {"issuperset", cfunc(m_issuperset), kMethO, kDocIssuperset},
    {"pop", cfunc(m_pop), kMethNoArgs,
     "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."},
    {"__reduce__", cfunc(m_reduce), kMethNoArgs, kDocReduce},
    {"remove", cfunc(m_remove), kMethO,
     "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."},
    {"__sizeof__", cfunc(m_sizeof), kMethNoArgs, kDocSizeof},
    {"symmetric_difference", cfunc(m_symmetric_difference), kMethO, kDocSymmetricDifference},
    {"symmetric_difference_update", cfunc(m_symmetric_difference_update), kMethO,
     "Update a set with the symmetric difference of itself and another."},
    {"union", cfunc(m_union), kMethVarargs, kDocUnion},
    {"update", cfunc(m_update), kMethVarargs, "Update a set with the union of itself and others."},
    // __class_getitem__ (PEP 585) comes with types.GenericAlias.
    {"__class_getitem__", class_getitem, kMethO | kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

MethodDef frozenset_methods[] = {
    {"__contains__", cfunc(m_contains), kMethO | kMethCoexist, kDocContains},
    {"copy", cfunc(m_frozenset_copy), kMethNoArgs, kDocCopy},
    {"difference", cfunc(m_difference), kMethVarargs, kDocDifference},
    {"intersection", cfunc(m_intersection), kMethVarargs, kDocIntersection},
    {"isdisjoint", cfunc(m_isdisjoint), kMethO, kDocIsdisjoint},
    {"issubset", cfunc(m_issubset), kMethO, kDocIssubset},
    {"issuperset", cfunc(m_issuperset), kMethO, kDocIssuperset},
    {"__reduce__", cfunc(m_reduce), kMethNoArgs, kDocReduce},
    {"__sizeof__", cfunc(m_sizeof), kMethNoArgs, kDocSizeof},
    {"symmetric_difference", cfunc(m_symmetric_difference), kMethO, kDocSymmetricDifference},
    {"union", cfunc(m_union), kMethVarargs, kDocUnion},
    {"__class_getitem__", class_getitem, kMethO | kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- operators: only between sets (NotImplemented otherwise) --------------------------

Object* set_sub(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return newref(not_implemented());
  return difference(as_set(a), b);
}

Object* set_and(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return newref(not_implemented());
  return intersection(as_set(a), b);
}

Object* set_xor(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return newref(not_implemented());
  return symmetric_difference(as_set(a), b);
}

Object* set_or(Object* a, Object* b) {
  if (!is_anyset(a) || !is_anyset(b)) return newref(not_implemented());
  Object* result = set_copy(as_set(a));
  if (!result || a == b) return result;
  if (update_internal(as_set(result), b) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* set_isub(Object* a, Object* b) {
  if (!is_anyset(b)) return newref(not_implemented());
  return difference_update_internal(as_set(a), b) < 0 ? nullptr : newref(a);
}

Object* set_iand(Object* a, Object* b) {
  if (!is_anyset(b)) return newref(not_implemented());
  Object* tmp = intersection(as_set(a), b);
  if (!tmp) return nullptr;
  swap_bodies(as_set(a), as_set(tmp));
  decref(tmp);
  return newref(a);
}

Object* set_ixor(Object* a, Object* b) {
  if (!is_anyset(b)) return newref(not_implemented());
  return symmetric_difference_update(as_set(a), b) < 0 ? nullptr : newref(a);
}

Object* set_ior(Object* a, Object* b) {
  if (!is_anyset(b)) return newref(not_implemented());
  return update_internal(as_set(a), b) < 0 ? nullptr : newref(a);
}

// <= < >= > are the subset relations; == compares contents (two frozensets
// with different cached hashes differ without a walk).
Object* set_richcompare(Object* v, Object* w, int op) {
  if (!is_anyset(w)) return newref(not_implemented());
  SetObject* a = as_set(v);
  SetObject* b = as_set(w);
  switch (op) {
    case kEq:
    case kNe: {
      int eq;
      if (a->used != b->used)
        eq = 0;
      else if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        eq = 0;
      else
        eq = issubset(a, w);
      if (eq < 0) return nullptr;
      return bool_result((eq != 0) == (op == kEq));
    }
    case kLe:
      return to_bool(issubset(a, w));
    case kGe:
      return to_bool(issuperset(a, w));
    case kLt:
      if (a->used >= b->used) return bool_result(false);
      return to_bool(issubset(a, w));
    default:  // kGt
      if (a->used <= b->used) return bool_result(false);
      return to_bool(issuperset(a, w));
  }
}

// ---- repr, hash, length, membership -----------------------------------------------

// {1, 2}, set(), frozenset({1}), Sub({1}); "set(...)" inside its own repr.
Object* set_repr(Object* self) {
  SetObject* so = as_set(self);
  const char* name = type_of(self)->tp_name;
  int entered = repr_enter(self);
  if (entered != 0) {
    if (entered < 0) return nullptr;
    return str_from_utf8(std::string(name) + "(...)");
  }
  Object* result = nullptr;
  if (so->used == 0) {
    result = str_from_utf8(std::string(name) + "()");
    repr_leave(self);
    return result;
  }
  // A snapshot of the keys: a key's __repr__ may change the set.
  Object* keys = list_from_iterable(self);
  Object* parts = keys ? list_new(0) : nullptr;
  if (parts) {
    ssize i = 0;
    for (; i < list_size(keys); i++) {
      Object* r = object_repr(list_item(keys, i));
      if (!r) break;
      int status = list_append(parts, r);
      decref(r);
      if (status < 0) break;
    }
    if (i == list_size(keys)) {
      Object** items = static_cast<ListObject*>(parts)->ob_item;
      if (is_set_exact(self)) {
        result = str_join_ascii("{", ", ", "}", items, list_size(parts));
      } else {
        Object* inner = str_join_ascii("{", ", ", "})", items, list_size(parts));
        Object* prefix = inner ? str_from_utf8(std::string(name) + "(") : nullptr;
        if (prefix) {
          Object* both[2] = {prefix, inner};
          result = str_join_ascii("", "", "", both, 2);
        }
        xdecref(prefix);
        xdecref(inner);
      }
    }
  }
  xdecref(parts);
  xdecref(keys);
  repr_leave(self);
  return result;
}

// Spreads the bits of an entry's hash before they are combined, so that
// sets of nearby ints do not cancel out.
inline uint64_t shuffle_bits(uint64_t h) {
  return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

// CPython's frozenset hash: independent of insertion order and of the table
// layout (an XOR over the items), then mixed with the size. Cached.
hash_t frozenset_hash(Object* self) {
  SetObject* so = as_set(self);
  if (so->hash != -1) return so->hash;
  uint64_t hash = 0;
  ssize pos = 0;
  while (SetEntry* e = next_entry(so, &pos))
    hash ^= shuffle_bits(static_cast<uint64_t>(e->hash));
  hash ^= (static_cast<uint64_t>(so->used) + 1) * 1927868237ULL;
  hash ^= (hash >> 11) ^ (hash >> 25);
  hash = hash * 69069U + 907133923ULL;
  if (hash == ~uint64_t{0}) hash = 590923713ULL;
  so->hash = static_cast<hash_t>(hash);
  return so->hash;
}

ssize set_len(Object* self) {
  return as_set(self)->used;
}

// ---- lifetime --------------------------------------------------------------------------

void set_dealloc(Object* self) {
  gc_untrack(self);
  // In the trashcan unless a subclass's subtype_dealloc (which has its own) called it.
  bool trash = type_of(self)->tp_dealloc == set_dealloc;
  if (trash && trash_defer(self)) return;
  SetObject* so = as_set(self);
  SetEntry* table = so->table;
  for (ssize i = 0, fill = so->fill; fill > 0; i++) {
    if (table[i].key) {
      fill--;
      if (table[i].key != &dummy_key) decref(table[i].key);
    }
  }
  if (table != so->smalltable) mem_free(table);
  object_free(self);
  if (trash) trash_done();
}

int set_traverse(Object* self, visitproc visit, void* arg) {
  ssize pos = 0;
  while (SetEntry* e = next_entry(as_set(self), &pos))
    if (int r = visit(e->key, arg)) return r;
  return 0;
}

int set_tp_clear(Object* self) {
  clear_internal(as_set(self));
  return 0;
}

// ---- the iterator ----------------------------------------------------------------------

struct SetIterObject : Object {
  SetObject* si_set;  // null once exhausted
  ssize si_used;      // the size when created: a change is an error
  ssize si_pos;
  ssize len;
};

Object* set_iter(Object* self) {
  auto* it = alloc_object<SetIterObject>(&SetIterType);
  if (!it) return nullptr;
  it->si_set = as_set(newref(self));
  it->si_used = as_set(self)->used;
  it->si_pos = 0;
  it->len = as_set(self)->used;
  return it;
}

Object* setiter_next(Object* o) {
  auto* it = static_cast<SetIterObject*>(o);
  SetObject* so = it->si_set;
  if (!so) return nullptr;
  if (it->si_used != so->used) {
    it->si_used = -1;  // stays an error
    return raise(&exc::RuntimeError, "Set changed size during iteration");
  }
  ssize pos = it->si_pos;
  SetEntry* e = next_entry(so, &pos);
  it->si_pos = pos;
  if (!e) {
    it->si_set = nullptr;
    decref(so);
    return nullptr;
  }
  it->len--;
  return newref(e->key);
}

Object* setiter_length_hint(Object* o, Object*) {
  auto* it = static_cast<SetIterObject*>(o);
  ssize n = it->si_set && it->si_used == it->si_set->used ? it->len : 0;
  return int_from_int64(n);
}

void setiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<SetIterObject*>(o)->si_set);
  object_free(o);
}

int setiter_traverse(Object* o, visitproc visit, void* arg) {
  Object* so = static_cast<SetIterObject*>(o)->si_set;
  return so ? visit(so, arg) : 0;
}

Object* iter_self(Object* o) {
  return newref(o);
}

MethodDef setiter_methods[] = {
    {"__length_hint__", cfunc(setiter_length_hint), kMethNoArgs,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- construction ---------------------------------------------------------------------

bool no_keywords(const char* name, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  return true;
}

// PyArg_UnpackTuple(args, name, 0, 1): the optional single argument.
bool unpack_optional(const char* name, Object* args, Object** out) {
  ssize n = tuple_size(args);
  if (n > 1) {
    raise(&exc::TypeError, "%s expected at most 1 argument, got %zd", name, n);
    return false;
  }
  *out = n ? tuple_item(args, 0) : nullptr;
  return true;
}

// set.__new__: an empty set (set.__init__ fills it).
Object* set_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  if (type == &SetType && !no_keywords("set", kwargs)) return nullptr;
  return make_new_set(type, nullptr);
}

int set_tp_init(Object* self, Object* args, Object* kwargs) {
  Object* iterable;
  if (!no_keywords("set", kwargs) || !unpack_optional(type_of(self)->tp_name, args, &iterable)) return -1;
  SetObject* so = as_set(self);
  if (so->fill) clear_internal(so);
  so->hash = -1;
  return iterable ? update_internal(so, iterable) : 0;
}

// frozenset(x) of an exact frozenset x is x itself.
Object* make_new_frozenset(TypeObject* type, Object* iterable) {
  if (type != &FrozenSetType) return make_new_set(type, iterable);
  return frozenset_new(iterable);
}

Object* frozenset_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  if (type == &FrozenSetType && !no_keywords("frozenset", kwargs)) return nullptr;
  Object* iterable;
  if (!unpack_optional(type->tp_name, args, &iterable)) return nullptr;
  return make_new_frozenset(type, iterable);
}

// The vectorcall forms of set(...) and frozenset(...), used once calls to
// types take that path.
bool check_vectorcall(const char* name, size_t nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  if (nargs > 1) {
    raise(&exc::TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
    return false;
  }
  return true;
}

Object* set_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_vectorcall("set", nargsf, kwnames)) return nullptr;
  return make_new_set(static_cast<TypeObject*>(type), nargsf ? args[0] : nullptr);
}

Object* frozenset_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_vectorcall("frozenset", nargsf, kwnames)) return nullptr;
  return make_new_frozenset(static_cast<TypeObject*>(type), nargsf ? args[0] : nullptr);
}

NumberMethods set_as_number, frozenset_as_number;
SequenceMethods set_as_sequence;

void init_common(TypeObject& t, const char* name, const char* doc) {
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = name;
  t.tp_doc = doc;
  t.tp_basicsize = sizeof(SetObject);
  t.tp_dealloc = set_dealloc;
  t.tp_repr = set_repr;
  t.tp_as_sequence = &set_as_sequence;
  t.tp_traverse = set_traverse;
  t.tp_clear = set_tp_clear;
  t.tp_richcompare = set_richcompare;
  t.tp_weaklistoffset = offsetof(SetObject, weakreflist);
  t.tp_iter = set_iter;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType | kTpMatchSelf;
}

}  // namespace

void init_set_types() {
  set_as_sequence.sq_length = set_len;
  set_as_sequence.sq_contains = sq_contains;
  for (NumberMethods* nb : {&set_as_number, &frozenset_as_number}) {
    nb->nb_subtract = set_sub;
    nb->nb_and = set_and;
    nb->nb_xor = set_xor;
    nb->nb_or = set_or;
  }
  set_as_number.nb_inplace_subtract = set_isub;
  set_as_number.nb_inplace_and = set_iand;
  set_as_number.nb_inplace_xor = set_ixor;
  set_as_number.nb_inplace_or = set_ior;

  init_common(SetType, "set",
              "set() -> new empty set object\nset(iterable) -> new set object\n\n"
              "Build an unordered collection of unique elements.");
  SetType.tp_as_number = &set_as_number;
  SetType.tp_methods = set_methods;
  SetType.tp_init = set_tp_init;
  SetType.tp_new = set_tp_new;
  SetType.tp_vectorcall = set_vectorcall;
  // tp_hash stays null: sets are unhashable.

  init_common(FrozenSetType, "frozenset",
              "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\n"
              "Build an immutable unordered collection of unique elements.");
  FrozenSetType.tp_as_number = &frozenset_as_number;
  FrozenSetType.tp_methods = frozenset_methods;
  FrozenSetType.tp_hash = frozenset_hash;
  FrozenSetType.tp_new = frozenset_tp_new;
  FrozenSetType.tp_vectorcall = frozenset_vectorcall;

  TypeObject& it = SetIterType;
  it.ob_refcnt = kImmortalRefcnt;
  it.tp_name = "set_iterator";
  it.tp_basicsize = sizeof(SetIterObject);
  it.tp_dealloc = setiter_dealloc;
  it.tp_traverse = setiter_traverse;
  it.tp_iter = iter_self;
  it.tp_iternext = setiter_next;
  it.tp_methods = setiter_methods;
  it.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
}

}  // namespace dx
