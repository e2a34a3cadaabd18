// Decoding of string, bytes and number literals, with CPython 3.11's errors.
#include "parser/string_literal.h"

#include <gmp.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "support/unicode.h"

namespace dx::parser {
namespace {

// CPython refuses decimal int literals longer than this (sys.int_info
// default_max_str_digits); hexadecimal, octal and binary ones are unlimited.
constexpr size_t kMaxDecimalDigits = 4300;

inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// CPython hands a str literal to its unicode-escape decoder after replacing
// each non-ASCII character by a 10-byte \UXXXXXXXX escape (and a backslash
// before one by the 6-byte \u005c; a backslash and the ASCII character after
// it go through as a pair), and reports positions in that text. This maps an
// offset in the body to such a position.
size_t escape_position(std::string_view body, size_t offset) {
  size_t pos = 0;
  for (size_t i = 0; i < offset;) {
    unsigned char b = static_cast<unsigned char>(body[i]);
    if (b == '\\' && i + 1 < body.size()) {
      if (static_cast<unsigned char>(body[i + 1]) >= 0x80) {
        pos += 6;
        i++;
      } else {
        pos += 2;
        i += 2;
      }
    } else if (b < 0x80) {
      pos++;
      i++;
    } else {
      unicode::decode_utf8(body, i);
      pos += 10;
    }
  }
  return pos;
}

// The error for the escape body[start, end).
LiteralError unicode_escape_error(std::string_view body, size_t start, size_t end, const char* reason) {
  LiteralError e;
  e.offset = start;
  e.message = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
  e.message += std::to_string(escape_position(body, start));
  e.message += '-';
  e.message += std::to_string(escape_position(body, end) - 1);
  e.message += ": ";
  e.message += reason;
  return e;
}

// Reads up to `count` hex digits at body[i]; returns how many there were.
size_t read_hex(std::string_view body, size_t i, size_t count, uint32_t* value) {
  size_t n = 0;
  uint32_t v = 0;
  while (n < count && i + n < body.size()) {
    int d = hex_value(body[i + n]);
    if (d < 0) break;
    v = v * 16 + uint32_t(d);
    n++;
  }
  *value = v;
  return n;
}

// Reads an octal escape's digits (one to three) at body[i], which is a digit.
uint32_t read_octal(std::string_view body, size_t& i) {
  uint32_t v = 0;
  for (int n = 0; n < 3 && i < body.size() && body[i] >= '0' && body[i] <= '7'; n++, i++)
    v = v * 8 + uint32_t(body[i] - '0');
  return v;
}

// The escapes common to str and bytes; false if body[i] (after the
// backslash) does not start one. Advances i past the escape.
bool simple_escape(std::string_view body, size_t& i, uint32_t* value) {
  switch (body[i]) {
    case '\\': *value = '\\'; break;
    case '\'': *value = '\''; break;
    case '"': *value = '"'; break;
    case 'a': *value = 7; break;
    case 'b': *value = 8; break;
    case 'f': *value = 12; break;
    case 'n': *value = 10; break;
    case 'r': *value = 13; break;
    case 't': *value = 9; break;
    case 'v': *value = 11; break;
    default:
      if (body[i] >= '0' && body[i] <= '7') {
        *value = read_octal(body, i);
        return true;
      }
      return false;
  }
  i++;
  return true;
}

std::optional<LiteralError> decode_str(std::string_view body, std::string* out) {
  size_t i = 0;
  while (i < body.size()) {
    size_t run = i;
    while (i < body.size() && body[i] != '\\') i++;
    out->append(body.substr(run, i - run));
    if (i == body.size()) break;

    size_t start = i++;  // the backslash
    if (i == body.size()) {
      LiteralError e;
      e.offset = start;
      e.message = "(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position " +
                  std::to_string(escape_position(body, start)) + ": \\ at end of string";
      return e;
    }
    uint32_t value;
    if (simple_escape(body, i, &value)) {
      unicode::append_utf8(*out, value);
      continue;
    }
    char kind = body[i];
    switch (kind) {
      case '\n':
        i++;
        continue;
      case 'x':
      case 'u':
      case 'U': {
        size_t want = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
        size_t got = read_hex(body, i + 1, want, &value);
        if (got < want) {
          const char* reason = kind == 'x'   ? "truncated \\xXX escape"
                               : kind == 'u' ? "truncated \\uXXXX escape"
                                             : "truncated \\UXXXXXXXX escape";
          return unicode_escape_error(body, start, i + 1 + got, reason);
        }
        i += 1 + want;
        if (value > 0x10FFFF) return unicode_escape_error(body, start, i, "illegal Unicode character");
        unicode::append_utf8(*out, value);
        continue;
      }
      case 'N': {
        if (i + 1 >= body.size() || body[i + 1] != '{')
          return unicode_escape_error(body, start, i + 1, "malformed \\N character escape");
        size_t name_start = i + 2;
        size_t close = body.find('}', name_start);
        if (close == std::string_view::npos)
          return unicode_escape_error(body, start, body.size(), "malformed \\N character escape");
        if (close == name_start)
          return unicode_escape_error(body, start, name_start, "malformed \\N character escape");
        std::optional<char32_t> c = unicode::lookup_name(body.substr(name_start, close - name_start));
        if (!c) return unicode_escape_error(body, start, close + 1, "unknown Unicode character name");
        unicode::append_utf8(*out, *c);
        i = close + 1;
        continue;
      }
      default:
        // An invalid escape stands for itself (CPython warns, at most).
        out->push_back('\\');
        continue;
    }
  }
  return std::nullopt;
}

std::optional<LiteralError> decode_bytes(std::string_view body, std::string* out) {
  size_t i = 0;
  while (i < body.size()) {
    size_t run = i;
    while (i < body.size() && body[i] != '\\') i++;
    out->append(body.substr(run, i - run));
    if (i == body.size()) break;

    size_t start = i++;
    if (i == body.size()) {
      LiteralError e;
      e.offset = start;
      e.message = "(value error) Trailing \\ in string";
      return e;
    }
    uint32_t value;
    if (simple_escape(body, i, &value)) {
      out->push_back(char(value & 0xFF));
      continue;
    }
    if (body[i] == '\n') {
      i++;
      continue;
    }
    if (body[i] == 'x') {
      if (read_hex(body, i + 1, 2, &value) < 2) {
        LiteralError e;
        e.offset = start;
        e.message = "(value error) invalid \\x escape at position " + std::to_string(start);
        return e;
      }
      out->push_back(char(value));
      i += 3;
      continue;
    }
    out->push_back('\\');
  }
  return std::nullopt;
}

// The value of a decimal float literal without underscores ("1.5e3", ".5",
// "5."): correctly rounded; too large is inf, too small 0.0, as in CPython.
bool parse_float(std::string_view s, double* out) {
  auto res = std::from_chars(s.data(), s.data() + s.size(), *out);
  if (res.ptr != s.data() + s.size()) return false;
  if (res.ec == std::errc::result_out_of_range) {
    // The decimal exponent of the leading non-zero digit decides.
    long exp10 = 0, point = -1, first = -1;
    size_t i = 0;
    for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; i++) {
      if (s[i] == '.') point = long(i);
      else if (s[i] != '0' && first < 0) first = long(i);
    }
    if (i < s.size()) {
      std::string_view e = s.substr(i + 1);
      if (!e.empty() && e[0] == '+') e.remove_prefix(1);
      if (std::from_chars(e.data(), e.data() + e.size(), exp10).ec != std::errc()) exp10 = e[0] == '-' ? -100000 : 100000;
    }
    if (point < 0) point = long(i);
    long lead = first < point ? point - first - 1 : point - first;
    *out = exp10 + lead > 0 ? HUGE_VAL : 0.0;
    return true;
  }
  return res.ec == std::errc();
}

LiteralError number_error(const char* what) {
  LiteralError e;
  e.message = what;
  return e;
}

}  // namespace

