// list.sort: results against std::stable_sort on 1e5-item patterns (ints
// through the fast path, Probe objects through __lt__, strs, key functions,
// reverse), errors, "list modified during sort", balanced reference counts,
// and the exact sequence of __lt__ calls against python3.11's.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "python_oracle.h"
#include "seq_test_support.h"

namespace dx::test {
namespace {

class ListSortTest : public SeqTest {
 protected:
  enum class Pattern { kRandom, kFewValues, kSorted, kReversed, kSawtooth, kOrganPipe, kAllEqual, kRunsMix };
  static std::vector<int64_t> make_keys(Pattern p, int n, uint32_t seed) {
    std::mt19937_64 rng(seed);
    std::vector<int64_t> k(static_cast<size_t>(n));
    for (int i = 0; i < n; i++) {
      switch (p) {
        case Pattern::kRandom: k[i] = static_cast<int64_t>(rng() >> 2) - (int64_t(1) << 60); break;
        case Pattern::kFewValues: k[i] = static_cast<int64_t>(rng() % 50); break;
        case Pattern::kSorted: k[i] = i / 3; break;
        case Pattern::kReversed: k[i] = n - i / 3; break;
        case Pattern::kSawtooth: k[i] = i % 1000; break;
        case Pattern::kOrganPipe: k[i] = i < n / 2 ? i : n - i; break;
        case Pattern::kAllEqual: k[i] = 7; break;
        case Pattern::kRunsMix:  // ascending and descending stretches of random lengths
          k[i] = (i / 97) % 2 ? -(i % 97) * 3 + static_cast<int64_t>(rng() % 4) : (i % 89) * 2;
          break;
      }
    }
    return k;
  }
  static constexpr Pattern kPatterns[] = {Pattern::kRandom,    Pattern::kFewValues, Pattern::kSorted,
                                          Pattern::kReversed,  Pattern::kSawtooth,  Pattern::kOrganPipe,
                                          Pattern::kAllEqual,  Pattern::kRunsMix};

  // The ids of (key, id) pairs in the order a stable sort gives.
  static std::vector<int64_t> expected_ids(const std::vector<int64_t>& keys, bool reverse) {
    std::vector<int64_t> ids(keys.size());
    for (size_t i = 0; i < ids.size(); i++) ids[i] = static_cast<int64_t>(i);
    std::stable_sort(ids.begin(), ids.end(), [&](int64_t a, int64_t b) {
      return reverse ? keys[b] < keys[a] : keys[a] < keys[b];
    });
    return ids;
  }

