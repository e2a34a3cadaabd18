// The character data of str and unicodedata against python3.11: every
// property and mapping of every code point, the whole-string case functions
// and the normalization forms on random strings. The expected values are
// exported by python3.11 when the test runs (skipped when it is missing).
#include <gtest/gtest.h>

#include <cstdio>
#include <algorithm>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <vector>

#include "python_oracle.h"
#include "support/unicode.h"

namespace dx::unicode {
namespace {

constexpr char32_t kCodePoints = 0x110000;

std::string utf8(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) append_utf8(out, c);
  return out;
}

std::u32string utf32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(decode_utf8(s, i));
  return out;
}

std::string hex_cp(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", unsigned(c));
  return buf;
}

// The python prelude of every oracle script: all characters; emit() collects
// output lines that end() writes at once; runs() emits `name start value` for
// each run of equal values.
constexpr std::string_view kPrelude = R"(
import re, sys, unicodedata, _sre
N = 0x110000
chars = list(map(chr, range(N)))
lines = []
def emit(*parts):
    lines.append(' '.join(map(str, parts)))
def end():
    sys.stdout.write('\n'.join(lines) + '\n')
def runs(name, values, show=str):
    """values: a bytes object (one small int per code point) or a list."""
    if not isinstance(values, bytes):
        distinct = sorted(set(values))
        index = {v: i for i, v in enumerate(distinct)}
        values = bytes(map(index.__getitem__, values))
        show = lambda i, show=show: show(distinct[i])
    for m in re.finditer(rb'(.)\1*', values, re.S):
        emit(name, m.start(), show(values[m.start()]))
def bits(*flags):
    """One byte per code point holding up to 8 flags (iterables of bools)."""
    v = 0
    for k, f in enumerate(flags):
        v |= int.from_bytes(bytes(f), 'little') << k
    return v.to_bytes(N, 'little')
def hexs(s):
    return s.encode('utf-8', 'surrogatepass').hex()
)";

bool run_oracle(std::string_view script, std::vector<std::string>* lines) {
  return test::run_python311(std::string(kPrelude) + std::string(script) + "\nend()\n", lines);
}

// Everything python3.11 knows of each code point, one section per property:
// each line starts with the section name.
constexpr std::string_view kCodePointScript = R"(
# str predicates, eight flags a byte.
after_cased = [('A' + c + '\u03a3').lower()[-1] == '\u03c2' for c in chars]
ignorable = [a and (' ' + c + '\u03a3').lower()[-1] == '\u03c3' for a, c in zip(after_cased, chars)]
runs('a', bits(map(str.isalpha, chars), map(str.isdecimal, chars), map(str.isdigit, chars),
               map(str.isnumeric, chars), map(str.isspace, chars), [c.splitlines() == [''] for c in chars],
               map(str.islower, chars), map(str.isupper, chars)))
runs('b', bits([c.istitle() and not c.isupper() for c in chars], [(c + 'a').title()[-1] == 'a' for c in chars],
               ignorable, map(str.isprintable, chars), map(str.isidentifier, chars),
               [('a' + c).isidentifier() for c in chars], map(unicodedata.mirrored, chars),
               map(_sre.unicode_iscased, range(N))))
runs('isalnum', bytes(map(str.isalnum, chars)))
# Numeric values.
runs('decimal', bytes(map((1).__add__, map(unicodedata.decimal, chars, [-1] * N))))
runs('digit', bytes(map((1).__add__, map(unicodedata.digit, chars, [-1] * N))))
for c, v in zip(chars, map(unicodedata.numeric, chars, [None] * N)):
    if v is not None:
        emit('numeric', ord(c), v.hex())
# Case mappings that change the character.
for name, f in (('lower', str.lower), ('upper', str.upper), ('title', str.title), ('casefold', str.casefold)):
    for c, m in zip(chars, map(f, chars)):
        if m != c:
            emit(name, ord(c), hexs(m))
