// The range type against CPython 3.11's results and messages (expected
// values produced with /usr/bin/python3.11).
#include <gtest/gtest.h>

#include "objects/range.h"
#include "objects/slice.h"
#include "seq_test_support.h"

namespace dx::test {
namespace {

class RangeTest : public SeqTest {
 protected:
  static Object* rng(int64_t a, int64_t b, int64_t c = 1) { return range_new(a, b, c); }
  static Object* rng1(int64_t stop) {
    Object* s = int_from_int64(stop);
    Object* r = range_from_args(&s, 1);
    decref(s);
    return r;
  }
  static std::vector<int64_t> items(Object* r) {
    std::vector<int64_t> out;
    Object* it = object_get_iter(r);
    while (Object* x = iter_next(it)) {
      out.push_back(*int_to_int64(x));
      decref(x);
    }
    decref(it);
    return out;
  }
  // r[key] as a repr, or the error.
  std::string sub(Object* r, Object* key) {
    Object* v = object_getitem(r, key);
    decref(key);
    if (!v) return error_text();
    std::string s = repr(v);
    decref(v);
    return s;
  }
  static Object* sl(std::optional<int64_t> start, std::optional<int64_t> stop, std::optional<int64_t> step = {}) {
    Object* a = start ? int_from_int64(*start) : nullptr;
    Object* b = stop ? int_from_int64(*stop) : nullptr;
    Object* c = step ? int_from_int64(*step) : nullptr;
    Object* s = slice_new(a, b, c);
    xdecref(a);
    xdecref(b);
    xdecref(c);
    return s;
  }
};

TEST_F(RangeTest, CreationErrors) {
  EXPECT_EQ(range_from_args(nullptr, 0), nullptr);
  EXPECT_EQ(error_text(), "TypeError: range expected at least 1 argument, got 0");
  Object* one = int_from_int64(1);
  Object* zero = int_from_int64(0);
  Object* four[4] = {one, one, one, one};
  EXPECT_EQ(range_from_args(four, 4), nullptr);
  EXPECT_EQ(error_text(), "TypeError: range expected at most 3 arguments, got 4");
  Object* three[3] = {one, one, zero};
  EXPECT_EQ(range_from_args(three, 3), nullptr);
  EXPECT_EQ(error_text(), "ValueError: range() arg 3 must not be zero");
  Object* s = str("a");
  EXPECT_EQ(range_from_args(&s, 1), nullptr);
  EXPECT_EQ(error_text(), "TypeError: 'str' object cannot be interpreted as an integer");
  Object* bad_stop[3] = {one, s, zero};  // the stop is converted before the step is checked
  EXPECT_EQ(range_from_args(bad_stop, 3), nullptr);
  EXPECT_EQ(error_text(), "TypeError: 'str' object cannot be interpreted as an integer");
  // range(True, 3) holds exact ints.
  Object* t3[2] = {bool_object(true), int_from_int64(3)};
  Object* r = range_from_args(t3, 2);
  EXPECT_EQ(repr(r), "range(1, 3)");
  EXPECT_EQ(type_of(static_cast<RangeObject*>(r)->start), &IntType);
  decref(r);
  decref(s);
}

TEST_F(RangeTest, ReprLengthItems) {
  Object* r = rng1(10);
  EXPECT_EQ(repr(r), "range(0, 10)");
  EXPECT_EQ(object_length(r), 10);
  decref(r);
  r = rng(0, 10, 2);
  EXPECT_EQ(repr(r), "range(0, 10, 2)");
  EXPECT_EQ(object_length(r), 5);
  decref(r);
  r = rng(-3, 10, -2);
  EXPECT_EQ(repr(r), "range(-3, 10, -2)");
  EXPECT_EQ(object_length(r), 0);
  EXPECT_EQ(object_is_true(r), 0);
  decref(r);
  r = rng(-5, 5, 3);
  EXPECT_EQ(items(r), (std::vector<int64_t>{-5, -2, 1, 4}));
  EXPECT_EQ(object_is_true(r), 1);
  Object* it = range_reversed(r);
  EXPECT_STREQ(type_of(it)->tp_name, "range_iterator");
  std::vector<int64_t> back;
  while (Object* x = iter_next(it)) {
    back.push_back(*int_to_int64(x));
    decref(x);
  }
  EXPECT_EQ(back, (std::vector<int64_t>{4, 1, -2, -5}));
  decref(it);
  EXPECT_EQ(sub(r, int_from_int64(-1)), "4");
  EXPECT_EQ(sub(r, int_from_int64(4)), "IndexError: range object index out of range");
  EXPECT_EQ(sub(r, int_from_int128(static_cast<__int128>(1) << 100)), "IndexError: range object index out of range");
  EXPECT_EQ(sub(r, int_from_int128(-(static_cast<__int128>(1) << 100))), "IndexError: range object index out of range");
  EXPECT_EQ(sub(r, bool_object(true)), "-2");
  EXPECT_EQ(sub(r, str("a")), "TypeError: range indices must be integers or slices, not str");
  decref(r);
  r = rng(0, 10, 3);
  EXPECT_EQ(sub(r, int_from_int64(-1)), "9");
  decref(r);
}

TEST_F(RangeTest, BeyondInt64Length) {
  Object* r = rng(INT64_MIN, INT64_MAX);
  EXPECT_EQ(object_length(r), -1);
  EXPECT_EQ(error_text(), "OverflowError: Python int too large to convert to C ssize_t");
  EXPECT_EQ(sub(r, int_from_int128(static_cast<__int128>(1) << 63)), "0");
  EXPECT_EQ(sub(r, int_from_int64(-1)), "9223372036854775806");
  // A length beyond int64 takes CPython's longrange_iterator.
  Object* it = object_get_iter(r);
  EXPECT_EQ(type_of(it), &LongRangeIterType);
  decref(it);
  // Iteration at the edges of int64.
  Object* edge = rng(INT64_MAX - 2, INT64_MAX);
  EXPECT_EQ(items(edge), (std::vector<int64_t>{INT64_MAX - 2, INT64_MAX - 1}));
  decref(edge);
  edge = rng(INT64_MIN + 2, INT64_MIN, -1);
  EXPECT_EQ(items(edge), (std::vector<int64_t>{INT64_MIN + 2, INT64_MIN + 1}));
  it = range_reversed(edge);
  Object* x = iter_next(it);
  EXPECT_EQ(*int_to_int64(x), INT64_MIN + 1);
  decref(x);
  decref(it);
  decref(edge);
  decref(r);
}

TEST_F(RangeTest, Slicing) {
  Object* r = rng(0, -10, -3);
  EXPECT_EQ(sub(r, sl(1, {})), "range(-3, -12, -3)");
  EXPECT_EQ(sub(r, sl({}, {}, -1)), "range(-9, 3, 3)");
  EXPECT_EQ(sub(r, sl({}, {}, 0)), "ValueError: slice step cannot be zero");
  decref(r);
  r = rng1(5);
  EXPECT_EQ(sub(r, sl(1, 3)), "range(1, 3)");
  EXPECT_EQ(sub(r, sl({}, {}, -1)), "range(4, -1, -1)");
  Object* f = str("x");
  EXPECT_EQ(sub(r, slice_new(f, nullptr, nullptr)),
            "TypeError: slice indices must be integers or None or have an __index__ method");
  decref(f);
  decref(r);
  r = rng(0, 10, 3);
  EXPECT_EQ(sub(r, sl({}, {}, -2)), "range(9, -3, -6)");
  decref(r);
}

TEST_F(RangeTest, ContainsIndexCount) {
  Object* r = rng(0, 10, 2);
  Object* three = int_from_int64(3);
  Object* four = int_from_int64(4);
  SequenceMethods* sq = RangeType.tp_as_sequence;
  EXPECT_EQ(sq->sq_contains(r, four), 1);
  EXPECT_EQ(sq->sq_contains(r, three), 0);
  EXPECT_EQ(sq->sq_contains(r, bool_object(false)), 1);
  Object* i = range_index(r, four);
  EXPECT_EQ(*int_to_int64(i), 2);
  decref(i);
  EXPECT_EQ(range_index(r, three), nullptr);
  EXPECT_EQ(error_text(), "ValueError: 3 is not in range");
  EXPECT_EQ(range_count(r, four), 1);
  EXPECT_EQ(range_count(r, three), 0);
  Object* s = str("a");
  EXPECT_EQ(range_index(r, s), nullptr);
  EXPECT_EQ(error_text(), "ValueError: sequence.index(x): x not in sequence");
  EXPECT_EQ(range_count(r, s), 0);
  EXPECT_EQ(sq->sq_contains(r, s), 0);
  Object* down = rng(5, 0, -1);
  i = range_index(down, int_from_int64(3));
  EXPECT_EQ(*int_to_int64(i), 2);
  decref(i);
  decref(down);
  decref(s);
  decref(three);
  decref(four);
  decref(r);
}

TEST_F(RangeTest, Equality) {
  struct Case {
    int64_t a0, a1, a2, b0, b1, b2;
    bool equal;
  } cases[] = {
      {0, 0, 1, 2, 2, 1, true},      // both empty
      {0, 3, 5, 0, 1, 7, true},      // one item each
      {1, 10, 2, 1, 11, 2, true},    // same items
      {1, 2, 2, 1, 3, 5, true},
      {0, 3, 1, 0, 3, 2, false},
      {0, 3, 1, 1, 4, 1, false},
  };
  for (const Case& c : cases) {
    Object* a = rng(c.a0, c.a1, c.a2);
    Object* b = rng(c.b0, c.b1, c.b2);
    EXPECT_EQ(object_richcompare_bool(a, b, kEq), c.equal) << repr(a) << " " << repr(b);
    EXPECT_EQ(object_richcompare_bool(a, b, kNe), !c.equal);
    decref(a);
    decref(b);
  }
  Object* a = rng1(3);
  Object* b = rng1(1);
  EXPECT_EQ(object_richcompare_bool(a, b, kLt), -1);
  EXPECT_EQ(error_text(), "TypeError: '<' not supported between instances of 'range' and 'range'");
  Object* l = ints({0, 1, 2});
  EXPECT_EQ(object_richcompare_bool(a, l, kEq), 0);
  EXPECT_EQ(object_richcompare_bool(a, a, kNe), 0);
  decref(l);
  decref(a);
  decref(b);
}

TEST_F(RangeTest, IterationAndLengthHint) {
  Object* r = rng(0, 10, 3);
  Object* it = object_get_iter(r);
  EXPECT_STREQ(type_of(it)->tp_name, "range_iterator");
  EXPECT_EQ(range_iter_length_hint(it), 4);
  decref(iter_next(it));
  EXPECT_EQ(range_iter_length_hint(it), 3);
  Object* rest = list_from_iterable(it);
  EXPECT_EQ(values(rest), (std::vector<int64_t>{3, 6, 9}));
  EXPECT_EQ(range_iter_length_hint(it), 0);
  decref(rest);
  decref(it);
  Object* l = list_from_iterable(r);
  EXPECT_EQ(values(l), (std::vector<int64_t>{0, 3, 6, 9}));
  decref(l);
  decref(r);
}

}  // namespace
}  // namespace dx::test
