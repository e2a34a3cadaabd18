// repr() of str and bytes, as CPython 3.11 prints them.
#include "support/repr.h"

#include "support/unicode.h"

namespace dx {
namespace {

constexpr char kHex[] = "0123456789abcdef";

void append_hex_escape(std::string& out, char kind, uint32_t value, int digits) {
  out.push_back('\\');
  out.push_back(kind);
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.push_back(kHex[(value >> shift) & 0xF]);
}

// repr uses single quotes unless the text has a single quote and no double one.
char choose_quote(std::string_view s) {
  bool single = false, dbl = false;
  for (char c : s) {
    single |= c == '\'';
    dbl |= c == '"';
  }
  return single && !dbl ? '"' : '\'';
}

// The escape of an ASCII byte, as str and bytes reprs share it; false if the
// byte stands for itself.
bool append_ascii_escape(std::string& out, unsigned char c, char quote) {
  switch (c) {
    case '\t': out += "\\t"; return true;
    case '\n': out += "\\n"; return true;
    case '\r': out += "\\r"; return true;
    case '\\': out += "\\\\"; return true;
    default: break;
  }
  if (c == static_cast<unsigned char>(quote)) {
    out.push_back('\\');
    out.push_back(quote);
    return true;
  }
  if (c < 0x20 || c >= 0x7F) {
    append_hex_escape(out, 'x', c, 2);
    return true;
  }
  return false;
}

}  // namespace

void append_str_repr(std::string& out, std::string_view utf8) {
  char quote = choose_quote(utf8);
  out.reserve(out.size() + utf8.size() + 2);
  out.push_back(quote);
  size_t i = 0;
  while (i < utf8.size()) {
    unsigned char b = static_cast<unsigned char>(utf8[i]);
    if (b < 0x80) {
      if (!append_ascii_escape(out, b, quote)) out.push_back(char(b));
      i++;
      continue;
    }
    size_t start = i;
    char32_t c = unicode::decode_utf8(utf8, i);
    if (unicode::is_printable(c)) out.append(utf8.substr(start, i - start));
    else if (c <= 0xFF) append_hex_escape(out, 'x', c, 2);
    else if (c <= 0xFFFF) append_hex_escape(out, 'u', c, 4);
    else append_hex_escape(out, 'U', c, 8);
  }
  out.push_back(quote);
}

void append_bytes_repr(std::string& out, std::string_view bytes) {
  char quote = choose_quote(bytes);
  out.reserve(out.size() + bytes.size() + 3);
  out.push_back('b');
  out.push_back(quote);
  for (char ch : bytes) {
    unsigned char b = static_cast<unsigned char>(ch);
    if (!append_ascii_escape(out, b, quote)) out.push_back(ch);
  }
  out.push_back(quote);
}

}  // namespace dx