for cp, m in enumerate(map(_sre.unicode_tolower, range(N))):
    if m != cp:
        emit('simple', cp, m)
# unicodedata.
runs('category', list(map(unicodedata.category, chars)))
runs('bidirectional', list(map(unicodedata.bidirectional, chars)), lambda v: v or '-')
runs('combining', bytes(map(unicodedata.combining, chars)))
runs('east_asian_width', list(map(unicodedata.east_asian_width, chars)))
for c, d in zip(chars, map(unicodedata.decomposition, chars)):
    if d:
        emit('decomposition', ord(c), d)
for c, n in zip(chars, map(unicodedata.name, chars, [None] * N)):
    if n:
        emit('name', ord(c), n)
# Named sequences, and near misses.
import os
path = '/usr/share/perl/5.36/unicore/NamedSequences.txt'
if os.path.exists(path):
    for line in open(path):
        line = line.split('#', 1)[0].strip()
        if line:
            name = line.split(';')[0]
            for q in (name, name.lower(), name[:-1], name + 'X'):
                try:
                    v = unicodedata.lookup(q)
                except KeyError:
                    v = ''
                if len(v) != 1:
                    emit('sequence', q.encode().hex(), hexs(v) or '-')
)";

using Lines = std::vector<std::string>;

// The lines of one section of kCodePointScript's output, run once for all tests.
const Lines& code_point_oracle(const std::string& section) {
  static std::unordered_map<std::string, Lines> sections = [] {
    std::unordered_map<std::string, Lines> s;
    std::vector<std::string> lines;
    if (run_oracle(kCodePointScript, &lines)) {
      for (std::string& line : lines) s[line.substr(0, line.find(' '))].push_back(std::move(line));
    }
    return s;
  }();
  static const Lines kNone;
  auto it = sections.find(section);
  return it == sections.end() ? kNone : it->second;
}

// The fields of a line split on spaces; the last one takes the rest when
// `fields` is given.
std::vector<std::string> split(const std::string& line, size_t fields = SIZE_MAX) {
  std::vector<std::string> f;
  size_t start = 0;
  while (f.size() + 1 < fields) {
    size_t sp = line.find(' ', start);
    if (sp == std::string::npos) break;
    f.push_back(line.substr(start, sp - start));
    start = sp + 1;
  }
  f.push_back(line.substr(start));
  return f;
}

// A section of runs (`name start value`) read back: value(c) for every code point.
class Runs {
 public:
  explicit Runs(const Lines& lines) {
    for (const std::string& line : lines) {
      std::vector<std::string> f = split(line, 3);
      runs_.emplace_back(char32_t(std::stoul(f[1])), f[2]);
    }
  }
  bool empty() const { return runs_.empty(); }
  // Calls f(c, value) for every code point.
  template <class F>
  void each(F f) const {
    for (size_t k = 0; k < runs_.size(); k++) {
      char32_t end = k + 1 < runs_.size() ? runs_[k + 1].first : kCodePoints;
      for (char32_t c = runs_[k].first; c < end; c++) f(c, runs_[k].second);
    }
  }

 private:
  std::vector<std::pair<char32_t, std::string>> runs_;
};

// The `name code-point value` lines of a section, by code point.
std::unordered_map<char32_t, std::string> by_code_point(const Lines& lines) {
  std::unordered_map<char32_t, std::string> m;
  for (const std::string& line : lines) {
    std::vector<std::string> f = split(line, 3);
    m[char32_t(std::stoul(f[1]))] = f[2];
  }
  return m;
}

#define NEED_PYTHON() \
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not found"

