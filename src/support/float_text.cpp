// float <-> text and float arithmetic with CPython 3.11's exact results.
#include "support/float_text.h"

#include <gmp.h>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "support/repr.h"
#include "support/unicode.h"

namespace dx {
namespace {

// Exact decimal output never needs more digits than these: a double has at
// most 767 significant digits and 1074 after the point; further requested
// digits are zeros, appended without asking to_chars.
constexpr int kMaxExactSignificant = 800;
constexpr int kMaxExactFixed = 1100;

bool is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
char to_lower(char c) { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }

// Case-insensitive match of lower-case `word` at s[i].
bool match_word(std::string_view s, size_t i, std::string_view word) {
  if (s.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); k++)
    if (to_lower(s[i + k]) != word[k]) return false;
  return true;
}

void append_exponent(std::string& out, char e, int64_t exp) {
  out.push_back(e);
  out.push_back(exp < 0 ? '-' : '+');
  uint64_t mag = exp < 0 ? uint64_t(-exp) : uint64_t(exp);
  if (mag < 10) out.push_back('0');
  char buf[24];
  auto res = std::to_chars(buf, buf + sizeof buf, mag);
  out.append(buf, res.ptr);
}

// The significant digits of |x| (no trailing zeros, "0" for zero) and the
// position of the decimal point relative to their start. `sig` < 0 asks for the
// shortest round-trip digits, otherwise `sig` (>= 1) correctly rounded ones.
struct DecimalDigits {
  char digits[kMaxExactSignificant + 8];
  int count;
  int decpt;
};

void decimal_digits(double x, int sig, DecimalDigits* d) {
  char buf[kMaxExactSignificant + 32];
  std::to_chars_result res = sig < 0 ? std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific)
                                     : std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific, sig - 1);
  const char* end = res.ptr;
  const char* e = static_cast<const char*>(std::memchr(buf, 'e', size_t(end - buf)));
  int n = 0;
  for (const char* p = buf; p < e; p++)
    if (*p != '.') d->digits[n++] = *p;
  while (n > 1 && d->digits[n - 1] == '0') n--;
  d->count = n;
  int exp10 = 0;
  std::from_chars(e + (e[1] == '+' ? 2 : 1), end, exp10);
  d->decpt = exp10 + 1;
}

// Lays out digits for the 'g' and 'r' types (see append_double).
void append_general(std::string& out, const DecimalDigits& d, char code, int64_t precision, unsigned flags,
                    bool upper) {
  bool add_dot_0 = flags & kDoubleAddDotZero;
  bool alt = flags & kDoubleAlt;
  int64_t decpt = d.decpt;
  bool use_exp;
  int64_t shown = d.count;  // significant digits shown, zero-padded past d.count
  if (code == 'g') {
    use_exp = decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision);
    if (alt && precision > shown) shown = precision;
  } else {
    use_exp = decpt <= -4 || decpt > 16;
  }
  int64_t exp = 0;
  if (use_exp) {
    exp = decpt - 1;
    decpt = 1;
  }
  auto digit = [&](int64_t i) { return i < d.count ? d.digits[i] : '0'; };
  int64_t frac_start;  // index of the first fractional digit
  if (decpt <= 0) {
    out += "0.";
    out.append(size_t(-decpt), '0');
    frac_start = 0;
  } else {
    for (int64_t i = 0; i < decpt; i++) out.push_back(digit(i));
    frac_start = decpt;
  }
  if (frac_start < shown) {
    if (decpt > 0) out.push_back('.');
    if (shown <= d.count) {
      out.append(d.digits + frac_start, size_t(shown - frac_start));
    } else {
      if (frac_start < d.count) out.append(d.digits + frac_start, size_t(d.count - frac_start));
      out.append(size_t(shown - std::max<int64_t>(frac_start, d.count)), '0');
    }
  } else if (add_dot_0 && !use_exp) {
    out += ".0";
  } else if (alt) {
    out.push_back('.');
  }
  if (use_exp) append_exponent(out, upper ? 'E' : 'e', exp);
}

