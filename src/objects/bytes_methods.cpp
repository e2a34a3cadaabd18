// The methods bytes and bytearray share, written once over the bytes of
// `self` and instantiated for each type (the Kind parameter): the type's
// name for messages and how a result is made (bytes methods return bytes,
// bytearray methods a new bytearray). CPython 3.11's argument handling and
// messages, which differ from method to method (argument clinic,
// PyArg_ParseTuple or hand-written checks).
#include <cstring>
#include <string>
#include <string_view>

#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/bytes_internal.h"
#include "objects/codecs.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/buffer.h"
#include "runtime/errors.h"
#include "vm/arguments.h"

namespace dx::bytesimpl {

namespace {

using sv = std::string_view;

struct BytesKind {
  static constexpr const char* name = "bytes";
  static sv view(Object* o) { return bytes_view(o); }
  static Object* make(sv s) { return bytes_from_string(s); }
  // `self` unchanged: an exact bytes object is its own result.
  static Object* same(Object* self) { return is_bytes_exact(self) ? newref(self) : make(view(self)); }
};

struct ByteArrayKind {
  static constexpr const char* name = "bytearray";
  static sv view(Object* o) { return {bytearray_data(o), static_cast<size_t>(bytearray_size(o))}; }
  static Object* make(sv s) { return bytearray_from_data(s.data(), static_cast<ssize>(s.size())); }
  static Object* same(Object* self) { return make(view(self)); }
};

template <typename K>
bool no_kw(Object* kwnames, const char* method) {
  if (kwnames && tuple_size(kwnames) > 0) {
    raise(&exc::TypeError, "%s.%s() takes no keyword arguments", K::name, method);
    return false;
  }
  return true;
}

inline bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_alpha(unsigned char c) { return is_lower(c) || is_upper(c); }
inline bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool is_alnum(unsigned char c) { return is_alpha(c) || is_digit(c); }
inline char to_lower(unsigned char c) { return static_cast<char>(is_upper(c) ? c + 32 : c); }
inline char to_upper(unsigned char c) { return static_cast<char>(is_lower(c) ? c - 32 : c); }

Object* bool_result(bool b) { return newref(bool_object(b)); }

// ---- predicates ----------------------------------------------------------------------

template <bool (*Pred)(unsigned char)>
bool all_of(sv s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!Pred(static_cast<unsigned char>(c))) return false;
  return true;
}

bool ascii_all(sv s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

bool lower_all(sv s) {
  bool cased = false;
  for (char c : s) {
    if (is_upper(static_cast<unsigned char>(c))) return false;
    cased |= is_lower(static_cast<unsigned char>(c));
  }
  return cased;
}

bool upper_all(sv s) {
  bool cased = false;
  for (char c : s) {
    if (is_lower(static_cast<unsigned char>(c))) return false;
    cased |= is_upper(static_cast<unsigned char>(c));
  }
  return cased;
}

bool title_all(sv s) {
  bool cased = false, previous_cased = false;
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (is_upper(c)) {
      if (previous_cased) return false;
      previous_cased = cased = true;
    } else if (is_lower(c)) {
      if (!previous_cased) return false;
      previous_cased = cased = true;
    } else {
      previous_cased = false;
    }
  }
  return cased;
}

bool space_ok(unsigned char c) { return is_ascii_space(c); }

template <typename K, bool (*Pred)(sv)>
Object* m_predicate(Object* self, Object*) {
  return bool_result(Pred(K::view(self)));
}

// ---- case maps -------------------------------------------------------------------------

enum class CaseMap { kLower, kUpper, kSwap, kCapitalize, kTitle };

template <typename K, CaseMap M>
Object* m_case(Object* self, Object*) {
  std::string out(K::view(self));
  bool previous_cased = false;
  for (size_t i = 0; i < out.size(); i++) {
    auto c = static_cast<unsigned char>(out[i]);
    switch (M) {
      case CaseMap::kLower: out[i] = to_lower(c); break;
      case CaseMap::kUpper: out[i] = to_upper(c); break;
      case CaseMap::kSwap: out[i] = is_lower(c) ? to_upper(c) : to_lower(c); break;
      case CaseMap::kCapitalize: out[i] = i == 0 ? to_upper(c) : to_lower(c); break;
      case CaseMap::kTitle:
        if (is_lower(c)) {
          if (!previous_cased) out[i] = to_upper(c);
          previous_cased = true;
        } else if (is_upper(c)) {
          if (previous_cased) out[i] = to_lower(c);
          previous_cased = true;
        } else {
          previous_cased = false;
        }
        break;
    }
  }
  return K::make(out);
}

// ---- padding ---------------------------------------------------------------------------

// The fill byte of center/ljust/rjust: a bytes or bytearray of length 1.
bool fill_byte(const char* method, Object* o, char* out) {
  if (is_bytes(o) && bytes_size(o) == 1) {
    *out = bytes_data(o)[0];
    return true;
  }
  if (is_bytearray(o) && bytearray_size(o) == 1) {
    *out = bytearray_data(o)[0];
    return true;
  }
  raise(&exc::TypeError, "%s() argument 2 must be a byte string of length 1, not %.50s", method,
        is_none(o) ? "None" : type_of(o)->tp_name);
  return false;
}

Object* pad(sv s, ssize left, ssize right, char fill, Object* (*make)(sv)) {
  std::string out;
  out.reserve(s.size() + static_cast<size_t>(left + right));
  out.append(static_cast<size_t>(left), fill);
  out += s;
  out.append(static_cast<size_t>(right), fill);
  return make(out);
}

enum class Justify { kCenter, kLeft, kRight };

template <typename K, Justify J>
Object* m_justify(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  const char* method = J == Justify::kCenter ? "center" : J == Justify::kLeft ? "ljust" : "rjust";
  if (!no_kw<K>(kwnames, method) || !check_positional(method, nargs, 1, 2)) return nullptr;
  ssize width;
  if (!arg_ssize(args[0], &width)) return nullptr;
  char fill = ' ';
  if (nargs > 1 && !fill_byte(method, args[1], &fill)) return nullptr;
  sv s = K::view(self);
  ssize n = static_cast<ssize>(s.size());
  if (n >= width) return K::same(self);
  ssize total = width - n;
  ssize left = J == Justify::kLeft ? 0 : J == Justify::kRight ? total : total / 2 + (total & width & 1);
  return pad(s, left, total - left, fill, K::make);
}

template <typename K>
Object* m_zfill(Object* self, Object* arg) {
  ssize width;
  if (!arg_ssize(arg, &width)) return nullptr;
  sv s = K::view(self);
  ssize n = static_cast<ssize>(s.size());
  if (n >= width) return K::same(self);
  std::string out;
  out.reserve(static_cast<size_t>(width));
  size_t start = 0;
  if (!s.empty() && (s[0] == '+' || s[0] == '-')) {
    out.push_back(s[0]);
    start = 1;
  }
  out.append(static_cast<size_t>(width - n), '0');
  out += s.substr(start);
  return K::make(out);
}

// ---- searching ---------------------------------------------------------------------

// ADJUST_INDICES: start and end clamped to [0, len] with negative values
// counting from the end.
void adjust_indices(ssize& start, ssize& end, ssize len) {
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
}

// A start/end argument: None or absent for the default.
bool slice_bound(Object* o, ssize* out) {
  if (!o || is_none(o)) return true;
  if (!is_index(o)) {
    raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_as_ssize(o, nullptr, out);
}

// The needle of count/find/index/rfind/rindex: an int in range(256) or a
// bytes-like object.
struct Needle {
  BufferHolder buffer;
  char byte = 0;
  bool is_byte = false;
  sv text() const { return is_byte ? sv(&byte, 1) : buffer.bytes(); }
};

bool get_needle(Object* sub, Needle& n) {
  if (is_index(sub)) {
    ssize v;
    if (!index_as_ssize(sub, nullptr, &v)) return false;
    if (v < 0 || v > 255) {
      raise(&exc::ValueError, "byte must be in range(0, 256)");
      return false;
    }
    n.byte = static_cast<char>(v);
    n.is_byte = true;
    return true;
  }
  if (!has_buffer(sub)) {
    raise(&exc::TypeError, "argument should be integer or bytes-like object, not '%.200s'", type_of(sub)->tp_name);
    return false;
  }
  return n.buffer.get(sub);
}

enum class Find { kFind, kRfind, kIndex, kRindex, kCount };

template <typename K, Find F>
Object* m_find(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  const char* method = F == Find::kFind    ? "find"
                       : F == Find::kRfind ? "rfind"
                       : F == Find::kIndex ? "index"
                       : F == Find::kRindex ? "rindex"
                                            : "count";
  if (!no_keywords(kwnames, method) || !check_tuple_count(method, nargs, 1, 3)) return nullptr;
  ssize start = 0, end = INT64_MAX;
  if (nargs > 1 && !slice_bound(args[1], &start)) return nullptr;
  if (nargs > 2 && !slice_bound(args[2], &end)) return nullptr;
  Needle needle;
  if (!get_needle(args[0], needle)) return nullptr;
  sv s = K::view(self);
  sv sub = needle.text();
  ssize len = static_cast<ssize>(s.size());
  adjust_indices(start, end, len);
  if (F == Find::kCount) {
    if (start > len || end < start) return int_from_int64(0);
    sv hay = s.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    if (sub.empty()) return int_from_int64(static_cast<int64_t>(hay.size()) + 1);
    ssize count = 0;
    for (size_t pos = hay.find(sub); pos != sv::npos; pos = hay.find(sub, pos + sub.size())) count++;
    return int_from_int64(count);
  }
  ssize found = -1;
  if (end - start >= static_cast<ssize>(sub.size())) {
    sv hay = s.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
    size_t pos = (F == Find::kFind || F == Find::kIndex) ? hay.find(sub) : hay.rfind(sub);
    if (pos != sv::npos) found = start + static_cast<ssize>(pos);
  }
  if (found < 0 && (F == Find::kIndex || F == Find::kRindex)) return raise(&exc::ValueError, "subsection not found");
  return int_from_int64(found);
}

// startswith/endswith of one bytes-like prefix: 1, 0, or -1.
int tail_match(sv s, Object* sub, ssize start, ssize end, bool at_end) {
  BufferHolder h;
  if (!h.get(sub)) return -1;
  sv p = h.bytes();
  ssize len = static_cast<ssize>(s.size()), plen = static_cast<ssize>(p.size());
  adjust_indices(start, end, len);
  if (!at_end) {
    if (start > len - plen) return 0;  // start + plen > len
  } else {
    if (end - start < plen || start > len) return 0;
    if (end - plen > start) start = end - plen;
  }
  if (end - start < plen) return 0;
  return std::memcmp(s.data() + start, p.data(), static_cast<size_t>(plen)) == 0;
}

template <typename K, bool AtEnd>
Object* m_startswith(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  const char* method = AtEnd ? "endswith" : "startswith";
  if (!no_keywords(kwnames, method) || !check_tuple_count(method, nargs, 1, 3)) return nullptr;
  ssize start = 0, end = INT64_MAX;
  if (nargs > 1 && !slice_bound(args[1], &start)) return nullptr;
  if (nargs > 2 && !slice_bound(args[2], &end)) return nullptr;
  Object* prefix = args[0];
  if (is_tuple(prefix)) {
    for (ssize i = 0; i < tuple_size(prefix); i++) {
      int r = tail_match(K::view(self), tuple_item(prefix, i), start, end, AtEnd);
      if (r != 0) return r < 0 ? nullptr : bool_result(true);
    }
    return bool_result(false);
  }
  if (!has_buffer(prefix))
    return raise(&exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", method,
                 type_of(prefix)->tp_name);
  int r = tail_match(K::view(self), prefix, start, end, AtEnd);
  return r < 0 ? nullptr : bool_result(r);
}

// ---- decode, hex, fromhex ----------------------------------------------------------------

template <typename K>
Object* m_decode(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"encoding", "errors"};
  Object* values[2];
  if (!parse_args(ArgSpec{"decode", kNames, 2, 0}, args, nargs, kwnames, values)) return nullptr;
  sv encoding = "utf-8", errors = "strict";
  if (values[0] && !codec_argument(values[0], "decode", "encoding", &encoding)) return nullptr;
  if (values[1] && !codec_argument(values[1], "decode", "errors", &errors)) return nullptr;
  sv s = K::view(self);
  return decode_bytes(s.data(), static_cast<ssize>(s.size()), encoding, errors);
}

}  // namespace

