// Arbitrary-precision integer arithmetic over CPython 3.11's int layout.
//
// A number is a little-endian array of 30-bit digits held in uint32_t plus a
// signed size, exactly like a PyLongObject's ob_digit and ob_size: the sign of
// `size` is the sign of the number, |size| is the digit count, 0 is zero, and
// the top digit is never zero. The functions here know nothing of objects: the
// int type asks a `*_capacity` function how many digits to allocate, lets the
// operation write them in place and stores the returned signed size as
// ob_size. A capacity is an upper bound; the written size may be smaller.
//
// Conventions:
//  - Outputs never overlap inputs (no aliasing, not even exact).
//  - Errors are values: `Status`, with CPython's exception type and message
//    from `status_error()` / `status_message()`. No exceptions are thrown.
//  - Scratch memory is internal: a stack buffer for small operands, malloc
//    above; a failed malloc returns Status::kNoMemory. Above the GMP
//    thresholds GMP allocates its own temporaries (through its default
//    allocator, which aborts the process when memory runs out).
//  - Capacities saturate at INT64_MAX; the caller compares them with its own
//    maximum object size and raises MemoryError when above.
#pragma once
#include <cstddef>
#include <cstdint>

namespace dx::bigint {

using Digit = uint32_t;
using TwoDigits = uint64_t;
inline constexpr int kShift = 30;
inline constexpr Digit kBase = Digit(1) << kShift;
inline constexpr Digit kMask = kBase - 1;

// A read-only number in the int layout.
struct IntView {
  const Digit* digits;
  int64_t size;  // ob_size: sign and digit count

