// The str helpers of str_internal.h: converting between kinds, searching
// (memchr/memmem for one-byte strings, a Horspool search with a 64-bit
// filter of the needle's characters for wider ones, as CPython's fastsearch
// does) and the Writer.
#include "objects/str_internal.h"
#include "objects/str_search.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "support/unicode.h"

namespace dx::strimpl {

const bool kLatin1Space[256] = {
    // \t \n \v \f \r, \x1c-\x1f, space, \x85, \xa0
    false, false, false, false, false, false, false, false, false, true,  true,  true,  true,  true,  false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, true,  true,  true,  true,
    true,  false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, true,  false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    true,  false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
};

const bool kLatin1Linebreak[256] = {
    // \n \v \f \r, \x1c-\x1e, \x85
    false, false, false, false, false, false, false, false, false, false, true,  true,  true,  true,  false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, true,  true,  true,  false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, true,  false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
    false, false, false, false, false, false, false, false, false, false, false, false, false, false, false, false,
};

uint32_t max_char_of(int kind, const void* data, ssize n) {
  return with_kind(kind, [&](auto* tag) { return max_char_of(static_cast<const DX_KIND_TYPE(tag)*>(data), n); });
}

namespace {

template <typename D, typename S>
void convert(D* d, const S* s, ssize n) {
  for (ssize i = 0; i < n; i++) d[i] = static_cast<D>(s[i]);
}

}  // namespace

void copy_chars(void* dst, int dkind, const void* src, int skind, ssize n) {
  if (n <= 0) return;
  if (dkind == skind) {
    std::memcpy(dst, src, static_cast<size_t>(n) * dkind);
    return;
  }
  with_kind(dkind, [&](auto* dt) {
    with_kind(skind, [&](auto* st) {
      convert(static_cast<DX_KIND_TYPE(dt)*>(dst), static_cast<const DX_KIND_TYPE(st)*>(src), n);
    });
  });
}

// ---- searching ---------------------------------------------------------------------

namespace {

template <typename C>
ssize count_unit(const C* s, ssize n, C c, ssize maxcount) {
  ssize k = 0;
  if (maxcount >= n) {
    for (ssize i = 0; i < n; i++) k += s[i] == c;
    return k;
  }
  for (ssize i = 0; i < n && k < maxcount; i++) k += s[i] == c;
  return k;
}

}  // namespace

SameKindNeedle::SameKindNeedle(View needle, int kind) : ok(true), view(needle) {
  if (needle.kind == kind || needle.len == 0) return;
  if (needle.kind > kind) {
    // A canonical needle of a wider kind has a character the haystack cannot have.
    ok = false;
    return;
  }
  size_t bytes = static_cast<size_t>(needle.len) * kind;
  void* buf = bytes <= sizeof small_ ? static_cast<void*>(small_) : (owned_ = mem_alloc(bytes));
  if (!buf) {
    ok = false;  // treated as "not found"; the search would need memory it cannot get
    return;
  }
  copy_chars(buf, kind, needle.data, needle.kind, needle.len);
  view = View{buf, needle.len, kind};
}

SameKindNeedle::~SameKindNeedle() { mem_free(owned_); }

ssize find_char(View hay, uint32_t c, ssize start, ssize end) {
  if (start >= end) return -1;
  return with_kind(hay.kind, [&](auto* tag) -> ssize {
    using C = DX_KIND_TYPE(tag);
    if (c > static_cast<C>(~C(0))) return -1;
    ssize r = find_unit(hay.as<C>() + start, end - start, static_cast<C>(c));
    return r < 0 ? -1 : r + start;
  });
}

ssize rfind_char(View hay, uint32_t c, ssize start, ssize end) {
  if (start >= end) return -1;
  return with_kind(hay.kind, [&](auto* tag) -> ssize {
    using C = DX_KIND_TYPE(tag);
    if (c > static_cast<C>(~C(0))) return -1;
    ssize r = rfind_unit(hay.as<C>() + start, end - start, static_cast<C>(c));
    return r < 0 ? -1 : r + start;
  });
}

ssize find(View hay, View needle, ssize start, ssize end) {
  ssize m = needle.len;
  if (end - start < m) return -1;
  if (m == 0) return start;
  if (m == 1) return find_char(hay, needle[0], start, end);
  ssize found = -1;
  for_each_match(hay, needle, start, end, 1, [&](ssize pos) {
    found = pos;
    return false;
  });
  return found;
}

ssize rfind(View hay, View needle, ssize start, ssize end) {
  ssize m = needle.len;
  if (end - start < m) return -1;
  if (m == 0) return end;
  if (m == 1) return rfind_char(hay, needle[0], start, end);
  ssize found = -1;
  for_each_match_reverse(hay, needle, start, end, 1, [&](ssize pos) {
    found = pos;
    return false;
  });
  return found;
}

ssize count(View hay, View needle, ssize start, ssize end, ssize maxcount) {
  ssize m = needle.len;
  if (end - start < m || maxcount <= 0) return 0;
  if (m == 0) return std::min(end - start + 1, maxcount);
  if (m == 1) {
    uint32_t c = needle[0];
    return with_kind(hay.kind, [&](auto* tag) -> ssize {
      using C = DX_KIND_TYPE(tag);
      if (c > static_cast<C>(~C(0))) return 0;
      return count_unit(hay.as<C>() + start, end - start, static_cast<C>(c), maxcount);
    });
  }
  return for_each_match(hay, needle, start, end, maxcount, [](ssize) { return true; });
}

bool match_at(View hay, ssize at, View needle) {
  if (needle.len == 0) return true;
  if (hay.kind == needle.kind)
    return std::memcmp(static_cast<const char*>(hay.data) + at * hay.kind, needle.data,
                       static_cast<size_t>(needle.len) * hay.kind) == 0;
  if (needle.kind > hay.kind) return false;
  for (ssize i = 0; i < needle.len; i++)
    if (hay[at + i] != needle[i]) return false;
  return true;
}

// ---- Writer ----------------------------------------------------------------------------

Writer::~Writer() { mem_free(buf_); }

bool Writer::grow(ssize extra, uint32_t max_char) {
  int kind = std::max(kind_, kind_for(max_char));
  if (extra > PTRDIFF_MAX / 4 - len_) {
    raise_no_memory();
    return false;
  }
  ssize need = len_ + extra;
  if (kind == kind_ && need <= cap_) return true;
  ssize cap = need <= cap_ ? cap_ : std::max(need, cap_ + cap_ / 2 + 16);
  char* buf = static_cast<char*>(mem_alloc(static_cast<size_t>(cap) * kind));
  if (!buf) {
    raise_no_memory();
    return false;
  }
  copy_chars(buf, kind, buf_, kind_, len_);
  mem_free(buf_);
  buf_ = buf;
  cap_ = cap;
  kind_ = kind;
  return true;
}

bool Writer::reserve(ssize extra, uint32_t max_char) { return grow(extra, max_char); }

bool Writer::append_view(View v, uint32_t max_bound) {
  if (v.len == 0) return true;
  if (!grow(v.len, max_bound)) return false;
  copy_chars(buf_ + len_ * kind_, kind_, v.data, v.kind, v.len);
  len_ += v.len;
  if (max_bound > max_) max_ = max_bound;
  return true;
}

bool Writer::append(Object* s, ssize start, ssize end) {
  View v = view(s);
  if (end <= start) return true;
  View part{static_cast<const char*>(v.data) + start * v.kind, end - start, v.kind};
  uint32_t bound = str_is_ascii(s) ? 0x7f : max_char_of(v.kind, part.data, part.len);
  return append_view(part, bound);
}

bool Writer::append_char(uint32_t c) {
  if (len_ >= cap_ || kind_for(c) > kind_) {
    if (!grow(1, c)) return false;
  }
  put_char(buf_, kind_, len_++, c);
  if (c > max_) max_ = c;
  return true;
}

bool Writer::append_fill(uint32_t c, ssize count) {
  if (count <= 0) return true;
  if (!grow(count, c)) return false;
  if (kind_ == 1) {
    std::memset(buf_ + len_, static_cast<int>(c), static_cast<size_t>(count));
  } else {
    for (ssize i = 0; i < count; i++) put_char(buf_, kind_, len_ + i, c);
  }
  len_ += count;
  if (c > max_) max_ = c;
  return true;
}

bool Writer::append_ascii(std::string_view a) {
  if (a.empty()) return true;
  if (!grow(static_cast<ssize>(a.size()), 0x7f)) return false;
  copy_chars(buf_ + len_ * kind_, kind_, a.data(), 1, static_cast<ssize>(a.size()));
  len_ += static_cast<ssize>(a.size());
  return true;
}

bool Writer::append_utf8(std::string_view u) {
  size_t i = 0;
  while (i < u.size()) {
    unsigned char b = static_cast<unsigned char>(u[i]);
    if (b < 0x80) {
      size_t j = i;
      while (j < u.size() && static_cast<unsigned char>(u[j]) < 0x80) j++;
      if (!append_ascii(u.substr(i, j - i))) return false;
      i = j;
    } else if (!append_char(unicode::decode_utf8(u, i))) {
      return false;
    }
  }
  return true;
}

Object* Writer::finish() {
  Object* r;
  if (len_ <= 1) {
    r = len_ == 0 ? str_empty() : str_from_char(View{buf_, 1, kind_}[0]);
  } else {
    // A reserve() hint may have widened the buffer beyond what was written.
    r = str_new(len_, max_);
    if (r) copy_chars(str_data(r), str_kind(r), buf_, kind_, len_);
  }
  mem_free(buf_);
  buf_ = nullptr;
  len_ = cap_ = 0;
  kind_ = 1;
  max_ = 0;
  return r;
}

}  // namespace dx::strimpl