TEST(UnicodeStr, PredicatesOfEveryCodePoint) {
  NEED_PYTHON();
  Runs a(code_point_oracle("a")), b(code_point_oracle("b")), alnum(code_point_oracle("isalnum"));
  ASSERT_FALSE(a.empty() || b.empty() || alnum.empty());
  int checked = 0;
  a.each([&](char32_t c, const std::string& v) {
    unsigned got = is_alpha(c) | is_decimal(c) << 1 | is_digit(c) << 2 | is_numeric(c) << 3 | is_space(c) << 4 |
                   is_linebreak(c) << 5 | is_lower(c) << 6 | is_upper(c) << 7;
    if (got != unsigned(std::stoi(v))) {
      ADD_FAILURE() << hex_cp(c) << " alpha,decimal,digit,numeric,space,linebreak,lower,upper: got " << got
                    << " want " << v;
    }
    checked++;
  });
  b.each([&](char32_t c, const std::string& v) {
    unsigned got = is_title(c) | is_cased(c) << 1 | is_case_ignorable(c) << 2 | is_printable(c) << 3 |
                   is_xid_start(c) << 4 | is_xid_continue(c) << 5 | mirrored(c) << 6 | sre_is_cased(c) << 7;
    if (got != unsigned(std::stoi(v))) {
      ADD_FAILURE() << hex_cp(c) << " title,cased,ignorable,printable,xid_start,xid_continue,mirrored,sre_cased: got "
                    << got << " want " << v;
    }
  });
  alnum.each([&](char32_t c, const std::string& v) {
    if (is_alnum(c) != (v == "1")) ADD_FAILURE() << hex_cp(c) << " isalnum";
  });
  EXPECT_EQ(checked, int(kCodePoints));
  EXPECT_FALSE(is_alpha(0x110000));
  EXPECT_FALSE(is_space(0xFFFFFFFF));
}

TEST(UnicodeStr, NumericValuesOfEveryCodePoint) {
  NEED_PYTHON();
  Runs decimal(code_point_oracle("decimal")), digit(code_point_oracle("digit"));
  std::unordered_map<char32_t, std::string> numeric = by_code_point(code_point_oracle("numeric"));
  ASSERT_FALSE(decimal.empty() || digit.empty());
  ASSERT_GT(numeric.size(), 1000u);
  decimal.each([&](char32_t c, const std::string& v) {
    if (decimal_value(c) != std::stoi(v) - 1) ADD_FAILURE() << hex_cp(c) << " decimal " << decimal_value(c);
  });
  digit.each([&](char32_t c, const std::string& v) {
    if (digit_value(c) != std::stoi(v) - 1) ADD_FAILURE() << hex_cp(c) << " digit " << digit_value(c);
  });
  for (char32_t c = 0; c < kCodePoints; c++) {
    std::optional<double> got = numeric_value(c);
    auto it = numeric.find(c);
    if (it == numeric.end()) {
      if (got) ADD_FAILURE() << hex_cp(c) << " numeric " << *got << ", want none";
      continue;
    }
    double want = std::strtod(it->second.c_str(), nullptr);  // float.hex()
    if (!got || *got != want) ADD_FAILURE() << hex_cp(c) << " numeric " << (got ? *got : -1) << ", want " << want;
  }
  EXPECT_EQ(decimal_value(0x663), 3);      // int('٣')
  EXPECT_EQ(digit_value(0xB2), 2);         // '²'
  EXPECT_EQ(decimal_value(0xB2), -1);
  EXPECT_EQ(numeric_value(0xBD), 0.5);     // '½'
  EXPECT_EQ(numeric_value(0x5146), 1e12);  // '兆'
  EXPECT_EQ(numeric_value(0x41), std::nullopt);
}

