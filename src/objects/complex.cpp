// The complex type: arithmetic with CPython 3.11's algorithms (Smith's
// division, repeated squaring for small integer powers, the polar form
// otherwise) and their error cases, the numeric hash, == and != with ints
// and floats, repr, format() and complex() from numbers and strings.
#include "objects/complex.h"

#include <cerrno>
#include <cmath>
#include <string>

#include "objects/bytes_internal.h"
#include "objects/descriptor.h"
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
#include "support/bigint.h"
#include "support/float_text.h"
#include "vm/arguments.h"

namespace dx {

TypeObject ComplexType;

bool is_complex(Object* o) { return type_of(o) == &ComplexType || is_subtype(type_of(o), &ComplexType); }

namespace {

using bytesimpl::cfunc;
using C = ComplexValue;

// ---- the arithmetic (CPython's _Py_c_* functions' results) ---------------------------------

C c_sum(C a, C b) { return {a.real + b.real, a.imag + b.imag}; }
C c_diff(C a, C b) { return {a.real - b.real, a.imag - b.imag}; }
C c_prod(C a, C b) { return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real}; }

// Smith's algorithm: divide through by the larger part of b. Sets *zero
// when b is 0.
C c_quot(C a, C b, bool* zero) {
  double abs_breal = b.real < 0 ? -b.real : b.real;
  double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      *zero = true;
      return {0.0, 0.0};
    }
    double ratio = b.imag / b.real;
    double denom = b.real + b.imag * ratio;
    return {(a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom};
  }
  if (abs_bimag >= abs_breal) {
    double ratio = b.real / b.imag;
    double denom = b.real * ratio + b.imag;
    return {(a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom};
  }
  return {NAN, NAN};  // a NaN in b
}

C c_pow(C a, C b, bool* domain) {
  if (b.real == 0.0 && b.imag == 0.0) return {1.0, 0.0};
  if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) *domain = true;
    return {0.0, 0.0};
  }
  double vabs = std::hypot(a.real, a.imag);
  double len = std::pow(vabs, b.real);
  double at = std::atan2(a.imag, a.real);
  double phase = at * b.real;
  if (b.imag != 0.0) {
    len /= std::exp(at * b.imag);
    phase += b.imag * std::log(vabs);
  }
  return {len * std::cos(phase), len * std::sin(phase)};
}