// The hex text of data with an optional separator every bytes_per_sep
// bytes (counted from the right when positive), as bytes.hex and
// memoryview.hex make it. sep may be null.
Object* hex_with_separator(sv data, Object* sep, Object* bytes_per_sep_obj) {
  char sep_char = 0;
  int per = 1;
  if (sep) {
    ssize seplen = object_length(sep);
    if (seplen < 0) return nullptr;
    if (seplen != 1) return raise(&exc::ValueError, "sep must be length 1.");
    uint32_t c;
    if (is_str(sep)) c = str_char_at(sep, 0);
    else if (is_bytes(sep)) c = static_cast<unsigned char>(bytes_data(sep)[0]);
    else return raise(&exc::TypeError, "sep must be str or bytes.");
    if (c > 127) return raise(&exc::ValueError, "sep must be ASCII.");
    sep_char = static_cast<char>(c);
  }
  if (bytes_per_sep_obj && !arg_int(bytes_per_sep_obj, &per)) return nullptr;
  static const char kHex[] = "0123456789abcdef";
  size_t n = data.size();
  size_t group = per < 0 ? static_cast<size_t>(-static_cast<int64_t>(per)) : static_cast<size_t>(per);
  bool separate = sep && per != 0 && n > 0;
  size_t nsep = separate ? (n - 1) / group : 0;
  // Written straight into the new (ASCII) string.
  Object* r = str_new(static_cast<ssize>(2 * n + nsep), 0x7f);
  if (!r) return nullptr;
  auto* out = static_cast<char*>(str_data(r));
  for (size_t i = 0; i < n; i++) {
    if (separate && i > 0) {
      // Groups counted from the right (positive) or the left (negative).
      bool boundary = per > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) *out++ = sep_char;
    }
    auto b = static_cast<unsigned char>(data[i]);
    *out++ = kHex[b >> 4];
    *out++ = kHex[b & 15];
  }
  return r;
}

