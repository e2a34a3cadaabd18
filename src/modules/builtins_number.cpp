// The numeric builtins: abs, divmod, pow, round, bin, oct, hex, and input
// (which reads sys.stdin's lines until the io module exists).
#include <string>

#include "modules/builtins.h"
#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "parser/source_decode.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"
#include "support/bigint.h"
#include "vm/arguments.h"
#include "vm/import.h"
#include "modules/sys_streams.h"

namespace dx {

namespace {

namespace bi = dx::bigint;

template <typename F>
constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

Object* builtin_abs(Object*, Object* x) { return number_absolute(x); }

Object* builtin_divmod(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("divmod", nargs, 2, 2)) return nullptr;
  return number_divmod(args[0], args[1]);
}

// pow(base, exp, mod=None)
Object* builtin_pow(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"base", "exp", "mod"};
  Object* v[3];
  if (!parse_args(ArgSpec{"pow", names, 3, 2}, args, nargs, kwnames, v)) return nullptr;
  return number_power(v[0], v[1], v[2] ? v[2] : none());
}

// round(number, ndigits=None): type(number).__round__.
Object* builtin_round(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"number", "ndigits"};
  Object* v[2];
  if (!parse_args(ArgSpec{"round", names, 2, 1}, args, nargs, kwnames, v)) return nullptr;
  bool found;
  bool with_digits = v[1] && !is_none(v[1]);
  Object* r = call_special(v[0], names::dunder_round, with_digits ? &v[1] : nullptr, with_digits ? 1 : 0, &found);
  if (!found && !error_occurred())
    return raise(&exc::TypeError, "type %.100s doesn't define __round__ method", type_of(v[0])->tp_name);
  return r;
}

// bin(), oct(), hex(): the index value in base 2, 8 or 16 with its prefix.
Object* to_base(Object* x, int base) {
  Object* i = number_index(x);
  if (!i) return nullptr;
  auto* io = static_cast<IntObject*>(i);
  bi::IntView v{io->ob_digit, io->ob_size};
  std::string text(static_cast<size_t>(bi::to_string_capacity(v, base, bi::kFormatPrefix)), '\0');
  bi::Result r = bi::to_string(v, base, bi::kFormatPrefix, 0, text.data());
  decref(i);
  text.resize(static_cast<size_t>(r.size));
  return str_from_ascii(text);
}

Object* builtin_bin(Object*, Object* x) { return to_base(x, 2); }
Object* builtin_oct(Object*, Object* x) { return to_base(x, 8); }
Object* builtin_hex(Object*, Object* x) { return to_base(x, 16); }


// o.name(*args) for input()'s calls on replaced sys streams.
Object* call_named(Object* o, const char* name, Object* const* args, size_t nargs) {
  Object* n = str_intern_utf8(name);
  Object* m = n ? object_getattr(o, n) : nullptr;
  xdecref(n);
  if (!m) return nullptr;
  Object* r = object_vectorcall(m, args, nargs, nullptr);
  decref(m);
  return r;
}

// input() when sys.stdin or sys.stdout is not the interpreter's own stream:
// stdout.write(prompt), stdout.flush(), stdin.readline(), as CPython does
// for files that are not terminals.
Object* input_from_files(Object* in, Object* out, Object* const* args, ssize nargs) {
  incref(in);
  incref(out);
  Object* r = nullptr;
  Object* prompt = nargs == 1 ? object_str(args[0]) : nullptr;
  bool ok = nargs == 0 || prompt;
  if (ok && prompt) {
    Object* w = call_named(out, "write", &prompt, 1);
    ok = w != nullptr;
    xdecref(w);
  }
  xdecref(prompt);
  if (ok) {
    Object* f = call_named(out, "flush", nullptr, 0);
    ok = f != nullptr;
    xdecref(f);
  }
  Object* line = ok ? call_named(in, "readline", nullptr, 0) : nullptr;
  if (line && !is_str(line)) {
    raise(&exc::TypeError, "object.readline() returned non-string");
  } else if (line && str_length(line) == 0) {
    raise(&exc::EOFError, "EOF when reading a line");
  } else if (line) {
    ssize n = str_length(line);
    r = str_char_at(line, n - 1) == '\n' ? str_substring(line, 0, n - 1) : newref(line);
  }
  xdecref(line);
  decref(in);
  decref(out);
  return r;
}