// The full case mappings of every code point (the character alone), and the
// simple lower mapping of _sre.
TEST(UnicodeStr, CaseMappingsOfEveryCodePoint) {
  NEED_PYTHON();
  using Fn = int (*)(char32_t, char32_t*);
  const std::pair<const char*, Fn> mappings[] = {
      {"lower", to_lower}, {"upper", to_upper}, {"title", to_title}, {"casefold", to_casefold}};
  int changed = 0;
  for (const auto& [name, fn] : mappings) {
    std::unordered_map<char32_t, std::string> want = by_code_point(code_point_oracle(name));
    ASSERT_GT(want.size(), 1000u) << name;
    for (char32_t c = 0; c < kCodePoints; c++) {
      char32_t buf[kMaxCaseMapping];
      std::u32string got(buf, size_t(fn(c, buf)));
      auto it = want.find(c);
      std::u32string expected = it == want.end() ? std::u32string(1, c) : utf32(test::from_hex(it->second));
      if (got != expected) ADD_FAILURE() << name << " " << hex_cp(c) << ": " << utf8(got) << " want " << utf8(expected);
      changed += it != want.end();
    }
  }
  std::unordered_map<char32_t, std::string> simple = by_code_point(code_point_oracle("simple"));
  ASSERT_GT(simple.size(), 1000u);
  for (char32_t c = 0; c < kCodePoints; c++) {
    auto it = simple.find(c);
    char32_t expected = it == simple.end() ? c : char32_t(std::stoul(it->second));
    if (simple_lower(c) != expected) ADD_FAILURE() << "simple_lower " << hex_cp(c);
  }
  std::printf("[          ] %d changes by lower, upper, title, casefold\n", changed);
}

TEST(UnicodeStr, UnicodedataOfEveryCodePoint) {
  NEED_PYTHON();
  Runs cat(code_point_oracle("category")), bidi(code_point_oracle("bidirectional")),
      comb(code_point_oracle("combining")), width(code_point_oracle("east_asian_width"));
  std::unordered_map<char32_t, std::string> decomp = by_code_point(code_point_oracle("decomposition"));
  ASSERT_FALSE(cat.empty() || bidi.empty() || comb.empty() || width.empty());
  ASSERT_GT(decomp.size(), 5000u);
  cat.each([&](char32_t c, const std::string& v) {
    if (category(c) != v) ADD_FAILURE() << hex_cp(c) << " category " << category(c) << " want " << v;
  });
  bidi.each([&](char32_t c, const std::string& v) {
    if (bidirectional(c) != (v == "-" ? "" : v)) ADD_FAILURE() << hex_cp(c) << " bidirectional " << bidirectional(c);
  });
  comb.each([&](char32_t c, const std::string& v) {
    if (combining(c) != std::stoi(v)) ADD_FAILURE() << hex_cp(c) << " combining " << combining(c);
  });
  width.each([&](char32_t c, const std::string& v) {
    if (east_asian_width(c) != v) ADD_FAILURE() << hex_cp(c) << " east_asian_width " << east_asian_width(c);
  });
  for (char32_t c = 0; c < kCodePoints; c++) {
    auto it = decomp.find(c);
    std::string got = decomposition(c);
    if (got != (it == decomp.end() ? "" : it->second)) ADD_FAILURE() << hex_cp(c) << " decomposition " << got;
  }
  EXPECT_EQ(category(0x110000), "Cn");
  EXPECT_EQ(decomposition(0xC5), "0041 030A");
  EXPECT_EQ(decomposition(0xA8), "<compat> 0020 0308");
}

