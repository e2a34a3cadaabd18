// Memory for objects: mimalloc (DESIGN D4). Objects are created with a
// reference count of 1 and their type set; the rest of the body is the
// caller's to initialize.
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
// Raises MemoryError and returns nullptr on failure.
Object* object_alloc(TypeObject* type, size_t size);
void object_free(Object* o);

template <typename T>
T* alloc_object(TypeObject* type, size_t extra_bytes = 0) {
  return static_cast<T*>(object_alloc(type, sizeof(T) + extra_bytes));
}

}  // namespace dx