// True if the digits of a formatted finite number (before any exponent) are all zero.
bool shows_zero(std::string_view body) {
  for (char c : body) {
    if (c == 'e' || c == 'E') break;
    if (c >= '1' && c <= '9') return false;
  }
  return true;
}

// Converts significant decimal digits `sig` (no leading zeros, non-empty)
// times 10**exp10 to the nearest double; `sig` is cut at 800 digits with a
// sticky 1, which keeps the rounding exact.
double digits_to_double(bool negative, std::string_view sig, int64_t exp10) {
  // The decimal exponent of the leading digit decides the extremes.
  int64_t lead = exp10 + int64_t(sig.size()) - 1;
  double mag;
  if (lead > 400) {
    mag = HUGE_VAL;
  } else if (lead < -400) {
    mag = 0.0;
  } else {
    std::string buf;
    if (sig.size() > size_t(kMaxExactSignificant)) {
      exp10 += int64_t(sig.size()) - kMaxExactSignificant - 1;
      buf.assign(sig.substr(0, kMaxExactSignificant));
      buf.push_back('1');
    } else {
      buf.assign(sig);
    }
    buf.push_back('e');
    char ebuf[24];
    auto eres = std::to_chars(ebuf, ebuf + sizeof ebuf, exp10);
    buf.append(ebuf, eres.ptr);
    auto res = std::from_chars(buf.data(), buf.data() + buf.size(), mag);
    if (res.ec == std::errc::result_out_of_range) mag = lead > 0 ? HUGE_VAL : 0.0;
  }
  return negative ? -mag : mag;
}

std::string float_error_text(std::string_view text, bool is_bytes) {
  std::string msg = "could not convert string to float: ";
  if (is_bytes) append_bytes_repr(msg, text);
  else append_str_repr(msg, text);
  return msg;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = to_lower(c);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Python's floor division and modulo of finite or infinite x, y (y != 0).
void divmod_core(double x, double y, double* floordiv, double* mod) {
  double m = std::fmod(x, y);
  // x - m is an exact multiple of y, so this division is exact up to rounding.
  double div = (x - m) / y;
  if (m != 0) {
    if ((y < 0) != (m < 0)) {
      m += y;
      div -= 1.0;
    }
  } else {
    m = std::copysign(0.0, y);
  }
  double fd;
  if (div != 0) {
    fd = std::floor(div);
    if (div - fd > 0.5) fd += 1.0;
  } else {
    fd = std::copysign(0.0, x / y);
  }
  *floordiv = fd;
  *mod = m;
}

}  // namespace

void append_double(std::string& out, double x, char code, int64_t precision, unsigned flags) {
  bool upper = code == 'E' || code == 'F' || code == 'G';
  char lc = to_lower(code);
  if (std::isnan(x)) {
    if (flags & kDoubleSign) out.push_back('+');
    out += upper ? "NAN" : "nan";
    return;
  }
  bool negative = std::signbit(x);
  if (std::isinf(x)) {
    if (negative) out.push_back('-');
    else if (flags & kDoubleSign) out.push_back('+');
    out += upper ? "INF" : "inf";
    return;
  }
  size_t sign_pos = out.size();
  if (precision < 0) precision = 0;
  switch (lc) {
    case 'f': {
      int p = int(std::min<int64_t>(precision, kMaxExactFixed));
      char buf[kMaxExactFixed + 400];
      auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::fixed, p);
      out.append(buf, res.ptr);
      if (precision > p) out.append(size_t(precision - p), '0');
      if (precision == 0 && (flags & kDoubleAlt)) out.push_back('.');
      break;
    }
    case 'e': {
      int p = int(std::min<int64_t>(precision, kMaxExactSignificant));
      char buf[kMaxExactSignificant + 32];
      auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific, p);
      const char* e = static_cast<const char*>(std::memchr(buf, 'e', size_t(res.ptr - buf)));
      out.append(buf, size_t(e - buf));
      if (precision > p) out.append(size_t(precision - p), '0');
      if (precision == 0 && (flags & kDoubleAlt)) out.push_back('.');
      if (upper) out.push_back('E');
      else out.push_back('e');
      out.append(e + 1, size_t(res.ptr - (e + 1)));
      break;
    }
    case 'g': {
      if (precision == 0) precision = 1;
      DecimalDigits d;
      decimal_digits(x, int(std::min<int64_t>(precision, kMaxExactSignificant)), &d);
      append_general(out, d, 'g', precision, flags, upper);
      break;
    }
    default: {  // 'r'
      DecimalDigits d;
      decimal_digits(x, -1, &d);
      append_general(out, d, 'r', 0, flags, upper);
      break;
    }
  }
  if (negative && (flags & kDoubleNoNegZero) && shows_zero(std::string_view(out).substr(sign_pos))) negative = false;
  if (negative) out.insert(out.begin() + ptrdiff_t(sign_pos), '-');
  else if (flags & kDoubleSign) out.insert(out.begin() + ptrdiff_t(sign_pos), '+');
}

