// printf-style formatting of str (`fmt % args`), independent of the object
// model: the conversions of one argument (d i u o x X e E f F g G c r s a with
// the flags "#0- +", width and precision), and the walker over a format
// string that asks the caller for the arguments. CPython 3.11's messages.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "support/text_status.h"

namespace dx {

struct PercentSpec {
  bool left = false;   // '-'
  bool plus = false;   // '+'
  bool space = false;  // ' '
  bool alt = false;    // '#'
  bool zero = false;   // '0'
  int64_t width = -1;
  int64_t precision = -1;
  char type = 0;  // d i u o x X e E f F g G c r s a
};

// The base percent_format_int_digits expects for a conversion (8 for 'o',
// 16 for 'x'/'X', else 10).
int percent_int_base(char type);
// %d %i %u %o %x %X of an int: `digits` is the magnitude in that base,
// lower-case, no leading zeros ("0" for zero). Precision is a minimum digit count.
TextStatus percent_format_int_digits(const PercentSpec& spec, bool negative, std::string_view digits,
                                     std::string& out);
// The same for an int given as decimal text with an optional '-' (any size).
TextStatus percent_format_int_decimal(const PercentSpec& spec, std::string_view decimal, std::string& out);
TextStatus percent_format_int(const PercentSpec& spec, int64_t value, std::string& out);
// %e %E %f %F %g %G (precision 6 by default).
TextStatus percent_format_float(const PercentSpec& spec, double value, std::string& out);
// %c of an int given as decimal text: the code point, or OverflowError
// "%c arg not in range(0x110000)".
TextStatus percent_char_from_int(std::string_view decimal, char32_t* out);
// %c of a code point (from an int or a one-character str).
TextStatus percent_format_char(const PercentSpec& spec, char32_t c, std::string& out);
// %s %r %a of the UTF-8 text of str(), repr() or ascii(): precision truncates.
TextStatus percent_format_text(const PercentSpec& spec, std::string_view text, std::string& out);

// The right operand as the walker sees it. The runtime implements it over
// the argument tuple or object and dispatches format_current on spec.type to
// the functions above (with its own TypeErrors, e.g. "%x format: an integer
// is required, not float"); failures it raises itself return kPending.
class PercentArgs {
 public:
  // Makes mapping[key] the current argument.
  virtual TextStatus select_key(std::string_view key) = 0;
  // Makes positional argument `index` the current one (a non-tuple operand is argument 0).
  virtual void select_index(int64_t index) = 0;
  // The current argument as a '*' width or precision: TypeError "* wants int"
  // unless it is an int; OverflowError if it does not fit Py_ssize_t (width)
  // or a C int (precision).
  virtual TextStatus current_star(bool precision, int64_t* value) = 0;
  // Appends the current argument converted by `spec`.
  virtual TextStatus format_current(const PercentSpec& spec, std::string& out) = 0;

 protected:
  ~PercentArgs() = default;
};

// fmt % operand. `count` is the number of positional arguments: the tuple's
// length, or 1 for any other operand. `is_mapping` says the operand is not a
// tuple or str but has __getitem__ (CPython's test), which allows "%(key)s"
// and excuses unused arguments.
TextStatus percent_format(std::string_view fmt, int64_t count, bool is_mapping, PercentArgs& args, std::string& out);

}  // namespace dx