// input(prompt=''): the prompt on stdout (flushed), then one line of stdin
// without its newline; EOFError at the end of input.
Object* builtin_input(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("input", nargs, 0, 1)) return nullptr;
  Interpreter* interp = current_thread()->interp;
  if (interp->sys_module) {
    Object* in = sys_get(interp, names::sys_stdin);
    Object* out = sys_get(interp, names::sys_stdout);
    if (!in || is_none(in)) return raise(&exc::RuntimeError, "input(): lost sys.stdin");
    if (!out || is_none(out)) return raise(&exc::RuntimeError, "input(): lost sys.stdout");
    if (text_stream_fd(in) != 0 || text_stream_fd(out) != 1) return input_from_files(in, out, args, nargs);
  }
  if (nargs == 1) {
    Object* prompt = object_str(args[0]);
    if (!prompt) return nullptr;
    std::string_view p = str_utf8(prompt);
    if (!p.data()) {
      decref(prompt);
      return nullptr;
    }
    interp->out.write(p);
    decref(prompt);
  }
  interp->out.flush();
  std::string line;
  if (!interp->in.read_line(&line)) return raise(&exc::EOFError, "EOF when reading a line");
  if (!line.empty() && line.back() == '\n') line.pop_back();
  return str_from_utf8(surrogate_escape(line));
}

MethodDef number_functions[] = {
    {"abs", cfunc(builtin_abs), kMethO, "Return the absolute value of the argument."},
    {"bin", cfunc(builtin_bin), kMethO,
     "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'"},
    {"divmod", cfunc(builtin_divmod), kMethFastcall, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."},
    {"hex", cfunc(builtin_hex), kMethO,
     "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'"},
    {"input", cfunc(builtin_input), kMethFastcall,
     "Read a string from standard input.  The trailing newline is stripped.\n\n"
     "The prompt string, if given, is printed to standard output without a\n"
     "trailing newline before reading input.\n\n"
     "If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\n"
     "On *nix systems, readline is used if available."},
    {"oct", cfunc(builtin_oct), kMethO,
     "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'"},
    {"pow", cfunc(builtin_pow), kMethFastcall | kMethKeywords,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\n"
     "Some types, such as ints, are able to use a more efficient algorithm when\n"
     "invoked using the three argument form."},
    {"round", cfunc(builtin_round), kMethFastcall | kMethKeywords,
     "Round a number to a given precision in decimal digits.\n\n"
     "The return value is an integer if ndigits is omitted or None.  Otherwise\n"
     "the return value has the same type as the number.  ndigits may be negative."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// Decodes as sys.stdin does under a UTF-8 locale (errors="surrogateescape"):
// each byte of an invalid sequence becomes the lone surrogate U+DC80..U+DCFF,
// kept in the 3-byte form str_from_utf8 accepts.
std::string surrogate_escape(const std::string& bytes) {
  auto bad = parser::find_invalid_utf8(bytes);
  if (!bad) return bytes;
  std::string out;
  std::string_view rest = bytes;
  while (bad) {
    out.append(rest.substr(0, bad->start));
    for (size_t i = bad->start; i < bad->end; i++) {
      unsigned c = 0xDC00 + static_cast<unsigned char>(rest[i]);
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
    rest.remove_prefix(bad->end);
    bad = parser::find_invalid_utf8(rest);
  }
  out.append(rest);
  return out;
}

int add_number_builtins(Object* dict) {
  return add_builtin_functions(dict, number_functions);
}

}  // namespace dx
