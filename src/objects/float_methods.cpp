// float's Python-level methods and attributes (is_integer,
// as_integer_ratio, hex, fromhex, conjugate, real/imag, __round__,
// __trunc__, __floor__, __ceil__, __getnewargs__, __getformat__,
// __format__) and construction: float(x), its vectorcall form and float
// subclasses.
#include <cmath>
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
#include "runtime/errors.h"
#include "support/bigint.h"
#include "support/float_text.h"
#include "support/format_spec.h"
#include "vm/arguments.h"

namespace dx {

namespace {

namespace bi = dx::bigint;

template <typename F>
constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

// ---- construction ---------------------------------------------------------------

// float(x) for an object other than a str (PyNumber_Float).
Object* number_float(Object* x) {
  if (is_float_exact(x)) return newref(x);
  NumberMethods* nb = type_of(x)->tp_as_number;
  if (nb && nb->nb_float) {
    Object* r = nb->nb_float(x);
    if (!r || is_float_exact(r)) return r;
    if (!is_float(r)) {
      raise(&exc::TypeError, "%.50s.__float__ returned non-float (type %.50s)", type_of(x)->tp_name,
            type_of(r)->tp_name);
      decref(r);
      return nullptr;
    }
    double v = float_value(r);
    decref(r);
    return float_from_double(v);
  }
  if (nb && nb->nb_index) {
    Object* i = number_index(x);
    if (!i) return nullptr;
    Object* r = IntType.tp_as_number->nb_float(i);
    decref(i);
    return r;
  }
  if (is_float(x)) return float_from_double(float_value(x));
  if (is_str(x)) {
    double v;
    TextStatus s = float_from_text(str_utf8(x), false, &v);
    if (!s.ok()) return raise_text_status(s);
    return float_from_double(v);
  }
  if (has_buffer(x)) {
    // bytes-like text; an error shows the object's repr.
    BufferHolder h;
    if (!h.get(x)) return nullptr;
    double v;
    TextStatus st = float_from_text(h.bytes(), true, &v);
    if (st.ok()) return float_from_double(v);
    if (is_bytes_exact(x)) return raise_text_status(st);
    Object* r = object_repr(x);
    if (!r) return nullptr;
    std::string shown(str_utf8(r));
    decref(r);
    return raise(&exc::ValueError, "could not convert string to float: %s", shown.c_str());
  }
  return raise(&exc::TypeError, "float() argument must be a string or a real number, not '%.200s'",
               type_of(x)->tp_name);
}

Object* float_from_arg(TypeObject* type, Object* x) {
  Object* v = x ? number_float(x) : float_from_double(0.0);
  if (!v || type == &FloatType) return v;
  Object* o = object_new_instance(type);
  if (o) static_cast<FloatObject*>(o)->ob_fval = float_value(v);
  decref(v);
  return o;
}

Object* float_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  if ((type == &FloatType || type->tp_init == FloatType.tp_init) && kwargs && dict_size(kwargs) > 0)
    return raise(&exc::TypeError, "float() takes no keyword arguments");
  ssize n = tuple_size(args);
  if (!check_positional("float", n, 0, 1)) return nullptr;
  return float_from_arg(type, n ? tuple_item(args, 0) : nullptr);
}

Object* float_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) return raise(&exc::TypeError, "float() takes no keyword arguments");
  auto n = static_cast<ssize>(nargsf);
  if (!check_positional("float", n, 0, 1)) return nullptr;
  return float_from_arg(reinterpret_cast<TypeObject*>(type), n ? args[0] : nullptr);
}

// ---- methods --------------------------------------------------------------------

// An int from an integral double (inf and nan give CPython's errors).
Object* int_from_integral_double(double x) {
  Object* f = float_from_double(x);
  if (!f) return nullptr;
  Object* r = FloatType.tp_as_number->nb_int(f);
  decref(f);
  return r;
}

// An int from decimal text.
Object* int_from_decimal(const std::string& text) {
  Object* s = str_from_ascii(text);
  if (!s) return nullptr;
  Object* r = object_vectorcall(reinterpret_cast<Object*>(&IntType), &s, 1, nullptr);
  decref(s);
  return r;
}

Object* m_conjugate(Object* self, Object*) { return is_float_exact(self) ? newref(self) : float_from_double(float_value(self)); }

Object* m_is_integer(Object* self, Object*) { return newref(bool_object(float_is_integer(float_value(self)))); }

Object* m_as_integer_ratio(Object* self, Object*) {
  std::string num, den;
  TextStatus s = float_as_integer_ratio_text(float_value(self), &num, &den);
  if (!s.ok()) return raise_text_status(s);
  Object* n = int_from_decimal(num);
  Object* d = n ? int_from_decimal(den) : nullptr;
  Object* r = d ? tuple_pack({n, d}) : nullptr;
  xdecref(n);
  xdecref(d);
  return r;
}

Object* m_hex(Object* self, Object*) {
  std::string out;
  append_float_hex(out, float_value(self));
  return str_from_ascii(out);
}

Object* m_fromhex(Object* cls, Object* text) {
  if (!is_str(text)) return raise(&exc::TypeError, "bad argument type for built-in operation");
  double v;
  TextStatus s = float_fromhex(str_utf8(text), &v);
  if (!s.ok()) return raise_text_status(s);
  Object* r = float_from_double(v);
  if (r && cls != reinterpret_cast<Object*>(&FloatType)) {
    Object* sub = object_vectorcall(cls, &r, 1, nullptr);
    decref(r);
    return sub;
  }
  return r;
}

