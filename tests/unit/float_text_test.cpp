// float <-> text and float arithmetic: float(str), repr, hex/fromhex, round,
// divmod, as_integer_ratio. Table cases are python3.11's answers; the
// CrossCheck tests compare thousands of random cases with python3.11 itself
// (skipped when it is not installed), errors included.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>
#include <random>

#include "python_oracle.h"
#include "support/float_text.h"

namespace dx {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
const double kNan = std::numeric_limits<double>::quiet_NaN();

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

std::string repr(double x) {
  std::string s;
  append_float_str(s, x);
  return s;
}

// "OK <repr>" or "<ExceptionName> <message>".
std::string outcome(const TextStatus& st, double x) {
  if (!st.ok()) return std::string(exc_name(st.kind)) + " " + st.message;
  return "OK " + repr(x);
}

std::string parse(std::string_view text, bool is_bytes = false) {
  double x = 0;
  TextStatus st = float_from_text(text, is_bytes, &x);
  if (st.ok() && std::isnan(x)) return std::signbit(x) ? "OK -nan" : "OK nan";
  return outcome(st, x);
}

std::string fromhex(std::string_view text) {
  double x = 0;
  TextStatus st = float_fromhex(text, &x);
  return outcome(st, x);
}

std::string hex(double x) {
  std::string s;
  append_float_hex(s, x);
  return s;
}

std::string rounded(double x, int64_t n) {
  double r = 0;
  TextStatus st = float_round(x, n, &r);
  return outcome(st, r);
}

TEST(FloatText, Repr) {
  EXPECT_EQ(repr(1.0), "1.0");
  EXPECT_EQ(repr(-0.0), "-0.0");
  EXPECT_EQ(repr(1e16), "1e+16");
  EXPECT_EQ(repr(1e15), "1000000000000000.0");
  EXPECT_EQ(repr(0.0001), "0.0001");
  EXPECT_EQ(repr(1e-5), "1e-05");
  EXPECT_EQ(repr(-kNan), "nan");
  EXPECT_EQ(repr(-kInf), "-inf");
  EXPECT_EQ(repr(5e-324), "5e-324");
  EXPECT_EQ(repr(0.1 + 0.2), "0.30000000000000004");
  std::string s;
  append_complex_repr(s, 0.0, -0.0);
  EXPECT_EQ(s, "-0j");
  s.clear();
  append_complex_repr(s, -0.0, 0.0);
  EXPECT_EQ(s, "(-0+0j)");
  s.clear();
  append_complex_repr(s, kNan, kInf);
  EXPECT_EQ(s, "(nan+infj)");
  s.clear();
  append_complex_repr(s, 1, -kNan);
  EXPECT_EQ(s, "(1+nanj)");
  s.clear();
  append_double(s, 0.5, 'g', 0, kDoubleSign);
  EXPECT_EQ(s, "+0.5");
}

TEST(FloatText, Parse) {
  EXPECT_EQ(parse("1_0"), "OK 10.0");
  EXPECT_EQ(parse("1_000.000_1"), "OK 1000.0001");
  EXPECT_EQ(parse("1e1_0"), "OK 10000000000.0");
  EXPECT_EQ(parse("1__0"), "ValueError could not convert string to float: '1__0'");
  EXPECT_EQ(parse("_1"), "ValueError could not convert string to float: '_1'");
  EXPECT_EQ(parse("1_.5"), "ValueError could not convert string to float: '1_.5'");
  EXPECT_EQ(parse("1_e1"), "ValueError could not convert string to float: '1_e1'");
  EXPECT_EQ(parse("\u3000 1.5\u2028"), "OK 1.5");
  EXPECT_EQ(parse("\xc2\x85" "1\u00a0"), "OK 1.0");
  EXPECT_EQ(parse("\x1c" "1\x1f"), "ValueError could not convert string to float: '\\x1c1\\x1f'");
  EXPECT_EQ(parse("\u0661\u0662\u0663"), "OK 123.0");
  EXPECT_EQ(parse("\u0661.\u0665e\u0663"), "OK 1500.0");
  EXPECT_EQ(parse("\U0001D7CE"), "OK 0.0");
  EXPECT_EQ(parse("\u00b2"), "ValueError could not convert string to float: '\u00b2'");
  EXPECT_EQ(parse("1\u200b"), "ValueError could not convert string to float: '1\\u200b'");
  EXPECT_EQ(parse("-Infinity"), "OK -inf");
  EXPECT_EQ(parse("+nAn"), "OK nan");
  EXPECT_EQ(parse("-nan"), "OK -nan");
  EXPECT_EQ(parse("infinit"), "ValueError could not convert string to float: 'infinit'");
  EXPECT_EQ(parse(""), "ValueError could not convert string to float: ''");
  EXPECT_EQ(parse("1e"), "ValueError could not convert string to float: '1e'");
  EXPECT_EQ(parse("."), "ValueError could not convert string to float: '.'");
  EXPECT_EQ(parse("1."), "OK 1.0");
  EXPECT_EQ(parse("+.5e-3"), "OK 0.0005");
  EXPECT_EQ(parse("1e500"), "OK inf");
  EXPECT_EQ(parse("-1e-500"), "OK -0.0");
  EXPECT_EQ(parse("2.4703282292062327e-324"), "OK 0.0");
  EXPECT_EQ(parse("2.4703282292062328e-324"), "OK 5e-324");
  EXPECT_EQ(parse("1.7976931348623158e308"), "OK 1.7976931348623157e+308");
  EXPECT_EQ(parse("1.7976931348623159e308"), "OK inf");
  EXPECT_EQ(parse("1e-99999999999999999999"), "OK 0.0");
  EXPECT_EQ(parse("0e99999999999999999999"), "OK 0.0");
  EXPECT_EQ(parse("0." + std::string(400, '0') + "1e400"), "OK 0.1");
  EXPECT_EQ(parse(std::string(400, '1')), "OK inf");
  EXPECT_EQ(parse("\xed\xa0\x80"), "ValueError could not convert string to float: '\\ud800'");
  EXPECT_EQ(parse("1.5", true), "OK 1.5");
  EXPECT_EQ(parse("\xa0" "1", true), "ValueError could not convert string to float: b'\\xa01'");
  // A long mantissa whose 800th+ digits decide the rounding.
  std::string halfway = "9007199254740993" + std::string(1000, '0');
  EXPECT_EQ(parse(halfway + "e-1000"), "OK 9007199254740992.0");
  EXPECT_EQ(parse(halfway + "1e-1001"), "OK 9007199254740994.0");
  double x = 0;
  EXPECT_EQ(parse_float_prefix("1e+x", &x), 1u);
  EXPECT_EQ(parse_float_prefix("infinityx", &x), 8u);
  EXPECT_EQ(parse_float_prefix(".e1", &x), 0u);
}

TEST(FloatText, Hex) {
  EXPECT_EQ(hex(0.0), "0x0.0p+0");
  EXPECT_EQ(hex(-0.0), "-0x0.0p+0");
  EXPECT_EQ(hex(1.0), "0x1.0000000000000p+0");
  EXPECT_EQ(hex(-1.5), "-0x1.8000000000000p+0");
  EXPECT_EQ(hex(5e-324), "0x0.0000000000001p-1022");
  EXPECT_EQ(hex(2.225073858507201e-308), "0x0.fffffffffffffp-1022");
  EXPECT_EQ(hex(1.7976931348623157e308), "0x1.fffffffffffffp+1023");
  EXPECT_EQ(hex(0.1), "0x1.999999999999ap-4");
  EXPECT_EQ(hex(-kInf), "-inf");
  EXPECT_EQ(hex(kNan), "nan");
  EXPECT_EQ(fromhex("-0x1.8p1"), "OK -3.0");
  EXPECT_EQ(fromhex(" 0x1.8p1 "), "OK 3.0");
  EXPECT_EQ(fromhex("0X1P-1074"), "OK 5e-324");
  EXPECT_EQ(fromhex("0x1p-1075"), "OK 0.0");
  EXPECT_EQ(fromhex("0x1.0000000000001p-1075"), "OK 5e-324");
  EXPECT_EQ(fromhex("0x3p-1076"), "OK 5e-324");
  EXPECT_EQ(fromhex("0x1p1024"), "OverflowError hexadecimal value too large to represent as a float");
  EXPECT_EQ(fromhex("0x1.fffffffffffff8p1023"), "OverflowError hexadecimal value too large to represent as a float");
  EXPECT_EQ(fromhex("0x1.fffffffffffff7ffp1023"), "OK 1.7976931348623157e+308");
  EXPECT_EQ(fromhex("0x1p99999999999999999999999"), "OverflowError hexadecimal value too large to represent as a float");
  EXPECT_EQ(fromhex("0x0p99999999999999999999999"), "OK 0.0");
  EXPECT_EQ(fromhex("ffffffffffffffffffff"), "OK 1.2089258196146292e+24");
  EXPECT_EQ(fromhex("\x0c" "0x1\x0b"), "OK 1.0");
  EXPECT_EQ(fromhex("-infinity"), "OK -inf");
  EXPECT_EQ(fromhex("-0x0"), "OK -0.0");
  EXPECT_EQ(fromhex("0x.8"), "OK 0.5");
  for (const char* bad : {"0x", "0x.p0", "1p", "0x1p+", "0xp1", "x1", "0x1 p1", "0x1_0", "\u30001", "0x.", "", "+"})
    EXPECT_EQ(fromhex(bad), "ValueError invalid hexadecimal floating-point string") << bad;
}

TEST(FloatText, Round) {
  EXPECT_EQ(rounded(2.675, 2), "OK 2.67");
  EXPECT_EQ(rounded(0.125, 2), "OK 0.12");
  EXPECT_EQ(rounded(25.0, -1), "OK 20.0");
  EXPECT_EQ(rounded(35.0, -1), "OK 40.0");
  EXPECT_EQ(rounded(45.000000001, -1), "OK 50.0");
  EXPECT_EQ(rounded(-4.0, -1), "OK -0.0");
  EXPECT_EQ(rounded(-0.001, 2), "OK -0.0");
  EXPECT_EQ(rounded(5e-324, 323), "OK 0.0");
  EXPECT_EQ(rounded(5e-324, 324), "OK 5e-324");
  EXPECT_EQ(rounded(1e300, -309), "OK 0.0");
  EXPECT_EQ(rounded(-1e300, -309), "OK -0.0");
  EXPECT_EQ(rounded(1e308, -308), "OK 1e+308");
  EXPECT_EQ(rounded(1.7e308, -308), "OverflowError rounded value too large to represent");
  EXPECT_EQ(rounded(kInf, 2), "OK inf");
  EXPECT_EQ(rounded(5e15 + 0.5, -1), "OK 5000000000000000.0");
  double r = 0;
  EXPECT_TRUE(float_round_to_integral(2.5, &r).ok());
  EXPECT_EQ(r, 2.0);
  EXPECT_TRUE(float_round_to_integral(-3.5, &r).ok());
  EXPECT_EQ(r, -4.0);
  EXPECT_EQ(float_round_to_integral(kInf, &r).message, "cannot convert float infinity to integer");
  EXPECT_EQ(float_round_to_integral(kNan, &r).message, "cannot convert float NaN to integer");
}

TEST(FloatText, Arithmetic) {
  double q = 0, m = 0;
  ASSERT_TRUE(float_divmod(-0.0, 1.0, &q, &m).ok());
  EXPECT_EQ(repr(q) + " " + repr(m), "-0.0 0.0");
  ASSERT_TRUE(float_divmod(0.0, -1.0, &q, &m).ok());
  EXPECT_EQ(repr(q) + " " + repr(m), "-0.0 -0.0");
  ASSERT_TRUE(float_divmod(-1.0, kInf, &q, &m).ok());
  EXPECT_EQ(repr(q) + " " + repr(m), "-1.0 inf");
  ASSERT_TRUE(float_divmod(5.0, -0.5, &q, &m).ok());
  EXPECT_EQ(repr(q) + " " + repr(m), "-10.0 -0.0");
  EXPECT_EQ(float_divmod(1.0, 0.0, &q, &m).message, "float divmod()");
  EXPECT_EQ(float_mod(1.0, 0.0, &m).message, "float modulo");
  EXPECT_EQ(float_floordiv(1.0, 0.0, &q).message, "float floor division by zero");
  EXPECT_EQ(float_truediv(1.0, 0.0, &q).message, "float division by zero");
  std::string num, den;
  ASSERT_TRUE(float_as_integer_ratio_text(-0.75, &num, &den).ok());
  EXPECT_EQ(num + "/" + den, "-3/4");
  ASSERT_TRUE(float_as_integer_ratio_text(1e20, &num, &den).ok());
  EXPECT_EQ(num + "/" + den, "100000000000000000000/1");
  EXPECT_EQ(float_as_integer_ratio_text(kInf, &num, &den).message, "cannot convert Infinity to integer ratio");
  EXPECT_EQ(float_as_integer_ratio_text(kNan, &num, &den).message, "cannot convert NaN to integer ratio");
  EXPECT_TRUE(float_is_integer(-2.0));
  EXPECT_FALSE(float_is_integer(kInf));
  EXPECT_FALSE(float_is_integer(0.5));
  ASSERT_TRUE(float_to_integer_text(-0.5, &num).ok());
  EXPECT_EQ(num, "0");
  ASSERT_TRUE(float_to_integer_text(-1e20, &num).ok());
  EXPECT_EQ(num, "-100000000000000000000");
}

// --- cross-checks against python3.11 ---------------------------------------------

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

double random_double(std::mt19937_64& rng) {
  switch (rng() % 6) {
    case 0: {
      uint64_t bits = rng();
      double x;
      std::memcpy(&x, &bits, 8);
      return x;
    }
    case 1: return double(int64_t(rng() % 20001) - 10000) / double(1 << (rng() % 10)) * std::pow(10.0, int(rng() % 9) - 4);
    case 2: {
      const double specials[] = {0.0, -0.0, kInf, -kInf, kNan, 5e-324, 1.7976931348623157e308, 1e16,
                                 2.5, -3.5, 0.5, 1e22, 1e23, 2.225073858507201e-308};
      return specials[rng() % (sizeof specials / sizeof specials[0])];
    }
    case 3: return std::ldexp(double(rng() % (uint64_t(1) << 53)), int(rng() % 2200) - 1100);
    default: {
      double x = std::ldexp(double(rng() >> 11), -53) * std::pow(10.0, int(rng() % 60) - 30);
      return rng() % 2 ? -x : x;
    }
  }
}

// Random text that is, or nearly is, a float literal.
std::string random_float_text(std::mt19937_64& rng) {
  static const char* const spaces[] = {"", "", "", " ", "\t", "\n", "\u3000", "\u00a0", "\x1c", "\u2028", "\x0b"};
  static const char* const specials[] = {"inf", "INF", "Infinity", "nan", "NaN", "infinit", "nanx", "in_f"};
  auto pick = [&](auto& arr) { return std::string(arr[rng() % (sizeof arr / sizeof arr[0])]); };
  auto digits = [&](int max) {
    std::string d;
    int n = int(rng() % max);
    for (int i = 0; i < n; i++) {
      if (rng() % 25 == 0) d += "\u0663";
      else if (rng() % 30 == 0) d += "_";
      else d.push_back(char('0' + rng() % 10));
    }
    return d;
  };
  std::string s = pick(spaces);
  if (rng() % 3 == 0) s.push_back("+-"[rng() % 2]);
  if (rng() % 10 == 0) {
    s += pick(specials);
  } else {
    s += digits(rng() % 8 == 0 ? 40 : 6);
    if (rng() % 2) {
      s.push_back('.');
      s += digits(rng() % 8 == 0 ? 40 : 6);
    }
    if (rng() % 3 == 0) {
      s.push_back("eE"[rng() % 2]);
      if (rng() % 2) s.push_back("+-"[rng() % 2]);
      s += rng() % 5 == 0 ? std::to_string(rng() % 400) : digits(4);
    }
  }
  if (rng() % 30 == 0) {
    size_t at = rng() % (s.size() + 1);
    while (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) == 0x80) at++;
    s.insert(at, 1, "x_ .e"[rng() % 5]);
  }
  s += pick(spaces);
  return s;
}

