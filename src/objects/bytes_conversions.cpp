// int.to_bytes, int.from_bytes and str.encode (bytes_conversions.h).
#include "objects/bytes_conversions.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/bytes_internal.h"
#include "objects/codecs.h"
#include "objects/descriptor.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "vm/arguments.h"

namespace dx {

namespace {

constexpr digit kDigitMask = (digit(1) << kDigitBits) - 1;

// 'big' or 'little' (to_bytes/from_bytes's byteorder argument).
bool byteorder_argument(Object* o, const char* fname, bool* little) {
  if (!o) {
    *little = false;
    return true;
  }
  if (!is_str(o)) {
    raise(&exc::TypeError, "%s() argument 'byteorder' must be str, not %.50s", fname,
          is_none(o) ? "None" : type_of(o)->tp_name);
    return false;
  }
  if (str_equal_ascii(o, "little")) *little = true;
  else if (str_equal_ascii(o, "big")) *little = false;
  else {
    raise(&exc::ValueError, "byteorder must be either 'little' or 'big'");
    return false;
  }
  return true;
}

bool signed_argument(Object* o, bool* out) {
  *out = false;
  if (!o) return true;
  int t = object_is_true(o);
  if (t < 0) return false;
  *out = t != 0;
  return true;
}

}  // namespace

Object* int_to_bytes(Object* v, ssize length, bool little_endian, bool is_signed) {
  auto* io = static_cast<IntObject*>(v);
  ssize ndigits = io->ob_size < 0 ? -io->ob_size : io->ob_size;
  bool negative = io->ob_size < 0;
  if (negative && !is_signed) return raise(&exc::OverflowError, "can't convert negative int to unsigned");
  // CPython lets -1 (all sign bits) fit in zero bytes.
  if (length == 0 && negative && ndigits == 1 && io->ob_digit[0] == 1) return bytes_from_data(nullptr, 0);
  // The magnitude, little-endian, then two's complement for negatives.
  std::string out(static_cast<size_t>(length), '\0');
  size_t pos = 0;
  uint64_t acc = 0;
  int bits = 0;
  bool overflow = false;
  for (ssize i = 0; i < ndigits; i++) {
    acc |= static_cast<uint64_t>(io->ob_digit[i]) << bits;
    bits += kDigitBits;
    while (bits >= 8) {
      if (pos < out.size()) out[pos++] = static_cast<char>(acc & 0xFF);
      else if (acc & 0xFF) overflow = true;
      acc >>= 8;
      bits -= 8;
    }
  }
  if (acc) {
    if (pos < out.size()) out[pos++] = static_cast<char>(acc);
    else overflow = true;
  }
  if (overflow) return raise(&exc::OverflowError, "int too big to convert");
  if (negative) {
    unsigned carry = 1;
    for (char& c : out) {
      unsigned b = (~static_cast<unsigned char>(c) & 0xFFu) + carry;
      c = static_cast<char>(b & 0xFF);
      carry = b >> 8;
    }
  }
  if (is_signed && length > 0) {
    // The sign bit must say what the value's sign is.
    bool top = static_cast<unsigned char>(out.back()) & 0x80;
    if (top != negative) return raise(&exc::OverflowError, "int too big to convert");
  }
  if (!little_endian) std::reverse(out.begin(), out.end());
  return bytes_from_string(out);
}

Object* int_from_byte_data(const unsigned char* data, size_t n, bool little_endian, bool is_signed) {
  // Little-endian order of the bytes, complemented for a negative value.
  std::string bytes(reinterpret_cast<const char*>(data), n);
  if (!little_endian) std::reverse(bytes.begin(), bytes.end());
  bool negative = is_signed && n && (static_cast<unsigned char>(bytes.back()) & 0x80);
  if (negative) {
    unsigned carry = 1;
    for (char& c : bytes) {
      unsigned b = (~static_cast<unsigned char>(c) & 0xFFu) + carry;
      c = static_cast<char>(b & 0xFF);
      carry = b >> 8;
    }
  }
  size_t used = bytes.size();
  while (used && bytes[used - 1] == 0) used--;
  if (used <= 7) {
    int64_t v = 0;
    for (size_t i = used; i-- > 0;) v = (v << 8) | static_cast<unsigned char>(bytes[i]);
    return int_from_int64(negative ? -v : v);
  }
  ssize ndigits = static_cast<ssize>((used * 8 + kDigitBits - 1) / kDigitBits);
  IntObject* o = int_new_digits(ndigits);
  if (!o) return nullptr;
  uint64_t acc = 0;
  int bits = 0;
  ssize k = 0;
  for (size_t i = 0; i < used; i++) {
    acc |= static_cast<uint64_t>(static_cast<unsigned char>(bytes[i])) << bits;
    bits += 8;
    if (bits >= kDigitBits) {
      o->ob_digit[k++] = static_cast<digit>(acc & kDigitMask);
      acc >>= kDigitBits;
      bits -= kDigitBits;
    }
  }
  if (bits) o->ob_digit[k++] = static_cast<digit>(acc);
  while (k > 0 && o->ob_digit[k - 1] == 0) k--;
  o->ob_size = negative ? -k : k;
  return o;
}

Object* int_to_bytes_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"length", "byteorder", "signed"};
  Object* values[3];
  if (!parse_args(ArgSpec{"to_bytes", kNames, 3, 0, 0, 2}, args, nargs, kwnames, values)) return nullptr;
  ssize length = 1;
  if (values[0] && !bytesimpl::arg_ssize(values[0], &length)) return nullptr;
  bool little, is_signed;
  if (!byteorder_argument(values[1], "to_bytes", &little) || !signed_argument(values[2], &is_signed)) return nullptr;
  if (length < 0) return raise(&exc::ValueError, "length argument must be non-negative");
  return int_to_bytes(self, length, little, is_signed);
}

