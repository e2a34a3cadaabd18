// The format-specification mini-language: parsing and the str, int, float and
// complex formatters, after CPython 3.11's behaviour.
#include "support/format_spec.h"

#include <gmp.h>

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>

#include "support/float_text.h"
#include "support/unicode.h"

namespace dx {
namespace {

bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Byte offset of code point `count` of `s` (or s.size()).
size_t code_point_offset(std::string_view s, int64_t count) {
  size_t i = 0;
  for (; i < s.size(); i++) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (count-- == 0) return i;
  }
  return i;
}

void append_fill(std::string& out, char32_t fill, int64_t n) {
  if (n <= 0) return;
  if (fill < 0x80) {
    out.append(size_t(n), char(fill));
    return;
  }
  std::string one;
  unicode::append_utf8(one, fill);
  out.reserve(out.size() + one.size() * size_t(n));
  for (int64_t i = 0; i < n; i++) out += one;
}

// How a type character appears in CPython's messages: itself if printable
// ASCII, else \x followed by its hex value.
void append_type_char(std::string& out, char32_t c) {
  if (c > 32 && c < 128) {
    out.push_back(char(c));
    return;
  }
  char buf[16];
  auto res = std::to_chars(buf, buf + sizeof buf, uint32_t(c), 16);
  out += "\\x";
  out.append(buf, res.ptr);
}

std::string_view truncated_type_name(std::string_view name) {
  if (name.size() <= 200) return name;
  size_t n = 200;
  while (n > 0 && (static_cast<unsigned char>(name[n]) & 0xC0) == 0x80) n--;
  return name.substr(0, n);
}

TextStatus unknown_format_code(char32_t type, std::string_view type_name) {
  std::string msg = "Unknown format code '";
  append_type_char(msg, type);
  msg += "' for object of type '";
  msg += truncated_type_name(type_name);
  msg += "'";
  return TextStatus::value_error(std::move(msg));
}

// Reads a run of (Unicode) decimal digits at s[*pos]; -1 if there is none.
TextStatus read_integer(std::string_view s, size_t* pos, int64_t* value) {
  int64_t acc = 0;
  bool any = false;
  size_t i = *pos;
  while (i < s.size()) {
    size_t next = i;
    char32_t c = static_cast<unsigned char>(s[i]) < 0x80 ? char32_t(s[next++]) : unicode::decode_utf8(s, next);
    int d = unicode::decimal_value(c);
    if (d < 0) break;
    if (acc > (INT64_MAX - d) / 10) return TextStatus::value_error("Too many decimal digits in format string");
    acc = acc * 10 + d;
    any = true;
    i = next;
  }
  *pos = i;
  *value = any ? acc : -1;
  return TextStatus::success();
}

bool known_type(FormatTarget target, char32_t type) {
  switch (target) {
    case FormatTarget::kStr: return type == 's';
    case FormatTarget::kInt: return type != 0 && type < 0x80 && std::strchr("bcdoxXneEfFgG%", char(type));
    case FormatTarget::kFloat: return type == 0 || (type < 0x80 && std::strchr("eEfFgGn%", char(type)));
    case FormatTarget::kComplex: return type == 0 || (type < 0x80 && std::strchr("eEfFgGn", char(type)));
  }
  return false;
}

TextStatus check_width(const FormatSpec& spec) {
  if (spec.width > kMaxFormattedSize) return TextStatus::memory_error();
  return TextStatus::success();
}

// Pads `content` (of `width` code points) to spec.width by spec.align (or
// `default_align`); '=' is not handled here.
void append_padded(std::string& out, const FormatSpec& spec, char default_align, std::string_view content,
                   int64_t width) {
  int64_t pad = spec.width > width ? spec.width - width : 0;
  char align = spec.align ? spec.align : default_align;
  int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  append_fill(out, spec.fill, left);
  out += content;
  append_fill(out, spec.fill, pad - left);
}

// Inserts `sep` every `group` digits from the right of `digits`. With
// min_width > 0 (zero padding with '=' alignment) the result is widened with
// zeros to at least min_width, growing group by group as CPython does, so
// that the padding is grouped too and never starts with a separator.
void append_grouped(std::string& out, std::string_view digits, char sep, int group, int64_t min_width) {
  if (!sep) {
    if (min_width > int64_t(digits.size())) out.append(size_t(min_width - int64_t(digits.size())), '0');
    out += digits;
    return;
  }
  // Build right to left into a reversed buffer.
  std::string rev;
  int64_t remaining = int64_t(digits.size());
  while (true) {
    int64_t len = std::min<int64_t>(group, std::max<int64_t>({remaining, min_width, 1}));
    int64_t chars = std::min(remaining, len);
    for (int64_t k = 0; k < chars; k++) rev.push_back(digits[size_t(remaining - 1 - k)]);
    rev.append(size_t(len - chars), '0');
    remaining -= chars;
    min_width -= len;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
    rev.push_back(sep);
  }
  out.append(rev.rbegin(), rev.rend());
}

// A formatted number in its parts; grouping applies to `digits` only.
struct NumberParts {
  std::string_view sign;
  std::string_view prefix;
  std::string_view digits;
  std::string_view rest;
  char sep = 0;
  int group = 3;
};

void append_number(std::string& out, const FormatSpec& spec, const NumberParts& n) {
  char align = spec.align ? spec.align : '>';
  int64_t rest_width = int64_t(count_code_points(n.rest));
  int64_t digits_width = int64_t(count_code_points(n.digits));
  std::string grouped_buf;
  std::string_view grouped = n.digits;
  // Zero padding with '=' goes into the digits, so grouping covers it; there
  // is none for inf and nan, which have no digits.
  if (!n.digits.empty() && (n.sep || (spec.fill == '0' && align == '='))) {
    int64_t min_width = 0;
    if (spec.fill == '0' && align == '=')
      min_width = spec.width - int64_t(n.sign.size() + n.prefix.size()) - rest_width;
    append_grouped(grouped_buf, n.digits, n.sep, n.group, min_width);
    grouped = grouped_buf;
    digits_width = int64_t(count_code_points(grouped));
  }
  int64_t total = int64_t(n.sign.size() + n.prefix.size()) + digits_width + rest_width;
  int64_t pad = spec.width > total ? spec.width - total : 0;
  int64_t left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  if (align == '=') left = 0;
  append_fill(out, spec.fill, left);
  out += n.sign;
  out += n.prefix;
  if (align == '=') append_fill(out, spec.fill, pad);
  out += grouped;
  out += n.rest;
  if (align != '=') append_fill(out, spec.fill, pad - left);
}

std::string_view positive_sign(char sign) { return sign == '+' ? "+" : sign == ' ' ? " " : ""; }

// Splits a formatted float (from append_double) into sign, digits and rest.
void split_float(std::string_view body, char spec_sign, NumberParts* n) {
  if (!body.empty() && body[0] == '-') {
    n->sign = "-";
    body.remove_prefix(1);
  } else {
    n->sign = positive_sign(spec_sign);
  }
  size_t d = 0;
  while (d < body.size() && body[d] >= '0' && body[d] <= '9') d++;
  n->digits = body.substr(0, d);
  n->rest = body.substr(d);
}

std::string mpz_text(const mpz_t v, int base) {
  std::string s(mpz_sizeinbase(v, base) + 2, '\0');
  mpz_get_str(s.data(), base, v);
  s.resize(std::strlen(s.c_str()));
  return s;
}

}  // namespace

