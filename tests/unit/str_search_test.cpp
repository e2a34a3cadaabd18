// The str search helpers (str_search.h, str_util.cpp) against naive
// searches: random haystacks and needles over tiny alphabets (partial
// matches everywhere), long needles (Horspool's skips), every pairing of
// kinds, bounds; and the Writer's widening and narrowing.
#include <gtest/gtest.h>

#include <random>
#include <vector>

#include "objects/str_internal.h"
#include "objects/str_search.h"
#include "runtime/runtime.h"

namespace dx::strimpl {
namespace {

// Code points stored at a kind (the narrowest that holds them, or wider).
struct Units {
  std::vector<uint8_t> bytes;
  int kind;
  ssize len;
  Units(const std::vector<uint32_t>& cps, int k) : bytes(cps.size() * k + 4), kind(k), len(ssize(cps.size())) {
    for (size_t i = 0; i < cps.size(); i++) put_char(bytes.data(), k, ssize(i), cps[i]);
  }
  View view() const { return View{bytes.data(), len, kind}; }
};

int min_kind(const std::vector<uint32_t>& cps) {
  uint32_t m = 0;
  for (uint32_t c : cps) m = std::max(m, c);
  return kind_for(m);
}

ssize naive_find(const std::vector<uint32_t>& h, const std::vector<uint32_t>& n, ssize start, ssize end) {
  for (ssize i = start; i + ssize(n.size()) <= end; i++)
    if (std::equal(n.begin(), n.end(), h.begin() + i)) return i;
  return -1;
}

ssize naive_rfind(const std::vector<uint32_t>& h, const std::vector<uint32_t>& n, ssize start, ssize end) {
  for (ssize i = end - ssize(n.size()); i >= start; i--)
    if (std::equal(n.begin(), n.end(), h.begin() + i)) return i;
  return -1;
}

ssize naive_count(const std::vector<uint32_t>& h, const std::vector<uint32_t>& n, ssize start, ssize end) {
  ssize k = 0;
  for (ssize i = start; i + ssize(n.size()) <= end;) {
    if (std::equal(n.begin(), n.end(), h.begin() + i)) {
      k++;
      i += ssize(n.size());
    } else {
      i++;
    }
  }
  return k;
}

TEST(StrSearch, RandomAgainstNaive) {
  std::mt19937 rng(20261126);
  const std::vector<std::vector<uint32_t>> alphabets = {
      {'a', 'b'}, {'a', 'b', 'c'}, {'a', 0xe9}, {0x3b1, 0x3b2}, {'a', 0x1f600}, {0xe9, 0x20ac, 0x1f600}};
  for (int round = 0; round < 4000; round++) {
    const auto& alpha = alphabets[rng() % alphabets.size()];
    auto pick = [&](size_t n) {
      std::vector<uint32_t> v(n);
      for (auto& c : v) c = alpha[rng() % alpha.size()];
      return v;
    };
    std::vector<uint32_t> hay = pick(rng() % 400);
    std::vector<uint32_t> needle;
    if (rng() % 3 == 0 && !hay.empty()) {
      size_t at = rng() % hay.size();
      needle.assign(hay.begin() + at, hay.begin() + std::min(hay.size(), at + 1 + rng() % 80));
    } else {
      needle = pick(1 + rng() % (rng() % 4 == 0 ? 60 : 6));
    }
    int hk = min_kind(hay), nk = min_kind(needle);
    if (rng() % 4 == 0 && hk < 4) hk *= 2;  // a wider haystack than needed
    Units h(hay, hk), n(needle, nk);
    ssize len = ssize(hay.size());
    ssize start = ssize(rng() % (hay.size() + 1)), end = ssize(rng() % (hay.size() + 1));
    if (rng() % 2) start = 0, end = len;
    bool can_occur = nk <= hk;
    ssize want = end - start >= ssize(needle.size()) && can_occur ? naive_find(hay, needle, start, end) : -1;
    EXPECT_EQ(find(h.view(), n.view(), start, end), want) << round;
    want = end - start >= ssize(needle.size()) && can_occur ? naive_rfind(hay, needle, start, end) : -1;
    EXPECT_EQ(rfind(h.view(), n.view(), start, end), want) << round;
    want = can_occur ? naive_count(hay, needle, start, end) : 0;
    EXPECT_EQ(count(h.view(), n.view(), start, end, PTRDIFF_MAX), want) << round;
    // The positions for_each_match reports, capped.
    std::vector<ssize> got, expect;
    for_each_match(h.view(), n.view(), start, end, 5, [&](ssize p) {
      got.push_back(p);
      return true;
    });
    for (ssize i = start; can_occur && ssize(expect.size()) < 5;) {
      ssize p = end - i >= ssize(needle.size()) ? naive_find(hay, needle, i, end) : -1;
      if (p < 0) break;
      expect.push_back(p);
      i = p + ssize(needle.size());
    }
    EXPECT_EQ(got, expect) << round;
  }
}

TEST(StrSearch, LongPeriodicNeedles) {
  // Needles whose last unit recurs inside them and haystacks of near misses.
  std::vector<uint32_t> hay, needle;
  for (int i = 0; i < 5000; i++) hay.push_back(i % 7 == 6 ? 'b' : 'a');
  for (int i = 0; i < 48; i++) needle.push_back(i % 7 == 6 ? 'b' : 'a');
  for (int kind : {1, 2, 4}) {
    Units h(hay, kind), n(needle, 1);
    EXPECT_EQ(find(h.view(), n.view(), 0, h.len), naive_find(hay, needle, 0, h.len));
    EXPECT_EQ(rfind(h.view(), n.view(), 0, h.len), naive_rfind(hay, needle, 0, h.len));
    EXPECT_EQ(count(h.view(), n.view(), 0, h.len, PTRDIFF_MAX), naive_count(hay, needle, 0, h.len));
  }
  needle.back() = 'c';
  Units h(hay, 1), n(needle, 1);
  EXPECT_EQ(find(h.view(), n.view(), 0, h.len), -1);
  EXPECT_EQ(rfind(h.view(), n.view(), 0, h.len), -1);
}

TEST(StrSearch, EmptyNeedleAndBounds) {
  Units h({'a', 'b', 'c'}, 1), empty({}, 1);
  EXPECT_EQ(find(h.view(), empty.view(), 0, 3), 0);
  EXPECT_EQ(find(h.view(), empty.view(), 3, 3), 3);
  EXPECT_EQ(find(h.view(), empty.view(), 2, 1), -1);
  EXPECT_EQ(rfind(h.view(), empty.view(), 0, 2), 2);
  EXPECT_EQ(count(h.view(), empty.view(), 0, 3, PTRDIFF_MAX), 4);
  EXPECT_EQ(count(h.view(), empty.view(), 0, 3, 2), 2);
  Units wide({0x20ac}, 2);
  EXPECT_EQ(find(h.view(), wide.view(), 0, 3), -1);
  EXPECT_EQ(find_char(h.view(), 0x20ac, 0, 3), -1);
  EXPECT_EQ(find_char(h.view(), 'c', 0, 3), 2);
  EXPECT_EQ(rfind_char(h.view(), 'a', 1, 3), -1);
}

class StrWriterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { runtime_init(); }
};

TEST_F(StrWriterTest, WidensAndStaysCanonical) {
  Writer w;
  ASSERT_TRUE(w.append_ascii("ab"));
  ASSERT_TRUE(w.append_char(0xe9));
  ASSERT_TRUE(w.append_char(0x20ac));
  ASSERT_TRUE(w.append_fill('x', 3));
  ASSERT_TRUE(w.append_utf8("\xf0\x9f\x98\x80z"));
  Object* s = w.finish();
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(str_kind(s), 4);
  EXPECT_EQ(str_length(s), 9);
  EXPECT_EQ(str_utf8(s), "ab\xc3\xa9\xe2\x82\xacxxx\xf0\x9f\x98\x80z");
  decref(s);
  // A reserve hint wider than what is written still yields the narrow kind.
  Writer n;
  ASSERT_TRUE(n.reserve(10, 0x10ffff));
  ASSERT_TRUE(n.append_ascii("plain"));
  s = n.finish();
  EXPECT_EQ(str_kind(s), 1);
  EXPECT_TRUE(str_is_ascii(s));
  EXPECT_TRUE(str_equal_ascii(s, "plain"));
  decref(s);
}

}  // namespace
}  // namespace dx::strimpl
