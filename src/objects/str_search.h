// Substring search over the code units of one kind: Horspool's algorithm
// on the needle's last unit with a 64-bit filter of the needle's units
// (the scheme of CPython's fastsearch), set up once per call so that
// count, replace and split do not rebuild it at every occurrence; single
// units go to memchr/wmemchr.
#pragma once
#include <cstdint>
#include <cstring>
#include <cwchar>

#include "objects/str_internal.h"

namespace dx::strimpl {

template <typename C>
inline uint64_t bloom_bit(C c) {
  return uint64_t(1) << (c & 63);
}

template <typename C>
ssize find_unit(const C* s, ssize n, C c) {
  if (n < 16) {
    // Short strings (`c in 'aeiou'`): a loop beats a library call.
    for (ssize i = 0; i < n; i++)
      if (s[i] == c) return i;
    return -1;
  }
  if constexpr (sizeof(C) == 1) {
    const void* r = std::memchr(s, c, static_cast<size_t>(n));
    return r ? static_cast<const C*>(r) - s : -1;
  } else if constexpr (sizeof(C) == 4 && sizeof(wchar_t) == 4) {
    const wchar_t* r =
        std::wmemchr(reinterpret_cast<const wchar_t*>(s), static_cast<wchar_t>(c), static_cast<size_t>(n));
    return r ? reinterpret_cast<const C*>(r) - s : -1;
  } else {
    for (ssize i = 0; i < n; i++)
      if (s[i] == c) return i;
    return -1;
  }
}

template <typename C>
ssize rfind_unit(const C* s, ssize n, C c) {
  if constexpr (sizeof(C) == 1) {
    const void* r = memrchr(s, c, static_cast<size_t>(n));
    return r ? static_cast<const C*>(r) - s : -1;
  } else {
    for (ssize i = n - 1; i >= 0; i--)
      if (s[i] == c) return i;
    return -1;
  }
}

// Finds p[0:m] (m >= 1) forwards.
template <typename C>
class Searcher {
 public:
  Searcher(const C* p, ssize m) : p_(p), m_(m), last_(p[m - 1]), skip_(m - 1) {
    for (ssize i = 0; i < m - 1; i++) {
      mask_ |= bloom_bit(p[i]);
      if (p[i] == last_) skip_ = m - 2 - i;
    }
    mask_ |= bloom_bit(last_);
  }
  // The first occurrence in s[0:n], or -1.
  ssize find(const C* s, ssize n) const {
    ssize m = m_;
    if (n < m) return -1;
    if (m == 1) return find_unit(s, n, last_);
    ssize w = n - m;
    for (ssize i = 0; i <= w;) {
      if (s[i + m - 1] == last_) {
        ssize j = 0;
        while (j < m - 1 && s[i + j] == p_[j]) j++;
        if (j == m - 1) return i;
        if (i < w && !(mask_ & bloom_bit(s[i + m]))) i += m + 1;
        else i += skip_ + 1;
      } else if (i < w && !(mask_ & bloom_bit(s[i + m]))) {
        i += m + 1;
      } else {
        i++;
      }
    }
    return -1;
  }

 private:
  const C* p_;
  ssize m_;
  C last_;
  ssize skip_;
  uint64_t mask_ = 0;
};

// Finds p[0:m] (m >= 1) backwards.
template <typename C>
class ReverseSearcher {
 public:
  ReverseSearcher(const C* p, ssize m) : p_(p), m_(m), first_(p[0]), skip_(m - 1) {
    mask_ = bloom_bit(first_);
    for (ssize i = m - 1; i > 0; i--) {
      mask_ |= bloom_bit(p[i]);
      if (p[i] == first_) skip_ = i - 1;
    }
  }
  // The last occurrence in s[0:n], or -1.
  ssize find(const C* s, ssize n) const {
    ssize m = m_;
    if (n < m) return -1;
    if (m == 1) return rfind_unit(s, n, first_);
    for (ssize i = n - m; i >= 0;) {
      if (s[i] == first_) {
        ssize j = m - 1;
        while (j > 0 && s[i + j] == p_[j]) j--;
        if (j == 0) return i;
        if (i > 0 && !(mask_ & bloom_bit(s[i - 1]))) i -= m + 1;
        else i -= skip_ + 1;
      } else if (i > 0 && !(mask_ & bloom_bit(s[i - 1]))) {
        i -= m + 1;
      } else {
        i--;
      }
    }
    return -1;
  }

 private:
  const C* p_;
  ssize m_;
  C first_;
  ssize skip_;
  uint64_t mask_;
};

// Calls f(pos) for the non-overlapping occurrences of needle (not empty) in
// hay[start:end] from the left, at most maxcount of them, until f returns
// false. Returns how many were passed to f.
template <typename F>
ssize for_each_match(View hay, View needle, ssize start, ssize end, ssize maxcount, F&& f) {
  if (needle.len == 0 || end - start < needle.len || maxcount <= 0) return 0;
  SameKindNeedle nd(needle, hay.kind);
  if (!nd.ok) return 0;
  return with_kind(hay.kind, [&](auto* tag) -> ssize {
    using C = DX_KIND_TYPE(tag);
    const C* s = hay.as<C>();
    Searcher<C> searcher(nd.view.as<C>(), needle.len);
    ssize k = 0;
    for (ssize i = start; k < maxcount;) {
      ssize r = searcher.find(s + i, end - i);
      if (r < 0) break;
      k++;
      if (!f(i + r)) break;
      i += r + needle.len;
    }
    return k;
  });
}

// The same from the right (for rsplit).
template <typename F>
ssize for_each_match_reverse(View hay, View needle, ssize start, ssize end, ssize maxcount, F&& f) {
  if (needle.len == 0 || end - start < needle.len || maxcount <= 0) return 0;
  SameKindNeedle nd(needle, hay.kind);
  if (!nd.ok) return 0;
  return with_kind(hay.kind, [&](auto* tag) -> ssize {
    using C = DX_KIND_TYPE(tag);
    const C* s = hay.as<C>();
    ReverseSearcher<C> searcher(nd.view.as<C>(), needle.len);
    ssize k = 0;
    for (ssize j = end; k < maxcount;) {
      ssize r = searcher.find(s + start, j - start);
      if (r < 0) break;
      k++;
      if (!f(start + r)) break;
      j = start + r;
    }
    return k;
  });
}

}  // namespace dx::strimpl
