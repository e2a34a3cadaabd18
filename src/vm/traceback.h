// Traceback entries (one per frame an exception passed through) and the
// printing of an uncaught exception.
#pragma once
#include <cstdint>
#include <string>

#include "runtime/object.h"
#include "vm/code.h"

namespace dx {

// The layout is ours: frames are not objects yet, so an entry keeps the code.
struct TracebackObject : Object {
  Object* tb_next;
  CodeObject* code;
  int tb_lasti;   // the instruction's unit offset
  int tb_lineno;
  // For a NameError's innermost entry only (its "Did you mean"): the
  // frame's globals and builtins, and a function frame's local variable
  // names (a tuple). Null otherwise.
  Object* tb_globals;
  Object* tb_builtins;
  Object* tb_locals;
};

extern TypeObject TracebackType;

// Puts an entry for the instruction at `offset` of `code` in front of the
// current exception's traceback (as the exception leaves that frame).
void traceback_add(CodeObject* code, uint32_t offset);

// "Traceback (most recent call last):" ... "TypeError: message", as
// CPython 3.11's default excepthook prints it.
std::string format_exception(Object* exc);

// Reports the current exception, which cannot propagate from where it
// happened (a finalizer), as CPython's default sys.unraisablehook does:
// "Exception ignored in: <repr of obj>" and the exception, to stderr. The
// exception is cleared.
void write_unraisable(Object* obj);

// Line `lineno` of file `filename` as linecache gives it, stripped of
// surrounding whitespace; false when the file or line is not there.
bool source_line_stripped(const std::string& filename, int lineno, std::string* line);

void init_traceback_type();

}  // namespace dx