  static Object* probes(const std::vector<int64_t>& keys) {
    Object* l = list_new(static_cast<ssize>(keys.size()));
    for (size_t i = 0; i < keys.size(); i++) list_item(l, static_cast<ssize>(i)) = make_probe(keys[i], static_cast<int64_t>(i));
    return l;
  }
  static std::vector<int64_t> probe_ids(Object* l) {
    std::vector<int64_t> ids;
    for (ssize i = 0; i < list_size(l); i++) ids.push_back(static_cast<Probe*>(list_item(l, i))->id);
    return ids;
  }
};

TEST_F(ListSortTest, IntsFastPathStableOnPatterns) {
  for (Pattern p : kPatterns) {
    for (bool reverse : {false, true}) {
      std::vector<int64_t> keys = make_keys(p, 100000, 1);
      // Distinct int objects for equal values (values > 256 are not cached),
      // so that stability is visible through identity.
      std::vector<Object*> objs;
      Object* l = list_new(static_cast<ssize>(keys.size()));
      for (size_t i = 0; i < keys.size(); i++) {
        Object* o = int_from_int64(keys[i] + 1000);
        objs.push_back(o);
        list_item(l, static_cast<ssize>(i)) = newref(o);
      }
      ASSERT_EQ(list_sort(l, nullptr, reverse), 0) << error_text();
      std::vector<int64_t> want = expected_ids(keys, reverse);
      bool same = true;
      for (size_t i = 0; i < want.size() && same; i++) same = list_item(l, static_cast<ssize>(i)) == objs[want[i]];
      EXPECT_TRUE(same) << "pattern " << static_cast<int>(p) << " reverse " << reverse;
      decref(l);
      for (Object* o : objs) {
        EXPECT_EQ(o->ob_refcnt, 1);
        decref(o);
      }
    }
  }
}

TEST_F(ListSortTest, GenericPathStableOnPatterns) {
  for (Pattern p : kPatterns) {
    for (bool reverse : {false, true}) {
      std::vector<int64_t> keys = make_keys(p, 100000, 2);
      Object* l = probes(keys);
      ASSERT_EQ(list_sort(l, nullptr, reverse), 0) << error_text();
      EXPECT_EQ(probe_ids(l), expected_ids(keys, reverse)) << "pattern " << static_cast<int>(p);
      decref(l);
    }
  }
}

TEST_F(ListSortTest, KeyFunctions) {
  std::vector<int64_t> keys = make_keys(Pattern::kFewValues, 100000, 3);
  // A key returning ints: the keys take the fast path, the values move.
  Object* by_int = make_func([](Object* p) { return int_from_int64(static_cast<Probe*>(p)->key * 1000 + 5); });
  // A key returning the object itself: the generic path with keys.
  Object* by_self = make_func([](Object* p) { return newref(p); });
  for (Object* key : {by_int, by_self}) {
    for (bool reverse : {false, true}) {
      Object* l = probes(keys);
      ASSERT_EQ(list_sort(l, key, reverse), 0) << error_text();
      EXPECT_EQ(probe_ids(l), expected_ids(keys, reverse));
      for (ssize i = 0; i < list_size(l); i++) EXPECT_EQ(list_item(l, i)->ob_refcnt, 1);
      decref(l);
    }
  }
  decref(by_int);
  decref(by_self);
  // key=None is no key.
  Object* l = ints({3, 1, 2});
  EXPECT_EQ(list_sort(l, none(), false), 0);
  EXPECT_EQ(values(l), (std::vector<int64_t>{1, 2, 3}));
  decref(l);
}

TEST_F(ListSortTest, Strings) {
  // Mixed kinds: ASCII, Latin-1, BMP and astral code points, shared prefixes.
  const char* alphabet[] = {"a", "b", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80", "", "ab", "\x01"};
  std::mt19937 rng(4);
  for (bool one_byte : {true, false}) {
    std::vector<std::u32string> texts;
    Object* l = list_new(0);
    std::vector<Object*> objs;
    for (int i = 0; i < 100000; i++) {
      std::string s;
      int len = static_cast<int>(rng() % 12);
      for (int j = 0; j < len; j++) s += alphabet[rng() % (one_byte ? 3 : 8)];
      if (one_byte && i % 3 == 0) s = "prefix-shared-" + s;
      Object* o = str_from_utf8(s);
      std::u32string u;
      for (ssize k = 0; k < str_length(o); k++) u.push_back(str_char_at(o, k));
      texts.push_back(u);
      objs.push_back(o);
      list_append(l, o);
    }
    ASSERT_EQ(list_sort(l, nullptr, false), 0);
    std::vector<size_t> order(texts.size());
    for (size_t i = 0; i < order.size(); i++) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return texts[a] < texts[b]; });
    bool same = true;
    for (size_t i = 0; i < order.size() && same; i++) same = list_item(l, static_cast<ssize>(i)) == objs[order[i]];
    EXPECT_TRUE(same) << "one_byte " << one_byte;
    decref(l);
    for (Object* o : objs) decref(o);
  }
}

TEST_F(ListSortTest, ComparisonErrorsPropagate) {
  // [3, 2, 1, 'a', 5].sort(): the error leaves the list as it was found by
  // the failing comparison (here untouched, as in CPython).
  Object* l = ints({3, 2, 1});
  Object* a = str("a");
  list_append(l, a);
  list_append(l, int_from_int64(5));
  EXPECT_EQ(list_sort(l, nullptr, false), -1);
  EXPECT_EQ(error_text(), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(repr(l), "[3, 2, 1, 'a', 5]");
  EXPECT_EQ(list_sort(l, nullptr, true), -1);
  EXPECT_EQ(error_text(), "TypeError: '<' not supported between instances of 'str' and 'int'");
  EXPECT_EQ(repr(l), "[3, 2, 1, 'a', 5]");
  decref(l);
  decref(a);

  // A comparison failing deep in a merge: the list keeps every item once.
  std::vector<int64_t> keys = make_keys(Pattern::kRandom, 5000, 5);
  Object* p = probes(keys);
  int calls = 0;
  {
    ProbeHook hook([&](Probe*, Probe*, int) {
      if (++calls == 40000) return raise(&exc::RuntimeError, "boom"), -1;
      return 0;
    });
    EXPECT_EQ(list_sort(p, nullptr, false), -1);
  }
  EXPECT_EQ(error_text(), "RuntimeError: boom");
  std::vector<int64_t> ids = probe_ids(p);
  std::sort(ids.begin(), ids.end());
  for (size_t i = 0; i < ids.size(); i++) ASSERT_EQ(ids[i], static_cast<int64_t>(i));
  for (ssize i = 0; i < list_size(p); i++) EXPECT_EQ(list_item(p, i)->ob_refcnt, 1);
  decref(p);

  // A failing key function leaves the list unchanged.
  Object* l2 = ints({3, 1, 2});
  int n = 0;
  Object* bad = make_func([&](Object* x) -> Object* {
    if (++n == 2) return raise(&exc::ZeroDivisionError, "division by zero");
    return newref(x);
  });
  EXPECT_EQ(list_sort(l2, bad, true), -1);
  EXPECT_EQ(error_text(), "ZeroDivisionError: division by zero");
  EXPECT_EQ(values(l2), (std::vector<int64_t>{3, 1, 2}));
  decref(bad);
  decref(l2);
}

TEST_F(ListSortTest, ModifiedDuringSort) {
  // The list looks empty to key functions and comparisons.
  Object* l = ints({3, 2, 1});
  std::vector<ssize> sizes;
  Object* look = make_func([&](Object* x) {
    sizes.push_back(list_size(l));
    return newref(x);
  });
  EXPECT_EQ(list_sort(l, look, false), 0);
  EXPECT_EQ(sizes, (std::vector<ssize>{0, 0, 0}));
  EXPECT_EQ(values(l), (std::vector<int64_t>{1, 2, 3}));
  decref(look);
  // Appending from a key function: ValueError, the list keeps its items.
  Object* grow = make_func([&](Object* x) {
    list_append(l, x);
    return newref(x);
  });
  EXPECT_EQ(list_sort(l, grow, false), -1);
  EXPECT_EQ(error_text(), "ValueError: list modified during sort");
  EXPECT_EQ(values(l), (std::vector<int64_t>{1, 2, 3}));
  decref(grow);
  decref(l);
  // Clearing from a comparison.
  std::vector<int64_t> keys = make_keys(Pattern::kRandom, 100, 6);
  Object* p = probes(keys);
  {
    ProbeHook hook([&](Probe*, Probe*, int) {
      list_clear(p);
      return 0;
    });
    EXPECT_EQ(list_sort(p, nullptr, false), -1);
  }
  EXPECT_EQ(error_text(), "ValueError: list modified during sort");
  EXPECT_EQ(list_size(p), 100);
  decref(p);
}

TEST_F(ListSortTest, SameLtCallsAsCPython) {
  if (!python311_available()) GTEST_SKIP() << "python3.11 not found";
  struct Case {
    Pattern pattern;
    int n;
    bool reverse;
  } cases[] = {{Pattern::kRandom, 3000, false},   {Pattern::kFewValues, 2500, false}, {Pattern::kFewValues, 2500, true},
               {Pattern::kSawtooth, 3000, false}, {Pattern::kRunsMix, 4000, false},   {Pattern::kOrganPipe, 1500, true},
               {Pattern::kRandom, 63, false},     {Pattern::kRandom, 65, true},       {Pattern::kSorted, 300, false}};
  std::string script =
      "import sys\n"
      "log = []\n"
      "class P:\n"
      "    __slots__ = ('k', 'i')\n"
      "    def __init__(s, k, i): s.k = k; s.i = i\n"
      "    def __lt__(s, o):\n"
      "        log.append('%d,%d' % (s.i, o.i)); return s.k < o.k\n"
      "def run(keys, rev):\n"
      "    log.clear()\n"
      "    l = [P(k, i) for i, k in enumerate(keys)]\n"
      "    l.sort(reverse=rev)\n"
      "    print(' '.join(log))\n";
  std::vector<std::vector<int64_t>> all_keys;
  uint32_t seed = 10;
  for (const Case& c : cases) {
    all_keys.push_back(make_keys(c.pattern, c.n, seed++));
    script += "run([";
    for (int64_t k : all_keys.back()) script += std::to_string(k) + ",";
    script += std::string("], ") + (c.reverse ? "True" : "False") + ")\n";
  }
  std::vector<std::string> lines;
  ASSERT_TRUE(run_python311(script, &lines));
  ASSERT_EQ(lines.size(), std::size(cases));
  for (size_t c = 0; c < std::size(cases); c++) {
    std::string log;
    ProbeHook hook([&](Probe* x, Probe* y, int op) {
      if (op == kLt) {
        if (!log.empty()) log += ' ';
        log += std::to_string(x->id) + "," + std::to_string(y->id);
      }
      return 0;
    });
    Object* l = probes(all_keys[c]);
    ASSERT_EQ(list_sort(l, nullptr, cases[c].reverse), 0);
    EXPECT_FALSE(lines[c].empty());
    EXPECT_TRUE(log == lines[c]) << "case " << c << ": " << log.size() << " vs " << lines[c].size() << " chars";
    decref(l);
  }
}

}  // namespace
}  // namespace dx::test