// Random text that is, or nearly is, a float.fromhex argument.
std::string random_hex_text(std::mt19937_64& rng) {
  static const char hexdigits[] = "0123456789abcdefABCDEF";
  std::string s;
  if (rng() % 6 == 0) s.push_back(' ');
  if (rng() % 3 == 0) s.push_back("+-"[rng() % 2]);
  if (rng() % 12 == 0) {
    s += rng() % 2 ? "inf" : "nan";
    return s;
  }
  if (rng() % 4) s += rng() % 5 ? "0x" : "0X";
  int n = int(rng() % (rng() % 5 == 0 ? 40 : 16));
  int point = rng() % 2 ? int(rng() % (n + 1)) : -1;
  for (int i = 0; i < n; i++) {
    if (i == point) s.push_back('.');
    s.push_back(rng() % 4 == 0 ? '0' : hexdigits[rng() % 22]);
  }
  if (point == n) s.push_back('.');
  if (rng() % 3) {
    s.push_back("pP"[rng() % 2]);
    if (rng() % 2) s.push_back("+-"[rng() % 2]);
    int e = int(rng() % 2300);
    if (rng() % 20 == 0) s += "999999999999999999999";
    else if (rng() % 8) s += std::to_string(e);
  }
  if (rng() % 25 == 0) s.insert(rng() % (s.size() + 1), 1, "x_ .pg"[rng() % 6]);
  if (rng() % 6 == 0) s.push_back('\n');
  return s;
}

