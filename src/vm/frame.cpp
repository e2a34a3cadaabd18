#include "vm/frame.h"

#include "gc/gc.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"

namespace dx {

namespace {
constexpr size_t kChunkSize = 256 * 1024;
}

Frame* frame_push_slow(ThreadState* ts, CodeObject* code) {
  // A call is a safe point for the cycle collector (gc/gc.h): the caller's
  // registers hold the arguments, the new frame does not exist yet.
  if (ts->gc_pending) gc_collect_pending(ts);
  ts->call_limit = ts->gc_pending ? 0 : ts->interp->recursion_limit;
  if (ts->recursion_depth + 1 > ts->interp->recursion_limit) {
    raise(&exc::RecursionError, "maximum recursion depth exceeded");
    return nullptr;
  }
  size_t size = frame_bytes(code);
  FrameStack::Chunk* c = ts->frames.chunk;
  if (!c || static_cast<size_t>(c->limit - c->top) < size) {
    size_t chunk_bytes = size + sizeof(FrameStack::Chunk) + 16 > kChunkSize ? size + sizeof(FrameStack::Chunk) + 16
                                                                            : kChunkSize;
    auto* fresh = static_cast<FrameStack::Chunk*>(mem_alloc(chunk_bytes));
    if (!fresh) {
      raise_no_memory();
      return nullptr;
    }
    fresh->previous = c;
    fresh->top = reinterpret_cast<char*>(fresh) + ((sizeof(FrameStack::Chunk) + 15) & ~size_t(15));
    fresh->limit = reinterpret_cast<char*>(fresh) + chunk_bytes;
    ts->frames.chunk = fresh;
    c = fresh;
  }
  auto* f = reinterpret_cast<Frame*>(c->top);
  c->top += size;
  frame_init(ts, f, code);
  return f;
}

// An emptied chunk other than the first goes back to the allocator.
void frame_release_chunk(ThreadState* ts) {
  FrameStack::Chunk* c = ts->frames.chunk;
  char* first = reinterpret_cast<char*>(c) + ((sizeof(FrameStack::Chunk) + 15) & ~size_t(15));
  if (c->top == first && c->previous) {
    ts->frames.chunk = c->previous;
    mem_free(c);
  }
}

}  // namespace dx
