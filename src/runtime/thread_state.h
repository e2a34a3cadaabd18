// Runtime state (DESIGN D6): everything mutable hangs off an Interpreter and
// its ThreadStates; there are no mutable globals. Immortal objects (static
// types, None, small ints) are shared by all interpreters of the process.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "gc/gc_state.h"
#include "runtime/object.h"
#include "runtime/output.h"

namespace dx {

struct ThreadState;
struct Frame;

// A running generator's frame has its own "exception being handled" (CPython's
// exc_info stack): while it runs, ThreadState::handled_exception is the
// generator's and the value it replaced waits in a link kept by the generator.
struct ExcStateLink {
  Object* saved;           // the handled exception outside (owned), or null
  ExcStateLink* previous;  // the link of the generator running further out
};

// The memory frames live in: chunks used as a stack (vm/frame.h).
struct FrameStack {
  struct Chunk {
    Chunk* previous;
    char* top;   // the first free byte
    char* limit;
  };
  Chunk* chunk = nullptr;
};

// An entry of the type attribute cache (objects/type.cpp: type_lookup).
struct TypeCacheEntry {
  unsigned int version;
  Object* name;   // interned str
  Object* value;  // borrowed; null: not found
};
constexpr size_t kTypeCacheSize = 4096;

// What the command line tells the runtime (sys.argv, sys.path, flags...).
struct InterpreterConfig {
  std::vector<std::string> argv{""};  // sys.argv
  std::vector<std::string> orig_argv;  // sys.orig_argv
  std::string executable;              // sys.executable (absolute)
  std::string path0;                   // sys.path[0]: the script's directory, '' for -c
  bool has_path0 = true;               // false: -P / -I (no sys.path[0])
  std::vector<std::string> pythonpath;  // PYTHONPATH's directories (before the stdlib on sys.path)
  std::string stdlib;                  // the CPython Lib directory (DESIGN D1)
  std::string stdio_errors = "strict";  // sys.stdin/stdout's error handler
  int optimize = 0, verbose = 0, bytes_warning = 0, debug = 0, inspect = 0, interactive = 0;
  bool dont_write_bytecode = false, ignore_environment = false, no_user_site = false, no_site = false;
  bool isolated = false, safe_path = false, quiet = false, unbuffered = false;
};

struct Interpreter {
  Interpreter() = default;
  ~Interpreter();  // releases the interned strings and the free lists
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // The default of sys.getrecursionlimit().
  int recursion_limit = 1000;
  // Interned strings, module table, builtins... are added as they land.
  Object* interned = nullptr;  // dict: str -> the interned str
  // The last dict version tag (and table tag) handed out: see dict_version().
  uint64_t dict_version = 0;
  Object* builtins = nullptr;  // the builtins module's dict
  InterpreterConfig config;
  // The import system (vm/import.cpp), made by the first import or the
  // first use of sys (none of it at start-up): sys.modules, the sys and
  // builtins modules, __main__'s namespace.
  Object* modules = nullptr;
  Object* sys_module = nullptr;
  Object* builtins_module = nullptr;
  Object* main_globals = nullptr;  // borrowed
  Object* import_func = nullptr;   // the builtin __import__ (owned)
  OutputStream out{1};         // sys.stdout's bytes
  OutputStream err{2};         // sys.stderr's bytes
  InputStream in{0};           // sys.stdin's bytes (input())
  // Warnings given when no Python code runs (at exit), as "sys:1: ..."
  // lines: each is shown once (runtime/warnings.cpp).
  std::vector<std::string> exit_warnings;
  // Allocated zeroed on first use (zeroing it eagerly was a tenth of start-up).
  TypeCacheEntry* type_cache = nullptr;
  // Free lists of the hottest small objects (DESIGN D4): ints of up to two
  // digits and floats, linked through their first word. Bounded lengths.
  Object* int_free_list = nullptr;
  Object* float_free_list = nullptr;
  int int_free_count = 0, float_free_count = 0;
  Object* slice_cache = nullptr;  // one freed slice (objects/slice.cpp)
  // Freed tuples of 1 to kTupleFreeSizes - 1 items, a list per size, linked
  // through their first word (objects/tuple.cpp); bounded as CPython's.
  static constexpr int kTupleFreeSizes = 20;
  static constexpr int kTupleFreeMax = 2000;
  Object* tuple_free_list[kTupleFreeSizes] = {};
  int tuple_free_count[kTupleFreeSizes] = {};
  // The cycle collector's generations (gc/gc.h). Declared after what the
  // destructor frees, before nothing that holds objects: it is destroyed
  // last, unlinking the objects that outlive the interpreter.
  GcState gc;

