// str.format, str.format_map and str.__format__ (PEP 3101 as CPython 3.11
// implements it). The format string is walked once, lazily: literal text,
// then each replacement field is parsed, resolved (argument, attributes,
// items), converted (!r !s !a), its spec expanded (nested fields, at most
// one level) and the value formatted. Errors surface in the order CPython
// meets them, with its messages.
#include <algorithm>

#include "objects/dict.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "support/format_spec.h"
#include "support/unicode.h"

namespace dx {

using namespace strimpl;

namespace {

// The positional and keyword arguments, and the automatic numbering state
// shared by the nested fields of one call.
struct FormatArgs {
  Object* args;    // a tuple; null for format_map
  Object* kwargs;  // a mapping or null
  enum { kNone, kAuto, kManual } numbering = kNone;
  ssize next_auto = 0;
};

// One replacement field of the format string: positions in it.
struct Field {
  ssize name_start, name_end;
  uint32_t conversion = 0;
  ssize spec_start = 0, spec_end = 0;
  bool spec_needs_expanding = false;
};

// The value of v[s:e] as a decimal number (any Unicode decimal digits), or
// -1 if it is empty or not one; -2 with ValueError when too large.
ssize decimal_index(View v, ssize s, ssize e) {
  if (s >= e) return -1;
  ssize acc = 0;
  for (ssize i = s; i < e; i++) {
    uint32_t c = v[i];
    int d = c < 0x80 ? (c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1) : unicode::decimal_value(c);
    if (d < 0) return -1;
    if (acc > (PTRDIFF_MAX - d) / 10) {
      raise(&exc::ValueError, "Too many decimal digits in format string");
      return -2;
    }
    acc = acc * 10 + d;
  }
  return acc;
}

// Parses the field after a '{' at *pos (the field name up to '}', ':' or
// '!', a conversion, a spec up to the matching '}').
bool parse_field(View v, ssize* pos, ssize end, Field* f) {
  ssize p = *pos;
  uint32_t c = 0;
  f->name_start = p;
  bool stopped = false;
  while (p < end) {
    c = v[p++];
    if (c == '{') {
      raise(&exc::ValueError, "unexpected '{' in field name");
      return false;
    }
    if (c == '[') {
      while (p < end && v[p] != ']') p++;
      continue;
    }
    if (c == '}' || c == ':' || c == '!') {
      stopped = true;
      break;
    }
  }
  if (!stopped) {
    raise(&exc::ValueError, "expected '}' before end of string");
    return false;
  }
  f->name_end = p - 1;
  if (c == '}') {
    *pos = p;
    return true;
  }
  if (c == '!') {
    if (p >= end) {
      raise(&exc::ValueError, "end of string while looking for conversion specifier");
      return false;
    }
    f->conversion = v[p++];
    if (p < end) {
      uint32_t next = v[p++];
      if (next == '}') {
        *pos = p;
        return true;
      }
      if (next != ':') {
        raise(&exc::ValueError, "expected ':' after conversion specifier");
        return false;
      }
    }
  }
  f->spec_start = p;
  int depth = 1;
  while (p < end) {
    c = v[p++];
    if (c == '{') {
      f->spec_needs_expanding = true;
      depth++;
    } else if (c == '}' && --depth == 0) {
      f->spec_end = p - 1;
      *pos = p;
      return true;
    }
  }
  raise(&exc::ValueError, "unmatched '{' in format spec");
  return false;
}

// The object a field name designates: the argument, then its attributes
// and items in order.
Object* resolve_field(Object* fmt, View v, const Field& f, FormatArgs& a) {
  ssize p = f.name_start, e = f.name_end;
  ssize first_end = p;
  while (first_end < e && v[first_end] != '.' && v[first_end] != '[') first_end++;
  ssize index = decimal_index(v, p, first_end);
  if (index == -2) return nullptr;
  bool empty = first_end == p;
  bool numeric = empty || index >= 0;
  if (numeric) {
    if (a.numbering == FormatArgs::kNone) a.numbering = empty ? FormatArgs::kAuto : FormatArgs::kManual;
    if (a.numbering == FormatArgs::kManual && empty)
      return raise(&exc::ValueError, "cannot switch from manual field specification to automatic field numbering");
    if (a.numbering == FormatArgs::kAuto && !empty)
      return raise(&exc::ValueError, "cannot switch from automatic field numbering to manual field specification");
    if (empty) index = a.next_auto++;
  }
  Object* obj;
  if (!numeric) {
    Object* key = str_substring(fmt, p, first_end);
    if (!key) return nullptr;
    if (!a.kwargs) {
      raise_object(&exc::KeyError, key);
      obj = nullptr;
    } else {
      obj = object_getitem(a.kwargs, key);
    }
    decref(key);
  } else {
    if (!a.args) return raise(&exc::ValueError, "Format string contains positional fields");
    if (index >= tuple_size(a.args))
      return raise(&exc::IndexError, "Replacement index %zd out of range for positional args tuple", index);
    obj = newref(tuple_item(a.args, index));
  }
  // The rest: .name and [key] parts.
  p = first_end;
  while (obj && p < e) {
    uint32_t c = v[p++];
    bool attr;
    ssize s = p;
    if (c == '.') {
      attr = true;
      while (p < e && v[p] != '.' && v[p] != '[') p++;
    } else if (c == '[') {
      attr = false;
      while (p < e && v[p] != ']') p++;
      if (p >= e) {
        decref(obj);
        return raise(&exc::ValueError, "Missing ']' in format string");
      }
    } else {
      decref(obj);
      return raise(&exc::ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
    ssize pe = p;
    if (!attr) p++;  // the ']'
    if (s == pe) {
      decref(obj);
      return raise(&exc::ValueError, "Empty attribute in format string");
    }
    ssize idx = decimal_index(v, s, pe);
    if (idx == -2) {
      decref(obj);
      return nullptr;
    }
    Object* key = !attr && idx >= 0 ? int_from_int64(idx) : str_substring(fmt, s, pe);
    Object* next = nullptr;
    if (key) next = attr ? object_getattr(obj, key) : object_getitem(obj, key);
    xdecref(key);
    decref(obj);
    obj = next;
  }
  return obj;
}

Object* convert(Object* obj, uint32_t conversion) {
  switch (conversion) {
    case 'r': return object_repr(obj);
    case 's': return object_str(obj);
    case 'a': return object_ascii(obj);
    default:
      if (conversion > 32 && conversion < 127)
        return raise(&exc::ValueError, "Unknown conversion specifier %c", static_cast<char>(conversion));
      return raise(&exc::ValueError, "Unknown conversion specifier \\x%x", conversion);
  }
}

bool build(Writer& w, Object* fmt, ssize start, ssize end, FormatArgs& a, int depth);

// Formats one field into w.
bool render_field(Writer& w, Object* fmt, View v, const Field& f, FormatArgs& a, int depth) {
  Object* obj = resolve_field(fmt, v, f, a);
  if (!obj) return false;
  if (f.conversion) {
    Object* c = convert(obj, f.conversion);
    decref(obj);
    if (!(obj = c)) return false;
  }
  bool ok;
  if (f.spec_end == f.spec_start && is_str_exact(obj)) {
    ok = w.append(obj);
  } else {
    Object* spec;
    if (f.spec_needs_expanding) {
      Writer sw;
      spec = build(sw, fmt, f.spec_start, f.spec_end, a, depth - 1) ? sw.finish() : nullptr;
    } else {
      spec = str_substring(fmt, f.spec_start, f.spec_end);
    }
    Object* r = spec ? object_format(obj, spec) : nullptr;
    xdecref(spec);
    ok = r && w.append(r);
    xdecref(r);
  }
  decref(obj);
  return ok;
}

bool build(Writer& w, Object* fmt, ssize start, ssize end, FormatArgs& a, int depth) {
  if (depth <= 0) {
    raise(&exc::ValueError, "Max string recursion exceeded");
    return false;
  }
  View v = view(fmt);
  ssize p = start;
  while (p < end) {
    // Literal text up to a '{' or '}'.
    ssize lit = p;
    uint32_t c = 0;
    bool markup = false;
    while (p < end) {
      c = v[p++];
      if (c == '{' || c == '}') {
        markup = true;
        break;
      }
    }
    ssize lit_end = p;
    bool at_end = p >= end;
    if (markup) {
      if (c == '}' && (at_end || v[p] != '}')) {
        raise(&exc::ValueError, "Single '}' encountered in format string");
        return false;
      }
      if (at_end && c == '{') {
        raise(&exc::ValueError, "Single '{' encountered in format string");
        return false;
      }
      if (v[p] == c) {
        // "{{" or "}}": the character itself.
        p++;
        markup = false;
      } else {
        lit_end--;
      }
    }
    if (!w.append(fmt, lit, lit_end)) return false;
    if (!markup) continue;
    Field f;
    if (!parse_field(v, &p, end, &f) || !render_field(w, fmt, v, f, a, depth)) return false;
  }
  return true;
}

Object* format_impl(Object* fmt, FormatArgs& a) {
  // Without a brace the result is the format string itself (even a
  // subclass instance: CPython's writer keeps a string written whole).
  View v = view(fmt);
  if (find_char(v, '{', 0, v.len) < 0 && find_char(v, '}', 0, v.len) < 0) return newref(fmt);
  Writer w;
  if (!w.reserve(str_length(fmt), str_max_char_bound(fmt))) return nullptr;
  if (!build(w, fmt, 0, str_length(fmt), a, 2)) return nullptr;
  return w.finish();
}

}  // namespace

Object* str_format_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* tuple = tuple_new(nargs);
  if (!tuple) return nullptr;
  for (ssize i = 0; i < nargs; i++) tuple_item(tuple, i) = newref(args[i]);
  Object* kwargs = nullptr;
  if (kwnames && tuple_size(kwnames) > 0) {
    kwargs = dict_new();
    for (ssize i = 0; kwargs && i < tuple_size(kwnames); i++) {
      if (dict_set_item(kwargs, tuple_item(kwnames, i), args[nargs + i]) < 0) {
        decref(kwargs);
        kwargs = nullptr;
      }
    }
    if (!kwargs) {
      decref(tuple);
      return nullptr;
    }
  }
  FormatArgs a{tuple, kwargs};
  Object* r = format_impl(self, a);
  decref(tuple);
  xdecref(kwargs);
  return r;
}

Object* str_format_map_method(Object* self, Object* mapping) {
  FormatArgs a{nullptr, mapping};
  return format_impl(self, a);
}

// format(s, spec) for a str s: precision truncates, width pads (the
// default alignment is left).
Object* str_format_spec(Object* s, Object* spec) {
  if (str_length(spec) == 0) return object_str(s);
  std::string text;
  str_append_utf8_lossless(spec, text);
  FormatSpec f;
  TextStatus st = parse_format_spec(text, FormatTarget::kStr, type_of(s)->tp_name, &f);
  if (st.ok()) st = check_str_spec(f);
  if (!st.ok()) return raise_text_status(st);
  ssize n = str_length(s);
  if (f.precision >= 0 && f.precision < n) n = static_cast<ssize>(f.precision);
  if (f.width <= n) return str_substring(s, 0, n);
  ssize pad = static_cast<ssize>(f.width) - n;
  char align = f.align ? f.align : '<';
  ssize left = align == '>' ? pad : align == '^' ? pad / 2 : 0;
  // The kind of the result: the fill's or the kept text's (exact for a
  // truncated text only when it is ASCII or when the fill is wider).
  uint32_t bound = str_max_char_bound(s);
  if (n < str_length(s) && !str_is_ascii(s)) bound = max_char_of(str_kind(s), str_data(s), n);
  Object* r = str_new(n + pad, std::max<uint32_t>(bound, f.fill));
  if (!r) return nullptr;
  void* d = str_data(r);
  int kind = str_kind(r);
  for (ssize i = 0; i < left; i++) put_char(d, kind, i, f.fill);
  copy_chars_at(r, left, s, 0, n);
  for (ssize i = left + n; i < n + pad; i++) put_char(d, kind, i, f.fill);
  return r;
}

Object* str_dunder_format(Object* self, Object* spec) {
  if (!is_str(spec))
    return raise(&exc::TypeError, "__format__() argument must be str, not %.100s", type_of(spec)->tp_name);
  return str_format_spec(self, spec);
}

}  // namespace dx
