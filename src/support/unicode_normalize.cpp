// Normalization (NFC, NFD, NFKC, NFKD), combining classes and decompositions.
//
// unicode_norm_tables.inc (from scripts/gen_unicode_tables.py) holds per code
// point the canonical combining class and the quick-check flags, the
// one-level decompositions of unicodedata.decomposition(), and the canonical
// compositions. Full decompositions apply the one-level ones recursively;
// Hangul syllables are composed and decomposed arithmetically.
#include <cstdint>
#include <cstdio>

#include "support/unicode.h"
#include "support/unicode_internal.h"

namespace dx::unicode {
namespace {

#include "support/unicode_norm_tables.inc"

using detail::staged_lookup;

inline uint32_t norm_props(char32_t c) {
  return staged_lookup<kNormShift1, kNormShift2>(kNormStage1, kNormStage2, kNormStage3, kNormLimit, kNormDefault, c);
}

inline uint8_t combining_class(char32_t c) { return uint8_t(norm_props(c)); }

// 1 + the offset of c's decomposition in kDecompData; 0 when it has none.
inline uint32_t decomp_entry(char32_t c) {
  return staged_lookup<kDecompShift1, kDecompShift2>(kDecompStage1, kDecompStage2, kDecompStage3, kDecompLimit,
                                                     kDecompDefault, c);
}

// Reads the code point at kDecompData[i], advancing i (UTF-16).
inline char32_t decomp_code_point(uint32_t& i) {
  char32_t u = kDecompData[i++];
  if (u - 0xD800 >= 0x400) return u;
  return 0x10000 + ((u - 0xD800) << 10) + (kDecompData[i++] - 0xDC00);
}

// Hangul syllables (Unicode 3.12).
constexpr char32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr uint32_t kLCount = 19, kVCount = 21, kTCount = 28, kNCount = kVCount * kTCount,
                   kSCount = kLCount * kNCount;

bool is_compat(NormalForm form) { return form == NormalForm::kNfkc || form == NormalForm::kNfkd; }
bool is_composed(NormalForm form) { return form == NormalForm::kNfc || form == NormalForm::kNfkc; }

uint32_t quick_check_flag(NormalForm form) {
  switch (form) {
    case NormalForm::kNfc: return kNfcYes;
    case NormalForm::kNfd: return kNfdYes;
    case NormalForm::kNfkc: return kNfkcYes;
    default: return kNfkdYes;
  }
}

// Appends the full canonical (or, with `compat`, compatibility) decomposition of c.
void decompose(char32_t c, bool compat, std::u32string& out) {
  if (c - kSBase < kSCount) {
    uint32_t s = c - kSBase;
    out.push_back(kLBase + s / kNCount);
    out.push_back(kVBase + (s % kNCount) / kTCount);
    if (s % kTCount) out.push_back(kTBase + s % kTCount);
    return;
  }
  uint32_t e = decomp_entry(c);
  if (e == 0 || (!compat && kDecompData[e - 1] >> 8)) {
    out.push_back(c);
    return;
  }
  uint32_t n = kDecompData[e - 1] & 0xFF;
  for (uint32_t k = 0; k < n; k++) decompose(decomp_code_point(e), compat, out);
}

// Stable sort of each run of non-starters by combining class.
void canonical_order(std::u32string& s, size_t from) {
  for (size_t i = from + 1; i < s.size(); i++) {
    uint8_t cc = combining_class(s[i]);
    if (cc == 0) continue;
    size_t j = i;
    char32_t c = s[i];
    while (j > from) {
      uint8_t prev = combining_class(s[j - 1]);
      if (prev <= cc) break;  // a starter (0) stops the run
      s[j] = s[j - 1];
      j--;
    }
    s[j] = c;
  }
}

// The primary composite of (a, b), or 0.
char32_t compose_pair(char32_t a, char32_t b) {
  if (a - kLBase < kLCount && b - kVBase < kVCount)
    return kSBase + ((a - kLBase) * kVCount + (b - kVBase)) * kTCount;
  if (a - kSBase < kSCount && (a - kSBase) % kTCount == 0 && b - kTBase - 1 < kTCount - 1)
    return a + (b - kTBase);
  uint64_t key = (uint64_t(a) << 32) | b;
  int lo = 0, hi = kCompCount;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    uint64_t k = (uint64_t(kCompFirst[mid]) << 32) | kCompSecond[mid];
    if (k == key) return kCompResult[mid];
    if (k < key) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

// Canonical composition in place of s[from..].
void compose(std::u32string& s, size_t from) {
  size_t out = from;
  size_t starter = SIZE_MAX;  // index in the output of the last starter
  int last_cc = -1;           // class of the last character after the starter; -1: none
  for (size_t i = from; i < s.size(); i++) {
    char32_t c = s[i];
    int cc = combining_class(c);
    if (starter != SIZE_MAX && (last_cc == -1 || (last_cc != 0 && last_cc < cc))) {
      if (char32_t composite = compose_pair(s[starter], c)) {
        s[starter] = composite;
        continue;
      }
    }
    if (cc == 0) {
      starter = out;
      last_cc = -1;
    } else {
      last_cc = cc;
    }
    s[out++] = c;
  }
  s.resize(out);
}

// True when the text is certainly in the form: every character may appear in
// it and the combining marks are in canonical order. False means "maybe not".
template <class Text>
bool quick_check(NormalForm form, const Text& t) {
  uint32_t yes = quick_check_flag(form);
  uint8_t last = 0;
  for (size_t i = 0; i < t.size();) {
    char32_t c = t.next(i);
    if (c < 0x80) {
      last = 0;
      continue;
    }
    uint32_t v = norm_props(c);
    uint8_t cc = uint8_t(v);
    if ((cc != 0 && last > cc) || !(v & yes)) return false;
    last = cc;
  }
  return true;
}

// Appends the normalization of t to out.
template <class Text>
void normalize_into(NormalForm form, const Text& t, std::u32string& out) {
  size_t from = out.size();
  bool compat = is_compat(form);
  for (size_t i = 0; i < t.size();) {
    char32_t c = t.next(i);
    if (c < 0x80) out.push_back(c);
    else decompose(c, compat, out);
  }
  canonical_order(out, from);
  if (is_composed(form)) compose(out, from);
}

}  // namespace

int combining(char32_t c) { return combining_class(c); }

std::string decomposition(char32_t c) {
  std::string out;
  uint32_t e = decomp_entry(c);
  if (e == 0) return out;
  uint32_t head = kDecompData[e - 1];
  out = kDecompTags[head >> 8];
  for (uint32_t k = 0; k < (head & 0xFF); k++) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%s%04X", out.empty() ? "" : " ", unsigned(decomp_code_point(e)));
    out += buf;
  }
  return out;
}

std::string normalize(NormalForm form, std::string_view utf8) {
  detail::Utf8Text t{utf8};
  if (quick_check(form, t)) return std::string(utf8);
  std::u32string buf;
  buf.reserve(utf8.size() + 8);
  normalize_into(form, t, buf);
  std::string out;
  out.reserve(utf8.size() + 8);
  for (char32_t c : buf) append_utf8(out, c);
  return out;
}

void normalize(NormalForm form, CodePoints s, std::u32string* out) {
  detail::with_text(s, [&](const auto& t) {
    if (quick_check(form, t)) {
      for (size_t i = 0; i < t.size();) out->push_back(t.next(i));
    } else {
      normalize_into(form, t, *out);
    }
  });
}

bool is_normalized(NormalForm form, std::string_view utf8) {
  detail::Utf8Text t{utf8};
  if (quick_check(form, t)) return true;
  return normalize(form, utf8) == utf8;
}

bool is_normalized(NormalForm form, CodePoints s) {
  return detail::with_text(s, [&](const auto& t) {
    if (quick_check(form, t)) return true;
    std::u32string buf;
    normalize_into(form, t, buf);
    if (buf.size() != t.size()) return false;
    for (size_t i = 0; i < buf.size();) {
      size_t k = i;
      if (buf[k] != t.next(i)) return false;
    }
    return true;
  });
}

std::string nfkc_normalize(std::string_view utf8) { return normalize(NormalForm::kNfkc, utf8); }

}  // namespace dx::unicode
