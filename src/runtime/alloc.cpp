#include "runtime/alloc.h"

#include <unistd.h>

#include <cstdint>

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

namespace {

// No single block may exceed the machine's memory: the C library refuses
// such a request (so CPython raises MemoryError at once), but mimalloc
// reserves address space lazily and the program would instead fill memory
// and hang or be killed.
size_t largest_block() {
  static const size_t limit = [] {
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && page > 0 ? static_cast<size_t>(pages) * static_cast<size_t>(page) : SIZE_MAX / 2;
  }();
  return limit;
}

}  // namespace

void* mem_alloc(size_t size) {
  if (size > largest_block()) return nullptr;
  return mi_malloc(size ? size : 1);
}
void* mem_calloc(size_t count, size_t size) {
  if (size && count > largest_block() / size) return nullptr;
  return mi_calloc(count ? count : 1, size ? size : 1);
}
void* mem_realloc(void* p, size_t size) {
  if (size > largest_block()) return nullptr;
  return mi_realloc(p, size ? size : 1);
}
void mem_free(void* p) { mi_free(p); }

Object* object_alloc(TypeObject* type, size_t size) {
  if (size > largest_block()) return raise_no_memory();
  auto* o = static_cast<Object*>(mi_malloc(size));
  if (!o) return raise_no_memory();
  o->ob_refcnt = 1;
  o->ob_type = type;
  return o;
}

void object_free(Object* o) { mi_free(o); }


}  // namespace dx