// unicodedata.name() of every code point; lookup_name() takes each back;
// every named sequence and near misses.
TEST(UnicodeStr, NamesOfEveryCodePoint) {
  NEED_PYTHON();
  std::unordered_map<char32_t, std::string> names = by_code_point(code_point_oracle("name"));
  ASSERT_GT(names.size(), 130000u);
  for (char32_t c = 0; c < kCodePoints; c++) {
    auto it = names.find(c);
    std::string got = name(c);
    if (it == names.end()) {
      if (!got.empty()) ADD_FAILURE() << hex_cp(c) << " name " << got << ", want none";
      continue;
    }
    if (got != it->second) {
      ADD_FAILURE() << hex_cp(c) << " name " << got << ", want " << it->second;
      continue;
    }
    if (lookup_name(got) != std::optional<char32_t>(c)) ADD_FAILURE() << "lookup_name " << got;
  }
  const Lines& sequences = code_point_oracle("sequence");
  EXPECT_GT(sequences.size(), 900u);
  for (const std::string& line : sequences) {
    std::vector<std::string> f = split(line);
    std::string q = test::from_hex(f[1]);
    EXPECT_EQ(test::to_hex(utf8(lookup_named_sequence(q))), f[2] == "-" ? "" : f[2]) << q;
  }
  EXPECT_EQ(name(0xAC01), "HANGUL SYLLABLE GAG");
  EXPECT_EQ(name(0x4E00), "CJK UNIFIED IDEOGRAPH-4E00");
  EXPECT_EQ(name(0x20000), "CJK UNIFIED IDEOGRAPH-20000");
  EXPECT_EQ(name(0xFEFF), "ZERO WIDTH NO-BREAK SPACE");  // not its alias BYTE ORDER MARK
  EXPECT_EQ(name(0x110000), "");
}

// --- Whole strings ------------------------------------------------------------

using CaseFn = std::string (*)(std::string_view);
using CaseFn32 = void (*)(CodePoints, std::u32string*);
struct CaseFunction {
  const char* name;
  CaseFn utf8;
  CaseFn32 code_points;
};
const CaseFunction kCaseFunctions[] = {
    {"lower", lower, lower},           {"upper", upper, upper},       {"title", title, title},
    {"capitalize", capitalize, capitalize}, {"swapcase", swapcase, swapcase}, {"casefold", casefold, casefold},
};

// The same text in the narrowest PEP 393 kind, checked through CodePoints.
std::u32string via_code_points(CaseFn32 fn, const std::u32string& s) {
  char32_t max = 0;
  for (char32_t c : s) max = std::max(max, c);
  std::u32string out;
  if (max < 0x100) {
    std::vector<uint8_t> narrow(s.begin(), s.end());
    fn(CodePoints(narrow.data(), narrow.size(), 1), &out);
  } else if (max < 0x10000) {
    std::u16string narrow(s.begin(), s.end());
    fn(CodePoints(narrow.data(), narrow.size(), 2), &out);
  } else {
    fn(std::u32string_view(s), &out);
  }
  return out;
}

