// The format mini-language (format(), str.format) and %-formatting of
// numbers and text. Table cases are python3.11's answers; the CrossCheck tests
// ask python3.11 itself about thousands of random specs and values (skipped
// when it is not installed) and compare every byte, errors included.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <random>
#include <variant>

#include "python_oracle.h"
#include "support/float_text.h"
#include "support/format_spec.h"
#include "support/percent_format.h"
#include "support/repr.h"

namespace dx {
namespace {

const char* exc_name(ExcKind k) {
  switch (k) {
    case ExcKind::kNone: return "OK";
    case ExcKind::kValueError: return "ValueError";
    case ExcKind::kOverflowError: return "OverflowError";
    case ExcKind::kTypeError: return "TypeError";
    case ExcKind::kZeroDivisionError: return "ZeroDivisionError";
    case ExcKind::kMemoryError: return "MemoryError";
    case ExcKind::kPending: return "Pending";
  }
  return "?";
}

// "OK <text>" or "<ExceptionName> <message>".
std::string outcome(const TextStatus& st, const std::string& out) {
  if (st.ok()) return "OK " + out;
  return std::string(exc_name(st.kind)) + " " + st.message;
}

constexpr double kInf = std::numeric_limits<double>::infinity();
const double kNan = std::numeric_limits<double>::quiet_NaN();

std::string fmt_str(std::string_view spec, std::string_view text) {
  std::string out;
  TextStatus st = format_str(spec, text, out);
  return outcome(st, out);
}
std::string fmt_int(std::string_view spec, std::string_view decimal, std::string_view type_name = "int") {
  std::string out;
  FormatSpec f;
  TextStatus st = parse_format_spec(spec, FormatTarget::kInt, type_name, &f);
  if (st.ok()) st = format_int_decimal(f, decimal, out);
  return outcome(st, out);
}
std::string fmt_float(std::string_view spec, double x) {
  std::string out;
  TextStatus st = format_float(spec, x, out);
  return outcome(st, out);
}
std::string fmt_complex(std::string_view spec, double re, double im) {
  std::string out;
  TextStatus st = format_complex(spec, re, im, out);
  return outcome(st, out);
}

TEST(FormatSpec, Str) {
  EXPECT_EQ(fmt_str("", "ab"), "OK ab");
  EXPECT_EQ(fmt_str("05", "ab"), "OK ab000");
  EXPECT_EQ(fmt_str("<05", "ab"), "OK ab000");
  EXPECT_EQ(fmt_str("^9.2", "h\u00e9llo"), "OK    h\u00e9    ");
  EXPECT_EQ(fmt_str("\U0001F600^7", "ab"), "OK \U0001F600\U0001F600ab\U0001F600\U0001F600\U0001F600");
  EXPECT_EQ(fmt_str("\u0661\u0660", "a"), "OK a         ");
  EXPECT_EQ(fmt_str(std::string_view("\0<5", 3), "a"), std::string("OK a\0\0\0\0", 8));
  EXPECT_EQ(fmt_str("=5", "ab"), "ValueError '=' alignment not allowed in string format specifier");
  EXPECT_EQ(fmt_str("+", "ab"), "ValueError Sign not allowed in string format specifier");
  EXPECT_EQ(fmt_str(" ", "ab"), "ValueError Space not allowed in string format specifier");
  EXPECT_EQ(fmt_str("#", "ab"), "ValueError Alternate form (#) not allowed in string format specifier");
  EXPECT_EQ(fmt_str("z", "ab"), "ValueError Negative zero coercion (z) not allowed in string format specifier");
  EXPECT_EQ(fmt_str(",", "ab"), "ValueError Cannot specify ',' with 's'.");
  EXPECT_EQ(fmt_str("_", "ab"), "ValueError Cannot specify '_' with 's'.");
  EXPECT_EQ(fmt_str(".x", "ab"), "ValueError Format specifier missing precision");
  EXPECT_EQ(fmt_str("d", "ab"), "ValueError Unknown format code 'd' for object of type 'str'");
  EXPECT_EQ(fmt_str("\u00e9", "ab"), "ValueError Unknown format code '\\xe9' for object of type 'str'");
  EXPECT_EQ(fmt_str("\x01", "ab"), "ValueError Unknown format code '\\x1' for object of type 'str'");
  EXPECT_EQ(fmt_str("ss", "ab"), "ValueError Invalid format specifier 'ss' for object of type 'str'");
  EXPECT_EQ(fmt_str("99999999999999999999", "ab"), "ValueError Too many decimal digits in format string");
  EXPECT_EQ(fmt_str(".9223372036854775808", "ab"), "ValueError Too many decimal digits in format string");
  EXPECT_EQ(fmt_str("9223372036854775807", "ab"), "MemoryError ");
  EXPECT_EQ(fmt_str(",_", "ab"), "ValueError Cannot specify both ',' and '_'.");
  EXPECT_EQ(fmt_str("_,", "ab"), "ValueError Cannot specify both ',' and '_'.");
  EXPECT_EQ(fmt_str("<<<", "ab"), "ValueError Unknown format code '<' for object of type 'str'");
  EXPECT_EQ(fmt_str("+#=z", "a"), "ValueError Invalid format specifier '+#=z' for object of type 'str'");
}

TEST(FormatSpec, Int) {
  EXPECT_EQ(fmt_int("", "-12"), "OK -12");
  EXPECT_EQ(fmt_int(",_", "1"), "ValueError Cannot specify both ',' and '_'.");
  EXPECT_EQ(fmt_int(",b", "1"), "ValueError Cannot specify ',' with 'b'.");
  EXPECT_EQ(fmt_int(",,", "1"), "ValueError Cannot specify ',' with ','.");
  EXPECT_EQ(fmt_int(", ", "1"), "ValueError Cannot specify ',' with '\\x20'.");
  EXPECT_EQ(fmt_int(",\u1234", "1"), "ValueError Cannot specify ',' with '\\x1234'.");
  EXPECT_EQ(fmt_int("_n", "1"), "ValueError Cannot specify '_' with 'n'.");
  EXPECT_EQ(fmt_int("z", "1"), "ValueError Negative zero coercion (z) not allowed in integer format specifier");
  EXPECT_EQ(fmt_int(".3", "1"), "ValueError Precision not allowed in integer format specifier");
  EXPECT_EQ(fmt_int("+c", "1"), "ValueError Sign not allowed with integer format specifier 'c'");
  EXPECT_EQ(fmt_int("#c", "1"), "ValueError Alternate form (#) not allowed with integer format specifier 'c'");
  EXPECT_EQ(fmt_int("c", "1114112"), "OverflowError %c arg not in range(0x110000)");
  EXPECT_EQ(fmt_int("c", "-1"), "OverflowError %c arg not in range(0x110000)");
  EXPECT_EQ(fmt_int("c", "18446744073709551616"), "OverflowError Python int too large to convert to C long");
  EXPECT_EQ(fmt_int("05c", "65"), "OK 0000A");
  EXPECT_EQ(fmt_int("^5c", "128512"), "OK   \U0001F600  ");
  EXPECT_EQ(fmt_int("5 ", "1"), "ValueError Unknown format code '\\x20' for object of type 'int'");
  EXPECT_EQ(fmt_int("\x7f", "1"), "ValueError Unknown format code '\x7f' for object of type 'int'");
  EXPECT_EQ(fmt_int("x", "1", "bool"), "OK 1");
  EXPECT_EQ(fmt_int("s", "1", "bool"), "ValueError Unknown format code 's' for object of type 'bool'");
  EXPECT_EQ(fmt_int("08,", "1234"), "OK 0,001,234");
  EXPECT_EQ(fmt_int("07,", "1234"), "OK 001,234");
  EXPECT_EQ(fmt_int("x=8,", "1234"), "OK xxx1,234");
  EXPECT_EQ(fmt_int("#010_x", "255"), "OK 0x000_00ff");
  EXPECT_EQ(fmt_int("#012_b", "-255"), "OK -0b1111_1111");
  EXPECT_EQ(fmt_int("_o", "12345678"), "OK 5706_0516");
  EXPECT_EQ(fmt_int("+015,", "-1234"), "OK -00,000,001,234");
  EXPECT_EQ(fmt_int("=5", "-1"), "OK -   1");
  EXPECT_EQ(fmt_int("^6", "-1"), "OK   -1  ");
  EXPECT_EQ(fmt_int("_%", "1"), "OK 100.000000%");
  EXPECT_EQ(fmt_int(".2f", "1000000000000000000000000000000"), "OK 1000000000000000019884624838656.00");
  EXPECT_EQ(fmt_int(".1f", "9007199254740993"), "OK 9007199254740992.0");
  EXPECT_EQ(fmt_int("e", "1" + std::string(400, '0')), "OverflowError int too large to convert to float");
  EXPECT_EQ(fmt_int("X", "-340282366920938463463374607431768211455"), "OK -FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF");
  EXPECT_EQ(fmt_int("\u0661\u0660", "1"), "OK          1");
  std::string out;
  FormatSpec f;
  ASSERT_TRUE(parse_format_spec("#x", FormatTarget::kInt, "int", &f).ok());
  ASSERT_TRUE(format_int(f, INT64_MIN, out).ok());
  EXPECT_EQ(out, "-0x8000000000000000");
}

TEST(FormatSpec, Float) {
  EXPECT_EQ(fmt_float("", 1.0), "OK 1.0");
  EXPECT_EQ(fmt_float("", 1e16), "OK 1e+16");
  EXPECT_EQ(fmt_float(".3", 100.0), "OK 1e+02");
  EXPECT_EQ(fmt_float(".3", 1.0), "OK 1.0");
  EXPECT_EQ(fmt_float("#", 123.0), "OK 123.0");
  EXPECT_EQ(fmt_float("#", 1e20), "OK 1.e+20");
  EXPECT_EQ(fmt_float("#.0", 123.0), "OK 1.e+02");
  EXPECT_EQ(fmt_float("#.0f", 123.0), "OK 123.");
  EXPECT_EQ(fmt_float("#g", 0.0), "OK 0.00000");
  EXPECT_EQ(fmt_float(".0f", 2.5), "OK 2");
  EXPECT_EQ(fmt_float(".2f", 0.125), "OK 0.12");
  EXPECT_EQ(fmt_float(".2f", 0.375), "OK 0.38");
  EXPECT_EQ(fmt_float("z.2f", -0.0001), "OK 0.00");
  EXPECT_EQ(fmt_float("z", -0.0), "OK 0.0");
  EXPECT_EQ(fmt_float("z.2e", -0.0001), "OK -1.00e-04");
  EXPECT_EQ(fmt_float("010", kInf), "OK 0000000inf");
  EXPECT_EQ(fmt_float("012,", -kInf), "OK -00000000inf");
  EXPECT_EQ(fmt_float("+", -kNan), "OK +nan");
  EXPECT_EQ(fmt_float("", -kNan), "OK nan");
  EXPECT_EQ(fmt_float("F", kNan), "OK NAN");
  EXPECT_EQ(fmt_float("012,", 1234.5), "OK 00,001,234.5");
  EXPECT_EQ(fmt_float("015,e", 1234.5), "OK 0,001.234500e+03");
  EXPECT_EQ(fmt_float("030,.3", 1e20), "OK 00,000,000,000,000,000,001e+20");
  EXPECT_EQ(fmt_float("_.2%", 12345.678), "OK 1_234_567.80%");
  EXPECT_EQ(fmt_float("^+12,.3%", 1.0), "OK  +100.000%  ");
  EXPECT_EQ(fmt_float("n", 1234567.0), "OK 1.23457e+06");
  EXPECT_EQ(fmt_float(",n", 1.0), "ValueError Cannot specify ',' with 'n'.");
  EXPECT_EQ(fmt_float("d", 1.0), "ValueError Unknown format code 'd' for object of type 'float'");
  EXPECT_EQ(fmt_float(".2147483648f", 1.0), "ValueError precision too big");
  EXPECT_EQ(fmt_float(".2,f", 1.0), "ValueError Invalid format specifier '.2,f' for object of type 'float'");
  EXPECT_EQ(fmt_float(",.f", 1.0), "ValueError Format specifier missing precision");
  EXPECT_EQ(fmt_float(".1000f", 5e-324).size(), 3 + 2 + 1000u);
  EXPECT_EQ(fmt_float(".1100e", 5e-324).substr(0, 30), "OK 4.9406564584124654417656879");
}

TEST(FormatSpec, Complex) {
  EXPECT_EQ(fmt_complex("", 1, 2), "OK (1+2j)");
  EXPECT_EQ(fmt_complex(".2f", 1, 2), "OK 1.00+2.00j");
  EXPECT_EQ(fmt_complex("10", 1, 2), "OK     (1+2j)");
  EXPECT_EQ(fmt_complex("", 0.0, -0.0), "OK -0j");
  EXPECT_EQ(fmt_complex("", -0.0, 0.0), "OK (-0+0j)");
  EXPECT_EQ(fmt_complex("", kNan, -kNan), "OK (nan+nanj)");
  EXPECT_EQ(fmt_complex("+", 0, 1), "OK +1j");
  EXPECT_EQ(fmt_complex("g", 0, 1), "OK 0+1j");
  EXPECT_EQ(fmt_complex("z", -0.0, -0.0), "OK (0+0j)");
  EXPECT_EQ(fmt_complex("#", 0, 1), "OK 1.j");
  EXPECT_EQ(fmt_complex("_", 1234, 5678), "OK (1_234+5_678j)");
  EXPECT_EQ(fmt_complex("x^10", 0, 1), "OK xxxx1jxxxx");
  EXPECT_EQ(fmt_complex("=", 0, 1), "ValueError '=' alignment flag is not allowed in complex format specifier");
  EXPECT_EQ(fmt_complex("0<5", 0, 1), "ValueError Zero padding is not allowed in complex format specifier");
  EXPECT_EQ(fmt_complex("%", 0, 1), "ValueError Unknown format code '%' for object of type 'complex'");
  EXPECT_EQ(fmt_complex("=.2147483648", 0, 1), "ValueError precision too big");
  std::string out;
  append_complex_repr(out, 1e16, 1);
  EXPECT_EQ(out, "(1e+16+1j)");
}

// --- %-formatting ------------------------------------------------------------

// A value of the right operand of '%' in these tests.
struct PyValue {
  enum Kind { kInt, kFloat, kStr } kind;
  std::string text;  // decimal digits of an int, or the str
  double x = 0;
};

// Converts one value as str.__mod__ does, the object-level TypeErrors included.
TextStatus convert_value(const PercentSpec& spec, const PyValue& v, std::string& out) {
  char t = spec.type;
  std::string head = std::string("%") + t + " format: ";
  switch (t) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
      if (v.kind == PyValue::kStr) {
        return TextStatus::type_error(head + (strchr("diu", t) ? "a real number is required, not str"
                                                               : "an integer is required, not str"));
      }
      if (v.kind == PyValue::kFloat) {
        if (!strchr("diu", t)) return TextStatus::type_error(head + "an integer is required, not float");
        std::string digits;
        DX_TRY_TEXT(float_to_integer_text(v.x, &digits));
        return percent_format_int_decimal(spec, digits, out);
      }
      return percent_format_int_decimal(spec, v.text, out);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      if (v.kind == PyValue::kStr) return TextStatus::type_error("must be real number, not str");
      if (v.kind == PyValue::kInt) {
        double d = std::strtod(v.text.c_str(), nullptr);
        if (std::isinf(d)) return TextStatus::overflow_error("int too large to convert to float");
        return percent_format_float(spec, d, out);
      }
      return percent_format_float(spec, v.x, out);
    }
    case 'c': {
      char32_t c;
      if (v.kind == PyValue::kInt) {
        DX_TRY_TEXT(percent_char_from_int(v.text, &c));
      } else if (v.kind == PyValue::kStr && v.text.size() == 1) {
        c = char32_t(v.text[0]);
      } else {
        return TextStatus::type_error("%c requires int or char");
      }
      return percent_format_char(spec, c, out);
    }
    default: {  // r s a
      std::string text;
      if (v.kind == PyValue::kInt) text = v.text;
      else if (v.kind == PyValue::kFloat) append_float_str(text, v.x);
      else if (t == 's') text = v.text;
      else append_str_repr(text, v.text);  // ASCII texts only: ascii() == repr()
      return percent_format_text(spec, text, out);
    }
  }
}

