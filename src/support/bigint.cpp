// Integer arithmetic over 30-bit digit arrays (see bigint.h): the magnitude
// kernels, the signed operations with Python's rules, and the GMP glue.
//
// Small operands run here (schoolbook multiplication, Knuth's algorithm D);
// above the thresholds in bigint_internal.h the operands are repacked into
// 64-bit limbs and GMP's subquadratic algorithms take over, which costs one
// linear conversion each way.
#include <bit>
#include <cmath>
#include <cstring>
#include <numeric>

#include "support/bigint_internal.h"

namespace dx::bigint {
namespace detail {

int mag_compare(const Digit* a, int64_t na, const Digit* b, int64_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (int64_t i = na - 1; i >= 0; i--)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

int64_t mag_add(const Digit* a, int64_t na, const Digit* b, int64_t nb, Digit* out) {
  Digit carry = 0;
  int64_t i = 0;
  for (; i < nb; i++) {
    carry += a[i] + b[i];
    out[i] = carry & kMask;
    carry >>= kShift;
  }
  for (; i < na; i++) {
    carry += a[i];
    out[i] = carry & kMask;
    carry >>= kShift;
  }
  if (carry == 0) return na;
  out[na] = carry;
  return na + 1;
}

int64_t mag_sub(const Digit* a, int64_t na, const Digit* b, int64_t nb, Digit* out) {
  Digit borrow = 0;
  int64_t i = 0;
  for (; i < nb; i++) {
    borrow = a[i] - b[i] - borrow;  // wraps: bit 30 is the borrow
    out[i] = borrow & kMask;
    borrow = (borrow >> kShift) & 1;
  }
  for (; i < na; i++) {
    borrow = a[i] - borrow;
    out[i] = borrow & kMask;
    borrow = (borrow >> kShift) & 1;
  }
  return normalized(out, na);
}

int64_t mag_increment(const Digit* a, int64_t na, Digit* out) {
  Digit carry = 1;
  for (int64_t i = 0; i < na; i++) {
    carry += a[i];
    out[i] = carry & kMask;
    carry >>= kShift;
  }
  if (carry == 0) return na;
  out[na] = carry;
  return na + 1;
}

namespace {

// out = a * d (na + 1 digits).
int64_t mag_mul1(const Digit* a, int64_t na, Digit d, Digit* out) {
  TwoDigits carry = 0;
  for (int64_t i = 0; i < na; i++) {
    carry += TwoDigits(a[i]) * d;
    out[i] = Digit(carry & kMask);
    carry >>= kShift;
  }
  out[na] = Digit(carry);
  return normalized(out, na + 1);
}

// Schoolbook product; na >= nb >= 1.
int64_t mag_mul_school(const Digit* a, int64_t na, const Digit* b, int64_t nb, Digit* out) {
  std::memset(out, 0, size_t(na) * sizeof(Digit));
  for (int64_t i = 0; i < nb; i++) {
    TwoDigits f = b[i], carry = 0;
    Digit* p = out + i;
    for (int64_t j = 0; j < na; j++) {
      carry += p[j] + f * a[j];
      p[j] = Digit(carry & kMask);
      carry >>= kShift;
    }
    p[na] = Digit(carry);  // out[i + na] is not yet written
  }
  return normalized(out, na + nb);
}

// Squaring: each cross product a[i]*a[j] (i < j) once, doubled, plus the squares.
int64_t mag_sqr_school(const Digit* a, int64_t na, Digit* out) {
  int64_t n = 2 * na;
  std::memset(out, 0, size_t(n) * sizeof(Digit));
  for (int64_t i = 0; i < na; i++) {
    TwoDigits f = a[i], carry = 0;
    Digit* p = out + 2 * i + 1;
    for (int64_t j = i + 1; j < na; j++) {
      carry += p[j - i - 1] + f * a[j];
      p[j - i - 1] = Digit(carry & kMask);
      carry >>= kShift;
    }
    for (int64_t k = i + na; carry; k++) {
      carry += out[k];
      out[k] = Digit(carry & kMask);
      carry >>= kShift;
    }
  }
  // Double, then add the squares on the diagonal.
  Digit top = 0;
  for (int64_t k = 0; k < n; k++) {
    Digit d = out[k];
    out[k] = ((d << 1) | top) & kMask;
    top = d >> (kShift - 1);
  }
  TwoDigits carry = 0;
  for (int64_t i = 0; i < na; i++) {
    TwoDigits sq = TwoDigits(a[i]) * a[i];
    carry += out[2 * i] + (sq & kMask);
    out[2 * i] = Digit(carry & kMask);
    carry >>= kShift;
    carry += out[2 * i + 1] + (sq >> kShift);
    out[2 * i + 1] = Digit(carry & kMask);
    carry >>= kShift;
  }
  return normalized(out, n);
}

Status mag_mul_gmp(const Digit* a, int64_t na, const Digit* b, int64_t nb, Digit* out, int64_t* nout) {
  bool square = a == b && na == nb;
  int64_t la = limbs_for_digits(na), lb = square ? 0 : limbs_for_digits(nb);
  Buffer<mp_limb_t, 512> buf{size_t(2 * (la + lb) + 2 * la)};
  if (!buf.ok()) return Status::kNoMemory;
  mp_limb_t* pa = buf.get();
  mp_limb_t* pb = pa + la;
  mp_limb_t* pr = pb + lb;
  la = pack_limbs(a, na, pa);
  if (square) {
    mpn_sqr(pr, pa, la);
    *nout = unpack_limbs(pr, 2 * la, out);
    return Status::kOk;
  }
  lb = pack_limbs(b, nb, pb);
  if (la >= lb)
    mpn_mul(pr, pa, la, pb, lb);
  else
    mpn_mul(pr, pb, lb, pa, la);
  *nout = unpack_limbs(pr, la + lb, out);
  return Status::kOk;
}

// Remainder of |a| divided by a single digit, without a quotient.
Digit mag_rem1(const Digit* a, int64_t na, Digit d) {
  TwoDigits rem = 0;
  for (int64_t i = na - 1; i >= 0; i--)
    rem = ((rem << kShift) | a[i]) % d;
  return Digit(rem);
}

// Knuth's algorithm D; nb >= 2, |a| >= |b|. q (na - nb + 1 digits) may be null.
Status mag_divrem_knuth(const Digit* a, int64_t na, const Digit* b, int64_t nb, Digit* q, int64_t* nq, Digit* r,
                        int64_t* nr) {
  Buffer<Digit, 256> buf{size_t(na + 1 + nb)};
  if (!buf.ok()) return Status::kNoMemory;
  Digit* u = buf.get();
  Digit* v = u + na + 1;
  // Normalize so that v's top digit has its high bit set: the quotient digit
  // estimates are then at most 2 too large.
  int s = kShift - std::bit_width(b[nb - 1]);
  Digit carry = 0;
  for (int64_t i = 0; i < nb; i++) {
    v[i] = ((b[i] << s) | carry) & kMask;
    carry = s ? b[i] >> (kShift - s) : 0;
  }
  carry = 0;
  for (int64_t i = 0; i < na; i++) {
    u[i] = ((a[i] << s) | carry) & kMask;
    carry = s ? a[i] >> (kShift - s) : 0;
  }
  u[na] = carry;
  const TwoDigits vtop = v[nb - 1], vnext = v[nb - 2];
  for (int64_t j = na - nb; j >= 0; j--) {
    TwoDigits num = (TwoDigits(u[j + nb]) << kShift) | u[j + nb - 1];
    TwoDigits qhat = num / vtop, rhat = num - qhat * vtop;
    while (qhat >= kBase || qhat * vnext > ((rhat << kShift) | u[j + nb - 2])) {
      qhat--;
      rhat += vtop;
      if (rhat >= kBase) break;
    }
    // u[j .. j+nb] -= qhat * v
    int64_t borrow = 0;
    TwoDigits mcarry = 0;
    for (int64_t i = 0; i < nb; i++) {
      TwoDigits p = qhat * v[i] + mcarry;
      mcarry = p >> kShift;
      int64_t t = int64_t(u[i + j]) - int64_t(p & kMask) + borrow;
      u[i + j] = Digit(t) & kMask;
      borrow = t >> kShift;  // 0 or -1
    }
    int64_t t = int64_t(u[j + nb]) - int64_t(mcarry) + borrow;
    u[j + nb] = Digit(t) & kMask;
    if (t < 0) {  // qhat was one too large: add v back
      qhat--;
      Digit c = 0;
      for (int64_t i = 0; i < nb; i++) {
        c += u[i + j] + v[i];
        u[i + j] = c & kMask;
        c >>= kShift;
      }
      u[j + nb] = (u[j + nb] + c) & kMask;
    }
    if (q) q[j] = Digit(qhat);
  }
  if (q) *nq = normalized(q, na - nb + 1);
  if (r) {
    for (int64_t i = 0; i < nb; i++) {
      Digit hi = i + 1 < nb ? u[i + 1] : 0;
      r[i] = ((u[i] >> s) | (s ? hi << (kShift - s) : 0)) & kMask;
    }
    *nr = normalized(r, nb);
  }
  return Status::kOk;
}

Status mag_divrem_gmp(const Digit* a, int64_t na, const Digit* b, int64_t nb, Digit* q, int64_t* nq, Digit* r,
                      int64_t* nr) {
  int64_t la = limbs_for_digits(na), lb = limbs_for_digits(nb);
  Buffer<mp_limb_t, 512> buf{size_t(2 * la + 2 * lb + 1)};
  if (!buf.ok()) return Status::kNoMemory;
  mp_limb_t* pa = buf.get();
  mp_limb_t* pb = pa + la;
  mp_limb_t* pq = pb + lb;
  la = pack_limbs(a, na, pa);
  lb = pack_limbs(b, nb, pb);
  mp_limb_t* pr = pq + (la - lb + 1);
  mpn_tdiv_qr(pq, pr, 0, pa, la, pb, lb);
  if (q) *nq = unpack_limbs(pq, la - lb + 1, q);
  if (r) *nr = unpack_limbs(pr, lb, r);
  return Status::kOk;
}

}  // namespace

Status mag_mul(const Digit* a, int64_t na, const Digit* b, int64_t nb, Digit* out, int64_t* nout) {
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  if (nb == 0) {
    *nout = 0;
    return Status::kOk;
  }
  if (nb == 1) {
    *nout = mag_mul1(a, na, b[0], out);
    return Status::kOk;
  }
  bool square = a == b && na == nb;
  if (nb >= (square ? kSqrGmpThreshold : kMulGmpThreshold)) return mag_mul_gmp(a, na, b, nb, out, nout);
  *nout = square ? mag_sqr_school(a, na, out) : mag_mul_school(a, na, b, nb, out);
  return Status::kOk;
}

Digit mag_divrem1_inplace(Digit* a, int64_t na, Digit d) {
  TwoDigits rem = 0;
  for (int64_t i = na - 1; i >= 0; i--) {
    rem = (rem << kShift) | a[i];
    Digit hi = Digit(rem / d);
    a[i] = hi;
    rem -= TwoDigits(hi) * d;
  }
  return Digit(rem);
}

int64_t mag_muladd1_inplace(Digit* a, int64_t na, Digit m, Digit c) {
  TwoDigits carry = c;
  for (int64_t i = 0; i < na; i++) {
    carry += TwoDigits(a[i]) * m;
    a[i] = Digit(carry & kMask);
    carry >>= kShift;
  }
  if (carry == 0) return na;
  a[na] = Digit(carry);
  return na + 1;
}

Status mag_divrem(const Digit* a, int64_t na, const Digit* b, int64_t nb, Digit* q, int64_t* nq, Digit* r,
                  int64_t* nr) {
  if (mag_compare(a, na, b, nb) < 0) {
    if (q) *nq = 0;
    if (r) {
      copy_digits(r, a, na);
      *nr = na;
    }
    return Status::kOk;
  }
  if (nb == 1) {
    Digit rem;
    if (q) {
      copy_digits(q, a, na);
      rem = mag_divrem1_inplace(q, na, b[0]);
      *nq = normalized(q, na);
    } else {
      rem = mag_rem1(a, na, b[0]);
    }
    if (r) {
      r[0] = rem;
      *nr = rem ? 1 : 0;
    }
    return Status::kOk;
  }
  if (nb >= kDivGmpThreshold && na - nb >= kDivGmpThreshold) return mag_divrem_gmp(a, na, b, nb, q, nq, r, nr);
  return mag_divrem_knuth(a, na, b, nb, q, nq, r, nr);
}

int64_t mag_lshift(const Digit* a, int64_t na, uint64_t count, Digit* out) {
  int64_t words = int64_t(count / kShift);
  int bits = int(count % kShift);
  std::memset(out, 0, size_t(words) * sizeof(Digit));
  Digit carry = 0;
  for (int64_t i = 0; i < na; i++) {
    out[words + i] = ((a[i] << bits) | carry) & kMask;
    carry = bits ? a[i] >> (kShift - bits) : 0;
  }
  out[words + na] = carry;
  return normalized(out, words + na + 1);
}

int64_t mag_rshift(const Digit* a, int64_t na, uint64_t count, Digit* out, bool* lost) {
  uint64_t words = count / kShift;
  int bits = int(count % kShift);
  if (words >= uint64_t(na)) {
    *lost = na > 0;
    return 0;
  }
  bool l = (a[words] & ((Digit(1) << bits) - 1)) != 0;
  for (uint64_t i = 0; i < words && !l; i++)
    l = a[i] != 0;
  *lost = l;
  int64_t n = na - int64_t(words);
  const Digit* src = a + words;
  for (int64_t i = 0; i < n; i++) {
    Digit hi = i + 1 < n ? src[i + 1] : 0;
    out[i] = ((src[i] >> bits) | (bits ? hi << (kShift - bits) : 0)) & kMask;
  }
  return normalized(out, n);
}

int64_t pack_limbs(const Digit* a, int64_t na, mp_limb_t* out) {
  unsigned __int128 acc = 0;
  int bits = 0;
  int64_t n = 0;
  for (int64_t i = 0; i < na; i++) {
    acc |= (unsigned __int128)a[i] << bits;
    bits += kShift;
    if (bits >= 64) {
      out[n++] = mp_limb_t(acc);
      acc >>= 64;
      bits -= 64;
    }
  }
  if (bits > 0) out[n++] = mp_limb_t(acc);
  while (n > 0 && out[n - 1] == 0)
    n--;
  return n;
}

int64_t unpack_limbs(const mp_limb_t* l, int64_t nl, Digit* out) {
  while (nl > 0 && l[nl - 1] == 0)
    nl--;
  unsigned __int128 acc = 0;
  int bits = 0;
  int64_t n = 0;
  for (int64_t i = 0; i < nl; i++) {
    acc |= (unsigned __int128)l[i] << bits;
    bits += 64;
    if (i + 1 < nl) {
      for (; bits >= kShift; bits -= kShift) {
        out[n++] = Digit(acc) & kMask;
        acc >>= kShift;
      }
    } else {
      // The last limb: stop at the top one bit so no zero digit is written
      // past the value (the caller's capacity is exact).
      for (; acc != 0; acc >>= kShift)
        out[n++] = Digit(acc) & kMask;
    }
  }
  return n;
}

bool MpzView::init(IntView a) {
  int64_t n = a.ndigits();
  limbs_ = static_cast<mp_limb_t*>(std::malloc(size_t(limbs_for_digits(n) + 1) * sizeof(mp_limb_t)));
  if (!limbs_) return false;
  int64_t nl = pack_limbs(a.digits, n, limbs_);
  mpz_roinit_n(z_, limbs_, a.size < 0 ? -nl : nl);
  return true;
}

int64_t from_mpz(mpz_srcptr z, Digit* out, bool negate) {
  int64_t n = unpack_limbs(mpz_limbs_read(z), int64_t(mpz_size(z)), out);
  return (mpz_sgn(z) < 0) != negate ? -n : n;
}

}  // namespace detail

using namespace detail;

namespace {

inline IntView abs_view(IntView a) {
  return {a.digits, a.ndigits()};
}
inline int64_t signed_size(int64_t n, bool negative) {
  return negative ? -n : n;
}

// |a| as uint64 when it has at most 2 digits.
inline uint64_t small_mag(IntView a) {
  int64_t n = a.ndigits();
  if (n == 0) return 0;
  if (n == 1) return a.digits[0];
  return a.digits[0] | (uint64_t(a.digits[1]) << kShift);
}

// |a| mod m for 0 < m < 2**62.
uint64_t mag_mod_u64(const Digit* a, int64_t na, uint64_t m) {
  unsigned __int128 r = 0;
  for (int64_t i = na - 1; i >= 0; i--)
    r = ((r << kShift) | a[i]) % m;
  return uint64_t(r);
}

int64_t write_u64(uint64_t v, bool negative, Digit* out) {
  return signed_size(from_uint64(v, out), negative);
}

}  // namespace

// ---- Comparison and properties ----

int compare(IntView a, IntView b) {
  if (a.size != b.size) return a.size < b.size ? -1 : 1;
  int c = mag_compare(a.digits, a.ndigits(), b.digits, b.ndigits());
  return a.size < 0 ? -c : c;
}

uint64_t bit_length(IntView a) {
  int64_t n = a.ndigits();
  if (n == 0) return 0;
  return uint64_t(n - 1) * kShift + uint64_t(std::bit_width(a.digits[n - 1]));
}

uint64_t bit_count(IntView a) {
  uint64_t c = 0;
  for (int64_t i = 0, n = a.ndigits(); i < n; i++)
    c += uint64_t(std::popcount(a.digits[i]));
  return c;
}

int64_t hash(IntView a) {
  constexpr uint64_t kModulus = (uint64_t(1) << 61) - 1;
  uint64_t x = 0;
  for (int64_t i = a.ndigits() - 1; i >= 0; i--) {
    // x * 2**30 mod 2**61-1 is a rotation of the 61-bit x.
    x = ((x << kShift) & kModulus) | (x >> (61 - kShift));
    x += a.digits[i];
    if (x >= kModulus) x -= kModulus;
  }
  int64_t h = a.size < 0 ? -int64_t(x) : int64_t(x);
  return h == -1 ? -2 : h;
}

// ---- Arithmetic ----

int64_t add_capacity(IntView a, IntView b) {
  return std::max(a.ndigits(), b.ndigits()) + 1;
}

int64_t add(IntView a, IntView b, Digit* out) {
  int64_t na = a.ndigits(), nb = b.ndigits();
  if (na <= 1 && nb <= 1) {
    int64_t s = (a.size < 0 ? -int64_t(a.digits[0])
                 : na       ? int64_t(a.digits[0])
                            : 0) +
                (b.size < 0 ? -int64_t(b.digits[0])
                 : nb       ? int64_t(b.digits[0])
                            : 0);
    return from_int64(s, out);
  }
  if ((a.size < 0) == (b.size < 0)) {
    int64_t n = na >= nb ? mag_add(a.digits, na, b.digits, nb, out) : mag_add(b.digits, nb, a.digits, na, out);
    return signed_size(n, a.size < 0);
  }
  int c = mag_compare(a.digits, na, b.digits, nb);
  if (c == 0) return 0;
  if (c > 0) return signed_size(mag_sub(a.digits, na, b.digits, nb, out), a.size < 0);
  return signed_size(mag_sub(b.digits, nb, a.digits, na, out), b.size < 0);
}

int64_t sub(IntView a, IntView b, Digit* out) {
  return add(a, IntView{b.digits, -b.size}, out);
}

int64_t negate(IntView a, Digit* out) {
  copy_digits(out, a.digits, a.ndigits());
  return -a.size;
}

int64_t abs(IntView a, Digit* out) {
  copy_digits(out, a.digits, a.ndigits());
  return a.ndigits();
}

int64_t mul_capacity(IntView a, IntView b) {
  return a.ndigits() + b.ndigits();
}

Result mul(IntView a, IntView b, Digit* out) {
  int64_t na = a.ndigits(), nb = b.ndigits();
  bool negative = (a.size < 0) != (b.size < 0);
  if (na == 1 && nb == 1) {
    TwoDigits p = TwoDigits(a.digits[0]) * b.digits[0];
    out[0] = Digit(p & kMask);
    out[1] = Digit(p >> kShift);
    return {signed_size(out[1] ? 2 : 1, negative), Status::kOk};
  }
  if (na <= 2 && nb <= 2 && na && nb) {
    unsigned __int128 p = (unsigned __int128)small_mag(a) * small_mag(b);
    int64_t n = 0;
    for (; p; p >>= kShift)
      out[n++] = Digit(p) & kMask;
    return {signed_size(n, negative), Status::kOk};
  }
  int64_t n;
  Status s = mag_mul(a.digits, na, b.digits, nb, out, &n);
  return {signed_size(n, negative), s};
}

int64_t div_capacity(IntView a, IntView b) {
  // The floor adjustment can carry into one more digit than the truncated quotient.
  return std::max<int64_t>(a.ndigits() - b.ndigits() + 2, 1);
}

int64_t mod_capacity(IntView a, IntView b) {
  return b.ndigits();
}

DivmodResult divmod(IntView a, IntView b, Digit* q, Digit* r) {
  int64_t na = a.ndigits(), nb = b.ndigits();
  if (nb == 0) return {0, 0, q ? Status::kIntegerDivisionByZero : Status::kIntegerModuloByZero};
  bool neg_a = a.size < 0, neg_b = b.size < 0;
  if (na <= 2 && nb <= 2) {
    int64_t x = int64_t(small_mag(a)), y = int64_t(small_mag(b));
    if (neg_a) x = -x;
    if (neg_b) y = -y;
    int64_t qq = x / y, rr = x % y;
    if (rr != 0 && ((rr < 0) != (y < 0))) {
      rr += y;
      qq -= 1;
    }
    DivmodResult res{0, 0, Status::kOk};
    if (q) res.q_size = from_int64(qq, q);
    if (r) res.r_size = from_int64(rr, r);
    return res;
  }
  // The remainder decides the floor adjustment, so it is always computed.
  Buffer<Digit, 64> rscratch{r ? 0 : size_t(nb)};
  Digit* rr = r ? r : rscratch.get();
  if (!rr) return {0, 0, Status::kNoMemory};
  int64_t nq = 0, nr = 0;
  Status s = mag_divrem(a.digits, na, b.digits, nb, q, &nq, rr, &nr);
  if (s != Status::kOk) return {0, 0, s};
  if (neg_a != neg_b && nr > 0) {
    if (q) nq = mag_increment(q, nq, q);
    if (r) nr = mag_sub(b.digits, nb, r, nr, r);
  }
  return {signed_size(nq, neg_a != neg_b), signed_size(nr, neg_b), Status::kOk};
}

Status true_divide(IntView a, IntView b, double* out) {
  int64_t na = a.ndigits(), nb = b.ndigits();
  if (nb == 0) return Status::kDivisionByZero;
  bool negative = (a.size < 0) != (b.size < 0);
  double sign = negative ? -1.0 : 1.0;
  if (na == 0) {
    *out = sign * 0.0;
    return Status::kOk;
  }
  constexpr uint64_t kExact = uint64_t(1) << 53;  // doubles hold every integer up to here
  if (na <= 2 && nb <= 2) {
    uint64_t x = small_mag(a), y = small_mag(b);
    if (x <= kExact && y <= kExact) {
      *out = sign * (double(x) / double(y));  // one correctly rounded operation
      return Status::kOk;
    }
  }
  int64_t diff = int64_t(bit_length(a)) - int64_t(bit_length(b));
  // The quotient q lies in [2**(diff-1), 2**(diff+1)).
  if (diff > 1024) return Status::kDivisionTooLargeForFloat;
  if (diff < -1075) {  // q < 2**-1075: rounds to zero
    *out = sign * 0.0;
    return Status::kOk;
  }
  // Q = floor(|a| / (|b| * 2**shift)) keeps at least two bits below the last
  // bit the double (normal or subnormal) can hold; `inexact` is the sticky bit.
  int64_t shift = std::max<int64_t>(diff, -1021) - 55;
  int64_t nx = shift >= 0 ? std::max<int64_t>(na - shift / kShift, 1) : na + (-shift) / kShift + 1;
  Buffer<Digit, 128> buf{size_t(nx + nb + 3)};
  if (!buf.ok()) return Status::kNoMemory;
  Digit* x = buf.get();
  Digit* qd = x + nx;
  bool inexact = false;
  nx = shift >= 0 ? mag_rshift(a.digits, na, uint64_t(shift), x, &inexact)
                  : mag_lshift(a.digits, na, uint64_t(-shift), x);
  int64_t nq = 0, nr = 0;
  Buffer<Digit, 64> rbuf{size_t(nb)};
  if (!rbuf.ok()) return Status::kNoMemory;
  Status s = mag_divrem(x, nx, b.digits, nb, qd, &nq, rbuf.get(), &nr);
  if (s != Status::kOk) return s;
  if (nr > 0) inexact = true;
  uint64_t Q = 0;
  for (int64_t i = nq - 1; i >= 0; i--)
    Q = (Q << kShift) | qd[i];
  Q |= inexact ? 1 : 0;
  int64_t e_q = int64_t(std::bit_width(Q)) - 1 + shift;
  int64_t ulp_exp = std::max<int64_t>(e_q, -1022) - 52;
  int drop = int(ulp_exp - shift);
  uint64_t half = uint64_t(1) << (drop - 1);
  uint64_t rem = Q & ((half << 1) - 1);
  Q >>= drop;
  if (rem > half || (rem == half && (Q & 1))) Q++;
  double result = std::ldexp(double(Q), int(ulp_exp));
  if (std::isinf(result)) return Status::kDivisionTooLargeForFloat;
  *out = sign * result;
  return Status::kOk;
}

// ---- Powers ----

namespace {

// Upper bound on log2(|a|) for a != 0.
double log2_upper(IntView a) {
  uint64_t bits = bit_length(a);
  int64_t n = a.ndigits();
  if (bits <= 53) return std::log2(double(small_mag(a)));
  // top = the leading 53 bits; |a| < (top + 1) * 2**(bits - 53).
  uint64_t shift = bits - 53;
  int64_t w = int64_t(shift / kShift);
  int off = int(shift % kShift);
  unsigned __int128 acc = 0;
  for (int64_t i = std::min<int64_t>(n - 1, w + 3); i >= w; i--)
    acc = (acc << kShift) | a.digits[i];
  uint64_t top = uint64_t(acc >> off);
  return std::log2(double(top + 1)) + double(shift);
}

// e as uint64; false when it does not fit.
bool exponent_u64(IntView e, uint64_t* out) {
  int64_t n = e.ndigits();
  if (n > 3 || (n == 3 && e.digits[2] >= 16)) return false;
  uint64_t v = 0;
  for (int64_t i = n - 1; i >= 0; i--)
    v = (v << kShift) | e.digits[i];
  *out = v;
  return true;
}

bool is_power_of_two(IntView a, uint64_t* log2) {
  int64_t n = a.ndigits();
  for (int64_t i = 0; i + 1 < n; i++)
    if (a.digits[i]) return false;
  Digit top = a.digits[n - 1];
  if (top & (top - 1)) return false;
  *log2 = uint64_t(n - 1) * kShift + uint64_t(std::countr_zero(top));
  return true;
}

}  // namespace

int64_t pow_capacity(IntView a, IntView e) {
  if (e.size == 0 || a.ndigits() == 0 || (a.ndigits() == 1 && a.digits[0] == 1)) return 1;
  uint64_t ev;
  if (!exponent_u64(e, &ev)) return INT64_MAX;
  // A relative margin far above log2's rounding error, plus the top bit.
  double bits = double(ev) * log2_upper(a) * (1 + 0x1p-40) + 2;
  if (bits >= 0x1p62) return INT64_MAX;
  return int64_t(bits) / kShift + 1;
}

Result pow(IntView a, IntView e, Digit* out) {
  if (e.size == 0) {
    out[0] = 1;
    return {1, Status::kOk};
  }
  int64_t na = a.ndigits();
  if (na == 0) return {0, Status::kOk};
  bool negative = a.size < 0 && (e.digits[0] & 1);
  if (na == 1 && a.digits[0] == 1) {
    out[0] = 1;
    return {negative ? -1 : 1, Status::kOk};
  }
  uint64_t ev;
  if (!exponent_u64(e, &ev)) return {0, Status::kNoMemory};
  uint64_t log2a;
  if (is_power_of_two(a, &log2a)) {
    if (log2a > (uint64_t(1) << 62) / ev) return {0, Status::kNoMemory};
    uint64_t bits = log2a * ev;
    int64_t words = int64_t(bits / kShift);
    std::memset(out, 0, size_t(words) * sizeof(Digit));
    out[words] = Digit(1) << (bits % kShift);
    return {signed_size(words + 1, negative), Status::kOk};
  }
  int64_t cap = pow_capacity(a, e);
  if (cap == INT64_MAX) return {0, Status::kNoMemory};
  if (cap <= 2) {  // the result is below 2**60: no overflow in uint64
    uint64_t base = small_mag(a), result = 1;
    for (uint64_t k = ev; k; k >>= 1) {
      if (k & 1) result *= base;
      if (k > 1) base *= base;
    }
    return {write_u64(result, negative, out), Status::kOk};
  }
  if (cap <= 2 * kMulGmpThreshold) {
    // Left-to-right square and multiply, alternating two scratch buffers.
    // A product writes one digit more than its value may need.
    Buffer<Digit, 2 * (2 * kMulGmpThreshold + 1)> buf{size_t(2 * (cap + 1))};
    if (!buf.ok()) return {0, Status::kNoMemory};
    Digit* cur = buf.get();
    Digit* tmp = cur + cap + 1;
    copy_digits(cur, a.digits, na);
    int64_t n = na;
    for (int bit = std::bit_width(ev) - 2; bit >= 0; bit--) {
      int64_t m;
      mag_mul(cur, n, cur, n, tmp, &m);
      std::swap(cur, tmp);
      n = m;
      if ((ev >> bit) & 1) {
        mag_mul(cur, n, a.digits, na, tmp, &m);
        std::swap(cur, tmp);
        n = m;
      }
    }
    copy_digits(out, cur, n);
    return {signed_size(n, negative), Status::kOk};
  }
  MpzView base;
  if (!base.init(abs_view(a))) return {0, Status::kNoMemory};
  mpz_t result;
  mpz_init(result);
  mpz_pow_ui(result, base.get(), ev);
  int64_t n = from_mpz(result, out, negative);
  mpz_clear(result);
  return {n, Status::kOk};
}

int64_t pow_mod_capacity(IntView m) {
  return std::max<int64_t>(m.ndigits(), 1);
}

namespace {

// The inverse of a modulo m (0 <= a < m); false when gcd(a, m) != 1.
bool inverse_mod_u64(uint64_t a, uint64_t m, uint64_t* out) {
  __int128 r0 = __int128(m), r1 = __int128(a), t0 = 0, t1 = 1;
  while (r1 != 0) {
    __int128 k = r0 / r1;
    __int128 r2 = r0 - k * r1, t2 = t0 - k * t1;
    r0 = r1;
    r1 = r2;
    t0 = t1;
    t1 = t2;
  }
  if (r0 != 1) return false;
  if (t0 < 0) t0 += __int128(m);
  *out = uint64_t(t0);
  return true;
}

}  // namespace

Result pow_mod(IntView a, IntView e, IntView m, Digit* out) {
  int64_t nm = m.ndigits();
  if (nm == 0) return {0, Status::kPowModulusZero};
  if (nm == 1 && m.digits[0] == 1) return {0, Status::kOk};
  bool negative_exponent = e.size < 0;
  if (nm <= 2) {
    uint64_t mod = small_mag(m);
    uint64_t base = mag_mod_u64(a.digits, a.ndigits(), mod);
    if (a.size < 0 && base != 0) base = mod - base;
    if (negative_exponent && !inverse_mod_u64(base, mod, &base)) return {0, Status::kNotInvertible};
    unsigned __int128 result = 1;
    for (int64_t i = e.ndigits() - 1; i >= 0; i--) {
      for (int bit = kShift - 1; bit >= 0; bit--) {
        result = result * result % mod;
        if ((e.digits[i] >> bit) & 1) result = result * base % mod;
      }
    }
    uint64_t r = uint64_t(result);
    if (m.size < 0 && r != 0) return {write_u64(mod - r, true, out), Status::kOk};
    return {write_u64(r, false, out), Status::kOk};
  }
  MpzView za, ze, zm;
  if (!za.init(a) || !ze.init(abs_view(e)) || !zm.init(abs_view(m))) return {0, Status::kNoMemory};
  mpz_t base, result;
  mpz_init(base);
  mpz_init(result);
  mpz_mod(base, za.get(), zm.get());
  Status status = Status::kOk;
  if (negative_exponent && !mpz_invert(base, base, zm.get())) status = Status::kNotInvertible;
  int64_t n = 0;
  if (status == Status::kOk) {
    mpz_powm(result, base, ze.get(), zm.get());
    if (m.size < 0 && mpz_sgn(result) != 0) mpz_sub(result, result, zm.get());
    n = from_mpz(result, out);
  }
  mpz_clear(base);
  mpz_clear(result);
  return {n, status};
}

// ---- gcd and isqrt ----

int64_t gcd_capacity(IntView a, IntView b) {
  int64_t na = a.ndigits(), nb = b.ndigits();
  if (na == 0) return std::max<int64_t>(nb, 1);
  if (nb == 0) return na;
  return std::min(na, nb);
}

Result gcd(IntView a, IntView b, Digit* out) {
  int64_t na = a.ndigits(), nb = b.ndigits();
  if (na < nb) {
    std::swap(a, b);
    std::swap(na, nb);
  }
  if (nb == 0) return {abs(a, out), Status::kOk};
  if (nb <= 2) {
    uint64_t y = small_mag(b);
    uint64_t x = na <= 2 ? small_mag(a) : mag_mod_u64(a.digits, na, y);
    return {from_uint64(std::gcd(x, y), out), Status::kOk};
  }
  MpzView za, zb;
  if (!za.init(abs_view(a)) || !zb.init(abs_view(b))) return {0, Status::kNoMemory};
  mpz_t g;
  mpz_init(g);
  mpz_gcd(g, za.get(), zb.get());
  int64_t n = from_mpz(g, out);
  mpz_clear(g);
  return {n, Status::kOk};
}

int64_t isqrt_capacity(IntView a) {
  return a.ndigits() / 2 + 1;
}

Result isqrt(IntView a, Digit* out) {
  if (a.size < 0) return {0, Status::kIsqrtNegative};
  int64_t n = a.ndigits();
  if (n <= 2) {
    uint64_t x = small_mag(a);
    uint64_t s = uint64_t(std::sqrt(double(x)));
    while (s * s > x)
      s--;
    while ((s + 1) * (s + 1) <= x)
      s++;
    return {from_uint64(s, out), Status::kOk};
  }
  int64_t nl = limbs_for_digits(n);
  Buffer<mp_limb_t, 256> buf{size_t(nl + (nl + 1) / 2)};
  if (!buf.ok()) return {0, Status::kNoMemory};
  mp_limb_t* limbs = buf.get();
  mp_limb_t* root = limbs + nl;
  nl = pack_limbs(a.digits, n, limbs);
  mpn_sqrtrem(root, nullptr, limbs, nl);
  return {unpack_limbs(root, (nl + 1) / 2, out), Status::kOk};
}

// ---- Shifts and bitwise operations ----

int64_t lshift_capacity(IntView a, int64_t count) {
  if (a.size == 0 || count < 0) return 1;
  return sat_add(a.ndigits() + 1, count / kShift);
}

Result lshift(IntView a, int64_t count, Digit* out) {
  if (count < 0) return {0, Status::kNegativeShiftCount};
  if (a.size == 0) return {0, Status::kOk};
  return {signed_size(mag_lshift(a.digits, a.ndigits(), uint64_t(count), out), a.size < 0), Status::kOk};
}

int64_t rshift_capacity(IntView a, int64_t count) {
  if (count < 0) count = 0;
  return std::max<int64_t>(a.ndigits() - count / kShift, 0) + 1;
}

Result rshift(IntView a, int64_t count, Digit* out) {
  if (count < 0) return {0, Status::kNegativeShiftCount};
  bool lost;
  int64_t n = mag_rshift(a.digits, a.ndigits(), uint64_t(count), out, &lost);
  if (a.size >= 0) return {n, Status::kOk};
  // Floor for negatives: -ceil(|a| / 2**count).
  if (lost) n = mag_increment(out, n, out);
  return {-n, Status::kOk};
}

int64_t bitwise_capacity(IntView a, IntView b) {
  return std::max(a.ndigits(), b.ndigits()) + 1;
}

namespace {

enum class BitOp { kAnd, kOr, kXor };

int64_t bitwise(IntView a, IntView b, Digit* out, BitOp op) {
  int64_t na = a.ndigits(), nb = b.ndigits();
  bool neg_a = a.size < 0, neg_b = b.size < 0;
  bool neg_result = op == BitOp::kAnd ? neg_a && neg_b : op == BitOp::kOr ? neg_a || neg_b : neg_a != neg_b;
  int64_t n = std::max(na, nb);
  // Negative operands are read in two's complement (~|x| + 1), digit by digit.
  Digit carry_a = 1, carry_b = 1;
  for (int64_t i = 0; i < n; i++) {
    Digit da = i < na ? a.digits[i] : 0, db = i < nb ? b.digits[i] : 0;
    if (neg_a) {
      da = (~da & kMask) + carry_a;
      carry_a = da >> kShift;
      da &= kMask;
    }
    if (neg_b) {
      db = (~db & kMask) + carry_b;
      carry_b = db >> kShift;
      db &= kMask;
    }
    out[i] = op == BitOp::kAnd ? da & db : op == BitOp::kOr ? da | db : da ^ db;
  }
  if (!neg_result) return normalized(out, n);
  // The digits are two's complement with infinite leading ones: negate back.
  Digit carry = 1;
  for (int64_t i = 0; i < n; i++) {
    Digit d = (~out[i] & kMask) + carry;
    out[i] = d & kMask;
    carry = d >> kShift;
  }
  out[n] = carry;
  return -normalized(out, n + 1);
}

}  // namespace

int64_t bit_and(IntView a, IntView b, Digit* out) {
  return bitwise(a, b, out, BitOp::kAnd);
}
int64_t bit_or(IntView a, IntView b, Digit* out) {
  return bitwise(a, b, out, BitOp::kOr);
}
int64_t bit_xor(IntView a, IntView b, Digit* out) {
  return bitwise(a, b, out, BitOp::kXor);
}

int64_t invert_capacity(IntView a) {
  return a.ndigits() + 1;
}

int64_t invert(IntView a, Digit* out) {
  int64_t n = a.ndigits();
  if (a.size >= 0) return -mag_increment(a.digits, n, out);
  Digit one = 1;
  return mag_sub(a.digits, n, &one, 1, out);
}

}  // namespace dx::bigint
