// format() and ascii(): the __format__ of the builtin types over
// support/format_spec, and repr with non-ASCII characters escaped.
#include <cstdio>
#include <string>

#include "objects/complex.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "support/format_spec.h"
#include "support/unicode.h"

namespace dx {

Object* object_format(Object* value, Object* spec) {
  std::string_view spec_text = str_utf8(spec);
  if (!spec_text.data()) return nullptr;
  if (spec_text.empty()) return object_str(value);
  TypeObject* t = type_of(value);
  std::string out;
  FormatSpec parsed;
  if (is_float(value)) {
    TextStatus s = parse_format_spec(spec_text, FormatTarget::kFloat, t->tp_name, &parsed);
    if (s.ok()) s = format_float(parsed, float_value(value), out);
    if (!s.ok()) return raise_text_status(s);
    return str_from_utf8(out);
  }
  if (is_complex(value)) {
    ComplexValue c = complex_value(value);
    TextStatus s = parse_format_spec(spec_text, FormatTarget::kComplex, t->tp_name, &parsed);
    if (s.ok()) s = format_complex(parsed, c.real, c.imag, out);
    if (!s.ok()) return raise_text_status(s);
    return str_from_utf8(out);
  }
  if (is_int(value)) {
    TextStatus s = parse_format_spec(spec_text, FormatTarget::kInt, t->tp_name, &parsed);
    if (!s.ok()) return raise_text_status(s);
    Object* decimal = IntType.tp_repr(value);  // bool formats as its number here
    if (!decimal) return nullptr;
    s = format_int_decimal(parsed, str_utf8(decimal), out);
    decref(decimal);
    if (!s.ok()) return raise_text_status(s);
    return str_from_utf8(out);
  }
  if (is_str(value)) {
    std::string_view text = str_utf8(value);
    if (!text.data()) return nullptr;
    TextStatus s = parse_format_spec(spec_text, FormatTarget::kStr, t->tp_name, &parsed);
    if (s.ok()) s = format_str(parsed, text, out);
    if (!s.ok()) return raise_text_status(s);
    return str_from_utf8(out);
  }
  return raise(&exc::TypeError, "unsupported format string passed to %.200s.__format__", t->tp_name);
}

Object* object_ascii(Object* o) {
  Object* r = object_repr(o);
  if (!r || str_is_ascii(r)) return r;
  std::string out;
  char buf[16];
  for (ssize i = 0; i < str_length(r); i++) {
    uint32_t c = str_char_at(r, i);
    if (c < 0x80) out += static_cast<char>(c);
    else if (c < 0x100) snprintf(buf, sizeof buf, "\\x%02x", c), out += buf;
    else if (c < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", c), out += buf;
    else snprintf(buf, sizeof buf, "\\U%08x", c), out += buf;
  }
  decref(r);
  return str_from_ascii(out);
}

}  // namespace dx