// The operand: a tuple of values, one value, or a dict of str keys.
struct Operand {
  std::vector<PyValue> items;
  bool tuple = true;
  std::map<std::string, PyValue> dict;
  bool is_dict = false;
};

class TestArgs final : public PercentArgs {
 public:
  explicit TestArgs(const Operand& op) : op_(op) {}
  TextStatus select_key(std::string_view key) override {
    auto it = op_.dict.find(std::string(key));
    if (it == op_.dict.end()) {
      std::string msg = "KeyError ";
      append_str_repr(msg, key);
      return TextStatus::error(ExcKind::kPending, msg);
    }
    current_ = &it->second;
    return TextStatus::success();
  }
  void select_index(int64_t index) override { current_ = op_.is_dict ? &dict_value_ : &op_.items[size_t(index)]; }
  TextStatus current_star(bool precision, int64_t* value) override {
    if (current_->kind != PyValue::kInt) return TextStatus::type_error("* wants int");
    *value = std::stoll(current_->text);
    return TextStatus::success();
  }
  TextStatus format_current(const PercentSpec& spec, std::string& out) override {
    if (current_ == &dict_value_) {
      // The dict itself as a positional argument: only %s/%r of it is tested.
      return TextStatus::error(ExcKind::kPending, "dict");
    }
    return convert_value(spec, *current_, out);
  }