namespace {

template <typename K>
Object* m_hex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"sep", "bytes_per_sep"};
  Object* values[2];
  if (!parse_args(ArgSpec{"hex", kNames, 2, 0}, args, nargs, kwnames, values)) return nullptr;
  return hex_with_separator(K::view(self), values[0], values[1]);
}

int hex_digit(uint32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
  return -1;
}

template <typename K>
Object* m_fromhex(Object* cls, Object* arg) {
  if (!is_str(arg)) return raise(&exc::TypeError, "fromhex() argument must be str, not %.50s", type_of(arg)->tp_name);
  std::string out;
  ssize n = str_length(arg);
  for (ssize i = 0; i < n;) {
    uint32_t c = str_char_at(arg, i);
    if (c < 128 && is_ascii_space(static_cast<unsigned char>(c))) {
      i++;
      continue;
    }
    int hi = hex_digit(c);
    if (hi < 0) return raise(&exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i);
    int lo = i + 1 < n ? hex_digit(str_char_at(arg, i + 1)) : -1;
    if (lo < 0)
      return raise(&exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i + 1);
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  Object* r = K::make(out);
  TypeObject* exact = std::strcmp(K::name, "bytes") == 0 ? &BytesType : &ByteArrayType;
  if (!r || reinterpret_cast<TypeObject*>(cls) == exact) return r;
  Object* sub = object_vectorcall(cls, &r, 1, nullptr);
  decref(r);
  return sub;
}

// ---- join, strip, partition, prefixes ----------------------------------------------------

template <typename K>
Object* m_join(Object* self, Object* iterable) {
  Object* seq;
  if (is_list(iterable) || is_tuple(iterable)) {
    seq = newref(iterable);
  } else {
    Object* it = object_get_iter(iterable);
    if (!it) {
      if (error_matches(&exc::TypeError)) {
        clear_error();
        return raise(&exc::TypeError, "can only join an iterable");
      }
      return nullptr;
    }
    seq = list_from_iterable(it);
    decref(it);
    if (!seq) return nullptr;
  }
  Object* tuple = is_tuple(seq) ? newref(seq) : list_as_tuple(seq);  // a snapshot: items may not change
  decref(seq);
  if (!tuple) return nullptr;
  ssize n = tuple_size(tuple);
  if (n == 1 && std::strcmp(K::name, "bytes") == 0 && is_bytes_exact(self) && is_bytes_exact(tuple_item(tuple, 0))) {
    Object* r = newref(tuple_item(tuple, 0));
    decref(tuple);
    return r;
  }
  std::string out;
  Object* result = nullptr;
  std::string sep(K::view(self));
  for (ssize i = 0; i < n; i++) {
    Object* item = tuple_item(tuple, i);
    BufferHolder h;
    if (!h.get(item)) {
      clear_error();
      raise(&exc::TypeError, "sequence item %zd: expected a bytes-like object, %.80s found", i, type_of(item)->tp_name);
      decref(tuple);
      return nullptr;
    }
    if (i) out += sep;
    out += h.bytes();
  }
  result = K::make(out);
  decref(tuple);
  return result;
}

enum class Strip { kBoth, kLeft, kRight };

template <typename K, Strip S>
Object* m_strip(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  const char* method = S == Strip::kBoth ? "strip" : S == Strip::kLeft ? "lstrip" : "rstrip";
  if (!no_kw<K>(kwnames, method) || !check_positional(method, nargs, 0, 1)) return nullptr;
  BufferHolder h;
  bool chars = nargs == 1 && !is_none(args[0]);
  if (chars && !h.get(args[0])) return nullptr;
  sv s = K::view(self);
  bool table[256] = {};
  if (chars) {
    for (char c : h.bytes()) table[static_cast<unsigned char>(c)] = true;
  } else {
    for (int c = 0; c < 256; c++) table[c] = is_ascii_space(static_cast<unsigned char>(c));
  }
  size_t i = 0, j = s.size();
  if (S != Strip::kRight)
    while (i < j && table[static_cast<unsigned char>(s[i])]) i++;
  if (S != Strip::kLeft)
    while (j > i && table[static_cast<unsigned char>(s[j - 1])]) j--;
  if (i == 0 && j == s.size()) return K::same(self);
  return K::make(s.substr(i, j - i));
}

template <typename K, bool Reverse>
Object* m_partition(Object* self, Object* arg) {
  BufferHolder h;
  if (!h.get(arg)) return nullptr;
  sv sep = h.bytes();
  if (sep.empty()) return raise(&exc::ValueError, "empty separator");
  sv s = K::view(self);
  size_t pos = Reverse ? s.rfind(sep) : s.find(sep);
  Object *a, *b, *c;
  if (pos == sv::npos) {
    Object* whole = K::same(self);
    Object* empty1 = K::make(sv());
    Object* empty2 = K::make(sv());
    if (Reverse) a = empty1, b = empty2, c = whole;
    else a = whole, b = empty1, c = empty2;
  } else {
    a = K::make(s.substr(0, pos));
    // bytes gives back the separator object itself, bytearray a copy.
    b = std::strcmp(K::name, "bytes") == 0 ? newref(arg) : K::make(s.substr(pos, sep.size()));
    c = K::make(s.substr(pos + sep.size()));
  }
  Object* t = nullptr;
  if (a && b && c) t = tuple_pack({a, b, c});
  xdecref(a);
  xdecref(b);
  xdecref(c);
  return t;
}

template <typename K, bool Suffix>
Object* m_remove_affix(Object* self, Object* arg) {
  BufferHolder h;
  if (!h.get(arg)) return nullptr;
  sv s = K::view(self), p = h.bytes();
  if (p.empty() || p.size() > s.size()) return K::same(self);
  if (Suffix ? s.substr(s.size() - p.size()) == p : s.substr(0, p.size()) == p)
    return K::make(Suffix ? s.substr(0, s.size() - p.size()) : s.substr(p.size()));
  return K::same(self);
}

// ---- replace, split, splitlines, expandtabs, translate, maketrans -------------------------

template <typename K>
Object* m_replace(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kw<K>(kwnames, "replace") || !check_positional("replace", nargs, 2, 3)) return nullptr;
  BufferHolder ho, hn;
  if (!ho.get(args[0]) || !hn.get(args[1])) return nullptr;
  ssize count = -1;
  if (nargs > 2 && !arg_ssize(args[2], &count)) return nullptr;
  if (count < 0) count = INT64_MAX;
  sv s = K::view(self), from = ho.bytes(), to = hn.bytes();
  if (count == 0 || (from.empty() && to.empty())) return K::same(self);
  std::string out;
  if (from.empty()) {
    // Interleave: `to` before each byte (and at the end), count times.
    ssize times = static_cast<ssize>(s.size()) + 1;
    if (count < times) times = count;
    for (ssize i = 0; i < times; i++) {
      out += to;
      if (static_cast<size_t>(i) < s.size()) out.push_back(s[static_cast<size_t>(i)]);
    }
    if (static_cast<size_t>(times) < s.size()) out += s.substr(static_cast<size_t>(times));
    return K::make(out);
  }
  if (s.empty()) return K::same(self);
  size_t pos = 0;
  bool changed = false;
  while (count > 0) {
    size_t found = s.find(from, pos);
    if (found == sv::npos) break;
    out += s.substr(pos, found - pos);
    out += to;
    pos = found + from.size();
    count--;
    changed = true;
  }
  if (!changed) return K::same(self);
  out += s.substr(pos);
  return K::make(out);
}

