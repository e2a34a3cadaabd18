#include "runtime/alloc.h"

#include <unistd.h>

#include <cstdint>

#include "gc/gc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"

// Sanitizer builds use the C library's allocator, which AddressSanitizer
// instruments; mimalloc's memory would be invisible to it.
#ifdef DXPY_SYSTEM_MALLOC
#include <cstdlib>
#define mi_malloc std::malloc
#define mi_zalloc(n) std::calloc(1, n)
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

namespace {

// A GC object: the header, then the object; tracked in generation 0 when an
// interpreter runs (objects made by runtime_init are shared and untracked).
Object* gc_object_alloc(TypeObject* type, size_t size, bool zero) {
  size_t total = size + sizeof(GcHead);
  auto* g = static_cast<GcHead*>(zero ? mi_zalloc(total) : mi_malloc(total));
  if (!g) return raise_no_memory();
  auto* o = reinterpret_cast<Object*>(g + 1);
  o->ob_refcnt = 1;
  o->ob_type = type;
  ThreadState* ts = current_thread();
  if (ts && ts->interp) {
    gc_link_new(ts, g);
  } else {
    g->next = 0;
    g->prev = 0;
  }
  return o;
}

}  // namespace

Object* object_alloc(TypeObject* type, size_t size) {
  if (size > largest_block()) return raise_no_memory();
  if (type->tp_flags & kTpHaveGc) return gc_object_alloc(type, size, type->tp_flags & kTpHeapType);
  auto* o = static_cast<Object*>(mi_malloc(size));
  if (!o) return raise_no_memory();
  o->ob_refcnt = 1;
  o->ob_type = type;
  return o;
}

Object* object_alloc_zeroed(TypeObject* type, size_t size) {
  if (size > largest_block()) return raise_no_memory();
  if (type->tp_flags & kTpHaveGc) return gc_object_alloc(type, size, true);
  auto* o = static_cast<Object*>(mi_zalloc(size));
  if (!o) return raise_no_memory();
  o->ob_refcnt = 1;
  o->ob_type = type;
  return o;
}

void object_free(Object* o) {
  if (!(type_of(o)->tp_flags & kTpHaveGc)) {
    mi_free(o);
    return;
  }
  GcHead* g = gc_head(o);
  if (g->next) gc_unlink(g);
  if (ThreadState* ts = current_thread(); ts && ts->interp) gc_note_freed(ts);
  mi_free(g);
}

}  // namespace dx