Object* m_trunc(Object* self, Object*) { return FloatType.tp_as_number->nb_int(self); }
Object* m_floor(Object* self, Object*) { return int_from_integral_double(std::floor(float_value(self))); }
Object* m_ceil(Object* self, Object*) { return int_from_integral_double(std::ceil(float_value(self))); }

Object* m_round(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("__round__", nargs, 0, 1)) return nullptr;
  double x = float_value(self), r;
  if (nargs == 0 || is_none(args[0])) {
    TextStatus s = float_round_to_integral(x, &r);
    if (!s.ok()) return raise_text_status(s);
    return int_from_integral_double(r);
  }
  ssize ndigits;
  if (!index_as_ssize(args[0], nullptr, &ndigits)) return nullptr;
  TextStatus s = float_round(x, ndigits, &r);
  if (!s.ok()) return raise_text_status(s);
  return float_from_double(r);
}

Object* m_getnewargs(Object* self, Object*) {
  Object* v = float_from_double(float_value(self));
  if (!v) return nullptr;
  Object* r = tuple_pack({v});
  decref(v);
  return r;
}

Object* m_getformat(Object*, Object* arg) {
  if (!is_str(arg))
    return raise(&exc::TypeError, "__getformat__() argument must be str, not %.200s", type_of(arg)->tp_name);
  if (!str_equal_ascii(arg, "double") && !str_equal_ascii(arg, "float"))
    return raise(&exc::ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return str_from_ascii("IEEE, little-endian");
}

Object* m_format(Object* self, Object* spec) {
  if (!is_str(spec))
    return raise(&exc::TypeError, "__format__() argument must be str, not %.200s", type_of(spec)->tp_name);
  return float_format(self, spec);
}

Object* get_real(Object* self, void*) { return m_conjugate(self, nullptr); }
Object* get_imag(Object*, void*) { return float_from_double(0.0); }

MethodDef float_methods[] = {
    {"conjugate", cfunc(m_conjugate), kMethNoArgs, "Return self, the complex conjugate of any float."},
    {"__trunc__", cfunc(m_trunc), kMethNoArgs, "Return the Integral closest to x between 0 and x."},
    {"__floor__", cfunc(m_floor), kMethNoArgs, "Return the floor as an Integral."},
    {"__ceil__", cfunc(m_ceil), kMethNoArgs, "Return the ceiling as an Integral."},
    {"__round__", cfunc(m_round), kMethFastcall,
     "Return the Integral closest to x, rounding half toward even.\n\n"
     "When an argument is passed, work like built-in round(x, ndigits)."},
    {"as_integer_ratio", cfunc(m_as_integer_ratio), kMethNoArgs,
     "Return integer ratio.\n\n"
     "Return a pair of integers, whose ratio is exactly equal to the original float\n"
     "and with a positive denominator.\n\n"
     "Raise OverflowError on infinities and a ValueError on NaNs.\n\n"
     ">>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n"
     ">>> (-.25).as_integer_ratio()\n(-1, 4)"},
    {"fromhex", cfunc(m_fromhex), kMethO | kMethClass,
     "Create a floating-point number from a hexadecimal string.\n\n"
     ">>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324"},
    {"hex", cfunc(m_hex), kMethNoArgs,
     "Return a hexadecimal representation of a floating-point number.\n\n"
     ">>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'"},
    {"is_integer", cfunc(m_is_integer), kMethNoArgs, "Return True if the float is an integer."},
    {"__getnewargs__", cfunc(m_getnewargs), kMethNoArgs, nullptr},
    {"__getformat__", cfunc(m_getformat), kMethO | kMethClass,
     "You probably don't want to use this function.\n\n"
     "  typestr\n    Must be 'double' or 'float'.\n\n"
     "It exists mainly to be used in Python's test suite.\n\n"
     "This function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\n"
     "little-endian' best describes the format of floating point numbers used by the\n"
     "C type named by typestr."},
    {"__format__", cfunc(m_format), kMethO, "Formats the float according to format_spec."},
    {nullptr, nullptr, 0, nullptr},
};

GetSetDef float_getset[] = {
    {"real", get_real, nullptr, "the real part of a complex number", nullptr},
    {"imag", get_imag, nullptr, "the imaginary part of a complex number", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

bool is_float_subclass(const Object* o) { return is_subtype(type_of(o), &FloatType); }

Object* float_format(Object* self, Object* spec) {
  std::string_view spec_text = str_utf8(spec);
  if (!spec_text.data()) return nullptr;
  if (spec_text.empty()) return object_str(self);
  FormatSpec parsed;
  TextStatus s = parse_format_spec(spec_text, FormatTarget::kFloat, type_of(self)->tp_name, &parsed);
  std::string out;
  if (s.ok()) s = dx::format_float(parsed, float_value(self), out);
  if (!s.ok()) return raise_text_status(s);
  return str_from_utf8(out);
}

void init_float_methods() {
  FloatType.tp_methods = float_methods;
  FloatType.tp_getattro = object_generic_getattr;
  FloatType.tp_getset = float_getset;
  FloatType.tp_new = float_tp_new;
  FloatType.tp_vectorcall = float_vectorcall;
  FloatType.tp_doc = "Convert a string or number to a floating point number, if possible.";
}

}  // namespace dx
