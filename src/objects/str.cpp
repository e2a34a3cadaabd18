// The str type's core: creation (compact strings, subclass instances, the
// shared empty and one-character strings), UTF-8 conversion, hashing,
// equality and order, the sequence slots (concatenation, repetition,
// indexing, slicing, `in`), repr, the iterators and the type object. The
// methods live in str_methods.cpp, str.format in str_format.cpp, `%` in
// str_percent.cpp, the searching and building helpers in str_util.cpp.
#include "objects/str.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <string>

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str_internal.h"
#include "objects/str_search.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "vm/arguments.h"

#if __has_include("objects/codecs.h")
#include "objects/codecs.h"
#define DX_HAVE_CODECS 1
#else
#define DX_HAVE_CODECS 0
#endif
#include "support/unicode.h"

namespace dx {

using namespace strimpl;

TypeObject StrType;
TypeObject StrIterType;       // str_ascii_iterator (CPython 3.11 has one for ASCII strings)
TypeObject StrUnicodeIterType;  // str_iterator

// str_methods.cpp, str_percent.cpp, str_format.cpp
extern MethodDef str_methods[];
Object* str_mod(Object* a, Object* b);

namespace {

// The empty string and the 256 Latin-1 one-character strings: immortal,
// made once per process and shared by every interpreter (CPython caches the
// same ones, so `s[0] is 'a'` holds there too).
Object* shared_empty = nullptr;
Object* shared_latin1[256];

size_t header_size(bool ascii) { return ascii ? sizeof(AsciiStrObject) : sizeof(CompactStrObject); }

// Lengths beyond this are refused with MemoryError before allocating (no
// machine has the memory; the bound keeps the size arithmetic exact).
constexpr ssize kMaxLength = PTRDIFF_MAX / 8;
inline bool too_long(ssize length) { return static_cast<size_t>(length) > static_cast<size_t>(kMaxLength); }

void init_header(AsciiStrObject* s, ssize length, int kind, bool ascii, bool compact) {
  s->length = length;
  s->hash = -1;
  s->state = StrState{};
  s->state.kind = kind;
  s->state.compact = compact;
  s->state.ascii = ascii;
  s->state.ready = 1;
  s->wstr = nullptr;
  if (!ascii || !compact) {
    auto* c = static_cast<CompactStrObject*>(static_cast<Object*>(s));
    c->utf8_length = 0;
    c->utf8 = nullptr;
    c->wstr_length = 0;
  }
}

}  // namespace

Object* str_new(ssize length, uint32_t max_char) {
  bool ascii = max_char < 0x80;
  int kind = kind_for(max_char);
  if (too_long(length)) return raise_no_memory();
  size_t bytes = header_size(ascii) + static_cast<size_t>(length + 1) * kind;
  auto* s = static_cast<AsciiStrObject*>(object_alloc(&StrType, bytes));
  if (!s) return nullptr;
  init_header(s, length, kind, ascii, true);
  put_char(str_data(s), kind, length, 0);  // the terminating NUL
  return s;
}

Object* str_empty() { return newref(shared_empty); }

Object* str_from_char(uint32_t c) {
  if (c < 256) return newref(shared_latin1[c]);
  Object* r = str_new(1, c);
  if (r) put_char(str_data(r), str_kind(r), 0, c);
  return r;
}

Object* str_from_data(int kind, const void* data, ssize n) {
  if (n <= 1) return n == 0 ? str_empty() : str_from_char(View{data, 1, kind}[0]);
  uint32_t max_char = max_char_of(kind, data, n);
  Object* r = str_new(n, max_char);
  if (!r) return nullptr;
  copy_chars(str_data(r), str_kind(r), data, kind, n);
  return r;
}

Object* str_substring(Object* s, ssize start, ssize end) {
  ssize n = end - start;
  if (n == str_length(s) && is_str_exact(s)) return newref(s);
  if (n <= 1) return n == 0 ? str_empty() : str_from_char(str_char_at(s, start));
  if (str_is_ascii(s)) {
    Object* r = str_new(n, 0x7f);
    if (r) std::memcpy(str_data(r), static_cast<const char*>(str_data(s)) + start, static_cast<size_t>(n));
    return r;
  }
  int kind = str_kind(s);
  return str_from_data(kind, static_cast<const char*>(str_data(s)) + start * kind, n);
}

Object* str_from_ascii(std::string_view ascii) {
  if (ascii.size() <= 1) return ascii.empty() ? str_empty() : str_from_char(static_cast<unsigned char>(ascii[0]));
  Object* s = str_new(static_cast<ssize>(ascii.size()), 0x7f);
  if (!s) return nullptr;
  std::memcpy(str_data(s), ascii.data(), ascii.size());
  return s;
}

namespace {

// The length of the ASCII prefix of p[0:n].
size_t ascii_prefix(const char* p, size_t n) {
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ULL) break;
  }
  while (i < n && static_cast<unsigned char>(p[i]) < 0x80) i++;
  return i;
}