void append_float_str(std::string& out, double x) { append_double(out, x, 'r', 0, kDoubleAddDotZero); }

void append_complex_repr(std::string& out, double real, double imag) {
  if (real == 0 && !std::signbit(real)) {
    append_double(out, imag, 'r', 0, 0);
    out.push_back('j');
    return;
  }
  out.push_back('(');
  append_double(out, real, 'r', 0, 0);
  append_double(out, imag, 'r', 0, kDoubleSign);
  out += "j)";
}

std::string number_text_to_ascii(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  size_t i = 0;
  while (i < utf8.size()) {
    unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      out.push_back(char(b));
      i++;
      continue;
    }
    char32_t c = unicode::decode_utf8(utf8, i);
    int digit = unicode::decimal_value(c);
    if (digit >= 0) out.push_back(char('0' + digit));
    else if (unicode::is_space(c)) out.push_back(' ');
    else out.push_back('?');
  }
  return out;
}

bool remove_number_underscores(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  for (size_t i = 0; i < s.size(); i++) {
    if (s[i] != '_') {
      out->push_back(s[i]);
      continue;
    }
    if (i == 0 || !is_digit(s[i - 1]) || i + 1 >= s.size() || !is_digit(s[i + 1])) return false;
  }
  return true;
}

size_t parse_float_prefix(std::string_view s, double* out) {
  size_t i = 0;
  bool negative = false;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  if (match_word(s, i, "inf")) {
    size_t end = i + 3;
    if (match_word(s, end, "inity")) end += 5;
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return end;
  }
  if (match_word(s, i, "nan")) {
    *out = std::copysign(std::numeric_limits<double>::quiet_NaN(), negative ? -1.0 : 1.0);
    return i + 3;
  }
  size_t int_start = i;
  while (i < s.size() && is_digit(s[i])) i++;
  std::string_view int_part = s.substr(int_start, i - int_start);
  std::string_view frac_part;
  if (i < s.size() && s[i] == '.') {
    size_t frac_start = ++i;
    while (i < s.size() && is_digit(s[i])) i++;
    frac_part = s.substr(frac_start, i - frac_start);
  }
  if (int_part.empty() && frac_part.empty()) return 0;
  int64_t exp10 = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    size_t j = i + 1;
    bool exp_negative = false;
    if (j < s.size() && (s[j] == '+' || s[j] == '-')) exp_negative = s[j++] == '-';
    if (j < s.size() && is_digit(s[j])) {
      while (j < s.size() && is_digit(s[j])) {
        if (exp10 < 1000000000) exp10 = exp10 * 10 + (s[j] - '0');
        j++;
      }
      if (exp_negative) exp10 = -exp10;
      i = j;
    }
  }
  // Significant digits: the integer and fraction digits without leading and
  // trailing zeros.
  std::string sig;
  sig.reserve(int_part.size() + frac_part.size());
  sig.append(int_part);
  sig.append(frac_part);
  size_t first = sig.find_first_not_of('0');
  if (first == std::string::npos) {
    *out = negative ? -0.0 : 0.0;
    return i;
  }
  size_t last = sig.find_last_not_of('0');
  // value = sig[first..last] * 10**(exp10 - digits after `last` in the fraction ...)
  int64_t scale = exp10 - int64_t(frac_part.size()) + int64_t(sig.size() - 1 - last);
  *out = digits_to_double(negative, std::string_view(sig).substr(first, last + 1 - first), scale);
  return i;
}

