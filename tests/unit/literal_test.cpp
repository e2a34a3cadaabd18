// String, bytes and number literals, and the reprs of their values. Expected
// values are python3.11's; the CrossCheck tests compare with python3.11 itself
// on large random samples (skipped when it is not installed).
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <random>

#include "parser/string_literal.h"
#include "python_oracle.h"
#include "support/repr.h"

namespace dx {
namespace {

using parser::LiteralError;
using parser::StringPrefix;

TEST(Literal, SplitStringToken) {
  std::string_view body;
  int q = 0;
  StringPrefix p = parser::split_string_token("\"abc\"", &body, &q);
  EXPECT_EQ(body, "abc");
  EXPECT_EQ(q, 1);
  EXPECT_FALSE(p.raw || p.bytes || p.fstring || p.unicode);

  p = parser::split_string_token("'''a'b'''", &body, &q);
  EXPECT_EQ(body, "a'b");
  EXPECT_EQ(q, 3);

  parser::split_string_token("''", &body, &q);
  EXPECT_EQ(body, "");
  EXPECT_EQ(q, 1);
  parser::split_string_token("\"\"\"\"\"\"", &body, &q);
  EXPECT_EQ(body, "");
  EXPECT_EQ(q, 3);

  p = parser::split_string_token("Rb'x'", &body, &q);
  EXPECT_TRUE(p.raw && p.bytes && !p.fstring && !p.unicode);
  EXPECT_EQ(body, "x");
  p = parser::split_string_token("bR\"\"\"x\"\"\"", &body, &q);
  EXPECT_TRUE(p.raw && p.bytes);
  EXPECT_EQ(q, 3);
  p = parser::split_string_token("F'{x}'", &body, &q);
  EXPECT_TRUE(p.fstring && !p.raw);
  EXPECT_EQ(body, "{x}");
  p = parser::split_string_token("rf'x'", &body, &q);
  EXPECT_TRUE(p.fstring && p.raw);
  p = parser::split_string_token("U'x'", &body, &q);
  EXPECT_TRUE(p.unicode && !p.raw);
}

// Decodes the literal token `token`; "ERR message" on failure.
std::string decode(std::string_view token) {
  std::string_view body;
  int q;
  StringPrefix p = parser::split_string_token(token, &body, &q);
  std::string out;
  std::optional<LiteralError> e = parser::decode_string_body(body, p, &out);
  return e ? "ERR " + e->message : out;
}

TEST(Literal, StringEscapes) {
  EXPECT_EQ(decode(R"("plain")"), "plain");
  EXPECT_EQ(decode(R"("\a\b\f\n\r\t\v\\\'\"")"), std::string("\a\b\f\n\r\t\v\\'\""));
  EXPECT_EQ(decode(R"("\x41\101\u0041\U00000041\N{LATIN CAPITAL LETTER A}")"), "AAAAA");
  EXPECT_EQ(decode(R"("\0")"), std::string("\0", 1));
  EXPECT_EQ(decode(R"("\08")"), std::string("\0" "8", 2));
  EXPECT_EQ(decode(R"("\1\12\123\1234")"), "\x01\nSS4");
  EXPECT_EQ(decode(R"("\777")"), "\u01FF");
  EXPECT_EQ(decode(R"("\xff\xFF")"), "\u00FF\u00FF");
  EXPECT_EQ(decode(R"("\U0010FFFF")"), "\U0010FFFF");
  EXPECT_EQ(decode(R"("\U0001f600\uABCD")"), "\U0001F600\uABCD");
  EXPECT_EQ(decode(R"("\ud800\udc00")"), "\xED\xA0\x80\xED\xB0\x80");  // stays two lone surrogates
  EXPECT_EQ(decode(R"("\N{latin small letter a}\N{DIGIT ONE}2\N{EM DASH}")"), "a12\u2014");
  EXPECT_EQ(decode("\"a\\\nb\""), "ab");
  EXPECT_EQ(decode("'''a\nb'''"), "a\nb");
  // Invalid escapes stand for themselves.
  EXPECT_EQ(decode(R"("\q\8\9\e")"), R"(\q\8\9\e)");
  EXPECT_EQ(decode("\"\\\xC3\xA9\""), "\\\xC3\xA9");
  EXPECT_EQ(decode("\"\\\t\""), "\\\t");
  EXPECT_EQ(decode(R"("abc\\")"), "abc\\");
  // Raw strings keep everything.
  EXPECT_EQ(decode(R"(r"\x\N{FOO}\u12")"), R"(\x\N{FOO}\u12)");
  EXPECT_EQ(decode(R"(R"a\"b")"), R"(a\"b)");
}

TEST(Literal, StringErrors) {
  const std::string u = "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position ";
  EXPECT_EQ(decode(R"("\x")"), u + "0-1: truncated \\xXX escape");
  EXPECT_EQ(decode(R"("\x4")"), u + "0-2: truncated \\xXX escape");
  EXPECT_EQ(decode(R"("\x4g")"), u + "0-2: truncated \\xXX escape");
  EXPECT_EQ(decode(R"("ab\x4")"), u + "2-4: truncated \\xXX escape");
  EXPECT_EQ(decode(R"("\x-1")"), u + "0-1: truncated \\xXX escape");
  EXPECT_EQ(decode(R"("\u12")"), u + "0-3: truncated \\uXXXX escape");
  EXPECT_EQ(decode(R"("\u123g")"), u + "0-4: truncated \\uXXXX escape");
  EXPECT_EQ(decode(R"("\U1234")"), u + "0-5: truncated \\UXXXXXXXX escape");
  EXPECT_EQ(decode(R"("\U+1234")"), u + "0-1: truncated \\UXXXXXXXX escape");
  EXPECT_EQ(decode(R"("\U00110000")"), u + "0-9: illegal Unicode character");
  EXPECT_EQ(decode(R"("ab\U00110000")"), u + "2-11: illegal Unicode character");
  EXPECT_EQ(decode(R"("\UFFFFFFFF")"), u + "0-9: illegal Unicode character");
  EXPECT_EQ(decode(R"("\N")"), u + "0-1: malformed \\N character escape");
  EXPECT_EQ(decode(R"("\Nx")"), u + "0-1: malformed \\N character escape");
  EXPECT_EQ(decode(R"("\N{")"), u + "0-2: malformed \\N character escape");
  EXPECT_EQ(decode(R"("\N{}abc")"), u + "0-2: malformed \\N character escape");
  EXPECT_EQ(decode(R"("\N{abc")"), u + "0-5: malformed \\N character escape");
  EXPECT_EQ(decode(R"("\N{FOO}")"), u + "0-6: unknown Unicode character name");
  EXPECT_EQ(decode(R"("ab\N{FOO}cd")"), u + "2-8: unknown Unicode character name");
  EXPECT_EQ(decode(R"("\N{a\x41}")"), u + "0-8: unknown Unicode character name");
  EXPECT_EQ(decode(R"("\N{A}\x")"), u + "0-4: unknown Unicode character name");
  EXPECT_EQ(decode(R"("\x4\N{FOO}")"), u + "0-2: truncated \\xXX escape");
  EXPECT_EQ(decode(R"("\N{LATIN SMALL LETTER A}\x")"), u + "24-25: truncated \\xXX escape");
  // Positions count each non-ASCII character as 10 (its \UXXXXXXXX form) and
  // a backslash before one as 6 (\u005c).
  EXPECT_EQ(decode("\"\xC3\xA9\\x4\""), u + "10-12: truncated \\xXX escape");
  EXPECT_EQ(decode("\"\\N{\xC3\xA9}\""), u + "0-13: unknown Unicode character name");
  EXPECT_EQ(decode("\"\\\xC3\xA9\\x\""), u + "16-17: truncated \\xXX escape");
  EXPECT_EQ(decode("\"\\\\\xC3\xA9\\x\""), u + "12-13: truncated \\xXX escape");
  EXPECT_EQ(decode("\"\xF0\x9F\x98\x80\\x\""), u + "10-11: truncated \\xXX escape");
  EXPECT_EQ(decode("\"a\\N{\xC3\xA9\""), u + "1-13: malformed \\N character escape");

  std::string out;
  std::optional<LiteralError> e = parser::decode_string_body("ab\\x4", StringPrefix{}, &out);
  ASSERT_TRUE(e);
  EXPECT_EQ(e->offset, 2u);
}

TEST(Literal, Bytes) {
  EXPECT_EQ(decode(R"(b"abc")"), "abc");
  EXPECT_EQ(decode(R"(b"\x00\xff\101\n\\\'")"), std::string("\0\xff" "A\n\\'", 6));
  EXPECT_EQ(decode(R"(b"\777\400")"), std::string("\xff\0", 2));
  EXPECT_EQ(decode(R"(b"a\u1234\N{FOO}\q")"), R"(a\u1234\N{FOO}\q)");
  EXPECT_EQ(decode(R"(rb"\x")"), R"(\x)");
  EXPECT_EQ(decode(R"(b"\x")"), "ERR (value error) invalid \\x escape at position 0");
  EXPECT_EQ(decode(R"(b"\x4")"), "ERR (value error) invalid \\x escape at position 0");
  EXPECT_EQ(decode(R"(b"ab\x4g")"), "ERR (value error) invalid \\x escape at position 2");
  EXPECT_EQ(decode("b\"\xC3\xA9\""), "ERR bytes can only contain ASCII literal characters");
  EXPECT_EQ(decode("rb\"\xC3\xA9\""), "ERR bytes can only contain ASCII literal characters");
  EXPECT_EQ(decode("b\"\\x \xC3\xA9\""), "ERR bytes can only contain ASCII literal characters");
}

// parse_number as text: "int 12", "float 0x1.8p+0" (hex float), "complex ...", "ERR ...".
std::string number(std::string_view text) {
  Arena arena;
  ast::Constant c;
  std::optional<LiteralError> e = parser::parse_number(text, arena, &c);
  if (e) return "ERR " + e->message;
  char buf[64];
  switch (c.kind) {
    case ast::Constant::Kind::Int: return "int " + std::to_string(c.int_value);
    case ast::Constant::Kind::BigInt: return "big " + std::string(c.text);
    case ast::Constant::Kind::Float: std::snprintf(buf, sizeof buf, "float %a", c.float_value); return buf;
    case ast::Constant::Kind::Complex: std::snprintf(buf, sizeof buf, "complex %a", c.float_value); return buf;
    default: return "?";
  }
}

// `prefix` followed by n zeros.
std::string zeros(const char* prefix, size_t n) { return std::string(prefix).append(n, '0'); }

TEST(Literal, Numbers) {
  EXPECT_EQ(number("0"), "int 0");
  EXPECT_EQ(number("00"), "int 0");
  EXPECT_EQ(number("0_0"), "int 0");
  EXPECT_EQ(number("1_000_000"), "int 1000000");
  EXPECT_EQ(number("0x_ff"), "int 255");
  EXPECT_EQ(number("0XFF"), "int 255");
  EXPECT_EQ(number("0o_17"), "int 15");
  EXPECT_EQ(number("0O17"), "int 15");
  EXPECT_EQ(number("0b1_0"), "int 2");
  EXPECT_EQ(number("9223372036854775807"), "int 9223372036854775807");
  EXPECT_EQ(number("9223372036854775808"), "big 9223372036854775808");
  EXPECT_EQ(number("0x7fffffffffffffff"), "int 9223372036854775807");
  EXPECT_EQ(number("0xFFFFFFFFFFFFFFFF"), "big 18446744073709551615");
  EXPECT_EQ(number(zeros("0b1", 64)), "big 18446744073709551616");
  EXPECT_EQ(number(zeros("0o1", 30)), "big 1237940039285380274899124224");
  EXPECT_EQ(number(std::string(5000, '0')), "int 0");
  EXPECT_EQ(number(zeros("1", 4299)), zeros("big 1", 4299));
  const std::string limit = "ERR Exceeds the limit (4300 digits) for integer string conversion: value has ";
  const std::string advice =
      " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge "
      "integer literals to avoid decimal conversion limits.";
  EXPECT_EQ(number(zeros("1", 4300)), limit + "4301" + advice);
  EXPECT_EQ(number(zeros("1", 4999)), limit + "5000" + advice);
  std::string underscored = "1";
  for (int i = 0; i < 4300; i++) underscored += "_0";
  EXPECT_EQ(number(underscored), limit + "4301" + advice);
  EXPECT_EQ(number(zeros("0x1", 5000)).size(), 4 + 6021u);  // no limit for hex: 16**5000

  EXPECT_EQ(number("1.5"), "float 0x1.8p+0");
  EXPECT_EQ(number("1_0.5_5e-1_0"), number("10.55e-10"));
  EXPECT_EQ(number(".5"), "float 0x1p-1");
  EXPECT_EQ(number("5."), "float 0x1.4p+2");
  EXPECT_EQ(number("0777.5"), "float 0x1.84cp+9");
  EXPECT_EQ(number("0777e1"), "float 0x1.e5ap+12");
  EXPECT_EQ(number("1E5"), "float 0x1.86ap+16");
  EXPECT_EQ(number("0.1"), "float 0x1.999999999999ap-4");
  EXPECT_EQ(number("1e400"), "float inf");
  EXPECT_EQ(number(zeros("1", 400) + "e-400"), "float 0x1p+0");
  EXPECT_EQ(number("1e-400"), "float 0x0p+0");
  EXPECT_EQ(number("0.0001e-99999999999999999999"), "float 0x0p+0");
  EXPECT_EQ(number("2.4703282292062328e-324"), "float 0x0.0000000000001p-1022");
  EXPECT_EQ(number("2.4703282292062327e-324"), "float 0x0p+0");
  EXPECT_EQ(number("1.7976931348623159e308"), "float inf");

  EXPECT_EQ(number("1j"), "complex 0x1p+0");
  EXPECT_EQ(number("0777J"), "complex 0x1.848p+9");
  EXPECT_EQ(number("1.5e3j"), "complex 0x1.77p+10");
  EXPECT_EQ(number("1e400j"), "complex inf");
  EXPECT_EQ(number(".5j"), "complex 0x1p-1");
}

std::string str_repr(std::string_view s) {
  std::string out = "<";
  append_str_repr(out, s);
  return out.substr(1);
}

TEST(Repr, Str) {
  EXPECT_EQ(str_repr(""), "''");
  EXPECT_EQ(str_repr("a"), "'a'");
  EXPECT_EQ(str_repr("a'b"), "\"a'b\"");
  EXPECT_EQ(str_repr("a'b\""), "'a\\'b\"'");
  EXPECT_EQ(str_repr("a\"b"), "'a\"b'");
  EXPECT_EQ(str_repr("\t\n\r\\"), "'\\t\\n\\r\\\\'");
  EXPECT_EQ(str_repr(std::string("\0\x1f\x7f", 3) + "\u0080\u009f\u00a0\u00ad\u00ff"),
            "'\\x00\\x1f\\x7f\\x80\\x9f\\xa0\\xad\u00ff'");
  EXPECT_EQ(str_repr("\u00e9\U0001F600"), "'\u00e9\U0001F600'");
  EXPECT_EQ(str_repr("\u2028"), "'\\u2028'");
  EXPECT_EQ(str_repr("\U000E0001"), "'\\U000e0001'");
  EXPECT_EQ(str_repr("\xED\xA0\x80"), "'\\ud800'");  // a lone surrogate
  EXPECT_EQ(str_repr("\uFFFF"), "'\\uffff'");
  EXPECT_EQ(str_repr("\U0001FFFE"), "'\\U0001fffe'");
  EXPECT_EQ(str_repr("\u0378"), "'\\u0378'");
  std::string out = "x=";
  append_str_repr(out, "y");
  EXPECT_EQ(out, "x='y'");  // appends
}

TEST(Repr, Bytes) {
  auto repr = [](std::string_view b) {
    std::string out;
    append_bytes_repr(out, b);
    return out;
  };
  EXPECT_EQ(repr(""), "b''");
  EXPECT_EQ(repr("'"), "b\"'\"");
  EXPECT_EQ(repr("'\""), "b'\\'\"'");
  EXPECT_EQ(repr("\""), "b'\"'");
  EXPECT_EQ(repr(std::string("\0\xff\x7f\t\n\r\\ az", 10)), "b'\\x00\\xff\\x7f\\t\\n\\r\\\\ az'");
}

TEST(Repr, Float) {
  struct Case {
    double value;
    const char* repr;
  };
  const double inf = std::numeric_limits<double>::infinity();
  const Case cases[] = {
      {1e16, "1e+16"},
      {1e15, "1000000000000000.0"},
      {1e-5, "1e-05"},
      {0.0001, "0.0001"},
      {0.1, "0.1"},
      {1.0 / 3, "0.3333333333333333"},
      {-0.0, "-0.0"},
      {0.0, "0.0"},
      {inf, "inf"},
      {-inf, "-inf"},
      {std::nan(""), "nan"},
      {-std::nan(""), "nan"},
      {5e-324, "5e-324"},
      {1.7976931348623157e308, "1.7976931348623157e+308"},
      {123456789012345678.0, "1.2345678901234568e+17"},
      {1e22, "1e+22"},
      {1.5e300, "1.5e+300"},
      {100.0, "100.0"},
      {12345.678, "12345.678"},
      {9999999999999998.0, "9999999999999998.0"},
      {0.00012345, "0.00012345"},
      {1.2345e-05, "1.2345e-05"},
      {-2.5, "-2.5"},
  };
  for (const Case& c : cases) {
    std::string out;
    append_float_repr(out, c.value);
    EXPECT_EQ(out, c.repr);
  }
}

TEST(Repr, Imaginary) {
  struct Case {
    double imag;
    const char* repr;
  };
  const Case cases[] = {
      {1.0, "1j"},         {1.5e300, "1.5e+300j"}, {std::numeric_limits<double>::infinity(), "infj"},
      {0.0, "0j"},         {1e16, "1e+16j"},       {1e-5, "1e-05j"},
      {0.0001, "0.0001j"}, {100.0, "100j"},        {2.5, "2.5j"},
      {12345678901234567890.0, "1.2345678901234567e+19j"},
  };
  for (const Case& c : cases) {
    std::string out;
    append_imag_repr(out, c.imag);
    EXPECT_EQ(out, c.repr);
  }
}

// --- Against python3.11 ------------------------------------------------------

// Random literal tokens built from escape fragments: python3.11 evaluates
// them, we decode them; the values or the error messages must agree.
TEST(LiteralCrossCheck, StringLiterals) {
  std::vector<std::string> lines;
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not found";
  ASSERT_TRUE(test::run_python311(R"(
import random, warnings
warnings.simplefilter('ignore')
random.seed(3)
pieces = ['\\', '\\', '\\', 'x', 'u', 'U', 'N', '{', '}', '0', '1', '7', '8', '9', 'a', 'F', 'f', 'g',
          '\xe9', '\U0001f600', '\n', "'", 'LATIN SMALL LETTER A', 'DIGIT ONE', 'BOM', 'EM DASH', ' ', 'n',
          't', 'r', 'b', 'v', '00', '0010FFFF', '00110000', 'D800', 'ABCD', '\xe9\\', '\t', 'z', '\x7f']
n = 0
while n < 40000:
    body = ''.join(random.choice(pieces) for _ in range(random.randint(0, 10)))
    if '"' in body or (len(body) - len(body.rstrip('\\'))) % 2:
        continue
    q = '"""' if '\n' in body or random.random() < 0.5 else '"'
    tok = random.choice(['', 'r', 'b', 'rb', 'Br', 'u', 'R']) + q + body + q
    try:
        v = eval(tok)
        want = 'OK\t' + (v if isinstance(v, bytes) else v.encode('utf-8', 'surrogatepass')).hex()
    except SyntaxError as e:
        want = 'ERR\t' + e.msg
    print(tok.encode().hex() + '\t' + want)
    n += 1
)",
                                  &lines));
  ASSERT_GE(lines.size(), 40000u);
  for (const std::string& line : lines) {
    std::vector<std::string_view> f = test::split_tabs(line);
    ASSERT_EQ(f.size(), 3u);
    std::string token = test::from_hex(f[0]);
    std::string_view body;
    int q;
    StringPrefix p = parser::split_string_token(token, &body, &q);
    std::string out;
    std::optional<LiteralError> e = parser::decode_string_body(body, p, &out);
    if (f[1] == "OK") {
      ASSERT_FALSE(e) << token << ": " << e->message;
      ASSERT_EQ(test::to_hex(out), f[2]) << token;
    } else {
      ASSERT_TRUE(e) << token;
      ASSERT_EQ(e->message, f[2]) << token;
    }
  }
}

TEST(LiteralCrossCheck, Numbers) {
  std::vector<std::string> lines;
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not found";
  ASSERT_TRUE(test::run_python311(R"(
import random
random.seed(4)
def us(d):
    if len(d) < 2 or random.random() < 0.5:
        return d
    return d[0] + ''.join(('_' if random.random() < 0.2 else '') + c for c in d[1:])
def digits(alphabet, n):
    return ''.join(random.choice(alphabet) for _ in range(n))
for _ in range(20000):
    r = random.random()
    if r < 0.2:
        s = us(random.choice('123456789') + digits('0123456789', random.randint(0, 30)))
    elif r < 0.3:
        s = random.choice(['0x', '0X']) + us(digits('0123456789abcdefABCDEF', random.randint(1, 40)))
    elif r < 0.35:
        s = random.choice(['0o', '0O']) + us(digits('01234567', random.randint(1, 40)))
    elif r < 0.4:
        s = random.choice(['0b', '0B']) + us(digits('01', random.randint(1, 100)))
    else:
        ip = us(digits('0123456789', random.randint(0, 25)))
        fp = us(digits('0123456789', random.randint(0, 25)))
        s = (ip or '0') + ('.' + fp if random.random() < 0.8 else '')
        if random.random() < 0.6 or '.' not in s:
            s += random.choice('eE') + random.choice(['', '+', '-']) + us(str(random.randint(0, 400)))
        if random.random() < 0.2:
            s += random.choice('jJ')
    v = eval(s)
    if isinstance(v, int):
        print(s, 'int', v)
    elif isinstance(v, float):
        print(s, 'float', v.hex())
    else:
        print(s, 'complex', v.imag.hex())
)",
                                  &lines));
  ASSERT_GE(lines.size(), 20000u);
  Arena arena;
  for (const std::string& line : lines) {
    size_t sp1 = line.find(' '), sp2 = line.find(' ', sp1 + 1);
    std::string text = line.substr(0, sp1), kind = line.substr(sp1 + 1, sp2 - sp1 - 1), want = line.substr(sp2 + 1);
    ast::Constant c;
    ASSERT_FALSE(parser::parse_number(text, arena, &c)) << text;
    if (kind == "int") {
      if (c.kind == ast::Constant::Kind::Int) ASSERT_EQ(std::to_string(c.int_value), want) << text;
      else ASSERT_EQ(std::string(c.text), want) << text;
    } else {
      ASSERT_EQ(c.kind, kind == "float" ? ast::Constant::Kind::Float : ast::Constant::Kind::Complex) << text;
      double expected = std::strtod(want.c_str(), nullptr);  // python's float.hex() form
      if (want == "inf") expected = HUGE_VAL;
      ASSERT_EQ(std::memcmp(&c.float_value, &expected, sizeof(double)), 0) << text << " " << want;
    }
  }
}

// Random doubles (bit patterns and decimal-looking values): repr(x) and
// repr(complex(0, x)).
TEST(LiteralCrossCheck, FloatRepr) {
  std::vector<std::string> lines;
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not found";
  ASSERT_TRUE(test::run_python311(R"(
import random, struct, math
random.seed(5)
def bits(x):
    return struct.unpack('<Q', struct.pack('<d', x))[0]
vals = []
for _ in range(40000):
    r = random.random()
    if r < 0.3:
        vals.append(random.getrandbits(64))
    elif r < 0.6:
        x = float('%.*g' % (random.randint(1, 17), random.uniform(0, 10) * 10.0 ** random.randint(-25, 25)))
        vals.append(bits(x))
    elif r < 0.8:
        vals.append(bits(10.0 ** random.randint(-330, 307) * random.choice([1, 1.5, 9.999, 2, 5])))
    else:
        vals.append(bits(random.randint(0, 10 ** random.randint(1, 20)) / random.choice([1, 10, 100, 1e5])))
for b in vals:
    x = struct.unpack('<d', struct.pack('<Q', b))[0]
    c = repr(complex(0.0, x))
    print('%016x %s %s' % (b, repr(x), c if not c.startswith('(') else '-'))
)",
                                  &lines));
  ASSERT_GE(lines.size(), 40000u);
  for (const std::string& line : lines) {
    char hex[17] = {}, want_float[64] = {}, want_imag[64] = {};
    ASSERT_EQ(std::sscanf(line.c_str(), "%16s %63s %63s", hex, want_float, want_imag), 3);
    uint64_t bits = std::strtoull(hex, nullptr, 16);
    double x;
    std::memcpy(&x, &bits, sizeof x);
    std::string got;
    append_float_repr(got, x);
    ASSERT_EQ(got, want_float) << hex;
    if (std::strcmp(want_imag, "-") != 0) {
      got.clear();
      append_imag_repr(got, x);
      ASSERT_EQ(got, want_imag) << hex;
    }
  }
}

// repr of random strings (lone surrogates included) and bytes.
TEST(LiteralCrossCheck, StrAndBytesRepr) {
  std::vector<std::string> lines;
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not found";
  ASSERT_TRUE(test::run_python311(R"(
import random
random.seed(6)
def char():
    r = random.random()
    if r < 0.3: return chr(random.randint(0, 0x7F))
    if r < 0.4: return random.choice('\'"\\\t\n\r')
    if r < 0.6: return chr(random.randint(0x80, 0x3000))
    if r < 0.7: return chr(random.randint(0xD800, 0xDFFF))
    return chr(random.randint(0, 0x10FFFF))
for i in range(30000):
    s = ''.join(char() for _ in range(random.randint(0, 8)))
    print('s', s.encode('utf-8', 'surrogatepass').hex(), repr(s).encode('utf-8', 'surrogatepass').hex())
for i in range(10000):
    b = bytes(random.randint(0, 255) for _ in range(random.randint(0, 10)))
    print('b', b.hex(), repr(b).encode().hex())
)",
                                  &lines));
  ASSERT_GE(lines.size(), 40000u);
  for (const std::string& line : lines) {
    size_t sp1 = line.find(' '), sp2 = line.find(' ', sp1 + 1);
    std::string in = test::from_hex(std::string_view(line).substr(sp1 + 1, sp2 - sp1 - 1));
    std::string got;
    if (line[0] == 's') append_str_repr(got, in);
    else append_bytes_repr(got, in);
    ASSERT_EQ(test::to_hex(got), line.substr(sp2 + 1)) << line;
  }
}

}  // namespace
}  // namespace dx
