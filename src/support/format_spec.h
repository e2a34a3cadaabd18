// The format-specification mini-language of Python 3.11, independent of the
// object model: format(), str.format and f-strings parse a spec once and hand
// the value to the formatter of its type. Errors carry CPython's messages.
//
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// Texts are UTF-8; widths and precisions count code points.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "support/text_status.h"

namespace dx {

// Which built-in formatter the spec is for: decides the default type and
// alignment and which types are known.
enum class FormatTarget : uint8_t { kStr, kInt, kFloat, kComplex };

struct FormatSpec {
  char32_t fill = ' ';
  char align = 0;            // '<' '>' '^' '=', or 0 for the target's default
  char sign = 0;             // '+' '-' ' ', or 0
  bool no_neg_zero = false;  // 'z'
  bool alternate = false;    // '#'
  char grouping = 0;         // ',' '_', or 0
  int64_t width = -1;        // -1: none
  int64_t precision = -1;    // -1: none
  char32_t type = 0;         // after defaults: 's' for str, 'd' for int, 0 for float/complex without one
};

// Parses `spec` for a value of `target`; `type_name` is the value's type name
// (for "Unknown format code 'x' for object of type 'float'" and "Invalid
// format specifier ..."). Checks the syntax, the grouping against the type
// and that the type is known; the formatters below check the rest.
TextStatus parse_format_spec(std::string_view spec, FormatTarget target, std::string_view type_name,
                             FormatSpec* out);

// format(str, spec): precision truncates, width pads.
// check_str_spec: the errors format_str raises for a parsed spec (for
// callers that pad the text themselves).
TextStatus check_str_spec(const FormatSpec& spec);
TextStatus format_str(const FormatSpec& spec, std::string_view text, std::string& out);

// The base in which format_int_digits expects the digits for `type`
// (2, 8, 10 or 16; 10 for 'c', 'd', 'n').
int int_format_base(char32_t type);

// format(int, spec) for the integer types b c d o x X n: `digits` is the
// magnitude in base int_format_base(spec.type), lower-case, without leading
// zeros ("0" for zero). The float types of an int go to format_float after the
// caller's int-to-float conversion.
TextStatus format_int_digits(const FormatSpec& spec, bool negative, std::string_view digits, std::string& out);
// format(int, spec) for every type, the int given as decimal text with an
// optional '-' (any size: other bases through GMP; float types through the
// correctly rounded conversion, with "int too large to convert to float").
TextStatus format_int_decimal(const FormatSpec& spec, std::string_view decimal, std::string& out);
TextStatus format_int(const FormatSpec& spec, int64_t value, std::string& out);

// format(float, spec). 'n' formats as the C locale does: as 'g', no grouping.
TextStatus format_float(const FormatSpec& spec, double value, std::string& out);
// format(complex, spec).
TextStatus format_complex(const FormatSpec& spec, double real, double imag, std::string& out);

// Convenience: parse and format in one call.
TextStatus format_str(std::string_view spec, std::string_view text, std::string& out);
TextStatus format_int(std::string_view spec, int64_t value, std::string& out);
TextStatus format_float(std::string_view spec, double value, std::string& out);
TextStatus format_complex(std::string_view spec, double real, double imag, std::string& out);

}  // namespace dx