// Appends item s[i..j) to list `l`; the whole of self is self itself for bytes.
template <typename K>
bool append_piece(Object* l, Object* self, sv s, size_t i, size_t j) {
  Object* piece = (i == 0 && j == s.size()) ? K::same(self) : K::make(s.substr(i, j - i));
  if (!piece) return false;
  int r = list_append(l, piece);
  decref(piece);
  return r == 0;
}

template <typename K, bool Right>
Object* m_split(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"sep", "maxsplit"};
  Object* values[2];
  if (!parse_args(ArgSpec{Right ? "rsplit" : "split", kNames, 2, 0}, args, nargs, kwnames, values)) return nullptr;
  ssize maxsplit = -1;
  if (values[1] && !arg_ssize(values[1], &maxsplit)) return nullptr;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  BufferHolder h;
  bool whitespace = !values[0] || is_none(values[0]);
  if (!whitespace && !h.get(values[0])) return nullptr;
  sv s = K::view(self);
  Object* l = list_new(0);
  if (!l) return nullptr;
  auto fail = [&]() -> Object* {
    decref(l);
    return nullptr;
  };
  if (whitespace) {
    if (!Right) {
      size_t i = 0, n = s.size();
      while (maxsplit-- > 0) {
        while (i < n && is_ascii_space(static_cast<unsigned char>(s[i]))) i++;
        if (i == n) break;
        size_t j = i;
        while (j < n && !is_ascii_space(static_cast<unsigned char>(s[j]))) j++;
        if (!append_piece<K>(l, self, s, i, j)) return fail();
        i = j;
      }
      while (i < n && is_ascii_space(static_cast<unsigned char>(s[i]))) i++;
      if (i < n && !append_piece<K>(l, self, s, i, n)) return fail();
    } else {
      size_t j = s.size();
      while (maxsplit-- > 0) {
        while (j > 0 && is_ascii_space(static_cast<unsigned char>(s[j - 1]))) j--;
        if (j == 0) break;
        size_t i = j;
        while (i > 0 && !is_ascii_space(static_cast<unsigned char>(s[i - 1]))) i--;
        if (!append_piece<K>(l, self, s, i, j)) return fail();
        j = i;
      }
      while (j > 0 && is_ascii_space(static_cast<unsigned char>(s[j - 1]))) j--;
      if (j > 0 && !append_piece<K>(l, self, s, 0, j)) return fail();
      list_reverse(l);
    }
    return l;
  }
  sv sep = h.bytes();
  if (sep.empty()) {
    decref(l);
    return raise(&exc::ValueError, "empty separator");
  }
  if (!Right) {
    size_t i = 0;
    while (maxsplit-- > 0) {
      size_t pos = s.find(sep, i);
      if (pos == sv::npos) break;
      if (!append_piece<K>(l, self, s, i, pos)) return fail();
      i = pos + sep.size();
    }
    if (!append_piece<K>(l, self, s, i, s.size())) return fail();
  } else {
    size_t j = s.size();
    while (maxsplit-- > 0) {
      if (j < sep.size()) break;
      size_t pos = s.substr(0, j).rfind(sep);
      if (pos == sv::npos) break;
      if (!append_piece<K>(l, self, s, pos + sep.size(), j)) return fail();
      j = pos;
    }
    if (!append_piece<K>(l, self, s, 0, j)) return fail();
    list_reverse(l);
  }
  return l;
}