 private:
  const Operand& op_;
  const PyValue* current_ = nullptr;
  PyValue dict_value_{PyValue::kStr, "", 0};
};

std::string percent(std::string_view fmt, const Operand& op) {
  TestArgs args(op);
  std::string out;
  int64_t count = op.is_dict ? 1 : int64_t(op.items.size());
  TextStatus st = percent_format(fmt, count, op.is_dict, args, out);
  if (st.kind == ExcKind::kPending) return st.message;
  return outcome(st, out);
}

PyValue int_value(int64_t v) { return {PyValue::kInt, std::to_string(v), 0}; }
PyValue float_value(double x) { return {PyValue::kFloat, "", x}; }
PyValue str_value(std::string s) { return {PyValue::kStr, std::move(s), 0}; }

Operand tuple_of(std::vector<PyValue> items) {
  Operand op;
  op.items = std::move(items);
  return op;
}

TEST(PercentFormat, Conversions) {
  EXPECT_EQ(percent("%05d", tuple_of({int_value(-3)})), "OK -0003");
  EXPECT_EQ(percent("%-05d|", tuple_of({int_value(-3)})), "OK -3   |");
  EXPECT_EQ(percent("% +d", tuple_of({int_value(3)})), "OK +3");
  EXPECT_EQ(percent("%08.5d", tuple_of({int_value(-42)})), "OK -0000042");
  EXPECT_EQ(percent("%#8.5o", tuple_of({int_value(8)})), "OK  0o00010");
  EXPECT_EQ(percent("%#.3x", tuple_of({int_value(0)})), "OK 0x000");
  EXPECT_EQ(percent("%- #10o|", tuple_of({int_value(8)})), "OK  0o10     |");
  EXPECT_EQ(percent("%010f", tuple_of({float_value(kInf)})), "OK 0000000inf");
  EXPECT_EQ(percent("%+010f", tuple_of({float_value(kNan)})), "OK +000000nan");
  EXPECT_EQ(percent("%#.0g", tuple_of({float_value(123.0)})), "OK 1.e+02");
  EXPECT_EQ(percent("%.20g", tuple_of({float_value(0.1)})), "OK 0.10000000000000000555");
  EXPECT_EQ(percent("%10.2r", tuple_of({float_value(1.5)})), "OK         1.");
  EXPECT_EQ(percent("%05c", tuple_of({int_value(65)})), "OK     A");
  EXPECT_EQ(percent("%c", tuple_of({int_value(0x110000)})), "OverflowError %c arg not in range(0x110000)");
  EXPECT_EQ(percent("%05s", tuple_of({str_value("ab")})), "OK    ab");
  EXPECT_EQ(percent("%.1s", tuple_of({str_value("abc")})), "OK a");
  EXPECT_EQ(percent("%-4.2s|", tuple_of({str_value("\u00e9\U0001F600x")})), "OK \u00e9\U0001F600  |");
  EXPECT_EQ(percent("%i", tuple_of({float_value(1e300)})).substr(0, 12), "OK 100000000");
}

