// Unicode properties, NFKC and "\N{...}" names. Expected values are those of
// python3.11; the CrossCheck tests ask python3.11 itself over every code
// point (skipped when it is not installed).
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

#include "python_oracle.h"
#include "support/unicode.h"

namespace dx::unicode {
namespace {

std::string utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) append_utf8(out, c);
  return out;
}

struct PropCase {
  char32_t c;
  bool printable, start, cont;
};

// (c.isprintable(), c.isidentifier(), ('a' + c).isidentifier()) in python3.11.
constexpr PropCase kProps[] = {
    {0x20, true, false, false},     {0x41, true, true, true},       {0x7F, false, false, false},
    {0xA0, false, false, false},    {0xAD, false, false, false},    {0xB7, true, false, true},
    {0x2028, false, false, false},  {0x1F600, true, false, false},  {0xE000, false, false, false},
    {0xD800, false, false, false},  {0x10FFFF, false, false, false}, {0x378, false, false, false},
    {0x2118, true, true, true},     {0x212E, true, true, true},     {0x309B, true, false, false},
    {0x1885, true, true, true},     {0xE33, true, false, true},     {0x30FB, true, false, false},
    {0xFF3F, true, false, true},    {0x2E2F, true, false, false},   {0x1369, true, false, true},
    {0xB2, true, false, false},     {0x2160, true, true, true},     {0x5F, true, true, true},
    {0x24, true, false, false},     {0x3000, false, false, false},  {0xFEFF, false, false, false},
    {0x200B, false, false, false},  {0x200C, false, false, false},  {0x200D, false, false, false},
    {0x1D7CE, true, false, true},   {0x345, true, false, true},     {0x3005, true, true, true},
    {0xE46, true, true, true},      {0x300, true, false, true},     {0x30, true, false, true},
    {0x0A, false, false, false},    {0x4E00, true, true, true},     {0xAC00, true, true, true},
};

TEST(Unicode, Properties) {
  for (const PropCase& p : kProps) {
    SCOPED_TRACE(testing::Message() << std::hex << uint32_t(p.c));
    EXPECT_EQ(is_printable(p.c), p.printable);
    EXPECT_EQ(is_xid_start(p.c), p.start);
    EXPECT_EQ(is_xid_continue(p.c), p.cont);
  }
  EXPECT_FALSE(is_printable(0x110000));
  EXPECT_FALSE(is_xid_continue(0xFFFFFFFF));
}

TEST(Unicode, Nfkc) {
  struct Case {
    std::u32string_view in, out;
  };
  // unicodedata.normalize('NFKC', in) in python3.11.
  const Case cases[] = {
      {U"abc_1", U"abc_1"},
      {U"\uFB01", U"fi"},
      {U"\u210C", U"H"},
      {U"\u212B", U"\u00C5"},
      {U"e\u0301", U"\u00E9"},
      {U"\u1100\u1161\u11A8", U"\uAC01"},
      {U"\u2460", U"1"},
      {U"\uFF76\uFF9E", U"\u30AC"},
      {U"a\u0301\u0316", U"\u00E1\u0316"},
      {U"\u0344", U"\u0308\u0301"},
      {U"\u1E9B\u0323", U"\u1E69"},
      {U"\uFDFA", U"\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064A\u0647 \u0648\u0633\u0644\u0645"},
      {U"\u3300", U"\u30A2\u30D1\u30FC\u30C8"},
      {U"A\u030A\u0323", U"\u1EA0\u030A"},
      {U"\u0B47\u0B3E", U"\u0B4B"},
      {U"\u00C5\u0301", U"\u01FA"},
      {U"\u1100\u1161\u0300\u11A8", U"\uAC00\u0300\u11A8"},
      {U"\uAC00\u11A8", U"\uAC01"},
      {U"\u03D2\u0301", U"\u038E"},
      {U"\u2126", U"\u03A9"},
      {U"x\u00B2", U"x2"},
      {U"\U0001D400bc", U"Abc"},
      {U"\u00E9t\u00E9", U"\u00E9t\u00E9"},
  };
  for (const Case& c : cases) EXPECT_EQ(nfkc_normalize(utf8(c.in)), utf8(c.out)) << utf8(c.in);
}

