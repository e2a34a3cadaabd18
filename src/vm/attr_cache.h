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

// Unit offsets from the instruction's opcode unit (after 3 operands).
constexpr int kVersion = 4;  // 2 units: the type's tp_version_tag
constexpr int kKind = 6;
constexpr int kIndex = 7;
constexpr int kShape = 8;    // 4 units: the instance's shape
constexpr int kTarget = 12;  // 4 units: StoreAttr's new shape; LoadMethod's method

enum Kind : CodeUnit {
  kNone = 0,
  kInstanceValue = 1,  // LoadAttr/StoreAttr: items[index] under kShape
  kInstanceAdd = 2,    // StoreAttr: a new name: kShape -> kTarget, at items[index]
  kMethodNoDict = 3,   // LoadMethod: the type's method; instances have no attributes
  kMethodShaped = 4,   // LoadMethod: the type's method; the instance's shape lacks the name
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

// The instance's value array when the cache at pc matches o, else null.
inline InstanceValues* shaped_hit(const CodeUnit* pc, Object* o) {
  TypeObject* t = type_of(o);
  if (read32(pc + kVersion) != t->tp_version_tag) return nullptr;
  InstanceValues* v = *instance_values_slot(o);
  if (!v || reinterpret_cast<uint64_t>(v->shape) != read64(pc + kShape)) return nullptr;
  return v;
}

// The cached LoadAttr: the attribute's value (borrowed) or null on a miss.
inline Object* load_attr_hit(const CodeUnit* pc, Object* o) {
  if (pc[kKind] != kInstanceValue) return nullptr;
  InstanceValues* v = shaped_hit(pc, o);
  return v ? v->items[pc[kIndex]] : nullptr;
}

// The cached StoreAttr: true when done.
inline bool store_attr_hit(const CodeUnit* pc, Object* o, Object* value) {
  CodeUnit kind = pc[kKind];
  if (kind == kInstanceValue) {
    InstanceValues* v = shaped_hit(pc, o);
    if (!v) return false;
    Object* old = v->items[pc[kIndex]];
    v->items[pc[kIndex]] = newref(value);
    decref(old);
    return true;
  }
  if (kind == kInstanceAdd) {
    InstanceValues* v = shaped_hit(pc, o);
    if (!v || v->capacity <= pc[kIndex]) return false;
    v->items[pc[kIndex]] = newref(value);
    v->shape = reinterpret_cast<Shape*>(read64(pc + kTarget));
    return true;
  }
  return false;
}

// The cached LoadMethod: the method (borrowed) when the type's attribute
// is a function or method descriptor that the instance cannot shadow.
inline Object* load_method_hit(const CodeUnit* pc, Object* o) {
  CodeUnit kind = pc[kKind];
  if (kind == kMethodNoDict) {
    if (read32(pc + kVersion) != type_of(o)->tp_version_tag) return nullptr;
  } else if (kind == kMethodShaped) {
    if (!shaped_hit(pc, o)) return nullptr;
  } else {
    return nullptr;
  }
  return reinterpret_cast<Object*>(read64(pc + kTarget));
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
