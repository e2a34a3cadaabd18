// The 30-bit digit integer arithmetic (support/bigint.h): exhaustive checks of
// small values against machine arithmetic, then random operands (up to
// thousands of digits, powers of two +-1, runs of ones, zero) cross-checked
// bit for bit against python3.11, errors included.
#include "support/bigint.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "python_oracle.h"

namespace dx::bigint {
namespace {

constexpr Digit kCanary = 0xdeadbeef;

struct Big {
  std::vector<Digit> d;
  int64_t size = 0;
  IntView v() const { return {d.data(), size}; }
};

// The outcome of an operation: a value or an error status.
struct Out {
  Status status = Status::kOk;
  Big value;
};

// Checks a result written into buf (cap digits followed by canaries): nothing
// past the capacity, digits below the base, no leading zero digit.
Big finish(std::vector<Digit>& buf, int64_t cap, int64_t size) {
  for (size_t i = size_t(cap); i < buf.size(); i++) {
    EXPECT_EQ(buf[i], kCanary) << "wrote past the capacity " << cap;
    if (buf[i] != kCanary) {
#ifdef BIGINT_TEST_ABORT
      abort();
#endif
      break;
    }
  }
  int64_t n = size < 0 ? -size : size;
  EXPECT_LE(n, cap);
  if (n > cap) n = cap;
  for (int64_t i = 0; i < n; i++)
    EXPECT_LT(buf[size_t(i)], kBase);
  if (n > 0) {
    EXPECT_NE(buf[size_t(n - 1)], 0u) << "not normalized";
  }
  buf.resize(size_t(n));
  return Big{std::move(buf), size < 0 ? -n : n};
}

// Runs fill(buffer) on `cap` digits followed by canaries.
template <typename Fill>
Out run(int64_t cap, Fill fill) {
  EXPECT_GE(cap, 0);
  std::vector<Digit> buf(size_t(cap) + 4, kCanary);
  Result r = fill(buf.data());
  Out out;
  out.status = r.status;
  if (r.status == Status::kOk) out.value = finish(buf, cap, r.size);
  return out;
}

template <typename Fill>
Out run_size(int64_t cap, Fill fill) {
  return run(cap, [&](Digit* p) { return Result{fill(p), Status::kOk}; });
}

Big from_i128(__int128 v) {
  unsigned __int128 m = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
  Big b;
  for (; m; m >>= kShift)
    b.d.push_back(Digit(m & kMask));
  b.size = v < 0 ? -int64_t(b.d.size()) : int64_t(b.d.size());
  return b;
}

// The value of a small Big; false when it does not fit in 120 bits.
bool to_i128(const Big& b, __int128* out) {
  if (b.d.size() > 4) return false;
  unsigned __int128 m = 0;
  for (size_t i = b.d.size(); i-- > 0;)
    m = (m << kShift) | b.d[i];
  *out = b.size < 0 ? -(__int128)m : (__int128)m;
  return true;
}

std::string format(IntView a, int base, unsigned flags = 0, int64_t limit = 0, Status* status = nullptr) {
  std::string s(size_t(to_string_capacity(a, base, flags)), '\0');
  Result r = to_string(a, base, flags, limit, s.data());
  if (status) *status = r.status;
  if (!r.ok()) return "";
  EXPECT_LE(r.size, int64_t(s.size()));
  s.resize(size_t(r.size));
  return s;
}

std::string hex(const Big& b) {
  return format(b.v(), 16);
}

const char* error_type_name(Status s) {
  switch (status_error(s)) {
    case ErrorType::kNone:
      return "None";
    case ErrorType::kMemoryError:
      return "MemoryError";
    case ErrorType::kZeroDivisionError:
      return "ZeroDivisionError";
    case ErrorType::kValueError:
      return "ValueError";
    case ErrorType::kOverflowError:
      return "OverflowError";
  }
  return "?";
}

std::string error_text(Status s) {
  return std::string("E:") + error_type_name(s) + ":" + status_message(s);
}

std::string show(const Out& o) {
  return o.status == Status::kOk ? hex(o.value) : error_text(o.status);
}

std::string show_double(Status s, double d) {
  if (s != Status::kOk) return error_text(s);
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  char buf[24];
  std::snprintf(buf, sizeof buf, "F:%016llx", (unsigned long long)bits);
  return buf;
}

// The arithmetic operations, as the int type would call them.
Out op_add(const Big& a, const Big& b) {
  return run_size(add_capacity(a.v(), b.v()), [&](Digit* o) { return add(a.v(), b.v(), o); });
}
Out op_sub(const Big& a, const Big& b) {
  return run_size(add_capacity(a.v(), b.v()), [&](Digit* o) { return sub(a.v(), b.v(), o); });
}
Out op_mul(const Big& a, const Big& b) {
  return run(mul_capacity(a.v(), b.v()), [&](Digit* o) { return mul(a.v(), b.v(), o); });
}
Out op_floordiv(const Big& a, const Big& b) {
  return run(div_capacity(a.v(), b.v()), [&](Digit* o) {
    DivmodResult r = divmod(a.v(), b.v(), o, nullptr);
    return Result{r.q_size, r.status};
  });
}
Out op_mod(const Big& a, const Big& b) {
  return run(mod_capacity(a.v(), b.v()), [&](Digit* o) {
    DivmodResult r = divmod(a.v(), b.v(), nullptr, o);
    return Result{r.r_size, r.status};
  });
}
std::string op_divmod(const Big& a, const Big& b) {
  int64_t qc = div_capacity(a.v(), b.v()), rc = mod_capacity(a.v(), b.v());
  std::vector<Digit> qb(size_t(qc) + 4, kCanary), rb(size_t(rc) + 4, kCanary);
  DivmodResult res = divmod(a.v(), b.v(), qb.data(), rb.data());
  if (res.status != Status::kOk) return error_text(res.status);
  return hex(finish(qb, qc, res.q_size)) + "," + hex(finish(rb, rc, res.r_size));
}
Out op_and(const Big& a, const Big& b) {
  return run_size(bitwise_capacity(a.v(), b.v()), [&](Digit* o) { return bit_and(a.v(), b.v(), o); });
}
Out op_or(const Big& a, const Big& b) {
  return run_size(bitwise_capacity(a.v(), b.v()), [&](Digit* o) { return bit_or(a.v(), b.v(), o); });
}
Out op_xor(const Big& a, const Big& b) {
  return run_size(bitwise_capacity(a.v(), b.v()), [&](Digit* o) { return bit_xor(a.v(), b.v(), o); });
}
Out op_invert(const Big& a) {
  return run_size(invert_capacity(a.v()), [&](Digit* o) { return invert(a.v(), o); });
}
Out op_lshift(const Big& a, int64_t n) {
  return run(lshift_capacity(a.v(), n), [&](Digit* o) { return lshift(a.v(), n, o); });
}
Out op_rshift(const Big& a, int64_t n) {
  return run(rshift_capacity(a.v(), n), [&](Digit* o) { return rshift(a.v(), n, o); });
}
Out op_pow(const Big& a, const Big& e) {
  return run(pow_capacity(a.v(), e.v()), [&](Digit* o) { return pow(a.v(), e.v(), o); });
}
Out op_powmod(const Big& a, const Big& e, const Big& m) {
  return run(pow_mod_capacity(m.v()), [&](Digit* o) { return pow_mod(a.v(), e.v(), m.v(), o); });
}
Out op_gcd(const Big& a, const Big& b) {
  return run(gcd_capacity(a.v(), b.v()), [&](Digit* o) { return gcd(a.v(), b.v(), o); });
}
Out op_isqrt(const Big& a) {
  return run(isqrt_capacity(a.v()), [&](Digit* o) { return isqrt(a.v(), o); });
}
std::string op_truediv(const Big& a, const Big& b) {
  double d = 0;
  Status s = true_divide(a.v(), b.v(), &d);
  return show_double(s, d);
}
std::string op_float(const Big& a) {
  double d = 0;
  Status s = to_double(a.v(), &d);
  return show_double(s, d);
}

Out op_parse(const std::string& text, int base, int64_t limit, ParsedInt* parsed) {
  *parsed = parse_int(text.data(), text.size(), base, limit);
  if (parsed->status != Status::kOk) return Out{parsed->status, {}};
  return run(parsed->capacity, [&](Digit* o) { return from_parsed(*parsed, o); });
}

// ---- Exhaustive small values against machine arithmetic ----

__int128 floordiv128(__int128 a, __int128 b) {
  __int128 q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q -= 1;
  return q;
}

std::string i128_hex(__int128 v) {
  return hex(from_i128(v));
}

std::vector<__int128> small_values() {
  std::vector<__int128> vals;
  for (int v = -300; v <= 300; v++)
    vals.push_back(v);
  const __int128 specials[] = {
      (1 << 30) - 1,
      1 << 30,
      (1 << 30) + 1,
      (__int128(1) << 31) - 1,
      __int128(1) << 31,
      (__int128(1) << 53) - 1,
      __int128(1) << 53,
      (__int128(1) << 53) + 1,
      (__int128(1) << 60) - 1,
      __int128(1) << 60,
      (__int128(1) << 60) + 1,
      (__int128(1) << 62) + 12345,
      (__int128(1) << 63) - 1,
      __int128(1) << 63,
      (__int128(1) << 63) + 1,
      (__int128(1) << 64) - 1,
      __int128(1) << 64,
      0x123456789abcdefLL,
      1000000000,
      999999999999999999LL,
  };
  for (__int128 s : specials) {
    vals.push_back(s);
    vals.push_back(-s);
  }
  return vals;
}

TEST(BigintSmall, ArithmeticMatchesMachineIntegers) {
  std::vector<__int128> vals = small_values();
  int checked = 0;
  for (__int128 x : vals) {
    Big a = from_i128(x);
    for (__int128 y : vals) {
      // The dense part is exhaustive; the special values meet every other value.
      bool both_dense = x >= -300 && x <= 300 && y >= -300 && y <= 300;
      if (!both_dense && (y % 7 != 0) && y > -300 && y < 300) continue;
      Big b = from_i128(y);
      __int128 r;
      Out o = op_add(a, b);
      ASSERT_TRUE(to_i128(o.value, &r));
      ASSERT_TRUE(r == x + y);
      o = op_sub(a, b);
      ASSERT_TRUE(to_i128(o.value, &r));
      ASSERT_TRUE(r == x - y);
      o = op_mul(a, b);
      if (to_i128(o.value, &r)) {
        // Products of 64-bit values fit in 127 bits but not always in the 120 bits read here.
        ASSERT_TRUE(r == x * y);
      }
      ASSERT_EQ(compare(a.v(), b.v()), (x > y) - (x < y));
      if (y != 0) {
        o = op_floordiv(a, b);
        ASSERT_TRUE(to_i128(o.value, &r));
        ASSERT_TRUE(r == floordiv128(x, y)) << i128_hex(x) << " // " << i128_hex(y);
        o = op_mod(a, b);
        ASSERT_TRUE(to_i128(o.value, &r));
        ASSERT_TRUE(r == x - floordiv128(x, y) * y) << i128_hex(x) << " % " << i128_hex(y);
      } else {
        ASSERT_EQ(op_floordiv(a, b).status, Status::kIntegerDivisionByZero);
        ASSERT_EQ(op_mod(a, b).status, Status::kIntegerModuloByZero);
      }
      o = op_and(a, b);
      ASSERT_TRUE(to_i128(o.value, &r) && r == (x & y));
      o = op_or(a, b);
      ASSERT_TRUE(to_i128(o.value, &r) && r == (x | y));
      o = op_xor(a, b);
      ASSERT_TRUE(to_i128(o.value, &r) && r == (x ^ y));
      if (y >= 0 && y < 50) {
        o = op_rshift(a, int64_t(y));
        ASSERT_TRUE(to_i128(o.value, &r) && r == (x >> int(y)));
        if (x > -(__int128(1) << 64) && x < (__int128(1) << 64)) {
          o = op_lshift(a, int64_t(y));
          ASSERT_TRUE(to_i128(o.value, &r) && r == x * (__int128(1) << int(y)));
        }
      }
      checked++;
    }
    __int128 r;
    Out o = op_invert(a);
    ASSERT_TRUE(to_i128(o.value, &r) && r == ~x);
    int64_t h = hash(a.v());
    unsigned __int128 m = x < 0 ? -(unsigned __int128)x : (unsigned __int128)x;
    int64_t expect = int64_t(m % ((uint64_t(1) << 61) - 1));
    if (x < 0) expect = -expect;
    if (expect == -1) expect = -2;
    ASSERT_EQ(h, expect);
    // str() against the machine's own formatting.
    std::string dec = format(a.v(), 10);
    char buf[64];
    char* p = buf + sizeof buf;
    unsigned __int128 t = m;
    do {
      *--p = char('0' + int(t % 10));
      t /= 10;
    } while (t);
    if (x < 0) *--p = '-';
    ASSERT_EQ(dec, std::string(p, size_t(buf + sizeof buf - p)));
    ParsedInt parsed;
    Out back = op_parse(dec, 10, 4300, &parsed);
    ASSERT_EQ(back.status, Status::kOk);
    ASSERT_TRUE(to_i128(back.value, &r) && r == x);
    int64_t i64;
    bool fits = to_int64(a.v(), &i64);
    ASSERT_EQ(fits, x >= INT64_MIN && x <= INT64_MAX);
    if (fits) {
      ASSERT_TRUE(i64 == x);
      Digit d[kInt64Capacity];
      int64_t size = from_int64(i64, d);
      Big again{std::vector<Digit>(d, d + (size < 0 ? -size : size)), size};
      ASSERT_EQ(compare(again.v(), a.v()), 0);
    }
  }
  EXPECT_GT(checked, 360000);
}

TEST(BigintSmall, StatusMessages) {
  EXPECT_STREQ(status_message(Status::kNotInvertible), "base is not invertible for the given modulus");
  EXPECT_EQ(status_error(Status::kTooLargeForFloat), ErrorType::kOverflowError);
  char buf[200];
  format_digits_limit(Status::kParseDigitsLimit, 4300, 5000, buf, sizeof buf);
  EXPECT_STREQ(buf,
               "Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; "
               "use sys.set_int_max_str_digits() to increase the limit");
  format_digits_limit(Status::kFormatDigitsLimit, 4300, 0, buf, sizeof buf);
  EXPECT_STREQ(buf,
               "Exceeds the limit (4300 digits) for integer string conversion; use "
               "sys.set_int_max_str_digits() to increase the limit");
}

// ---- Random operands against python3.11 ----

class Gen {
 public:
  explicit Gen(uint64_t seed) : rng_(seed) {}
  uint64_t u(uint64_t n) { return rng_() % n; }
  bool coin() { return rng_() & 1; }

