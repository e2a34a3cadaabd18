// Memory for objects: mimalloc (DESIGN D4). Objects are created with a
// reference count of 1 and their type set; the rest of the body is the
// caller's to initialize.
//
// Objects whose type has kTpHaveGc get the collector's header (GcHead, two
// words) in front of them and are linked into generation 0 of the current
// interpreter as they are allocated (gc/gc.h); object_free unlinks them.
// Every object is allocated and freed through these functions, so that the
// header is always there for a GC type.
#pragma once
#include <cstddef>

#include "runtime/object.h"

namespace dx {

// Free lists of small objects (DESIGN D4) are off in sanitizer builds, so
// that use-after-free stays visible there.
#ifdef DXPY_SYSTEM_MALLOC
constexpr bool kFreeListsEnabled = false;
#else
constexpr bool kFreeListsEnabled = true;
#endif

void* mem_alloc(size_t size);  // nullptr when out of memory (no error set)
void* mem_calloc(size_t count, size_t size);
void* mem_realloc(void* p, size_t size);
void mem_free(void* p);

// Allocates `size` bytes for an object of `type` (size >= sizeof(Object)).
// Raises MemoryError and returns nullptr on failure. Instances of heap
// types (classes) come zeroed, as do all objects from object_alloc_zeroed.
Object* object_alloc(TypeObject* type, size_t size);
Object* object_alloc_zeroed(TypeObject* type, size_t size);
void object_free(Object* o);

template <typename T>
T* alloc_object(TypeObject* type, size_t extra_bytes = 0) {
  return static_cast<T*>(object_alloc(type, sizeof(T) + extra_bytes));
}

}  // namespace dx
