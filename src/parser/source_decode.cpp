// Source decoding: BOM, PEP 263 coding declarations, newline translation,
// and CPython 3.11's errors for sources it cannot decode.
#include "parser/source_decode.h"

#include <cstdint>
#include <cstdio>
#include <cstring>

namespace dx::parser {

namespace {

// Upper halves (bytes 0x80-0xFF) of the single-byte codecs supported besides
// latin-1 and ascii, as Python's codecs decode them; 0xFFFF: undefined.
// Generated from python3.11: bytes([b]).decode(codec).
constexpr uint16_t kIso885915[128] = {
    0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008A, 0x008B, 0x008C,
    0x008D, 0x008E, 0x008F, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095, 0x0096, 0x0097, 0x0098, 0x0099,
    0x009A, 0x009B, 0x009C, 0x009D, 0x009E, 0x009F, 0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x20AC, 0x00A5, 0x0160,
    0x00A7, 0x0161, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3,
    0x017D, 0x00B5, 0x00B6, 0x00B7, 0x017E, 0x00B9, 0x00BA, 0x00BB, 0x0152, 0x0153, 0x0178, 0x00BF, 0x00C0,
    0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD,
    0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA,
    0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, 0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4,
    0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};
constexpr uint16_t kCp1252[128] = {
    0x20AC, 0xFFFF, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
    0xFFFF, 0x017D, 0xFFFF, 0xFFFF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
    0x0161, 0x203A, 0x0153, 0xFFFF, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3, 0x00A4, 0x00A5, 0x00A6,
    0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF, 0x00B0, 0x00B1, 0x00B2, 0x00B3,
    0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB, 0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0,
    0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD,
    0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA,
    0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF, 0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4,
    0x00F5, 0x00F6, 0x00F7, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
};
constexpr uint16_t kKoi8R[128] = {
    0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580, 0x2584,
    0x2588, 0x258C, 0x2590, 0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, 0x2264, 0x2265,
    0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7, 0x2550, 0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555,
    0x2556, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x255C, 0x255D, 0x255E, 0x255F, 0x2560, 0x2561, 0x0401,
    0x2562, 0x2563, 0x2564, 0x2565, 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x256B, 0x256C, 0x00A9, 0x044E,
    0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, 0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C,
    0x043D, 0x043E, 0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437,
    0x0448, 0x044D, 0x0449, 0x0447, 0x044A, 0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413,
    0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E, 0x041F, 0x042F, 0x0420, 0x0421, 0x0422,
    0x0423, 0x0416, 0x0412, 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
};

enum class Codec : uint8_t { Utf8, Latin1, Ascii, Iso8859_15, Cp1252, Koi8R };

// Python's codec registry lookup, reduced to the codecs above: the name is
// lower-cased, runs of characters other than letters, digits and '.' become
// one '_', then the alias table applies.
bool lookup_codec(std::string_view name, Codec* out) {
  std::string norm;
  bool punct = false;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    bool alnum = (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
    if (alnum || c == '.') {
      if (punct && !norm.empty()) norm += '_';
      norm += static_cast<char>(u >= 'A' && u <= 'Z' ? u + 32 : u);
      punct = false;
    } else if (u >= 0x80) {
      // Non-ASCII alphanumerics are dropped by Python's normalization; a name
      // with them is unknown here anyway.
      return false;
    } else {
      punct = true;
    }
  }
  struct Alias {
    const char* name;
    Codec codec;
  };
  static constexpr Alias kAliases[] = {
      {"utf_8", Codec::Utf8},
      {"utf8", Codec::Utf8},
      {"u8", Codec::Utf8},
      {"utf", Codec::Utf8},
      {"cp65001", Codec::Utf8},
      {"utf8_ucs2", Codec::Utf8},
      {"utf8_ucs4", Codec::Utf8},
      {"utf_8_sig", Codec::Utf8},
      {"latin_1", Codec::Latin1},
      {"latin1", Codec::Latin1},
      {"latin", Codec::Latin1},
      {"l1", Codec::Latin1},
      {"8859", Codec::Latin1},
      {"cp819", Codec::Latin1},
      {"csisolatin1", Codec::Latin1},
      {"ibm819", Codec::Latin1},
      {"iso8859", Codec::Latin1},
      {"iso8859_1", Codec::Latin1},
      {"iso_8859_1", Codec::Latin1},
      {"iso_8859_1_1987", Codec::Latin1},
      {"iso_ir_100", Codec::Latin1},
      {"ascii", Codec::Ascii},
      {"646", Codec::Ascii},
      {"ansi_x3.4_1968", Codec::Ascii},
      {"ansi_x3.4_1986", Codec::Ascii},
      {"ansi_x3_4_1968", Codec::Ascii},
      {"cp367", Codec::Ascii},
      {"csascii", Codec::Ascii},
      {"ibm367", Codec::Ascii},
      {"iso646_us", Codec::Ascii},
      {"iso_646.irv_1991", Codec::Ascii},
      {"iso_ir_6", Codec::Ascii},
      {"us", Codec::Ascii},
      {"us_ascii", Codec::Ascii},
      {"iso8859_15", Codec::Iso8859_15},
      {"iso_8859_15", Codec::Iso8859_15},
      {"l9", Codec::Iso8859_15},
      {"latin9", Codec::Iso8859_15},
      {"cp1252", Codec::Cp1252},
      {"windows_1252", Codec::Cp1252},
      {"1252", Codec::Cp1252},
      {"koi8_r", Codec::Koi8R},
      {"cskoi8r", Codec::Koi8R},
  };
  std::string dotless = norm;
  for (char& c : dotless)
    if (c == '.') c = '_';
  for (const Alias& a : kAliases) {
    if (norm == a.name || dotless == a.name) {
      *out = a.codec;
      return true;
    }
  }
  return false;
}

// CPython's first normalization of a declared name (get_normal_name): the
// spellings of utf-8 and latin-1, with any "-suffix", become "utf-8" and
// "iso-8859-1"; other names are kept as written.
std::string normal_name(std::string_view name) {
  std::string buf;
  for (size_t i = 0; i < name.size() && i < 12; i++) {
    char c = name[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c == '_') c = '-';
    buf += c;
  }
  auto is_or_prefix = [&](std::string_view base) {
    return buf == base ||
           (buf.size() > base.size() && buf.compare(0, base.size(), base) == 0 && buf[base.size()] == '-');
  };
  if (is_or_prefix("utf-8")) return "utf-8";
  if (is_or_prefix("latin-1") || is_or_prefix("iso-8859-1") || is_or_prefix("iso-latin-1")) return "iso-8859-1";
  return std::string(name);
}

// The coding declaration on `line`, if it is one: a comment line containing
// "coding" followed by ':' or '=', blanks, and a name of letters, digits,
// '-', '_' and '.'.
bool find_cookie(std::string_view line, std::string* name) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) i++;
  if (i >= line.size() || line[i] != '#') return false;
  for (size_t at = line.find("coding"); at != std::string_view::npos; at = line.find("coding", at + 1)) {
    size_t t = at + 6;
    if (t >= line.size() || (line[t] != ':' && line[t] != '=')) continue;
    do {
      t++;
    } while (t < line.size() && (line[t] == ' ' || line[t] == '\t'));
    size_t begin = t;
    while (t < line.size()) {
      unsigned char c = static_cast<unsigned char>(line[t]);
      bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_' ||
                c == '.';
      if (!ok) break;
      t++;
    }
    if (t > begin) {
      *name = std::string(line.substr(begin, t - begin));
      return true;
    }
  }
  return false;
}

