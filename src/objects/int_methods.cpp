// int's and bool's Python-level methods and attributes (bit_length,
// bit_count, as_integer_ratio, conjugate, real/imag/numerator/denominator,
// __round__, __trunc__, __floor__, __ceil__, __getnewargs__, __format__,
// __sizeof__) and construction: int(x, base), bool(x), their vectorcall
// forms and int subclasses (instances sized for their digits, with the dict
// after them: instance_attrs.h).
#include <cstdlib>
#include <string>

#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "runtime/buffer.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/warnings.h"
#include "support/bigint.h"
#include "support/float_text.h"
#include "support/format_spec.h"
#include "vm/arguments.h"

namespace dx {

namespace {

namespace bi = dx::bigint;

constexpr int64_t kMaxStrDigits = 4300;  // sys.int_info.default_max_str_digits

template <typename F>
constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

bi::IntView view(Object* o) {
  auto* i = static_cast<IntObject*>(o);
  return {i->ob_digit, i->ob_size};
}

// ---- construction ---------------------------------------------------------------

// repr(x) cut to 200 characters, as CPython's %.200R.
std::string short_repr(Object* x) {
  Object* r = object_repr(x);
  if (!r) {
    clear_error();
    return "?";
  }
  std::string s(str_utf8(r));
  decref(r);
  return s;
}

// The int that `ascii` spells in `base`; an error shows `shown` (its repr).
Object* int_from_ascii(std::string_view ascii, int base, Object* shown) {
  bi::ParsedInt parsed = bi::parse_int(ascii.data(), ascii.size(), base, kMaxStrDigits);
  if (parsed.status == bi::Status::kInvalidLiteral) {
    return raise(&exc::ValueError, "invalid literal for int() with base %d: %s", parsed.base == 0 ? 10 : base,
                 short_repr(shown).c_str());
  }
  if (parsed.status == bi::Status::kParseDigitsLimit) {
    char buf[256];
    bi::format_digits_limit(parsed.status, kMaxStrDigits, parsed.ndigits, buf, sizeof buf);
    return raise(&exc::ValueError, "%s", buf);
  }
  if (parsed.status != bi::Status::kOk) return raise(&exc::ValueError, "%s", bi::status_message(parsed.status));
  IntObject* o = int_new_digits(static_cast<ssize>(parsed.capacity));
  if (!o) return nullptr;
  bi::Result r = bi::from_parsed(parsed, o->ob_digit);
  o->ob_size = static_cast<ssize>(r.size);
  if (o->ob_size >= -1 && o->ob_size <= 1) {
    auto v = int_to_int64(o);
    decref(o);
    return int_from_int64(*v);
  }
  return o;
}

Object* int_from_text(Object* text, int base) {
  return int_from_ascii(number_text_to_ascii(str_utf8(text)), base, text);
}

// int() of bytes-like data: the bytes as they are (non-ASCII ones never
// parse); an error shows them as bytes (the first 200), as CPython.
Object* int_from_bytes_text(std::string_view data, int base) {
  std::string ascii(data);
  for (char& c : ascii)
    if (static_cast<unsigned char>(c) >= 0x80) c = '?';
  Object* shown = bytes_from_data(data.data(), static_cast<ssize>(data.size() < 200 ? data.size() : 200));
  if (!shown) return nullptr;
  Object* r = int_from_ascii(ascii, base, shown);
  decref(shown);
  return r;
}

// The bytes of a bytes-like `x` parsed as an int, or false when x is not one.
bool int_from_bytes_like(Object* x, int base, Object** out) {
  if (is_bytes(x)) {
    *out = int_from_bytes_text(bytes_view(x), base);
    return true;
  }
  if (is_bytearray(x)) {
    *out = int_from_bytes_text({bytearray_data(x), static_cast<size_t>(bytearray_size(x))}, base);
    return true;
  }
  if (has_buffer(x)) {
    BufferHolder h;
    *out = h.get(x) ? int_from_bytes_text(h.bytes(), base) : nullptr;
    return true;
  }
  return false;
}

// The result of __int__/__index__/__trunc__ as an exact int. A strict int
// subclass from __int__ or __index__ is deprecated (`warn_subclass`).
Object* exact_int_result(Object* r, const char* method, bool warn_subclass = false) {
  if (!r || is_int_exact(r)) return r;
  if (!is_int(r)) {
    raise(&exc::TypeError, "%s returned non-int (type %.200s)", method, type_of(r)->tp_name);
    decref(r);
    return nullptr;
  }
  if (warn_subclass) {
    std::string msg = std::string(method) + " returned non-int (type " + type_of(r)->tp_name +
                      ").  The ability to return an instance of a strict subclass of int is deprecated, and may be "
                      "removed in a future version of Python.";
    if (warn(&exc::DeprecationWarning, msg) < 0) {
      decref(r);
      return nullptr;
    }
  }
  Object* copy = int_exact_copy(r);
  decref(r);
  return copy;
}

// int(x) (PyNumber_Long).
Object* number_long(Object* x) {
  if (is_int_exact(x)) return newref(x);
  NumberMethods* nb = type_of(x)->tp_as_number;
  if (nb && nb->nb_int) return exact_int_result(nb->nb_int(x), "__int__", true);
  if (nb && nb->nb_index) return exact_int_result(nb->nb_index(x), "__index__", true);
  bool found;
  Object* trunc = lookup_special(x, names::dunder_trunc);
  if (trunc && warn(&exc::DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.") < 0) {
    decref(trunc);
    return nullptr;
  }
  found = trunc != nullptr;
  Object* r = trunc ? object_vectorcall(trunc, nullptr, 0, nullptr) : nullptr;
  xdecref(trunc);
  if (found) {
    if (!r || is_int(r)) return exact_int_result(r, "__trunc__");
    if (!is_index(r)) {
      raise(&exc::TypeError, "__trunc__ returned non-Integral (type %.200s)", type_of(r)->tp_name);
      decref(r);
      return nullptr;
    }
    Object* i = number_index(r);
    decref(r);
    return exact_int_result(i, "__index__");
  }
  if (error_occurred()) return nullptr;
  if (is_str(x)) return int_from_text(x, 10);
  Object* from_bytes;
  if (int_from_bytes_like(x, 10, &from_bytes)) return from_bytes;
  return raise(&exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%.200s'",
               type_of(x)->tp_name);
}

// int(x, base) as an exact int; x or base may be null.
Object* int_from_args(Object* x, Object* base_obj) {
  if (!x) {
    if (base_obj) return raise(&exc::TypeError, "int() missing string argument");
    return int_from_int64(0);
  }
  if (!base_obj) return number_long(x);
  ssize base;
  if (!index_as_ssize(base_obj, nullptr, &base)) return nullptr;
  if ((base != 0 && base < 2) || base > 36) return raise(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
  Object* from_bytes;
  if ((is_bytes(x) || is_bytearray(x)) && int_from_bytes_like(x, static_cast<int>(base), &from_bytes)) return from_bytes;
  if (!is_str(x)) return raise(&exc::TypeError, "int() can't convert non-string with explicit base");
  return int_from_text(x, static_cast<int>(base));
}

// A copy of the exact int `value` as an instance of subclass `type`.
Object* int_subtype_from(TypeObject* type, Object* value) {
  ssize size = static_cast<IntObject*>(value)->ob_size;
  ssize n = size < 0 ? -size : size;
  Object* o = object_new_var_instance(type, n ? n : 1);
  if (!o) return nullptr;
  auto* io = static_cast<IntObject*>(o);
  io->ob_size = size;
  for (ssize i = 0; i < (n ? n : 1); i++) io->ob_digit[i] = static_cast<IntObject*>(value)->ob_digit[i];
  return o;
}

Object* finish_new(TypeObject* type, Object* value) {
  if (!value || type == &IntType) return value;
  Object* o = int_subtype_from(type, value);
  decref(value);
  return o;
}

Object* int_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  static const char* const names[] = {"", "base"};
  Object* values[2];
  if (!parse_tuple_and_keywords(args, kwargs, "int", names, 2, 0, values)) return nullptr;
  return finish_new(type, int_from_args(values[0], values[1]));
}

Object* int_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  auto nargs = static_cast<ssize>(nargsf);
  if (!kwnames && nargs == 1) return finish_new(reinterpret_cast<TypeObject*>(type), number_long(args[0]));
  static const char* const names[] = {"", "base"};
  Object* values[2];
  if (!parse_args(ArgSpec{"int", names, 2, 0, 1}, args, nargs, kwnames, values)) return nullptr;
  return finish_new(reinterpret_cast<TypeObject*>(type), int_from_args(values[0], values[1]));
}

Object* bool_from_args(Object* const* args, ssize nargs) {
  if (!check_positional("bool", nargs, 0, 1)) return nullptr;
  if (nargs == 0) return newref(bool_object(false));
  int t = object_is_true(args[0]);
  return t < 0 ? nullptr : newref(bool_object(t));
}

Object* bool_tp_new(TypeObject*, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) return raise(&exc::TypeError, "bool() takes no keyword arguments");
  return bool_from_args(&tuple_item(args, 0), tuple_size(args));
}

Object* bool_vectorcall(Object*, Object* const* args, size_t nargsf, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) return raise(&exc::TypeError, "bool() takes no keyword arguments");
  return bool_from_args(args, static_cast<ssize>(nargsf));
}

