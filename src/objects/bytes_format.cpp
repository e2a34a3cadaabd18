// bytes % args and bytearray % args (PEP 461): printf-style formatting
// over bytes, CPython 3.11's conversions and messages. The number layouts
// come from support/percent_format; the walker is its own because bytes
// differ from str in every other respect (%b and %s take buffers or
// __bytes__, %r and %a give ascii(), %c takes an int or one byte, widths
// count bytes, keys are bytes).
#include <cstring>
#include <string>
#include <string_view>

#include "objects/bytes.h"
#include "objects/bytes_internal.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/buffer.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "support/percent_format.h"
#include "support/text_status.h"

namespace dx::bytesimpl {

namespace {

// Pads `text` with spaces to spec.width bytes.
void append_padded(std::string& out, const PercentSpec& spec, std::string_view text) {
  int64_t n = static_cast<int64_t>(text.size());
  int64_t pad = spec.width > n ? spec.width - n : 0;
  if (!spec.left) out.append(static_cast<size_t>(pad), ' ');
  out += text;
  if (spec.left) out.append(static_cast<size_t>(pad), ' ');
}

bool check_status(const TextStatus& s) {
  if (s.ok()) return true;
  raise_text_status(s);
  return false;
}

// %s and %b: a buffer's bytes, or what __bytes__ returns.
bool format_bytes(const PercentSpec& spec, Object* v, std::string& out) {
  std::string data;
  if (is_bytes(v)) {
    data = bytes_view(v);
  } else if (has_buffer(v)) {
    Object* copy = bytes_from_object(v);  // any layout, made contiguous
    if (!copy) return false;
    data = bytes_view(copy);
    decref(copy);
  } else if (Object* f = lookup_special(v, names::dunder_bytes)) {
    Object* r = object_vectorcall(f, nullptr, 0, nullptr);
    decref(f);
    if (!r) return false;
    if (!is_bytes(r)) {
      raise(&exc::TypeError, "__bytes__ returned non-bytes (type %.200s)", type_of(r)->tp_name);
      decref(r);
      return false;
    }
    data = bytes_view(r);
    decref(r);
  } else {
    if (!error_occurred())
      raise(&exc::TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%.100s'",
            type_of(v)->tp_name);
    return false;
  }
  std::string_view text = data;
  if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < text.size())
    text = text.substr(0, static_cast<size_t>(spec.precision));
  append_padded(out, spec, text);
  return true;
}

// %r and %a: ascii(v) as bytes.
bool format_ascii(const PercentSpec& spec, Object* v, std::string& out) {
  Object* r = object_ascii(v);
  if (!r) return false;
  std::string_view text = str_utf8(r);
  if (spec.precision >= 0 && static_cast<size_t>(spec.precision) < text.size())
    text = text.substr(0, static_cast<size_t>(spec.precision));
  append_padded(out, spec, text);
  decref(r);
  return true;
}

bool format_char(const PercentSpec& spec, Object* v, std::string& out) {
  char c;
  if (is_bytes(v) && bytes_size(v) == 1) {
    c = bytes_data(v)[0];
  } else if (is_bytearray(v) && bytearray_size(v) == 1) {
    c = bytearray_data(v)[0];
  } else if (is_int(v)) {
    auto x = int_to_int64(v);
    if (!x || *x < 0 || *x > 255) {
      raise(&exc::OverflowError, "%%c arg not in range(256)");
      return false;
    }
    c = static_cast<char>(*x);
  } else if (is_index(v)) {
    Object* i = number_index(v);
    if (!i) return false;
    auto x = int_to_int64(i);
    decref(i);
    if (!x || *x < 0 || *x > 255) {
      raise(&exc::OverflowError, "%%c arg not in range(256)");
      return false;
    }
    c = static_cast<char>(*x);
  } else {
    raise(&exc::TypeError, "%%c requires an integer in range(256) or a single byte");
    return false;
  }
  append_padded(out, spec, std::string_view(&c, 1));
  return true;
}

// PyNumber_Check: what %d accepts besides ints.
bool is_number(Object* o) {
  NumberMethods* nb = type_of(o)->tp_as_number;
  return nb && (nb->nb_index || nb->nb_int || nb->nb_float);
}

bool format_integer(const PercentSpec& spec, Object* v, std::string& out) {
  bool decimal = spec.type == 'd' || spec.type == 'i' || spec.type == 'u';
  Object* iobj;
  if (is_int(v)) {
    iobj = newref(v);
  } else if (decimal && is_number(v)) {
    NumberMethods* nb = type_of(v)->tp_as_number;
    iobj = nb->nb_int ? nb->nb_int(v) : number_index(v);
    if (!iobj) return false;
  } else if (!decimal && is_index(v)) {
    iobj = number_index(v);
    if (!iobj) return false;
  } else {
    raise(&exc::TypeError, "%%%c format: %s is required, not %.200s", spec.type,
          decimal ? "a real number" : "an integer", type_of(v)->tp_name);
    return false;
  }
  bool ok;
  if (auto x = int_to_int64(iobj)) {
    ok = check_status(percent_format_int(spec, *x, out));
  } else {
    // Other bases than 10 come straight from the int, without the decimal digits limit.
    int base = percent_int_base(spec.type);
    Object* text = int_text_in_base(iobj, base);
    if (text) {
      std::string_view t = str_utf8(text);
      ok = check_status(base == 10 ? percent_format_int_decimal(spec, t, out)
                                   : percent_format_int_digits(spec, t[0] == '-', t.substr(t[0] == '-' ? 1 : 0), out));
    } else {
      ok = false;
    }
    xdecref(text);
  }
  decref(iobj);
  return ok;
}

bool format_floating(const PercentSpec& spec, Object* v, std::string& out) {
  double x;
  if (is_float(v)) {
    x = float_value(v);
  } else {
    Object* f = nullptr;
    NumberMethods* nb = type_of(v)->tp_as_number;
    if (nb && nb->nb_float) f = nb->nb_float(v);
    else if (nb && nb->nb_index) {
      // An index object converts as an int (OverflowError for huge ones);
      // any failure becomes the TypeError below.
      Object* i = number_index(v);
      Object* t = i ? tuple_pack({i}) : nullptr;
      xdecref(i);
      f = t ? FloatType.tp_new(&FloatType, t, nullptr) : nullptr;
      xdecref(t);
    }
    if (!f || !is_float(f)) {
      xdecref(f);
      clear_error();
      raise(&exc::TypeError, "float argument required, not %.200s", type_of(v)->tp_name);
      return false;
    }
    x = float_value(f);
    decref(f);
  }
  return check_status(percent_format_float(spec, x, out));
}

// The arguments: a tuple's items, a mapping, or one object.
struct Args {
  Object* args;
  Object* mapping = nullptr;
  ssize count;
  ssize next = 0;
  bool keyed = false;

