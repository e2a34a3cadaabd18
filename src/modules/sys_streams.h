// sys.stdin, sys.stdout and sys.stderr until the _io module exists: text
// streams over the interpreter's own buffers (Interpreter::in/out/err), the
// ones print() and the traceback printer use, so that output written
// through either appears in the order it was written.
#pragma once
#include <string>

#include "runtime/object.h"

namespace dx {

extern TypeObject TextStreamType;

// A new stream over fd 0, 1 or 2.
Object* text_stream_new(int fd);
// The fd (0, 1, 2) of o when it is one of these streams, else -1.
int text_stream_fd(Object* o);
// Appends str `s` encoded as the stream of fd 1 or 2 encodes it (UTF-8 with
// the stream's error handler): false with UnicodeEncodeError (or another
// error) set.
bool text_stream_encode(int fd, Object* s, std::string* out);

void init_text_stream_type();
void ready_text_stream_types();  // after init_text_stream_type

}  // namespace dx