StringPrefix split_string_token(std::string_view token, std::string_view* body, int* quote_len) {
  StringPrefix p;
  size_t i = 0;
  for (; i < token.size() && token[i] != '\'' && token[i] != '"'; i++) {
    switch (token[i]) {
      case 'r': case 'R': p.raw = true; break;
      case 'b': case 'B': p.bytes = true; break;
      case 'f': case 'F': p.fstring = true; break;
      case 'u': case 'U': p.unicode = true; break;
      default: break;
    }
  }
  std::string_view rest = token.substr(i);
  int q = 1;
  if (rest.size() >= 6 && rest[1] == rest[0] && rest[2] == rest[0]) q = 3;
  if (quote_len) *quote_len = q;
  if (body) *body = rest.size() >= size_t(2 * q) ? rest.substr(size_t(q), rest.size() - size_t(2 * q)) : std::string_view();
  return p;
}

std::optional<LiteralError> decode_string_body(std::string_view body, StringPrefix prefix, std::string* out) {
  out->clear();
  if (prefix.bytes) {
    for (size_t i = 0; i < body.size(); i++) {
      if (static_cast<unsigned char>(body[i]) >= 0x80) {
        LiteralError e;
        e.offset = i;
        e.message = "bytes can only contain ASCII literal characters";
        return e;
      }
    }
  }
  if (prefix.raw || body.find('\\') == std::string_view::npos) {
    out->assign(body);
    return std::nullopt;
  }
  out->reserve(body.size());
  return prefix.bytes ? decode_bytes(body, out) : decode_str(body, out);
}

