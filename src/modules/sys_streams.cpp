#include "modules/sys_streams.h"

#include <unistd.h>

#include <string>

#include "modules/builtins.h"
#include "objects/bytes.h"
#include "objects/codecs.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/type.h"
#include "runtime/buffer.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "vm/arguments.h"

namespace dx {

TypeObject TextStreamType;

namespace {

struct TextStreamObject : Object {
  int fd;
  Object* buffer;  // the binary stream under it (.buffer), made on first use
};

// sys.stdout.buffer and friends: the bytes side of the same buffers.
struct BinaryStreamObject : Object {
  int fd;
};

int fd_of(Object* o) { return static_cast<TextStreamObject*>(o)->fd; }

OutputStream* output_of(Object* o) {
  Interpreter* interp = current_thread()->interp;
  int fd = fd_of(o);
  return fd == 1 ? &interp->out : fd == 2 ? &interp->err : nullptr;
}

void stream_dealloc_binary(Object* o) { object_free(o); }

void stream_dealloc(Object* o) {
  xdecref(static_cast<TextStreamObject*>(o)->buffer);
  object_free(o);
}

Object* stream_repr(Object* o) {
  int fd = fd_of(o);
  const char* name = fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>";
  std::string text = std::string("<_io.TextIOWrapper name='") + name + "' mode='" + (fd == 0 ? "r" : "w") +
                     "' encoding='utf-8'>";
  return str_from_utf8(text);
}

// The error handler of stream fd: stderr's is backslashreplace; stdin and
// stdout use surrogateescape under the C and POSIX locales and the UTF-8
// ones CPython coerces the C locale to, else strict.
const char* errors_of(int fd) {
  return fd == 2 ? "backslashreplace" : current_thread()->interp->config.stdio_errors.c_str();
}

Object* stream_write(Object* self, Object* s) {
  if (!is_str(s)) return raise(&exc::TypeError, "write() argument must be str, not %.100s", type_of(s)->tp_name);
  OutputStream* out = output_of(self);
  if (!out) return raise(&exc::ValueError, "not writable");  // io.UnsupportedOperation in CPython
  std::string text;
  if (!text_stream_encode(fd_of(self), s, &text)) return nullptr;
  out->write(text);
  return int_from_int64(str_length(s));
}

Object* stream_flush(Object* self, Object*) {
  if (OutputStream* out = output_of(self)) out->flush();
  return return_none();
}

Object* stream_fileno(Object* self, Object*) { return int_from_int64(fd_of(self)); }

Object* stream_isatty(Object* self, Object*) { return newref(bool_object(isatty(fd_of(self)) == 1)); }

Object* stream_readable(Object* self, Object*) { return newref(bool_object(fd_of(self) == 0)); }
Object* stream_writable(Object* self, Object*) { return newref(bool_object(fd_of(self) != 0)); }
Object* stream_seekable(Object*, Object*) { return newref(bool_object(false)); }

// readline(size=-1): the next line with its "\n" ('' at the end of input).
Object* read_line_str(Object* self);

Object* stream_readline(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("readline", nargs, 0, 1)) return nullptr;
  return read_line_str(self);  // (stdout is not flushed: only input() does that)
}

// read(): everything up to the end of input.
Object* stream_read(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("read", nargs, 0, 1)) return nullptr;
  if (fd_of(self) != 0) return raise(&exc::ValueError, "not readable");
  Interpreter* interp = current_thread()->interp;
  std::string all, line;
  while (interp->in.read_line(&line)) all += line;
  return str_from_utf8(surrogate_escape(all));
}

Object* stream_enter(Object* self, Object*) { return newref(self); }

// writelines(lines): write() of each item.
Object* stream_writelines(Object* self, Object* lines) {
  Object* it = object_get_iter(lines);
  if (!it) return nullptr;
  while (Object* line = iter_next(it)) {
    Object* r = stream_write(self, line);
    decref(line);
    if (!r) {
      decref(it);
      return nullptr;
    }
    decref(r);
  }
  decref(it);
  return error_occurred() ? nullptr : return_none();
}

Object* read_line_str(Object* self) {
  if (fd_of(self) != 0) return raise(&exc::ValueError, "not readable");
  Interpreter* interp = current_thread()->interp;
  std::string line;
  interp->in.read_line(&line);
  return str_from_utf8(surrogate_escape(line));
}

