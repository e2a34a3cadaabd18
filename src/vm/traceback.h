// Traceback entries (one per frame an exception passed through) and the
// printing of an uncaught exception.
#pragma once
#include <cstdint>
#include <string>

#include "runtime/object.h"
#include "vm/code.h"

namespace dx {

struct Frame;

// The layout is ours. An entry keeps its frame's object (tb_frame) and,
// for the printer, the code.
struct TracebackObject : Object {
  Object* tb_next;
  Object* tb_frame;  // a FrameObject (objects/frame_object.h)
  CodeObject* code;
  int tb_lasti;   // the instruction's offset in bytes (two per unit), as CPython counts
  int tb_lineno;
  // For a NameError's innermost entry only (its "Did you mean"): the
  // frame's globals and builtins, and a function frame's local variable
  // names (a tuple). Null otherwise.
  Object* tb_globals;
  Object* tb_builtins;
  Object* tb_locals;
};

extern TypeObject TracebackType;

// Puts an entry for frame `f` at its current instruction (f->pc) in front
// of the current exception's traceback (as the exception leaves that frame).
void traceback_add(Frame* f);

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