Object* int_from_bytes_method(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"bytes", "byteorder", "signed"};
  Object* values[3];
  if (!parse_args(ArgSpec{"from_bytes", kNames, 3, 1, 0, 2}, args, nargs, kwnames, values)) return nullptr;
  bool little, is_signed;
  if (!byteorder_argument(values[1], "from_bytes", &little) || !signed_argument(values[2], &is_signed))
    return nullptr;
  // PyObject_Bytes: __bytes__ first, then buffers and iterables of ints.
  Object* data;
  if (Object* f = lookup_special(values[0], names::dunder_bytes)) {
    data = object_vectorcall(f, nullptr, 0, nullptr);
    decref(f);
    if (data && !is_bytes(data)) {
      raise(&exc::TypeError, "__bytes__ returned non-bytes (type %.200s)", type_of(data)->tp_name);
      decref(data);
      return nullptr;
    }
  } else {
    if (error_occurred()) return nullptr;
    data = bytes_from_object(values[0]);
  }
  if (!data) return nullptr;
  Object* r = int_from_byte_data(reinterpret_cast<const unsigned char*>(bytes_data(data)),
                                 static_cast<size_t>(bytes_size(data)), little, is_signed);
  decref(data);
  if (!r || cls == reinterpret_cast<Object*>(&IntType)) return r;
  Object* sub = object_vectorcall(cls, &r, 1, nullptr);
  decref(r);
  return sub;
}

Object* str_encode_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"encoding", "errors"};
  Object* values[2];
  if (!parse_args(ArgSpec{"encode", kNames, 2, 0}, args, nargs, kwnames, values)) return nullptr;
  std::string_view encoding = "utf-8", errors = "strict";
  if (values[0] && !codec_argument(values[0], "encode", "encoding", &encoding)) return nullptr;
  if (values[1] && !codec_argument(values[1], "encode", "errors", &errors)) return nullptr;
  return encode_str(self, encoding, errors);
}

namespace {

using bytesimpl::cfunc;

MethodDef int_methods[] = {
    {"to_bytes", cfunc(int_to_bytes_method), kMethFastcall | kMethKeywords,
     "Return an array of bytes representing an integer."},
    {"from_bytes", cfunc(int_from_bytes_method), kMethFastcall | kMethKeywords | kMethClass,
     "Return the integer represented by the given array of bytes."},
    {nullptr, nullptr, 0, nullptr},
};

MethodDef str_methods[] = {
    {"encode", cfunc(str_encode_method), kMethFastcall | kMethKeywords,
     "Encode the string using the codec registered for encoding."},
    {nullptr, nullptr, 0, nullptr},
};

void add_missing(TypeObject* t, MethodDef* defs) {
  for (MethodDef* m = defs; m->ml_name; m++) {
    Object* name = str_intern_static(m->ml_name);
    bool error = false;
    if (dict_get_item_str(t->tp_dict, name, &error)) continue;
    Object* d = (m->ml_flags & kMethClass) ? classmethod_descr_new(t, m) : method_descr_new(t, m);
    if (!d) {
      clear_error();
      continue;
    }
    d->ob_refcnt = kImmortalRefcnt;
    dict_set_item(t->tp_dict, name, d);
  }
  type_modified(t);
}

}  // namespace

void install_bytes_conversions() {
  add_missing(&IntType, int_methods);
  add_missing(&StrType, str_methods);
}

}  // namespace dx