TEST(Unicode, LookupName) {
  struct Case {
    const char* name;
    char32_t c;
  };
  constexpr char32_t kNo = 0x110000;  // not found
  // "\N{name}" in python3.11.
  const Case cases[] = {
      {"LATIN SMALL LETTER A", 0x61},
      {"latin small letter a", 0x61},
      {"Latin Small Letter A", 0x61},
      {"NULL", 0},
      {"NUL", 0},
      {"LF", 0x0A},
      {"LINE FEED", 0x0A},
      {"BYTE ORDER MARK", 0xFEFF},
      {"BOM", 0xFEFF},
      {"LATIN CAPITAL LETTER GHA", 0x1A2},
      {"VS256", 0xE01EF},
      {"TIBETAN MARK BKA- SHOG GI MGO RGYAN", 0xFD0},
      {"TIBETAN MARK BSKA- SHOG GI MGO RGYAN", 0xFD0},
      {"HANGUL JUNGSEONG O-E", 0x1180},
      {"TIBETAN LETTER -A", 0xF60},
      {"TIBETAN LETTER A", 0xF68},
      {"SPACE", 0x20},
      {"DEL", 0x7F},
      {"EM DASH", 0x2014},
      {"GRINNING FACE", 0x1F600},
      {"VARIATION SELECTOR-17", 0xE0100},
      {"CJK UNIFIED IDEOGRAPH-4E00", 0x4E00},
      {"CJK UNIFIED IDEOGRAPH-04E00", 0x4E00},
      {"CJK UNIFIED IDEOGRAPH-3400", 0x3400},
      {"CJK UNIFIED IDEOGRAPH-2B738", 0x2B738},
      {"CJK UNIFIED IDEOGRAPH-3134A", 0x3134A},
      {"CJK COMPATIBILITY IDEOGRAPH-F900", 0xF900},
      {"cjk compatibility ideograph-f900", 0xF900},
      {"KHITAN SMALL SCRIPT CHARACTER-18B00", 0x18B00},
      {"NUSHU CHARACTER-1B170", 0x1B170},
      {"HANGUL SYLLABLE GA", 0xAC00},
      {"HANGUL SYLLABLE A", 0xC544},
      {"HANGUL SYLLABLE GAG", 0xAC01},
      {"HANGUL SYLLABLE GAGS", 0xAC03},
      {"HANGUL SYLLABLE HIH", 0xD7A3},
      {"HANGUL SYLLABLE GGAGG", 0xAE4E},
      {"HANGUL SYLLABLE ANG", 0xC559},
      {"HANGUL SYLLABLE YI", 0xC758},
      // Not names:
      {"", kNo},
      {"cjk unified ideograph-4e00", kNo},
      {"CJK UNIFIED IDEOGRAPH-4e00", kNo},
      {"CJK UNIFIED IDEOGRAPH-4DC0", kNo},
      {"CJK UNIFIED IDEOGRAPH-2B739", kNo},
      {"CJK UNIFIED IDEOGRAPH-004E00", kNo},
      {"CJK UNIFIED IDEOGRAPH-4E0", kNo},
      {"hangul syllable ga", kNo},
      {"HANGUL SYLLABLE", kNo},
      {"HANGUL SYLLABLE ", kNo},
      {"HANGUL SYLLABLE GAX", kNo},
      {"HANGUL SYLLABLE EUI", kNo},
      {"HANGUL SYLLABLE NGA", kNo},
      {"LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", kNo},  // a named sequence
      {"KEYCAP NUMBER SIGN", kNo},
      {"TANGUT IDEOGRAPH-17000", kNo},  // unnamed in 3.11's unicodedata
      {"PRIVATE USE AREA-E000", kNo},
      {"<control>", kNo},
      {"LINE FEED (LF)", kNo},
      {"LATIN SMALL LETTER A ", kNo},
      {" LATIN SMALL LETTER A", kNo},
      {"LATIN  SMALL LETTER A", kNo},
      {"LATIN SMALL LETTER \xC3\xA9", kNo},
      {"TIBETAN MARK BSKA-SHOG GI MGO RGYAN", kNo},
  };
  for (const Case& c : cases) {
    std::optional<char32_t> r = lookup_name(c.name);
    if (c.c == kNo) EXPECT_EQ(r, std::nullopt) << c.name;
    else EXPECT_EQ(r, std::optional<char32_t>(c.c)) << c.name;
  }
}

TEST(Unicode, Utf8) {
  const char32_t points[] = {0, 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xD800, 0xDFFF, 0xFFFF, 0x10000, 0x10FFFF};
  const char* encoded[] = {"\x00", "A", "\x7F", "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\xA0\x80",
                           "\xED\xBF\xBF", "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF"};
  for (size_t k = 0; k < std::size(points); k++) {
    std::string s;
    append_utf8(s, points[k]);
    EXPECT_EQ(s, std::string(encoded[k], std::max<size_t>(1, std::strlen(encoded[k]))));
    size_t i = 0;
    EXPECT_EQ(decode_utf8(s, i), points[k]);
    EXPECT_EQ(i, s.size());
  }
}

// --- Against python3.11 ------------------------------------------------------