TEST(PercentFormat, Walker) {
  Operand one = tuple_of({int_value(1)});
  EXPECT_EQ(percent("%.3%", one), "ValueError unsupported format character '%' (0x25) at index 3");
  EXPECT_EQ(percent("%y", one), "ValueError unsupported format character 'y' (0x79) at index 1");
  EXPECT_EQ(percent("\u00e9%y", one), "ValueError unsupported format character 'y' (0x79) at index 2");
  EXPECT_EQ(percent("%\u00e9", one), "ValueError unsupported format character '?' (0xe9) at index 1");
  EXPECT_EQ(percent("%\x1f", one), "ValueError unsupported format character '\x1f' (0x1f) at index 1");
  EXPECT_EQ(percent("%", one), "ValueError incomplete format");
  EXPECT_EQ(percent("%0 ", one), "ValueError incomplete format");
  EXPECT_EQ(percent("%l", one), "ValueError incomplete format");
  EXPECT_EQ(percent("%ls", one), "OK 1");
  EXPECT_EQ(percent("%(a", one), "TypeError format requires a mapping");
  EXPECT_EQ(percent("%d %d", one), "TypeError not enough arguments for format string");
  EXPECT_EQ(percent("%d", tuple_of({int_value(1), int_value(2)})),
            "TypeError not all arguments converted during string formatting");
  EXPECT_EQ(percent("%*d|", tuple_of({int_value(-5), int_value(1)})), "OK 1    |");
  EXPECT_EQ(percent("%.*f", tuple_of({int_value(-5), float_value(1.0)})), "OK 1");
  EXPECT_EQ(percent("%*d", tuple_of({str_value("x"), int_value(1)})), "TypeError * wants int");
  EXPECT_EQ(percent("%.2147483648f", one), "ValueError precision too big");
  EXPECT_EQ(percent("%99999999999999999999d", one), "ValueError width too big");
  EXPECT_EQ(percent("%99999999999d", one), "MemoryError ");
  EXPECT_EQ(percent("%5%", one), "ValueError unsupported format character '%' (0x25) at index 2");
  EXPECT_EQ(percent("%s%%", one), "OK 1%");
  Operand dict;
  dict.is_dict = true;
  dict.dict["a"] = int_value(1);
  dict.dict["a(b)"] = int_value(2);
  EXPECT_EQ(percent("%(a)s %(a(b))05d", dict), "OK 1 00002");
  EXPECT_EQ(percent("%(a)s %s", dict), "TypeError not enough arguments for format string");
  EXPECT_EQ(percent("%(a)*d", dict), "TypeError not enough arguments for format string");
  EXPECT_EQ(percent("%(x)s", dict), "KeyError 'x'");
  EXPECT_EQ(percent("%(a)", dict), "ValueError incomplete format");
  EXPECT_EQ(percent("%(a", dict), "ValueError incomplete format key");
  EXPECT_EQ(percent("%-0(a)s", dict), "ValueError unsupported format character '(' (0x28) at index 3");
  EXPECT_EQ(percent("abc", dict), "OK abc");
  EXPECT_EQ(percent("abc", tuple_of({})), "OK abc");
  EXPECT_EQ(percent("abc", one), "TypeError not all arguments converted during string formatting");
}

