// UTF-8, ASCII and Latin-1 decoding and encoding with CPython 3.11's error
// ranges, error handlers and messages, and UnicodeDecodeError /
// UnicodeEncodeError construction and __str__.
//
// Decoding builds "generalized UTF-8" (surrogates as 3-byte sequences, which
// str_from_utf8 accepts), so the error handlers that produce surrogates
// (surrogateescape) need no second representation.
#include "objects/codecs.h"

#include <cstdio>
#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/buffer.h"
#include "runtime/errors.h"
#include "support/unicode.h"

namespace dx {

namespace {

enum class Codec { kUtf8, kAscii, kLatin1, kUnknown };

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::kUtf8: return "utf-8";
    case Codec::kAscii: return "ascii";
    default: return "latin-1";
  }
}

// encodings.normalize_encoding + the aliases of the three codecs: runs of
// characters other than letters, digits and '.' become '_', letters lower case.
Codec lookup_codec(std::string_view name) {
  std::string norm;
  bool punct = false;
  for (char ch : name) {
    auto c = static_cast<unsigned char>(ch);
    bool keep = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.';
    if (!keep) {
      punct = true;
      continue;
    }
    if (punct && !norm.empty()) norm.push_back('_');
    punct = false;
    norm.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  static const char* const kUtf8[] = {"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"};
  static const char* const kAscii[] = {"ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
                                       "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us",
                                       "us_ascii"};
  static const char* const kLatin1[] = {"latin_1", "latin1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859",
                                        "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1", "latin"};
  for (const char* n : kUtf8)
    if (norm == n) return Codec::kUtf8;
  for (const char* n : kAscii)
    if (norm == n) return Codec::kAscii;
  for (const char* n : kLatin1)
    if (norm == n) return Codec::kLatin1;
  return Codec::kUnknown;
}

std::nullptr_t unknown_encoding(std::string_view name) {
  return raise(&exc::LookupError, "unknown encoding: %.*s", static_cast<int>(name.size()), name.data());
}

enum class Handler { kStrict, kIgnore, kReplace, kBackslash, kSurrogateEscape, kSurrogatePass, kXmlCharRef, kName, kOther };

Handler lookup_handler(std::string_view errors) {
  if (errors == "strict") return Handler::kStrict;
  if (errors == "ignore") return Handler::kIgnore;
  if (errors == "replace") return Handler::kReplace;
  if (errors == "backslashreplace") return Handler::kBackslash;
  if (errors == "surrogateescape") return Handler::kSurrogateEscape;
  if (errors == "surrogatepass") return Handler::kSurrogatePass;
  if (errors == "xmlcharrefreplace") return Handler::kXmlCharRef;
  if (errors == "namereplace") return Handler::kName;
  return Handler::kOther;
}

std::nullptr_t unknown_handler(std::string_view errors) {
  return raise(&exc::LookupError, "unknown error handler name '%.*s'", static_cast<int>(errors.size()), errors.data());
}

void raise_exception_object(Object* e) {
  if (!e) return;
  raise_object(type_of(e), e);  // chains the handled exception as __context__
  decref(e);
}

constexpr char kHex[] = "0123456789abcdef";

// ---- decoding ------------------------------------------------------------------------

inline bool is_cont(unsigned char c) { return (c & 0xC0) == 0x80; }

// The invalid sequence at s[i] (CPython's UTF-8 decoder's judgement): its
// end and the reason. Returns 0 when s[i..] starts a valid sequence.
struct Utf8Error {
  size_t end;
  const char* reason;
};

// The length of the valid sequence at s[i], or 0 with *err filled.
size_t utf8_sequence(const unsigned char* s, size_t i, size_t n, Utf8Error* err) {
  unsigned char c = s[i];
  size_t left = n - i;
  auto invalid_cont = [&](size_t k) {
    *err = {i + k, "invalid continuation byte"};
    return size_t(0);
  };
  if (c < 0x80) return 1;
  if (c < 0xC2 || c > 0xF4) {
    *err = {i + 1, "invalid start byte"};
    return 0;
  }
  if (c < 0xE0) {
    if (left < 2) {
      *err = {n, "unexpected end of data"};
      return 0;
    }
    return is_cont(s[i + 1]) ? 2 : invalid_cont(1);
  }
  if (c < 0xF0) {
    if (left < 2) {
      *err = {n, "unexpected end of data"};
      return 0;
    }
    unsigned char c2 = s[i + 1];
    if (!is_cont(c2) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0)) return invalid_cont(1);
    if (left < 3) {
      *err = {n, "unexpected end of data"};
      return 0;
    }
    return is_cont(s[i + 2]) ? 3 : invalid_cont(2);
  }
  if (left < 2) {
    *err = {n, "unexpected end of data"};
    return 0;
  }
  unsigned char c2 = s[i + 1];
  if (!is_cont(c2) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90)) return invalid_cont(1);
  if (left < 3) {
    *err = {n, "unexpected end of data"};
    return 0;
  }
  if (!is_cont(s[i + 2])) return invalid_cont(2);
  if (left < 4) {
    *err = {n, "unexpected end of data"};
    return 0;
  }
  return is_cont(s[i + 3]) ? 4 : invalid_cont(3);
}