// Whether CPython looks for a declaration on line 2 after this line 1: it
// must hold nothing but blanks, or a comment.
bool blank_or_comment(std::string_view line) {
  for (char c : line) {
    if (c == '#' || c == '\n') return true;
    if (c != ' ' && c != '\t' && c != '\f') return false;
  }
  return true;
}

void append_utf8(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

SyntaxErrorInfo error_without_location(std::string message) {
  SyntaxErrorInfo e;
  e.message = std::move(message);
  return e;
}

// CPython's compile() reports decoding problems at line 0 of the file.
SyntaxErrorInfo error_at_line_0(std::string message, const std::string& filename) {
  SyntaxErrorInfo e;
  e.message = std::move(message);
  e.filename = filename;
  return e;
}

std::string format_position_error(const char* fmt, unsigned byte, size_t pos) {
  char buf[160];
  snprintf(buf, sizeof buf, fmt, byte, pos);
  return buf;
}

}  // namespace

bool normalize_newlines(std::string_view text, std::string* out, bool string_input) {
  if (text.find('\r') == std::string_view::npos) return false;
  std::string r;
  r.reserve(text.size());
  for (size_t i = 0; i < text.size(); i++) {
    char c = text[i];
    if (c == '\r') {
      r += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') i++;
    } else {
      r += c;
    }
  }
  if (string_input && text.size() >= 2 && text.compare(text.size() - 2, 2, "\r\n") == 0) r += '\n';
  *out = std::move(r);
  return true;
}

std::optional<Utf8Error> find_invalid_utf8(std::string_view text) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    // ASCII runs, eight bytes at a time.
    while (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char b = s[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    int need;
    unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
    if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return Utf8Error{i, i + 1, "invalid start byte"};
    }
    for (int k = 1; k <= need; k++) {
      if (i + k >= n) return Utf8Error{i, n, "unexpected end of data"};
      unsigned char c = s[i + k];
      bool ok = k == 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF);
      if (!ok) return Utf8Error{i, i + k, "invalid continuation byte"};
    }
    i += need + 1;
  }
  return std::nullopt;
}

std::string utf8_error_message(std::string_view text, const Utf8Error& e) {
  char buf[160];
  if (e.end - e.start == 1) {
    snprintf(buf, sizeof buf, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
             static_cast<unsigned>(static_cast<unsigned char>(text[e.start])), e.start, e.reason);
  } else {
    snprintf(buf, sizeof buf, "'utf-8' codec can't decode bytes in position %zu-%zu: %s", e.start, e.end - 1, e.reason);
  }
  return buf;
}