// --- cross-checks against python3.11 ---------------------------------------------

// DXPY_STRESS_SEED=n runs the random cross-checks with another seed and ten
// times the cases.
uint64_t stress_seed(uint64_t fallback) {
  const char* env = std::getenv("DXPY_STRESS_SEED");
  return env && *env ? std::strtoull(env, nullptr, 10) : fallback;
}
int stress_scale() {
  const char* env = std::getenv("DXPY_STRESS_SEED");
  return env && *env ? 10 : 1;
}

std::string double_hex(double x) {
  uint64_t bits;
  std::memcpy(&bits, &x, 8);
  char buf[17];
  snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(bits));
  return buf;
}

// Doubles that exercise rounding, layout switches and specials.
double random_double(std::mt19937_64& rng) {
  switch (rng() % 8) {
    case 0: {  // any bit pattern
      uint64_t bits = rng();
      double x;
      std::memcpy(&x, &bits, 8);
      return x;
    }
    case 1: {  // small dyadic values: exact halves and quarters at many scales
      double x = double(int64_t(rng() % 2001) - 1000) / double(1 << (rng() % 8));
      return x * std::pow(10.0, int(rng() % 9) - 4);
    }
    case 2: {  // m * 10**e with few digits
      double m = double(rng() % 100000);
      int e = int(rng() % 50) - 25;
      return (rng() % 2 ? -1 : 1) * m * std::pow(10.0, e);
    }
    case 3: {
      const double specials[] = {0.0, -0.0, kInf, -kInf, kNan, -kNan, 5e-324, 1.7976931348623157e308,
                                 1e16, 9999999999999998.0, 1e-4, 9.99995e-5, 0.5, 1.5, 2.5, 1e22, 123456789.0};
      return specials[rng() % (sizeof specials / sizeof specials[0])];
    }
    case 4: return std::ldexp(double(rng() % (uint64_t(1) << 53)), int(rng() % 120) - 100);
    default: {  // ordinary magnitudes
      double x = std::ldexp(double(rng() >> 11), -53) * std::pow(10.0, int(rng() % 40) - 20);
      return rng() % 2 ? -x : x;
    }
  }
}

