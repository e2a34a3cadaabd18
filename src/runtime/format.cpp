// format() and ascii(): the __format__ of the builtin types over
// support/format_spec, and repr with non-ASCII characters escaped.
#include <cstdio>
#include <string>

#include "objects/descriptor.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/names.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "support/format_spec.h"
#include "support/unicode.h"

#if __has_include("objects/complex.h")
#include "objects/complex.h"
#define DX_HAVE_COMPLEX 1
#else
#define DX_HAVE_COMPLEX 0
#endif

namespace dx {

Object* str_format_spec(Object* s, Object* spec);  // objects/str_format.cpp

namespace {

// format(x, spec) for int, bool, float and complex and their subclasses
// that do not override __format__: what the builtin __format__ methods do.
Object* format_number(Object* value, Object* spec) {
  if (str_length(spec) == 0) return object_str(value);
  std::string_view spec_text = str_utf8(spec);
  if (!spec_text.data()) return nullptr;
  TypeObject* t = type_of(value);
  std::string out;
  FormatSpec parsed;
  TextStatus s;
  if (is_instance_of_type(value, &FloatType)) {
    s = parse_format_spec(spec_text, FormatTarget::kFloat, t->tp_name, &parsed);
    if (s.ok()) s = format_float(parsed, float_value(value), out);
#if DX_HAVE_COMPLEX
  } else if (is_complex(value)) {
    ComplexValue c = complex_value(value);
    s = parse_format_spec(spec_text, FormatTarget::kComplex, t->tp_name, &parsed);
    if (s.ok()) s = format_complex(parsed, c.real, c.imag, out);
#endif
  } else {
    s = parse_format_spec(spec_text, FormatTarget::kInt, t->tp_name, &parsed);
    if (s.ok()) {
      if (auto v = int_to_int64(value)) s = format_int(parsed, *v, out);
      else return int_format(value, spec);  // big: other bases without the decimal limit
    }
  }
  if (!s.ok()) return raise_text_status(s);
  return str_from_utf8(out);
}

bool is_builtin_number(Object* v) {
#if DX_HAVE_COMPLEX
  if (is_complex(v)) return true;
#endif
  return is_int(v) || is_instance_of_type(v, &FloatType);
}

}  // namespace

// PyObject_Format: the builtin str, int, float and complex (and their
// subclasses that do not override __format__) are formatted here, so that
// their __format__ methods can call this without recursing; other objects
// through their type's __format__.
Object* object_format(Object* value, Object* spec) {
  if (is_str_exact(value)) return str_length(spec) == 0 ? newref(value) : str_format_spec(value, spec);
  if (is_int_exact(value) || is_bool(value) || is_float(value)) return format_number(value, spec);
  TypeObject* t = type_of(value);
  Object* descr = type_lookup(t, names::dunder_format);
  if (!descr) return raise(&exc::TypeError, "Type %.100s doesn't define __format__", t->tp_name);
  if (type_of(descr) == &MethodDescrType) {
    // A __format__ written in C++: the builtin types' own (or object's).
    if (is_str(value)) return str_format_spec(value, spec);
    if (is_builtin_number(value)) return format_number(value, spec);
  }
  Object* meth = lookup_special(value, names::dunder_format);
  if (!meth) return nullptr;
  Object* r = object_vectorcall(meth, &spec, 1, nullptr);
  decref(meth);
  if (r && !is_str(r)) {
    raise(&exc::TypeError, "__format__ must return a str, not %.200s", type_of(r)->tp_name);
    decref(r);
    return nullptr;
  }
  return r;
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
