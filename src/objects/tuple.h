// The tuple type (PyTupleObject layout): a fixed-size array of references.
#pragma once
#include <initializer_list>

#include "runtime/object.h"

namespace dx {

extern TypeObject TupleType;

inline bool is_tuple(const Object* o) { return type_of(o)->tp_flags & kTpTupleSubclass; }
inline ssize tuple_size(const Object* t) { return static_cast<const VarObject*>(t)->ob_size; }
inline Object*& tuple_item(Object* t, ssize i) { return static_cast<TupleObject*>(t)->ob_item[i]; }

// A tuple of `size` null items for the caller to fill (each slot takes a
// reference). The empty tuple is shared and immortal.
Object* tuple_new(ssize size);
// A tuple of the given items (new references are taken).
Object* tuple_pack(std::initializer_list<Object*> items);
// tuple(iterable): the same tuple for an exact tuple. Runs Python code.
Object* tuple_from_iterable(Object* iterable);

// self[key] for an int or a slice (the mp_subscript slot).
Object* tuple_subscript(Object* self, Object* key);

void init_tuple_type();

}  // namespace dx