TextStatus parse_format_spec(std::string_view spec, FormatTarget target, std::string_view type_name,
                             FormatSpec* out) {
  FormatSpec f;
  size_t n = spec.size(), pos = 0;
  bool fill_given = false, align_given = false;
  if (n > 0) {
    size_t after_first = 0;
    char32_t first = unicode::decode_utf8(spec, after_first);
    if (after_first < n && is_align(spec[after_first])) {
      f.fill = first;
      f.align = spec[after_first];
      fill_given = align_given = true;
      pos = after_first + 1;
    } else if (is_align(spec[0])) {
      f.align = spec[0];
      align_given = true;
      pos = 1;
    }
  }
  if (pos < n && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) f.sign = spec[pos++];
  if (pos < n && spec[pos] == 'z') {
    f.no_neg_zero = true;
    pos++;
  }
  if (pos < n && spec[pos] == '#') {
    f.alternate = true;
    pos++;
  }
  if (pos < n && spec[pos] == '0' && !fill_given) {
    f.fill = '0';
    if (!align_given && target != FormatTarget::kStr) f.align = '=';
    pos++;
  }
  DX_TRY_TEXT(read_integer(spec, &pos, &f.width));
  if (pos < n && spec[pos] == ',') {
    f.grouping = ',';
    pos++;
  }
  if (pos < n && spec[pos] == '_') {
    if (f.grouping) return TextStatus::value_error("Cannot specify both ',' and '_'.");
    f.grouping = '_';
    pos++;
  }
  if (pos < n && spec[pos] == ',' && f.grouping == '_') return TextStatus::value_error("Cannot specify both ',' and '_'.");
  if (pos < n && spec[pos] == '.') {
    pos++;
    DX_TRY_TEXT(read_integer(spec, &pos, &f.precision));
    if (f.precision < 0) return TextStatus::value_error("Format specifier missing precision");
  }
  if (pos < n) {
    size_t after = pos;
    char32_t type = unicode::decode_utf8(spec, after);
    if (after < n) {
      std::string msg = "Invalid format specifier '";
      msg += spec;
      msg += "' for object of type '";
      msg += truncated_type_name(type_name);
      msg += "'";
      return TextStatus::value_error(std::move(msg));
    }
    f.type = type;
  } else if (target == FormatTarget::kStr) {
    f.type = 's';
  } else if (target == FormatTarget::kInt) {
    f.type = 'd';
  }
  if (f.grouping) {
    bool ok;
    switch (f.type) {
      case 0: case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        ok = true;
        break;
      case 'b': case 'o': case 'x': case 'X':
        ok = f.grouping == '_';
        break;
      default:
        ok = false;
    }
    if (!ok) {
      std::string msg = "Cannot specify '";
      msg.push_back(f.grouping);
      msg += "' with '";
      append_type_char(msg, f.type);
      msg += "'.";
      return TextStatus::value_error(std::move(msg));
    }
  }
  if (!known_type(target, f.type)) return unknown_format_code(f.type, type_name);
  *out = f;
  return TextStatus::success();
}

