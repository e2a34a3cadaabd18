// The float type: creation, repr, the numeric hash shared with int, exact
// comparison with ints, and arithmetic (support/float_text does the parts
// with CPython's special cases).
#include "objects/float.h"

#include "objects/complex.h"

#include <cmath>
#include <string>

#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "support/bigint.h"
#include "support/float_text.h"
#include "support/repr.h"

namespace dx {

TypeObject FloatType;

namespace {

namespace bi = dx::bigint;

bi::IntView int_view(Object* o) {
  auto* i = static_cast<IntObject*>(o);
  return {i->ob_digit, i->ob_size};
}

// The operand as a double: floats and ints (ints converted exactly, or
// OverflowError). Returns 0 when the operand is neither (NotImplemented).
int as_double(Object* o, double* out) {
  if (is_float(o)) {
    *out = float_value(o);
    return 1;
  }
  if (is_int(o)) {
    bi::Status s = bi::to_double(int_view(o), out);
    if (s != bi::Status::kOk) {
      raise(&exc::OverflowError, "%s", bi::status_message(s));
      return -1;
    }
    return 1;
  }
  return 0;
}

#define CONVERT_BOTH(a, b, x, y)                     \
  double x, y;                                       \
  {                                                  \
    int ra = as_double(a, &x);                       \
    if (ra <= 0) return ra < 0 ? nullptr : newref(not_implemented()); \
    int rb = as_double(b, &y);                       \
    if (rb <= 0) return rb < 0 ? nullptr : newref(not_implemented()); \
  }

Object* float_add(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return float_from_double(x + y);
}
Object* float_sub(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return float_from_double(x - y);
}
Object* float_mul(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return float_from_double(x * y);
}
Object* float_div(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  double r;
  TextStatus s = float_truediv(x, y, &r);
  if (!s.ok()) return raise_text_status(s);
  return float_from_double(r);
}
Object* float_floordiv_slot(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  double r;
  TextStatus s = float_floordiv(x, y, &r);
  if (!s.ok()) return raise_text_status(s);
  return float_from_double(r);
}
Object* float_mod_slot(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  double r;
  TextStatus s = float_mod(x, y, &r);
  if (!s.ok()) return raise_text_status(s);
  return float_from_double(r);
}
Object* float_divmod_slot(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  double q, r;
  TextStatus s = float_divmod(x, y, &q, &r);
  if (!s.ok()) return raise_text_status(s);
  Object* qo = float_from_double(q);
  Object* ro = qo ? float_from_double(r) : nullptr;
  if (!ro) {
    xdecref(qo);
    return nullptr;
  }
  Object* t = tuple_new(2);
  if (!t) {
    decref(qo);
    decref(ro);
    return nullptr;
  }
  tuple_item(t, 0) = qo;
  tuple_item(t, 1) = ro;
  return t;
}

// x ** y with CPython's special cases for zero, negative bases and infinities.
Object* float_pow(Object* a, Object* b, Object* mod) {
  if (!is_none(mod)) return raise(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
  CONVERT_BOTH(a, b, x, y);
  if (y == 0) return float_from_double(1.0);
  if (std::isnan(x)) return float_from_double(y == 0 ? 1.0 : x);
  if (std::isnan(y)) return float_from_double(x == 1.0 ? 1.0 : y);
  if (x == 0) {
    if (y < 0 && std::isfinite(y))
      return raise(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
  }
  if (x < 0 && std::isfinite(x) && std::isfinite(y) && y != std::floor(y)) {
    // A negative number to a fractional power is complex.
    return complex_power(a, b, mod);
  }
  errno = 0;
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
    return raise(&exc::OverflowError, "(34, 'Numerical result out of range')");
  return float_from_double(r);
}

Object* float_neg(Object* a) { return float_from_double(-float_value(a)); }
Object* float_pos(Object* a) { return is_float_exact(a) ? newref(a) : float_from_double(float_value(a)); }
Object* float_abs(Object* a) { return float_from_double(std::fabs(float_value(a))); }
int float_bool(Object* a) { return float_value(a) != 0.0; }

Object* float_int(Object* a) {
  double x = float_value(a);
  if (std::isnan(x)) return raise(&exc::ValueError, "cannot convert float NaN to integer");
  if (std::isinf(x)) return raise(&exc::OverflowError, "cannot convert float infinity to integer");
  if (std::fabs(x) < 9.2e18) return int_from_int64(static_cast<int64_t>(x));
  IntObject* o = int_new_digits(static_cast<ssize>(bi::from_double_capacity(x)));
  if (!o) return nullptr;
  o->ob_size = static_cast<ssize>(bi::from_double(x, o->ob_digit));
  return o;
}

Object* float_float(Object* a) { return float_pos(a); }

// Compares a finite double with an int exactly.
int compare_double_int(double x, Object* i) {
  bi::IntView v = int_view(i);
  if (bi::bit_length(v) <= 53) {
    double y;
    (void)bi::to_double(v, &y);  // exact
    return x < y ? -1 : x > y ? 1 : 0;
  }
  // Compare integer parts exactly, then the fraction decides ties.
  double ipart;
  double frac = std::modf(x, &ipart);
  IntObject* whole = int_new_digits(static_cast<ssize>(bi::from_double_capacity(ipart)));
  if (!whole) return 2;
  whole->ob_size = static_cast<ssize>(bi::from_double(ipart, whole->ob_digit));
  int c = bi::compare(int_view(whole), v);
  object_free(whole);
  if (c != 0) return c;
  return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

Object* float_richcompare(Object* a, Object* b, int op) {
  double x = float_value(a);
  int c;
  if (is_float(b)) {
    double y = float_value(b);
    bool r;
    switch (op) {
      case kLt: r = x < y; break;
      case kLe: r = x <= y; break;
      case kEq: r = x == y; break;
      case kNe: r = x != y; break;
      case kGt: r = x > y; break;
      default: r = x >= y; break;
    }
    return newref(bool_object(r));
  }
  if (!is_int(b)) return newref(not_implemented());
  if (std::isnan(x)) return newref(bool_object(op == kNe));
  if (std::isinf(x)) {
    c = x > 0 ? 1 : -1;
  } else {
    c = compare_double_int(x, b);
    if (c == 2) return nullptr;
  }
  bool r;
  switch (op) {
    case kLt: r = c < 0; break;
    case kLe: r = c <= 0; break;
    case kEq: r = c == 0; break;
    case kNe: r = c != 0; break;
    case kGt: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return newref(bool_object(r));
}

hash_t float_hash(Object* o) { return hash_double(o, float_value(o)); }

Object* float_repr(Object* o) {
  std::string out;
  append_float_repr(out, float_value(o));
  return str_from_ascii(out);
}

void float_dealloc(Object* o) {
  ThreadState* ts = current_thread();
  if (kFreeListsEnabled && type_of(o) == &FloatType && ts && ts->interp->float_free_count < 256) {
    *reinterpret_cast<Object**>(o) = ts->interp->float_free_list;
    ts->interp->float_free_list = o;
    ts->interp->float_free_count++;
    return;
  }
  object_free(o);
}

NumberMethods float_as_number;

}  // namespace

// The numeric hash (the Python reference's "hashing of numeric types"):
// x = m * 2**e reduced modulo P = 2**61 - 1, so that equal ints and floats
// hash alike.
hash_t hash_double(Object* inst, double v) {
  constexpr int kBits = 61;
  constexpr uint64_t kModulus = (uint64_t(1) << kBits) - 1;
  if (!std::isfinite(v)) {
    if (std::isinf(v)) return v > 0 ? 314159 : -314159;
    return object_identity_hash(inst);
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kModulus) | x >> (kBits - 28);
    m *= 268435456.0;  // 2**28
    e -= 28;
    auto y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kModulus) x -= kModulus;
  }
  e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
  x = ((x << e) & kModulus) | x >> (kBits - e);
  auto h = static_cast<hash_t>(x) * sign;
  return h == -1 ? -2 : h;
}

Object* float_from_double(double v) {
  ThreadState* ts = current_thread();
  if (ts && ts->interp->float_free_list) {
    Interpreter* in = ts->interp;
    auto* f = static_cast<FloatObject*>(in->float_free_list);
    in->float_free_list = *reinterpret_cast<Object**>(f);
    in->float_free_count--;
    f->ob_refcnt = 1;
    f->ob_type = &FloatType;
    f->ob_fval = v;
    return f;
  }
  auto* f = alloc_object<FloatObject>(&FloatType);
  if (!f) return nullptr;
  f->ob_fval = v;
  return f;
}

Object* int_true_divide(Object* a, Object* b) {
  if (!is_int(a) || !is_int(b)) return newref(not_implemented());
  double r;
  bi::Status s = bi::true_divide(int_view(a), int_view(b), &r);
  if (s != bi::Status::kOk) {
    if (bi::status_error(s) == bi::ErrorType::kZeroDivisionError) return raise(&exc::ZeroDivisionError, "division by zero");
    return raise(&exc::OverflowError, "%s", bi::status_message(s));
  }
  return float_from_double(r);
}

void init_float_type() {
  NumberMethods& n = float_as_number;
  n.nb_add = float_add;
  n.nb_subtract = float_sub;
  n.nb_multiply = float_mul;
  n.nb_remainder = float_mod_slot;
  n.nb_divmod = float_divmod_slot;
  n.nb_power = float_pow;
  n.nb_negative = float_neg;
  n.nb_positive = float_pos;
  n.nb_absolute = float_abs;
  n.nb_bool = float_bool;
  n.nb_int = float_int;
  n.nb_float = float_float;
  n.nb_floor_divide = float_floordiv_slot;
  n.nb_true_divide = float_div;
  FloatType.ob_refcnt = kImmortalRefcnt;
  FloatType.tp_name = "float";
  FloatType.tp_basicsize = sizeof(FloatObject);
  FloatType.tp_dealloc = float_dealloc;
  FloatType.tp_repr = float_repr;
  FloatType.tp_hash = float_hash;
  FloatType.tp_richcompare = float_richcompare;
  FloatType.tp_as_number = &float_as_number;
  FloatType.tp_flags = kTpDefault | kTpBaseType | kTpImmutableType | kTpMatchSelf;
  init_float_methods();
}

}  // namespace dx