TEST(UnicodeStr, CaseOfStrings) {
  struct Case {
    const char* in;
    const char* out[6];  // lower, upper, title, capitalize, swapcase, casefold
  };
  // In python3.11.
  const Case cases[] = {
      {"\u00DF", {"\u00DF", "SS", "Ss", "Ss", "SS", "ss"}},
      {"\uFB01re", {"\uFB01re", "FIRE", "Fire", "Fire", "FIRE", "fire"}},
      {"\u0130", {"i\u0307", "\u0130", "\u0130", "\u0130", "i\u0307", "i\u0307"}},
      {"\u0391\u03A3", {"\u03B1\u03C2", "\u0391\u03A3", "\u0391\u03C2", "\u0391\u03C2", "\u03B1\u03C2", "\u03B1\u03C3"}},
      {"\u0391\u03A3a", {"\u03B1\u03C3a", "\u0391\u03A3A", "\u0391\u03C3a", "\u0391\u03C3a", "\u03B1\u03C3A", "\u03B1\u03C3a"}},
      {"\u03A3", {"\u03C3", "\u03A3", "\u03A3", "\u03A3", "\u03C3", "\u03C3"}},
      {"a\u03A3\u0301", {"a\u03C2\u0301", "A\u03A3\u0301", "A\u03C2\u0301", "A\u03C2\u0301", "A\u03C2\u0301", "a\u03C3\u0301"}},
      {"\u01C6emal", {"\u01C6emal", "\u01C4EMAL", "\u01C5emal", "\u01C5emal", "\u01C4EMAL", "\u01C6emal"}},
      {"\u01C5", {"\u01C6", "\u01C4", "\u01C5", "\u01C5", "\u01C5", "\u01C6"}},
      {"\u038C\u03A3\u039F\u03A3 \u03A3",
       {"\u03CC\u03C3\u03BF\u03C2 \u03C3", "\u038C\u03A3\u039F\u03A3 \u03A3", "\u038C\u03C3\u03BF\u03C2 \u03A3",
        "\u038C\u03C3\u03BF\u03C2 \u03C3", "\u03CC\u03C3\u03BF\u03C2 \u03C3", "\u03CC\u03C3\u03BF\u03C3 \u03C3"}},
      {"\u0149", {"\u0149", "\u02BCN", "\u02BCN", "\u02BCN", "\u02BCN", "\u02BCn"}},
      {"hello wORLD 1a", {"hello world 1a", "HELLO WORLD 1A", "Hello World 1A", "Hello world 1a", "HELLO World 1A",
                          "hello world 1a"}},
      {"", {"", "", "", "", "", ""}},
  };
  for (const Case& c : cases) {
    for (int k = 0; k < 6; k++) {
      EXPECT_EQ(kCaseFunctions[k].utf8(c.in), c.out[k]) << kCaseFunctions[k].name << " " << c.in;
      EXPECT_EQ(utf8(via_code_points(kCaseFunctions[k].code_points, utf32(c.in))), c.out[k])
          << kCaseFunctions[k].name << " " << c.in;
    }
  }
  // NUL bytes are characters too.
  EXPECT_EQ(capitalize(std::string_view("a\0b", 3)), std::string("A\0b", 3));
  EXPECT_EQ(title(std::string_view("a\0b", 3)), std::string("A\0B", 3));
}

// Random strings of cased, case-ignorable and specially mapped characters,
// sigmas, spaces, lone surrogates and ASCII.
TEST(UnicodeStr, CaseOfRandomStrings) {
  NEED_PYTHON();
  std::vector<std::string> lines;
  ASSERT_TRUE(run_oracle(R"(
import random
random.seed(3)
cased = [c for c in chars if (c + 'a').title()[-1] == 'a']
special = [c for c in cased if len(c.lower()) > 1 or len(c.upper()) > 1 or len(c.title()) > 1
           or len(c.casefold()) > 1 or c.istitle() and not c.isupper()]
ignorable = [c for c in chars
             if ('A' + c + '\u03a3').lower()[-1] == '\u03c2' and (' ' + c + '\u03a3').lower()[-1] == '\u03c3']
pools = [special, cased, ignorable, ['\u03a3'] * 4 + ['\u03c3', '\u03c2', "'", '.', ' ', '\u00ad', '\u0301'],
         [chr(random.randint(0x20, 0x7e)) for _ in range(50)], ['\ud800', '\udfff', ' ', '\u2028', '\u3000']]
weights = [3, 4, 3, 4, 4, 1]
for _ in range(12000):
    n = random.randint(1, 8)
    s = ''.join(random.choice(random.choices(pools, weights)[0]) for _ in range(n))
    emit(hexs(s), hexs(s.lower()), hexs(s.upper()), hexs(s.title()), hexs(s.capitalize()), hexs(s.swapcase()),
         hexs(s.casefold()))
)",
                         &lines));
  ASSERT_EQ(lines.size(), 12000u);
  for (const std::string& line : lines) {
    std::vector<std::string> f = split(line);
    ASSERT_EQ(f.size(), 7u) << line;
    std::string in = test::from_hex(f[0]);
    std::u32string in32 = utf32(in);
    for (int k = 0; k < 6; k++) {
      ASSERT_EQ(test::to_hex(kCaseFunctions[k].utf8(in)), f[k + 1]) << kCaseFunctions[k].name << " of " << f[0];
      ASSERT_EQ(via_code_points(kCaseFunctions[k].code_points, in32), utf32(test::from_hex(f[k + 1])))
          << kCaseFunctions[k].name << " of " << f[0];
    }
  }
}