C c_powu(C x, long n) {
  C r{1.0, 0.0}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

C c_powi(C x, long n, bool* domain) {
  if (n > 0) return c_powu(x, n);
  return c_quot({1.0, 0.0}, c_powu(x, -n), domain);
}

// ---- operands --------------------------------------------------------------------------

// An operand as a complex value: complex, float or int (ints exactly, or
// OverflowError). 0 when it is none of these (NotImplemented).
int to_complex(Object* o, C* out) {
  if (is_complex(o)) {
    *out = complex_value(o);
    return 1;
  }
  if (is_float(o)) {
    *out = {float_value(o), 0.0};
    return 1;
  }
  if (is_int(o)) {
    auto* i = static_cast<IntObject*>(o);
    double d;
    bigint::Status s = bigint::to_double({i->ob_digit, i->ob_size}, &d);
    if (s != bigint::Status::kOk) {
      raise(&exc::OverflowError, "%s", bigint::status_message(s));
      return -1;
    }
    *out = {d, 0.0};
    return 1;
  }
  return 0;
}

#define CONVERT_BOTH(a, b, x, y)                                          \
  C x, y;                                                                 \
  {                                                                       \
    int ra = to_complex(a, &x);                                           \
    if (ra <= 0) return ra < 0 ? nullptr : newref(not_implemented());     \
    int rb = to_complex(b, &y);                                           \
    if (rb <= 0) return rb < 0 ? nullptr : newref(not_implemented());     \
  }

Object* from(C c) { return complex_from_doubles(c.real, c.imag); }

Object* complex_add(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return from(c_sum(x, y));
}
Object* complex_sub(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return from(c_diff(x, y));
}
Object* complex_mul(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return from(c_prod(x, y));
}
Object* complex_div(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  bool zero = false;
  C r = c_quot(x, y, &zero);
  if (zero) return raise(&exc::ZeroDivisionError, "complex division by zero");
  return from(r);
}

Object* complex_neg(Object* a) {
  C c = complex_value(a);
  return complex_from_doubles(-c.real, -c.imag);
}
Object* complex_pos(Object* a) {
  if (is_complex_exact(a)) return newref(a);
  return from(complex_value(a));
}

Object* complex_abs(Object* a) {
  C z = complex_value(a);
  double r;
  if (!std::isfinite(z.real) || !std::isfinite(z.imag)) {
    // An infinite part wins over a NaN (C99).
    if (std::isinf(z.real)) r = std::fabs(z.real);
    else if (std::isinf(z.imag)) r = std::fabs(z.imag);
    else r = NAN;
  } else {
    r = std::hypot(z.real, z.imag);
    if (!std::isfinite(r)) return raise(&exc::OverflowError, "absolute value too large");
  }
  return float_from_double(r);
}

int complex_bool(Object* a) {
  C c = complex_value(a);
  return c.real != 0.0 || c.imag != 0.0;
}

hash_t complex_hash(Object* o) {
  C c = complex_value(o);
  auto hr = static_cast<uint64_t>(hash_double(o, c.real));
  auto hi = static_cast<uint64_t>(hash_double(o, c.imag));
  uint64_t combined = hr + 1000003u * hi;
  auto h = static_cast<hash_t>(combined);
  return h == -1 ? -2 : h;
}

Object* complex_richcompare(Object* v, Object* w, int op) {
  if (op != kEq && op != kNe) return newref(not_implemented());
  C i = complex_value(v);
  bool equal;
  if (is_int(w)) {
    if (i.imag == 0.0) {
      // Exactly as float == int.
      Object* j = float_from_double(i.real);
      if (!j) return nullptr;
      Object* r = object_richcompare(j, w, op);
      decref(j);
      return r;
    }
    equal = false;
  } else if (is_float(w)) {
    equal = i.real == float_value(w) && i.imag == 0.0;
  } else if (is_complex(w)) {
    C j = complex_value(w);
    equal = i.real == j.real && i.imag == j.imag;
  } else {
    return newref(not_implemented());
  }
  return newref(bool_object(op == kEq ? equal : !equal));
}

Object* complex_repr(Object* o) {
  C c = complex_value(o);
  std::string out;
  append_complex_repr(out, c.real, c.imag);
  return str_from_ascii(out);
}

// ---- methods ---------------------------------------------------------------------------

Object* m_conjugate(Object* self, Object*) {
  C c = complex_value(self);
  return complex_from_doubles(c.real, -c.imag);
}

Object* m_getnewargs(Object* self, Object*) {
  C c = complex_value(self);
  Object* r = float_from_double(c.real);
  Object* i = r ? float_from_double(c.imag) : nullptr;
  Object* t = i ? tuple_pack({r, i}) : nullptr;
  xdecref(r);
  xdecref(i);
  return t;
}

Object* m_complex(Object* self, Object*) { return complex_pos(self); }

Object* m_format(Object* self, Object* spec) {
  if (!is_str(spec))
    return raise(&exc::TypeError, "__format__() argument must be str, not %.50s", type_of(spec)->tp_name);
  return object_format(self, spec);
}

MethodDef complex_methods[] = {
    {"conjugate", cfunc(m_conjugate), kMethNoArgs, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__getnewargs__", cfunc(m_getnewargs), kMethNoArgs, nullptr},
    {"__format__", cfunc(m_format), kMethO, "Convert to a string according to format_spec."},
    {"__complex__", cfunc(m_complex), kMethNoArgs, "Convert this value to exact type complex."},
    {nullptr, nullptr, 0, nullptr},
};

MemberDef complex_members[] = {
    {"real", kMemberDouble, offsetof(ComplexObject, cval.real), kMemberReadonly, "the real part of a complex number"},
    {"imag", kMemberDouble, offsetof(ComplexObject, cval.imag), kMemberReadonly,
     "the imaginary part of a complex number"},
    {nullptr, 0, 0, 0, nullptr},
};

// ---- complex() ---------------------------------------------------------------------------

Object* from_doubles_of_type(TypeObject* type, double real, double imag) {
  if (type == &ComplexType) return complex_from_doubles(real, imag);
  Object* o = object_new_instance(type);
  if (!o) return nullptr;
  static_cast<ComplexObject*>(o)->cval = {real, imag};
  return o;
}

std::nullptr_t malformed() { return raise(&exc::ValueError, "complex() arg is a malformed string"); }

Object* complex_from_string(TypeObject* type, Object* v) {
  std::string_view utf8 = str_utf8(v);
  if (!utf8.data()) return nullptr;
  std::string ascii = number_text_to_ascii(utf8);
  if (ascii.find('\0') != std::string::npos) return malformed();
  // Underscores (PEP 515) only between digits; misplaced ones give
  // float()'s kind of message.
  if (ascii.find('_') != std::string::npos) {
    std::string cleaned;
    char prev = 0;
    bool ok = true;
    for (char c : ascii) {
      if (c == '_') {
        if (!(prev >= '0' && prev <= '9')) ok = false;
      } else {
        if (prev == '_' && !(c >= '0' && c <= '9')) ok = false;
        cleaned.push_back(c);
      }
      prev = c;
    }
    if (prev == '_') ok = false;
    if (!ok) {
      Object* r = object_repr(v);
      if (!r) return nullptr;
      std::string_view rs = str_utf8(r);
      raise(&exc::ValueError, "could not convert string to complex: %.*s", static_cast<int>(rs.size()), rs.data());
      decref(r);
      return nullptr;
    }
    ascii = cleaned;
  }
  std::string_view s = ascii;
  size_t i = 0, n = s.size();
  auto space = [&](size_t k) { return k < n && bytesimpl::is_ascii_space(static_cast<unsigned char>(s[k])); };
  while (space(i)) i++;
  bool bracket = false;
  if (i < n && s[i] == '(') {
    bracket = true;
    i++;
    while (space(i)) i++;
  }
  double x = 0.0, y = 0.0, z;
  size_t len = parse_float_prefix(s.substr(i), &z);
  auto is_j = [&](size_t k) { return k < n && (s[k] == 'j' || s[k] == 'J'); };
  if (len) {
    i += len;
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      x = z;
      size_t len2 = parse_float_prefix(s.substr(i), &y);
      if (len2) {
        i += len2;
      } else {
        y = s[i] == '+' ? 1.0 : -1.0;
        i++;
      }
      if (!is_j(i)) return malformed();
      i++;
    } else if (is_j(i)) {
      i++;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (i < n && (s[i] == '+' || s[i] == '-')) {
      y = s[i] == '+' ? 1.0 : -1.0;
      i++;
    } else {
      y = 1.0;
    }
    if (!is_j(i)) return malformed();
    i++;
  }
  while (space(i)) i++;
  if (bracket) {
    if (i >= n || s[i] != ')') return malformed();
    i++;
    while (space(i)) i++;
  }
  if (i != n) return malformed();
  return from_doubles_of_type(type, x, y);
}

// float(x) for an object with __float__ or __index__ (PyNumber_Float).
bool as_float_part(Object* x, double* out) {
  if (is_float(x)) {
    *out = float_value(x);
    return true;
  }
  C c;
  if (is_int(x)) {
    if (to_complex(x, &c) < 0) return false;
    *out = c.real;
    return true;
  }
  NumberMethods* nb = type_of(x)->tp_as_number;
  Object* f = nullptr;
  if (nb && nb->nb_float) {
    f = nb->nb_float(x);
    if (f && !is_float(f)) {
      raise(&exc::TypeError, "%.50s.__float__ returned non-float (type %.50s)", type_of(x)->tp_name,
            type_of(f)->tp_name);
      decref(f);
      return false;
    }
  } else if (nb && nb->nb_index) {
    Object* i = number_index(x);
    if (!i) return false;
    bool ok = to_complex(i, &c) > 0;
    decref(i);
    if (ok) *out = c.real;
    return ok;
  }
  if (!f) return false;
  *out = float_value(f);
  decref(f);
  return true;
}

bool is_number_part(Object* o) {
  if (is_complex(o)) return true;
  NumberMethods* nb = type_of(o)->tp_as_number;
  return nb && (nb->nb_float || nb->nb_index);
}

Object* complex_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  static const char* const kNames[] = {"real", "imag"};
  Object* values[2];
  if (!parse_tuple_and_keywords(args, kwargs, "complex", kNames, 2, 0, values)) return nullptr;
  Object* r = values[0];
  Object* i = values[1];
  if (!r) {
    if (!i) return from_doubles_of_type(type, 0.0, 0.0);
    r = int_from_int64(0);  // immortal: no reference to drop
  }
  if (is_complex_exact(r) && !i && type == &ComplexType) return newref(r);
  if (is_str(r)) {
    if (i) return raise(&exc::TypeError, "complex() can't take second arg if first is a string");
    return complex_from_string(type, r);
  }
  if (i && is_str(i)) return raise(&exc::TypeError, "complex() second arg can't be a string");
  Object* own = nullptr;
  if (Object* f = lookup_special(r, names::dunder_complex)) {
    own = object_vectorcall(f, nullptr, 0, nullptr);
    decref(f);
    if (!own) return nullptr;
    if (!is_complex(own)) {
      raise(&exc::TypeError, "__complex__ returned non-complex (type %.200s)", type_of(own)->tp_name);
      decref(own);
      return nullptr;
    }
    r = own;
  } else if (error_occurred()) {
    return nullptr;
  }
  if (!is_number_part(r)) {
    xdecref(own);
    return raise(&exc::TypeError, "complex() first argument must be a string or a number, not '%.200s'",
                 type_of(r)->tp_name);
  }
  if (i && !is_number_part(i)) {
    xdecref(own);
    return raise(&exc::TypeError, "complex() second argument must be a number, not '%.200s'", type_of(i)->tp_name);
  }
  C cr{0, 0}, ci{0, 0};
  bool cr_is_complex = false, ci_is_complex = false;
  if (is_complex(r)) {
    cr = complex_value(r);
    cr_is_complex = true;
    xdecref(own);
  } else {
    bool ok = as_float_part(r, &cr.real);
    xdecref(own);
    if (!ok) return nullptr;
  }
  if (!i) {
    ci.real = cr.imag;
  } else if (is_complex(i)) {
    ci = complex_value(i);
    ci_is_complex = true;
  } else if (!as_float_part(i, &ci.real)) {
    return nullptr;
  }
  if (ci_is_complex) cr.real -= ci.imag;
  if (cr_is_complex && i) ci.real += cr.imag;
  return from_doubles_of_type(type, cr.real, ci.real);
}

void complex_dealloc(Object* o) { object_free(o); }

NumberMethods complex_as_number;

}  // namespace

