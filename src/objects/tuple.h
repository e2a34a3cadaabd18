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
// An iterator's result tuple of n items (zip, enumerate, dict items reuse
// theirs, as CPython's do, so a loop over them allocates nothing): the one
// handed out last (*last) when nobody else holds it any more, its old items
// still in place for the caller to replace and drop; else a new tuple of
// null items (kept in *last when it was empty). A new reference.
Object* iterator_result_tuple(Object** last, ssize n);
// Puts item (a new reference) at i of a result tuple, dropping the old one.
inline void result_tuple_set(Object* t, ssize i, Object* item) {
  Object* old = tuple_item(t, i);
  tuple_item(t, i) = item;
  xdecref(old);
}
// tuple(iterable): the same tuple for an exact tuple. Runs Python code.
Object* tuple_from_iterable(Object* iterable);

// self[key] for an int or a slice (the mp_subscript slot).
Object* tuple_subscript(Object* self, Object* key);

void init_tuple_type();

}  // namespace dx
