// The dict's table, for dict.cpp and the code beside it (methods, views,
// iterators, interpreter caches). Not part of the public dict API.
//
// A DictKeys block holds, after its header:
//   - the index array: 1 << log2_size slots of int8/16/32/64 (the narrowest
//     that can number the entries); a slot holds an entry number, kIxEmpty
//     or kIxDummy. Keys are placed by open addressing with perturbed probing
//     (i = 5*i + perturb + 1, perturb >>= 5 each step, starting at the hash);
//   - the entries array: usable_fraction(size) entries, appended in
//     insertion order. Deleting leaves a dummy slot and a hole (null key and
//     value). An insertion whose probe passes a dummy slot reuses it; the
//     holes (and dummies) go at the next resize, which compacts the entries.
// Invariants: the index is at most two thirds full (counting dummies), so
// every probe sequence reaches an empty slot; in a kStrKeys table every key
// is an exact str.
#pragma once
#include <cstddef>
#include <cstdint>

#include "objects/dict.h"

namespace dx {

struct DictEntry {
  hash_t hash;
  Object* key;    // null: deleted
  Object* value;  // null: deleted
};

enum class DictKind : uint8_t {
  kStrKeys,  // all keys are exact str: a str lookup compares without Python code
  kGeneral,  // switched to on the first other key; never back (until a clear)
};

// Index slot values besides an entry number.
constexpr ssize kIxEmpty = -1;  // ends a probe sequence
constexpr ssize kIxDummy = -2;  // a deleted entry's slot: probing goes on
// Results of an internal lookup besides an entry number or kIxEmpty.
constexpr ssize kIxError = -3;

constexpr int kDictLog2MinSize = 3;  // tables have at least 8 slots

// Entries a table of `size` slots can hold before it must grow.
constexpr ssize usable_fraction(size_t size) { return static_cast<ssize>((size << 1) / 3); }

struct DictKeys {
  uint8_t log2_size;
  uint8_t log2_index_bytes;  // 0..3: int8, int16, int32, int64 slots
  DictKind kind;
  ssize usable;    // entries that can still be appended before a resize
  ssize nentries;  // entries appended so far, deleted ones included
  uint64_t tag;    // unique per table: a lookup that ran Python code sees
                   // whether its table was replaced, even at the same address

  size_t size() const { return size_t{1} << log2_size; }
  size_t mask() const { return size() - 1; }
  char* indices() { return reinterpret_cast<char*>(this + 1); }
  DictEntry* entries() { return reinterpret_cast<DictEntry*>(indices() + (size() << log2_index_bytes)); }

  ssize index_at(size_t i) {
    switch (log2_index_bytes) {
      case 0: return reinterpret_cast<int8_t*>(indices())[i];
      case 1: return reinterpret_cast<int16_t*>(indices())[i];
      case 2: return reinterpret_cast<int32_t*>(indices())[i];
      default: return reinterpret_cast<int64_t*>(indices())[i];
    }
  }
  void set_index(size_t i, ssize ix) {
    switch (log2_index_bytes) {
      case 0: reinterpret_cast<int8_t*>(indices())[i] = static_cast<int8_t>(ix); break;
      case 1: reinterpret_cast<int16_t*>(indices())[i] = static_cast<int16_t>(ix); break;
      case 2: reinterpret_cast<int32_t*>(indices())[i] = static_cast<int32_t>(ix); break;
      default: reinterpret_cast<int64_t*>(indices())[i] = ix; break;
    }
  }
};
static_assert(sizeof(DictKeys) % alignof(DictEntry) == 0);

inline DictObject* as_dict(Object* d) { return static_cast<DictObject*>(d); }

}  // namespace dx
