// Character names, as "\N{...}" accepts them in CPython 3.11: the names of
// UnicodeData (any ASCII case), the name aliases, and the algorithmic names
// CJK UNIFIED IDEOGRAPH-XXXX and HANGUL SYLLABLE ... (upper case only, as
// CPython). Named sequences are not characters and are found apart, for
// unicodedata.lookup().
//
// The table (unicode_name_tables.inc, from scripts/gen_unicode_tables.py) codes
// each name as a sequence of word codes from a lexicon. A lookup codes the
// query the same way and searches the sorted coded names; the reverse finds
// the position of a code point's name and decodes its words. See the
// generator for the layout.
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "support/unicode.h"
#include "support/unicode_internal.h"

namespace dx::unicode {
namespace {

#include "support/unicode_name_tables.inc"

constexpr size_t kMaxCodedName = 255;

constexpr auto kBase64 = [] {
  struct {
    uint8_t v[128];
  } t{};
  const char* alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (int i = 0; i < 64; i++) t.v[static_cast<unsigned char>(alphabet[i])] = uint8_t(i);
  return t;
}();

// Byte i of the decoded kNameData.
inline uint8_t name_byte(uint32_t i) {
  const char* g = kNameData + i / 3 * 4;
  uint32_t v = (uint32_t(kBase64.v[uint8_t(g[0])]) << 18) | (uint32_t(kBase64.v[uint8_t(g[1])]) << 12) |
               (uint32_t(kBase64.v[uint8_t(g[2])]) << 6) | kBase64.v[uint8_t(g[3])];
  return uint8_t(v >> (16 - 8 * (i % 3)));
}

// The lexicon index of `word` (upper case), or -1.
int find_word(const char* word, size_t len) {
  if (len == 0 || len > size_t(kMaxWordLength)) return -1;
  int lo = int(kWordsByLength[len]), hi = int(kWordsByLength[len + 1]);
  const char* group = kLexicon + kLexiconOffsetByLength[len];
  int first = lo;
  while (lo < hi) {
    int mid = (lo + hi) / 2;
    int cmp = std::memcmp(group + size_t(mid - first) * len, word, len);
    if (cmp == 0) return mid;
    if (cmp < 0) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

bool append_word_code(int index, uint8_t* out, size_t& n) {
  // Words with one-byte codes are listed by lexicon index; the others are
  // numbered in lexicon order, skipping those.
  constexpr size_t count = sizeof(kOneByteWordIndex) / sizeof(kOneByteWordIndex[0]);
  size_t lo = 0, hi = count;  // lo: how many one-byte words precede `index`
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (kOneByteWordIndex[mid] < index) lo = mid + 1;
    else hi = mid;
  }
  if (n + 2 > kMaxCodedName) return false;
  if (lo < count && kOneByteWordIndex[lo] == index) {
    out[n++] = kOneByteWordCode[lo];
    return true;
  }
  uint32_t code = uint32_t(index) - uint32_t(lo);
  out[n++] = uint8_t(kOneByteLimit + (code >> 8));
  out[n++] = uint8_t(code & 0xFF);
  return true;
}

// Codes an upper-case name; false if it holds a word no name has, or a
// character or separator no name has.
bool code_name(std::string_view name, uint8_t* out, size_t& n) {
  n = 0;
  size_t i = 0;
  while (true) {
    size_t start = i;
    while (i < name.size() && ((name[i] >= 'A' && name[i] <= 'Z') || (name[i] >= '0' && name[i] <= '9'))) i++;
    int index = find_word(name.data() + start, i - start);
    if (index < 0 || !append_word_code(index, out, n)) return false;
    if (i == name.size()) return true;
    size_t sep = i;
    while (i < name.size() && (name[i] == ' ' || name[i] == '-')) i++;
    std::string_view s = name.substr(sep, i - sep);
    if (s == " ") continue;
    int code = s == "-" ? 0 : s == " -" ? 1 : s == "- " ? 2 : -1;  // as the generator codes them
    if (code < 0 || n + 1 > kMaxCodedName) return false;
    out[n++] = uint8_t(code);
  }
}

uint32_t read_varint(uint32_t& pos) {
  uint32_t v = 0;
  for (int shift = 0;; shift += 7) {
    uint8_t b = name_byte(pos++);
    v |= uint32_t(b & 0x7F) << shift;
    if (!(b & 0x80)) return v;
  }
}

int compare_coded(const uint8_t* a, size_t na, const uint8_t* b, size_t nb) {
  int c = std::memcmp(a, b, na < nb ? na : nb);
  if (c) return c;
  return na < nb ? -1 : na > nb ? 1 : 0;
}

// Compares the first name of block `block` with the query.
int compare_block_first(uint32_t block, const uint8_t* q, size_t nq) {
  uint32_t pos = kNameBlockStart[block] + 1;  // the first name shares nothing
  uint32_t len = name_byte(pos++);
  uint8_t first[kMaxCodedName + 1];
  for (uint32_t k = 0; k < len; k++) first[k] = name_byte(pos++);
  return compare_coded(first, len, q, nq);
}

std::optional<char32_t> lookup_coded(const uint8_t* q, size_t nq) {
  // The last block whose first name is <= the query.
  constexpr uint32_t blocks = sizeof(kNameBlockStart) / sizeof(kNameBlockStart[0]) - 1;
  uint32_t lo = 0, hi = blocks;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (compare_block_first(mid, q, nq) <= 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return std::nullopt;
  uint32_t block = lo - 1;
  uint32_t pos = kNameBlockStart[block], end = kNameBlockStart[block + 1];
  uint8_t cur[kMaxCodedName + 1];
  uint32_t cur_len = 0, cp = 0;
  while (pos < end) {
    uint32_t shared = name_byte(pos++);
    uint32_t rest = name_byte(pos++);
    for (uint32_t k = 0; k < rest; k++) cur[shared + k] = name_byte(pos++);
    cur_len = shared + rest;
    uint32_t z = read_varint(pos);
    int32_t delta = (z & 1) ? -int32_t((z + 1) >> 1) : int32_t(z >> 1);
    cp = uint32_t(int32_t(cp) + delta);
    int c = compare_coded(cur, cur_len, q, nq);
    if (c == 0) return char32_t(cp);
    if (c > 0) break;
  }
  return std::nullopt;
}

// "CJK UNIFIED IDEOGRAPH-" followed by 4 or 5 upper-case hex digits.
std::optional<char32_t> lookup_cjk(std::string_view hex) {
  if (hex.size() != 4 && hex.size() != 5) return std::nullopt;
  uint32_t v = 0;
  for (char ch : hex) {
    if (ch >= '0' && ch <= '9') v = v * 16 + uint32_t(ch - '0');
    else if (ch >= 'A' && ch <= 'F') v = v * 16 + uint32_t(ch - 'A' + 10);
    else return std::nullopt;
  }
  for (int i = 0; i < kCjkRangeCount; i++)
    if (v >= kCjkRanges[2 * i] && v <= kCjkRanges[2 * i + 1]) return char32_t(v);
  return std::nullopt;
}

// The short names of the Hangul jamo (Unicode's Jamo.txt), in index order.
constexpr const char* kJamoL[] = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                  "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
constexpr const char* kJamoV[] = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE",
                                  "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
constexpr const char* kJamoT[] = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG",
                                  "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S",
                                  "SS", "NG", "J", "C", "K", "T", "P", "H"};

// The index of the longest jamo name that starts `s`, consuming it; -1 if none.
template <size_t N>
int match_jamo(std::string_view& s, const char* const (&names)[N]) {
  int best = -1;
  size_t best_len = 0;
  for (size_t i = 0; i < N; i++) {
    size_t len = std::strlen(names[i]);
    if (s.substr(0, len) == names[i] && (best < 0 || len > best_len)) {
      best = int(i);
      best_len = len;
    }
  }
  if (best >= 0) s.remove_prefix(best_len);
  return best;
}

std::optional<char32_t> lookup_hangul(std::string_view s) {
  int l = match_jamo(s, kJamoL);
  int v = match_jamo(s, kJamoV);
  int t = match_jamo(s, kJamoT);
  if (l < 0 || v < 0 || t < 0 || !s.empty()) return std::nullopt;
  return char32_t(0xAC00 + (l * 21 + v) * 28 + t);
}

// The coded name at `position` among the sorted names, into out (its length
// returned), and its code point.
size_t coded_name_at(uint32_t position, uint8_t* out, uint32_t* code_point) {
  uint32_t block = position / kNameBlock;
  uint32_t pos = kNameBlockStart[block];
  uint32_t len = 0, cp = 0;
  for (uint32_t k = 0; k <= position % kNameBlock; k++) {
    uint32_t shared = name_byte(pos++);
    uint32_t rest = name_byte(pos++);
    for (uint32_t j = 0; j < rest; j++) out[shared + j] = name_byte(pos++);
    len = shared + rest;
    uint32_t z = read_varint(pos);
    int32_t delta = (z & 1) ? -int32_t((z + 1) >> 1) : int32_t(z >> 1);
    cp = uint32_t(int32_t(cp) + delta);
  }
  *code_point = cp;
  return len;
}

// The lexicon index of the word coded at coded[i], advancing i.
int decode_word(const uint8_t* coded, size_t& i) {
  uint8_t b = coded[i++];
  if (b < kOneByteLimit) return kOneByteCodeWord[b - 3];
  uint32_t code = uint32_t(b - kOneByteLimit) << 8 | coded[i++];
  // Two-byte codes number the other words in lexicon order: the word is the
  // one whose index, minus the one-byte words before it, is `code`.
  constexpr size_t count = sizeof(kOneByteWordIndex) / sizeof(kOneByteWordIndex[0]);
  uint32_t index = code;
  for (size_t k = 0; k < count && kOneByteWordIndex[k] <= index; k++) index++;
  return int(index);
}

void append_word(int index, std::string& out) {
  size_t len = 1;
  while (kWordsByLength[len + 1] <= uint32_t(index)) len++;
  out.append(kLexicon + kLexiconOffsetByLength[len] + (uint32_t(index) - kWordsByLength[len]) * len, len);
}

// The text of a coded name.
std::string decode_name(const uint8_t* coded, size_t n) {
  static constexpr const char* kSeparators[] = {"-", " -", "- "};  // codes 0, 1, 2, as the generator
  std::string out;
  bool after_word = false;
  for (size_t i = 0; i < n;) {
    if (coded[i] < 3) {
      out += kSeparators[coded[i++]];
      after_word = false;
      continue;
    }
    if (after_word) out.push_back(' ');
    append_word(decode_word(coded, i), out);
    after_word = true;
  }
  return out;
}

}  // namespace

std::string name(char32_t c) {
  uint32_t position = detail::staged_lookup<kNamePositionShift1, kNamePositionShift2>(
      kNamePositionStage1, kNamePositionStage2, kNamePositionStage3, kNamePositionLimit, kNamePositionDefault, c);
  if (position != 0xFFFF) {
    uint8_t coded[kMaxCodedName + 1];
    uint32_t cp = 0;
    size_t n = coded_name_at(position, coded, &cp);
    return decode_name(coded, n);
  }
  if (c - 0xAC00 < 11172) {
    uint32_t s = c - 0xAC00;
    std::string out = "HANGUL SYLLABLE ";
    out += kJamoL[s / (21 * 28)];
    out += kJamoV[s % (21 * 28) / 28];
    out += kJamoT[s % 28];
    return out;
  }
  for (int i = 0; i < kCjkRangeCount; i++) {
    if (c >= kCjkRanges[2 * i] && c <= kCjkRanges[2 * i + 1]) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "CJK UNIFIED IDEOGRAPH-%04X", unsigned(c));
      return buf;
    }
  }
  return {};
}

