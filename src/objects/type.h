// The `type` type: readying static types (MRO, the type dict built from
// the MethodDef/MemberDef/GetSetDef tables and the slot wrappers, slot
// inheritance), classes created at run time (heap types), attribute lookup
// along the MRO, and calling a type. `object` lives in objects/object.cpp,
// the dunder <-> slot table in objects/type_slots.cpp.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject TypeType, ObjectType;

struct Shape;

// A class made by a class statement or type(name, bases, dict): CPython's
// PyHeapTypeObject layout, the slot tables inside the type.
struct HeapTypeObject : TypeObject {
  AsyncMethods as_async;
  NumberMethods as_number;
  MappingMethods as_mapping;
  SequenceMethods as_sequence;
  BufferProcs as_buffer;
  Object* ht_name;      // str
  Object* ht_slots;     // tuple of str (__slots__) or null
  Object* ht_qualname;  // str
  Shape* ht_cached_keys;  // dx-py: the root shape of the instances' attributes (D9)
  Object* ht_module;
  char* _ht_tpname;     // tp_name's storage (UTF-8)
  void* _spec_cache;
};

inline bool is_type(const Object* o) { return type_of(o)->tp_flags & kTpTypeSubclass; }
inline bool is_heap_type(const TypeObject* t) { return t->tp_flags & kTpHeapType; }

// Readies a static type: base, bases, MRO, dict, inherited slots, version
// tag. 0, or -1 with an error set.
int type_ready(TypeObject* t);

// The attribute `name` (a str) found along t's MRO, BORROWED, or nullptr
// (no error set). Cached by version tag and name.
Object* type_lookup(TypeObject* t, Object* name);

// Records that t's dict (or an ancestor's) changed: new version tags for t
// and its subclasses, whose caches then miss.
void type_modified(TypeObject* t);

// The name a type shows in messages (tp_name after the last dot).
const char* type_short_name(const TypeObject* t);

// type(name, bases, ns, **kwds) with metaclass `meta`: a new class.
Object* type_new_class(TypeObject* meta, Object* name, Object* bases, Object* ns, Object* kwds);

// The metaclass for a class statement: the most derived of `meta` and the
// bases' types; TypeError on a metaclass conflict. Borrowed.
TypeObject* calculate_metaclass(TypeObject* meta, Object* bases);

// Recomputes the slots of heap type t (and its subclasses) that the dunder
// `name` affects, after `name` changed in a class dict.
void update_slots_for(TypeObject* t, Object* name);

// The generic __getattribute__ and __setattr__ (object.__getattribute__):
// data descriptors of the type, then the instance's attributes, then
// other descriptors and class attributes.
Object* object_generic_getattr(Object* o, Object* name);
int object_generic_setattr(Object* o, Object* name, Object* value);
// o.name for a call (CPython's _PyObject_GetMethod): when the attribute
// would be a method bound to o, the unbound function or method descriptor
// with *self = o (new references), so that no bound method is made; else
// the attribute itself with *self = null.
Object* object_get_method(Object* o, Object* name, Object** self);
// isinstance(inst, cls) as type.__instancecheck__ answers it: the type, or
// else an inst.__class__ that differs from type(inst) and subclasses cls.
// 1, 0, or -1 with an error set.
int object_real_isinstance(Object* inst, TypeObject* cls);
// AttributeError "'X' object has no attribute 'n'" with .name and .obj set.
std::nullptr_t raise_attribute_error(Object* o, Object* name);

// The special method `name` of o's type (looked up on the type, not the
// instance), bound to o as a new reference; nullptr without an error when
// the type has none.
Object* lookup_special(Object* o, Object* name);
// Calls the special method `name` on o with the given arguments; nullptr
// with *found = false (no error) when the type has no such method.
Object* call_special(Object* o, Object* name, Object* const* args, size_t nargs, bool* found);

// The base whose instance layout t extends: the nearest static ancestor, or
// a class that added __slots__ (type_new.cpp).
TypeObject* solid_base(TypeObject* t);

// A new instance of t as object.__new__ makes it: zeroed, t's reference
// taken for heap types.
Object* object_new_instance(TypeObject* t);
// The same for a variable-size type (a subclass of int or tuple): room for
// `nitems` items and the dict after them; ob_size set to nitems.
Object* object_new_var_instance(TypeObject* t, ssize nitems);

// Makes `t` an instance of `type` and immortal (for static types).
void register_static_type(TypeObject* t);

void init_type_types();
void init_object_type();  // objects/object.cpp

}  // namespace dx