std::string random_decimal(std::mt19937_64& rng) {
  std::string s;
  if (rng() % 3 == 0) s.push_back('-');
  int len = rng() % 5 == 0 ? 1 + int(rng() % 60) : 1 + int(rng() % 12);
  s.push_back(char('1' + rng() % 9));
  for (int i = 1; i < len; i++) s.push_back(char('0' + rng() % 10));
  if (rng() % 10 == 0) return rng() % 2 ? "0" : std::to_string(rng() % 0x11000);
  return s;
}

std::string random_text(std::mt19937_64& rng) {
  static const char* const pieces[] = {"a", "b", "Z", " ", "\u00e9", "\u4e2d", "\U0001F600", "0", "'", "\\", "%"};
  std::string s;
  int n = int(rng() % 8);
  for (int i = 0; i < n; i++) s += pieces[rng() % (sizeof pieces / sizeof pieces[0])];
  return s;
}

std::string random_spec(std::mt19937_64& rng, FormatTarget target) {
  static const char* const fills[] = {" ", "*", "0", "x", "\u00e9", "\U0001F600", "=", "<", "_", ","};
  static const char aligns[] = "<>^=";
  std::string s;
  int r = int(rng() % 6);
  if (r == 1) s.push_back(aligns[rng() % 4]);
  if (r == 2) {
    s += fills[rng() % (sizeof fills / sizeof fills[0])];
    s.push_back(aligns[rng() % 4]);
  }
  if (rng() % 4 == 0) s.push_back("+- "[rng() % 3]);
  if (rng() % 8 == 0) s.push_back('z');
  if (rng() % 5 == 0) s.push_back('#');
  if (rng() % 4 == 0) s.push_back('0');
  if (rng() % 2 == 0) s += std::to_string(rng() % 30);
  if (rng() % 40 == 0) s += "\u0661";
  switch (rng() % 12) {
    case 0: s.push_back(','); break;
    case 1: s.push_back('_'); break;
    case 2: s += rng() % 2 ? ",_" : "_,"; break;
    default: break;
  }
  if (rng() % 3 == 0) {
    s.push_back('.');
    if (rng() % 20 != 0) s += std::to_string(rng() % (rng() % 5 == 0 ? 40 : 8));
  }
  static const char* const types[] = {"", "", "s", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F",
                                      "g", "G", "%", "r", "i", "\u00e9", "ss", "\x01", "z", ","};
  const char* type = types[rng() % (sizeof types / sizeof types[0])];
  if (target == FormatTarget::kInt && std::strcmp(type, "c") == 0 && rng() % 2) type = "d";
  s += type;
  return s;
}

