// The slow paths of the attribute caches (attr_cache.h).
#include "vm/attr_cache.h"

#include "objects/descriptor.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "vm/function.h"

namespace dx {

using namespace attr_cache;

namespace {

// Whether the attribute lookup of t's instances is the generic one over
// shaped values, with no data descriptor named `name` on the type.
bool shaped_generic(TypeObject* t, Object* name, bool setting) {
  if (!(t->tp_flags & kTpManagedDict) || !(t->tp_flags & kTpValidVersionTag)) return false;
  if (setting ? t->tp_setattro != object_generic_setattr : t->tp_getattro != object_generic_getattr) return false;
  Object* descr = type_lookup(t, name);
  return !descr || !type_of(descr)->tp_descr_set;
}

// Fills the first entry; the others move down one place and the last is
// dropped (the most recently seen cases stay first).
void fill(const CodeUnit* pc, TypeObject* t, CodeUnit kind, CodeUnit index, const void* shape, const void* target) {
  auto* first = const_cast<CodeUnit*>(entry(pc, 0));
  std::memmove(first + kEntryUnits, first, sizeof(CodeUnit) * kEntryUnits * (kEntries - 1));
  write32(first + kVersion, t->tp_version_tag);
  first[kKind] = kind;
  first[kIndex] = index;
  write64(first + kShape, reinterpret_cast<uint64_t>(shape));
  write64(first + kTarget, reinterpret_cast<uint64_t>(target));
}

}  // namespace

// A __slots__ member descriptor of t's instances for `name` (object kind,
// which raises AttributeError when unset), when t's attribute protocol is
// the generic one: its byte offset, or -1.
ssize slot_member_offset(TypeObject* t, Object* name, bool setting) {
  if (!(t->tp_flags & kTpValidVersionTag)) return -1;
  if (setting ? t->tp_setattro != object_generic_setattr : t->tp_getattro != object_generic_getattr) return -1;
  Object* descr = type_lookup(t, name);
  if (!descr || type_of(descr) != &MemberDescrType) return -1;
  auto* m = static_cast<MemberDescrObject*>(descr);
  if (m->d_member->type != kMemberObjectEx || (m->d_member->flags & kMemberReadonly)) return -1;
  if (!is_subtype(t, m->d_type)) return -1;
  return m->d_member->offset;
}

Object* load_attr_miss(const CodeUnit* pc, Object* o, Object* name) {
  Object* v = object_getattr(o, name);
  if (!v) return nullptr;
  TypeObject* t = type_of(o);
  ssize offset = slot_member_offset(t, name, false);
  if (offset >= 0) {
    fill(pc, t, kSlotMember, 0, nullptr, reinterpret_cast<const void*>(offset));
    return v;
  }
  if (shaped_generic(t, name, false) && !*instance_dict_slot(o, t->tp_dictoffset)) {
    if (InstanceValues* values = *instance_values_slot(o)) {
      int i = shape_index(values->shape, name);
      if (i >= 0 && values->items[i] == v) fill(pc, t, kInstanceValue, static_cast<CodeUnit>(i), values->shape, nullptr);
    }
  }
  return v;
}

int store_attr_miss(const CodeUnit* pc, Object* o, Object* name, Object* value) {
  TypeObject* t = type_of(o);
  ssize offset = slot_member_offset(t, name, true);
  if (offset >= 0) {
    if (object_setattr(o, name, value) < 0) return -1;
    fill(pc, t, kSlotMember, 0, nullptr, reinterpret_cast<const void*>(offset));
    return 0;
  }
  bool cacheable = shaped_generic(t, name, true) && !*instance_dict_slot(o, t->tp_dictoffset);
  InstanceValues* before = cacheable ? *instance_values_slot(o) : nullptr;
  Shape* old_shape = before ? before->shape : nullptr;
  if (object_setattr(o, name, value) < 0) return -1;
  if (!cacheable || *instance_dict_slot(o, t->tp_dictoffset)) return 0;
  InstanceValues* after = *instance_values_slot(o);
  if (!after) return 0;
  Shape* s = after->shape;
  if (s == old_shape) {
    int i = shape_index(s, name);
    if (i >= 0) fill(pc, t, kInstanceValue, static_cast<CodeUnit>(i), s, nullptr);
  } else if (old_shape && s->parent == old_shape && s->key == name) {
    fill(pc, t, kInstanceAdd, static_cast<CodeUnit>(s->size - 1), old_shape, s);
  }
  return 0;
}

bool load_method_miss(const CodeUnit* pc, Object* o, Object* name, Object** method) {
  TypeObject* t = type_of(o);
  if (t->tp_getattro == object_generic_getattr && (t->tp_flags & kTpValidVersionTag)) {
    Object* descr = type_lookup(t, name);
    if (descr && (is_function(descr) || type_of(descr) == &MethodDescrType)) {
      if (!t->tp_dictoffset) {
        fill(pc, t, kMethodNoDict, 0, nullptr, descr);
        *method = newref(descr);
        return true;
      }
      if ((t->tp_flags & kTpManagedDict) && !*instance_dict_slot(o, t->tp_dictoffset)) {
        InstanceValues* values = *instance_values_slot(o);
        if (!values) {
          // No attributes yet: nothing to cache against, but no shadowing either.
          *method = newref(descr);
          return true;
        }
        if (shape_index(values->shape, name) < 0 &&
            (str_is_interned(name) || shape_index_slow(values->shape, name) < 0)) {
          fill(pc, t, kMethodShaped, 0, values->shape, descr);
          *method = newref(descr);
          return true;
        }
      }
    }
  }
  *method = object_getattr(o, name);
  return false;
}

}  // namespace dx
