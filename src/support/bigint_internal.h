// Magnitude (unsigned) digit-array operations and GMP glue shared by the
// bigint_*.cpp files. Magnitudes are (pointer, count) pairs; the functions
// that write return the normalized count. "Same-index aliasing" means out may
// equal an input pointer: digit i is read before digit i is written.
#pragma once
#include <gmp.h>

#include <cstdlib>
#include <cstring>

#include "support/bigint.h"

namespace dx::bigint::detail {

// Sizes from which GMP, with the conversion to 64-bit limbs and back, beats
// the code here: measured on x86-64 (GMP 6.2) by timing both paths on random
// operands; GMP's assembly basecase wins early. (str() uses GMP from 3 digits.)
inline constexpr int64_t kMulGmpThreshold = 10;           // digits of the smaller factor
inline constexpr int64_t kSqrGmpThreshold = 6;            // digits
inline constexpr int64_t kDivGmpThreshold = 6;            // divisor and quotient digits
inline constexpr int64_t kFromDecimalGmpThreshold = 100;  // characters

inline int64_t normalized(const Digit* d, int64_t n) {
  while (n > 0 && d[n - 1] == 0)
    n--;
  return n;
}

// memcpy that accepts the null pointer of an empty (zero) number.
inline void copy_digits(Digit* out, const Digit* a, int64_t n) {
  if (n > 0) std::memcpy(out, a, size_t(n) * sizeof(Digit));
}

inline int64_t sat_add(int64_t a, int64_t b) {
  return a > INT64_MAX - b ? INT64_MAX : a + b;
}

// T[n] on the stack up to N elements, else from malloc; ok() is false when
// malloc failed.
template <typename T, size_t N>
class Buffer {
 public:
  explicit Buffer(size_t n) : ptr_(n <= N ? inline_ : static_cast<T*>(std::malloc(n * sizeof(T)))) {}
  Buffer(const Buffer&) = delete;
  Buffer& operator=(const Buffer&) = delete;
  ~Buffer() {
    if (ptr_ != inline_) std::free(ptr_);
  }
  bool ok() const { return ptr_ != nullptr; }
  T* get() { return ptr_; }

 private:
  T inline_[N];
  T* ptr_;
};

int mag_compare(const Digit* a, int64_t na, const Digit* b, int64_t nb);
// |a| + |b| for na >= nb; out has na + 1 digits; same-index aliasing allowed.
int64_t mag_add(const Digit* a, int64_t na, const Digit* b, int64_t nb, Digit* out);
// |a| - |b| for |a| >= |b|; out has na digits; same-index aliasing allowed.
int64_t mag_sub(const Digit* a, int64_t na, const Digit* b, int64_t nb, Digit* out);
// |a| + 1 into out (na + 1 digits); same-index aliasing allowed.
int64_t mag_increment(const Digit* a, int64_t na, Digit* out);
// |a| * |b| into out (na + nb digits, not overlapping).
Status mag_mul(const Digit* a, int64_t na, const Digit* b, int64_t nb, Digit* out, int64_t* nout);
// Truncating |a| / |b| (nb > 0): q gets na - nb + 1 digits, r nb digits; either
// may be null. Counts are written to nq / nr (when their buffer is given).
Status mag_divrem(const Digit* a, int64_t na, const Digit* b, int64_t nb, Digit* q, int64_t* nq, Digit* r, int64_t* nr);
// |a| divided in place by a single digit; returns the remainder.
Digit mag_divrem1_inplace(Digit* a, int64_t na, Digit d);
// |a| * m + c, in place (a has room for na + 1 digits); returns the new count.
int64_t mag_muladd1_inplace(Digit* a, int64_t na, Digit m, Digit c);
int64_t mag_lshift(const Digit* a, int64_t na, uint64_t count, Digit* out);
// Returns the new count; *lost is set when any one bit was shifted out.
int64_t mag_rshift(const Digit* a, int64_t na, uint64_t count, Digit* out, bool* lost);

// ---- GMP glue: 30-bit digits <-> 64-bit limbs ----
inline int64_t limbs_for_digits(int64_t nd) {
  return (nd * kShift + 63) / 64;
}
inline int64_t digits_for_limbs(int64_t nl) {
  return (nl * 64 + kShift - 1) / kShift;
}
// Returns the normalized limb count; out has limbs_for_digits(na) limbs.
int64_t pack_limbs(const Digit* a, int64_t na, mp_limb_t* out);
// Returns the normalized digit count; out has digits_for_limbs(nl) digits.
int64_t unpack_limbs(const mp_limb_t* l, int64_t nl, Digit* out);

// An mpz read-only view of a magnitude (with a sign), over limbs it owns.
class MpzView {
 public:
  MpzView() = default;
  MpzView(const MpzView&) = delete;
  MpzView& operator=(const MpzView&) = delete;
  ~MpzView() { std::free(limbs_); }
  bool init(IntView a);  // false when out of memory
  mpz_srcptr get() const { return z_; }

 private:
  mp_limb_t* limbs_ = nullptr;
  mpz_t z_;
};

// Unpacks |z| into out (its capacity checked by the caller) and returns the
// signed size with z's sign, flipped when `negate`.
int64_t from_mpz(mpz_srcptr z, Digit* out, bool negate = false);

}  // namespace dx::bigint::detail
