// The int type's slots: arithmetic (over support/bigint), comparison, hash,
// repr and truth, and bool's own repr and bitwise operators.
#include <cstdlib>
#include <string>
#include <vector>

#include "objects/float.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "support/bigint.h"

namespace dx {

namespace {

namespace bi = dx::bigint;

constexpr int64_t kMaxStrDigits = 4300;  // sys.int_info.default_max_str_digits

bi::IntView view(Object* o) {
  auto* i = static_cast<IntObject*>(o);
  return {i->ob_digit, i->ob_size};
}

// Raises the exception a bigint status stands for.
std::nullptr_t raise_status(bi::Status s) {
  switch (bi::status_error(s)) {
    case bi::ErrorType::kMemoryError: return raise_no_memory();
    case bi::ErrorType::kZeroDivisionError: return raise(&exc::ZeroDivisionError, "%s", bi::status_message(s));
    case bi::ErrorType::kValueError: return raise(&exc::ValueError, "%s", bi::status_message(s));
    case bi::ErrorType::kOverflowError: return raise(&exc::OverflowError, "%s", bi::status_message(s));
    case bi::ErrorType::kNone: break;
  }
  return raise(&exc::SystemError, "unexpected bigint status");
}

// Turns a result written into `o` into the final object: the shared small
// int when the value is one, else `o` with its size set.
Object* finish(IntObject* o, int64_t size) {
  if (size >= -1 && size <= 1) {
    int64_t v = size == 0 ? 0 : size < 0 ? -static_cast<int64_t>(o->ob_digit[0]) : o->ob_digit[0];
    if (v >= -5 && v <= 256) {
      object_free(o);
      return int_from_int64(v);
    }
  }
  o->ob_size = static_cast<ssize>(size);
  return o;
}

template <typename Fill>
Object* compute(int64_t capacity, Fill fill) {
  IntObject* o = int_new_digits(static_cast<ssize>(capacity));
  if (!o) return nullptr;
  return finish(o, fill(o->ob_digit));
}

template <typename Fill>
Object* compute_checked(int64_t capacity, Fill fill) {
  IntObject* o = int_new_digits(static_cast<ssize>(capacity));
  if (!o) return nullptr;
  bi::Result r = fill(o->ob_digit);
  if (!r.ok()) {
    object_free(o);
    return raise_status(r.status);
  }
  return finish(o, r.size);
}

#define BOTH_INTS(a, b) \
  if (!is_int(a) || !is_int(b)) return newref(not_implemented())

// A small-value fast path: both operands fit one digit.
inline bool small(Object* a, Object* b, int64_t* x, int64_t* y) {
  auto* ia = static_cast<IntObject*>(a);
  auto* ib = static_cast<IntObject*>(b);
  if (ia->ob_size < -1 || ia->ob_size > 1 || ib->ob_size < -1 || ib->ob_size > 1) return false;
  *x = ia->ob_size * static_cast<int64_t>(ia->ob_digit[0]);
  *y = ib->ob_size * static_cast<int64_t>(ib->ob_digit[0]);
  return true;
}

Object* int_add(Object* a, Object* b) {
  BOTH_INTS(a, b);
  int64_t x, y;
  if (small(a, b, &x, &y)) return int_from_int64(x + y);
  return compute(bi::add_capacity(view(a), view(b)), [&](bi::Digit* out) { return bi::add(view(a), view(b), out); });
}

Object* int_sub(Object* a, Object* b) {
  BOTH_INTS(a, b);
  int64_t x, y;
  if (small(a, b, &x, &y)) return int_from_int64(x - y);
  return compute(bi::add_capacity(view(a), view(b)), [&](bi::Digit* out) { return bi::sub(view(a), view(b), out); });
}

Object* int_mul(Object* a, Object* b) {
  BOTH_INTS(a, b);
  int64_t x, y;
  if (small(a, b, &x, &y)) return int_from_int64(x * y);
  return compute_checked(bi::mul_capacity(view(a), view(b)),
                         [&](bi::Digit* out) { return bi::mul(view(a), view(b), out); });
}

// Floor division and modulo share divmod.
bool int_divmod_parts(Object* a, Object* b, bool want_q, bool want_r, Object** q_out, Object** r_out) {
  int64_t x, y;
  if (small(a, b, &x, &y) && y != 0) {
    int64_t q = x / y, r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) {
      q -= 1;
      r += y;
    }
    if (want_q) *q_out = int_from_int64(q);
    if (want_r) *r_out = int_from_int64(r);
    return true;
  }
  IntObject* q = int_new_digits(static_cast<ssize>(bi::div_capacity(view(a), view(b))));
  IntObject* r = q ? int_new_digits(static_cast<ssize>(bi::mod_capacity(view(a), view(b)))) : nullptr;
  if (!q || !r) {
    if (q) object_free(q);
    return false;
  }
  bi::DivmodResult d = bi::divmod(view(a), view(b), q->ob_digit, r->ob_digit);
  if (d.status != bi::Status::kOk) {
    object_free(q);
    object_free(r);
    raise_status(d.status);
    return false;
  }
  Object* qo = finish(q, d.q_size);
  Object* ro = finish(r, d.r_size);
  if (want_q) *q_out = qo;
  else decref(qo);
  if (want_r) *r_out = ro;
  else decref(ro);
  return true;
}

Object* int_floordiv(Object* a, Object* b) {
  BOTH_INTS(a, b);
  if (static_cast<IntObject*>(b)->ob_size == 0) return raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
  Object* q = nullptr;
  if (!int_divmod_parts(a, b, true, false, &q, nullptr)) return nullptr;
  return q;
}

Object* int_mod(Object* a, Object* b) {
  BOTH_INTS(a, b);
  if (static_cast<IntObject*>(b)->ob_size == 0) return raise(&exc::ZeroDivisionError, "integer modulo by zero");
  Object* r = nullptr;
  if (!int_divmod_parts(a, b, false, true, nullptr, &r)) return nullptr;
  return r;
}

Object* int_divmod(Object* a, Object* b) {
  BOTH_INTS(a, b);
  if (static_cast<IntObject*>(b)->ob_size == 0) return raise(&exc::ZeroDivisionError, "integer division or modulo by zero");
  Object *q = nullptr, *r = nullptr;
  if (!int_divmod_parts(a, b, true, true, &q, &r)) return nullptr;
  Object* t = tuple_new(2);
  if (!t) {
    decref(q);
    decref(r);
    return nullptr;
  }
  tuple_item(t, 0) = q;
  tuple_item(t, 1) = r;
  return t;
}

Object* int_pow(Object* a, Object* b, Object* mod) {
  BOTH_INTS(a, b);
  if (!is_none(mod)) {
    if (!is_int(mod)) return newref(not_implemented());
    return compute_checked(bi::pow_mod_capacity(view(mod)),
                           [&](bi::Digit* out) { return bi::pow_mod(view(a), view(b), view(mod), out); });
  }
  if (static_cast<IntObject*>(b)->ob_size < 0) {
    // A negative exponent gives a float, computed as float ** float.
    return FloatType.tp_as_number->nb_power(a, b, mod);
  }
  return compute_checked(bi::pow_capacity(view(a), view(b)),
                         [&](bi::Digit* out) { return bi::pow(view(a), view(b), out); });
}

Object* int_neg(Object* a) {
  return compute(static_cast<int64_t>(std::abs(static_cast<IntObject*>(a)->ob_size)) + 1,
                 [&](bi::Digit* out) { return bi::negate(view(a), out); });
}

Object* int_pos(Object* a) {
  if (is_int_exact(a)) return newref(a);
  return compute(static_cast<int64_t>(std::abs(static_cast<IntObject*>(a)->ob_size)) + 1,
                 [&](bi::Digit* out) { return bi::add(view(a), bi::IntView{nullptr, 0}, out); });
}

Object* int_abs(Object* a) {
  if (static_cast<IntObject*>(a)->ob_size >= 0) return int_pos(a);
  return int_neg(a);
}

Object* int_invert(Object* a) {
  return compute(bi::invert_capacity(view(a)), [&](bi::Digit* out) { return bi::invert(view(a), out); });
}

int int_bool(Object* a) { return static_cast<IntObject*>(a)->ob_size != 0; }

// The shift count as int64 (counts beyond it are out of memory anyway).
bool shift_count(Object* b, int64_t* out) {
  bi::IntView v = view(b);
  if (v.is_negative()) {
    raise(&exc::ValueError, "negative shift count");
    return false;
  }
  if (!bi::to_int64(v, out)) {
    *out = INT64_MAX;
  }
  return true;
}

// Whether a << b needs more 30-bit digits than a CPython int can have
// (_PyLong_New's MAX_LONG_DIGITS), counted as CPython's long_lshift counts
// them, a word shift too large for ssize_t/4 being clipped to it: then
// CPython raises OverflowError instead of MemoryError.
bool lshift_too_many_digits(Object* a, Object* b) {
  constexpr unsigned __int128 kMaxDigits = (uint64_t(INT64_MAX) - 24) / 4;
  constexpr unsigned __int128 kClip = uint64_t(INT64_MAX) / 4;
  bi::IntView vb = view(b);
  unsigned __int128 shift = 0;
  if (bi::bit_length(vb) > 100) {
    shift = ~static_cast<unsigned __int128>(0) >> 1;
  } else {
    for (int64_t i = vb.ndigits() - 1; i >= 0; i--) shift = (shift << bi::kShift) | vb.digits[i];
  }
  unsigned __int128 word = shift / 30, rem = shift % 30;
  if (word >= kClip) {
    word = kClip;
    rem = 0;
  }
  unsigned __int128 old_size = (bi::bit_length(view(a)) + 29) / 30;
  return old_size + word + (rem ? 1 : 0) > kMaxDigits;
}

Object* int_lshift(Object* a, Object* b) {
  BOTH_INTS(a, b);
  int64_t n;
  if (!shift_count(b, &n)) return nullptr;
  if (static_cast<IntObject*>(a)->ob_size == 0) return int_from_int64(0);
  if (lshift_too_many_digits(a, b)) return raise(&exc::OverflowError, "too many digits in integer");
  if (n >= (int64_t(1) << 40)) return raise_no_memory();
  return compute_checked(bi::lshift_capacity(view(a), n), [&](bi::Digit* out) { return bi::lshift(view(a), n, out); });
}

Object* int_rshift(Object* a, Object* b) {
  BOTH_INTS(a, b);
  int64_t n;
  if (!shift_count(b, &n)) return nullptr;
  return compute_checked(bi::rshift_capacity(view(a), n), [&](bi::Digit* out) { return bi::rshift(view(a), n, out); });
}

template <int64_t (*Op)(bi::IntView, bi::IntView, bi::Digit*)>
Object* int_bitwise(Object* a, Object* b) {
  BOTH_INTS(a, b);
  return compute(bi::bitwise_capacity(view(a), view(b)), [&](bi::Digit* out) { return Op(view(a), view(b), out); });
}

Object* int_int(Object* a) { return int_pos(a); }

Object* int_float(Object* a) {
  double v;
  bi::Status st = bi::to_double(view(a), &v);
  if (st != bi::Status::kOk) return raise(&exc::OverflowError, "%s", bi::status_message(st));
  return float_from_double(v);
}

Object* int_richcompare(Object* a, Object* b, int op) {
  BOTH_INTS(a, b);
  int c = bi::compare(view(a), view(b));
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

hash_t int_hash(Object* a) { return static_cast<hash_t>(bi::hash(view(a))); }

Object* int_repr(Object* a) {
  bi::IntView v = view(a);
  if (v.ndigits() <= 2) {
    int64_t x;
    bi::to_int64(v, &x);
    return str_from_ascii(std::to_string(x));
  }
  std::string buf(static_cast<size_t>(bi::to_string_capacity(v, 10, 0)), '\0');
  bi::Result r = bi::to_string(v, 10, 0, kMaxStrDigits, buf.data());
  if (!r.ok()) {
    if (r.status == bi::Status::kFormatDigitsLimit)
      return raise(&exc::ValueError,
                   "Exceeds the limit (%lld digits) for integer string conversion; use "
                   "sys.set_int_max_str_digits() to increase the limit",
                   static_cast<long long>(kMaxStrDigits));
    return raise_status(r.status);
  }
  buf.resize(static_cast<size_t>(r.size));
  return str_from_ascii(buf);
}

// bool: True/False repr, and & | ^ that stay bool between bools.
Object* bool_repr(Object* a) { return str_from_ascii(a == bool_object(true) ? "True" : "False"); }

template <Object* (*IntOp)(Object*, Object*), int Kind>
Object* bool_bitwise(Object* a, Object* b) {
  if (is_bool(a) && is_bool(b)) {
    bool x = a == bool_object(true), y = b == bool_object(true);
    bool r = Kind == 0 ? (x && y) : Kind == 1 ? (x || y) : (x != y);
    return newref(bool_object(r));
  }
  return IntOp(a, b);
}

NumberMethods int_as_number;
NumberMethods bool_as_number;

}  // namespace

Object* int_exact_copy(Object* o) { return int_pos(o); }

void init_int_slots() {
  NumberMethods& n = int_as_number;
  n.nb_add = int_add;
  n.nb_subtract = int_sub;
  n.nb_multiply = int_mul;
  n.nb_remainder = int_mod;
  n.nb_divmod = int_divmod;
  n.nb_power = int_pow;
  n.nb_negative = int_neg;
  n.nb_positive = int_pos;
  n.nb_absolute = int_abs;
  n.nb_bool = int_bool;
  n.nb_invert = int_invert;
  n.nb_lshift = int_lshift;
  n.nb_rshift = int_rshift;
  n.nb_and = int_bitwise<bi::bit_and>;
  n.nb_xor = int_bitwise<bi::bit_xor>;
  n.nb_or = int_bitwise<bi::bit_or>;
  n.nb_int = int_int;
  n.nb_float = int_float;
  n.nb_floor_divide = int_floordiv;
  n.nb_true_divide = int_true_divide;
  n.nb_index = int_int;
  IntType.tp_as_number = &int_as_number;
  IntType.tp_richcompare = int_richcompare;
  IntType.tp_hash = int_hash;
  IntType.tp_repr = int_repr;

  // bool defines only its own operators; the rest is inherited from int.
  bool_as_number.nb_and = bool_bitwise<int_bitwise<bi::bit_and>, 0>;
  bool_as_number.nb_or = bool_bitwise<int_bitwise<bi::bit_or>, 1>;
  bool_as_number.nb_xor = bool_bitwise<int_bitwise<bi::bit_xor>, 2>;
  BoolType.tp_as_number = &bool_as_number;
  BoolType.tp_repr = bool_repr;
}

Object* int_text_in_base(Object* v, int base) {
  if (base == 10) return IntType.tp_repr(v);
  bi::IntView iv = view(v);
  std::string buf(static_cast<size_t>(bi::to_string_capacity(iv, base, 0)), '\0');
  bi::Result r = bi::to_string(iv, base, 0, 0, buf.data());
  if (!r.ok()) return raise_status(r.status);
  buf.resize(static_cast<size_t>(r.size));
  return str_from_ascii(buf);
}

}  // namespace dx
