// The text builtins: chr, ord, format and ascii.
#include "modules/builtins.h"
#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

#if __has_include("objects/bytes.h")
#include "objects/bytes.h"
#define DX_HAVE_BYTES 1
#else
#define DX_HAVE_BYTES 0
#endif

namespace dx {

namespace {

// chr(i, /): argument clinic's int converter, then the range check.
Object* builtin_chr(Object*, Object* arg) {
  Object* v = number_index(arg);
  if (!v) return nullptr;
  auto x = int_to_int64(v);
  decref(v);
  if (!x || *x > INT32_MAX || *x < INT32_MIN) return raise(&exc::OverflowError, "Python int too large to convert to C int");
  if (*x < 0 || *x > 0x10ffff) return raise(&exc::ValueError, "chr() arg not in range(0x110000)");
  return str_from_char(static_cast<uint32_t>(*x));
}

Object* builtin_ord(Object*, Object* c) {
  ssize n;
  if (is_str(c)) {
    n = str_length(c);
    if (n == 1) return int_from_int64(str_char_at(c, 0));
  }
#if DX_HAVE_BYTES
  else if (is_bytes(c)) {
    n = bytes_size(c);
    if (n == 1) return int_from_int64(static_cast<unsigned char>(bytes_data(c)[0]));
  } else if (is_bytearray(c)) {
    n = bytearray_size(c);
    if (n == 1) return int_from_int64(static_cast<unsigned char>(bytearray_data(c)[0]));
  }
#endif
  else {
    return raise(&exc::TypeError, "ord() expected string of length 1, but %.200s found", type_of(c)->tp_name);
  }
  return raise(&exc::TypeError, "ord() expected a character, but string of length %zd found", n);
}

// format(value, format_spec='', /)
Object* builtin_format(Object*, Object* const* args, ssize nargs) {
  if (nargs < 1) return raise(&exc::TypeError, "format expected at least 1 argument, got %zd", nargs);
  if (nargs > 2) return raise(&exc::TypeError, "format expected at most 2 arguments, got %zd", nargs);
  if (nargs == 2 && !is_str(args[1]))
    return raise(&exc::TypeError, "format() argument 2 must be str, not %.100s", type_of(args[1])->tp_name);
  Object* spec = nargs == 2 ? newref(args[1]) : str_empty();
  Object* r = object_format(args[0], spec);
  decref(spec);
  return r;
}

Object* builtin_ascii(Object*, Object* arg) { return object_ascii(arg); }

MethodDef str_functions[] = {
    {"ascii", reinterpret_cast<CFunction>(builtin_ascii), kMethO, nullptr},
    {"chr", reinterpret_cast<CFunction>(builtin_chr), kMethO, nullptr},
    {"format", reinterpret_cast<CFunction>(reinterpret_cast<void*>(builtin_format)), kMethFastcall, nullptr},
    {"ord", reinterpret_cast<CFunction>(builtin_ord), kMethO, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int add_str_builtins(Object* dict) {
  return add_builtin_functions(dict, str_functions);
}

}  // namespace dx