TextStatus float_from_text(std::string_view text, bool is_bytes, double* out) {
  std::string ascii;
  if (is_bytes) {
    ascii.assign(text);
    for (char& c : ascii)
      if (static_cast<unsigned char>(c) >= 0x80) c = '?';
  } else {
    ascii = number_text_to_ascii(text);
  }
  std::string_view s = ascii;
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  std::string cleaned;
  if (s.find('_') != std::string_view::npos) {
    if (!remove_number_underscores(s, &cleaned)) return TextStatus::value_error(float_error_text(text, is_bytes));
    s = cleaned;
  }
  if (s.empty() || parse_float_prefix(s, out) != s.size())
    return TextStatus::value_error(float_error_text(text, is_bytes));
  return TextStatus::success();
}

void append_float_hex(std::string& out, double x) {
  if (std::isnan(x)) {
    out += "nan";
    return;
  }
  if (std::isinf(x)) {
    out += x < 0 ? "-inf" : "inf";
    return;
  }
  if (std::signbit(x)) out.push_back('-');
  if (x == 0) {
    out += "0x0.0p+0";
    return;
  }
  uint64_t bits = std::bit_cast<uint64_t>(x);
  int biased = int((bits >> 52) & 0x7FF);
  uint64_t fraction = bits & ((uint64_t(1) << 52) - 1);
  out += biased == 0 ? "0x0." : "0x1.";
  static const char kHex[] = "0123456789abcdef";
  for (int shift = 48; shift >= 0; shift -= 4) out.push_back(kHex[(fraction >> shift) & 0xF]);
  int exp = biased == 0 ? -1022 : biased - 1023;
  out.push_back('p');
  if (exp >= 0) out.push_back('+');
  char buf[16];
  auto res = std::to_chars(buf, buf + sizeof buf, exp);
  out.append(buf, res.ptr);
}

