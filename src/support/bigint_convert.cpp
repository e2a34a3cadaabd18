// Conversions of 30-bit digit integers (see bigint.h): machine integers,
// doubles, bytes and strings in bases 2..36, and the status messages.
//
// Power-of-two bases are linear bit repacking. Other bases go through GMP's
// subquadratic mpn_get_str / mpn_set_str, except numbers below 2**60 (machine
// division) and short texts (base**k chunks, k characters per digit, by
// Horner's rule).
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "support/bigint_internal.h"

namespace dx::bigint {

using namespace detail;

// ---- Status messages ----

ErrorType status_error(Status s) {
  switch (s) {
#define X(name, type, message) \
  case Status::name:           \
    return ErrorType::type;
    DX_BIGINT_STATUSES(X)
#undef X
  }
  return ErrorType::kNone;
}

const char* status_message(Status s) {
  switch (s) {
#define X(name, type, message) \
  case Status::name:           \
    return message;
    DX_BIGINT_STATUSES(X)
#undef X
  }
  return "";
}

size_t format_digits_limit(Status s, int64_t limit, int64_t value_digits, char* buf, size_t cap) {
  int n;
  if (s == Status::kParseDigitsLimit)
    n = std::snprintf(buf, cap,
                      "Exceeds the limit (%lld digits) for integer string conversion: value has %lld digits; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      (long long)limit, (long long)value_digits);
  else
    n = std::snprintf(buf, cap,
                      "Exceeds the limit (%lld digits) for integer string conversion; "
                      "use sys.set_int_max_str_digits() to increase the limit",
                      (long long)limit);
  if (n < 0) return 0;
  return cap == 0 ? 0 : std::min(size_t(n), cap - 1);
}

// ---- Machine numbers ----

namespace {

// |a| as uint64; false when it does not fit.
bool mag_u64(IntView a, uint64_t* out) {
  int64_t n = a.ndigits();
  if (n > 3 || (n == 3 && a.digits[2] >= 16)) return false;
  uint64_t v = 0;
  for (int64_t i = n - 1; i >= 0; i--)
    v = (v << kShift) | a.digits[i];
  *out = v;
  return true;
}

// floor(|a| / 2**(bits - 64)) for bits = bit_length(a) > 64, with the bits
// shifted out folded into the lowest bit (a sticky bit for rounding).
uint64_t top64_sticky(IntView a, uint64_t bits) {
  int64_t n = a.ndigits();
  uint64_t shift = bits - 64;
  int64_t w = int64_t(shift / kShift);
  int off = int(shift % kShift);
  unsigned __int128 acc = 0;
  for (int64_t i = std::min<int64_t>(n - 1, w + 3); i >= w; i--)
    acc = (acc << kShift) | a.digits[i];
  uint64_t top = uint64_t(acc >> off);
  bool lost = (acc & ((((unsigned __int128)1) << off) - 1)) != 0;
  for (int64_t i = 0; i < w && !lost; i++)
    lost = a.digits[i] != 0;
  return top | (lost ? 1 : 0);
}

}  // namespace

int64_t from_uint64(uint64_t v, Digit* out) {
  int64_t n = 0;
  for (; v; v >>= kShift)
    out[n++] = Digit(v) & kMask;
  return n;
}

int64_t from_int64(int64_t v, Digit* out) {
  uint64_t m = v < 0 ? 0 - uint64_t(v) : uint64_t(v);
  int64_t n = from_uint64(m, out);
  return v < 0 ? -n : n;
}

bool to_int64(IntView a, int64_t* out) {
  uint64_t m;
  if (!mag_u64(a, &m)) return false;
  if (a.size < 0) {
    if (m > (uint64_t(1) << 63)) return false;
    *out = int64_t(0 - m);
  } else {
    if (m > uint64_t(INT64_MAX)) return false;
    *out = int64_t(m);
  }
  return true;
}

Status to_uint64(IntView a, uint64_t* out) {
  if (a.size < 0) return Status::kNegativeToUnsigned;
  return mag_u64(a, out) ? Status::kOk : Status::kOutOfRange;
}

Status to_double(IntView a, double* out) {
  double sign = a.size < 0 ? -1.0 : 1.0;
  uint64_t bits = bit_length(a);
  if (bits <= 64) {
    uint64_t m = 0;
    mag_u64(a, &m);
    *out = sign * double(m);  // the conversion rounds half to even
    return Status::kOk;
  }
  if (bits > 1024) return Status::kTooLargeForFloat;
  // 64 leading bits with a sticky bit: converting them rounds exactly once,
  // and scaling by a power of two is exact (or overflows).
  double d = std::ldexp(double(top64_sticky(a, bits)), int(bits - 64));
  if (std::isinf(d)) return Status::kTooLargeForFloat;
  *out = sign * d;
  return Status::kOk;
}

int64_t from_double_capacity(double d) {
  if (!(std::fabs(d) >= 1.0)) return 1;
  int e;
  std::frexp(d, &e);
  return e / kShift + 2;
}

int64_t from_double(double d, Digit* out) {
  double m = std::trunc(std::fabs(d));
  bool negative = d < 0;
  if (m < 0x1p64) {
    int64_t n = from_uint64(uint64_t(m), out);
    return negative ? -n : n;
  }
  int e;
  double frac = std::frexp(m, &e);  // m = frac * 2**e, frac in [0.5, 1)
  uint64_t mantissa = uint64_t(std::ldexp(frac, 53));
  Digit low[3];
  int64_t nlow = from_uint64(mantissa, low);
  int64_t n = mag_lshift(low, nlow, uint64_t(e - 53), out);
  return negative ? -n : n;
}

// ---- Bytes ----

namespace {

// Reads an int's two's complement bytes from the least significant end,
// extending with the sign forever.
class TwosComplementBytes {
 public:
  explicit TwosComplementBytes(IntView a) : d_(a.digits), n_(a.ndigits()), negative_(a.size < 0) {}

  uint8_t next() {
    if (bits_ < 8) fill();
    uint8_t b = uint8_t(acc_);
    acc_ >>= 8;
    bits_ -= 8;
    return b;
  }

  // True when every bit not yet read equals the sign.
  bool rest_is_sign() const {
    uint64_t low = (uint64_t(1) << bits_) - 1;
    if ((acc_ & low) != (negative_ ? low : 0)) return false;
    Digit carry = carry_;
    for (int64_t i = i_; i < n_; i++) {
      Digit d = d_[i];
      if (negative_) {
        Digit t = (~d & kMask) + carry;
        carry = t >> kShift;
        d = t & kMask;
      }
      if (d != (negative_ ? kMask : 0)) return false;
    }
    return true;
  }

 private:
  void fill() {
    Digit d;
    if (!negative_) {
      d = i_ < n_ ? d_[i_] : 0;
    } else {
      Digit m = i_ < n_ ? d_[i_] : 0;
      Digit t = (~m & kMask) + carry_;
      carry_ = t >> kShift;
      d = t & kMask;
    }
    i_++;
    acc_ |= uint64_t(d) << bits_;
    bits_ += kShift;
  }

  const Digit* d_;
  int64_t n_;
  bool negative_;
  int64_t i_ = 0;
  Digit carry_ = 1;
  uint64_t acc_ = 0;
  int bits_ = 0;
};

}  // namespace

Status to_bytes(IntView a, uint8_t* out, size_t length, bool little_endian, bool is_signed) {
  bool negative = a.size < 0;
  if (negative && !is_signed) return Status::kNegativeToUnsigned;
  TwosComplementBytes bytes(a);
  uint8_t last = 0;
  for (size_t k = 0; k < length; k++) {
    last = bytes.next();
    out[little_endian ? k : length - 1 - k] = last;
  }
  if (!bytes.rest_is_sign()) return Status::kTooBigToConvert;
  // (With no bytes at all, 0 and -1 fit: the sign alone.)
  if (is_signed && length > 0 && ((last >> 7) != 0) != negative) return Status::kTooBigToConvert;
  return Status::kOk;
}

int64_t from_bytes_capacity(size_t length) {
  return int64_t(length / 15 * 4 + (length % 15 * 8 + 29) / 30) + 1;
}

int64_t from_bytes(const uint8_t* bytes, size_t length, bool little_endian, bool is_signed, Digit* out) {
  uint64_t acc = 0;
  int bits = 0;
  int64_t n = 0;
  for (size_t k = 0; k < length; k++) {
    acc |= uint64_t(bytes[little_endian ? k : length - 1 - k]) << bits;
    bits += 8;
    if (bits >= kShift) {
      out[n++] = Digit(acc) & kMask;
      acc >>= kShift;
      bits -= kShift;
    }
  }
  if (bits > 0) out[n++] = Digit(acc);
  uint8_t top = length ? bytes[little_endian ? length - 1 : 0] : 0;
  if (!is_signed || !(top & 0x80)) return normalized(out, n);
  // Negative: sign-extend the top digit, then negate the n-digit two's complement.
  if (bits > 0) out[n - 1] |= kMask & ~((Digit(1) << bits) - 1);
  Digit carry = 1;
  for (int64_t i = 0; i < n; i++) {
    Digit t = (~out[i] & kMask) + carry;
    out[i] = t & kMask;
    carry = t >> kShift;
  }
  return -normalized(out, n);
}

// ---- Strings ----

namespace {

constexpr char kLower[] = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr char kUpper[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

bool is_power_of_two(int base) {
  return (base & (base - 1)) == 0;
}

// The largest k with base**k < 2**30, and base**k.
void chunk_for_base(int base, int* k, Digit* power) {
  Digit p = 1;
  int n = 0;
  while (TwoDigits(p) * Digit(base) < kBase) {
    p *= Digit(base);
    n++;
  }
  *k = n;
  *power = p;
}

// Lower bound on the digit count of a nonzero |a| in `base`.
int64_t min_chars(IntView a, int base) {
  double bits = double(bit_length(a) - 1);
  return int64_t(bits / std::log2(double(base)) * (1 - 1e-12)) + 1;
}

}  // namespace

int64_t to_string_capacity(IntView a, int base, unsigned flags) {
  // mpn_get_str may write the digits of the largest number of its limb count,
  // plus one.
  double bits = double(limbs_for_digits(a.ndigits()) * 64);
  return int64_t(bits / std::log2(double(base))) + 6;
}

Result to_string(IntView a, int base, unsigned flags, int64_t max_str_digits, char* out) {
  const char* chars = (flags & kFormatUppercase) ? kUpper : kLower;
  char* p = out;
  if (a.size < 0) *p++ = '-';
  if (flags & kFormatPrefix) {
    char c = base == 2 ? 'b' : base == 8 ? 'o' : base == 16 ? 'x' : 0;
    if (c) {
      *p++ = '0';
      *p++ = (flags & kFormatUppercase) ? char(c - 'a' + 'A') : c;
    }
  }
  int64_t n = a.ndigits();
  if (n == 0) {
    *p++ = '0';
    return {p - out, Status::kOk};
  }
  if (is_power_of_two(base)) {
    int k = std::countr_zero(unsigned(base));
    int64_t nchars = int64_t((bit_length(a) + uint64_t(k) - 1) / uint64_t(k));
    char* q = p + nchars;
    uint64_t acc = 0;
    int bits = 0;
    int64_t i = 0;
    while (q > p) {
      if (bits < k) {
        if (i < n) acc |= uint64_t(a.digits[i++]) << bits;
        bits += kShift;
      }
      *--q = chars[acc & unsigned(base - 1)];
      acc >>= k;
      bits -= k;
    }
    return {p + nchars - out, Status::kOk};
  }
  if (max_str_digits > 0 && min_chars(a, base) > max_str_digits) return {0, Status::kFormatDigitsLimit};
  int64_t nchars;
  if (n <= 2) {  // below 2**60: machine division
    uint64_t v = a.digits[0] | (n == 2 ? uint64_t(a.digits[1]) << kShift : 0);
    char buf[64];
    char* q = buf + sizeof buf;
    for (; v; v /= unsigned(base))
      *--q = chars[v % unsigned(base)];
    nchars = buf + sizeof buf - q;
    std::memcpy(p, q, size_t(nchars));
  } else {
    // GMP's subquadratic conversion wins from 3 digits on.
    Buffer<mp_limb_t, 128> limbs{size_t(limbs_for_digits(n) + 1)};
    if (!limbs.ok()) return {0, Status::kNoMemory};
    int64_t nl = pack_limbs(a.digits, n, limbs.get());
    unsigned char* raw = reinterpret_cast<unsigned char*>(p);
    size_t len = mpn_get_str(raw, base, limbs.get(), nl);
    size_t zeros = 0;
    while (zeros + 1 < len && raw[zeros] == 0)
      zeros++;
    nchars = int64_t(len - zeros);
    for (int64_t i = 0; i < nchars; i++)
      p[i] = chars[raw[zeros + size_t(i)]];
  }
  if (max_str_digits > 0 && nchars > max_str_digits) return {0, Status::kFormatDigitsLimit};
  return {p + nchars - out, Status::kOk};
}

namespace {

// Digit value of an ASCII character, 99 for anything else.
struct DigitTable {
  uint8_t v[256];
  constexpr DigitTable() : v() {
    for (int i = 0; i < 256; i++)
      v[i] = 99;
    for (int i = 0; i < 10; i++)
      v['0' + i] = uint8_t(i);
    for (int i = 0; i < 26; i++)
      v['a' + i] = v['A' + i] = uint8_t(10 + i);
  }
};
constexpr DigitTable kDigitValue;

inline int digit_value(char c) {
  return kDigitValue.v[uint8_t(c)];
}
inline bool is_space(char c) {
  return c == ' ' || (c >= '\t' && c <= '\r');
}

}  // namespace

ParsedInt parse_int(const char* text, size_t length, int base, int64_t max_str_digits) {
  ParsedInt r{};
  r.status = Status::kInvalidLiteral;
  if (base != 0 && (base < 2 || base > 36)) {
    r.status = Status::kInvalidBase;
    return r;
  }
  const char* s = text;
  const char* end = text + length;
  while (s < end && is_space(*s))
    s++;
  if (s < end && (*s == '+' || *s == '-')) r.negative = *s++ == '-';
  // Base 0 takes the base from the prefix; a decimal with a leading zero must be all zeros.
  bool leading_zero_rule = false;
  if (base == 0) {
    char c = s + 1 < end && s[0] == '0' ? char(s[1] | 0x20) : 0;
    base = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 10;
    leading_zero_rule = base == 10 && s < end && *s == '0';
  }
  if (s + 1 < end && s[0] == '0') {
    char c = char(s[1] | 0x20);
    if ((base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b')) {
      s += 2;
      if (s < end && *s == '_') s++;  // "0x_1": one underscore after the prefix
    }
  }
  r.base = base;
  r.digits = s;
  // Digits, with single underscores between them.
  if (s == end || digit_value(*s) >= base) return r;
  int64_t nd = 0;
  bool nonzero = false;
  while (s < end) {
    char c = *s;
    if (c == '_') {
      if (s + 1 == end || digit_value(s[1]) >= base) return r;
      s++;
      continue;
    }
    if (digit_value(c) >= base) break;
    nonzero |= c != '0';
    nd++;
    s++;
  }
  r.digits_end = s;
  r.ndigits = nd;
  if (max_str_digits > 0 && !is_power_of_two(base) && nd > max_str_digits) {
    r.status = Status::kParseDigitsLimit;
    return r;
  }
  if (leading_zero_rule && nonzero) return r;
  while (s < end && is_space(*s))
    s++;
  if (s != end) return r;
  r.status = Status::kOk;
  r.capacity = int64_t(double(nd) * std::log2(double(base)) / kShift * (1 + 1e-12)) + 2;
  return r;
}

Result from_parsed(const ParsedInt& parsed, Digit* out) {
  const int base = parsed.base;
  const char* s = parsed.digits;
  const char* end = parsed.digits_end;
  while (s < end && (*s == '0' || *s == '_'))
    s++;
  int64_t n = 0;
  if (s == end) return {0, Status::kOk};
  if (is_power_of_two(base)) {
    int k = std::countr_zero(unsigned(base));
    uint64_t acc = 0;
    int bits = 0;
    for (const char* q = end; q > s;) {
      char c = *--q;
      if (c == '_') continue;
      acc |= uint64_t(digit_value(c)) << bits;
      bits += k;
      if (bits >= kShift) {
        out[n++] = Digit(acc) & kMask;
        acc >>= kShift;
        bits -= kShift;
      }
    }
    if (acc) out[n++] = Digit(acc);
    n = normalized(out, n);
  } else if (end - s >= kFromDecimalGmpThreshold) {
    Buffer<unsigned char, 1024> values{size_t(end - s)};
    if (!values.ok()) return {0, Status::kNoMemory};
    size_t m = 0;
    for (const char* q = s; q < end; q++)
      if (*q != '_') values.get()[m++] = uint8_t(digit_value(*q));
    Buffer<mp_limb_t, 128> limbs{size_t(double(m) * std::log2(double(base)) / 64) + 3};
    if (!limbs.ok()) return {0, Status::kNoMemory};
    mp_size_t nl = mpn_set_str(limbs.get(), values.get(), m, base);
    n = unpack_limbs(limbs.get(), nl, out);
  } else {
    int k;
    Digit chunk;
    chunk_for_base(base, &k, &chunk);
    Digit value = 0, power = 1;
    for (const char* q = s; q < end; q++) {
      if (*q == '_') continue;
      value = value * Digit(base) + Digit(digit_value(*q));
      power *= Digit(base);
      if (power == chunk) {
        n = mag_muladd1_inplace(out, n, chunk, value);
        value = 0;
        power = 1;
      }
    }
    if (power > 1) n = mag_muladd1_inplace(out, n, power, value);
  }
  return {parsed.negative ? -n : n, Status::kOk};
}

}  // namespace dx::bigint
