// Instance attributes by shape (instance_attrs.h).
#include "objects/instance_attrs.h"

#include <cstring>

#include "objects/dict.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

namespace {

// Whether v is the value array made inside o's own block (past its
// basicsize): it is never freed or reallocated on its own.
bool values_inline(Object* o, const InstanceValues* v) {
  return reinterpret_cast<const char*>(v) == reinterpret_cast<const char*>(o) + type_of(o)->tp_basicsize;
}

void values_free(Object* o, InstanceValues* v) {
  if (!values_inline(o, v)) mem_free(v);
}

size_t values_bytes(uint32_t capacity) { return sizeof(InstanceValues) + sizeof(Object*) * (capacity - 1); }

Shape* shape_alloc(Shape* parent, Object* key) {
  auto* s = static_cast<Shape*>(mem_calloc(1, sizeof(Shape)));
  if (!s) return nullptr;
  s->parent = parent;
  s->root = parent ? parent->root : s;
  s->key = key;
  s->size = parent ? parent->size + 1 : 0;
  if (s->size > s->root->max_size) s->root->max_size = s->size;
  if (s->size) {
    s->keys = static_cast<Object**>(mem_alloc(sizeof(Object*) * s->size));
    if (!s->keys) {
      mem_free(s);
      return nullptr;
    }
    if (parent->size) std::memcpy(s->keys, parent->keys, sizeof(Object*) * parent->size);
    s->keys[parent->size] = newref(key);
  }
  return s;
}

// The shape after adding `key` to s (made once, then shared).
Shape* shape_add(Shape* s, Object* key) {
  for (uint32_t i = 0; i < s->ntransitions; i++)
    if (s->transitions[i].key == key) return s->transitions[i].child;
  if (s->ntransitions == s->transitions_capacity) {
    uint32_t cap = s->transitions_capacity ? s->transitions_capacity * 2 : 2;
    auto* t = static_cast<Shape::Transition*>(mem_realloc(s->transitions, sizeof(Shape::Transition) * cap));
    if (!t) return nullptr;
    s->transitions = t;
    s->transitions_capacity = cap;
  }
  Shape* child = shape_alloc(s, key);
  if (!child) return nullptr;
  s->transitions[s->ntransitions++] = {key, child};
  return child;
}

bool is_managed(Object* o) { return type_of(o)->tp_flags & kTpManagedDict; }

// The empty shape of t's instances (each class has its own tree).
Shape* root_shape(TypeObject* t) {
  auto* ht = static_cast<HeapTypeObject*>(t);
  if (!ht->ht_cached_keys) ht->ht_cached_keys = shape_new_root();
  return ht->ht_cached_keys;
}

// Moves the values of a shaped instance into a new dict (dict mode).
Object* materialize(Object* o) {
  Object** dslot = instance_dict_slot(o, type_of(o)->tp_dictoffset);
  if (*dslot) return *dslot;
  InstanceValues** vslot = instance_values_slot(o);
  InstanceValues* v = *vslot;
  Object* d = dict_new_presized(v ? v->shape->size : 0);
  if (!d) return nullptr;
  if (v) {
    for (uint32_t i = 0; i < v->shape->size; i++) {
      if (dict_set_item(d, v->shape->keys[i], v->items[i]) < 0) {
        decref(d);
        return nullptr;
      }
    }
    // The dict holds the values now (detached first: the collector may
    // look at the instance while anything runs).
    *vslot = nullptr;
    *dslot = d;
    for (uint32_t i = 0; i < v->shape->size; i++) decref(v->items[i]);
    values_free(o, v);
  }
  *dslot = d;
  return d;
}

}  // namespace

int shape_index_slow(const Shape* s, Object* name) {
  for (uint32_t i = 0; i < s->size; i++)
    if (str_equal(s->keys[i], name)) return static_cast<int>(i);
  return -1;
}

Shape* shape_new_root() { return shape_alloc(nullptr, nullptr); }

void shape_free_tree(Shape* root) {
  if (!root) return;
  for (uint32_t i = 0; i < root->ntransitions; i++) shape_free_tree(root->transitions[i].child);
  if (root->size) decref(root->keys[root->size - 1]);
  mem_free(root->keys);
  mem_free(root->transitions);
  mem_free(root);
}

Object* instance_attr_get(Object* o, Object* name) {
  TypeObject* t = type_of(o);
  if (t->tp_flags & kTpManagedDict) {
    if (InstanceValues* v = *instance_values_slot(o)) {
      int i = shape_index(v->shape, name);
      if (i < 0 && !str_is_interned(name)) i = shape_index_slow(v->shape, name);
      return i < 0 ? nullptr : v->items[i];
    }
  }
  Object* d = *instance_dict_slot(o, t->tp_dictoffset);
  if (!d) return nullptr;
  bool error = false;
  return dict_get_item(d, name, &error);
}