template <typename K>
Object* m_splitlines(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"keepends"};
  Object* values[1];
  if (!parse_args(ArgSpec{"splitlines", kNames, 1, 0}, args, nargs, kwnames, values)) return nullptr;
  int keepends = 0;
  if (values[0] && !arg_int(values[0], &keepends)) return nullptr;
  sv s = K::view(self);
  Object* l = list_new(0);
  if (!l) return nullptr;
  size_t i = 0, n = s.size();
  while (i < n) {
    size_t j = i;
    while (j < n && s[j] != '\n' && s[j] != '\r') j++;
    size_t eol = j;
    if (j < n) {
      j += (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? 2 : 1;
      if (keepends) eol = j;
    }
    if (!append_piece<K>(l, self, s, i, eol)) {
      decref(l);
      return nullptr;
    }
    i = j;
  }
  return l;
}

template <typename K>
Object* m_expandtabs(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"tabsize"};
  Object* values[1];
  if (!parse_args(ArgSpec{"expandtabs", kNames, 1, 0}, args, nargs, kwnames, values)) return nullptr;
  int tabsize = 8;
  if (values[0] && !arg_int(values[0], &tabsize)) return nullptr;
  sv s = K::view(self);
  std::string out;
  int64_t column = 0;
  for (char c : s) {
    if (c == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - column % tabsize;
        column += incr;
        if (out.size() + static_cast<size_t>(incr) > static_cast<size_t>(INT64_MAX / 2))
          return raise(&exc::OverflowError, "result too long");
        out.append(static_cast<size_t>(incr), ' ');
      }
    } else {
      out.push_back(c);
      column = (c == '\n' || c == '\r') ? 0 : column + 1;
    }
  }
  return K::make(out);
}