std::string utf8_replace_invalid(std::string_view text) {
  auto bad = find_invalid_utf8(text);
  if (!bad) return std::string(text);
  std::string out;
  out.reserve(text.size() + 8);
  size_t i = 0;
  while (bad) {
    out.append(text.substr(i, bad->start));
    out += "\xEF\xBF\xBD";
    i += bad->end;
    bad = find_invalid_utf8(text.substr(i));
  }
  out.append(text.substr(i));
  return out;
}

std::optional<SyntaxErrorInfo> check_utf8(std::string_view text, const std::string& filename) {
  auto bad = find_invalid_utf8(text);
  if (!bad) return std::nullopt;
  int lineno = 1;
  for (size_t i = 0; i < bad->start; i++)
    if (text[i] == '\n') lineno++;
  char buf[512];
  snprintf(buf, sizeof buf,
           "Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, but no encoding declared; "
           "see https://peps.python.org/pep-0263/ for details",
           static_cast<unsigned>(static_cast<unsigned char>(text[bad->start])), filename.c_str(), lineno);
  return error_without_location(buf);
}

DecodedSource decode_source(std::string_view bytes, const std::string& filename, SourceKind kind) {
  DecodedSource out;
  bool script = kind == SourceKind::ScriptFile;
  out.string_input = !script;
  // compile() refuses NUL bytes before anything else; a script reports them
  // when the tokenizer reaches their line.
  if (!script && memchr(bytes.data(), 0, bytes.size())) {
    out.error = error_without_location("source code string cannot contain null bytes");
    return out;
  }
  std::string normalized;
  std::string_view src = normalize_newlines(bytes, &normalized, !script) ? std::string_view(normalized) : bytes;
  // CPython 3.11.2 reads a script line by line as C strings: a NUL ends what
  // it keeps of a line, and what follows up to and including the newline is
  // lost, so the next line joins this one.
  std::string without_nul;
  if (script && memchr(src.data(), 0, src.size())) {
    without_nul.reserve(src.size());
    for (size_t i = 0; i < src.size(); i++) {
      if (src[i] != '\0') {
        without_nul += src[i];
        continue;
      }
      while (i < src.size() && src[i] != '\n') i++;
    }
    src = without_nul;
  }

  if (src.size() >= 3 && memcmp(src.data(), "\xEF\xBB\xBF", 3) == 0) {
    out.bom = true;
    src.remove_prefix(3);
  }

  // The declaration: on line 1, or on line 2 after a blank or comment line 1.
  std::string cookie;
  bool has_cookie = false;
  size_t nl1 = src.find('\n');
  std::string_view line1 = src.substr(0, nl1 == std::string_view::npos ? src.size() : nl1 + 1);
  has_cookie = find_cookie(line1, &cookie);
  if (!has_cookie && nl1 != std::string_view::npos && blank_or_comment(line1)) {
    size_t nl2 = src.find('\n', nl1 + 1);
    std::string_view line2 = src.substr(nl1 + 1, nl2 == std::string_view::npos ? std::string_view::npos : nl2 - nl1);
    has_cookie = find_cookie(line2, &cookie);
  }

  Codec codec = Codec::Utf8;
  if (has_cookie) {
    std::string name = normal_name(cookie);
    if (out.bom && name != "utf-8") {
      std::string msg = "encoding problem: " + name + " with BOM";
      out.error = script ? error_without_location(msg) : error_at_line_0(msg, filename);
      return out;
    }
    if (!lookup_codec(name, &codec)) {
      out.error = script ? error_without_location("encoding problem: " + name)
                         : error_at_line_0("unknown encoding: " + name, filename);
      return out;
    }
    out.encoding_declared = true;
  } else if (out.bom) {
    out.encoding_declared = true;
  } else {
    // No declaration: UTF-8, checked line by line as the script is read.
    out.check_utf8 = script;
  }

  if (codec == Codec::Utf8) {
    out.text.assign(src);
    return out;
  }
  const uint16_t* table = codec == Codec::Iso8859_15 ? kIso885915
                          : codec == Codec::Cp1252   ? kCp1252
                          : codec == Codec::Koi8R    ? kKoi8R
                                                     : nullptr;
  std::string& text = out.text;
  text.reserve(src.size() + src.size() / 8);
  for (size_t i = 0; i < src.size(); i++) {
    unsigned char b = static_cast<unsigned char>(src[i]);
    if (b < 0x80) {
      text += static_cast<char>(b);
      continue;
    }
    uint32_t c = b;
    const char* fail = nullptr;
    if (codec == Codec::Ascii) {
      fail = "'ascii' codec can't decode byte 0x%02x in position %zu: ordinal not in range(128)";
    } else if (table) {
      c = table[b - 0x80];
      if (c == 0xFFFF) fail = "'charmap' codec can't decode byte 0x%02x in position %zu: character maps to <undefined>";
    }
    if (fail) {
      text.clear();
      out.error = script ? error_without_location("encoding problem: " + normal_name(cookie))
                         : error_at_line_0(format_position_error(fail, b, i), filename);
      return out;
    }
    append_utf8(text, c);
  }
  return out;
}

}  // namespace dx::parser
