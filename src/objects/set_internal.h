// The set table's operations, for set.cpp (the table) and set_methods.cpp
// (the algebra, the methods and the slots). Not part of the public set API.
//
// A table has mask + 1 entries (a power of two, at least 8; the first 8 live
// in the object). An entry is unused (key null, hash 0), a dummy left by a
// deletion (key dummy_key, hash -1) or active. A key is looked for at
// hash & mask, then in the next 9 entries when they fit before the end,
// then the search jumps (i = 5i + 1 + perturb, perturb >>= 5) and probes
// again, until an unused entry; a new key goes to the last dummy met on
// the way, else to that unused entry.
// fill counts active and dummy entries; the table grows when fill reaches
// 60% of the mask, to the smallest power of two above 4 x used (2 x above
// 50000 items). These are CPython 3.11's rules: iteration order depends on them.
#pragma once
#include "objects/set.h"

namespace dx::setimpl {

inline SetObject* as_set(Object* o) {
  return static_cast<SetObject*>(o);
}

// The key of a dummy entry (never seen outside the table).
extern Object dummy_key;
inline bool is_active(const SetEntry& e) {
  return e.key != nullptr && e.key != &dummy_key;
}

// hash(key), with the cached hash of an exact str.
hash_t key_hash(Object* key);

// A new empty set of `type` (set, frozenset or a subclass), filled from
// `iterable` if it is not null.
Object* make_new_set(TypeObject* type, Object* iterable);
// The same, with a subclass replaced by its base: the results of the
// operations are plain sets or frozensets.
Object* make_new_set_basetype(TypeObject* type, Object* iterable);
// A new set of so's base type with so's items.
Object* set_copy(SetObject* so);

// Adds key (the table takes its own reference): 0 or -1.
int add_entry(SetObject* so, Object* key, hash_t hash);
int add_key(SetObject* so, Object* key);
// 1 present, 0 absent, -1 error.
int contains_entry(SetObject* so, Object* key, hash_t hash);
int contains_key(SetObject* so, Object* key);
// `key in s` (sq_contains): a set key that is unhashable is looked up as the
// frozenset of its items (`{1} in {frozenset({1})}`).
int sq_contains(Object* s, Object* key);
// 1 removed, 0 absent, -1 error.
int discard_entry(SetObject* so, Object* key, hash_t hash);
int discard_key(SetObject* so, Object* key);

// Rebuilds the table for at least `minused` items (dropping dummies): 0 or -1.
int table_resize(SetObject* so, ssize minused);
// Empties the set (releasing the keys last) and returns it to the small table.
void clear_internal(SetObject* so);
// so |= other for any iterable other: 0 or -1.
int update_internal(SetObject* so, Object* other);
// Exchanges the tables (and the frozenset hashes) of a and b.
void swap_bodies(SetObject* a, SetObject* b);

// The next active entry at or after *pos (advancing it), or null at the end.
inline SetEntry* next_entry(SetObject* so, ssize* pos) {
  ssize i = *pos, mask = so->mask;
  SetEntry* table = so->table;
  while (i <= mask && !is_active(table[i]))
    i++;
  *pos = i + 1;
  return i <= mask ? &table[i] : nullptr;
}

// KeyError(key), the key as the only argument even if it is an exception.
void raise_key_error(Object* key);

}  // namespace dx::setimpl