// Runs `script` (which prints one line per case) and compares with `ours`.
void compare_with_python(const std::string& script, const std::vector<std::string>& ours,
                         const std::vector<std::string>& labels) {
  std::vector<std::string> lines;
  ASSERT_TRUE(test::run_python311(script, &lines));
  ASSERT_EQ(lines.size(), ours.size());
  int mismatches = 0;
  for (size_t i = 0; i < ours.size(); i++) {
    size_t sp = lines[i].find(' ');
    std::string expected = lines[i].substr(0, sp + 1) + test::from_hex(lines[i].substr(sp + 1));
    if (expected != ours[i] && ++mismatches <= 20)
      ADD_FAILURE() << labels[i] << "\n  python: " << expected << "\n  ours:   " << ours[i];
  }
  EXPECT_EQ(mismatches, 0);
}

const char kPrelude[] =
    "import struct\n"
    "def d(h): return struct.unpack('>d', bytes.fromhex(h))[0]\n"
    "def enc(s): return s.encode('utf-8', 'surrogatepass').hex()\n"
    "def run(f, *a):\n"
    "    try: r = 'OK ' + enc(f(*a))\n"
    "    except Exception as e: r = type(e).__name__ + ' ' + enc(str(e))\n"
    "    print(r)\n";

TEST(FloatTextCrossCheck, ParseAndFromhex) {
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not installed";
  std::mt19937_64 rng(stress_seed(4242));
  std::string script = kPrelude;
  script += "def sign_repr(x): return ('-' if x != x and struct.pack('>d', x)[0] & 0x80 else '') + repr(x)\n";
  std::vector<std::string> ours, labels;
  for (int i = 0; i < 3000 * stress_scale(); i++) {
    bool hex_case = i % 2 == 0;
    std::string text = hex_case ? random_hex_text(rng) : random_float_text(rng);
    double x = 0;
    TextStatus st = hex_case ? float_fromhex(text, &x) : float_from_text(text, false, &x);
    std::string r = outcome(st, x);
    if (st.ok() && std::isnan(x) && std::signbit(x)) r = "OK -nan";
    ours.push_back(r);
    labels.push_back((hex_case ? "float.fromhex('" : "float('") + text + "')");
    script += std::string("run(lambda s: sign_repr(") + (hex_case ? "float.fromhex" : "float") +
              "(s)), bytes.fromhex('" + test::to_hex(text) + "').decode())\n";
  }
  compare_with_python(script, ours, labels);
}