template <typename K>
Object* m_translate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"table", "delete"};
  if (nargs < 1)
    return raise(&exc::TypeError, "translate() takes at least 1 positional argument (%zd given)", nargs);
  Object* values[2];
  if (!parse_args(ArgSpec{"translate", kNames, 2, 1, 1}, args, nargs, kwnames, values)) return nullptr;
  BufferHolder ht, hd;
  bool has_table = !is_none(values[0]);
  if (has_table) {
    if (!ht.get(values[0])) return nullptr;
    if (ht.size() != 256) return raise(&exc::ValueError, "translation table must be 256 characters long");
  }
  if (values[1] && !hd.get(values[1])) return nullptr;
  sv s = K::view(self);
  bool drop[256] = {};
  bool any_drop = false;
  if (values[1])
    for (char c : hd.bytes()) drop[static_cast<unsigned char>(c)] = any_drop = true;
  if (!has_table && !any_drop) return K::same(self);
  std::string out;
  out.reserve(s.size());
  bool changed = false;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (drop[u]) {
      changed = true;
      continue;
    }
    char t = has_table ? ht.data()[u] : c;
    changed |= t != c;
    out.push_back(t);
  }
  if (!changed) return K::same(self);
  return K::make(out);
}

template <typename K>
Object* m_maketrans(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_kw<K>(kwnames, "maketrans") || !check_positional("maketrans", nargs, 2, 2)) return nullptr;
  BufferHolder hf, ht;
  if (!hf.get(args[0]) || !ht.get(args[1])) return nullptr;
  if (hf.size() != ht.size()) return raise(&exc::ValueError, "maketrans arguments must have same length");
  Object* r = bytes_new_uninitialized(256);
  if (!r) return nullptr;
  char* d = bytes_data(r);
  for (int i = 0; i < 256; i++) d[i] = static_cast<char>(i);
  for (ssize i = 0; i < hf.size(); i++) d[static_cast<unsigned char>(hf.data()[i])] = ht.data()[i];
  return r;
}

