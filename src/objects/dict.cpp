// The dict type's core: the compact ordered table (dict_internal.h), lookup,
// insertion, deletion, resizing, iteration, copy and merge. The Python-level
// methods, views and repr go in dict_methods.cpp beside it.
#include "objects/dict.h"
#include "objects/type_slots.h"

#include <atomic>
#include <bit>
#include <cstring>

#include "objects/dict_internal.h"
#include "objects/str.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "gc/gc.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"

namespace dx {

TypeObject DictType;

namespace {

// The table of every empty dict: eight empty slots and no room, so the first
// insertion allocates a real table. Shared by all dicts and interpreters,
// hence const: it is never written (a write would fault).
struct EmptyKeys {
  DictKeys keys;
  int8_t indices[1 << kDictLog2MinSize];
};
const EmptyKeys kEmptyKeys = {{kDictLog2MinSize, 0, DictKind::kStrKeys, 0, 0, 0}, {-1, -1, -1, -1, -1, -1, -1, -1}};
static_assert(offsetof(EmptyKeys, indices) == sizeof(DictKeys));

inline DictKeys* empty_keys() { return const_cast<DictKeys*>(&kEmptyKeys.keys); }

// Tables beyond this are refused with MemoryError before any size overflows.
constexpr int kDictLog2MaxSize = 50;

// Dicts made at start-up (the static types' dicts), before any
// interpreter exists, take tags from a process-wide range of their own.
std::atomic<uint64_t> startup_versions{uint64_t(1) << 62};
inline uint64_t next_version() {
  ThreadState* ts = current_thread();
  if (__builtin_expect(ts != nullptr, 1)) return ++ts->interp->dict_version;
  return ++startup_versions;
}

inline hash_t key_hash(Object* key) {
  if (is_str_exact(key)) {
    hash_t h = static_cast<AsciiStrObject*>(key)->hash;
    return h != -1 ? h : str_hash(key);
  }
  return object_hash(key);
}

// Equality of two exact strs whose hashes are known to be equal. Out of
// line: it keeps the probe loops small, and interned keys rarely need it.
[[gnu::noinline]] bool str_same_contents(Object* a, Object* b) {
  ssize n = str_length(a);
  return n == str_length(b) && str_kind(a) == str_kind(b) &&
         std::memcmp(str_data(a), str_data(b), static_cast<size_t>(n) * str_kind(a)) == 0;
}


int log2_index_bytes_for(int log2_size) { return log2_size < 8 ? 0 : log2_size < 16 ? 1 : log2_size < 32 ? 2 : 3; }

// The smallest table (a power of two, at least 8) of at least `minsize` slots.
int log2_size_for(size_t minsize) {
  if (minsize <= (size_t{1} << kDictLog2MinSize)) return kDictLog2MinSize;
  if (minsize > (size_t{1} << kDictLog2MaxSize)) return kDictLog2MaxSize + 1;
  return std::bit_width(minsize - 1);
}

// The smallest table that holds `n` entries without resizing.
int log2_size_for_items(ssize n) {
  int log2 = log2_size_for(static_cast<size_t>(n) + (static_cast<size_t>(n) + 1) / 2);
  while (log2 <= kDictLog2MaxSize && usable_fraction(size_t{1} << log2) < n) log2++;
  return log2;
}

size_t keys_bytes(int log2_size) {
  size_t size = size_t{1} << log2_size;
  return sizeof(DictKeys) + (size << log2_index_bytes_for(log2_size)) +
         static_cast<size_t>(usable_fraction(size)) * sizeof(DictEntry);
}

// A table with every slot empty and no entries; MemoryError on failure.
DictKeys* keys_new(int log2_size, DictKind kind) {
  if (log2_size > kDictLog2MaxSize) return raise_no_memory();
  auto* k = static_cast<DictKeys*>(mem_alloc(keys_bytes(log2_size)));
  if (!k) return raise_no_memory();
  k->log2_size = static_cast<uint8_t>(log2_size);
  k->log2_index_bytes = static_cast<uint8_t>(log2_index_bytes_for(log2_size));
  k->kind = kind;
  k->usable = usable_fraction(k->size());
  k->nentries = 0;
  k->tag = next_version();
  std::memset(k->indices(), 0xff, k->size() << k->log2_index_bytes);  // all kIxEmpty
  return k;
}

void keys_free(DictKeys* k) {
  if (k != empty_keys()) mem_free(k);
}

// Drops the references of a table no dict uses any more, then frees it.
// Runs after the dict is consistent, since a dealloc may run Python code.
void keys_release(DictKeys* k) {
  DictEntry* ep = k->entries();
  for (ssize i = 0, n = k->nentries; i < n; i++) {
    if (ep[i].key) {
      decref(ep[i].key);
      decref(ep[i].value);
    }
  }
  keys_free(k);
}

// ---- probing ------------------------------------------------------------------
// Each probe loop is instantiated per index width, chosen once per lookup.

#define DX_DISPATCH_INDEX_WIDTH(k, call)     \
  switch ((k)->log2_index_bytes) {           \
    case 0: { using Ix = int8_t; call; }     \
    case 1: { using Ix = int16_t; call; }    \
    case 2: { using Ix = int32_t; call; }    \
    default: { using Ix = int64_t; call; }   \
  }

constexpr size_t kNoSlot = ~size_t{0};

// The str-keys lookup of an exact str: pointer, then hash, then contents.
// Runs no Python code. Returns the entry number, with *slot its index slot,
// or kIxEmpty, with *slot where the key would go: the first dummy slot met
// (reusing it keeps probe sequences short), else the empty slot that ended
// the search.
template <typename Ix>
inline ssize probe_str(DictKeys* k, Object* key, hash_t hash, size_t* slot) {
  const Ix* ix = reinterpret_cast<const Ix*>(k->indices());
  DictEntry* ep0 = k->entries();
  size_t mask = k->mask();
  size_t perturb = static_cast<size_t>(hash);
  size_t i = perturb & mask;
  size_t dummy = kNoSlot;
  for (;;) {
    ssize e = ix[i];
    if (e >= 0) {
      DictEntry* ep = ep0 + e;
      if (ep->key == key || (ep->hash == hash && str_same_contents(ep->key, key))) {
        *slot = i;
        return e;
      }
    } else if (e == kIxEmpty) {
      *slot = dummy != kNoSlot ? dummy : i;
      return kIxEmpty;
    } else if (dummy == kNoSlot) {
      dummy = i;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

// Equality of two exact ints with equal hashes.
inline bool int_same_value(Object* a, Object* b) {
  auto* x = static_cast<IntObject*>(a);
  auto* y = static_cast<IntObject*>(b);
  if (x->ob_size != y->ob_size) return false;
  ssize n = x->ob_size < 0 ? -x->ob_size : x->ob_size;
  for (ssize i = 0; i < n; i++)
    if (x->ob_digit[i] != y->ob_digit[i]) return false;
  return true;
}

constexpr ssize kIxRestart = -4;  // the table changed under an __eq__: start again

// The general lookup, with probe_str's results. A key's __eq__ may mutate
// the dict: after each call the table must still be the same one (same
// tag) with the same key in the entry, else the search starts over on the
// current table.
template <typename Ix>
ssize probe_general(DictObject* mp, DictKeys* k, Object* key, hash_t hash, size_t* slot) {
  const Ix* ix = reinterpret_cast<const Ix*>(k->indices());
  DictEntry* ep0 = k->entries();
  const uint64_t tag = k->tag;
  size_t mask = k->mask();
  size_t perturb = static_cast<size_t>(hash);
  size_t i = perturb & mask;
  size_t dummy = kNoSlot;
  for (;;) {
    ssize e = ix[i];
    if (e >= 0) {
      DictEntry* ep = ep0 + e;
      Object* start = ep->key;
      if (start == key) {
        *slot = i;
        return e;
      }
      if (ep->hash == hash) {
        int eq;
        if (is_str_exact(start) && is_str_exact(key)) {
          eq = str_same_contents(start, key);
        } else if (is_int_exact(start) && is_int_exact(key)) {
          eq = int_same_value(start, key);  // no Python code: the table cannot change
        } else {
          incref(start);
          eq = object_richcompare_bool(start, key, kEq);
          decref(start);
          if (eq < 0) return kIxError;
          // Order matters: k may be freed unless it is still mp's table.
          if (mp->ma_keys != k || k->tag != tag || ep->key != start) return kIxRestart;
          dummy = kNoSlot;  // that code may have filled it
        }
        if (eq) {
          *slot = i;
          return e;
        }
      }
    } else if (e == kIxEmpty) {
      *slot = dummy != kNoSlot ? dummy : i;
      return kIxEmpty;
    } else if (dummy == kNoSlot) {
      dummy = i;
    }
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

[[gnu::noinline]] ssize lookup_general(DictObject* mp, Object* key, hash_t hash, size_t* slot) {
  for (;;) {
    DictKeys* k = mp->ma_keys;
    ssize r;
    DX_DISPATCH_INDEX_WIDTH(k, r = probe_general<Ix>(mp, k, key, hash, slot); break)
    if (r != kIxRestart) return r;
  }
}

// The entry number of `key` in mp's current table, kIxEmpty (with *slot the
// free slot where it would go), or kIxError. May run Python code. The
// str-keys case is inline in every caller; the rest is out of line.
inline ssize lookup(DictObject* mp, Object* key, hash_t hash, size_t* slot) {
  DictKeys* k = mp->ma_keys;
  if (k->kind == DictKind::kStrKeys && is_str_exact(key)) {
    DX_DISPATCH_INDEX_WIDTH(k, return probe_str<Ix>(k, key, hash, slot))
  }
  return lookup_general(mp, key, hash, slot);
}

// The first slot, empty or dummy, in the probe sequence of `hash`.
template <typename Ix>
size_t probe_free_slot(DictKeys* k, hash_t hash) {
  const Ix* ix = reinterpret_cast<const Ix*>(k->indices());
  size_t mask = k->mask();
  size_t perturb = static_cast<size_t>(hash);
  size_t i = perturb & mask;
  while (ix[i] >= 0) {
    perturb >>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

size_t find_free_slot(DictKeys* k, hash_t hash) { DX_DISPATCH_INDEX_WIDTH(k, return probe_free_slot<Ix>(k, hash)) }

// Fills the index of a fresh table (no dummies) for its first n entries.
template <typename Ix>
void build_index_of(DictKeys* k, ssize n) {
  Ix* ix = reinterpret_cast<Ix*>(k->indices());
  DictEntry* ep = k->entries();
  size_t mask = k->mask();
  for (ssize e = 0; e < n; e++) {
    size_t perturb = static_cast<size_t>(ep[e].hash);
    size_t i = perturb & mask;
    while (ix[i] != kIxEmpty) {
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    ix[i] = static_cast<Ix>(e);
  }
}

void build_index(DictKeys* k, ssize n) { DX_DISPATCH_INDEX_WIDTH(k, build_index_of<Ix>(k, n); break) }

// Copies the live entries of `from` into the fresh table `to` (moving or
// sharing their references: the caller decides) and indexes them.
void copy_entries(DictKeys* to, DictKeys* from, ssize used) {
  DictEntry* src = from->entries();
  DictEntry* dst = to->entries();
  if (from->nentries == used) {
    std::memcpy(static_cast<void*>(dst), src, static_cast<size_t>(used) * sizeof(DictEntry));
  } else {
    for (ssize i = 0, n = from->nentries; i < n; i++)
      if (src[i].key) *dst++ = src[i];
  }
  build_index(to, used);
  to->usable -= used;
  to->nentries = used;
}

// Moves mp's items into a new table of 1 << log2_size slots, compacting the
// entries. Contents and version do not change.
int resize(DictObject* mp, int log2_size) {
  DictKeys* old = mp->ma_keys;
  DictKeys* k = keys_new(log2_size, old->kind);
  if (!k) return -1;
  copy_entries(k, old, mp->ma_used);
  mp->ma_keys = k;
  keys_free(old);
  return 0;
}

// Growth when the table is full: three times the items, which doubles a
// table without deletions and shrinks one emptied by them.
int insertion_resize(DictObject* mp) {
  return resize(mp, log2_size_for(static_cast<size_t>(mp->ma_used) * 3));
}

// Appends a new item (stealing both references) whose key is known to be
// absent; `slot` is the free slot the lookup ended on in the current table.
int insert_new(DictObject* mp, size_t slot, hash_t hash, Object* key, Object* value) {
  DictKeys* k = mp->ma_keys;
  if (k->usable <= 0) {
    if (insertion_resize(mp) < 0) {
      decref(key);
      decref(value);
      return -1;
    }
    k = mp->ma_keys;
    slot = find_free_slot(k, hash);
  }
  if (k->kind == DictKind::kStrKeys && !is_str_exact(key)) k->kind = DictKind::kGeneral;
  ssize n = k->nentries;
  k->entries()[n] = DictEntry{hash, key, value};
  k->set_index(slot, n);
  k->nentries = n + 1;
  k->usable--;
  mp->ma_used++;
  mp->ma_version_tag = next_version();
  return 0;
}

// The first item of a dict on the shared empty table (stealing both
// references): a minimum-size table made for it, no lookup needed.
int insert_into_empty(DictObject* mp, hash_t hash, Object* key, Object* value) {
  DictKeys* k = keys_new(kDictLog2MinSize, is_str_exact(key) ? DictKind::kStrKeys : DictKind::kGeneral);
  if (!k) {
    decref(key);
    decref(value);
    return -1;
  }
  k->entries()[0] = DictEntry{hash, key, value};
  k->set_index(static_cast<size_t>(hash) & k->mask(), 0);
  k->nentries = 1;
  k->usable--;
  mp->ma_keys = k;
  mp->ma_used = 1;
  mp->ma_version_tag = next_version();
  return 0;
}

// d[key] = value, stealing both references.
int insert(DictObject* mp, Object* key, hash_t hash, Object* value) {
  if (mp->ma_keys == empty_keys()) return insert_into_empty(mp, hash, key, value);
  size_t slot;
  ssize e = lookup(mp, key, hash, &slot);
  if (e == kIxEmpty) return insert_new(mp, slot, hash, key, value);
  if (e == kIxError) {
    decref(key);
    decref(value);
    return -1;
  }
  DictEntry* ep = mp->ma_keys->entries() + e;
  Object* old = ep->value;
  ep->value = value;
  if (old != value) mp->ma_version_tag = next_version();
  decref(key);
  decref(old);  // last: may run Python code
  return 0;
}

// Unlinks entry `e` found at `slot`; its key and value references go to the
// caller.
void remove_entry(DictObject* mp, size_t slot, ssize e, Object** key, Object** value) {
  DictKeys* k = mp->ma_keys;
  DictEntry* ep = k->entries() + e;
  k->set_index(slot, kIxDummy);
  *key = ep->key;
  *value = ep->value;
  ep->key = nullptr;
  ep->value = nullptr;
  mp->ma_used--;
  mp->ma_version_tag = next_version();
}

// A copy of mp's table holding new references to its items: a clone of the
// block when it is dense enough (holes and dummies included), else compacted.
DictKeys* keys_copy(DictObject* mp) {
  DictKeys* from = mp->ma_keys;
  ssize used = mp->ma_used;
  DictKeys* k;
  if (used >= from->nentries * 2 / 3) {
    k = static_cast<DictKeys*>(mem_alloc(keys_bytes(from->log2_size)));
    if (!k) return raise_no_memory();
    // The header and the index as they are; the entries in use in the same
    // pass as their increments.
    std::memcpy(static_cast<void*>(k), from, static_cast<size_t>(from->indices() - reinterpret_cast<char*>(from)) +
                                                 (from->size() << from->log2_index_bytes));
    k->tag = next_version();
    DictEntry* src = from->entries();
    DictEntry* dst = k->entries();
    for (ssize i = 0, n = from->nentries; i < n; i++) {
      dst[i] = src[i];
      if (src[i].key) {
        incref(src[i].key);
        incref(src[i].value);
      }
    }
    return k;
  }
  k = keys_new(log2_size_for_items(used), from->kind);
  if (!k) return nullptr;
  copy_entries(k, from, used);
  DictEntry* ep = k->entries();
  for (ssize i = 0; i < used; i++) {
    incref(ep[i].key);
    incref(ep[i].value);
  }
  return k;
}

inline Object* get_known_hash(DictObject* mp, Object* key, hash_t hash, bool* error) {
  size_t slot;
  ssize e = lookup(mp, key, hash, &slot);
  if (e >= 0) return mp->ma_keys->entries()[e].value;
  *error = e == kIxError;
  return nullptr;
}

}  // namespace

// CPython's KeyError carries the key as its only argument even when the key
// is itself an exception (raise_object would raise that instance instead).
void raise_missing_key(Object* key) {
  Object* args = tuple_pack({key});
  if (!args) return;
  Object* e = exception_new(&exc::KeyError, args);
  decref(args);
  if (!e) return;
  raise_object(&exc::KeyError, e);  // chains the handled exception as __context__
  decref(e);
}

// ---- the API ------------------------------------------------------------------------

Object* dict_new() {
  auto* mp = alloc_object<DictObject>(&DictType);
  if (!mp) return nullptr;
  mp->ma_used = 0;
  mp->ma_version_tag = next_version();
  mp->ma_keys = empty_keys();
  mp->ma_values = nullptr;
  return mp;
}

Object* dict_new_instance(TypeObject* t) {
  if (t == &DictType) return dict_new();
  Object* o = object_new_instance(t);
  if (!o) return nullptr;
  DictObject* mp = as_dict(o);
  mp->ma_version_tag = next_version();
  mp->ma_keys = empty_keys();
  return o;
}

Object* dict_new_presized(ssize n) {
  Object* d = dict_new();
  if (!d || n <= 0) return d;
  DictKeys* k = keys_new(log2_size_for_items(n), DictKind::kStrKeys);
  if (!k) {
    decref(d);
    return nullptr;
  }
  as_dict(d)->ma_keys = k;
  return d;
}

Object* dict_get_item(Object* d, Object* key, bool* error) {
  hash_t hash = key_hash(key);
  if (hash == -1) {
    *error = true;
    return nullptr;
  }
  return get_known_hash(as_dict(d), key, hash, error);
}

Object* dict_get_item_str(Object* d, Object* key, bool* error) {
  if (!is_str_exact(key)) return dict_get_item(d, key, error);
  hash_t hash = static_cast<AsciiStrObject*>(key)->hash;
  if (hash == -1) hash = str_hash(key);
  return get_known_hash(as_dict(d), key, hash, error);
}

Object* dict_get_item_known_hash(Object* d, Object* key, hash_t hash, bool* error) {
  return get_known_hash(as_dict(d), key, hash, error);
}

int dict_contains(Object* d, Object* key) {
  bool error = false;
  if (dict_get_item(d, key, &error)) return 1;
  return error ? -1 : 0;
}

int dict_set_item(Object* d, Object* key, Object* value) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  return insert(as_dict(d), newref(key), hash, newref(value));
}

int dict_set_item_known_hash(Object* d, Object* key, hash_t hash, Object* value) {
  return insert(as_dict(d), newref(key), hash, newref(value));
}

int dict_del_item(Object* d, Object* key) {
  hash_t hash = key_hash(key);
  if (hash == -1) return -1;
  DictObject* mp = as_dict(d);
  size_t slot;
  ssize e = lookup(mp, key, hash, &slot);
  if (e == kIxError) return -1;
  if (e == kIxEmpty) {
    raise_missing_key(key);
    return -1;
  }
  Object *old_key, *old_value;
  remove_entry(mp, slot, e, &old_key, &old_value);
  decref(old_key);
  decref(old_value);
  return 0;
}

Object* dict_pop(Object* d, Object* key, Object* deflt) {
  DictObject* mp = as_dict(d);
  // As in CPython, popping from an empty dict does not hash the key.
  if (mp->ma_used == 0) {
    if (deflt) return newref(deflt);
    raise_missing_key(key);
    return nullptr;
  }
  hash_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  size_t slot;
  ssize e = lookup(mp, key, hash, &slot);
  if (e == kIxError) return nullptr;
  if (e == kIxEmpty) {
    if (deflt) return newref(deflt);
    raise_missing_key(key);
    return nullptr;
  }
  Object *old_key, *old_value;
  remove_entry(mp, slot, e, &old_key, &old_value);
  decref(old_key);
  return old_value;
}

Object* dict_setdefault(Object* d, Object* key, Object* deflt) {
  hash_t hash = key_hash(key);
  if (hash == -1) return nullptr;
  DictObject* mp = as_dict(d);
  if (mp->ma_keys == empty_keys()) return insert_into_empty(mp, hash, newref(key), newref(deflt)) < 0 ? nullptr : deflt;
  size_t slot;
  ssize e = lookup(mp, key, hash, &slot);
  if (e == kIxError) return nullptr;
  if (e >= 0) return mp->ma_keys->entries()[e].value;
  if (insert_new(mp, slot, hash, newref(key), newref(deflt)) < 0) return nullptr;
  return deflt;
}

Object* dict_popitem(Object* d) {
  DictObject* mp = as_dict(d);
  if (mp->ma_used == 0) {
    raise(&exc::KeyError, "popitem(): dictionary is empty");
    return nullptr;
  }
  Object* pair = tuple_new(2);
  if (!pair) return nullptr;
  // The last item (LIFO); the freed entry is given back to the table, so
  // popitem/insert loops do not grow it.
  DictKeys* k = mp->ma_keys;
  DictEntry* ep0 = k->entries();
  ssize i = k->nentries - 1;
  while (!ep0[i].key) i--;
  DictEntry* ep = ep0 + i;
  size_t mask = k->mask();
  size_t perturb = static_cast<size_t>(ep->hash);
  size_t slot = perturb & mask;
  while (k->index_at(slot) != i) {
    perturb >>= 5;
    slot = (slot * 5 + perturb + 1) & mask;
  }
  k->set_index(slot, kIxDummy);
  tuple_item(pair, 0) = ep->key;
  tuple_item(pair, 1) = ep->value;
  ep->key = nullptr;
  ep->value = nullptr;
  k->nentries = i;
  mp->ma_used--;
  mp->ma_version_tag = next_version();
  return pair;
}

ssize dict_sizeof(Object* d) {
  DictKeys* k = as_dict(d)->ma_keys;
  ssize size = sizeof(DictObject);
  if (k != empty_keys()) size += static_cast<ssize>(keys_bytes(k->log2_size));
  return size;
}

bool dict_next(Object* d, ssize* pos, Object** key, Object** value, hash_t* hash) {
  DictKeys* k = as_dict(d)->ma_keys;
  ssize i = *pos, n = k->nentries;
  DictEntry* ep = k->entries();
  while (i < n && !ep[i].key) i++;
  if (i >= n) return false;
  *pos = i + 1;
  if (key) *key = ep[i].key;
  if (value) *value = ep[i].value;
  if (hash) *hash = ep[i].hash;
  return true;
}

void dict_clear(Object* d) {
  DictObject* mp = as_dict(d);
  DictKeys* old = mp->ma_keys;
  if (old == empty_keys()) return;
  mp->ma_keys = empty_keys();
  mp->ma_used = 0;
  mp->ma_version_tag = next_version();
  keys_release(old);
}

Object* dict_copy(Object* d) {
  DictObject* from = as_dict(d);
  Object* copy = dict_new();
  if (!copy || from->ma_used == 0) return copy;
  DictKeys* k = keys_copy(from);
  if (!k) {
    decref(copy);
    return nullptr;
  }
  as_dict(copy)->ma_keys = k;
  as_dict(copy)->ma_used = from->ma_used;
  return copy;
}

int dict_merge(Object* a, Object* b, DictMerge policy) {
  DictObject* mp = as_dict(a);
  DictObject* other = as_dict(b);
  if (mp == other || other->ma_used == 0) return 0;
  if (mp->ma_used == 0) {
    // Nothing to keep or clash with: take a copy of b's table.
    DictKeys* k = keys_copy(other);
    if (!k) return -1;
    DictKeys* old = mp->ma_keys;
    mp->ma_keys = k;
    mp->ma_used = other->ma_used;
    mp->ma_version_tag = next_version();
    keys_free(old);  // holds no items: ma_used was 0
    return 0;
  }
  // One resize up front rather than several while inserting.
  if (mp->ma_keys->usable < other->ma_used &&
      resize(mp, log2_size_for_items(mp->ma_used + other->ma_used)) < 0)
    return -1;
  ssize n = other->ma_keys->nentries;
  ssize used = other->ma_used;
  for (ssize i = 0; i < n; i++) {
    DictEntry* ep = other->ma_keys->entries() + i;
    if (!ep->key) continue;
    Object* key = newref(ep->key);
    Object* value = newref(ep->value);
    hash_t hash = ep->hash;
    int status;
    if (policy == DictMerge::kOverride) {
      status = insert(mp, key, hash, value);
    } else {
      size_t slot = 0;
      ssize e = mp->ma_keys == empty_keys() ? kIxEmpty : lookup(mp, key, hash, &slot);
      if (e == kIxEmpty) {
        status = insert_new(mp, slot, hash, key, value);
      } else {
        if (e >= 0 && policy == DictMerge::kErrorOnDuplicate) raise_missing_key(key);
        status = e == kIxError || policy == DictMerge::kErrorOnDuplicate ? -1 : 0;
        decref(key);
        decref(value);
      }
    }
    if (status < 0) return -1;
    if (other->ma_keys->nentries != n || other->ma_used != used) {
      raise(&exc::RuntimeError, "dict mutated during update");
      return -1;
    }
  }
  return 0;
}

#undef DX_DISPATCH_INDEX_WIDTH

// ---- the type -------------------------------------------------------------------------

static void dict_dealloc(Object* o) {
  gc_untrack(o);
  // In the trashcan unless a subclass's subtype_dealloc (which has its own) called it.
  bool trash = type_of(o)->tp_dealloc == dict_dealloc;
  if (trash && trash_defer(o)) return;
  DictKeys* k = as_dict(o)->ma_keys;
  object_free(o);
  keys_release(k);
  if (trash) trash_done();
}

// Each value, then its key unless it is an exact str (never in a cycle):
// CPython's order, which gc.get_referents shows.
static int dict_traverse(Object* o, visitproc visit, void* arg) {
  DictKeys* k = as_dict(o)->ma_keys;
  DictEntry* ep = k->entries();
  for (ssize i = 0, n = k->nentries; i < n; i++) {
    if (!ep[i].key) continue;
    if (int r = visit(ep[i].value, arg)) return r;
    if (!is_str_exact(ep[i].key))
      if (int r = visit(ep[i].key, arg)) return r;
  }
  return 0;
}

static int dict_tp_clear(Object* o) {
  dict_clear(o);
  return 0;
}

// {key: value, ...}, "{...}" for a dict inside its own repr.
static Object* dict_repr(Object* d) {
  if (dict_size(d) == 0) return str_from_ascii("{}");
  int entered = repr_enter(d);
  if (entered != 0) return entered > 0 ? str_from_ascii("{...}") : nullptr;
  std::string out = "{";
  ssize pos = 0;
  Object *key, *value;
  bool first = true;
  Object* result = nullptr;
  while (dict_next(d, &pos, &key, &value)) {
    if (!first) out += ", ";
    first = false;
    // The item may go away while its key's repr runs Python code.
    incref(key);
    incref(value);
    Object* kr = object_repr(key);
    Object* vr = kr ? object_repr(value) : nullptr;
    decref(key);
    decref(value);
    if (!kr || !vr) {
      xdecref(kr);
      xdecref(vr);
      repr_leave(d);
      return nullptr;
    }
    out += str_utf8(kr);
    out += ": ";
    out += str_utf8(vr);
    decref(kr);
    decref(vr);
  }
  out += "}";
  result = str_from_utf8(out);
  repr_leave(d);
  return result;
}

static ssize dict_length(Object* d) { return dict_size(d); }

// d[key]; a subclass's __missing__ answers for a missing key.
Object* dict_subscript(Object* d, Object* key) {
  bool error = false;
  Object* v = dict_get_item(d, key, &error);
  if (v) return newref(v);
  if (error) return nullptr;
  if (!is_dict_exact(d)) {
    bool found;
    Object* r = call_special(d, names::dunder_missing, &key, 1, &found);
    if (found || error_occurred()) return r;
  }
  raise_missing_key(key);
  return nullptr;
}

static int dict_ass_subscript(Object* d, Object* key, Object* value) {
  return value ? dict_set_item(d, key, value) : dict_del_item(d, key);
}

int dict_sq_contains(Object* d, Object* key) { return dict_contains(d, key); }

// a == b: the same keys, each with equal values (the values compared
// while holding references, as __eq__ may change either dict).
static int dict_equal(Object* a, Object* b) {
  if (dict_size(a) != dict_size(b)) return 0;
  ssize pos = 0;
  Object *key, *value;
  hash_t hash;
  while (dict_next(a, &pos, &key, &value, &hash)) {
    incref(key);
    incref(value);
    bool error = false;
    Object* other = dict_get_item_known_hash(b, key, hash, &error);
    int r = error ? -1 : 0;
    if (other) {
      incref(other);
      r = object_eq(value, other);
      decref(other);
    }
    decref(key);
    decref(value);
    if (r <= 0) return r;
  }
  return 1;
}

static Object* dict_richcompare(Object* a, Object* b, int op) {
  if (!is_dict(a) || !is_dict(b) || (op != kEq && op != kNe)) return newref(not_implemented());
  int eq = dict_equal(a, b);
  if (eq < 0) return nullptr;
  return newref(bool_object((eq == 1) == (op == kEq)));
}

static MappingMethods dict_as_mapping;
static SequenceMethods dict_as_sequence;

void init_dict_type() {
  TypeObject& t = DictType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "dict";
  t.tp_basicsize = sizeof(DictObject);
  t.tp_dealloc = dict_dealloc;
  t.tp_repr = dict_repr;
  t.tp_richcompare = dict_richcompare;
  t.tp_hash = hash_not_implemented;
  dict_as_mapping.mp_length = dict_length;
  dict_as_mapping.mp_subscript = dict_subscript;
  dict_as_mapping.mp_ass_subscript = dict_ass_subscript;
  dict_as_sequence.sq_contains = dict_sq_contains;
  t.tp_as_sequence = &dict_as_sequence;
  t.tp_as_mapping = &dict_as_mapping;
  t.tp_traverse = dict_traverse;
  t.tp_clear = dict_tp_clear;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType | kTpDictSubclass | kTpMatchSelf | kTpMapping;
  init_dict_methods();
  init_dict_views();
}

}  // namespace dx