template <typename C>
void store_utf8(C* out, std::string_view utf8) {
  for (size_t j = 0; j < utf8.size();) *out++ = static_cast<C>(unicode::decode_utf8(utf8, j));
}

}  // namespace

Object* str_from_utf8(std::string_view utf8) {
  size_t n = utf8.size();
  size_t i = ascii_prefix(utf8.data(), n);
  if (i == n) return str_from_ascii(utf8);
  // Count the code points (the bytes that do not continue a sequence) and
  // find the widest from the lead bytes.
  ssize length = static_cast<ssize>(i);
  uint32_t max_char = 0x7f;
  for (size_t j = i; j < n;) {
    unsigned char b = static_cast<unsigned char>(utf8[j]);
    if (b < 0x80) {
      j++;
    } else {
      char32_t c = unicode::decode_utf8(utf8, j);
      if (c > max_char) max_char = c;
    }
    length++;
  }
  if (length == 1) return str_from_char(max_char);
  Object* s = str_new(length, max_char);
  if (!s) return nullptr;
  with_kind(str_kind(s), [&](auto* tag) { store_utf8(static_cast<DX_KIND_TYPE(tag)*>(str_data(s)), utf8); });
  return s;
}

namespace {

template <typename C>
void append_utf8_units(std::string& out, const C* p, ssize n) {
  for (ssize i = 0; i < n; i++) {
    uint32_t c = p[i];
    if (c < 0x80) out.push_back(static_cast<char>(c));
    else unicode::append_utf8(out, c);
  }
}

// The index of the first lone surrogate, or -1.
template <typename C>
ssize find_surrogate(const C* p, ssize n) {
  if constexpr (sizeof(C) == 1) {
    return -1;
  } else {
    for (ssize i = 0; i < n; i++)
      if (p[i] >= 0xD800 && p[i] <= 0xDFFF) return i;
    return -1;
  }
}

}  // namespace

namespace {

// UnicodeEncodeError('utf-8', s, start, end, 'surrogates not allowed') over
// the run of surrogates from `start` (a real one once the codecs exist).
void raise_surrogates_not_allowed(Object* s, ssize start) {
  ssize end = start + 1;
  while (end < str_length(s) && str_char_at(s, end) >= 0xD800 && str_char_at(s, end) <= 0xDFFF) end++;
#if DX_HAVE_CODECS
  if (Object* e = unicode_encode_error_new("utf-8", s, start, end, "surrogates not allowed")) {
    raise_object(type_of(e), e);
    decref(e);
  }
#else
  if (end - start == 1)
    raise(&exc::UnicodeEncodeError,
          "'utf-8' codec can't encode character '\\u%04x' in position %zd: surrogates not allowed",
          str_char_at(s, start), start);
  else
    raise(&exc::UnicodeEncodeError,
          "'utf-8' codec can't encode characters in position %zd-%zd: surrogates not allowed", start, end - 1);
#endif
}

}  // namespace

