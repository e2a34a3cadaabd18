// printf-style formatting of str, after CPython 3.11's behaviour.
#include "support/percent_format.h"

#include <gmp.h>

#include <charconv>
#include <climits>
#include <cstring>

#include "support/float_text.h"
#include "support/unicode.h"

namespace dx {
namespace {

size_t count_code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

TextStatus check_sizes(const PercentSpec& spec) {
  if (spec.width > kMaxFormattedSize || spec.precision > kMaxFormattedSize) return TextStatus::memory_error();
  return TextStatus::success();
}

std::string_view sign_text(const PercentSpec& spec, bool negative) {
  return negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
}

// Lays out sign, prefix and number to spec.width: left-justified with '-',
// zero-filled after the sign with '0', else right-justified.
void append_justified(std::string& out, const PercentSpec& spec, std::string_view sign, std::string_view prefix,
                      int64_t zeros, std::string_view number) {
  int64_t len = int64_t(sign.size() + prefix.size()) + zeros + int64_t(number.size());
  int64_t pad = spec.width > len ? spec.width - len : 0;
  if (pad && !spec.left && !spec.zero) out.append(size_t(pad), ' ');
  out += sign;
  out += prefix;
  if (pad && !spec.left && spec.zero) zeros += pad;
  out.append(size_t(zeros), '0');
  out += number;
  if (pad && spec.left) out.append(size_t(pad), ' ');
}

// Pads text of `width` code points with spaces ('0' is ignored for these).
void append_spaced(std::string& out, const PercentSpec& spec, std::string_view text, int64_t width) {
  int64_t pad = spec.width > width ? spec.width - width : 0;
  if (!spec.left) out.append(size_t(pad), ' ');
  out += text;
  if (spec.left) out.append(size_t(pad), ' ');
}

bool is_conversion(char32_t c) { return c < 0x80 && c != 0 && std::strchr("diuoxXeEfFgGcrsa", char(c)); }

TextStatus unsupported_character(char32_t c, int64_t index) {
  std::string msg = "unsupported format character '";
  if (c >= 31 && c <= 126) msg.push_back(char(c));
  else msg.push_back('?');
  msg += "' (0x";
  char buf[32];
  auto res = std::to_chars(buf, buf + sizeof buf, uint32_t(c), 16);
  msg.append(buf, res.ptr);
  msg += ") at index ";
  res = std::to_chars(buf, buf + sizeof buf, index);
  msg.append(buf, res.ptr);
  return TextStatus::value_error(std::move(msg));
}

}  // namespace

int percent_int_base(char type) {
  switch (type) {
    case 'o': return 8;
    case 'x': case 'X': return 16;
    default: return 10;
  }
}

TextStatus percent_format_int_digits(const PercentSpec& spec, bool negative, std::string_view digits,
                                     std::string& out) {
  DX_TRY_TEXT(check_sizes(spec));
  std::string upper;
  if (spec.type == 'X') {
    upper.assign(digits);
    for (char& c : upper)
      if (c >= 'a' && c <= 'z') c = char(c - 32);
    digits = upper;
  }
  std::string_view prefix;
  if (spec.alt) prefix = spec.type == 'o' ? "0o" : spec.type == 'x' ? "0x" : spec.type == 'X' ? "0X" : "";
  int64_t zeros = spec.precision > int64_t(digits.size()) ? spec.precision - int64_t(digits.size()) : 0;
  append_justified(out, spec, sign_text(spec, negative), prefix, zeros, digits);
  return TextStatus::success();
}

TextStatus percent_format_int_decimal(const PercentSpec& spec, std::string_view decimal, std::string& out) {
  bool negative = false;
  std::string_view mag = decimal;
  if (!mag.empty() && (mag[0] == '-' || mag[0] == '+')) {
    negative = mag[0] == '-';
    mag.remove_prefix(1);
  }
  while (mag.size() > 1 && mag[0] == '0') mag.remove_prefix(1);
  if (mag == "0") negative = false;
  int base = percent_int_base(spec.type);
  if (base == 10) return percent_format_int_digits(spec, negative, mag, out);
  std::string z(mag);
  mpz_t v;
  mpz_init_set_str(v, z.c_str(), 10);
  std::string digits(mpz_sizeinbase(v, base) + 2, '\0');
  mpz_get_str(digits.data(), base, v);
  digits.resize(std::strlen(digits.c_str()));
  mpz_clear(v);
  return percent_format_int_digits(spec, negative, digits, out);
}

TextStatus percent_format_int(const PercentSpec& spec, int64_t value, std::string& out) {
  uint64_t mag = value < 0 ? 0 - uint64_t(value) : uint64_t(value);
  char buf[72];
  auto res = std::to_chars(buf, buf + sizeof buf, mag, percent_int_base(spec.type));
  return percent_format_int_digits(spec, value < 0, std::string_view(buf, size_t(res.ptr - buf)), out);
}

TextStatus percent_format_float(const PercentSpec& spec, double value, std::string& out) {
  if (spec.precision > INT_MAX) return TextStatus::value_error("precision too big");
  DX_TRY_TEXT(check_sizes(spec));
  std::string body;
  append_double(body, value, spec.type, spec.precision < 0 ? 6 : spec.precision, spec.alt ? unsigned(kDoubleAlt) : 0u);
  std::string_view number = body;
  bool negative = !number.empty() && number[0] == '-';
  if (negative) number.remove_prefix(1);
  append_justified(out, spec, sign_text(spec, negative), "", 0, number);
  return TextStatus::success();
}

TextStatus percent_char_from_int(std::string_view decimal, char32_t* out) {
  bool negative = !decimal.empty() && decimal[0] == '-';
  if (negative || (!decimal.empty() && decimal[0] == '+')) decimal.remove_prefix(1);
  while (decimal.size() > 1 && decimal[0] == '0') decimal.remove_prefix(1);
  uint32_t v = 0;
  bool ok = !decimal.empty() && decimal.size() <= 7 && (!negative || decimal == "0");
  if (ok) {
    for (char c : decimal) v = v * 10 + uint32_t(c - '0');
    ok = v < 0x110000;
  }
  if (!ok) return TextStatus::overflow_error("%c arg not in range(0x110000)");
  *out = char32_t(v);
  return TextStatus::success();
}

TextStatus percent_format_char(const PercentSpec& spec, char32_t c, std::string& out) {
  DX_TRY_TEXT(check_sizes(spec));
  std::string text;
  unicode::append_utf8(text, c);
  append_spaced(out, spec, text, 1);
  return TextStatus::success();
}

TextStatus percent_format_text(const PercentSpec& spec, std::string_view text, std::string& out) {
  DX_TRY_TEXT(check_sizes(spec));
  if (spec.precision >= 0) {
    int64_t left = spec.precision;
    size_t i = 0;
    for (; i < text.size(); i++) {
      if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
      if (left-- == 0) break;
    }
    text = text.substr(0, i);
  }
  append_spaced(out, spec, text, int64_t(count_code_points(text)));
  return TextStatus::success();
}

TextStatus percent_format(std::string_view fmt, int64_t count, bool is_mapping, PercentArgs& args, std::string& out) {
  size_t n = fmt.size(), i = 0;
  int64_t index = 0;       // code point index of fmt[i]
  int64_t next_arg = 0;    // next positional argument
  bool keyed = false;      // a "%(key)" was used: no positional arguments any more
  auto next_positional = [&]() -> TextStatus {
    if (keyed || next_arg >= count) return TextStatus::type_error("not enough arguments for format string");
    args.select_index(next_arg++);
    return TextStatus::success();
  };
  while (i < n) {
    if (fmt[i] != '%') {
      size_t end = fmt.find('%', i);
      if (end == std::string_view::npos) end = n;
      std::string_view run = fmt.substr(i, end - i);
      out += run;
      index += int64_t(count_code_points(run));
      i = end;
      continue;
    }
    i++;
    index++;
    if (i < n && fmt[i] == '%') {
      out.push_back('%');
      i++;
      index++;
      continue;
    }
    PercentSpec spec;
    bool has_key = false;
    if (i < n && fmt[i] == '(') {
      if (!is_mapping) return TextStatus::type_error("format requires a mapping");
      size_t j = i + 1;
      int depth = 1;
      while (j < n && depth > 0) {
        if (fmt[j] == '(') depth++;
        else if (fmt[j] == ')') depth--;
        j++;
      }
      if (depth > 0) return TextStatus::value_error("incomplete format key");
      std::string_view key = fmt.substr(i + 1, j - 1 - (i + 1));
      DX_TRY_TEXT(args.select_key(key));
      has_key = keyed = true;
      index += int64_t(count_code_points(fmt.substr(i, j - i)));
      i = j;
    }
    for (; i < n; i++, index++) {
      char c = fmt[i];
      if (c == '-') spec.left = true;
      else if (c == '+') spec.plus = true;
      else if (c == ' ') spec.space = true;
      else if (c == '#') spec.alt = true;
      else if (c == '0') spec.zero = true;
      else break;
    }
    if (i < n && fmt[i] == '*') {
      DX_TRY_TEXT(next_positional());
      int64_t v;
      DX_TRY_TEXT(args.current_star(false, &v));
      if (v < 0) {
        spec.left = true;
        v = v == INT64_MIN ? INT64_MAX : -v;
      }
      spec.width = v;
      i++;
      index++;
    } else {
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
        int d = fmt[i] - '0';
        int64_t w = spec.width < 0 ? 0 : spec.width;
        if (w > (INT64_MAX - d) / 10) return TextStatus::value_error("width too big");
        spec.width = w * 10 + d;
        i++;
        index++;
      }
    }
    if (i < n && fmt[i] == '.') {
      i++;
      index++;
      spec.precision = 0;
      if (i < n && fmt[i] == '*') {
        DX_TRY_TEXT(next_positional());
        int64_t v;
        DX_TRY_TEXT(args.current_star(true, &v));
        spec.precision = v < 0 ? 0 : v;
        i++;
        index++;
      } else {
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
          int d = fmt[i] - '0';
          if (spec.precision > (INT_MAX - d) / 10) return TextStatus::value_error("precision too big");
          spec.precision = spec.precision * 10 + d;
          i++;
          index++;
        }
      }
    }
    if (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) {
      i++;
      index++;
    }
    if (i >= n) return TextStatus::value_error("incomplete format");
    size_t after = i;
    char32_t c = unicode::decode_utf8(fmt, after);
    // With a key the value is already current ('*' after a key fails above).
    if (!has_key) DX_TRY_TEXT(next_positional());
    if (!is_conversion(c)) return unsupported_character(c, index);
    spec.type = char(c);
    DX_TRY_TEXT(args.format_current(spec, out));
    i = after;
    index++;
  }
  if (!is_mapping && next_arg < count)
    return TextStatus::type_error("not all arguments converted during string formatting");
  return TextStatus::success();
}

}  // namespace dx