// readlines(): the remaining lines, as a list.
Object* stream_readlines(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("readlines", nargs, 0, 1)) return nullptr;
  Object* list = list_new(0);
  while (list) {
    Object* line = read_line_str(self);
    if (!line || str_length(line) == 0 || list_append(list, line) < 0) {
      bool failed = !line || str_length(line) != 0;
      xdecref(line);
      if (failed) {
        decref(list);
        return nullptr;
      }
      break;
    }
    decref(line);
  }
  return list;
}

// for line in sys.stdin: lines until the end of input.
Object* stream_iter(Object* self) { return newref(self); }
Object* stream_iternext(Object* self) {
  Object* line = read_line_str(self);
  if (line && str_length(line) == 0) {
    decref(line);
    return nullptr;  // exhausted: no error
  }
  return line;
}

Object* get_buffer(Object* o, void*);

Object* get_encoding(Object*, void*) { return str_from_ascii("utf-8"); }
Object* get_errors(Object* o, void*) { return str_from_ascii(errors_of(fd_of(o))); }
Object* get_line_buffering(Object* o, void*) {
  OutputStream* out = output_of(o);
  return newref(bool_object(out && out->line_buffered()));
}
Object* get_name(Object* o, void*) {
  int fd = fd_of(o);
  return str_from_ascii(fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>");
}
Object* get_mode(Object* o, void*) { return str_from_ascii(fd_of(o) == 0 ? "r" : "w"); }
Object* get_closed(Object*, void*) { return newref(bool_object(false)); }
Object* get_newlines(Object*, void*) { return return_none(); }

#define METH(f) reinterpret_cast<CFunction>(reinterpret_cast<void*>(f))

MethodDef stream_methods[] = {
    {"write", METH(stream_write), kMethO, nullptr},
    {"flush", METH(stream_flush), kMethNoArgs, nullptr},
    {"fileno", METH(stream_fileno), kMethNoArgs, nullptr},
    {"isatty", METH(stream_isatty), kMethNoArgs, nullptr},
    {"readable", METH(stream_readable), kMethNoArgs, nullptr},
    {"writable", METH(stream_writable), kMethNoArgs, nullptr},
    {"seekable", METH(stream_seekable), kMethNoArgs, nullptr},
    {"readline", METH(stream_readline), kMethFastcall, nullptr},
    {"read", METH(stream_read), kMethFastcall, nullptr},
    {"__enter__", METH(stream_enter), kMethNoArgs, nullptr},
    {"writelines", METH(stream_writelines), kMethO, nullptr},
    {"readlines", METH(stream_readlines), kMethFastcall, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef stream_getset[] = {
    {"encoding", get_encoding, nullptr, nullptr, nullptr},
    {"errors", get_errors, nullptr, nullptr, nullptr},
    {"line_buffering", get_line_buffering, nullptr, nullptr, nullptr},
    {"name", get_name, nullptr, nullptr, nullptr},
    {"mode", get_mode, nullptr, nullptr, nullptr},
    {"closed", get_closed, nullptr, nullptr, nullptr},
    {"newlines", get_newlines, nullptr, nullptr, nullptr},
    {"buffer", get_buffer, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// ---- the binary streams

Object* binary_repr(Object* o) {
  int fd = static_cast<BinaryStreamObject*>(o)->fd;
  std::string text = std::string("<_io.") + (fd == 0 ? "BufferedReader" : "BufferedWriter") + " name='" +
                     (fd == 0 ? "<stdin>" : fd == 1 ? "<stdout>" : "<stderr>") + "'>";
  return str_from_utf8(text);
}

Object* binary_write(Object* self, Object* data) {
  int fd = static_cast<BinaryStreamObject*>(self)->fd;
  Interpreter* interp = current_thread()->interp;
  OutputStream* out = fd == 1 ? &interp->out : fd == 2 ? &interp->err : nullptr;
  if (!out) return raise(&exc::ValueError, "not writable");
  if (is_str(data) || !type_of(data)->tp_as_buffer)
    return raise(&exc::TypeError, "a bytes-like object is required, not '%.100s'", type_of(data)->tp_name);
  BufferHolder h;
  if (!h.get(data)) return nullptr;
  out->write_binary(h.bytes());
  return int_from_int64(h.size());
}

// Flushes the binary layer only: text still pending in the text layer stays.
Object* binary_flush(Object* self, Object*) {
  int fd = static_cast<BinaryStreamObject*>(self)->fd;
  Interpreter* interp = current_thread()->interp;
  if (fd == 1) interp->out.flush_binary_layer();
  if (fd == 2) interp->err.flush_binary_layer();
  return return_none();
}

// read(): the rest of the input; readline(): one line, as bytes.
Object* binary_read(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("read", nargs, 0, 1)) return nullptr;
  if (static_cast<BinaryStreamObject*>(self)->fd != 0) return raise(&exc::ValueError, "not readable");
  Interpreter* interp = current_thread()->interp;
  std::string all, line;
  while (interp->in.read_line(&line)) all += line;
  return bytes_from_string(all);
}

Object* binary_readline(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("readline", nargs, 0, 1)) return nullptr;
  if (static_cast<BinaryStreamObject*>(self)->fd != 0) return raise(&exc::ValueError, "not readable");
  std::string line;
  current_thread()->interp->in.read_line(&line);
  return bytes_from_string(line);
}

Object* binary_fileno(Object* self, Object*) { return int_from_int64(static_cast<BinaryStreamObject*>(self)->fd); }

MethodDef binary_methods[] = {
    {"write", METH(binary_write), kMethO, nullptr},
    {"flush", METH(binary_flush), kMethNoArgs, nullptr},
    {"read", METH(binary_read), kMethFastcall, nullptr},
    {"readline", METH(binary_readline), kMethFastcall, nullptr},
    {"fileno", METH(binary_fileno), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

TypeObject BinaryStreamType;

Object* get_buffer(Object* o, void*) {
  auto* s = static_cast<TextStreamObject*>(o);
  if (!s->buffer) {
    auto* b = alloc_object<BinaryStreamObject>(&BinaryStreamType);
    if (!b) return nullptr;
    b->fd = s->fd;
    s->buffer = b;
  }
  return newref(s->buffer);
}

}  // namespace

Object* text_stream_new(int fd) {
  auto* s = alloc_object<TextStreamObject>(&TextStreamType);
  if (!s) return nullptr;
  s->fd = fd;
  s->buffer = nullptr;
  return s;
}

int text_stream_fd(Object* o) { return type_of(o) == &TextStreamType ? fd_of(o) : -1; }

bool text_stream_encode(int fd, Object* s, std::string* out) {
  std::string_view text = str_utf8(s);
  if (text.data()) {
    out->append(text);
    return true;
  }
  // Lone surrogates: the stream's error handler decides.
  clear_error();
  Object* b = encode_str(s, "utf-8", errors_of(fd));
  if (!b) return false;
  out->append(bytes_view(b));
  decref(b);
  return true;
}

void init_text_stream_type() {
  TextStreamType.ob_refcnt = kImmortalRefcnt;
  TextStreamType.tp_name = "_io.TextIOWrapper";
  TextStreamType.tp_basicsize = sizeof(TextStreamObject);
  TextStreamType.tp_dealloc = stream_dealloc;
  TextStreamType.tp_flags = kTpDefault;
  TextStreamType.tp_repr = stream_repr;
  TextStreamType.tp_methods = stream_methods;
  TextStreamType.tp_getset = stream_getset;
  TextStreamType.tp_iter = stream_iter;
  TextStreamType.tp_iternext = stream_iternext;

  BinaryStreamType.ob_refcnt = kImmortalRefcnt;
  BinaryStreamType.tp_name = "_io.BufferedWriter";
  BinaryStreamType.tp_basicsize = sizeof(BinaryStreamObject);
  BinaryStreamType.tp_dealloc = stream_dealloc_binary;
  BinaryStreamType.tp_flags = kTpDefault;
  BinaryStreamType.tp_repr = binary_repr;
  BinaryStreamType.tp_methods = binary_methods;
}

void ready_text_stream_types() {
  for (TypeObject* t : {&TextStreamType, &BinaryStreamType}) {
    register_static_type(t);
    type_ready(t);
  }
}

}  // namespace dx