Object* complex_from_doubles(double real, double imag) {
  auto* c = alloc_object<ComplexObject>(&ComplexType);
  if (!c) return nullptr;
  c->cval = {real, imag};
  return c;
}

Object* complex_power(Object* a, Object* b, Object* mod) {
  C x, y;
  int ra = to_complex(a, &x);
  if (ra <= 0) return ra < 0 ? nullptr : newref(not_implemented());
  int rb = to_complex(b, &y);
  if (rb <= 0) return rb < 0 ? nullptr : newref(not_implemented());
  if (!is_none(mod)) return raise(&exc::ValueError, "complex modulo");
  bool domain = false;
  C p;
  // A small integral exponent: repeated squaring, faster and more exact.
  if (y.imag == 0.0 && y.real == std::floor(y.real) && std::fabs(y.real) <= 100.0)
    p = c_powi(x, static_cast<long>(y.real), &domain);
  else
    p = c_pow(x, y, &domain);
  if (domain) return raise(&exc::ZeroDivisionError, "0.0 to a negative or complex power");
  if (std::isinf(p.real) || std::isinf(p.imag)) return raise(&exc::OverflowError, "complex exponentiation");
  return from(p);
}

void init_complex_type() {
  NumberMethods& n = complex_as_number;
  n.nb_add = complex_add;
  n.nb_subtract = complex_sub;
  n.nb_multiply = complex_mul;
  n.nb_power = complex_power;
  n.nb_negative = complex_neg;
  n.nb_positive = complex_pos;
  n.nb_absolute = complex_abs;
  n.nb_bool = complex_bool;
  n.nb_true_divide = complex_div;

  TypeObject& t = ComplexType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "complex";
  t.tp_basicsize = sizeof(ComplexObject);
  t.tp_dealloc = complex_dealloc;
  t.tp_repr = complex_repr;
  t.tp_as_number = &complex_as_number;
  t.tp_hash = complex_hash;
  t.tp_flags = kTpDefault | kTpBaseType | kTpImmutableType;
  t.tp_doc =
      "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + "
      "imag*1j) where imag defaults to 0.";
  t.tp_richcompare = complex_richcompare;
  t.tp_methods = complex_methods;
  t.tp_members = complex_members;
  t.tp_new = complex_tp_new;
}

}  // namespace dx
