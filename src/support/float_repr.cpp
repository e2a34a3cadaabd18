// repr() of floats and imaginary numbers, as CPython 3.11 prints them.
//
// The digits are the shortest that round-trip (std::to_chars); the layout is
// CPython's: positional when the decimal exponent of the leading digit is in
// [-4, 16), otherwise d.ddde+XX with at least two exponent digits.
#include <charconv>
#include <cmath>
#include <cstring>

#include "support/repr.h"

namespace dx {
namespace {

// Appends the repr of a finite or non-finite `value`; `add_dot_zero` puts
// ".0" after an integral positional result (float does, complex parts don't).
void append_real(std::string& out, double value, bool add_dot_zero) {
  if (std::isnan(value)) {
    out += "nan";
    return;
  }
  if (std::isinf(value)) {
    out += value < 0 ? "-inf" : "inf";
    return;
  }
  if (value == 0) {
    out += std::signbit(value) ? "-0" : "0";
    if (add_dot_zero) out += ".0";
    return;
  }
  // Shortest round-trip digits in scientific form: [-]d[.ddd]e(+|-)XX.
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
  std::string_view sci(buf, size_t(res.ptr - buf));
  if (sci[0] == '-') {
    out.push_back('-');
    sci.remove_prefix(1);
  }
  size_t e_pos = sci.find('e');
  char digits[32];
  int ndigits = 0;
  for (size_t i = 0; i < e_pos; i++)
    if (sci[i] != '.') digits[ndigits++] = sci[i];
  int exp10 = 0;
  std::from_chars(sci.data() + e_pos + (sci[e_pos + 1] == '+' ? 2 : 1), sci.data() + sci.size(), exp10);

  // decpt: where the decimal point goes, counted in digits from the left.
  int decpt = exp10 + 1;
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out += "0.";
      out.append(size_t(-decpt), '0');
      out.append(digits, size_t(ndigits));
    } else if (decpt >= ndigits) {
      out.append(digits, size_t(ndigits));
      out.append(size_t(decpt - ndigits), '0');
      if (add_dot_zero) out += ".0";
    } else {
      out.append(digits, size_t(decpt));
      out.push_back('.');
      out.append(digits + decpt, size_t(ndigits - decpt));
    }
    return;
  }
  out.push_back(digits[0]);
  if (ndigits > 1) {
    out.push_back('.');
    out.append(digits + 1, size_t(ndigits - 1));
  }
  out.push_back('e');
  out.push_back(exp10 < 0 ? '-' : '+');
  int mag = exp10 < 0 ? -exp10 : exp10;
  if (mag < 10) out.push_back('0');
  char ebuf[8];
  auto eres = std::to_chars(ebuf, ebuf + sizeof ebuf, mag);
  out.append(ebuf, size_t(eres.ptr - ebuf));
}

}  // namespace

void append_float_repr(std::string& out, double value) { append_real(out, value, true); }

void append_imag_repr(std::string& out, double imag) {
  append_real(out, imag, false);
  out.push_back('j');
}

}  // namespace dx