struct FormatCase {
  char kind;  // s i f c
  std::string value;
  std::string spec;
  std::string ours;
};

TEST(FormatSpecCrossCheck, RandomSpecsAndValues) {
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not installed";
  std::mt19937_64 rng(stress_seed(20240611));
  std::vector<FormatCase> cases;
  for (int i = 0; i < 6000 * stress_scale(); i++) {
    FormatCase c;
    std::string out;
    TextStatus st;
    FormatSpec f;
    switch (i % 4) {
      case 0: {
        c.kind = 's';
        c.value = random_text(rng);
        c.spec = random_spec(rng, FormatTarget::kStr);
        st = parse_format_spec(c.spec, FormatTarget::kStr, "str", &f);
        if (st.ok()) st = format_str(f, c.value, out);
        break;
      }
      case 1: {
        c.kind = 'i';
        c.value = random_decimal(rng);
        c.spec = random_spec(rng, FormatTarget::kInt);
        st = parse_format_spec(c.spec, FormatTarget::kInt, "int", &f);
        if (st.ok()) st = format_int_decimal(f, c.value, out);
        break;
      }
      case 2: {
        c.kind = 'f';
        double x = random_double(rng);
        c.value = double_hex(x);
        c.spec = random_spec(rng, FormatTarget::kFloat);
        st = parse_format_spec(c.spec, FormatTarget::kFloat, "float", &f);
        if (st.ok()) st = format_float(f, x, out);
        break;
      }
      default: {
        c.kind = 'c';
        double re = rng() % 4 == 0 ? (rng() % 2 ? 0.0 : -0.0) : random_double(rng);
        double im = random_double(rng);
        c.value = double_hex(re) + double_hex(im);
        c.spec = random_spec(rng, FormatTarget::kComplex);
        st = parse_format_spec(c.spec, FormatTarget::kComplex, "complex", &f);
        if (st.ok()) st = format_complex(f, re, im, out);
        break;
      }
    }
    c.ours = outcome(st, out);
    cases.push_back(std::move(c));
  }
  std::string script =
      "import struct, sys\n"
      "def d(h): return struct.unpack('>d', bytes.fromhex(h))[0]\n"
      "def enc(s): return s.encode('utf-8', 'surrogatepass').hex()\n"
      "def main():\n"  // a loop at module level runs slowly in 3.11 when it catches exceptions
      "  for line in DATA.split('\\n'):\n"
      "    if not line: continue\n"
      "    k, v, s = line.split('\\t')\n"
      "    spec = bytes.fromhex(s).decode()\n"
      "    if k == 's': x = bytes.fromhex(v).decode()\n"
      "    elif k == 'i': x = int(v)\n"
      "    elif k == 'f': x = d(v)\n"
      "    else: x = complex(d(v[:16]), d(v[16:]))\n"
      "    try: r = 'OK ' + enc(format(x, spec))\n"
      "    except Exception as e: r = type(e).__name__ + ' ' + enc(str(e))\n"
      "    print(r)\n"
      "main()\n";
  std::string input;
  for (const FormatCase& c : cases) {
    input += c.kind;
    input += '\t';
    input += c.kind == 's' ? test::to_hex(c.value) : c.value;
    input += '\t';
    input += test::to_hex(c.spec);
    input += '\n';
  }
  std::vector<std::string> lines;
  ASSERT_TRUE(test::run_python311("DATA = '''" + input + "'''\n" + script, &lines));
  ASSERT_EQ(lines.size(), cases.size());
  int mismatches = 0;
  for (size_t i = 0; i < cases.size(); i++) {
    size_t sp = lines[i].find(' ');
    std::string expected = lines[i].substr(0, sp + 1) + test::from_hex(lines[i].substr(sp + 1));
    if (expected != cases[i].ours && ++mismatches <= 20) {
      ADD_FAILURE() << "format(" << cases[i].kind << ":" << cases[i].value << ", '" << cases[i].spec
                    << "')\n  python: " << expected << "\n  ours:   " << cases[i].ours;
    }
  }
  EXPECT_EQ(mismatches, 0);
}

std::string random_percent_spec(std::mt19937_64& rng, bool allow_star) {
  std::string s = "%";
  int nflags = int(rng() % 3);
  for (int i = 0; i < nflags; i++) s.push_back("-+ #0"[rng() % 5]);
  if (allow_star && rng() % 10 == 0) s.push_back('*');
  else if (rng() % 2) s += std::to_string(rng() % 25);
  if (rng() % 3 == 0) {
    s.push_back('.');
    if (allow_star && rng() % 10 == 0) s.push_back('*');
    else if (rng() % 6) s += std::to_string(rng() % (rng() % 4 == 0 ? 30 : 8));
  }
  if (rng() % 15 == 0) s.push_back("hlL"[rng() % 3]);
  s.push_back("diuoxXeEfFgGcrsa"[rng() % 16]);
  return s;
}