std::u32string lookup_named_sequence(std::string_view name) {
  const char* p = kSequenceNames;
  for (int k = 0; k < kSequenceCount; k++) {
    size_t len = std::strlen(p);
    bool same = len == name.size();
    for (size_t i = 0; same && i < len; i++) {
      char ch = name[i];
      same = (ch >= 'a' && ch <= 'z' ? char(ch - 'a' + 'A') : ch) == p[i];
    }
    if (same) {
      const uint32_t* seq = kSequenceData + kSequenceOffsets[k];
      return std::u32string(seq + 1, seq + 1 + seq[0]);
    }
    p += len + 1;
  }
  return {};
}

std::optional<char32_t> lookup_name(std::string_view name) {
  constexpr std::string_view kCjk = "CJK UNIFIED IDEOGRAPH-", kHangul = "HANGUL SYLLABLE ";
  if (name.substr(0, kCjk.size()) == kCjk) return lookup_cjk(name.substr(kCjk.size()));
  if (name.substr(0, kHangul.size()) == kHangul) return lookup_hangul(name.substr(kHangul.size()));
  if (name.empty() || name.size() > 256) return std::nullopt;
  char upper[256];
  for (size_t i = 0; i < name.size(); i++) {
    char ch = name[i];
    upper[i] = (ch >= 'a' && ch <= 'z') ? char(ch - 'a' + 'A') : ch;
  }
  uint8_t coded[kMaxCodedName + 1];
  size_t n = 0;
  if (!code_name(std::string_view(upper, name.size()), coded, n)) return std::nullopt;
  return lookup_coded(coded, n);
}

}  // namespace dx::unicode