  // A random operand of at most max_digits digits (from 400 on, 1 in 100
  // has thousands of decimal digits).
  Big operand(int64_t max_digits = 200) {
    Big b;
    int kind = int(u(100));
    int64_t n;
    if (kind < 8) return b;  // zero
    if (kind < 30) {
      n = 1;
    } else if (kind < 42) {
      n = 2 + int64_t(u(2));
    } else if (kind < 72) {
      n = 4 + int64_t(u(60));
    } else if (kind < 87) {
      n = 1 + int64_t(u(uint64_t(max_digits)));
    } else if (kind < 88 && max_digits >= 400) {
      n = 800 + int64_t(u(600));
    } else {
      // 2**k, 2**k - 1, 2**k + 1, and runs of ones.
      uint64_t k = u(uint64_t(max_digits * kShift));
      int form = int(u(3));
      b.d.assign(size_t(k / kShift + 1), 0);
      b.d[k / kShift] = Digit(1) << (k % kShift);
      if (form == 1) {  // 2**k - 1
        for (auto& d : b.d)
          d = d ? d - 1 : kMask;
        b.d.back() = (Digit(1) << (k % kShift)) - 1;
      } else if (form == 2) {
        b.d[0] |= 1;
      }
      while (!b.d.empty() && b.d.back() == 0)
        b.d.pop_back();
      b.size = int64_t(b.d.size());
      if (coin()) b.size = -b.size;
      return b;
    }
    n = std::min(n, max_digits);
    b.d.resize(size_t(n));
    int style = int(u(4));
    for (auto& d : b.d) {
      d = Digit(rng_()) & kMask;
      if (style == 0 && u(4) == 0) d = kMask;
      if (style == 1 && u(4) == 0) d = 0;
    }
    if (b.d.back() == 0) b.d.back() = 1 + Digit(u(kMask));
    if (n == 1 && u(3) == 0) b.d[0] = Digit(u(20)) + 1;
    b.size = coin() ? -n : n;
    return b;
  }