// Applies a decoding error handler to data[start..end): appends the
// replacement and returns where decoding resumes, or -1 with the error set.
ssize decode_error(Codec codec, Handler h, std::string_view errors, const char* data, ssize n, ssize start, ssize end,
                   const char* reason, std::string& out) {
  auto fail = [&]() -> ssize {
    raise_exception_object(unicode_decode_error_new(codec_name(codec), data, n, start, end, reason));
    return -1;
  };
  switch (h) {
    case Handler::kStrict: return fail();
    case Handler::kIgnore: return end;
    case Handler::kReplace: unicode::append_utf8(out, 0xFFFD); return end;
    case Handler::kBackslash:
      for (ssize i = start; i < end; i++) {
        auto b = static_cast<unsigned char>(data[i]);
        out += "\\x";
        out.push_back(kHex[b >> 4]);
        out.push_back(kHex[b & 15]);
      }
      return end;
    case Handler::kSurrogateEscape: {
      // Only bytes >= 128 can be escaped (at most 4 of them are replaced).
      ssize i = start;
      std::string escaped;
      for (; i < end && i < start + 4; i++) {
        auto b = static_cast<unsigned char>(data[i]);
        if (b < 128) break;
        unicode::append_utf8(escaped, 0xDC00 + b);
      }
      if (i == start) return fail();
      out += escaped;
      return i;
    }
    case Handler::kSurrogatePass: {
      // An encoded surrogate (ED A0..BF 80..BF) decodes to itself.
      if (codec == Codec::kUtf8 && start + 3 <= n) {
        auto b0 = static_cast<unsigned char>(data[start]), b1 = static_cast<unsigned char>(data[start + 1]),
             b2 = static_cast<unsigned char>(data[start + 2]);
        if ((b0 & 0xF0) == 0xE0 && is_cont(b1) && is_cont(b2)) {
          char32_t c = ((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (b2 & 0x3Fu);
          if (c >= 0xD800 && c <= 0xDFFF) {
            unicode::append_utf8(out, c);
            return start + 3;
          }
        }
      }
      return fail();
    }
    case Handler::kXmlCharRef:
    case Handler::kName:
      raise(&exc::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
      return -1;
    default: unknown_handler(errors); return -1;
  }
}

// Whether the 8 bytes at p are all ASCII.
inline bool ascii8(const unsigned char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return (w & 0x8080808080808080ull) == 0;
}

// The code point of the valid sequence of `len` bytes at p.
inline uint32_t sequence_value(const unsigned char* p, size_t len) {
  switch (len) {
    case 1: return p[0];
    case 2: return ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
    case 3: return ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    default: return ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
  }
}

template <typename T>
void fill_code_points(T* out, const unsigned char* s, size_t n) {
  for (size_t i = 0; i < n;) {
    if (s[i] < 0x80) {
      *out++ = static_cast<T>(s[i++]);
      continue;
    }
    size_t len = s[i] < 0xE0 ? 2 : s[i] < 0xF0 ? 3 : 4;
    *out++ = static_cast<T>(sequence_value(s + i, len));
    i += len;
  }
}

Object* decode_utf8(const char* data, ssize n, std::string_view errors) {
  auto* s = reinterpret_cast<const unsigned char*>(data);
  size_t i = 0, un = static_cast<size_t>(n);
  // The commonest cases first: ASCII, then Latin-1 text decoded in one
  // pass into a scratch buffer.
  while (i + 8 <= un && ascii8(s + i)) i += 8;
  while (i < un && s[i] < 0x80) i++;
  if (i == un) return str_from_ascii(std::string_view(data, un));
  if (s[i] == 0xC2 || s[i] == 0xC3) {
    std::string latin1(data, i);
    size_t j = i;
    for (;;) {
      if (j + 8 <= un && ascii8(s + j)) {
        latin1.append(data + j, 8);
        j += 8;
        continue;
      }
      if (j == un) break;
      unsigned char c = s[j];
      if (c < 0x80) {
        latin1.push_back(static_cast<char>(c));
        j++;
      } else if ((c == 0xC2 || c == 0xC3) && j + 1 < un && is_cont(s[j + 1])) {
        latin1.push_back(static_cast<char>(((c & 0x1Fu) << 6) | (s[j + 1] & 0x3Fu)));
        j += 2;
      } else {
        break;  // something else: the general path below
      }
    }
    if (j == un) {
      Object* r = str_new(static_cast<ssize>(latin1.size()), 0xFF);
      if (r) std::memcpy(str_data(r), latin1.data(), latin1.size());
      return r;
    }
  }
  // Valid UTF-8: one pass to validate, count the code points and find the
  // largest, one to store them at the right width.
  i = 0;
  Utf8Error err{};
  ssize length = 0;
  uint32_t max_char = 0;
  while (i < un) {
    if (i + 8 <= un && ascii8(s + i)) {
      i += 8;
      length += 8;
      continue;
    }
    if (s[i] < 0x80) {
      i++;
      length++;
      continue;
    }
    size_t len = utf8_sequence(s, i, un, &err);
    if (!len) break;
    uint32_t c = sequence_value(s + i, len);
    if (c > max_char) max_char = c;
    i += len;
    length++;
  }
  if (i == un) {
    if (max_char == 0) return str_from_ascii(std::string_view(data, un));
    Object* r = str_new(length, max_char);
    if (!r) return nullptr;
    switch (str_kind(r)) {
      case 1: fill_code_points(static_cast<uint8_t*>(str_data(r)), s, un); break;
      case 2: fill_code_points(static_cast<uint16_t*>(str_data(r)), s, un); break;
      default: fill_code_points(static_cast<uint32_t*>(str_data(r)), s, un); break;
    }
    return r;
  }
  Handler h = lookup_handler(errors);
  std::string out(data, i);
  while (i < un) {
    size_t len = s[i] < 0x80 ? 1 : utf8_sequence(s, i, un, &err);
    if (len) {
      out.append(data + i, len);
      i += len;
      continue;
    }
    ssize next = decode_error(Codec::kUtf8, h, errors, data, n, static_cast<ssize>(i), static_cast<ssize>(err.end),
                              err.reason, out);
    if (next < 0) return nullptr;
    i = static_cast<size_t>(next);
  }
  return str_from_utf8(out);
}

Object* decode_latin1(const char* data, ssize n) {
  uint32_t max = 0;
  for (ssize i = 0; i < n; i++) max |= static_cast<unsigned char>(data[i]);
  Object* s = str_new(n, max);
  if (s && n) std::memcpy(str_data(s), data, static_cast<size_t>(n));
  return s;
}

Object* decode_ascii(const char* data, ssize n, std::string_view errors) {
  ssize i = 0;
  while (i < n && static_cast<unsigned char>(data[i]) < 0x80) i++;
  if (i == n) return str_from_ascii(std::string_view(data, static_cast<size_t>(n)));
  Handler h = lookup_handler(errors);
  std::string out(data, static_cast<size_t>(i));
  while (i < n) {
    if (static_cast<unsigned char>(data[i]) < 0x80) {
      out.push_back(data[i++]);
      continue;
    }
    ssize next = decode_error(Codec::kAscii, h, errors, data, n, i, i + 1, "ordinal not in range(128)", out);
    if (next < 0) return nullptr;
    i = next;
  }
  return str_from_utf8(out);
}

// ---- encoding -------------------------------------------------------------------------

void append_backslash(std::string& out, uint32_t c) {
  char buf[16];
  if (c < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", c);
  else if (c < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", c);
  else std::snprintf(buf, sizeof buf, "\\U%08x", c);
  out += buf;
}

// Applies an encoding error handler to s[start..end) (a run of
// unencodable characters): appends the replacement bytes and returns where
// encoding resumes, or -1 with the error set.
ssize encode_error(Codec codec, Handler h, std::string_view errors, Object* s, ssize start, ssize end,
                   const char* reason, std::string& out) {
  auto fail = [&](ssize a, ssize b) -> ssize {
    raise_exception_object(unicode_encode_error_new(codec_name(codec), s, a, b, reason));
    return -1;
  };
  switch (h) {
    case Handler::kStrict: return fail(start, end);
    case Handler::kIgnore: return end;
    case Handler::kReplace: out.append(static_cast<size_t>(end - start), '?'); return end;
    case Handler::kBackslash:
      for (ssize i = start; i < end; i++) append_backslash(out, str_char_at(s, i));
      return end;
    case Handler::kXmlCharRef:
      for (ssize i = start; i < end; i++) {
        out += "&#";
        out += std::to_string(str_char_at(s, i));
        out += ';';
      }
      return end;
    case Handler::kName:
      for (ssize i = start; i < end; i++) {
        uint32_t c = str_char_at(s, i);
        std::string name = unicode::name(c);
        if (name.empty()) {
          append_backslash(out, c);
        } else {
          out += "\\N{";
          out += name;
          out += '}';
        }
      }
      return end;
    case Handler::kSurrogateEscape: {
      // U+DC80..U+DCFF give back the bytes 0x80..0xFF.
      ssize i = start;
      for (; i < end; i++) {
        uint32_t c = str_char_at(s, i);
        if (c < 0xDC80 || c > 0xDCFF) break;
        out.push_back(static_cast<char>(c - 0xDC00));
      }
      if (i == start) return fail(start, end);
      return i;
    }
    case Handler::kSurrogatePass: {
      if (codec != Codec::kUtf8) return fail(start, end);
      ssize i = start;
      for (; i < end; i++) {
        uint32_t c = str_char_at(s, i);
        if (c < 0xD800 || c > 0xDFFF) break;
        unicode::append_utf8(out, c);
      }
      if (i == start) return fail(start, end);
      return i;
    }
    default: unknown_handler(errors); return -1;
  }
}

}  // namespace

bool codec_argument(Object* arg, const char* fname, const char* argname, std::string_view* out) {
  if (!is_str(arg)) {
    raise(&exc::TypeError, "%s() argument '%s' must be str, not %.50s", fname, argname,
          is_none(arg) ? "None" : type_of(arg)->tp_name);
    return false;
  }
  std::string_view v = str_utf8(arg);
  if (!v.data()) return false;
  if (v.find('\0') != std::string_view::npos) {
    raise(&exc::ValueError, "embedded null character");
    return false;
  }
  *out = v;
  return true;
}

Object* decode_bytes(const char* data, ssize n, std::string_view encoding, std::string_view errors) {
  if (n == 0) return str_from_ascii("");  // CPython looks up no codec for empty data
  switch (lookup_codec(encoding)) {
    case Codec::kUtf8: return decode_utf8(data, n, errors);
    case Codec::kAscii: return decode_ascii(data, n, errors);
    case Codec::kLatin1: return decode_latin1(data, n);
    default: return unknown_encoding(encoding);
  }
}

Object* encode_str(Object* s, std::string_view encoding, std::string_view errors) {
  Codec codec = lookup_codec(encoding);
  if (codec == Codec::kUnknown) return unknown_encoding(encoding);
  if (str_is_ascii(s)) return bytes_from_data(str_data(s), str_length(s));
  ssize n = str_length(s);
  uint32_t limit = codec == Codec::kAscii ? 0x80 : codec == Codec::kLatin1 ? 0x100 : 0x110000;
  if (codec == Codec::kLatin1 && str_kind(s) == 1) return bytes_from_data(str_data(s), n);
  if (codec == Codec::kUtf8) {
    // Without surrogates, the str's (cached) UTF-8 form is the answer.
    bool surrogates = false;
    if (str_kind(s) == 2) {
      auto* d = static_cast<const uint16_t*>(str_data(s));
      for (ssize i = 0; i < n && !surrogates; i++) surrogates = d[i] >= 0xD800 && d[i] <= 0xDFFF;
    } else if (str_kind(s) == 4) {
      auto* d = static_cast<const uint32_t*>(str_data(s));
      for (ssize i = 0; i < n && !surrogates; i++) surrogates = d[i] >= 0xD800 && d[i] <= 0xDFFF;
    }
    if (!surrogates) {
      std::string_view utf8 = str_utf8(s);
      if (!utf8.data()) return nullptr;
      return bytes_from_string(utf8);
    }
  }
  auto bad = [&](uint32_t c) { return codec == Codec::kUtf8 ? (c >= 0xD800 && c <= 0xDFFF) : c >= limit; };
  std::string out;
  out.reserve(static_cast<size_t>(n) * (codec == Codec::kUtf8 ? 2 : 1));
  Handler h = Handler::kStrict;
  bool handler_known = false;
  for (ssize i = 0; i < n;) {
    uint32_t c = str_char_at(s, i);
    if (!bad(c)) {
      if (codec == Codec::kUtf8) unicode::append_utf8(out, c);
      else out.push_back(static_cast<char>(c));
      i++;
      continue;
    }
    ssize end = i + 1;
    while (end < n && bad(str_char_at(s, end))) end++;
    if (!handler_known) {
      h = lookup_handler(errors);
      handler_known = true;
    }
    const char* reason = codec == Codec::kUtf8    ? "surrogates not allowed"
                         : codec == Codec::kAscii ? "ordinal not in range(128)"
                                                  : "ordinal not in range(256)";
    ssize next = encode_error(codec, h, errors, s, i, end, reason, out);
    if (next < 0) return nullptr;
    i = next;
  }
  return bytes_from_string(out);
}

// ---- the exceptions ----------------------------------------------------------------------

namespace {

Object* make_error(TypeObject* type, std::string_view encoding, Object* object, ssize start, ssize end,
                   std::string_view reason) {
  Object* enc = str_from_utf8(encoding);
  Object* st = int_from_int64(start);
  Object* en = int_from_int64(end);
  Object* rs = str_from_utf8(reason);
  Object* args = enc && st && en && rs ? tuple_pack({enc, object, st, en, rs}) : nullptr;
  xdecref(enc);
  xdecref(st);
  xdecref(en);
  xdecref(rs);
  if (!args) return nullptr;
  Object* e = exception_new(type, args);
  decref(args);
  return e;
}

void replace_field(Object*& field, Object* value) {
  Object* old = field;
  field = newref(value);
  xdecref(old);
}

// UnicodeDecodeError.__init__ / UnicodeEncodeError.__init__: (encoding,
// object, start, end, reason), PyArg_ParseTuple's "UOnnU" / "UUnnU".
int unicode_error_init(Object* self, Object* args, Object* kwargs, bool decode) {
  if (kwargs && dict_size(kwargs) > 0) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", type_of(self)->tp_name);
    return -1;
  }
  auto* e = static_cast<UnicodeErrorObject*>(self);
  replace_field(e->args, args);
  ssize n = tuple_size(args);
  if (n != 5) {
    raise(&exc::TypeError, "function takes exactly 5 arguments (%zd given)", n);
    return -1;
  }
  Object* encoding = tuple_item(args, 0);
  Object* object = tuple_item(args, 1);
  Object* reason = tuple_item(args, 4);
  auto arg_error = [&](int index, const char* expected, Object* got) {
    raise(&exc::TypeError, "argument %d must be %s, not %.50s", index, expected,
          is_none(got) ? "None" : type_of(got)->tp_name);
    return -1;
  };
  if (!is_str(encoding)) return arg_error(1, "str", encoding);
  Object* obj;
  if (decode) {
    if (!has_buffer(object)) {
      raise(&exc::TypeError, "a bytes-like object is required, not '%.100s'", type_of(object)->tp_name);
      return -1;
    }
    obj = bytes_from_object(object);
    if (!obj) return -1;
  } else {
    if (!is_str(object)) return arg_error(2, "str", object);
    obj = newref(object);
  }
  ssize start, end;
  for (int k = 2; k <= 3; k++) {
    Object* v = tuple_item(args, k);
    if (!is_int(v)) {
      decref(obj);
      raise(&exc::TypeError, "'%.200s' object cannot be interpreted as an integer", type_of(v)->tp_name);
      return -1;
    }
    auto x = int_to_int64(v);
    if (!x) {
      decref(obj);
      raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
      return -1;
    }
    (k == 2 ? start : end) = static_cast<ssize>(*x);
  }
  if (!is_str(reason)) {
    decref(obj);
    return arg_error(5, "str", reason);
  }
  replace_field(e->encoding, encoding);
  Object* old = e->object;
  e->object = obj;
  xdecref(old);
  e->start = start;
  e->end = end;
  replace_field(e->reason, reason);
  return 0;
}

int decode_error_init(Object* self, Object* args, Object* kwargs) { return unicode_error_init(self, args, kwargs, true); }
int encode_error_init(Object* self, Object* args, Object* kwargs) { return unicode_error_init(self, args, kwargs, false); }

std::string text_of(Object* o) {
  Object* s = object_str(o);
  if (!s) {
    clear_error();
    return "";
  }
  std::string r(str_utf8(s));
  decref(s);
  return r;
}

Object* decode_error_str(Object* self) {
  auto* e = static_cast<UnicodeErrorObject*>(self);
  if (!e->object || !e->encoding || !e->reason) return str_from_ascii("");
  std::string encoding = text_of(e->encoding), reason = text_of(e->reason);
  char buf[128];
  if (is_bytes(e->object) && e->start >= 0 && e->start < bytes_size(e->object) && e->end == e->start + 1) {
    std::snprintf(buf, sizeof buf, "' codec can't decode byte 0x%02x in position %zd: ",
                  static_cast<unsigned char>(bytes_data(e->object)[e->start]), e->start);
  } else {
    std::snprintf(buf, sizeof buf, "' codec can't decode bytes in position %zd-%zd: ", e->start, e->end - 1);
  }
  return str_from_utf8("'" + encoding + buf + reason);
}

Object* encode_error_str(Object* self) {
  auto* e = static_cast<UnicodeErrorObject*>(self);
  if (!e->object || !e->encoding || !e->reason) return str_from_ascii("");
  std::string encoding = text_of(e->encoding), reason = text_of(e->reason);
  char buf[128];
  if (is_str(e->object) && e->start >= 0 && e->start < str_length(e->object) && e->end == e->start + 1) {
    uint32_t c = str_char_at(e->object, e->start);
    const char* fmt = c <= 0xff     ? "' codec can't encode character '\\x%02x' in position %zd: "
                      : c <= 0xffff ? "' codec can't encode character '\\u%04x' in position %zd: "
                                    : "' codec can't encode character '\\U%08x' in position %zd: ";
    std::snprintf(buf, sizeof buf, fmt, c, e->start);
  } else {
    std::snprintf(buf, sizeof buf, "' codec can't encode characters in position %zd-%zd: ", e->start, e->end - 1);
  }
  return str_from_utf8("'" + encoding + buf + reason);
}

}  // namespace

Object* unicode_decode_error_new(std::string_view encoding, const char* data, ssize n, ssize start, ssize end,
                                 std::string_view reason) {
  Object* object = bytes_from_data(data, n);
  if (!object) return nullptr;
  Object* e = make_error(&exc::UnicodeDecodeError, encoding, object, start, end, reason);
  decref(object);
  return e;
}

Object* unicode_encode_error_new(std::string_view encoding, Object* str, ssize start, ssize end,
                                 std::string_view reason) {
  return make_error(&exc::UnicodeEncodeError, encoding, str, start, end, reason);
}

void init_codecs() {
  exc::UnicodeDecodeError.tp_init = decode_error_init;
  exc::UnicodeDecodeError.tp_str = decode_error_str;
  exc::UnicodeEncodeError.tp_init = encode_error_init;
  exc::UnicodeEncodeError.tp_str = encode_error_str;
}

}  // namespace dx
