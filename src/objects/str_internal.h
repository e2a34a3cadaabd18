// What the str files share: code written once per character width (the
// PEP 393 kinds) and instantiated three times, so that the methods work on a
// string's stored code units directly (no per-character dispatch on the
// kind), the search primitives, and a writer that builds a string whose
// widest character is not known in advance.
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

#include "objects/str.h"

namespace dx::strimpl {

using UCS1 = uint8_t;
using UCS2 = uint16_t;
using UCS4 = uint32_t;

// Calls f(tag) with a null pointer of the code unit type of `kind`:
//   with_kind(kind, [&](auto* tag) { using C = std::remove_pointer_t<decltype(tag)>; ... });
template <typename F>
inline decltype(auto) with_kind(int kind, F&& f) {
  switch (kind) {
    case 1: return f(static_cast<UCS1*>(nullptr));
    case 2: return f(static_cast<UCS2*>(nullptr));
    default: return f(static_cast<UCS4*>(nullptr));
  }
}
#define DX_KIND_TYPE(tag) std::remove_pointer_t<decltype(tag)>

inline int kind_for(uint32_t max_char) { return max_char < 0x100 ? 1 : max_char < 0x10000 ? 2 : 4; }

// A borrowed view of a string's code units.
struct View {
  const void* data;
  ssize len;
  int kind;
  template <typename C>
  const C* as() const { return static_cast<const C*>(data); }
  uint32_t operator[](ssize i) const {
    return kind == 1 ? static_cast<const UCS1*>(data)[i]
           : kind == 2 ? static_cast<const UCS2*>(data)[i]
                       : static_cast<const UCS4*>(data)[i];
  }
};
inline View view(Object* s) { return {str_data(s), str_length(s), str_kind(s)}; }

// The largest code point among n units (vectorized by the compiler).
template <typename C>
inline uint32_t max_char_of(const C* p, ssize n) {
  C m = 0;
  for (ssize i = 0; i < n; i++) m = p[i] > m ? p[i] : m;
  return m;
}
uint32_t max_char_of(int kind, const void* data, ssize n);

// Copies n code points from src (skind bytes each) to dst (dkind bytes each);
// narrowing is allowed when every copied code point fits.
void copy_chars(void* dst, int dkind, const void* src, int skind, ssize n);
inline void copy_chars_at(Object* dst, ssize at, Object* src, ssize from, ssize n) {
  int dk = str_kind(dst), sk = str_kind(src);
  copy_chars(static_cast<char*>(str_data(dst)) + at * dk, dk, static_cast<const char*>(str_data(src)) + from * sk,
             sk, n);
}
inline void put_char(void* data, int kind, ssize i, uint32_t c) {
  switch (kind) {
    case 1: static_cast<UCS1*>(data)[i] = static_cast<UCS1>(c); break;
    case 2: static_cast<UCS2*>(data)[i] = static_cast<UCS2>(c); break;
    default: static_cast<UCS4*>(data)[i] = c; break;
  }
}

// ---- searching ---------------------------------------------------------------------
// Positions are in code points; -1 when absent. `needle` of any kind (a
// needle wider than the haystack's kind cannot occur: strings are canonical).
ssize find_char(View hay, uint32_t c, ssize start, ssize end);
ssize rfind_char(View hay, uint32_t c, ssize start, ssize end);
ssize find(View hay, View needle, ssize start, ssize end);
ssize rfind(View hay, View needle, ssize start, ssize end);
// Non-overlapping occurrences, at most maxcount.
ssize count(View hay, View needle, ssize start, ssize end, ssize maxcount);
// Whether hay[at:at+len(needle)] equals needle (the range must fit).
bool match_at(View hay, ssize at, View needle);

// A needle converted to the haystack's kind when narrower: searches then
// compare units of one width. `ok` is false when the needle cannot occur.
class SameKindNeedle {
 public:
  SameKindNeedle(View needle, int kind);
  ~SameKindNeedle();
  SameKindNeedle(const SameKindNeedle&) = delete;
  SameKindNeedle& operator=(const SameKindNeedle&) = delete;
  bool ok;
  View view;

 private:
  void* owned_ = nullptr;
  uint64_t small_[8];
};

// ---- ASCII and Latin-1 tables -----------------------------------------------------
// Whitespace for code points below 256 (str.isspace, split, strip).
extern const bool kLatin1Space[256];
inline bool is_space_char(uint32_t c) {
  if (c < 256) return kLatin1Space[c];
  return c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f ||
         c == 0x205f || c == 0x3000;
}
// Line boundaries (str.splitlines).
extern const bool kLatin1Linebreak[256];
inline bool is_linebreak_char(uint32_t c) {
  if (c < 256) return kLatin1Linebreak[c];
  return c == 0x2028 || c == 0x2029;
}

// ---- building strings ---------------------------------------------------------------
// Appends code points to a buffer whose width grows with the widest one seen;
// finish() makes the canonical str. Methods return false with MemoryError set.
class Writer {
 public:
  Writer() = default;
  ~Writer();
  Writer(const Writer&) = delete;
  Writer& operator=(const Writer&) = delete;

  // Room for `extra` more code points up to `max_char` (a hint; optional).
  bool reserve(ssize extra, uint32_t max_char = 0x7f);
  bool append(Object* s) { return append_view(view(s), str_max_char_bound(s)); }
  bool append(Object* s, ssize start, ssize end);
  bool append_char(uint32_t c);
  bool append_fill(uint32_t c, ssize count);
  bool append_ascii(std::string_view a);
  bool append_utf8(std::string_view u);
  // max_bound: any upper bound of the view's code points.
  bool append_view(View v, uint32_t max_bound);
  ssize length() const { return len_; }
  uint32_t max_char() const { return max_; }
  Object* finish();

 private:
  bool grow(ssize extra, uint32_t max_char);
  char* buf_ = nullptr;
  ssize len_ = 0, cap_ = 0;
  int kind_ = 1;
  uint32_t max_ = 0;
};

}  // namespace dx::strimpl