std::string_view str_utf8(Object* s) {
  auto* a = static_cast<AsciiStrObject*>(s);
  if (a->state.ascii) return {static_cast<const char*>(str_data(s)), static_cast<size_t>(a->length)};
  auto* c = static_cast<CompactStrObject*>(s);
  if (!c->utf8) {
    View v = view(s);
    ssize bad = with_kind(v.kind, [&](auto* tag) { return find_surrogate(v.as<DX_KIND_TYPE(tag)>(), v.len); });
    if (bad >= 0) {
      raise_surrogates_not_allowed(s, bad);
      return {};
    }
    std::string out;
    out.reserve(static_cast<size_t>(a->length) * (v.kind == 1 ? 2 : 3));
    with_kind(v.kind, [&](auto* tag) { append_utf8_units(out, v.as<DX_KIND_TYPE(tag)>(), v.len); });
    char* buf = static_cast<char*>(mem_alloc(out.size() + 1));
    if (!buf) {
      raise_no_memory();
      return {};
    }
    std::memcpy(buf, out.data(), out.size() + 1);
    c->utf8 = buf;
    c->utf8_length = static_cast<ssize>(out.size());
  }
  return {c->utf8, static_cast<size_t>(c->utf8_length)};
}

void str_append_utf8_lossless(Object* s, std::string& out) {
  View v = view(s);
  if (str_is_ascii(s)) {
    out.append(static_cast<const char*>(v.data), static_cast<size_t>(v.len));
    return;
  }
  with_kind(v.kind, [&](auto* tag) { append_utf8_units(out, v.as<DX_KIND_TYPE(tag)>(), v.len); });
}

Object* str_from_u32(std::u32string_view text) {
  return str_from_data(4, text.data(), static_cast<ssize>(text.size()));
}

hash_t str_hash(Object* s) {
  auto* a = static_cast<AsciiStrObject*>(s);
  if (a->hash != -1) return a->hash;
  // Each string has one canonical kind, so hashing its stored bytes is
  // consistent. (CPython randomizes str hashes per process too.)
  // The empty string hashes to 0, as in CPython (whatever its hash function).
  auto h = a->length == 0
               ? 0
               : static_cast<hash_t>(XXH3_64bits(str_data(s), static_cast<size_t>(a->length) * a->state.kind));
  if (h == -1) h = -2;
  a->hash = h;
  return h;
}

bool str_equal(Object* a, Object* b) {
  if (a == b) return true;
  ssize n = str_length(a);
  if (n != str_length(b) || str_kind(a) != str_kind(b)) return false;
  auto* ha = static_cast<AsciiStrObject*>(a);
  auto* hb = static_cast<AsciiStrObject*>(b);
  if (ha->hash != -1 && hb->hash != -1 && ha->hash != hb->hash) return false;
  return std::memcmp(str_data(a), str_data(b), static_cast<size_t>(n) * str_kind(a)) == 0;
}

bool str_equal_ascii(Object* s, std::string_view ascii) {
  return str_is_ascii(s) && static_cast<size_t>(str_length(s)) == ascii.size() &&
         std::memcmp(str_data(s), ascii.data(), ascii.size()) == 0;
}