TextStatus float_fromhex(std::string_view s, double* out) {
  auto invalid = [] { return TextStatus::value_error("invalid hexadecimal floating-point string"); };
  size_t i = 0, n = s.size();
  while (i < n && is_ascii_space(s[i])) i++;
  bool negative = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
  auto finish = [&](size_t end) {
    while (end < n && is_ascii_space(s[end])) end++;
    return end == n;
  };
  if (match_word(s, i, "inf")) {
    size_t end = i + 3;
    if (match_word(s, end, "inity")) end += 5;
    if (!finish(end)) return invalid();
    *out = negative ? -HUGE_VAL : HUGE_VAL;
    return TextStatus::success();
  }
  if (match_word(s, i, "nan")) {
    if (!finish(i + 3)) return invalid();
    *out = std::copysign(std::numeric_limits<double>::quiet_NaN(), negative ? -1.0 : 1.0);
    return TextStatus::success();
  }
  if (i + 1 < n && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
  std::vector<uint8_t> digits;  // integer then fraction digits
  while (i < n && hex_value(s[i]) >= 0) digits.push_back(uint8_t(hex_value(s[i++])));
  int64_t frac_digits = 0;
  if (i < n && s[i] == '.') {
    i++;
    while (i < n && hex_value(s[i]) >= 0) {
      digits.push_back(uint8_t(hex_value(s[i++])));
      frac_digits++;
    }
  }
  if (digits.empty()) return invalid();
  int64_t exp = 0;
  if (i < n && (s[i] == 'p' || s[i] == 'P')) {
    i++;
    bool exp_negative = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) exp_negative = s[i++] == '-';
    if (i >= n || !is_digit(s[i])) return invalid();
    while (i < n && is_digit(s[i])) {
      if (exp < (int64_t(1) << 50)) exp = exp * 10 + (s[i] - '0');
      i++;
    }
    if (exp_negative) exp = -exp;
  }
  // CPython reports an overflow before looking at what follows the number.
  bool tail_ok = finish(i);

  size_t first = 0;
  while (first < digits.size() && digits[first] == 0) first++;
  if (first == digits.size()) {
    if (!tail_ok) return invalid();
    *out = negative ? -0.0 : 0.0;
    return TextStatus::success();
  }
  // Bit t of the value (the bit worth 2**t): the lowest digit's lowest bit is worth 2**base.
  int64_t count = int64_t(digits.size());
  int64_t base = exp - 4 * frac_digits;
  auto bit = [&](int64_t t) -> uint64_t {
    if (t < base) return 0;
    int64_t k = t - base;
    int64_t index = count - 1 - k / 4;
    if (index < 0) return 0;
    return (digits[size_t(index)] >> (k % 4)) & 1;
  };
  int64_t top = base + 4 * (count - 1 - int64_t(first)) + (std::bit_width(unsigned(digits[first])) - 1);
  if (top > 1023) return TextStatus::overflow_error("hexadecimal value too large to represent as a float");
  if (top < -1080) {
    if (!tail_ok) return invalid();
    *out = negative ? -0.0 : 0.0;
    return TextStatus::success();
  }
  int64_t lsb = std::max<int64_t>(top - 52, -1074);
  uint64_t q = 0;
  for (int64_t t = top; t >= lsb; t--) q = q << 1 | bit(t);
  size_t last = digits.size() - 1;
  while (digits[last] == 0) last--;
  int64_t lowest = base + 4 * (count - 1 - int64_t(last)) + std::countr_zero(unsigned(digits[last]));
  bool half = bit(lsb - 1) != 0;
  bool sticky = lowest < lsb - 1;
  if (half && (sticky || (q & 1))) q++;
  double mag = std::ldexp(double(q), int(lsb));
  if (std::isinf(mag)) return TextStatus::overflow_error("hexadecimal value too large to represent as a float");
  if (!tail_ok) return invalid();
  *out = negative ? -mag : mag;
  return TextStatus::success();
}

TextStatus float_round_to_integral(double x, double* out) {
  if (std::isnan(x)) return TextStatus::value_error("cannot convert float NaN to integer");
  if (std::isinf(x)) return TextStatus::overflow_error("cannot convert float infinity to integer");
  double r = std::round(x);
  if (std::fabs(x - r) == 0.5) r = 2.0 * std::round(x / 2.0);
  *out = r;
  return TextStatus::success();
}

TextStatus float_round(double x, int64_t ndigits, double* out) {
  // Beyond these, rounding cannot change x / always gives zero.
  constexpr int64_t kMaxDigits = 323, kMinDigits = -308;
  if (!std::isfinite(x) || ndigits > kMaxDigits) {
    *out = x;
    return TextStatus::success();
  }
  if (ndigits < kMinDigits) {
    *out = 0.0 * x;
    return TextStatus::success();
  }
  std::string text;
  if (ndigits >= 0) {
    char buf[1024];
    auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::fixed, int(ndigits));
    std::from_chars(buf, res.ptr, *out);
    return TextStatus::success();
  }
  // Round the integer part at digit -ndigits from the right; the fraction
  // only matters to tell an exact half from a little more.
  size_t k = size_t(-ndigits);
  double ax = std::fabs(x), ip = std::trunc(ax);
  bool fraction = ax != ip;
  char buf[400];
  auto res = std::to_chars(buf, buf + sizeof buf, ip, std::chars_format::fixed, 0);
  std::string_view digits(buf, size_t(res.ptr - buf));
  std::string head;
  if (digits.size() >= k) {
    head.assign(digits.substr(0, digits.size() - k));
    std::string_view tail = digits.substr(digits.size() - k);
    int cmp = tail[0] < '5' ? -1 : tail[0] > '5' ? 1 : 0;
    if (cmp == 0 && tail.substr(1).find_first_not_of('0') != std::string_view::npos) cmp = 1;
    if (cmp == 0 && fraction) cmp = 1;
    bool up = cmp > 0 || (cmp == 0 && !head.empty() && (head.back() - '0') % 2 == 1);
    if (up) {
      size_t j = head.size();
      while (j > 0 && head[j - 1] == '9') head[--j] = '0';
      if (j == 0) head.insert(head.begin(), '1');
      else head[j - 1]++;
    }
  }
  if (head.empty()) head = "0";
  if (std::signbit(x)) text.push_back('-');
  text += head;
  text.push_back('e');
  text += std::to_string(k);
  auto fres = std::from_chars(text.data(), text.data() + text.size(), *out);
  if (fres.ec == std::errc::result_out_of_range) return TextStatus::overflow_error("rounded value too large to represent");
  return TextStatus::success();
}

