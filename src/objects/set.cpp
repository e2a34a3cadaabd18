// The set table (set_internal.h): lookup, insertion, deletion, resizing,
// merging, clearing, and the public API of set.h. The algebra, the methods,
// the slots and the types are in set_methods.cpp.
#include "objects/set.h"

#include <cstring>

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/set_internal.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject SetType, FrozenSetType, SetIterType;

namespace setimpl {

Object dummy_key = {kImmortalRefcnt, nullptr};

namespace {

constexpr int kLinearProbes = 9;
constexpr int kPerturbShift = 5;
// Tables beyond this many entries are refused with MemoryError before any
// size computation can overflow.
constexpr size_t kMaxTableSize = size_t{1} << 56;

// Both keys exact strs: equality by contents, without running Python code.
inline bool both_str(Object* a, Object* b) {
  return is_str_exact(a) && is_str_exact(b);
}

// Places a key known to be absent in a table without dummies (growth).
void insert_clean(SetEntry* table, size_t mask, Object* key, hash_t hash) {
  size_t perturb = static_cast<size_t>(hash);
  size_t i = perturb & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    if (!entry->key) {
      entry->key = key;
      entry->hash = hash;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (int j = 0; j < kLinearProbes; j++) {
        entry++;
        if (!entry->key) {
          entry->key = key;
          entry->hash = hash;
          return;
        }
      }
    }
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

// The entry holding `key`, or the unused entry that ended the search (its
// key is null); nullptr on error. A key's __eq__ that changes the set makes
// the search start over.
SetEntry* lookkey(SetObject* so, Object* key, hash_t hash) {
restart:
  SetEntry* table = so->table;
  size_t mask = static_cast<size_t>(so->mask);
  size_t perturb = static_cast<size_t>(hash);
  size_t i = perturb & mask;
  for (;;) {
    SetEntry* entry = &table[i];
    int probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    do {
      if (entry->hash == 0 && !entry->key) return entry;
      if (entry->hash == hash) {
        Object* startkey = entry->key;
        if (startkey == key) return entry;
        if (both_str(startkey, key)) {
          if (str_equal(startkey, key)) return entry;
        } else {
          incref(startkey);
          int cmp = object_richcompare_bool(startkey, key, kEq);
          decref(startkey);
          if (cmp < 0) return nullptr;
          if (table != so->table || entry->key != startkey) goto restart;
          if (cmp > 0) return entry;
          mask = static_cast<size_t>(so->mask);
        }
      }
      entry++;
    } while (probes--);
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
}

void empty_to_minsize(SetObject* so) {
  std::memset(static_cast<void*>(so->smalltable), 0, sizeof so->smalltable);
  so->fill = 0;
  so->used = 0;
  so->mask = kSetMinSize - 1;
  so->table = so->smalltable;
  so->hash = -1;
}

// Insert every active entry of `other` into the empty-or-not `so`.
int merge(SetObject* so, SetObject* other) {
  if (so == other || other->used == 0) return 0;
  // One resize up front rather than several while inserting: few keys are
  // expected to overlap.
  if ((so->fill + other->used) * 5 >= so->mask * 3 && table_resize(so, (so->used + other->used) * 2) < 0) return -1;
  SetEntry* src = other->table;
  SetEntry* dst = so->table;
  // An empty table of the same size as a table without dummies: copy the
  // entries where they are.
  if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
    for (ssize i = 0; i <= other->mask; i++) {
      if (Object* key = src[i].key) {
        dst[i].key = newref(key);
        dst[i].hash = src[i].hash;
      }
    }
    so->fill = other->fill;
    so->used = other->used;
    return 0;
  }
  // An empty table: no duplicates possible, no lookups needed.
  if (so->fill == 0) {
    size_t mask = static_cast<size_t>(so->mask);
    so->fill = other->used;
    so->used = other->used;
    for (ssize i = 0; i <= other->mask; i++)
      if (is_active(src[i])) insert_clean(dst, mask, newref(src[i].key), src[i].hash);
    return 0;
  }
  for (ssize i = 0; i <= other->mask; i++) {
    SetEntry* e = &other->table[i];  // re-read: an __eq__ may have changed other
    if (is_active(*e) && add_entry(so, e->key, e->hash) < 0) return -1;
  }
  return 0;
}

}  // namespace

hash_t key_hash(Object* key) {
  if (is_str_exact(key)) {
    hash_t h = static_cast<AsciiStrObject*>(key)->hash;
    return h != -1 ? h : str_hash(key);
  }
  if (is_int_exact(key)) {
    // An int of at most one digit hashes to itself (-1 to -2), as int's
    // hash does; the common case of int keys skips the generic call.
    auto* i = static_cast<IntObject*>(key);
    if (i->ob_size >= -1 && i->ob_size <= 1) {
      hash_t h = i->ob_size * static_cast<hash_t>(i->ob_digit[0]);
      return h == -1 ? -2 : h;
    }
  }
  return object_hash(key);
}

void raise_key_error(Object* key) {
  Object* args = tuple_pack({key});
  if (!args) return;
  Object* e = exception_new(&exc::KeyError, args);
  decref(args);
  if (!e) return;
  raise_object(&exc::KeyError, e);  // chains the handled exception as __context__
  decref(e);
}

int add_entry(SetObject* so, Object* key, hash_t hash) {
  // Held across the comparisons: an __eq__ could drop the caller's reference.
  incref(key);
  SetEntry* entry;
  SetEntry* freeslot;  // a dummy on the way: the key goes there
  size_t mask;
restart:
  mask = static_cast<size_t>(so->mask);
  freeslot = nullptr;
  {
    size_t perturb = static_cast<size_t>(hash);
    size_t i = perturb & mask;
    for (;;) {
      entry = &so->table[i];
      int probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
      do {
        if (entry->hash == 0 && !entry->key) goto found_unused;
        if (entry->hash == hash) {
          Object* startkey = entry->key;
          if (startkey == key) goto found_active;
          if (both_str(startkey, key)) {
            if (str_equal(startkey, key)) goto found_active;
          } else {
            SetEntry* table = so->table;
            incref(startkey);
            int cmp = object_richcompare_bool(startkey, key, kEq);
            decref(startkey);
            if (cmp > 0) goto found_active;
            if (cmp < 0) {
              decref(key);
              return -1;
            }
            if (table != so->table || entry->key != startkey) goto restart;
            mask = static_cast<size_t>(so->mask);
          }
        } else if (entry->hash == -1) {
          freeslot = entry;  // the last one met wins, as in CPython 3.11
        }
        entry++;
      } while (probes--);
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
found_unused:
  if (freeslot) {  // a dummy reused: fill does not change
    so->used++;
    freeslot->key = key;
    freeslot->hash = hash;
    return 0;
  }
  so->fill++;
  so->used++;
  entry->key = key;
  entry->hash = hash;
  if (static_cast<size_t>(so->fill) * 5 < mask * 3) return 0;
  return table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
  decref(key);
  return 0;
}

int add_key(SetObject* so, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  return add_entry(so, key, hash);
}

int contains_entry(SetObject* so, Object* key, hash_t hash) {
  SetEntry* entry = lookkey(so, key, hash);
  if (!entry) return -1;
  return entry->key != nullptr;
}

int contains_key(SetObject* so, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  return contains_entry(so, key, hash);
}

int sq_contains(Object* s, Object* key) {
  int rv = contains_key(as_set(s), key);
  if (rv >= 0 || !is_set(key) || !error_matches(&exc::TypeError)) return rv;
  // A set is looked up as the frozenset of its items.
  clear_error();
  Object* tmp = make_new_set(&FrozenSetType, key);
  if (!tmp) return -1;
  rv = contains_key(as_set(s), tmp);
  decref(tmp);
  return rv;
}

int discard_entry(SetObject* so, Object* key, hash_t hash) {
  SetEntry* entry = lookkey(so, key, hash);
  if (!entry) return -1;
  if (!entry->key) return 0;
  Object* old = entry->key;
  entry->key = &dummy_key;
  entry->hash = -1;
  so->used--;
  decref(old);
  return 1;
}

int discard_key(SetObject* so, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  return discard_entry(so, key, hash);
}

int table_resize(SetObject* so, ssize minused) {
  size_t newsize = kSetMinSize;
  while (newsize <= static_cast<size_t>(minused)) {
    newsize <<= 1;
    if (newsize > kMaxTableSize) {
      raise_no_memory();
      return -1;
    }
  }
  SetEntry* oldtable = so->table;
  size_t oldmask = static_cast<size_t>(so->mask);
  bool old_malloced = oldtable != so->smalltable;
  SetEntry small_copy[kSetMinSize];
  SetEntry* newtable;
  if (newsize == kSetMinSize) {
    newtable = so->smalltable;
    if (newtable == oldtable) {
      if (so->fill == so->used) return 0;  // no dummies to purge
      std::memcpy(static_cast<void*>(small_copy), oldtable, sizeof small_copy);
      oldtable = small_copy;
    }
  } else {
    newtable = static_cast<SetEntry*>(mem_alloc(newsize * sizeof(SetEntry)));
    if (!newtable) {
      raise_no_memory();
      return -1;
    }
  }
  std::memset(static_cast<void*>(newtable), 0, newsize * sizeof(SetEntry));
  so->mask = static_cast<ssize>(newsize - 1);
  so->table = newtable;
  size_t newmask = newsize - 1;
  if (so->fill == so->used) {
    for (size_t i = 0; i <= oldmask; i++)
      if (oldtable[i].key) insert_clean(newtable, newmask, oldtable[i].key, oldtable[i].hash);
  } else {
    so->fill = so->used;
    for (size_t i = 0; i <= oldmask; i++)
      if (is_active(oldtable[i])) insert_clean(newtable, newmask, oldtable[i].key, oldtable[i].hash);
  }
  if (old_malloced) mem_free(oldtable);
  return 0;
}

void clear_internal(SetObject* so) {
  SetEntry* table = so->table;
  bool malloced = table != so->smalltable;
  ssize fill = so->fill;
  SetEntry small_copy[kSetMinSize];
  if (!malloced) {
    if (fill == 0) return;
    std::memcpy(static_cast<void*>(small_copy), table, sizeof small_copy);
    table = small_copy;
  }
  // The set is empty and consistent before any key is released (a key's
  // finalizer may look at it).
  empty_to_minsize(so);
  for (SetEntry* e = table; fill > 0; e++) {
    if (e->key) {
      fill--;
      if (e->key != &dummy_key) decref(e->key);
    }
  }
  if (malloced) mem_free(table);
}

int update_internal(SetObject* so, Object* other) {
  if (is_anyset(other)) return merge(so, as_set(other));
  if (is_dict_exact(other)) {
    ssize dictsize = dict_size(other);
    if ((so->fill + dictsize) * 5 >= so->mask * 3 && table_resize(so, (so->used + dictsize) * 2) < 0) return -1;
    ssize pos = 0;
    Object* key;
    hash_t hash;
    while (dict_next(other, &pos, &key, nullptr, &hash))
      if (add_entry(so, key, hash) < 0) return -1;
    return 0;
  }
  Object* it = object_get_iter(other);
  if (!it) return -1;
  iternextfunc next = type_of(it)->tp_iternext;
  for (;;) {
    Object* key = next(it);
    if (!key) break;
    int r = add_key(so, key);
    decref(key);
    if (r < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  if (error_occurred()) {
    if (!error_matches(&exc::StopIteration)) return -1;
    clear_error();
  }
  return 0;
}

void swap_bodies(SetObject* a, SetObject* b) {
  std::swap(a->fill, b->fill);
  std::swap(a->used, b->used);
  std::swap(a->mask, b->mask);
  SetEntry* ta = a->table == a->smalltable ? b->smalltable : a->table;
  SetEntry* tb = b->table == b->smalltable ? a->smalltable : b->table;
  bool small = a->table == a->smalltable || b->table == b->smalltable;
  a->table = tb;
  b->table = ta;
  if (small) {
    SetEntry tmp[kSetMinSize];
    std::memcpy(static_cast<void*>(tmp), a->smalltable, sizeof tmp);
    std::memcpy(static_cast<void*>(a->smalltable), b->smalltable, sizeof tmp);
    std::memcpy(static_cast<void*>(b->smalltable), tmp, sizeof tmp);
  }
  if (is_subtype(type_of(a), &FrozenSetType) && is_subtype(type_of(b), &FrozenSetType)) {
    std::swap(a->hash, b->hash);
  } else {
    a->hash = -1;
    b->hash = -1;
  }
}

Object* make_new_set(TypeObject* type, Object* iterable) {
  // A subclass instance holds a reference to its class (and is zeroed).
  auto* so = static_cast<SetObject*>(type == &SetType || type == &FrozenSetType
                                         ? object_alloc(type, static_cast<size_t>(type->tp_basicsize))
                                         : object_new_instance(type));
  if (!so) return nullptr;
  empty_to_minsize(so);
  so->finger = 0;
  so->weakreflist = nullptr;
  if (iterable && update_internal(so, iterable) < 0) {
    decref(so);
    return nullptr;
  }
  return so;
}

Object* make_new_set_basetype(TypeObject* type, Object* iterable) {
  if (type != &SetType && type != &FrozenSetType) type = is_subtype(type, &SetType) ? &SetType : &FrozenSetType;
  return make_new_set(type, iterable);
}

Object* set_copy(SetObject* so) {
  return make_new_set_basetype(type_of(so), so);
}

}  // namespace setimpl

using namespace setimpl;

// ---- the public API ------------------------------------------------------------

bool is_set(Object* o) {
  return is_set_exact(o) || is_subtype(type_of(o), &SetType);
}

bool is_anyset(Object* o) {
  return is_anyset_exact(o) || is_subtype(type_of(o), &SetType) || is_subtype(type_of(o), &FrozenSetType);
}

Object* set_new(Object* iterable) {
  return make_new_set(&SetType, iterable);
}

Object* frozenset_new(Object* iterable) {
  if (iterable && is_frozenset_exact(iterable)) return newref(iterable);
  return make_new_set(&FrozenSetType, iterable);
}

int set_add(Object* s, Object* key) {
  return add_key(as_set(s), key);
}

int set_discard(Object* s, Object* key) {
  return discard_key(as_set(s), key);
}

int set_contains(Object* s, Object* key) {
  return contains_key(as_set(s), key);
}

int set_update(Object* s, Object* iterable) {
  return update_internal(as_set(s), iterable);
}

void set_clear(Object* s) {
  clear_internal(as_set(s));
}

Object* set_pop(Object* s) {
  SetObject* so = as_set(s);
  if (so->used == 0) return raise(&exc::KeyError, "pop from an empty set");
  // The search starts where the last pop ended, so that repeated pops do not
  // rescan the emptied start of the table.
  SetEntry* entry = so->table + (so->finger & so->mask);
  SetEntry* limit = so->table + so->mask;
  while (!is_active(*entry)) {
    entry++;
    if (entry > limit) entry = so->table;
  }
  Object* key = entry->key;
  entry->key = &dummy_key;
  entry->hash = -1;
  so->used--;
  so->finger = entry - so->table + 1;
  return key;
}

bool set_next(Object* s, ssize* pos, Object** key, hash_t* hash) {
  SetEntry* e = next_entry(as_set(s), pos);
  if (!e) return false;
  *key = e->key;
  if (hash) *hash = e->hash;
  return true;
}

}  // namespace dx