int instance_attr_set(Object* o, Object* name, Object* value) {
  TypeObject* t = type_of(o);
  Object** dslot = instance_dict_slot(o, t->tp_dictoffset);
  if (is_managed(o) && !*dslot) {
    InstanceValues** vslot = instance_values_slot(o);
    InstanceValues* v = *vslot;
    if (value) {
      int i = v ? shape_index(v->shape, name) : -1;
      if (i < 0 && v && !str_is_interned(name)) i = shape_index_slow(v->shape, name);
      if (i >= 0) {
        Object* old = v->items[i];
        v->items[i] = newref(value);
        decref(old);
        return 0;
      }
      Shape* from = v ? v->shape : root_shape(t);
      if (from && from->size < kMaxShapeSize && is_str_exact(name)) {
        Object* key = str_intern(name);
        if (!key) return -1;
        Shape* next = shape_add(from, key);
        decref(key);  // the shape holds it
        if (!next) {
          raise_no_memory();
          return -1;
        }
        if (!v || v->capacity < next->size) {
          // A new array is made as large as the class's instances have
          // needed so far: no growth steps for each new instance.
          uint32_t cap = v ? v->capacity * 2 : (from->root->max_size > 4 ? from->root->max_size : 4);
          if (cap < next->size) cap = next->size;
          InstanceValues* nv;
          if (v && values_inline(o, v)) {
            nv = static_cast<InstanceValues*>(mem_alloc(values_bytes(cap)));
            if (nv) std::memcpy(static_cast<void*>(nv), v, values_bytes(v->capacity));
          } else {
            nv = static_cast<InstanceValues*>(mem_realloc(v, values_bytes(cap)));
          }
          if (!nv) {
            raise_no_memory();
            return -1;
          }
          nv->capacity = cap;
          if (!v) nv->shape = from;
          v = nv;
          *vslot = v;
        }
        v->items[next->size - 1] = newref(value);
        v->shape = next;
        return 0;
      }
    } else if (v) {
      int i = shape_index(v->shape, name);
      if (i < 0 && !str_is_interned(name)) i = shape_index_slow(v->shape, name);
      if (i < 0) return 1;
    } else {
      return 1;
    }
    // Too many names, a deletion, or a str subclass as name: a dict from now on.
    if (!materialize(o)) return -1;
  }
  Object* d = *dslot;
  if (!d) {
    if (!value) return 1;
    d = dict_new();
    if (!d) return -1;
    *dslot = d;
  }
  if (value) return dict_set_item(d, name, value);
  if (dict_del_item(d, name) == 0) return 0;
  if (error_matches(&exc::KeyError)) {
    clear_error();
    return 1;
  }
  return -1;
}

Object* instance_dict(Object* o) {
  if (is_managed(o)) return materialize(o);
  Object** dslot = instance_dict_slot(o, type_of(o)->tp_dictoffset);
  if (!*dslot) *dslot = dict_new();
  return *dslot;
}

int instance_set_dict(Object* o, Object* value) {
  if (is_managed(o)) {
    if (!materialize(o)) return -1;
  }
  Object** dslot = instance_dict_slot(o, type_of(o)->tp_dictoffset);
  Object* old = *dslot;
  *dslot = newref(value);
  xdecref(old);
  return 0;
}

size_t instance_values_inline_bytes(TypeObject* t) {
  Shape* root = static_cast<HeapTypeObject*>(t)->ht_cached_keys;
  if (!root || root->max_size == 0 || t->tp_itemsize != 0) return 0;
  return values_bytes(root->max_size);
}

void instance_values_init_inline(Object* o) {
  auto* ht = static_cast<HeapTypeObject*>(type_of(o));
  auto* v = reinterpret_cast<InstanceValues*>(reinterpret_cast<char*>(o) + ht->tp_basicsize);
  v->shape = ht->ht_cached_keys;
  v->capacity = v->shape->max_size;
  *instance_values_slot(o) = v;
}

void instance_attrs_clear(Object* o) {
  TypeObject* t = type_of(o);
  if (t->tp_flags & kTpManagedDict) {
    InstanceValues** vslot = instance_values_slot(o);
    if (InstanceValues* v = *vslot) {
      *vslot = nullptr;
      for (uint32_t i = 0; i < v->shape->size; i++) decref(v->items[i]);
      values_free(o, v);
    }
  }
  Object** dslot = instance_dict_slot(o, t->tp_dictoffset);
  if (Object* d = *dslot) {
    *dslot = nullptr;
    decref(d);
  }
}

}  // namespace dx
