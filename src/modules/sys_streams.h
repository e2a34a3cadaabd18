// sys.stdin, sys.stdout and sys.stderr until the _io module exists: text
// streams over the interpreter's own buffers (Interpreter::in/out/err), the
// ones print() and the traceback printer use, so that output written
// through either appears in the order it was written.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject TextStreamType;

// A new stream over fd 0, 1 or 2.
Object* text_stream_new(int fd);
// The fd (0, 1, 2) of o when it is one of these streams, else -1.
int text_stream_fd(Object* o);

void init_text_stream_type();

}  // namespace dx