std::optional<LiteralError> parse_number(std::string_view text, Arena& arena, ast::Constant* out) {
  std::string clean;
  clean.reserve(text.size());
  for (char c : text)
    if (c != '_') clean.push_back(c);
  if (clean.empty()) return number_error("invalid number literal");

  char last = clean.back();
  if (last == 'j' || last == 'J') {
    double imag;
    if (!parse_float(std::string_view(clean).substr(0, clean.size() - 1), &imag))
      return number_error("invalid imaginary literal");
    out->kind = ast::Constant::Kind::Complex;
    out->float_value = imag;
    return std::nullopt;
  }

  int base = 10;
  size_t digits_at = 0;
  if (clean.size() > 1 && clean[0] == '0') {
    char b = char(clean[1] | 0x20);
    base = b == 'x' ? 16 : b == 'o' ? 8 : b == 'b' ? 2 : 10;
    if (base != 10) digits_at = 2;
  }
  if (base == 10 && clean.find_first_of(".eE") != std::string::npos) {
    double v;
    if (!parse_float(clean, &v)) return number_error("invalid decimal literal");
    out->kind = ast::Constant::Kind::Float;
    out->float_value = v;
    return std::nullopt;
  }

  std::string_view digits = std::string_view(clean).substr(digits_at);
  if (digits.empty()) return number_error("invalid number literal");
  // Fast path: the value fits in int64.
  uint64_t v = 0;
  bool fits = true;
  for (char c : digits) {
    int d = hex_value(c);
    if (d < 0 || d >= base) return number_error("invalid number literal");
    if (fits && v > (uint64_t(INT64_MAX) - uint64_t(d)) / uint64_t(base)) fits = false;
    if (fits) v = v * uint64_t(base) + uint64_t(d);
  }
  if (fits) {
    out->kind = ast::Constant::Kind::Int;
    out->int_value = int64_t(v);
    return std::nullopt;
  }

  out->kind = ast::Constant::Kind::BigInt;
  if (base == 10) {
    size_t nz = digits.find_first_not_of('0');  // not npos: the value is large
    if (digits.size() > kMaxDecimalDigits) {
      LiteralError e;
      e.message = "Exceeds the limit (" + std::to_string(kMaxDecimalDigits) +
                  " digits) for integer string conversion: value has " + std::to_string(digits.size()) +
                  " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal "
                  "for huge integer literals to avoid decimal conversion limits.";
      return e;
    }
    out->text = arena.copy(digits.substr(nz));
    return std::nullopt;
  }
  mpz_t z;
  mpz_init(z);
  mpz_set_str(z, std::string(digits).c_str(), base);
  size_t cap = mpz_sizeinbase(z, 10) + 2;
  char* buf = static_cast<char*>(arena.allocate(cap, 1));
  mpz_get_str(buf, 10, z);
  out->text = std::string_view(buf, std::strlen(buf));
  mpz_clear(z);
  return std::nullopt;
}

}  // namespace dx::parser