// ---- methods --------------------------------------------------------------------

Object* m_int_self(Object* self, Object*) { return int_exact_copy(self); }

Object* m_bit_length(Object* self, Object*) {
  return int_from_int64(static_cast<int64_t>(bi::bit_length(view(self))));
}

Object* m_bit_count(Object* self, Object*) { return int_from_int64(static_cast<int64_t>(bi::bit_count(view(self)))); }

Object* m_as_integer_ratio(Object* self, Object*) {
  Object* n = int_exact_copy(self);
  if (!n) return nullptr;
  Object* r = tuple_pack({n, int_from_int64(1)});
  decref(n);
  return r;
}

Object* m_getnewargs(Object* self, Object*) {
  Object* n = int_exact_copy(self);
  if (!n) return nullptr;
  Object* r = tuple_pack({n});
  decref(n);
  return r;
}

Object* m_sizeof(Object* self, Object*) {
  ssize n = std::abs(static_cast<IntObject*>(self)->ob_size);
  // CPython's size: the header (24 bytes) and at least one digit.
  return int_from_int64(24 + (n ? n : 1) * static_cast<ssize>(sizeof(digit)));
}

// round(self, ndigits): for ndigits < 0, self rounded to a multiple of
// 10**-ndigits, halves to even.
Object* m_round(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("__round__", nargs, 0, 1)) return nullptr;
  if (nargs == 0) return int_exact_copy(self);  // int.__round__(None) is a TypeError
  Object* nd = number_index(args[0]);
  if (!nd) return nullptr;
  if (static_cast<IntObject*>(nd)->ob_size >= 0) {
    decref(nd);
    return int_exact_copy(self);
  }
  Object* neg = unary_op(nd, UnaryOpKind::Negative);
  decref(nd);
  if (!neg) return nullptr;
  Object* ten = int_from_int64(10);
  Object* pow10 = binary_op(ten, neg, BinaryOpKind::Pow);
  decref(ten);
  decref(neg);
  if (!pow10) return nullptr;
  // q, r = divmod(self, pow10); r is in [0, pow10).
  Object* qr = binary_op(self, pow10, BinaryOpKind::Mod);
  Object* result = nullptr;
  if (qr) {
    Object* q = binary_op(self, pow10, BinaryOpKind::FloorDiv);
    Object* twice = q ? binary_op(qr, qr, BinaryOpKind::Add) : nullptr;
    if (twice) {
      int c = object_richcompare_bool(twice, pow10, kGt);
      int eq = c == 0 ? object_richcompare_bool(twice, pow10, kEq) : 0;
      bool up = c > 0;
      if (c >= 0 && eq > 0) up = static_cast<IntObject*>(q)->ob_size != 0 && (static_cast<IntObject*>(q)->ob_digit[0] & 1);
      if (c >= 0 && eq >= 0) {
        Object* base = binary_op(self, qr, BinaryOpKind::Sub);
        if (base && up) {
          result = binary_op(base, pow10, BinaryOpKind::Add);
          decref(base);
        } else {
          result = base;
        }
      }
      decref(twice);
    }
    xdecref(q);
    decref(qr);
  }
  decref(pow10);
  return result;
}