// Every code point: the runs of equal (printable, xid_start, xid_continue).
TEST(UnicodeCrossCheck, PropertiesOfEveryCodePoint) {
  std::vector<std::string> lines;
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not found";
  ASSERT_TRUE(test::run_python311(R"(
prev, start = None, 0
for cp in range(0x110001):
    if cp < 0x110000:
        c = chr(cp)
        v = c.isprintable() | c.isidentifier() << 1 | ('a' + c).isidentifier() << 2
    else:
        v = None
    if v != prev:
        if prev is not None:
            print(start, cp - 1, prev)
        prev, start = v, cp
)",
                                  &lines));
  ASSERT_GT(lines.size(), 100u);
  int checked = 0;
  for (const std::string& line : lines) {
    unsigned first, last, bits;
    ASSERT_EQ(std::sscanf(line.c_str(), "%u %u %u", &first, &last, &bits), 3);
    for (char32_t c = first; c <= last; c++) {
      unsigned got = is_printable(c) | is_xid_start(c) << 1 | is_xid_continue(c) << 2;
      ASSERT_EQ(got, bits) << std::hex << uint32_t(c);
      checked++;
    }
  }
  EXPECT_EQ(checked, 0x110000);
}

// NFKC of every code point that it changes, and of random strings of
// characters that decompose, combine or compose.
TEST(UnicodeCrossCheck, Nfkc) {
  std::vector<std::string> lines;
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not found";
  ASSERT_TRUE(test::run_python311(R"(
import random, unicodedata
random.seed(1)
def out(s):
    print(s.encode('utf-8').hex(), unicodedata.normalize('NFKC', s).encode('utf-8').hex())
interesting = []
for cp in range(0x110000):
    if 0xD800 <= cp < 0xE000:
        continue
    c = chr(cp)
    n = unicodedata.normalize('NFKC', c)
    if n != c:
        out(c)
    if n != c or unicodedata.combining(c) or 0x1100 <= cp < 0x1200:
        interesting.append(c)
    elif cp % 257 == 0:
        out(c)
for _ in range(30000):
    out(''.join(random.choice(interesting) if random.random() < 0.8 else chr(random.randint(0x20, 0x7E))
                for _ in range(random.randint(1, 6))))
)",
                                  &lines));
  ASSERT_GT(lines.size(), 30000u);
  for (const std::string& line : lines) {
    size_t sp = line.find(' ');
    std::string in = test::from_hex(std::string_view(line).substr(0, sp));
    std::string want = test::from_hex(std::string_view(line).substr(sp + 1));
    ASSERT_EQ(test::to_hex(nfkc_normalize(in)), test::to_hex(want)) << line;
  }
}

// Every name and alias, in several cases, plus near misses.
TEST(UnicodeCrossCheck, Names) {
  std::vector<std::string> lines;
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not found";
  ASSERT_TRUE(test::run_python311(R"(
import os, random, unicodedata
random.seed(2)
names = [n for n in (unicodedata.name(chr(cp), None) for cp in range(0x110000)) if n]
others = []
perl = '/usr/share/perl/5.36/unicore/Name.pl'  # aliases and named sequences
if os.path.exists(perl):
    body = open(perl).read().split("<<'END';\n", 1)[1].rsplit('\nEND', 1)[0]
    known = set(names)
    others += [n for n in (e.split('\n')[1] for e in body.strip('\n').split('\n\n')) if n not in known]
others += [n.lower() for n in random.sample(names, 3000)]
def mutate(n):
    i = random.randrange(len(n) + 1)
    r = random.random()
    if r < 0.3: return n[:i] + random.choice('ABXZ -0_9') + n[i:]
    if r < 0.6: return n[:i] + n[i + 1:]
    if r < 0.9: return n[:i] + random.choice('ABXZ -0') + n[i + 1:]
    return n[:i]
others += [mutate(random.choice(names)) for _ in range(12000)]
others += ['HANGUL SYLLABLE ' + ''.join(random.choice('ABCDEGHIJKLMNOPRSTUWY') for _ in range(random.randint(0, 5)))
           for _ in range(3000)]
others += ['CJK UNIFIED IDEOGRAPH-' + ''.join(random.choice('0123456789ABCDEFa') for _ in range(random.randint(3, 6)))
           for _ in range(3000)]
# Every name at once (one compile), then the rest one by one.
for q, v in zip(names, eval('[' + ','.join('"\\N{%s}"' % n for n in names) + ']')):
    print(q.encode().hex(), '%x' % ord(v))
for q in others:
    if '}' in q or '\\' in q or '"' in q:
        continue
    try:
        v = eval('"\\N{%s}"' % q)
    except SyntaxError:
        v = None
    print(q.encode().hex(), '%x' % ord(v) if v else '-')
)",
                                  &lines));
  ASSERT_GT(lines.size(), 50000u);
  for (const std::string& line : lines) {
    size_t sp = line.find(' ');
    std::string name = test::from_hex(std::string_view(line).substr(0, sp));
    std::string want = line.substr(sp + 1);
    std::optional<char32_t> got = lookup_name(name);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%x", got ? unsigned(*got) : 0u);
    ASSERT_EQ(got ? std::string(buf) : std::string("-"), want) << name;
  }
}

}  // namespace
}  // namespace dx::unicode
