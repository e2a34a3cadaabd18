// The attributes of instances (DESIGN D9). Instances of classes whose type
// has kTpManagedDict keep their attributes in a value array keyed by a
// shape (hidden class) shared by the instances that got the same names in
// the same order; a real dict exists only once __dict__ is asked for, an
// attribute is deleted, or there are too many names. Other types with a
// tp_dictoffset (exceptions, subclasses of int or tuple) keep a dict.
//
// Layout of a managed instance: the dict pointer at tp_dictoffset, the
// values pointer in the word before it.
#pragma once
#include <cstdint>

#include "runtime/object.h"

namespace dx {

struct Shape {
  Shape* parent;
  Shape* root;        // the class's empty shape; its max_size is the largest size seen
  uint32_t max_size;
  Object* key;        // the name this shape added to its parent's (interned), null at the root
  uint32_t size;      // the number of names
  Object** keys;      // all names in order (size entries)
  uint32_t ntransitions, transitions_capacity;
  struct Transition {
    Object* key;
    Shape* child;
  }* transitions;
};

struct InstanceValues {
  Shape* shape;
  uint32_t capacity;
  Object* items[1];  // shape->size of them are set
};

// The most names a shape holds before the instance switches to a dict.
constexpr uint32_t kMaxShapeSize = 30;

inline Object** instance_dict_slot(Object* o, ssize dictoffset) {
  if (dictoffset < 0) {
    // Variable-size objects keep the dict after their items (with room
    // for one item more than ob_size, as int zero keeps a digit).
    TypeObject* t = type_of(o);
    ssize n = size_of(static_cast<VarObject*>(o));
    if (n < 0) n = -n;
    ssize size = (t->tp_basicsize + (n + 1) * t->tp_itemsize + 7) & ~ssize(7);
    dictoffset += size;
  }
  return reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + dictoffset);
}
inline InstanceValues** instance_values_slot(Object* o) {
  return reinterpret_cast<InstanceValues**>(reinterpret_cast<char*>(o) + type_of(o)->tp_dictoffset) - 1;
}

// The index of `name` in shape s, or -1.
inline int shape_index(const Shape* s, Object* name) {
  for (uint32_t i = 0; i < s->size; i++)
    if (s->keys[i] == name) return static_cast<int>(i);
  return -1;
}
// The same for a name that may not be interned (compares text).
int shape_index_slow(const Shape* s, Object* name);

Shape* shape_new_root();
void shape_free_tree(Shape* root);

// The attribute `name` of o, BORROWED; nullptr when absent (error set only
// if the lookup itself failed).
Object* instance_attr_get(Object* o, Object* name);
// Sets (value non-null) or deletes `name`: 0, -1 on error, 1 when deleting
// an absent name (the caller raises AttributeError).
int instance_attr_set(Object* o, Object* name, Object* value);
// o.__dict__: the dict, made from the values if needed (BORROWED).
Object* instance_dict(Object* o);
// Replaces o.__dict__ (value must be a dict).
int instance_set_dict(Object* o, Object* value);
// The bytes a new instance of t gets past its basicsize for its value
// array, made with it (inline: the attributes sit beside the object, a cache
// miss fewer per access), as large as the class's instances have needed; 0
// when none has needed one yet.
size_t instance_values_inline_bytes(TypeObject* t);
// Sets up the inline value array of a new instance allocated with them.
void instance_values_init_inline(Object* o);

// Drops every attribute (deallocation, the cycle collector's clear).
void instance_attrs_clear(Object* o);
// Visits the attributes' values and the dict (the collector's traverse;
// inline: every instance of a class goes through it at each collection).
inline int instance_attrs_traverse(Object* o, visitproc visit, void* arg) {
  TypeObject* t = type_of(o);
  if (t->tp_flags & kTpManagedDict) {
    if (InstanceValues* v = *instance_values_slot(o))
      for (uint32_t i = 0, n = v->shape->size; i < n; i++)
        if (int r = visit(v->items[i], arg)) return r;
  }
  if (Object* d = *instance_dict_slot(o, t->tp_dictoffset)) return visit(d, arg);
  return 0;
}

}  // namespace dx
