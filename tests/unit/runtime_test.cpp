// The runtime core: strings, tuples, raising and fetching exceptions.
#include <gtest/gtest.h>

#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

using namespace dx;

class RuntimeTest : public ::testing::Test {
 protected:
  void SetUp() override { runtime_init(); }
  Interpreter interp;
  ThreadState ts{&interp};
  ThreadStateScope scope{&ts};
};

TEST_F(RuntimeTest, StrKinds) {
  struct Case {
    const char* utf8;
    ssize length;
    int kind;
    bool ascii;
  } cases[] = {{"", 0, 1, true},          {"hello", 5, 1, true},        {"caf\xc3\xa9", 4, 1, false},
               {"\xe2\x82\xac!", 2, 2, false}, {"a\xf0\x9f\x98\x80", 2, 4, false}, {"\xed\xa0\x80", 1, 2, false}};
  for (const Case& c : cases) {
    Object* s = str_from_utf8(c.utf8);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(str_length(s), c.length) << c.utf8;
    EXPECT_EQ(str_kind(s), c.kind) << c.utf8;
    EXPECT_EQ(str_is_ascii(s), c.ascii) << c.utf8;
    if (std::string_view(c.utf8) != "\xed\xa0\x80") {
      EXPECT_EQ(str_utf8(s), std::string_view(c.utf8));
    }
    decref(s);
  }
}

TEST_F(RuntimeTest, StrSurrogateHasNoUtf8) {
  Object* s = str_from_utf8("\xed\xa0\x80");  // '\ud800'
  EXPECT_EQ(str_utf8(s).data(), nullptr);
  EXPECT_TRUE(error_matches(&exc::UnicodeEncodeError));
  EXPECT_TRUE(error_matches(&exc::ValueError));
  clear_error();
  decref(s);
}

TEST_F(RuntimeTest, StrHashAndEquality) {
  Object* a = str_from_utf8("d\xc3\xa9j\xc3\xa0 vu");
  Object* b = str_from_utf8("d\xc3\xa9j\xc3\xa0 vu");
  Object* c = str_from_ascii("deja vu");
  EXPECT_TRUE(str_equal(a, b));
  EXPECT_FALSE(str_equal(a, c));
  EXPECT_EQ(str_hash(a), str_hash(b));
  EXPECT_NE(str_hash(a), -1);
  EXPECT_TRUE(str_equal_ascii(c, "deja vu"));
  decref(a);
  decref(b);
  decref(c);
}

TEST_F(RuntimeTest, RaiseAndFetch) {
  EXPECT_FALSE(error_occurred());
  EXPECT_EQ(raise(&exc::TypeError, "unsupported operand type(s) for +: '%s' and '%s'", "int", "str"), nullptr);
  ASSERT_TRUE(error_occurred());
  EXPECT_TRUE(error_matches(&exc::TypeError));
  EXPECT_TRUE(error_matches(&exc::Exception));
  EXPECT_FALSE(error_matches(&exc::ValueError));
  Object* e = fetch_error();
  EXPECT_FALSE(error_occurred());
  auto* be = static_cast<BaseExceptionObject*>(e);
  ASSERT_TRUE(is_tuple(be->args));
  ASSERT_EQ(tuple_size(be->args), 1);
  EXPECT_EQ(str_utf8(tuple_item(be->args, 0)), "unsupported operand type(s) for +: 'int' and 'str'");
  restore_error(e);
  EXPECT_TRUE(error_matches(&exc::TypeError));
  clear_error();
}

TEST_F(RuntimeTest, ExceptionHierarchy) {
  EXPECT_EQ(exc::KeyError.tp_base, &exc::LookupError);
  EXPECT_EQ(exc::TabError.tp_base, &exc::IndentationError);
  EXPECT_EQ(exc::ModuleNotFoundError.tp_base, &exc::ImportError);
  EXPECT_EQ(exc::BaseException.tp_basicsize, static_cast<ssize>(sizeof(BaseExceptionObject)));
  EXPECT_EQ(exc::SyntaxError.tp_basicsize, static_cast<ssize>(sizeof(SyntaxErrorObject)));
  raise_object(&exc::StopIteration, nullptr);
  Object* e = fetch_error();
  EXPECT_EQ(tuple_size(static_cast<BaseExceptionObject*>(e)->args), 0);
  decref(e);
}

TEST_F(RuntimeTest, SmallIntsAndBool) {
  EXPECT_EQ(int_from_int64(7), int_from_int64(7));  // cached
  EXPECT_EQ(*int_to_int64(int_from_int64(-5)), -5);
  for (int64_t v : {int64_t(257), int64_t(-6), int64_t(1) << 40, -(int64_t(1) << 62), INT64_MAX, INT64_MIN}) {
    Object* o = int_from_int64(v);
    ASSERT_NE(o, nullptr);
    EXPECT_EQ(*int_to_int64(o), v);
    decref(o);
  }
  EXPECT_TRUE(is_int(bool_object(true)));
  EXPECT_EQ(object_is_true(bool_object(false)), 0);
  EXPECT_EQ(object_is_true(none()), 0);
}

TEST_F(RuntimeTest, RichCompareStrings) {
  Object* a = str_from_ascii("apple");
  Object* b = str_from_utf8("\xc3\xa9t\xc3\xa9");  // été
  EXPECT_EQ(object_richcompare_bool(a, b, kLt), 1);
  EXPECT_EQ(object_richcompare_bool(a, b, kEq), 0);
  EXPECT_EQ(object_richcompare_bool(a, a, kEq), 1);
  // Different types: == is identity, < is a TypeError with CPython's message.
  Object* n = int_from_int64(1);
  EXPECT_EQ(object_richcompare_bool(a, n, kEq), 0);
  EXPECT_EQ(object_richcompare_bool(a, n, kLt), -1);
  Object* e = fetch_error();
  EXPECT_EQ(str_utf8(tuple_item(static_cast<BaseExceptionObject*>(e)->args, 0)),
            "'<' not supported between instances of 'str' and 'int'");
  decref(e);
  decref(a);
  decref(b);
}

TEST_F(RuntimeTest, Reprs) {
  Object* r = object_repr(none());
  EXPECT_EQ(str_utf8(r), "None");
  decref(r);
  Object* s = object_str(ellipsis());
  EXPECT_EQ(str_utf8(s), "Ellipsis");
  decref(s);
}