TextStatus check_str_spec(const FormatSpec& spec) {
  if (spec.sign == ' ') return TextStatus::value_error("Space not allowed in string format specifier");
  if (spec.sign) return TextStatus::value_error("Sign not allowed in string format specifier");
  if (spec.no_neg_zero)
    return TextStatus::value_error("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.alternate) return TextStatus::value_error("Alternate form (#) not allowed in string format specifier");
  if (spec.align == '=') return TextStatus::value_error("'=' alignment not allowed in string format specifier");
  return check_width(spec);
}

TextStatus format_str(const FormatSpec& spec, std::string_view text, std::string& out) {
  DX_TRY_TEXT(check_str_spec(spec));
  if (spec.precision >= 0) text = text.substr(0, code_point_offset(text, spec.precision));
  if (spec.width <= 0) {
    out += text;
    return TextStatus::success();
  }
  append_padded(out, spec, '<', text, int64_t(count_code_points(text)));
  return TextStatus::success();
}

int int_format_base(char32_t type) {
  switch (type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: return 10;
  }
}

TextStatus format_int_digits(const FormatSpec& spec, bool negative, std::string_view digits, std::string& out) {
  if (spec.precision >= 0) return TextStatus::value_error("Precision not allowed in integer format specifier");
  if (spec.no_neg_zero)
    return TextStatus::value_error("Negative zero coercion (z) not allowed in integer format specifier");
  DX_TRY_TEXT(check_width(spec));
  char32_t type = spec.type ? spec.type : 'd';
  NumberParts n;
  if (type == 'c') {
    if (spec.sign) return TextStatus::value_error("Sign not allowed with integer format specifier 'c'");
    if (spec.alternate) return TextStatus::value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    // The value must first fit a C long, then be a code point.
    uint64_t mag = 0;
    bool too_large = digits.size() > 20;
    for (char ch : digits) {
      if (too_large) break;
      unsigned d = unsigned(ch - '0');
      if (mag > (UINT64_MAX - d) / 10) too_large = true;
      else mag = mag * 10 + d;
    }
    if (too_large || mag > (negative ? uint64_t(1) << 63 : uint64_t(INT64_MAX)))
      return TextStatus::overflow_error("Python int too large to convert to C long");
    if ((negative && mag != 0) || mag > 0x10FFFF) return TextStatus::overflow_error("%c arg not in range(0x110000)");
    std::string ch;
    unicode::append_utf8(ch, char32_t(mag));
    n.digits = ch;
    append_number(out, spec, n);
    return TextStatus::success();
  }
  std::string upper;
  if (type == 'X') {
    upper.assign(digits);
    for (char& c : upper)
      if (c >= 'a' && c <= 'z') c = char(c - 32);
    digits = upper;
  }
  n.sign = negative ? "-" : positive_sign(spec.sign);
  if (spec.alternate) {
    switch (type) {
      case 'b': n.prefix = "0b"; break;
      case 'o': n.prefix = "0o"; break;
      case 'x': n.prefix = "0x"; break;
      case 'X': n.prefix = "0X"; break;
      default: break;
    }
  }
  n.digits = digits;
  n.sep = type == 'n' ? 0 : spec.grouping;
  n.group = int_format_base(type) == 10 ? 3 : 4;
  append_number(out, spec, n);
  return TextStatus::success();
}

TextStatus format_int_decimal(const FormatSpec& spec, std::string_view decimal, std::string& out) {
  bool negative = false;
  std::string_view mag = decimal;
  if (!mag.empty() && (mag[0] == '-' || mag[0] == '+')) {
    negative = mag[0] == '-';
    mag.remove_prefix(1);
  }
  while (mag.size() > 1 && mag[0] == '0') mag.remove_prefix(1);
  if (mag == "0") negative = false;
  char32_t type = spec.type ? spec.type : 'd';
  if (type < 0x80 && std::strchr("eEfFgG%", char(type))) {
    double value;
    auto res = std::from_chars(mag.data(), mag.data() + mag.size(), value);
    if (res.ec == std::errc::result_out_of_range) return TextStatus::overflow_error("int too large to convert to float");
    return format_float(spec, negative ? -value : value, out);
  }
  int base = int_format_base(type);
  if (base == 10) return format_int_digits(spec, negative, mag, out);
  std::string digits;
  if (mag.size() <= 18) {
    uint64_t v = 0;
    std::from_chars(mag.data(), mag.data() + mag.size(), v);
    char buf[72];
    auto res = std::to_chars(buf, buf + sizeof buf, v, base);
    digits.assign(buf, res.ptr);
  } else {
    std::string z(mag);
    mpz_t v;
    mpz_init_set_str(v, z.c_str(), 10);
    digits = mpz_text(v, base);
    mpz_clear(v);
  }
  return format_int_digits(spec, negative, digits, out);
}

TextStatus format_int(const FormatSpec& spec, int64_t value, std::string& out) {
  char32_t type = spec.type ? spec.type : 'd';
  if (type < 0x80 && std::strchr("eEfFgG%", char(type))) return format_float(spec, double(value), out);
  uint64_t mag = value < 0 ? 0 - uint64_t(value) : uint64_t(value);
  char buf[72];
  auto res = std::to_chars(buf, buf + sizeof buf, mag, int_format_base(type));
  return format_int_digits(spec, value < 0, std::string_view(buf, size_t(res.ptr - buf)), out);
}

TextStatus format_float(const FormatSpec& spec, double value, std::string& out) {
  if (spec.precision > INT_MAX) return TextStatus::value_error("precision too big");
  DX_TRY_TEXT(check_width(spec));
  char32_t type = spec.type;
  unsigned flags = 0;
  if (spec.alternate) flags |= kDoubleAlt;
  if (spec.no_neg_zero) flags |= kDoubleNoNegZero;
  int64_t default_precision = 6;
  if (type == 0) {
    flags |= kDoubleAddDotZero;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = type == '%';
  if (percent) {
    type = 'f';
    value *= 100;
  }
  int64_t precision = spec.precision;
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string body;
  append_double(body, value, char(type), precision, flags);
  if (percent) body.push_back('%');
  NumberParts n;
  split_float(body, spec.sign, &n);
  n.sep = spec.type == 'n' ? 0 : spec.grouping;
  append_number(out, spec, n);
  return TextStatus::success();
}

TextStatus format_complex(const FormatSpec& spec, double real, double imag, std::string& out) {
  if (spec.precision > INT_MAX) return TextStatus::value_error("precision too big");
  if (spec.fill == '0') return TextStatus::value_error("Zero padding is not allowed in complex format specifier");
  if (spec.align == '=')
    return TextStatus::value_error("'=' alignment flag is not allowed in complex format specifier");
  DX_TRY_TEXT(check_width(spec));
  char32_t type = spec.type;
  unsigned flags = 0;
  if (spec.alternate) flags |= kDoubleAlt;
  if (spec.no_neg_zero) flags |= kDoubleNoNegZero;
  int64_t default_precision = 6;
  bool skip_real = false, parens = false;
  if (type == 0) {
    type = 'r';
    default_precision = 0;
    if (real == 0 && !std::signbit(real)) skip_real = true;
    else parens = true;
  }
  if (type == 'n') type = 'g';
  int64_t precision = spec.precision;
  if (precision < 0) precision = default_precision;
  else if (type == 'r') type = 'g';
  std::string re_body, im_body;
  append_double(re_body, real, char(type), precision, flags);
  append_double(im_body, imag, char(type), precision, flags);
  char sep = spec.type == 'n' ? 0 : spec.grouping;
  FormatSpec plain;  // the parts are laid out without padding
  std::string content;
  if (parens) content.push_back('(');
  if (!skip_real) {
    NumberParts re;
    split_float(re_body, spec.sign, &re);
    re.sep = sep;
    append_number(content, plain, re);
  }
  NumberParts im;
  split_float(im_body, skip_real ? spec.sign : '+', &im);
  im.sep = sep;
  append_number(content, plain, im);
  content.push_back('j');
  if (parens) content.push_back(')');
  append_padded(out, spec, '>', content, int64_t(count_code_points(content)));
  return TextStatus::success();
}

TextStatus format_str(std::string_view spec, std::string_view text, std::string& out) {
  FormatSpec f;
  DX_TRY_TEXT(parse_format_spec(spec, FormatTarget::kStr, "str", &f));
  return format_str(f, text, out);
}

TextStatus format_int(std::string_view spec, int64_t value, std::string& out) {
  FormatSpec f;
  DX_TRY_TEXT(parse_format_spec(spec, FormatTarget::kInt, "int", &f));
  return format_int(f, value, out);
}

TextStatus format_float(std::string_view spec, double value, std::string& out) {
  FormatSpec f;
  DX_TRY_TEXT(parse_format_spec(spec, FormatTarget::kFloat, "float", &f));
  return format_float(f, value, out);
}

TextStatus format_complex(std::string_view spec, double real, double imag, std::string& out) {
  FormatSpec f;
  DX_TRY_TEXT(parse_format_spec(spec, FormatTarget::kComplex, "complex", &f));
  return format_complex(f, real, imag, out);
}

}  // namespace dx
