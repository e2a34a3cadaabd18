// Pieces shared by the unicode_*.cpp files: the staged table lookup and
// readers that walk UTF-8 or fixed-width code point sequences alike.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "support/unicode.h"

namespace dx::unicode::detail {

// A value of a table made by the generator's staged(): the high bits of c
// pick a stage-2 block, the middle bits an entry in it naming a stage-3
// block, the low bits the value in that block. Code points from `limit` up
// have the value `fallback`.
template <int Shift1, int Shift2, class S1, class S2, class S3>
inline uint32_t staged_lookup(const S1* stage1, const S2* stage2, const S3* stage3, uint32_t limit,
                              uint32_t fallback, char32_t c) {
  if (c >= limit) return fallback;
  constexpr uint32_t mid_mask = (1u << (Shift1 - Shift2)) - 1, low_mask = (1u << Shift2) - 1;
  uint32_t block2 = uint32_t(stage1[c >> Shift1]) << (Shift1 - Shift2);
  uint32_t block3 = uint32_t(stage2[block2 | ((c >> Shift2) & mid_mask)]) << Shift2;
  return stage3[block3 | (c & low_mask)];
}

// Text readers: size(), next(i) decodes the code point at position i and
// advances i, prev(i) decodes the one that ends at i and moves i back.
struct Utf8Text {
  std::string_view s;
  size_t size() const { return s.size(); }
  char32_t next(size_t& i) const { return decode_utf8(s, i); }
  char32_t prev(size_t& i) const {
    do i--;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
    size_t j = i;
    return decode_utf8(s, j);
  }
};

template <class Unit>
struct UnitText {
  const Unit* p;
  size_t n;
  size_t size() const { return n; }
  char32_t next(size_t& i) const { return p[i++]; }
  char32_t prev(size_t& i) const { return p[--i]; }
};

// Calls f with the UnitText that reads s.
template <class F>
inline auto with_text(CodePoints s, F&& f) {
  switch (s.kind) {
    case 1: return f(UnitText<uint8_t>{static_cast<const uint8_t*>(s.data), s.length});
    case 2: return f(UnitText<uint16_t>{static_cast<const uint16_t*>(s.data), s.length});
    default: return f(UnitText<char32_t>{static_cast<const char32_t*>(s.data), s.length});
  }
}

// Output sinks.
struct Utf8Out {
  std::string* s;
  void put(char32_t c) const {
    if (c < 0x80) s->push_back(char(c));
    else append_utf8(*s, c);
  }
};

struct U32Out {
  std::u32string* s;
  void put(char32_t c) const { s->push_back(c); }
};

}  // namespace dx::unicode::detail