  // Frees the free lists' memory (at exit).
  void clear_free_lists();
};

struct ThreadState {
  explicit ThreadState(Interpreter* interpreter = nullptr) : interp(interpreter) {}
  ~ThreadState();  // frees the frame stack's memory
  ThreadState(const ThreadState&) = delete;
  ThreadState& operator=(const ThreadState&) = delete;

  Interpreter* interp = nullptr;
  // The exception being raised (a BaseException instance), or null. Set by
  // the raise functions of errors.h; functions that fail return nullptr/-1.
  Object* current_exception = nullptr;
  // The exception an except block of the innermost running generator (or of
  // the thread, outside generators) is handling, or null; what PushExcInfo
  // saves and PopExcInfo restores. sys.exc_info() and implicit chaining use
  // handled_exception_topmost().
  Object* handled_exception = nullptr;
  // The saved outer values while generators run, innermost first.
  ExcStateLink* exc_outer = nullptr;
  // Python-level recursion depth (frames), checked against the limit.
  int recursion_depth = 0;
  // frame_push takes its slow path when recursion_depth reaches this: the
  // recursion limit, or 0 so that the slow path runs a pending collection
  // (and sets it back): one compare on the call path covers both.
  int call_limit = 0;
  // Generation 0 passed its threshold: the next safe point collects.
  bool gc_pending = false;
  // The frame being executed, innermost; frames link to their callers.
  Frame* current_frame = nullptr;
  FrameStack frames;
  // Containers whose repr() is running on this thread, innermost last
  // (repr_enter below); the array is freed when the last one leaves.
  Object** repr_stack = nullptr;
  int repr_depth = 0, repr_capacity = 0;
  // Nested container deallocations past a depth are deferred and run
  // iteratively (the trashcan, objects/list.cpp), so deep nesting cannot
  // exhaust the C stack. Deferred objects are linked through their dead
  // ob_refcnt fields.
  int trash_depth = 0;
  Object* trash_later = nullptr;
};

// The thread state of the calling thread (set by ThreadStateScope).
namespace detail {
// The one thread_local of the runtime: which ThreadState this OS thread runs.
// constinit: no dynamic initialization, so reading it is one load (no
// TLS wrapper call check at every use).
extern constinit thread_local ThreadState* tls_current;
}  // namespace detail
inline ThreadState* current_thread() { return detail::tls_current; }

// The exception being handled as sys.exc_info() sees it (or null): the
// innermost one set, looking out through running generators that handle none.
inline Object* handled_exception_topmost(ThreadState* ts) {
  if (ts->handled_exception) return ts->handled_exception;
  for (ExcStateLink* l = ts->exc_outer; l; l = l->previous)
    if (l->saved) return l->saved;
  return nullptr;
}

// Guards a C-level recursion (comparisons, repr of nested containers...):
// false with RecursionError "maximum recursion depth exceeded<where>" when
// the depth passes the interpreter's limit. Pair with leave_recursive_call.
bool enter_recursive_call(const char* where);
void leave_recursive_call();

// Py_ReprEnter: 1 if the repr of container `o` is already running on this
// thread (the caller prints "[...]" or "{...}"); else records `o` and
// returns 0, to be paired with repr_leave(o); -1 with MemoryError.
int repr_enter(Object* o);
void repr_leave(Object* o);

// The trashcan (Py_TRASHCAN_BEGIN/END) for deallocators of containers:
// `if (trash_defer(o)) return;` first, and trash_done() after freeing. Past
// a nesting depth the deallocation is queued and run later from a shallower
// level, so that freeing a deeply nested structure cannot overflow the C stack.
bool trash_defer(Object* o);
void trash_done();

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
