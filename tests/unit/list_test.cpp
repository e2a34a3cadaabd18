// The list type against CPython 3.11's results and messages (the expected
// values were produced with /usr/bin/python3.11), and the slice type.
#include <gtest/gtest.h>

#include <optional>

#include "objects/range.h"
#include "objects/slice.h"
#include "seq_test_support.h"

namespace dx::test {
namespace {

class ListTest : public SeqTest {
 protected:
  // slice(start, stop, step); nullopt is None.
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
  static Object* strs(std::initializer_list<const char*> items) {
    Object* l = list_new(static_cast<ssize>(items.size()));
    ssize i = 0;
    for (const char* s : items) list_item(l, i++) = str_from_utf8(s);
    return l;
  }
  // self[key] = value with a fresh list(range(10)); the repr of the result
  // or the error text.
  std::string assign10(Object* key, Object* value) {
    Object* l = ints({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    std::string r = object_setitem(l, key, value) < 0 ? error_text() : repr(l);
    decref(l);
    decref(key);
    decref(value);
    return r;
  }
  std::string delete10(Object* key) {
    Object* l = ints({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    std::string r = object_delitem(l, key) < 0 ? error_text() : repr(l);
    decref(l);
    decref(key);
    return r;
  }
};

TEST_F(ListTest, GrowthPatternOfAppend) {
  Object* l = list_new(0);
  std::vector<ssize> seen;
  for (int i = 0; i < 100; i++) {
    list_append(l, int_from_int64(i));
    ssize a = static_cast<ListObject*>(l)->allocated;
    if (seen.empty() || seen.back() != a) seen.push_back(a);
  }
  EXPECT_EQ(seen, (std::vector<ssize>{4, 8, 16, 24, 32, 40, 52, 64, 76, 92, 108}));
  // Popping shrinks once less than half is used (20 -> 5 leaves 8).
  Object* m = ints(std::vector<int64_t>(20, 7));
  for (int i = 0; i < 15; i++) decref(list_pop(m));
  EXPECT_EQ(static_cast<ListObject*>(m)->allocated, 8);
  decref(m);
  decref(l);
}

TEST_F(ListTest, AllocationOfOtherOperations) {
  auto alloc = [](Object* l) { return static_cast<ListObject*>(l)->allocated; };
  // list(x) with a known length preallocates (n + 1) & ~1.
  for (auto [n, want] : {std::pair{1, 2}, {3, 4}, {10, 10}, {17, 18}, {100, 100}}) {
    Object* r = range_new(0, n, 1);
    Object* l = list_from_iterable(r);
    EXPECT_EQ(alloc(l), want) << n;
    Object* it = object_get_iter(r);
    Object* l2 = list_from_iterable(it);  // the iterator's length hint
    EXPECT_EQ(alloc(l2), want) << n;
    decref(l2);
    decref(it);
    decref(l);
    decref(r);
  }
  Object* l = ints({1, 2});
  Object* r = range_new(0, 100, 1);
  list_extend(l, r);
  EXPECT_EQ(alloc(l), 104);
  decref(r);
  decref(l);
  l = ints({1, 2});
  Object* five = ints({0, 0, 0, 0, 0});
  list_extend(l, five);
  EXPECT_EQ(alloc(l), 12);
  decref(l);
  l = list_new(0);
  list_extend(l, five);  // an empty list is sized exactly: (5 + 1) & ~1
  EXPECT_EQ(alloc(l), 6);
  decref(l);
  decref(five);
  l = ints({1, 2});
  Object* rep = ListType.tp_as_sequence->sq_inplace_repeat(l, 5);
  EXPECT_EQ(alloc(l), 12);
  decref(rep);
  list_insert(l, 0, none());
  EXPECT_EQ(alloc(l), 12);
  decref(l);
  l = ints({1, 2});
  list_insert(l, 0, none());
  EXPECT_EQ(alloc(l), 8);
  decref(l);
  l = ints({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  Object* key = sl(2, 3);
  Object* fifty = list_from_iterable(r = range_new(0, 50, 1));
  decref(r);
  object_setitem(l, key, fifty);
  EXPECT_EQ(alloc(l), 60);
  decref(key);
  decref(fifty);
  decref(l);
}

TEST_F(ListTest, ItemsWithNegativeIndices) {
  Object* l = ints({10, 20, 30});
  Object* k = int_from_int64(-1);
  Object* v = object_getitem(l, k);
  EXPECT_EQ(*int_to_int64(v), 30);
  decref(v);
  Object* big = int_from_int64(5);
  EXPECT_EQ(object_getitem(l, big), nullptr);
  EXPECT_EQ(error_text(), "IndexError: list index out of range");
  Object* minus4 = int_from_int64(-4);
  EXPECT_EQ(object_getitem(l, minus4), nullptr);
  EXPECT_EQ(error_text(), "IndexError: list index out of range");
  EXPECT_EQ(object_setitem(l, big, none()), -1);
  EXPECT_EQ(error_text(), "IndexError: list assignment index out of range");
  EXPECT_EQ(object_delitem(l, big), -1);
  EXPECT_EQ(error_text(), "IndexError: list assignment index out of range");
  Object* x = str("x");
  EXPECT_EQ(object_setitem(l, k, x), 0);
  EXPECT_EQ(repr(l), "[10, 20, 'x']");
  EXPECT_EQ(object_delitem(l, int_from_int64(0)), 0);
  EXPECT_EQ(repr(l), "[20, 'x']");
  EXPECT_EQ(object_getitem(l, x), nullptr);
  EXPECT_EQ(error_text(), "TypeError: list indices must be integers or slices, not str");
  EXPECT_EQ(object_setitem(l, x, x), -1);
  EXPECT_EQ(error_text(), "TypeError: list indices must be integers or slices, not str");
  // Booleans are indices.
  v = object_getitem(l, bool_object(true));
  EXPECT_EQ(v, x);
  decref(v);
  // An index beyond 64 bits: IndexError "cannot fit".
  Object* huge = int_from_int128(static_cast<__int128>(1) << 100);
  EXPECT_EQ(object_getitem(l, huge), nullptr);
  EXPECT_EQ(error_text(), "IndexError: cannot fit 'int' into an index-sized integer");
  decref(huge);
  decref(x);
  decref(big);
  decref(minus4);
  decref(k);
  decref(l);
}

TEST_F(ListTest, InsertPopRemoveIndexCount) {
  Object* l = ints({1, 2, 3});
  list_insert(l, -100, int_from_int64(0));
  list_insert(l, 100, int_from_int64(9));
  list_insert(l, -1, int_from_int64(8));
  EXPECT_EQ(values(l), (std::vector<int64_t>{0, 1, 2, 3, 8, 9}));
  Object* p = list_pop(l);
  EXPECT_EQ(*int_to_int64(p), 9);
  decref(p);
  p = list_pop(l, 1);
  EXPECT_EQ(*int_to_int64(p), 1);
  decref(p);
  EXPECT_EQ(list_pop(l, 5), nullptr);
  EXPECT_EQ(error_text(), "IndexError: pop index out of range");
  EXPECT_EQ(list_pop(l, -6), nullptr);
  EXPECT_EQ(error_text(), "IndexError: pop index out of range");
  Object* e = list_new(0);
  EXPECT_EQ(list_pop(e), nullptr);
  EXPECT_EQ(error_text(), "IndexError: pop from empty list");
  EXPECT_EQ(list_pop(e, 0), nullptr);
  EXPECT_EQ(error_text(), "IndexError: pop from empty list");

  Object* two = int_from_int64(2);
  Object* seven = int_from_int64(7);
  Object* sx = str("x");
  EXPECT_EQ(list_index(l, two), 1);
  EXPECT_EQ(list_index(l, seven), -1);
  EXPECT_EQ(error_text(), "ValueError: 7 is not in list");
  EXPECT_EQ(list_index(l, sx), -1);
  EXPECT_EQ(error_text(), "ValueError: 'x' is not in list");
  EXPECT_EQ(list_index(l, two, -1), -1);  // [0, 2, 3, 8][-1:]
  EXPECT_EQ(error_text(), "ValueError: 2 is not in list");
  EXPECT_EQ(list_index(l, two, -100, 2), 1);
  EXPECT_EQ(list_count(l, two), 1);
  list_append(l, two);
  EXPECT_EQ(list_count(l, two), 2);
  EXPECT_EQ(list_remove(l, two), 0);
  EXPECT_EQ(values(l), (std::vector<int64_t>{0, 3, 8, 2}));
  EXPECT_EQ(list_remove(l, seven), -1);
  EXPECT_EQ(error_text(), "ValueError: list.remove(x): x not in list");
  decref(sx);
  decref(two);
  decref(seven);
  decref(e);
  decref(l);
}

TEST_F(ListTest, SliceGet) {
  Object* l = ints({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  struct Case {
    std::optional<int64_t> start, stop, step;
    const char* want;
  } cases[] = {
      {{}, {}, 2, "[0, 2, 4, 6, 8]"},
      {1, {}, 3, "[1, 4, 7]"},
      {{}, {}, -1, "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]"},
      {8, 1, -3, "[8, 5, 2]"},
      {-3, {}, {}, "[7, 8, 9]"},
      {-100, 100, {}, "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"},
      {5, 2, {}, "[]"},
      {{}, {}, -4, "[9, 5, 1]"},
      {-1, -11, -2, "[9, 7, 5, 3, 1]"},
      {3, -3, 2, "[3, 5]"},
  };
  for (const Case& c : cases) {
    Object* s = sl(c.start, c.stop, c.step);
    Object* r = object_getitem(l, s);
    EXPECT_EQ(repr(r), c.want) << repr(s);
    decref(r);
    decref(s);
  }
  Object* s = sl({}, {}, 0);
  EXPECT_EQ(object_getitem(l, s), nullptr);
  EXPECT_EQ(error_text(), "ValueError: slice step cannot be zero");
  decref(s);
  // Big bounds clamp.
  Object* huge = int_from_int128(static_cast<__int128>(1) << 100);
  s = slice_new(huge, nullptr, nullptr);
  Object* r = object_getitem(l, s);
  EXPECT_EQ(repr(r), "[]");
  decref(r);
  decref(s);
  s = slice_new(nullptr, nullptr, huge);
  r = object_getitem(l, s);
  EXPECT_EQ(repr(r), "[0]");
  decref(r);
  decref(s);
  decref(huge);
  decref(l);
}

TEST_F(ListTest, SliceAssign) {
  EXPECT_EQ(assign10(sl(2, 5), strs({"a", "b"})), "[0, 1, 'a', 'b', 5, 6, 7, 8, 9]");
  EXPECT_EQ(assign10(sl(2, 5), strs({"a", "b", "c", "d", "e"})), "[0, 1, 'a', 'b', 'c', 'd', 'e', 5, 6, 7, 8, 9]");
  EXPECT_EQ(assign10(sl(8, 20), strs({"x"})), "[0, 1, 2, 3, 4, 5, 6, 7, 'x']");
  EXPECT_EQ(assign10(sl(-2, 1), strs({"x"})), "[0, 1, 2, 3, 4, 5, 6, 7, 'x', 8, 9]");
  EXPECT_EQ(assign10(sl(5, 2), strs({"a", "b", "c"})), "[0, 1, 2, 3, 4, 'a', 'b', 'c', 5, 6, 7, 8, 9]");
  EXPECT_EQ(assign10(sl({}, {}, 3), strs({"w", "x", "y", "z"})), "['w', 1, 2, 'x', 4, 5, 'y', 7, 8, 'z']");
  EXPECT_EQ(assign10(sl({}, {}, 3), strs({"w", "x", "y"})),
            "ValueError: attempt to assign sequence of size 3 to extended slice of size 4");
  EXPECT_EQ(assign10(sl({}, {}, -3), strs({"w", "x", "y", "z"})), "['z', 1, 2, 'y', 4, 5, 'x', 7, 8, 'w']");
  EXPECT_EQ(assign10(sl(8, 1, -3), strs({"a", "b", "c"})), "[0, 1, 'c', 3, 4, 'b', 6, 7, 'a', 9]");
  EXPECT_EQ(assign10(sl(2, 5, -1), list_new(0)), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
  EXPECT_EQ(assign10(sl(2, 5, -1), strs({"a"})),
            "ValueError: attempt to assign sequence of size 1 to extended slice of size 0");
  EXPECT_EQ(assign10(sl(1, 2, 3), int_from_int64(5)), "TypeError: must assign iterable to extended slice");
  EXPECT_EQ(assign10(sl(1, 2), int_from_int64(5)), "TypeError: can only assign an iterable");
  EXPECT_EQ(assign10(sl(0, 10), list_new(0)), "[]");
  EXPECT_EQ(assign10(sl(1, 3), range_new(0, 5, 1)), "[0, 0, 1, 2, 3, 4, 3, 4, 5, 6, 7, 8, 9]");
  EXPECT_EQ(assign10(sl(1, 3), tuple_pack({none()})), "[0, None, 3, 4, 5, 6, 7, 8, 9]");

  // Assigning a list to a slice of itself uses a copy.
  Object* l = ints({0, 1, 2, 3});
  Object* s = sl({}, {}, -1);
  object_setitem(l, s, l);
  EXPECT_EQ(repr(l), "[3, 2, 1, 0]");
  decref(s);
  decref(l);
  l = ints({0, 1, 2, 3});
  s = sl(1, 3);
  object_setitem(l, s, l);
  EXPECT_EQ(repr(l), "[0, 0, 1, 2, 3, 3]");
  decref(s);
  decref(l);
}

TEST_F(ListTest, SliceDelete) {
  EXPECT_EQ(delete10(sl({}, {}, 2)), "[1, 3, 5, 7, 9]");
  EXPECT_EQ(delete10(sl(1, {}, 3)), "[0, 2, 3, 5, 6, 8, 9]");
  EXPECT_EQ(delete10(sl({}, {}, -1)), "[]");
  EXPECT_EQ(delete10(sl(8, 1, -3)), "[0, 1, 3, 4, 6, 7, 9]");
  EXPECT_EQ(delete10(sl(2, 5)), "[0, 1, 5, 6, 7, 8, 9]");
  EXPECT_EQ(delete10(sl(5, 2)), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
  EXPECT_EQ(delete10(sl({}, {}, -4)), "[0, 2, 3, 4, 6, 7, 8]");
  EXPECT_EQ(delete10(sl(0, 0, -1)), "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]");
  // del l[::2] keeps the array (10 slots for 5 items).
  Object* l = ints({0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  Object* s = sl({}, {}, 2);
  object_delitem(l, s);
  EXPECT_EQ(static_cast<ListObject*>(l)->allocated, 10);
  decref(s);
  decref(l);
}

TEST_F(ListTest, ConcatRepeatExtend) {
  SequenceMethods* sq = ListType.tp_as_sequence;
  Object* a = ints({1, 2});
  Object* b = ints({3});
  Object* c = sq->sq_concat(a, b);
  EXPECT_EQ(repr(c), "[1, 2, 3]");
  EXPECT_EQ(static_cast<ListObject*>(c)->allocated, 3);
  Object* t = tuple_pack({none()});
  EXPECT_EQ(sq->sq_concat(a, t), nullptr);
  EXPECT_EQ(error_text(), "TypeError: can only concatenate list (not \"tuple\") to list");
  Object* r = sq->sq_repeat(a, 3);
  EXPECT_EQ(repr(r), "[1, 2, 1, 2, 1, 2]");
  decref(r);
  r = sq->sq_repeat(a, -1);
  EXPECT_EQ(repr(r), "[]");
  decref(r);
  EXPECT_EQ(sq->sq_repeat(a, int64_t(1) << 62), nullptr);
  EXPECT_EQ(error_text(), "MemoryError");
  Object* one = ints({1});
  EXPECT_EQ(sq->sq_repeat(one, int64_t(1) << 62), nullptr);
  EXPECT_EQ(error_text(), "MemoryError");
  EXPECT_EQ(sq->sq_inplace_repeat(one, int64_t(1) << 62), nullptr);
  EXPECT_EQ(error_text(), "MemoryError");
  r = sq->sq_inplace_repeat(c, 0);
  EXPECT_EQ(r, c);
  EXPECT_EQ(repr(c), "[]");
  decref(r);
  r = sq->sq_inplace_concat(c, t);
  EXPECT_EQ(repr(c), "[None]");
  decref(r);
  EXPECT_EQ(sq->sq_inplace_concat(c, none()), nullptr);
  EXPECT_EQ(error_text(), "TypeError: 'NoneType' object is not iterable");
  EXPECT_EQ(list_extend(a, a), 0);
  EXPECT_EQ(repr(a), "[1, 2, 1, 2]");
  // Repetition shares the items: the counts go up by the copies.
  Object* s = str("shared");
  Object* ls = list_new(1);
  list_item(ls, 0) = newref(s);
  ssize before = s->ob_refcnt;
  r = sq->sq_repeat(ls, 1000);
  EXPECT_EQ(s->ob_refcnt, before + 1000);
  decref(r);
  EXPECT_EQ(s->ob_refcnt, before);
  decref(ls);
  decref(s);
  decref(one);
  decref(t);
  decref(c);
  decref(b);
  decref(a);
}

TEST_F(ListTest, ContainsAndCompare) {
  Object* a = ints({1, 2, 3});
  Object* b = ints({1, 2, 3, 4});
  Object* two = int_from_int64(2);
  EXPECT_EQ(ListType.tp_as_sequence->sq_contains(a, two), 1);
  EXPECT_EQ(ListType.tp_as_sequence->sq_contains(a, none()), 0);
  EXPECT_EQ(object_richcompare_bool(a, b, kLt), 1);
  EXPECT_EQ(object_richcompare_bool(a, b, kEq), 0);
  EXPECT_EQ(object_richcompare_bool(b, a, kGe), 1);
  Object* c = ints({1, 2, 3});
  EXPECT_EQ(object_richcompare_bool(a, c, kEq), 1);
  EXPECT_EQ(object_richcompare_bool(a, c, kLe), 1);
  EXPECT_EQ(object_richcompare_bool(a, c, kLt), 0);
  Object* d = list_new(2);
  list_item(d, 0) = int_from_int64(1);
  list_item(d, 1) = str("a");
  EXPECT_EQ(object_richcompare_bool(a, d, kEq), 0);
  EXPECT_EQ(object_richcompare_bool(a, d, kLt), -1);
  EXPECT_EQ(error_text(), "TypeError: '<' not supported between instances of 'int' and 'str'");
  Object* s = str("a");
  EXPECT_EQ(object_richcompare_bool(a, s, kLt), -1);
  EXPECT_EQ(error_text(), "TypeError: '<' not supported between instances of 'list' and 'str'");
  EXPECT_EQ(object_hash(a), -1);
  EXPECT_EQ(error_text(), "TypeError: unhashable type: 'list'");
  // Identical items are not compared: a list holding an object whose
  // comparisons fail still equals itself item by item.
  Object* p = make_probe(1, 1);
  ProbeHook fail([](Probe*, Probe*, int) { return raise(&exc::RuntimeError, "no"), -1; });
  Object* e1 = list_new(1);
  list_item(e1, 0) = newref(p);
  Object* e2 = list_new(1);
  list_item(e2, 0) = newref(p);
  EXPECT_EQ(object_richcompare_bool(e1, e2, kEq), 1);
  EXPECT_EQ(ListType.tp_as_sequence->sq_contains(e1, p), 1);
  decref(e1);
  decref(e2);
  decref(p);
  decref(s);
  decref(d);
  decref(c);
  decref(two);
  decref(b);
  decref(a);
}

TEST_F(ListTest, ComparisonOrderOfCalls) {
  // [a] == [b] asks a.__eq__(b); `b in [a]` too (the item on the left).
  std::vector<std::string> log;
  ProbeHook hook([&](Probe* x, Probe* y, int op) {
    log.push_back(std::to_string(op) + ":" + std::to_string(x->id) + "," + std::to_string(y->id));
    return 0;
  });
  Object* a = make_probe(1, 1);
  Object* b = make_probe(2, 2);
  Object* la = list_new(1);
  list_item(la, 0) = newref(a);
  Object* lb = list_new(1);
  list_item(lb, 0) = newref(b);
  EXPECT_EQ(object_richcompare_bool(la, lb, kLt), 1);
  EXPECT_EQ(ListType.tp_as_sequence->sq_contains(la, b), 0);
  EXPECT_EQ(list_count(la, b), 0);
  EXPECT_EQ(log, (std::vector<std::string>{"2:1,2", "0:1,2", "2:1,2", "2:1,2"}));
  decref(la);
  decref(lb);
  decref(a);
  decref(b);
}

TEST_F(ListTest, ReprAndRecursion) {
  Object* l = list_new(0);
  EXPECT_EQ(repr(l), "[]");
  list_append(l, int_from_int64(1));
  Object* inner = list_new(0);
  list_append(inner, int_from_int64(2));
  Object* a = str("a");
  list_append(inner, a);
  list_append(l, inner);
  list_append(l, none());
  EXPECT_EQ(repr(l), "[1, [2, 'a'], None]");
  // l[0] = l
  list_set_item(l, 0, l);
  EXPECT_EQ(repr(l), "[[...], [2, 'a'], None]");
  // inner.append([l])
  Object* wrap = list_new(0);
  list_append(wrap, l);
  list_append(inner, wrap);
  EXPECT_EQ(repr(l), "[[...], [2, 'a', [[...]]], None]");
  EXPECT_EQ(repr(inner), "[2, 'a', [[[...], [...], None]]]");
  EXPECT_EQ(ts.repr_depth, 0);
  EXPECT_EQ(ts.repr_stack, nullptr);
  // Non-ASCII items make a wider result.
  Object* u = str("\xe2\x82\xac");
  Object* lu = list_new(0);
  list_append(lu, a);
  list_append(lu, u);
  Object* r = object_repr(lu);
  EXPECT_EQ(str_kind(r), 2);
  EXPECT_EQ(str_utf8(r), "['a', '\xe2\x82\xac']");
  decref(r);
  // Break the cycles before releasing.
  list_clear(l);
  list_clear(inner);
  decref(lu);
  decref(u);
  decref(wrap);
  decref(a);
  decref(inner);
  decref(l);
}

TEST_F(ListTest, Iterators) {
  Object* l = ints({1, 2, 3});
  Object* it = object_get_iter(l);
  EXPECT_STREQ(type_of(it)->tp_name, "list_iterator");
  std::vector<int64_t> got;
  while (Object* x = iter_next(it)) {
    got.push_back(*int_to_int64(x));
    decref(x);
    if (got.size() == 1) list_append(l, int_from_int64(4));  // seen by the iterator
  }
  EXPECT_FALSE(error_occurred());
  EXPECT_EQ(got, (std::vector<int64_t>{1, 2, 3, 4}));
  // Exhausted iterators stay exhausted.
  list_append(l, int_from_int64(5));
  EXPECT_EQ(iter_next(it), nullptr);
  decref(it);
  it = list_reversed(l);
  EXPECT_STREQ(type_of(it)->tp_name, "list_reverseiterator");
  got.clear();
  while (Object* x = iter_next(it)) {
    got.push_back(*int_to_int64(x));
    decref(x);
  }
  EXPECT_EQ(got, (std::vector<int64_t>{5, 4, 3, 2, 1}));
  decref(it);
  Object* copy = list_from_iterable(l);
  EXPECT_EQ(values(copy), (std::vector<int64_t>{1, 2, 3, 4, 5}));
  Object* cp = list_copy(l);
  list_reverse(cp);
  EXPECT_EQ(values(cp), (std::vector<int64_t>{5, 4, 3, 2, 1}));
  EXPECT_EQ(list_from_iterable(none()), nullptr);
  EXPECT_EQ(error_text(), "TypeError: 'NoneType' object is not iterable");
  decref(cp);
  decref(copy);
  decref(l);
}

TEST_F(ListTest, RefcountsBalanced) {
  Object* s = str("item");
  ssize base = s->ob_refcnt;
  Object* l = list_new(0);
  for (int i = 0; i < 50; i++) list_append(l, s);
  EXPECT_EQ(s->ob_refcnt, base + 50);
  Object* key = sl(5, 40, 3);
  Object* part = object_getitem(l, key);
  EXPECT_EQ(s->ob_refcnt, base + 50 + 12);
  object_delitem(l, key);
  EXPECT_EQ(s->ob_refcnt, base + 38 + 12);
  decref(part);
  decref(key);
  decref(list_pop(l, 3));
  list_remove(l, s);
  EXPECT_EQ(s->ob_refcnt, base + 36);
  Object* t = list_as_tuple(l);
  EXPECT_EQ(s->ob_refcnt, base + 72);
  decref(t);
  list_clear(l);
  EXPECT_EQ(s->ob_refcnt, base);
  decref(l);
  decref(s);
}

TEST_F(ListTest, DeepNestingIsReleasedWithoutRecursion) {
  Object* l = list_new(0);
  for (int i = 0; i < 1000000; i++) {
    Object* outer = list_new(1);
    list_item(outer, 0) = l;
    l = outer;
  }
  decref(l);
  EXPECT_EQ(ts.trash_depth, 0);
  EXPECT_EQ(ts.trash_later, nullptr);
}

// ---- slice ---------------------------------------------------------------------------

TEST_F(ListTest, SliceIndices) {
  struct Case {
    std::optional<int64_t> start, stop, step;
    int64_t length;
    const char* want;
  } cases[] = {
      {1, 2, 3, 10, "(1, 2, 3)"},
      {{}, {}, -1, 10, "(9, -1, -1)"},
      {-100, 100, {}, 10, "(0, 10, 1)"},
      {{}, {}, {}, 0, "(0, 0, 1)"},
      {-3, {}, -2, 5, "(2, -1, -2)"},
  };
  for (const Case& c : cases) {
    Object* s = sl(c.start, c.stop, c.step);
    Object* n = int_from_int64(c.length);
    Object* r = slice_indices(s, n);
    ASSERT_NE(r, nullptr) << error_text();
    std::string text = "(";
    for (ssize i = 0; i < 3; i++) text += (i ? ", " : "") + repr(tuple_item(r, i));
    EXPECT_EQ(text + ")", c.want);
    decref(r);
    decref(n);
    decref(s);
  }
  Object* s = sl(1, 2, 0);
  Object* n = int_from_int64(5);
  EXPECT_EQ(slice_indices(s, n), nullptr);
  EXPECT_EQ(error_text(), "ValueError: slice step cannot be zero");
  decref(s);
  s = sl(1, 2, 3);
  Object* neg = int_from_int64(-1);
  EXPECT_EQ(slice_indices(s, neg), nullptr);
  EXPECT_EQ(error_text(), "ValueError: length should not be negative");
  Object* x = str("a");
  EXPECT_EQ(slice_indices(s, x), nullptr);
  EXPECT_EQ(error_text(), "TypeError: 'str' object cannot be interpreted as an integer");
  decref(s);
  s = slice_new(x, nullptr, nullptr);
  EXPECT_EQ(slice_indices(s, n), nullptr);
  EXPECT_EQ(error_text(), "TypeError: slice indices must be integers or None or have an __index__ method");
  decref(s);
  // Huge bounds clamp; a huge step is kept.
  Object* huge = int_from_int128(static_cast<__int128>(1) << 100);
  Object* mhuge = int_from_int128(-(static_cast<__int128>(1) << 100));
  s = slice_new(huge, mhuge, int_from_int64(-1));  // small ints are immortal
  Object* r = slice_indices(s, n);
  EXPECT_EQ(*int_to_int64(tuple_item(r, 0)), 4);
  EXPECT_EQ(*int_to_int64(tuple_item(r, 1)), -1);
  decref(r);
  decref(s);
  s = slice_new(int_from_int64(1), int_from_int64(2), huge);
  r = slice_indices(s, n);
  EXPECT_EQ(tuple_item(r, 2), huge);
  decref(r);
  decref(s);
  decref(huge);
  decref(mhuge);
  decref(x);
  decref(neg);
  decref(n);
}

TEST_F(ListTest, SliceUnpackAndAdjust) {
  ssize start, stop, step;
  Object* s = sl({}, {}, -1);
  ASSERT_TRUE(slice_unpack(s, &start, &stop, &step));
  EXPECT_EQ(start, INT64_MAX);
  EXPECT_EQ(stop, INT64_MIN);
  EXPECT_EQ(slice_adjust_indices(10, &start, &stop, step), 10);
  EXPECT_EQ(start, 9);
  EXPECT_EQ(stop, -1);
  decref(s);
  Object* minbig = int_from_int128(-(static_cast<__int128>(1) << 100));
  s = slice_new(nullptr, nullptr, minbig);
  ASSERT_TRUE(slice_unpack(s, &start, &stop, &step));
  EXPECT_EQ(step, -INT64_MAX);
  decref(s);
  decref(minbig);
  // The step is checked first.
  Object* f = str("x");
  s = slice_new(f, nullptr, int_from_int64(0));
  EXPECT_FALSE(slice_unpack(s, &start, &stop, &step));
  EXPECT_EQ(error_text(), "ValueError: slice step cannot be zero");
  decref(s);
  decref(f);
}

TEST_F(ListTest, SliceReprCompareArgs) {
  Object* a = sl(1, 2);
  EXPECT_EQ(repr(a), "slice(1, 2, None)");
  Object* b = sl({}, {});
  EXPECT_EQ(repr(b), "slice(None, None, None)");
  Object* x = str("a");
  Object* l = ints({1});
  Object* c = slice_new(x, l, nullptr);
  EXPECT_EQ(repr(c), "slice('a', [1], None)");
  Object* d = sl(1, 3);
  EXPECT_EQ(object_richcompare_bool(a, d, kLt), 1);
  EXPECT_EQ(object_richcompare_bool(a, d, kEq), 0);
  Object* e = sl(1, 2);
  EXPECT_EQ(object_richcompare_bool(a, e, kEq), 1);
  EXPECT_EQ(object_richcompare_bool(a, e, kGe), 1);
  Object* f = slice_new(int_from_int64(1), x, nullptr);
  EXPECT_EQ(object_richcompare_bool(a, f, kLt), -1);
  EXPECT_EQ(error_text(), "TypeError: '<' not supported between instances of 'int' and 'str'");
  Object* t = tuple_pack({x});
  EXPECT_EQ(object_richcompare_bool(a, t, kLt), -1);
  EXPECT_EQ(error_text(), "TypeError: '<' not supported between instances of 'slice' and 'tuple'");
  EXPECT_EQ(object_hash(a), -1);
  EXPECT_EQ(error_text(), "TypeError: unhashable type: 'slice'");
  EXPECT_EQ(slice_from_args(nullptr, 0), nullptr);
  EXPECT_EQ(error_text(), "TypeError: slice expected at least 1 argument, got 0");
  Object* args[4] = {x, x, x, x};
  EXPECT_EQ(slice_from_args(args, 4), nullptr);
  EXPECT_EQ(error_text(), "TypeError: slice expected at most 3 arguments, got 4");
  Object* g = slice_from_args(args, 1);
  EXPECT_EQ(repr(g), "slice(None, 'a', None)");
  for (Object* o : {a, b, c, d, e, f, g, t, l, x}) decref(o);
}

}  // namespace
}  // namespace dx::test
