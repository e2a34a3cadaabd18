// Inline caches for attribute access (DESIGN D8, D9): LoadAttr, StoreAttr
// and LoadMethod remember, in the units after their operands, the version
// tag of the type they last saw and where the attribute was: a slot of the
// instance's value array under a given shape, or a method found on the
// type. A cache hit costs a few compares; a miss takes the generic path
// and refills the cache (attr_cache.cpp).
#pragma once
#include <cstdint>
#include <cstring>

#include "objects/instance_attrs.h"
#include "runtime/object.h"
#include "vm/code.h"

namespace dx {

namespace attr_cache {

// A cache holds four entries (sites often see several classes: a method of
// a base class called on instances of its subclasses); each is 12 units,
// the first at unit 4 (after the opcode and 3 operands). Offsets within an
// entry:
constexpr int kFirstEntry = 4;
constexpr int kEntryUnits = 12;
constexpr int kEntries = 4;
constexpr int kVersion = 0;  // 2 units: the type's tp_version_tag
constexpr int kKind = 2;
constexpr int kIndex = 3;
constexpr int kShape = 4;    // 4 units: the instance's shape
constexpr int kTarget = 8;   // 4 units: StoreAttr's new shape; LoadMethod's method

inline const CodeUnit* entry(const CodeUnit* pc, int k) { return pc + kFirstEntry + k * kEntryUnits; }

enum Kind : CodeUnit {
  kNone = 0,
  kInstanceValue = 1,  // LoadAttr/StoreAttr: items[index] under kShape
  kInstanceAdd = 2,    // StoreAttr: a new name: kShape -> kTarget, at items[index]
  kMethodNoDict = 3,   // LoadMethod: the type's method; instances have no attributes
  kMethodShaped = 4,   // LoadMethod: the type's method; the instance's shape lacks the name
  kSlotMember = 5,     // LoadAttr/StoreAttr: a __slots__ member at byte offset kTarget
};

inline uint32_t read32(const CodeUnit* at) {
  uint32_t v;
  std::memcpy(&v, at, sizeof v);
  return v;
}
inline uint64_t read64(const CodeUnit* at) {
  uint64_t v;
  std::memcpy(&v, at, sizeof v);
  return v;
}
inline void write32(const CodeUnit* at, uint32_t v) { std::memcpy(const_cast<CodeUnit*>(at), &v, sizeof v); }
inline void write64(const CodeUnit* at, uint64_t v) { std::memcpy(const_cast<CodeUnit*>(at), &v, sizeof v); }

// The instance's value array when cache entry e matches o, else null.
inline InstanceValues* shaped_hit(const CodeUnit* e, Object* o) {
  TypeObject* t = type_of(o);
  if (read32(e + kVersion) != t->tp_version_tag) return nullptr;
  InstanceValues* v = *instance_values_slot(o);
  if (!v || reinterpret_cast<uint64_t>(v->shape) != read64(e + kShape)) return nullptr;
  return v;
}

// The cached LoadAttr: the attribute's value (borrowed) or null on a miss.
inline Object* load_attr_hit(const CodeUnit* pc, Object* o) {
  for (int k = 0; k < kEntries; k++) {
    const CodeUnit* e = entry(pc, k);
    if (e[kKind] == kInstanceValue) {
      if (InstanceValues* v = shaped_hit(e, o)) return v->items[e[kIndex]];
    } else if (e[kKind] == kSlotMember && read32(e + kVersion) == type_of(o)->tp_version_tag) {
      // A __slots__ member: a data descriptor, so the type version decides.
      return *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + read64(e + kTarget));
    }
  }
  return nullptr;
}

// The cached StoreAttr: true when done.
inline bool store_attr_hit(const CodeUnit* pc, Object* o, Object* value) {
  for (int k = 0; k < kEntries; k++) {
    const CodeUnit* e = entry(pc, k);
    CodeUnit kind = e[kKind];
    if (kind == kSlotMember) {
      if (read32(e + kVersion) != type_of(o)->tp_version_tag) continue;
      Object*& slot = *reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + read64(e + kTarget));
      Object* old = slot;
      slot = newref(value);
      xdecref(old);
      return true;
    }
    if (kind == kInstanceValue) {
      InstanceValues* v = shaped_hit(e, o);
      if (!v) continue;
      Object* old = v->items[e[kIndex]];
      v->items[e[kIndex]] = newref(value);
      decref(old);
      return true;
    }
    if (kind == kInstanceAdd) {
      InstanceValues* v = shaped_hit(e, o);
      if (!v || v->capacity <= e[kIndex]) continue;
      v->items[e[kIndex]] = newref(value);
      v->shape = reinterpret_cast<Shape*>(read64(e + kTarget));
      return true;
    }
  }
  return false;
}

// The cached LoadMethod: the method (borrowed) when the type's attribute
// is a function or method descriptor that the instance cannot shadow.
inline Object* load_method_hit(const CodeUnit* pc, Object* o) {
  for (int k = 0; k < kEntries; k++) {
    const CodeUnit* e = entry(pc, k);
    CodeUnit kind = e[kKind];
    if (kind == kMethodNoDict) {
      if (read32(e + kVersion) != type_of(o)->tp_version_tag) continue;
    } else if (kind == kMethodShaped) {
      if (!shaped_hit(e, o)) continue;
    } else {
      continue;
    }
    return reinterpret_cast<Object*>(read64(e + kTarget));
  }
  return nullptr;
}

}  // namespace attr_cache

// The slow paths: the generic operation, then the cache filled when the
// case is one the fast paths handle.
Object* load_attr_miss(const CodeUnit* pc, Object* o, Object* name);
int store_attr_miss(const CodeUnit* pc, Object* o, Object* name, Object* value);
// LoadMethod: *method gets the type's function (a new reference) and
// true is returned, or *method gets the attribute's value (bound) and false.
// nullptr in *method with an error set on failure.
bool load_method_miss(const CodeUnit* pc, Object* o, Object* name, Object** method);

}  // namespace dx