Object* m_format(Object* self, Object* spec) {
  if (!is_str(spec))
    return raise(&exc::TypeError, "__format__() argument must be str, not %.200s", type_of(spec)->tp_name);
  return int_format(self, spec);
}

Object* get_real(Object* self, void*) { return int_exact_copy(self); }
Object* get_imag(Object*, void*) { return int_from_int64(0); }
Object* get_one(Object*, void*) { return int_from_int64(1); }

MethodDef int_methods[] = {
    {"conjugate", cfunc(m_int_self), kMethNoArgs, "Returns self, the complex conjugate of any int."},
    {"bit_length", cfunc(m_bit_length), kMethNoArgs,
     "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6"},
    {"bit_count", cfunc(m_bit_count), kMethNoArgs,
     "Number of ones in the binary representation of the absolute value of self.\n\n"
     "Also known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3"},
    {"as_integer_ratio", cfunc(m_as_integer_ratio), kMethNoArgs,
     "Return integer ratio.\n\n"
     "Return a pair of integers, whose ratio is exactly equal to the original int\n"
     "and with a positive denominator.\n\n"
     ">>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n"
     ">>> (0).as_integer_ratio()\n(0, 1)"},
    {"__trunc__", cfunc(m_int_self), kMethNoArgs, "Truncating an Integral returns itself."},
    {"__floor__", cfunc(m_int_self), kMethNoArgs, "Flooring an Integral returns itself."},
    {"__ceil__", cfunc(m_int_self), kMethNoArgs, "Ceiling of an Integral returns itself."},
    {"__round__", cfunc(m_round), kMethFastcall,
     "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
    {"__getnewargs__", cfunc(m_getnewargs), kMethNoArgs, nullptr},
    {"__format__", cfunc(m_format), kMethO, "Convert to a string according to format_spec."},
    {"__sizeof__", cfunc(m_sizeof), kMethNoArgs, "Returns size in memory, in bytes."},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef int_getset[] = {
    {"real", get_real, nullptr, "the real part of a complex number", nullptr},
    {"imag", get_imag, nullptr, "the imaginary part of a complex number", nullptr},
    {"numerator", get_real, nullptr, "the numerator of a rational number in lowest terms", nullptr},
    {"denominator", get_one, nullptr, "the denominator of a rational number in lowest terms", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

Object* int_format(Object* self, Object* spec) {
  std::string_view spec_text = str_utf8(spec);
  if (!spec_text.data()) return nullptr;
  if (spec_text.empty()) return object_str(self);
  FormatSpec parsed;
  TextStatus s = parse_format_spec(spec_text, FormatTarget::kInt, type_of(self)->tp_name, &parsed);
  if (!s.ok()) return raise_text_status(s);
  std::string out;
  int base = parsed.type < 0x80 && parsed.type != 'c' ? int_format_base(parsed.type) : 10;
  bool is_float_type = parsed.type == 'e' || parsed.type == 'E' || parsed.type == 'f' || parsed.type == 'F' ||
                       parsed.type == 'g' || parsed.type == 'G' || parsed.type == '%';
  if (base != 10 && !is_float_type) {
    // Binary, octal and hex digits straight from the int (no decimal limit).
    bi::IntView v = view(self);
    std::string digits(static_cast<size_t>(bi::to_string_capacity(v, base, 0)), '\0');
    bi::Result r = bi::to_string(v, base, 0, 0, digits.data());
    digits.resize(static_cast<size_t>(r.size));
    bool negative = !digits.empty() && digits[0] == '-';
    s = format_int_digits(parsed, negative, std::string_view(digits).substr(negative ? 1 : 0), out);
  } else if (is_float_type && !int_to_int64(self)) {
    // Through a float, as CPython (so no decimal digits limit here).
    double d;
    if (bi::to_double(view(self), &d) != bi::Status::kOk)
      return raise(&exc::OverflowError, "int too large to convert to float");
    s = format_float(parsed, d, out);
  } else if (parsed.type == 'c' && !int_to_int64(self)) {
    return raise(&exc::OverflowError, "Python int too large to convert to C long");
  } else {
    Object* decimal = IntType.tp_repr(self);  // bool formats as its number here
    if (!decimal) return nullptr;
    s = format_int_decimal(parsed, str_utf8(decimal), out);
    decref(decimal);
  }
  if (!s.ok()) return raise_text_status(s);
  return str_from_utf8(out);
}

void init_int_methods() {
  IntType.tp_methods = int_methods;
  IntType.tp_getattro = object_generic_getattr;
  IntType.tp_getset = int_getset;
  IntType.tp_new = int_tp_new;
  IntType.tp_vectorcall = int_vectorcall;
  IntType.tp_doc =
      "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
      "Convert a number or string to an integer, or return 0 if no arguments\n"
      "are given.  If x is a number, return x.__int__().  For floating point\n"
      "numbers, this truncates towards zero.\n\n"
      "If x is not a number or if base is given, then x must be a string,\n"
      "bytes, or bytearray instance representing an integer literal in the\n"
      "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
      "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
      "Base 0 means to interpret the base from the string as an integer literal.\n"
      ">>> int('0b100', base=0)\n4";
  BoolType.tp_new = bool_tp_new;
  BoolType.tp_vectorcall = bool_vectorcall;
  BoolType.tp_doc =
      "bool(x) -> bool\n\n"
      "Returns True when the argument x is true, False otherwise.\n"
      "The builtins True and False are the only two instances of the class bool.\n"
      "The class bool is a subclass of the class int, and cannot be subclassed.";
}

}  // namespace dx
