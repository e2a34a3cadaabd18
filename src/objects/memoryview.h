// memoryview: a view of another object's buffer (PyMemoryViewObject
// layout, since PyMemoryView_GET_BUFFER reads `view` directly). Views made
// from one export (memoryview(m), slices, casts) share a managed buffer
// that holds the exporter's buffer until the last of them is released, as
// in CPython, so that a bytearray stays unresizable exactly as long.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject MemoryViewType, ManagedBufferType, MemoryIterType;

// _PyManagedBufferObject: the exporter's buffer and how many views use it.
struct ManagedBufferObject : Object {
  int flags;
  ssize exports;
  Buffer master;
};

struct MemoryViewObject : VarObject {
  ManagedBufferObject* mbuf;
  hash_t hash;
  int flags;
  ssize exports;  // buffers exported from this view
  Buffer view;    // shape, strides and suboffsets point into ob_array
  Object* weakreflist;
  ssize ob_array[1];
};

inline bool is_memoryview(const Object* o) { return type_of(o) == &MemoryViewType; }

// memoryview(o): TypeError "memoryview: a bytes-like object is required,
// not 'int'" for an object without buffers.
Object* memoryview_from_object(Object* o);

void init_memoryview_types();

}  // namespace dx