namespace {

template <typename A, typename B>
int compare_units(const A* a, const B* b, ssize n) {
  for (ssize i = 0; i < n; i++)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

}  // namespace

int str_compare(Object* a, Object* b) {
  if (a == b) return 0;
  ssize na = str_length(a), nb = str_length(b);
  ssize n = na < nb ? na : nb;
  int c;
  if (str_kind(a) == 1 && str_kind(b) == 1) {
    c = std::memcmp(str_data(a), str_data(b), static_cast<size_t>(n));
    c = c < 0 ? -1 : c > 0;
  } else {
    View va = view(a), vb = view(b);
    c = with_kind(va.kind, [&](auto* ta) {
      return with_kind(vb.kind, [&](auto* tb) {
        return compare_units(va.as<DX_KIND_TYPE(ta)>(), vb.as<DX_KIND_TYPE(tb)>(), n);
      });
    });
  }
  if (c) return c;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

namespace {

Object* str_richcompare(Object* a, Object* b, int op) {
  if (!is_str(b)) return newref(not_implemented());
  bool r;
  if (op == kEq || op == kNe) {
    r = str_equal(a, b) == (op == kEq);
  } else {
    int c = str_compare(a, b);
    switch (op) {
      case kLt: r = c < 0; break;
      case kLe: r = c <= 0; break;
      case kGt: r = c > 0; break;
      default: r = c >= 0; break;
    }
  }
  return newref(bool_object(r));
}

// ---- repr ----------------------------------------------------------------------------

constexpr char kHex[] = "0123456789abcdef";

// The number of characters repr() writes for c (quote: the quote in use).
inline ssize repr_width(uint32_t c, uint32_t quote) {
  if (c < 0x7f) {
    if (c == quote || c == '\\' || c == '\t' || c == '\n' || c == '\r') return 2;
    return c < 0x20 ? 4 : 1;
  }
  if (c <= 0xa0) return 4;  // 0x7f..0xa0 are not printable
  if (unicode::is_printable(c)) return 1;
  return c < 0x100 ? 4 : c < 0x10000 ? 6 : 10;
}

template <typename C>
Object* repr_units(const C* p, ssize n) {
  bool single = false, dbl = false;
  for (ssize i = 0; i < n; i++) {
    single |= p[i] == '\'';
    dbl |= p[i] == '"';
  }
  uint32_t quote = single && !dbl ? '"' : '\'';
  ssize out_len = 2;
  uint32_t max_char = 0x7f;
  for (ssize i = 0; i < n; i++) {
    uint32_t c = p[i];
    ssize w = repr_width(c, quote);
    out_len += w;
    if (w == 1 && c > max_char) max_char = c;
  }
  Object* r = str_new(out_len, max_char);
  if (!r) return nullptr;
  void* d = str_data(r);
  int kind = str_kind(r);
  ssize k = 0;
  auto put = [&](uint32_t c) { put_char(d, kind, k++, c); };
  auto put_hex = [&](char letter, uint32_t v, int digits) {
    put('\\');
    put(static_cast<uint8_t>(letter));
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) put(static_cast<uint8_t>(kHex[(v >> shift) & 0xf]));
  };
  put(quote);
  for (ssize i = 0; i < n; i++) {
    uint32_t c = p[i];
    if (c == quote || c == '\\') {
      put('\\');
      put(c);
    } else if (c == '\t') {
      put('\\'), put('t');
    } else if (c == '\n') {
      put('\\'), put('n');
    } else if (c == '\r') {
      put('\\'), put('r');
    } else if (c < 0x20 || c == 0x7f) {
      put_hex('x', c, 2);
    } else if (c < 0x7f) {
      put(c);
    } else if (repr_width(c, quote) == 1) {
      put(c);
    } else if (c < 0x100) {
      put_hex('x', c, 2);
    } else if (c < 0x10000) {
      put_hex('u', c, 4);
    } else {
      put_hex('U', c, 8);
    }
  }
  put(quote);
  return r;
}

Object* str_repr(Object* s) {
  View v = view(s);
  return with_kind(v.kind,
                   [&](auto* tag) { return repr_units(v.as<DX_KIND_TYPE(tag)>(), v.len); });
}

// str(s) of a str subclass instance: an exact copy (unicode_str).
Object* str_str(Object* s) {
  if (is_str_exact(s)) return newref(s);
  return str_substring(s, 0, str_length(s));
}

}  // namespace

// ---- concatenation, repetition, join ---------------------------------------------------

Object* str_concat(Object* a, Object* b) {
  ssize na = str_length(a), nb = str_length(b);
  if (nb == 0 && is_str_exact(a)) return newref(a);
  if (na == 0 && is_str_exact(b)) return newref(b);
  if (na > PTRDIFF_MAX - nb) return raise(&exc::OverflowError, "strings are too large to concat");
  uint32_t max_char = std::max(str_max_char_bound(a), str_max_char_bound(b));
  Object* r = str_new(na + nb, max_char);
  if (!r) return nullptr;
  copy_chars_at(r, 0, a, 0, na);
  copy_chars_at(r, na, b, 0, nb);
  return r;
}

Object* str_append_inplace(Object* s, Object* t) {
  ssize ns = str_length(s), nt = str_length(t);
  auto* a = static_cast<AsciiStrObject*>(s);
  // The same form (ASCII or not, same kind) after the append: realloc; a
  // wider t changes the header or the width, so a new string is made.
  bool same_form = str_kind(t) <= str_kind(s) && (str_is_ascii(t) || !str_is_ascii(s));
  if (!same_form || a->state.interned || !str_is_compact(s) || ns > kMaxLength - nt || nt == 0) {
    Object* r = str_concat(s, t);
    decref(s);
    return r;
  }
  int kind = str_kind(s);
  bool ascii = str_is_ascii(s);
  if (!ascii) {
    // The cached UTF-8 form no longer matches.
    auto* c = static_cast<CompactStrObject*>(s);
    mem_free(c->utf8);
    c->utf8 = nullptr;
    c->utf8_length = 0;
  }
  size_t bytes = header_size(ascii) + static_cast<size_t>(ns + nt + 1) * kind;
  auto* r = static_cast<AsciiStrObject*>(mem_realloc(s, bytes));
  if (!r) {
    decref(s);
    return raise_no_memory();
  }
  r->length = ns + nt;
  r->hash = -1;
  char* d = static_cast<char*>(str_data(r));
  copy_chars(d + ns * kind, kind, str_data(t), str_kind(t), nt);
  put_char(d, kind, ns + nt, 0);
  return r;
}

Object* str_join_array(Object* sep, Object* const* items, ssize n) {
  if (n == 1 && is_str_exact(items[0])) return newref(items[0]);
  ssize seplen = sep ? str_length(sep) : 0;
  uint32_t max_char = n > 1 && sep ? str_max_char_bound(sep) : 0;
  ssize total = 0;
  for (ssize i = 0; i < n; i++) {
    ssize len = str_length(items[i]);
    if (len > PTRDIFF_MAX - total) return raise(&exc::OverflowError, "join() result is too long for a Python string");
    total += len;
    if (i > 0) {
      if (seplen > PTRDIFF_MAX - total)
        return raise(&exc::OverflowError, "join() result is too long for a Python string");
      total += seplen;
    }
    max_char = std::max(max_char, str_max_char_bound(items[i]));
  }
  if (total == 0) return str_empty();
  Object* r = str_new(total, max_char);
  if (!r) return nullptr;
  int kind = str_kind(r);
  char* d = static_cast<char*>(str_data(r));
  if (kind == 1 && seplen <= 1) {
    // The common case of ''.join / ' '.join of one-byte strings.
    char sc = seplen ? static_cast<const char*>(str_data(sep))[0] : 0;
    for (ssize i = 0; i < n; i++) {
      if (i > 0 && seplen) *d++ = sc;
      ssize len = str_length(items[i]);
      std::memcpy(d, str_data(items[i]), static_cast<size_t>(len));
      d += len;
    }
    return r;
  }
  ssize k = 0;
  for (ssize i = 0; i < n; i++) {
    if (i > 0 && seplen) {
      copy_chars_at(r, k, sep, 0, seplen);
      k += seplen;
    }
    ssize len = str_length(items[i]);
    copy_chars_at(r, k, items[i], 0, len);
    k += len;
  }
  return r;
}

namespace {

Object* str_concat_slot(Object* a, Object* b) {
  if (!is_str(b))
    return raise(&exc::TypeError, "can only concatenate str (not \"%.200s\") to str", type_of(b)->tp_name);
  return str_concat(a, b);
}

Object* str_repeat(Object* a, ssize n) {
  ssize len = str_length(a);
  if (n <= 0 || len == 0) return str_empty();
  if (n == 1 && is_str_exact(a)) return newref(a);
  if (n > PTRDIFF_MAX / len) return raise(&exc::OverflowError, "repeated string is too long");
  ssize total = len * n;
  Object* r = str_new(total, str_max_char_bound(a));
  if (!r) return nullptr;
  int kind = str_kind(a);
  char* d = static_cast<char*>(str_data(r));
  size_t bytes = static_cast<size_t>(len) * kind;
  if (len == 1 && kind == 1) {
    std::memset(d, static_cast<const char*>(str_data(a))[0], static_cast<size_t>(n));
    return r;
  }
  // Doubling copies: log(n) memcpy calls.
  std::memcpy(d, str_data(a), bytes);
  size_t done = bytes, want = static_cast<size_t>(total) * kind;
  while (done < want) {
    size_t chunk = std::min(done, want - done);
    std::memcpy(d + done, d, chunk);
    done += chunk;
  }
  return r;
}

ssize str_len(Object* s) { return str_length(s); }

int str_contains(Object* s, Object* sub) {
  if (!is_str(sub)) {
    raise(&exc::TypeError, "'in <string>' requires string as left operand, not %.200s", type_of(sub)->tp_name);
    return -1;
  }
  View h = view(s), nd = view(sub);
  if (nd.len == 1) {
    if (h.kind == 1) {
      uint32_t c = nd[0];
      return c < 256 && find_unit(h.as<UCS1>(), h.len, static_cast<UCS1>(c)) >= 0;
    }
    return find_char(h, nd[0], 0, h.len) >= 0;
  }
  return find(h, nd, 0, h.len) >= 0;
}

Object* str_item(Object* s, ssize i) {
  if (i < 0 || i >= str_length(s)) return raise(&exc::IndexError, "string index out of range");
  return str_from_char(str_char_at(s, i));
}

template <typename C>
Object* slice_units(const C* p, ssize start, ssize step, ssize n, bool ascii) {
  uint32_t max_char = 0x7f;
  if (!ascii) {
    C m = 0;
    for (ssize i = 0, j = start; i < n; i++, j += step) m = p[j] > m ? p[j] : m;
    max_char = m;
  }
  Object* r = str_new(n, max_char);
  if (!r) return nullptr;
  with_kind(str_kind(r), [&](auto* tag) {
    auto* d = static_cast<DX_KIND_TYPE(tag)*>(str_data(r));
    for (ssize i = 0, j = start; i < n; i++, j += step) d[i] = static_cast<DX_KIND_TYPE(tag)>(p[j]);
  });
  return r;
}

Object* str_subscript(Object* s, Object* key) {
  if (is_int(key) || (!is_slice(key) && is_index(key))) {
    ssize i;
    if (!index_as_ssize(key, &exc::IndexError, &i)) return nullptr;
    if (i < 0) i += str_length(s);
    return str_item(s, i);
  }
  if (!is_slice(key))
    return raise(&exc::TypeError, "string indices must be integers, not '%.200s'", type_of(key)->tp_name);
  ssize start, stop, step;
  if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
  ssize n = slice_adjust_indices(str_length(s), &start, &stop, step);
  if (n <= 0) return str_empty();
  if (step == 1) return str_substring(s, start, start + n);
  if (n == 1) return str_from_char(str_char_at(s, start));
  View v = view(s);
  bool ascii = str_is_ascii(s);
  return with_kind(v.kind,
                   [&](auto* tag) { return slice_units(v.as<DX_KIND_TYPE(tag)>(), start, step, n, ascii); });
}

// ---- iterators -----------------------------------------------------------------------

struct StrIterObject : Object {
  ssize index;
  Object* str;  // null once exhausted
};

Object* str_iter(Object* s) {
  auto* it = alloc_object<StrIterObject>(str_is_ascii(s) ? &StrIterType : &StrUnicodeIterType);
  if (!it) return nullptr;
  it->index = 0;
  it->str = newref(s);
  return it;
}

Object* str_iter_next(Object* o) {
  auto* it = static_cast<StrIterObject*>(o);
  Object* s = it->str;
  if (!s) return nullptr;
  if (it->index < str_length(s)) {
    uint32_t c = str_char_at(s, it->index++);
    if (c < 256) return newref(shared_latin1[c]);
    return str_from_char(c);
  }
  it->str = nullptr;
  decref(s);
  return nullptr;
}

Object* str_iter_self(Object* o) { return newref(o); }

Object* str_iter_length_hint(Object* o, Object*) {
  auto* it = static_cast<StrIterObject*>(o);
  return int_from_int64(it->str ? str_length(it->str) - it->index : 0);
}

void str_iter_dealloc(Object* o) {
  xdecref(static_cast<StrIterObject*>(o)->str);
  object_free(o);
}

MethodDef str_iter_methods[] = {
    {"__length_hint__", reinterpret_cast<CFunction>(str_iter_length_hint), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- construction ----------------------------------------------------------------------

// An instance of str subclass `type` with the text of exact str s: the
// non-compact layout, the characters after the instance's fields.
Object* str_subtype_from(TypeObject* type, Object* s) {
  ssize n = str_length(s);
  int kind = str_kind(s);
  size_t base = static_cast<size_t>(type->tp_basicsize + 7) & ~size_t(7);
  auto* o = static_cast<StrObject*>(object_alloc_zeroed(type, base + static_cast<size_t>(n + 1) * kind));
  if (!o) return nullptr;
  if (is_heap_type(type)) incref(reinterpret_cast<Object*>(type));
  init_header(o, n, kind, str_is_ascii(s), false);
  o->data = reinterpret_cast<char*>(o) + base;
  std::memcpy(o->data, str_data(s), static_cast<size_t>(n) * kind);
  o->hash = static_cast<AsciiStrObject*>(s)->hash;
  return o;
}

// str(object='') / str(object=b'', encoding='utf-8', errors='strict').
Object* str_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  static const char* const names[] = {"object", "encoding", "errors"};
  Object* v[3];
  if (!parse_tuple_and_keywords(args, kwargs, "str", names, 3, 0, v)) return nullptr;
  Object* r;
  for (int i = 1; i < 3; i++) {
    if (!v[i]) continue;
    if (!is_str(v[i]))
      return raise(&exc::TypeError, "str() argument '%s' must be str, not %.50s", names[i],
                   is_none(v[i]) ? "None" : type_of(v[i])->tp_name);
    std::string_view text = str_utf8(v[i]);
    if (!text.data()) return nullptr;
    if (text.find('\0') != std::string_view::npos) return raise(&exc::ValueError, "embedded null character");
  }
  if (!v[0]) {
    r = str_empty();
  } else if (!v[1] && !v[2]) {
    r = object_str(v[0]);
  } else {
    r = str_decode_object(v[0], v[1], v[2]);
  }
  if (!r || type == &StrType) return r;
  Object* exact = r;
  if (!is_str_exact(exact)) {
    exact = str_substring(r, 0, str_length(r));
    decref(r);
    if (!exact) return nullptr;
  }
  Object* sub = str_subtype_from(type, exact);
  decref(exact);
  return sub;
}

void str_dealloc(Object* s) {
  auto* a = static_cast<AsciiStrObject*>(s);
  if (!a->state.ascii || !a->state.compact) mem_free(static_cast<CompactStrObject*>(s)->utf8);
  object_free(s);
}

SequenceMethods str_as_sequence;
MappingMethods str_as_mapping;
NumberMethods str_as_number;

void init_iter_type(TypeObject& t, const char* name) {
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = name;
  t.tp_basicsize = sizeof(StrIterObject);
  t.tp_dealloc = str_iter_dealloc;
  t.tp_iter = str_iter_self;
  t.tp_iternext = str_iter_next;
  t.tp_methods = str_iter_methods;
  t.tp_flags = kTpDefault;
}

Object* make_shared(const void* data, ssize n, int kind, uint32_t max_char) {
  Object* s = str_new(n, max_char);
  std::memcpy(str_data(s), data, static_cast<size_t>(n) * kind);
  s->ob_refcnt = kImmortalRefcnt;
  return s;
}

// Makes the shared strings once (whichever of init_str_type and the first
// interning comes first).
void make_shared_strings() {
  if (shared_empty) return;
  uint8_t zero = 0;
  shared_empty = make_shared(&zero, 0, 1, 0);
  for (uint32_t c = 0; c < 256; c++) {
    auto b = static_cast<uint8_t>(c);
    shared_latin1[c] = make_shared(&b, 1, 1, c);
  }
}

}  // namespace

void init_str_type() {
  make_shared_strings();
  TypeObject& t = StrType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "str";
  t.tp_basicsize = sizeof(StrObject);
  t.tp_itemsize = 0;
  t.tp_dealloc = str_dealloc;
  t.tp_hash = str_hash;
  t.tp_repr = str_repr;
  t.tp_str = str_str;
  str_as_sequence.sq_length = str_len;
  str_as_sequence.sq_item = str_item;
  str_as_sequence.sq_contains = str_contains;
  str_as_sequence.sq_concat = str_concat_slot;
  str_as_sequence.sq_repeat = str_repeat;
  str_as_mapping.mp_length = str_len;
  str_as_mapping.mp_subscript = str_subscript;
  str_as_number.nb_remainder = str_mod;
  t.tp_as_sequence = &str_as_sequence;
  t.tp_as_mapping = &str_as_mapping;
  t.tp_as_number = &str_as_number;
  t.tp_iter = str_iter;
  t.tp_richcompare = str_richcompare;
  t.tp_methods = str_methods;
  t.tp_new = str_tp_new;
  t.tp_flags = kTpDefault | kTpBaseType | kTpUnicodeSubclass | kTpImmutableType | kTpMatchSelf;
  init_iter_type(StrIterType, "str_ascii_iterator");
  init_iter_type(StrUnicodeIterType, "str_iterator");
  register_static_type(&StrIterType);
  register_static_type(&StrUnicodeIterType);
}

}  // namespace dx

// ---- interning ----------------------------------------------------------------

namespace dx {

namespace {
// The immortal strings made during start-up, shared by every interpreter;
// read-only once runtime_init has finished.
Object* static_interned = nullptr;

Object* intern_static_object(Object* key) {
  bool error = false;
  if (Object* found = dict_get_item_str(static_interned, key, &error)) {
    decref(key);
    return found;
  }
  key->ob_refcnt = kImmortalRefcnt;
  static_cast<AsciiStrObject*>(key)->state.interned = 2;
  dict_set_item(static_interned, key, key);
  return key;
}
}  // namespace

Object* str_intern_static(std::string_view ascii) {
  if (!static_interned) {
    // The shared one-character strings and the empty string are interned
    // first, so that the names made from the same text are those objects.
    static_interned = dict_new();
    static_interned->ob_refcnt = kImmortalRefcnt;
    make_shared_strings();
    intern_static_object(shared_empty);
    for (Object* c : shared_latin1) intern_static_object(c);
  }
  return intern_static_object(str_from_utf8(ascii));
}

Object* str_intern(Object* s) {
  if (str_is_interned(s) || !is_str_exact(s)) return newref(s);
  bool error = false;
  if (!static_interned) decref(str_intern_static(""));
  if (Object* found = dict_get_item_str(static_interned, s, &error)) return newref(found);
  ThreadState* ts = current_thread();
  if (!ts || !ts->interp) {
    // Start-up (no interpreter yet): the string is shared by all of them.
    return newref(str_intern_static(str_utf8(s)));
  }
  Interpreter* interp = ts->interp;
  if (!interp->interned && !(interp->interned = dict_new())) return nullptr;
  if (Object* found = dict_get_item_str(interp->interned, s, &error)) return newref(found);
  if (error || dict_set_item(interp->interned, s, s) < 0) return nullptr;
  static_cast<AsciiStrObject*>(s)->state.interned = 1;
  return newref(s);
}

Object* str_intern_utf8(std::string_view utf8) {
  Object* s = str_from_utf8(utf8);
  if (!s) return nullptr;
  Object* r = str_intern(s);
  decref(s);
  return r;
}

}  // namespace dx