TEST(FloatTextCrossCheck, ReprHexRoundDivmod) {
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not installed";
  std::mt19937_64 rng(stress_seed(99));
  std::string script = kPrelude;
  script +=
      "def arith(x, y):\n"
      "    out = []\n"
      "    for f in (lambda: divmod(x, y), lambda: x % y, lambda: x // y, lambda: x / y):\n"
      "        try: out.append(repr(f()))\n"
      "        except ZeroDivisionError as e: out.append(str(e))\n"
      "    return ' '.join(out)\n"
      "def ratio(x):\n"
      "    try: n, m = x.as_integer_ratio(); r = '%d/%d' % (n, m)\n"
      "    except (OverflowError, ValueError) as e: r = str(e)\n"
      "    try: t = str(int(x))\n"
      "    except (OverflowError, ValueError) as e: t = str(e)\n"
      "    try: rr = repr(float(round(x)))\n"
      "    except (OverflowError, ValueError) as e: rr = str(e)\n"
      "    return r + ' ' + t + ' ' + rr + ' ' + str(x.is_integer())\n";
  std::vector<std::string> ours, labels;
  auto status_text = [](const TextStatus& st, const std::string& ok) { return st.ok() ? ok : st.message; };
  for (int i = 0; i < 2000 * stress_scale(); i++) {
    double x = random_double(rng), y = random_double(rng);
    if (rng() % 8 == 0) y = rng() % 2 ? 0.0 : -0.0;
    if (rng() % 4 == 0) y = double(int(rng() % 21) - 10);
    std::string xs = "d('" + double_hex(x) + "')", ys = "d('" + double_hex(y) + "')";
    // repr, hex and complex repr
    std::string c;
    append_complex_repr(c, y, x);
    ours.push_back("OK " + repr(x) + " " + hex(x) + " " + c);
    labels.push_back("repr/hex " + repr(x) + " " + repr(y));
    script += "run(lambda x, y: repr(x) + ' ' + x.hex() + ' ' + repr(complex(y, x)), " + xs + ", " + ys + ")\n";
    // round(x, n)
    int64_t n = rng() % 3 == 0 ? int64_t(rng() % 40) - 20 : int64_t(rng() % 700) - 350;
    if (rng() % 20 == 0) n = rng() % 2 ? INT64_MAX : INT64_MIN;
    ours.push_back(rounded(x, n));
    labels.push_back("round(" + repr(x) + ", " + std::to_string(n) + ")");
    int64_t pn = n == INT64_MAX ? int64_t(1) << 62 : n == INT64_MIN ? -(int64_t(1) << 62) : n;
    script += "run(lambda x: repr(round(x, " + std::to_string(pn) + ")), " + xs + ")\n";
    // divmod, %, //, /
    double q, m, v;
    std::string mine;
    TextStatus st = float_divmod(x, y, &q, &m);
    mine += status_text(st, "(" + repr(q) + ", " + repr(m) + ")");
    st = float_mod(x, y, &v);
    mine += " " + status_text(st, repr(v));
    st = float_floordiv(x, y, &v);
    mine += " " + status_text(st, repr(v));
    st = float_truediv(x, y, &v);
    mine += " " + status_text(st, repr(v));
    ours.push_back("OK " + mine);
    labels.push_back("arith " + repr(x) + " " + repr(y));
    script += "run(arith, " + xs + ", " + ys + ")\n";
    // as_integer_ratio, int(), round(), is_integer
    std::string num, den, t;
    st = float_as_integer_ratio_text(x, &num, &den);
    mine = status_text(st, num + "/" + den);
    st = float_to_integer_text(x, &t);
    mine += " " + status_text(st, t);
    st = float_round_to_integral(x, &v);
    mine += " " + status_text(st, repr(v + 0.0));  // as the int round() returns
    mine += float_is_integer(x) ? " True" : " False";
    ours.push_back("OK " + mine);
    labels.push_back("ratio " + repr(x));
    script += "run(ratio, " + xs + ")\n";
  }
  compare_with_python(script, ours, labels);
}

TEST(FloatTextCrossCheck, AppendDouble) {
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not installed";
  std::mt19937_64 rng(stress_seed(5));
  std::string script = kPrelude;
  std::vector<std::string> ours, labels;
  for (int i = 0; i < 3000 * stress_scale(); i++) {
    double x = random_double(rng);
    char code = "eEfFgGr"[rng() % 7];
    int64_t precision = rng() % 10 == 0 ? int64_t(rng() % 1200) : int64_t(rng() % 20);
    std::string flags = rng() % 3 == 0 ? "#" : "";
    std::string s;
    unsigned f = flags.empty() ? 0 : unsigned(kDoubleAlt);
    // 'r' is checked through format(x, '') and format(x, '#'), which add ".0".
    if (code == 'r') f |= kDoubleAddDotZero;
    append_double(s, x, code, precision, f);
    ours.push_back("OK " + s);
    std::string py = code == 'r' ? "format(x, '" + flags + "')"
                                 : "'%" + flags + "." + std::to_string(precision) + code + "' % x";
    labels.push_back(py + " with x = " + repr(x));
    script += "run(lambda x: " + py + ", d('" + double_hex(x) + "'))\n";
  }
  compare_with_python(script, ours, labels);
}

}  // namespace
}  // namespace dx