PyValue random_value(std::mt19937_64& rng) {
  switch (rng() % 4) {
    case 0: return float_value(random_double(rng));
    case 1: return str_value(std::string(1, char('a' + rng() % 26)) + (rng() % 2 ? "b'\"c" : ""));
    default: return {PyValue::kInt, random_decimal(rng), 0};
  }
}

std::string python_value(const PyValue& v) {
  switch (v.kind) {
    case PyValue::kInt: return v.text;
    case PyValue::kFloat: return "d('" + double_hex(v.x) + "')";
    default: return "bytes.fromhex('" + test::to_hex(v.text) + "').decode()";
  }
}

TEST(PercentFormatCrossCheck, RandomConversions) {
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not installed";
  std::mt19937_64 rng(stress_seed(777));
  std::vector<std::pair<std::string, Operand>> cases;
  for (int i = 0; i < 4000 * stress_scale(); i++) {
    std::string fmt;
    Operand op;
    if (i % 4 != 3) {  // one conversion of one value, possibly with text around
      fmt = (rng() % 4 == 0 ? "<" : "") + random_percent_spec(rng, false) + (rng() % 4 == 0 ? ">" : "");
      op.items.push_back(random_value(rng));
    } else {  // several conversions, stars, keys, literal text and mistakes
      bool use_dict = rng() % 3 == 0;
      op.is_dict = use_dict;
      int n = int(rng() % 4);
      for (int k = 0; k < n; k++) {
        if (use_dict) {
          std::string key(1, char('a' + rng() % 3));
          fmt += "%(" + key + ")" + random_percent_spec(rng, false).substr(1);
          if (rng() % 6) op.dict[key] = random_value(rng);
        } else {
          fmt += random_percent_spec(rng, true);
        }
        if (rng() % 3 == 0) fmt += "%%";
        if (rng() % 3 == 0) fmt += "\u00e9 ";
        if (rng() % 20 == 0) fmt += "%";
      }
      if (!use_dict) {
        int items = int(rng() % 6);
        // Ints stay small here: a '*' may take any of them as a width.
        for (int k = 0; k < items; k++) {
          PyValue v = random_value(rng);
          if (v.kind == PyValue::kInt) v = int_value(int64_t(rng() % 41) - 20);
          op.items.push_back(v);
        }
      }
    }
    cases.emplace_back(fmt, op);
  }
  std::string script =
      "import struct, sys\n"
      "def d(h): return struct.unpack('>d', bytes.fromhex(h))[0]\n"
      "def enc(s): return s.encode('utf-8', 'surrogatepass').hex()\n"
      "def main():\n"  // a loop at module level runs slowly in 3.11 when it catches exceptions
      "  for fmt, args in CASES:\n"
      "    fmt = bytes.fromhex(fmt).decode()\n"
      "    try: r = 'OK ' + enc(fmt % args)\n"
      "    except KeyError as e: r = 'KeyError ' + enc(repr(e.args[0]))\n"
      "    except Exception as e: r = type(e).__name__ + ' ' + enc(str(e))\n"
      "    print(r)\n"
      "main()\n";
  std::string defs = "import struct\ndef d(h): return struct.unpack('>d', bytes.fromhex(h))[0]\nCASES = [\n";
  for (auto& [fmt, op] : cases) {
    defs += "('" + test::to_hex(fmt) + "', ";
    if (op.is_dict) {
      defs += "{";
      for (auto& [k, v] : op.dict) defs += "'" + k + "': " + python_value(v) + ", ";
      defs += "}";
    } else {
      defs += "(";
      for (auto& v : op.items) defs += python_value(v) + ", ";
      defs += ")";
    }
    defs += "),\n";
  }
  defs += "]\n";
  std::vector<std::string> lines;
  ASSERT_TRUE(test::run_python311(defs + script, &lines));
  ASSERT_EQ(lines.size(), cases.size());
  int mismatches = 0, compared = 0;
  for (size_t i = 0; i < cases.size(); i++) {
    std::string ours = percent(cases[i].first, cases[i].second);
    if (ours == "dict") continue;  // the dict itself was formatted: not modelled here
    compared++;
    size_t sp = lines[i].find(' ');
    std::string expected = lines[i].substr(0, sp + 1) + test::from_hex(lines[i].substr(sp + 1));
    if (expected != ours && ++mismatches <= 20)
      ADD_FAILURE() << "'" << cases[i].first << "' %\n  python: " << expected << "\n  ours:   " << ours;
  }
  EXPECT_GT(compared, 3500 * stress_scale());
  EXPECT_EQ(mismatches, 0);
}

}  // namespace
}  // namespace dx