// ---- the tables --------------------------------------------------------------------------

#define NOARGS(f) cfunc(f), kMethNoArgs
#define FASTKW(f) cfunc(f), kMethFastcall | kMethKeywords

template <typename K>
int fill_common(MethodDef* t) {
  int n = 0;
  auto add = [&](const char* name, CFunction f, int flags, const char* doc) { t[n++] = {name, f, flags, doc}; };
  add("capitalize", NOARGS((m_case<K, CaseMap::kCapitalize>)), nullptr);
  add("center", FASTKW((m_justify<K, Justify::kCenter>)), nullptr);
  add("count", FASTKW((m_find<K, Find::kCount>)), nullptr);
  add("decode", FASTKW(m_decode<K>), nullptr);
  add("endswith", FASTKW((m_startswith<K, true>)), nullptr);
  add("expandtabs", FASTKW(m_expandtabs<K>), nullptr);
  add("find", FASTKW((m_find<K, Find::kFind>)), nullptr);
  add("fromhex", cfunc(m_fromhex<K>), kMethO | kMethClass, nullptr);
  add("hex", FASTKW(m_hex<K>), nullptr);
  add("index", FASTKW((m_find<K, Find::kIndex>)), nullptr);
  add("isalnum", NOARGS((m_predicate<K, all_of<is_alnum>>)), nullptr);
  add("isalpha", NOARGS((m_predicate<K, all_of<is_alpha>>)), nullptr);
  add("isascii", NOARGS((m_predicate<K, ascii_all>)), nullptr);
  add("isdigit", NOARGS((m_predicate<K, all_of<is_digit>>)), nullptr);
  add("islower", NOARGS((m_predicate<K, lower_all>)), nullptr);
  add("isspace", NOARGS((m_predicate<K, all_of<space_ok>>)), nullptr);
  add("istitle", NOARGS((m_predicate<K, title_all>)), nullptr);
  add("isupper", NOARGS((m_predicate<K, upper_all>)), nullptr);
  add("join", cfunc(m_join<K>), kMethO, nullptr);
  add("ljust", FASTKW((m_justify<K, Justify::kLeft>)), nullptr);
  add("lower", NOARGS((m_case<K, CaseMap::kLower>)), nullptr);
  add("lstrip", FASTKW((m_strip<K, Strip::kLeft>)), nullptr);
  add("maketrans", cfunc(m_maketrans<K>), kMethFastcall | kMethKeywords | kMethStatic, nullptr);
  add("partition", cfunc(m_partition<K, false>), kMethO, nullptr);
  add("removeprefix", cfunc(m_remove_affix<K, false>), kMethO, nullptr);
  add("removesuffix", cfunc(m_remove_affix<K, true>), kMethO, nullptr);
  add("replace", FASTKW(m_replace<K>), nullptr);
  add("rfind", FASTKW((m_find<K, Find::kRfind>)), nullptr);
  add("rindex", FASTKW((m_find<K, Find::kRindex>)), nullptr);
  add("rjust", FASTKW((m_justify<K, Justify::kRight>)), nullptr);
  add("rpartition", cfunc(m_partition<K, true>), kMethO, nullptr);
  add("rsplit", FASTKW((m_split<K, true>)), nullptr);
  add("rstrip", FASTKW((m_strip<K, Strip::kRight>)), nullptr);
  add("split", FASTKW((m_split<K, false>)), nullptr);
  add("splitlines", FASTKW(m_splitlines<K>), nullptr);
  add("startswith", FASTKW((m_startswith<K, false>)), nullptr);
  add("strip", FASTKW((m_strip<K, Strip::kBoth>)), nullptr);
  add("swapcase", NOARGS((m_case<K, CaseMap::kSwap>)), nullptr);
  add("title", NOARGS((m_case<K, CaseMap::kTitle>)), nullptr);
  add("translate", FASTKW(m_translate<K>), nullptr);
  add("upper", NOARGS((m_case<K, CaseMap::kUpper>)), nullptr);
  add("zfill", cfunc(m_zfill<K>), kMethO, nullptr);
  return n;
}

}  // namespace

int fill_bytes_methods(MethodDef* table) { return fill_common<BytesKind>(table); }
int fill_bytearray_common_methods(MethodDef* table) { return fill_common<ByteArrayKind>(table); }

}  // namespace dx::bytesimpl