  int64_t ndigits() const { return size < 0 ? -size : size; }
  bool is_zero() const { return size == 0; }
  bool is_negative() const { return size < 0; }
};

// Every error an operation can report: the name, CPython's exception type and
// its fixed message ("" where the caller formats it: see the notes).
#define DX_BIGINT_STATUSES(X)                                                                   \
  X(kOk, kNone, "")                                                                             \
  X(kNoMemory, kMemoryError, "")                                                                \
  X(kDivisionByZero, kZeroDivisionError, "division by zero")                                    \
  X(kIntegerDivisionByZero, kZeroDivisionError, "integer division or modulo by zero")           \
  X(kIntegerModuloByZero, kZeroDivisionError, "integer modulo by zero")                         \
  X(kPowModulusZero, kValueError, "pow() 3rd argument cannot be 0")                             \
  X(kNotInvertible, kValueError, "base is not invertible for the given modulus")                \
  X(kNegativeShiftCount, kValueError, "negative shift count")                                   \
  X(kIsqrtNegative, kValueError, "isqrt() argument must be nonnegative")                        \
  X(kTooLargeForFloat, kOverflowError, "int too large to convert to float")                     \
  X(kDivisionTooLargeForFloat, kOverflowError, "integer division result too large for a float") \
  X(kTooBigToConvert, kOverflowError, "int too big to convert")                                 \
  X(kNegativeToUnsigned, kOverflowError, "can't convert negative int to unsigned")              \
  /* to_uint64: the caller names the C type ("... too large to convert to C long") */           \
  X(kOutOfRange, kOverflowError, "")                                                            \
  X(kInvalidBase, kValueError, "int() base must be >= 2 and <= 36, or 0")                       \
  /* "invalid literal for int() with base %d: %.200R" (base as given, repr cut at 200) */       \
  X(kInvalidLiteral, kValueError, "")                                                           \
  /* format_digits_limit */                                                                     \
  X(kParseDigitsLimit, kValueError, "")                                                         \
  X(kFormatDigitsLimit, kValueError, "")

enum class Status : uint8_t {
#define X(name, type, message) name,
  DX_BIGINT_STATUSES(X)
#undef X
};

enum class ErrorType : uint8_t { kNone, kMemoryError, kZeroDivisionError, kValueError, kOverflowError };

ErrorType status_error(Status s);
const char* status_message(Status s);
// Writes the message of kParseDigitsLimit (`value_digits` is ParsedInt::ndigits)
// or kFormatDigitsLimit into buf (NUL-terminated, truncated to cap); returns its length.
size_t format_digits_limit(Status s, int64_t limit, int64_t value_digits, char* buf, size_t cap);

// A signed digit count, or an error.
struct Result {
  int64_t size;
  Status status;
  bool ok() const { return status == Status::kOk; }
};

// ---- Comparison and properties ----
int compare(IntView a, IntView b);  // -1, 0 or 1
inline bool equal(IntView a, IntView b) {
  return compare(a, b) == 0;
}
uint64_t bit_length(IntView a);  // of |a|
uint64_t bit_count(IntView a);   // ones in |a|
// hash(int): |a| mod 2**61-1 with a's sign; -1 becomes -2.
int64_t hash(IntView a);

// ---- Machine numbers ----
inline constexpr int64_t kInt64Capacity = 3;  // digits any int64/uint64 needs
int64_t from_int64(int64_t v, Digit* out);
int64_t from_uint64(uint64_t v, Digit* out);
bool to_int64(IntView a, int64_t* out);  // false when out of range
// kNegativeToUnsigned or kOutOfRange.
Status to_uint64(IntView a, uint64_t* out);

// float(a), correctly rounded (half to even); kTooLargeForFloat.
Status to_double(IntView a, double* out);
// int(d) for finite d: truncates toward zero. The caller rejects inf and nan.
int64_t from_double_capacity(double d);
int64_t from_double(double d, Digit* out);

// ---- Arithmetic ----
int64_t add_capacity(IntView a, IntView b);  // also for sub
int64_t add(IntView a, IntView b, Digit* out);
int64_t sub(IntView a, IntView b, Digit* out);
int64_t negate(IntView a, Digit* out);  // capacity |a.size|
int64_t abs(IntView a, Digit* out);     // capacity |a.size|

int64_t mul_capacity(IntView a, IntView b);
Result mul(IntView a, IntView b, Digit* out);

// Floor division and modulo with Python's signs (the remainder has b's sign).
// Either output may be null when not wanted. Division by zero reports
// kIntegerDivisionByZero when q is wanted, else kIntegerModuloByZero.
int64_t div_capacity(IntView a, IntView b);  // for q
int64_t mod_capacity(IntView a, IntView b);  // for r
struct DivmodResult {
  int64_t q_size;
  int64_t r_size;
  Status status;
};
DivmodResult divmod(IntView a, IntView b, Digit* q, Digit* r);

// a / b correctly rounded; kDivisionByZero, kDivisionTooLargeForFloat. A zero
// result is -0.0 when exactly one operand is negative.
Status true_divide(IntView a, IntView b, double* out);

// a ** e for e >= 0 (a negative e is float power, the caller's job). The
// capacity is INT64_MAX when e does not fit in 64 bits and |a| > 1.
int64_t pow_capacity(IntView a, IntView e);
Result pow(IntView a, IntView e, Digit* out);
// pow(a, e, m): the result has m's sign; a negative e uses the inverse of a.
// kPowModulusZero, kNotInvertible.
int64_t pow_mod_capacity(IntView m);
Result pow_mod(IntView a, IntView e, IntView m, Digit* out);

int64_t gcd_capacity(IntView a, IntView b);
Result gcd(IntView a, IntView b, Digit* out);  // math.gcd: never negative
int64_t isqrt_capacity(IntView a);
Result isqrt(IntView a, Digit* out);  // math.isqrt; kIsqrtNegative

// ---- Bits (two's complement semantics for negatives) ----
// A count that does not fit in int64 is the caller's: a huge right shift is
// the same as INT64_MAX; a huge left shift of a nonzero value is MemoryError.
int64_t lshift_capacity(IntView a, int64_t count);
Result lshift(IntView a, int64_t count, Digit* out);  // kNegativeShiftCount
int64_t rshift_capacity(IntView a, int64_t count);
Result rshift(IntView a, int64_t count, Digit* out);  // floors; kNegativeShiftCount

int64_t bitwise_capacity(IntView a, IntView b);
int64_t bit_and(IntView a, IntView b, Digit* out);
int64_t bit_or(IntView a, IntView b, Digit* out);
int64_t bit_xor(IntView a, IntView b, Digit* out);
int64_t invert_capacity(IntView a);
int64_t invert(IntView a, Digit* out);  // ~a == -(a + 1)

// ---- Bytes ----
// int.to_bytes: kNegativeToUnsigned, kTooBigToConvert.
Status to_bytes(IntView a, uint8_t* out, size_t length, bool little_endian, bool is_signed);
int64_t from_bytes_capacity(size_t length);
int64_t from_bytes(const uint8_t* bytes, size_t length, bool little_endian, bool is_signed, Digit* out);

// ---- Strings ----
enum FormatFlags : unsigned {
  kFormatPrefix = 1,     // "0b", "0o", "0x" for bases 2, 8, 16 (after the sign), as bin/oct/hex
  kFormatUppercase = 2,  // digits (and prefix) above 9 in upper case
};
// Characters to_string may write at most (sign and prefix included).
int64_t to_string_capacity(IntView a, int base, unsigned flags);
// The digits of a in base 2..36, '-' first when negative; returns the length.
// For a base that is not a power of two, more than `max_str_digits` digits
// (0: no limit) is kFormatDigitsLimit, as str() does with sys.int_info limits.
Result to_string(IntView a, int base, unsigned flags, int64_t max_str_digits, char* out);

// int(text, base) in two steps, so the int type can allocate exactly: parse
// validates and measures, from_parsed fills. The text is ASCII (the str type
// maps Unicode digits and spaces to ASCII first); leading and trailing
// whitespace (" \t\n\v\f\r"), a sign, single underscores between digits and,
// for base 0 or a matching base, a 0b/0o/0x prefix are accepted.
struct ParsedInt {
  Status status;  // kOk, kInvalidBase, kInvalidLiteral, kParseDigitsLimit
  int base;       // the base the digits are in (base 0 resolved)
  bool negative;
  const char* digits;  // the digits, underscores included
  const char* digits_end;
  int64_t ndigits;   // digit characters, underscores excluded
  int64_t capacity;  // digits from_parsed needs
};
ParsedInt parse_int(const char* text, size_t length, int base, int64_t max_str_digits);
Result from_parsed(const ParsedInt& parsed, Digit* out);

}  // namespace dx::bigint
