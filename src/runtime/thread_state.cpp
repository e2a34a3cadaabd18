#include "runtime/thread_state.h"

#include <initializer_list>

#include "objects/dict.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

namespace detail {
constinit thread_local ThreadState* tls_current = nullptr;
}  // namespace detail

ThreadState::~ThreadState() {
  xdecref(current_exception);
  xdecref(handled_exception);
  for (FrameStack::Chunk* c = frames.chunk; c;) {
    FrameStack::Chunk* previous = c->previous;
    mem_free(c);
    c = previous;
  }
}

bool enter_recursive_call(const char* where) {
  ThreadState* ts = current_thread();
  if (++ts->recursion_depth > ts->interp->recursion_limit) {
    ts->recursion_depth--;
    raise(&exc::RecursionError, "maximum recursion depth exceeded%s", where);
    return false;
  }
  return true;
}

void leave_recursive_call() { current_thread()->recursion_depth--; }

ThreadStateScope::ThreadStateScope(ThreadState* ts) : saved_(detail::tls_current) { detail::tls_current = ts; }
ThreadStateScope::~ThreadStateScope() { detail::tls_current = saved_; }

Interpreter::~Interpreter() {
  mem_free(type_cache);
  if (interned) {
    dict_clear(interned);
    decref(interned);
    interned = nullptr;
  }
  clear_free_lists();
}

void Interpreter::clear_free_lists() {
  for (Object** list : {&int_free_list, &float_free_list}) {
    while (Object* o = *list) {
      *list = *reinterpret_cast<Object**>(o);
      object_free(o);
    }
  }
  int_free_count = float_free_count = 0;
  for (int n = 0; n < kTupleFreeSizes; n++) {
    while (Object* o = tuple_free_list[n]) {
      tuple_free_list[n] = *reinterpret_cast<Object**>(o);
      object_free(o);
    }
    tuple_free_count[n] = 0;
  }
  if (slice_cache) {
    object_free(slice_cache);
    slice_cache = nullptr;
  }
}

}  // namespace dx
