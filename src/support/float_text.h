// float <-> text and the float operations whose results CPython defines
// exactly: formatting with a presentation type (what format(), '%' and repr
// build on), float(str), float.hex/fromhex, round, divmod, as_integer_ratio.
// Decimal conversions are correctly rounded (std::to_chars / from_chars) with
// ties to even, as CPython's dtoa gives them.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "support/text_status.h"

namespace dx {

// Flags of append_double.
enum DoubleTextFlags : unsigned {
  kDoubleSign = 1,       // '+' before a non-negative value (and before nan)
  kDoubleAddDotZero = 2, // a positional integral result gets ".0"; 'g' switches to
                         // exponent form one digit earlier, as format() without a type does
  kDoubleAlt = 4,        // '#': always a point; 'g' keeps trailing zeros
  kDoubleNoNegZero = 8,  // 'z': a result that shows as zero loses its '-'
};

// Appends `x` formatted as by presentation type `code`: 'e' 'E' 'f' 'F' 'g' 'G'
// with `precision` digits (>= 0; 'g' treats 0 as 1), or 'r', the shortest
// text that round-trips (precision ignored; exponent form outside [1e-4, 1e16)).
// nan never has '-'; inf and nan are "inf"/"nan", or "INF"/"NAN" for upper-case codes.
void append_double(std::string& out, double x, char code, int64_t precision, unsigned flags);

// repr(float) and str(float): '1.0', '1e+16', '-0.0', 'nan'.
void append_float_str(std::string& out, double x);
// repr(complex) and str(complex): '(1+2j)', '-0j', '(-0+0j)', '(nan+infj)'.
void append_complex_repr(std::string& out, double real, double imag);

// --- text -> float ---------------------------------------------------------

// What CPython does to a str before parsing a number from it: each non-ASCII
// white space becomes ' ', each Unicode decimal digit its ASCII digit, any
// other non-ASCII character '?' (which no parser accepts).
std::string number_text_to_ascii(std::string_view utf8);

// Removes the underscores of a numeric literal (PEP 515: each one between two
// digits); false if one is misplaced.
bool remove_number_underscores(std::string_view ascii, std::string* out);

// Parses the longest prefix of `ascii` that is a float literal without
// underscores or white space ("1.5e-3", ".5", "1.", "inf", "-Infinity", "nan");
// returns its length, 0 if none. Used by float() and complex().
size_t parse_float_prefix(std::string_view ascii, double* out);

// float(x) for a str (`utf8`) or, with is_bytes, a bytes-like object: ASCII
// and Unicode white space around, underscores, Unicode digits. The error is
// ValueError "could not convert string to float: <repr of x>".
TextStatus float_from_text(std::string_view text, bool is_bytes, double* out);

// float.hex(x): '0x1.8000000000000p+0', '-0x0.0p+0', 'inf'.
void append_float_hex(std::string& out, double x);
// float.fromhex(s); `s` is the str's UTF-8 text.
TextStatus float_fromhex(std::string_view s, double* out);

// --- arithmetic with CPython's exact results --------------------------------

// round(x): the nearest integral value, halves to even, as the double the
// caller turns into an int (the inf/nan errors are those of that conversion).
TextStatus float_round_to_integral(double x, double* out);
// round(x, ndigits) (ndigits clamped to int64 by the caller, as CPython clamps
// it to Py_ssize_t): x rounded to a multiple of 10**-ndigits, halves of the
// exact value to even. OverflowError "rounded value too large to represent".
TextStatus float_round(double x, int64_t ndigits, double* out);

// int(x), math.trunc(x) as decimal text ("-123"); inf and nan give CPython's errors.
TextStatus float_to_integer_text(double x, std::string* out);

// x / y, x // y, x % y and divmod(x, y) with Python's signs and -0.0 results.
TextStatus float_truediv(double x, double y, double* out);
TextStatus float_floordiv(double x, double y, double* out);
TextStatus float_mod(double x, double y, double* out);
TextStatus float_divmod(double x, double y, double* floordiv, double* mod);

// float.as_integer_ratio(x) as x == mantissa * 2**exponent, mantissa odd
// (0 for x == 0, exponent 0).
TextStatus float_as_integer_ratio(double x, int64_t* mantissa, int* exponent);
// The same ratio as decimal texts (numerator may start with '-').
TextStatus float_as_integer_ratio_text(double x, std::string* numerator, std::string* denominator);

// float.is_integer()
bool float_is_integer(double x);

}  // namespace dx