  Big small(int64_t lo, int64_t hi) { return from_i128(lo + int64_t(u(uint64_t(hi - lo + 1)))); }

 private:
  std::mt19937_64 rng_;
};

std::string hexarg(const Big& b) {
  return hex(b);
}

std::string py_repr_ascii(const std::string& s) {
  std::string r = "'";
  for (char c : s) {
    if (c == '\t')
      r += "\\t";
    else if (c == '\n')
      r += "\\n";
    else if (c == '\r')
      r += "\\r";
    else if (c == '\v')
      r += "\\x0b";
    else if (c == '\f')
      r += "\\x0c";
    else
      r += c;
  }
  return r + "'";
}

constexpr const char* kOracleScript = R"PY(
import sys, math, struct
V = [int(x, 16) for x in OPERANDS.split()]
def H(s): return V[int(s[1:])] if s[0] == '#' else int(s, 16)
def I(x): return format(x, 'x')
def F(x): return 'F:' + struct.pack('>q', struct.unpack('>q', struct.pack('>d', x))[0]).hex()
def tobase(x, b):
    if x == 0: return '0'
    d = '0123456789abcdefghijklmnopqrstuvwxyz'
    s = []
    n = abs(x)
    while n:
        n, r = divmod(n, b)
        s.append(d[r])
    return ('-' if x < 0 else '') + ''.join(reversed(s))
def run(f):
    try:
        return f()
    except Exception as e:
        return 'E:' + type(e).__name__ + ':' + str(e)
sys.set_int_max_str_digits(0)
out = []
for line in CASES.split('\n'):
    if not line: continue
    p = line.split(' ')
    op = p[0]
    if op == 'parse':
        base, limit, text = int(p[1]), int(p[2]), bytes.fromhex(p[3]).decode()
        sys.set_int_max_str_digits(limit)
        out.append(run(lambda: I(int(text, base))))
        sys.set_int_max_str_digits(0)
        continue
    if op == 'fromdouble':
        d = struct.unpack('>d', bytes.fromhex(p[1]))[0]
        out.append(run(lambda: I(int(d))))
        continue
    if op == 'frombytes':
        data = bytes.fromhex(p[1]) if p[1] != '-' else b''
        out.append(I(int.from_bytes(data, p[2], signed=p[3] == '1')))
        continue
    a = H(p[1])
    b = H(p[2]) if len(p) > 2 else None
    c = H(p[3]) if len(p) > 3 else None
    if op == 'add': r = run(lambda: I(a + b))
    elif op == 'sub': r = run(lambda: I(a - b))
    elif op == 'mul': r = run(lambda: I(a * b))
    elif op == 'floordiv': r = run(lambda: I(a // b))
    elif op == 'mod': r = run(lambda: I(a % b))
    elif op == 'divmod': r = run(lambda: ','.join(map(I, divmod(a, b))))
    elif op == 'truediv': r = run(lambda: F(a / b))
    elif op == 'and': r = I(a & b)
    elif op == 'or': r = I(a | b)
    elif op == 'xor': r = I(a ^ b)
    elif op == 'cmp': r = str((a > b) - (a < b))
    elif op == 'lshift': r = run(lambda: I(a << b))
    elif op == 'rshift': r = run(lambda: I(a >> b))
    elif op == 'pow': r = run(lambda: I(a ** b))
    elif op == 'powmod': r = run(lambda: I(pow(a, b, c)))
    elif op == 'gcd': r = I(math.gcd(a, b))
    elif op == 'invert': r = I(~a)
    elif op == 'bitlen': r = str(a.bit_length())
    elif op == 'bitcount': r = str(a.bit_count())
    elif op == 'hash': r = str(hash(a))
    elif op == 'float': r = run(lambda: F(float(a)))
    elif op == 'isqrt': r = run(lambda: I(math.isqrt(a)))
    elif op == 'str': r = str(a)
    elif op == 'strlim':
        sys.set_int_max_str_digits(b)
        r = run(lambda: str(a))
        sys.set_int_max_str_digits(0)
    elif op == 'bin': r = bin(a)
    elif op == 'oct': r = oct(a)
    elif op == 'hexp': r = hex(a)
    elif op == 'HEX': r = format(a, '#X')
    elif op == 'base': r = tobase(a, b)
    elif op == 'tobytes':
        n, order, signed = b, ('little' if c & 1 else 'big'), bool(c & 2)
        r = run(lambda: a.to_bytes(n, order, signed=signed).hex())
    else: r = '?' + op
    out.append(r)
sys.stdout.write('\n'.join(out) + '\n')
)PY";

struct Case {
  std::string line;      // for python
  std::string expected;  // computed here
};

TEST(BigintOracle, RandomOperandsMatchPython) {
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not found";
  Gen g(20240611);
  std::vector<Case> cases;
  auto add_case = [&](std::string line, std::string mine) { cases.push_back({std::move(line), std::move(mine)}); };
  // Operands go to python once, as a table; the cases name them "#index".
  std::string operands;
  int64_t noperands = 0;
  auto ref = [&](const Big& b) {
    operands += hex(b);
    operands += '\n';
    return "#" + std::to_string(noperands++);
  };

  for (int i = 0; i < 2500; i++) {
    Big a = g.operand(g.u(20) == 0 ? 400 : 200), b = g.operand(g.u(20) == 0 ? 400 : 200);
    if (g.u(10) == 0) b = a;            // squares and equal operands
    if (g.u(10) == 0 && b.size != 0) {  // a close to a multiple of b
      Big k = g.operand(40);
      a = op_mul(b, k).value;
      if (g.coin()) a = op_add(a, g.small(-3, 3)).value;
    }
    std::string ha = ref(a), hb = ref(b);
    std::string ab = ha + " " + hb;
    add_case("add " + ab, show(op_add(a, b)));
    add_case("sub " + ab, show(op_sub(a, b)));
    add_case("mul " + ab, show(op_mul(a, b)));
    if (i % 4 == 0) add_case("mul " + ha + " " + ha, show(op_mul(a, a)));  // the squaring path
    add_case("floordiv " + ab, show(op_floordiv(a, b)));
    add_case("mod " + ab, show(op_mod(a, b)));
    add_case("divmod " + ab, op_divmod(a, b));
    add_case("truediv " + ab, op_truediv(a, b));
    add_case("and " + ab, show(op_and(a, b)));
    add_case("or " + ab, show(op_or(a, b)));
    add_case("xor " + ab, show(op_xor(a, b)));
    add_case("cmp " + ab, std::to_string(compare(a.v(), b.v())));
    if (i % 3 == 0) add_case("gcd " + ab, show(op_gcd(a, b)));
    // Unary operations on a.
    add_case("invert " + ha, show(op_invert(a)));
    add_case("bitlen " + ha, std::to_string(bit_length(a.v())));
    add_case("bitcount " + ha, std::to_string(bit_count(a.v())));
    add_case("hash " + ha, std::to_string(hash(a.v())));
    add_case("float " + ha, op_float(a));
    add_case("isqrt " + ha, show(op_isqrt(a)));
    if (i % 4 == 0 || a.d.size() < 100) add_case("str " + ha, format(a.v(), 10));
    add_case("bin " + ha, format(a.v(), 2, kFormatPrefix));
    add_case("oct " + ha, format(a.v(), 8, kFormatPrefix));
    add_case("hexp " + ha, format(a.v(), 16, kFormatPrefix));
    add_case("HEX " + ha, format(a.v(), 16, kFormatPrefix | kFormatUppercase));
    if (a.d.size() < 60) {
      int base = 2 + int(g.u(35));
      add_case("base " + ha + " " + hexarg(from_i128(base)), format(a.v(), base));
      // The text reads back in the same base.
      ParsedInt parsed;
      Out back = op_parse(format(a.v(), base), base, 0, &parsed);
      EXPECT_TRUE(back.status == Status::kOk && compare(back.value.v(), a.v()) == 0) << ha << " base " << base;
    }
    int64_t shift = int64_t(g.u(4) == 0 ? g.u(3000) : g.u(100));
    add_case("lshift " + ha + " " + hexarg(from_i128(shift)), show(op_lshift(a, shift)));
    add_case("rshift " + ha + " " + hexarg(from_i128(shift)), show(op_rshift(a, shift)));
    // to_bytes around the needed length.
    int64_t need = int64_t(bit_length(a.v()) / 8) + 1;
    int64_t len = std::max<int64_t>(0, need - 2 + int64_t(g.u(4)));
    int flags = int(g.u(4));
    std::string bytes(size_t(len), '\0');
    Status ts = to_bytes(a.v(), reinterpret_cast<uint8_t*>(bytes.data()), size_t(len), flags & 1, flags & 2);
    add_case("tobytes " + ha + " " + hexarg(from_i128(len)) + " " + hexarg(from_i128(flags)),
             ts == Status::kOk ? test::to_hex(bytes) : error_text(ts));
  }
  // Powers: small exponents on any base, any exponents on small bases.
  for (int i = 0; i < 600; i++) {
    Big a = g.u(3) == 0 ? g.operand(20) : g.small(-40, 40);
    Big e = a.d.size() > 2 ? g.small(0, 12) : g.small(0, g.u(4) == 0 ? 3000 : 70);
    add_case("pow " + ref(a) + " " + hexarg(e), show(op_pow(a, e)));
  }
  for (int i = 0; i < 1500; i++) {
    Big a = g.operand(80), e = g.u(4) == 0 ? g.small(-20, 20) : g.operand(3), m = g.operand(i % 50 ? 60 : 400);
    if (g.u(8) == 0) m = g.small(-3, 3);
    if (g.u(8) == 0) a = g.small(-3, 3);
    add_case("powmod " + ref(a) + " " + hexarg(e) + " " + ref(m), show(op_powmod(a, e, m)));
  }
  // Fixed edge cases.
  {
    auto parse10 = [&](const std::string& text) {
      ParsedInt parsed;
      return op_parse(text, 10, 0, &parsed).value;
    };
    Big p639 = parse10("1" + std::string(639, '0')), p640 = parse10("1" + std::string(640, '0'));
    Big minus1 = from_i128(-1), zero, one = from_i128(1);
    Big two1024 = op_lshift(one, 1024).value, two970 = op_lshift(one, 970).value;
    Big max_ok = op_sub(op_sub(two1024, two970).value, one).value;  // rounds to DBL_MAX
    Big min_bad = op_sub(two1024, two970).value;                    // rounds up to 2**1024
    for (const Big& x : {p639, p640, op_sub(p640, one).value}) {
      for (int64_t limit : {640, 641}) {
        Big neg = x;
        neg.size = -neg.size;
        for (const Big& y : {x, neg}) {
          Status st;
          std::string text = format(y.v(), 10, 0, limit, &st);
          if (st != Status::kOk) {
            char buf[300];
            format_digits_limit(st, limit, 0, buf, sizeof buf);
            text = std::string("E:") + error_type_name(st) + ":" + buf;
          }
          add_case("strlim " + ref(y) + " " + hexarg(from_i128(limit)), text);
        }
      }
    }
    for (const Big& x : {max_ok, min_bad, op_add(min_bad, one).value, op_lshift(one, 1023).value}) {
      add_case("float " + ref(x), op_float(x));
      add_case("truediv " + ref(x) + " " + ref(one), op_truediv(x, one));
      add_case("truediv " + ref(op_lshift(x, 1).value) + " " + ref(from_i128(2)),
               op_truediv(op_lshift(x, 1).value, from_i128(2)));
    }
    for (int64_t len : {0, 1, 2}) {
      for (const Big& x : {zero, minus1, from_i128(-128), from_i128(128), from_i128(255), from_i128(-129)}) {
        for (int flags = 0; flags < 4; flags++) {
          std::string bytes(size_t(len), '\0');
          Status ts = to_bytes(x.v(), reinterpret_cast<uint8_t*>(bytes.data()), size_t(len), flags & 1, flags & 2);
          add_case("tobytes " + ref(x) + " " + hexarg(from_i128(len)) + " " + hexarg(from_i128(flags)),
                   ts == Status::kOk ? test::to_hex(bytes) : error_text(ts));
        }
      }
    }
    for (int base : {0, 10, 16}) {
      for (std::string digits : {std::string(640, '1'), std::string(641, '1'), std::string(640, '0') + "_1"}) {
        for (std::string text : {digits, "-" + digits, " +" + digits + " ", "0x" + digits}) {
          ParsedInt parsed;
          Out r = op_parse(text, base, 640, &parsed);
          std::string mine;
          if (r.status == Status::kOk) {
            mine = hex(r.value);
          } else if (r.status == Status::kParseDigitsLimit) {
            char buf[300];
            format_digits_limit(r.status, 640, parsed.ndigits, buf, sizeof buf);
            mine = std::string("E:ValueError:") + buf;
          } else {
            mine = "E:ValueError:invalid literal for int() with base " + std::to_string(base) + ": " +
                   py_repr_ascii(text).substr(0, 200);
          }
          add_case("parse " + std::to_string(base) + " 640 " + test::to_hex(text), mine);
        }
      }
    }
  }
  // Rounding of float(int) and int / int: ties, values near the overflow
  // threshold and quotients in the subnormal range.
  for (int i = 0; i < 1200; i++) {
    uint64_t m = (uint64_t(1) << (53 + g.u(3))) | (g.u(1 << 20) << 20) | (g.coin() ? g.u(8) : uint64_t(1) << g.u(4));
    Big mb = from_i128(__int128(m));
    Big delta = g.small(-1, 1);
    if (i % 2 == 0) {
      int64_t k = int64_t(i % 10 == 0 ? 968 + g.u(4) : g.u(1000));
      Big a = op_add(op_lshift(mb, k).value, g.u(3) == 0 ? delta : Big{}).value;
      if (g.coin()) a.size = -a.size;
      add_case("float " + ref(a), op_float(a));
      continue;
    }
    Big b = g.operand(40);
    if (b.size == 0) b = from_i128(3);
    Big a = op_add(op_mul(b, mb).value, g.u(3) == 0 ? delta : Big{}).value;
    int64_t k = int64_t(g.u(4) == 0 ? g.u(1100) : 1000 + g.u(110));
    if (g.coin()) {
      a = op_lshift(a, k).value;
    } else {
      b = op_lshift(b, k).value;
    }
    add_case("truediv " + ref(a) + " " + ref(b), op_truediv(a, b));
  }
  // str() with the digit limit (python's minimum is 640).
  for (int i = 0; i < 200; i++) {
    Big a = g.operand(400);
    int64_t n = int64_t(g.u(1 + a.d.size() * 10));
    a = op_rshift(a, n).value;
    int64_t limit = 640 + int64_t(g.u(100));
    Status s;
    std::string text = format(a.v(), 10, 0, limit, &s);
    if (s != Status::kOk) {
      char buf[300];
      format_digits_limit(s, limit, 0, buf, sizeof buf);
      text = std::string("E:") + error_type_name(s) + ":" + buf;
    }
    add_case("strlim " + ref(a) + " " + hexarg(from_i128(limit)), text);
  }
  // int(float)
  for (int i = 0; i < 500; i++) {
    double d;
    uint64_t bits = (uint64_t(g.u(0x7ff)) << 52) | g.u(uint64_t(1) << 52) | (g.coin() ? uint64_t(1) << 63 : 0);
    std::memcpy(&d, &bits, sizeof d);
    if (i < 20) d = std::ldexp(1.0, i * 53) - (i & 1);
    std::memcpy(&bits, &d, sizeof d);
    char h[20];
    std::snprintf(h, sizeof h, "%016llx", (unsigned long long)bits);
    Big r = run_size(from_double_capacity(d), [&](Digit* o) { return from_double(d, o); }).value;
    add_case(std::string("fromdouble ") + h, hex(r));
  }
  // int.from_bytes
  for (int i = 0; i < 400; i++) {
    size_t len = size_t(g.u(i % 10 == 0 ? 300 : 20));
    std::string data(len, '\0');
    for (auto& c : data)
      c = char(g.u(4) == 0 ? 0xff : g.u(4) == 0 ? 0 : g.u(256));
    bool little = g.coin(), is_signed = g.coin();
    Big r = run_size(from_bytes_capacity(len), [&](Digit* o) {
              return from_bytes(reinterpret_cast<const uint8_t*>(data.data()), len, little, is_signed, o);
            }).value;
    add_case("frombytes " + (len ? test::to_hex(data) : std::string("-")) + (little ? " little " : " big ") +
                 (is_signed ? "1" : "0"),
             hex(r));
  }
  // int(str, base): a grammar of near-valid literals, and long decimals near the limit.
  const char* pieces[] = {"0",  "1", "7",  "9",  "a",  "f",  "z",  "Z", "_", "__", "0x", "0X", "0o", "0b",
                          "0B", " ", "\t", "\n", "\v", "\f", "\r", "+", "-", "g",  "8",  "00", "x",  "."};
  for (int i = 0; i < 3000; i++) {
    std::string text;
    int64_t limit = 0;
    if (i % 20 == 0) {
      int64_t n = 500 + int64_t(g.u(300));
      if (g.coin()) text += "-";
      for (int64_t k = 0; k < n; k++) {
        text += char('0' + g.u(10));
        if (g.u(50) == 0) text += '_';
      }
      if (text.back() == '_') text += '1';
      limit = g.coin() ? 0 : 640;
      if (g.u(5) == 0) text += "x";
    } else {
      int parts = 1 + int(g.u(6));
      for (int k = 0; k < parts; k++)
        text += pieces[g.u(sizeof pieces / sizeof *pieces)];
      if (g.coin()) text = pieces[g.u(12)] + text;
    }
    int base = g.u(4) == 0 ? 0 : g.u(3) == 0 ? 10 : g.u(4) == 0 ? int(g.u(40)) : 2 + int(g.u(35));
    if (base == 1) base = 37;
    ParsedInt parsed;
    Out r = op_parse(text, base, limit, &parsed);
    std::string mine;
    if (r.status == Status::kOk) {
      mine = hex(r.value);
    } else if (r.status == Status::kInvalidLiteral) {
      // CPython formats the argument with %.200R: its repr cut at 200 characters.
      mine = "E:ValueError:invalid literal for int() with base " + std::to_string(base) + ": " +
             py_repr_ascii(text).substr(0, 200);
    } else if (r.status == Status::kParseDigitsLimit) {
      char buf[300];
      format_digits_limit(r.status, limit, parsed.ndigits, buf, sizeof buf);
      mine = std::string("E:ValueError:") + buf;
    } else {
      mine = error_text(r.status);
    }
    add_case("parse " + std::to_string(base) + " " + std::to_string(limit) + " " + test::to_hex(text), mine);
  }

  std::string script = "OPERANDS = '''\n" + operands + "'''\nCASES = '''\n";
  for (auto& c : cases)
    script += c.line + "\n";
  script += "'''\n";
  script += kOracleScript;
  if (const char* dump = std::getenv("DXPY_BIGINT_DUMP")) {
    FILE* f = std::fopen(dump, "w");
    if (f) {
      std::fwrite(script.data(), 1, script.size(), f);
      std::fclose(f);
    }
  }
  std::vector<std::string> lines;
  ASSERT_TRUE(test::run_python311(script, &lines));
  ASSERT_EQ(lines.size(), cases.size());
  int mismatches = 0;
  for (size_t i = 0; i < cases.size(); i++) {
    if (lines[i] != cases[i].expected) {
      if (++mismatches <= 20) {
        std::string line = cases[i].line.substr(0, 300);
        ADD_FAILURE() << line << "\n  python: " << lines[i].substr(0, 300)
                      << "\n  dx-py:  " << cases[i].expected.substr(0, 300);
      }
    }
  }
  EXPECT_EQ(mismatches, 0) << "of " << cases.size() << " cases";
  RecordProperty("cases", int(cases.size()));
}

// Huge operands through the GMP paths, checked by identities rather than python
// (python's quadratic str() would dominate the run time).
TEST(BigintLarge, IdentitiesOnHugeOperands) {
  Gen g(7);
  for (int i = 0; i < 6; i++) {
    Big a, b;
    a.d.resize(size_t(3000 + g.u(20000)));
    b.d.resize(size_t(100 + g.u(6000)));
    for (auto& d : a.d)
      d = Digit(g.u(kBase));
    for (auto& d : b.d)
      d = Digit(g.u(kBase));
    a.d.back() |= 1;
    b.d.back() |= 1;
    a.size = g.coin() ? -int64_t(a.d.size()) : int64_t(a.d.size());
    b.size = int64_t(b.d.size());
    // (a // b) * b + a % b == a
    Out q = op_floordiv(a, b), r = op_mod(a, b);
    Out back = op_add(op_mul(q.value, b).value, r.value);
    ASSERT_EQ(compare(back.value.v(), a.v()), 0);
    ASSERT_TRUE(r.value.size >= 0 && compare(r.value.v(), b.v()) < 0);
    // Decimal round trip through GMP both ways.
    std::string text = format(a.v(), 10);
    ParsedInt parsed;
    Out parsed_back = op_parse(text, 10, 0, &parsed);
    ASSERT_EQ(compare(parsed_back.value.v(), a.v()), 0);
    // isqrt(x)**2 <= x < (isqrt(x)+1)**2
    Big x = op_mul(a, a).value;
    Out s = op_isqrt(x);
    Big abs_a{a.d, a.size < 0 ? -a.size : a.size};
    ASSERT_EQ(compare(s.value.v(), abs_a.v()), 0);
  }
}

}  // namespace
}  // namespace dx::bigint
