#include "runtime/alloc.h"

#include "runtime/errors.h"

// Sanitizer builds use the C library's allocator, which AddressSanitizer
// instruments; mimalloc's memory would be invisible to it.
#ifdef DXPY_SYSTEM_MALLOC
#include <cstdlib>
#define mi_malloc std::malloc
#define mi_calloc std::calloc
#define mi_realloc std::realloc
#define mi_free std::free
#else
#include <mimalloc.h>
#endif

namespace dx {

void* mem_alloc(size_t size) { return mi_malloc(size ? size : 1); }
void* mem_calloc(size_t count, size_t size) { return mi_calloc(count ? count : 1, size ? size : 1); }
void* mem_realloc(void* p, size_t size) { return mi_realloc(p, size ? size : 1); }
void mem_free(void* p) { mi_free(p); }

Object* object_alloc(TypeObject* type, size_t size) {
  auto* o = static_cast<Object*>(mi_malloc(size));
  if (!o) return raise_no_memory();
  o->ob_refcnt = 1;
  o->ob_type = type;
  return o;
}

void object_free(Object* o) { mi_free(o); }


}  // namespace dx