TextStatus float_to_integer_text(double x, std::string* out) {
  if (std::isnan(x)) return TextStatus::value_error("cannot convert float NaN to integer");
  if (std::isinf(x)) return TextStatus::overflow_error("cannot convert float infinity to integer");
  double t = std::trunc(x);
  if (t == 0) t = 0.0;  // no "-0"
  char buf[400];
  auto res = std::to_chars(buf, buf + sizeof buf, t, std::chars_format::fixed, 0);
  out->assign(buf, res.ptr);
  return TextStatus::success();
}

TextStatus float_truediv(double x, double y, double* out) {
  if (y == 0) return TextStatus::error(ExcKind::kZeroDivisionError, "float division by zero");
  *out = x / y;
  return TextStatus::success();
}

TextStatus float_floordiv(double x, double y, double* out) {
  if (y == 0) return TextStatus::error(ExcKind::kZeroDivisionError, "float floor division by zero");
  double mod;
  divmod_core(x, y, out, &mod);
  return TextStatus::success();
}

TextStatus float_mod(double x, double y, double* out) {
  if (y == 0) return TextStatus::error(ExcKind::kZeroDivisionError, "float modulo");
  double m = std::fmod(x, y);
  if (m != 0) {
    if ((y < 0) != (m < 0)) m += y;
  } else {
    m = std::copysign(0.0, y);
  }
  *out = m;
  return TextStatus::success();
}

TextStatus float_divmod(double x, double y, double* floordiv, double* mod) {
  if (y == 0) return TextStatus::error(ExcKind::kZeroDivisionError, "float divmod()");
  divmod_core(x, y, floordiv, mod);
  return TextStatus::success();
}

TextStatus float_as_integer_ratio(double x, int64_t* mantissa, int* exponent) {
  if (std::isinf(x)) return TextStatus::overflow_error("cannot convert Infinity to integer ratio");
  if (std::isnan(x)) return TextStatus::value_error("cannot convert NaN to integer ratio");
  if (x == 0) {
    *mantissa = 0;
    *exponent = 0;
    return TextStatus::success();
  }
  int e;
  double m = std::frexp(x, &e);
  int64_t mant = int64_t(std::ldexp(m, 53));
  e -= 53;
  int tz = std::countr_zero(uint64_t(mant < 0 ? -mant : mant));
  *mantissa = mant >> tz;
  *exponent = e + tz;
  return TextStatus::success();
}

TextStatus float_as_integer_ratio_text(double x, std::string* numerator, std::string* denominator) {
  int64_t mant;
  int exp;
  DX_TRY_TEXT(float_as_integer_ratio(x, &mant, &exp));
  mpz_t num, den;
  mpz_init_set_si(num, long(mant));
  mpz_init_set_ui(den, 1);
  if (exp > 0) mpz_mul_2exp(num, num, mp_bitcnt_t(exp));
  else mpz_mul_2exp(den, den, mp_bitcnt_t(-exp));
  auto text = [](mpz_t v) {
    std::string s(mpz_sizeinbase(v, 10) + 2, '\0');
    mpz_get_str(s.data(), 10, v);
    s.resize(std::strlen(s.c_str()));
    return s;
  };
  *numerator = text(num);
  *denominator = text(den);
  mpz_clear(num);
  mpz_clear(den);
  return TextStatus::success();
}

bool float_is_integer(double x) { return std::isfinite(x) && std::floor(x) == x; }

}  // namespace dx