// --- Normalization --------------------------------------------------------------

constexpr NormalForm kForms[] = {NormalForm::kNfc, NormalForm::kNfd, NormalForm::kNfkc, NormalForm::kNfkd};
constexpr const char* kFormNames[] = {"NFC", "NFD", "NFKC", "NFKD"};

// Each line: the input, its four forms, then is_normalized for each form.
void check_normalization(const std::vector<std::string>& lines) {
  for (const std::string& line : lines) {
    std::vector<std::string> f = split(line);
    ASSERT_EQ(f.size(), 6u) << line;
    std::string in = test::from_hex(f[0]);
    std::u32string in32 = utf32(in);
    for (int k = 0; k < 4; k++) {
      SCOPED_TRACE(testing::Message() << kFormNames[k] << " of " << f[0]);
      std::string want = test::from_hex(f[k + 1]);
      ASSERT_EQ(test::to_hex(normalize(kForms[k], in)), f[k + 1]);
      std::u32string got32;
      normalize(kForms[k], std::u32string_view(in32), &got32);
      ASSERT_EQ(got32, utf32(want));
      bool normalized = f[5][k] == '1';
      ASSERT_EQ(is_normalized(kForms[k], in), normalized);
      ASSERT_EQ(is_normalized(kForms[k], CodePoints(std::u32string_view(in32))), normalized);
      ASSERT_TRUE(is_normalized(kForms[k], want));
    }
  }
}

constexpr std::string_view kNormalizePrelude = R"(
from unicodedata import normalize, is_normalized
forms = ('NFC', 'NFD', 'NFKC', 'NFKD')
decompositions = list(map(unicodedata.decomposition, chars))
def out(s):
    emit(hexs(s), *(hexs(normalize(f, s)) for f in forms),
         ''.join('1' if is_normalized(f, s) else '0' for f in forms))
)";

// Every code point that a form changes, and a sample of the others.
TEST(UnicodeStr, NormalizeEveryCodePoint) {
  NEED_PYTHON();
  std::vector<std::string> lines;
  ASSERT_TRUE(run_oracle(std::string(kNormalizePrelude) + R"(
for cp, c in enumerate(chars):
    if decompositions[cp] or 0xAC00 <= cp < 0xAC00 + 11172 or cp % 997 == 0:
        out(c)
)",
                         &lines));
  ASSERT_GT(lines.size(), 17000u);
  check_normalization(lines);
}

// Random strings of characters that decompose, combine or compose, some
// already normalized.
TEST(UnicodeStr, NormalizeRandomStrings) {
  NEED_PYTHON();
  std::vector<std::string> lines;
  ASSERT_TRUE(run_oracle(std::string(kNormalizePrelude) + R"(
import random
random.seed(4)
interesting = [c for cp, (c, d, cc) in enumerate(zip(chars, decompositions, map(unicodedata.combining, chars)))
               if (d or cc or 0x1100 <= cp < 0x1200 or 0xAC00 <= cp < 0xAC00 + 11172 and cp % 7 == 0)
               and not 0xD800 <= cp < 0xE000]
seconds = sorted({chr(int(d.split()[1], 16)) for d in decompositions
                  if d and not d.startswith('<') and len(d.split()) == 2})
for i in range(15000):
    n = random.randint(1, 7)
    s = ''.join(random.choice(seconds) if random.random() < 0.3 else random.choice(interesting)
                if random.random() < 0.8 else chr(random.randint(0x20, 0x7E)) for _ in range(n))
    if i % 3 == 0:
        s = normalize(forms[i % 4], s)
    out(s)
out('\ud800\u0301e\u0301')
)",
                         &lines));
  ASSERT_GT(lines.size(), 15000u);
  check_normalization(lines);
}

}  // namespace
}  // namespace dx::unicode
