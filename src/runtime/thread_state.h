// Runtime state (DESIGN D6): everything mutable hangs off an Interpreter and
// its ThreadStates; there are no mutable globals. Immortal objects (static
// types, None, small ints) are shared by all interpreters of the process.
#pragma once
#include <cstdint>

#include "runtime/object.h"

namespace dx {

struct ThreadState;

struct Interpreter {
  // The default of sys.getrecursionlimit().
  int recursion_limit = 1000;
  // Interned strings, module table, builtins... are added as they land.
  Object* interned = nullptr;  // dict: str -> the interned str
};

struct ThreadState {
  Interpreter* interp = nullptr;
  // The exception being raised (a BaseException instance), or null. Set by
  // the raise functions of errors.h; functions that fail return nullptr/-1.
  Object* current_exception = nullptr;
  // Python-level recursion depth (frames), checked against the limit.
  int recursion_depth = 0;
  // C-level nesting of runtime calls that may recurse (repr, compare, ...).
  int c_recursion_remaining = 0;
};

// The thread state of the calling thread (set by ThreadStateScope).
ThreadState* current_thread();

// Guards a C-level recursion (comparisons, repr of nested containers...):
// false with RecursionError "maximum recursion depth exceeded<where>" when
// the depth passes the interpreter's limit. Pair with leave_recursive_call.
bool enter_recursive_call(const char* where);
void leave_recursive_call();

// Makes `ts` the current thread state for the lifetime of the scope.
class ThreadStateScope {
 public:
  explicit ThreadStateScope(ThreadState* ts);
  ~ThreadStateScope();
  ThreadStateScope(const ThreadStateScope&) = delete;
  ThreadStateScope& operator=(const ThreadStateScope&) = delete;

 private:
  ThreadState* saved_;
};

}  // namespace dx