  Object* next_positional() {
    if (keyed || next >= count) {
      raise(&exc::TypeError, "not enough arguments for format string");
      return nullptr;
    }
    Object* v = is_tuple(args) ? tuple_item(args, next) : args;
    next++;
    return v;
  }
};

// A '*' width or precision.
bool star_value(Args& a, bool precision, int64_t* out) {
  Object* v = a.next_positional();
  if (!v) return false;
  if (!is_int(v)) {
    raise(&exc::TypeError, "* wants int");
    return false;
  }
  auto x = int_to_int64(v);
  if (!x || (precision && (*x > INT32_MAX || *x < INT32_MIN))) {
    raise(&exc::OverflowError, precision ? "Python int too large to convert to C int"
                                         : "Python int too large to convert to C ssize_t");
    return false;
  }
  *out = *x;
  return true;
}

}  // namespace

Object* bytes_percent_format(std::string_view fmt, Object* args) {
  Args a{args, nullptr, 1};
  if (is_tuple(args)) {
    a.count = tuple_size(args);
  } else {
    MappingMethods* mp = type_of(args)->tp_as_mapping;
    if (mp && mp->mp_subscript && !is_str(args) && !is_bytes(args) && !is_bytearray(args)) a.mapping = args;
  }
  // Each argument converted holds a reference only while it is formatted.
  std::string out;
  out.reserve(fmt.size() + 16);
  size_t n = fmt.size(), i = 0;
  while (i < n) {
    if (fmt[i] != '%') {
      size_t end = fmt.find('%', i);
      if (end == std::string_view::npos) end = n;
      out += fmt.substr(i, end - i);
      i = end;
      continue;
    }
    i++;
    if (i < n && fmt[i] == '%') {
      out.push_back('%');
      i++;
      continue;
    }
    PercentSpec spec;
    Object* value = nullptr;  // owned when from a mapping
    bool owned = false;
    auto release = [&]() {
      if (owned) decref(value);
    };
    if (i < n && fmt[i] == '(') {
      if (!a.mapping) return raise(&exc::TypeError, "format requires a mapping");
      size_t j = i + 1;
      int depth = 1;
      while (j < n && depth > 0) {
        if (fmt[j] == '(') depth++;
        else if (fmt[j] == ')') depth--;
        j++;
      }
      if (depth > 0) return raise(&exc::ValueError, "incomplete format key");
      Object* key = bytes_from_string(fmt.substr(i + 1, j - 1 - (i + 1)));
      if (!key) return nullptr;
      value = object_getitem(a.mapping, key);
      decref(key);
      if (!value) return nullptr;
      owned = true;
      a.keyed = true;
      i = j;
    }
    for (; i < n; i++) {
      char c = fmt[i];
      if (c == '-') spec.left = true;
      else if (c == '+') spec.plus = true;
      else if (c == ' ') spec.space = true;
      else if (c == '#') spec.alt = true;
      else if (c == '0') spec.zero = true;
      else break;
    }
    if (i < n && fmt[i] == '*') {
      int64_t w;
      if (!star_value(a, false, &w)) {
        release();
        return nullptr;
      }
      if (w < 0) {
        spec.left = true;
        w = w == INT64_MIN ? INT64_MAX : -w;
      }
      spec.width = w;
      i++;
    } else {
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
        int d = fmt[i] - '0';
        int64_t w = spec.width < 0 ? 0 : spec.width;
        if (w > (INT64_MAX - d) / 10) {
          release();
          return raise(&exc::ValueError, "width too big");
        }
        spec.width = w * 10 + d;
        i++;
      }
    }
    if (i < n && fmt[i] == '.') {
      i++;
      spec.precision = 0;
      if (i < n && fmt[i] == '*') {
        int64_t p;
        if (!star_value(a, true, &p)) {
          release();
          return nullptr;
        }
        spec.precision = p < 0 ? 0 : p;
        i++;
      } else {
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
          int d = fmt[i] - '0';
          if (spec.precision > (INT32_MAX - d) / 10) {
            release();
            return raise(&exc::ValueError, "precision too big");
          }
          spec.precision = spec.precision * 10 + d;
          i++;
        }
      }
    }
    if (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
    if (i >= n) {
      release();
      return raise(&exc::ValueError, "incomplete format");
    }
    auto c = static_cast<unsigned char>(fmt[i]);
    if (!value) {
      value = a.next_positional();
      if (!value) return nullptr;
    }
    bool ok;
    switch (c) {
      case 'b': case 's': spec.type = static_cast<char>(c); ok = format_bytes(spec, value, out); break;
      case 'r': case 'a': spec.type = static_cast<char>(c); ok = format_ascii(spec, value, out); break;
      case 'c': spec.type = 'c'; ok = format_char(spec, value, out); break;
      case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
        spec.type = static_cast<char>(c);
        ok = format_integer(spec, value, out);
        break;
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        spec.type = static_cast<char>(c);
        ok = format_floating(spec, value, out);
        break;
      default:
        release();
        // CPython formats the character with %c, which fails for bytes
        // above 127 and leaves a ValueError without arguments.
        if (c >= 128) return raise_object(&exc::ValueError, nullptr);
        return raise(&exc::ValueError, "unsupported format character '%c' (0x%x) at index %zd", c, c,
                     static_cast<ssize>(i));
    }
    release();
    if (!ok) return nullptr;
    i++;
  }
  if (!a.mapping && a.next < a.count) return raise(&exc::TypeError, "not all arguments converted during bytes formatting");
  return bytes_from_string(out);
}

}  // namespace dx::bytesimpl
