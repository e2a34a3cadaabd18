// The set and frozenset types (PySetObject layout, DESIGN D2): an open
// addressing table of (key, hash) entries probed in short linear runs, then
// by perturbation, with the first 8 entries inside the object (smalltable).
// The table follows CPython 3.11's rules step for step (placement, growth at
// 60% fill, x4 growth, dummies for deletions, the pop finger) so that sets
// iterate and print in the same order as CPython's.
//
// Every function follows D5: nullptr / -1 means an exception is set. The
// ones that hash or compare keys may run Python code.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject SetType, FrozenSetType, SetIterType;

inline bool is_set_exact(const Object* o) {
  return type_of(o) == &SetType;
}
inline bool is_frozenset_exact(const Object* o) {
  return type_of(o) == &FrozenSetType;
}
// set or a subclass of it (PySet_Check).
bool is_set(Object* o);
// set, frozenset or a subclass of either (PyAnySet_Check).
bool is_anyset(Object* o);
inline bool is_anyset_exact(const Object* o) {
  return is_set_exact(o) || is_frozenset_exact(o);
}

inline ssize set_size(const Object* s) {
  return static_cast<const SetObject*>(s)->used;
}

// set(iterable) and frozenset(iterable); iterable may be null (empty).
Object* set_new(Object* iterable);
Object* frozenset_new(Object* iterable);

// s.add(key): 0 or -1.
int set_add(Object* s, Object* key);
// Removes key if present: 1 removed, 0 absent, -1 error. No frozenset
// retry for set keys (that is the discard/remove methods' job).
int set_discard(Object* s, Object* key);
// key in s: 1, 0 or -1. No frozenset retry either (see set_sq_contains).
int set_contains(Object* s, Object* key);
// s |= iterable (set.update with one argument): 0 or -1.
int set_update(Object* s, Object* iterable);
// s.pop(): the removed key (a new reference); KeyError when empty.
Object* set_pop(Object* s);
// s.clear().
void set_clear(Object* s);

// Iteration in table order: start with *pos = 0; each call stores the next
// key (borrowed) and its hash, or returns false at the end.
bool set_next(Object* s, ssize* pos, Object** key, hash_t* hash = nullptr);

void init_set_types();

}  // namespace dx
