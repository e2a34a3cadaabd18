// The methods of str (Python 3.11's set, CPython's argument conventions and
// messages). Each works on the stored code units of its kind directly;
// ASCII strings take table-driven paths for case mapping and predicates.
// str.format and format_map live in str_format.cpp, encode in str_codecs.cpp.
#include <algorithm>
#include <cstring>
#include <string>

#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/str_internal.h"
#include "objects/str_search.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "support/unicode.h"
#include "vm/arguments.h"

namespace dx {

using namespace strimpl;

// str_format.cpp, str_codecs.cpp
Object* str_format_method(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* str_format_map_method(Object* self, Object* mapping);
Object* str_dunder_format(Object* self, Object* spec);
Object* str_encode_method(Object* self, Object* const* args, ssize nargs, Object* kwnames);

namespace {

// ---- arguments -------------------------------------------------------------------------

// Argument clinic's Py_ssize_t converter.
bool arg_ssize(Object* o, ssize* out) {
  Object* v = number_index(o);
  if (!v) return false;
  auto x = int_to_int64(v);
  decref(v);
  if (!x) {
    raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  *out = *x;
  return true;
}

// Argument clinic's int converter.
bool arg_int(Object* o, int* out) {
  Object* v = number_index(o);
  if (!v) return false;
  auto x = int_to_int64(v);
  decref(v);
  if (!x || *x > INT32_MAX || *x < INT32_MIN) {
    raise(&exc::OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<int>(*x);
  return true;
}

// A start/end bound of find() and friends: None or an index, clamped.
bool arg_slice_index(Object* o, ssize* out) {
  if (!o || is_none(o)) return true;
  if (!is_index(o)) {
    raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_as_ssize(o, nullptr, out);
}

// _PyArg_CheckPositional: "center expected at least 1 argument, got 0".
bool check_positional(const char* name, ssize nargs, ssize min, ssize max) {
  if (nargs < min) {
    raise(&exc::TypeError, "%s expected %s%zd argument%s, got %zd", name, min == max ? "" : "at least ", min,
          min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    raise(&exc::TypeError, "%s expected %s%zd argument%s, got %zd", name, min == max ? "" : "at most ", max,
          max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

// The clamping of find()'s bounds to a string of `len` code points.
inline void adjust_indices(ssize len, ssize* start, ssize* end) {
  if (*end > len) *end = len;
  else if (*end < 0 && (*end += len) < 0) *end = 0;
  if (*start < 0 && (*start += len) < 0) *start = 0;
}

// (sub[, start[, end]]) for count, find, index, rfind, rindex, startswith
// and endswith (PyArg_ParseTuple's messages).
bool parse_find_args(const char* name, Object* const* args, ssize nargs, Object** sub, ssize* start, ssize* end) {
  if (nargs < 1) {
    raise(&exc::TypeError, "%s() takes at least 1 argument (%zd given)", name, nargs);
    return false;
  }
  if (nargs > 3) {
    raise(&exc::TypeError, "%s() takes at most 3 arguments (%zd given)", name, nargs);
    return false;
  }
  *sub = args[0];
  *start = 0;
  *end = PTRDIFF_MAX;
  if (nargs > 1 && !arg_slice_index(args[1], start)) return false;
  if (nargs > 2 && !arg_slice_index(args[2], end)) return false;
  return true;
}

bool require_str(Object* o, const char* what = nullptr) {
  if (is_str(o)) return true;
  if (what) raise(&exc::TypeError, "%s must be str, not %.100s", what, type_of(o)->tp_name);
  else raise(&exc::TypeError, "must be str, not %.100s", type_of(o)->tp_name);
  return false;
}

inline Object* bool_result(bool b) { return newref(bool_object(b)); }

// The string itself when a method leaves it unchanged: the same object for
// an exact str, an exact copy for a subclass instance.
inline Object* unchanged(Object* s) { return str_substring(s, 0, str_length(s)); }

inline int append_steal(Object* list, Object* item) {
  if (!item) return -1;
  int r = list_append(list, item);
  decref(item);
  return r;
}

// ---- ASCII tables ----------------------------------------------------------------------

enum : uint8_t { kAlpha = 1, kDigit = 2, kSpace = 4, kLower = 8, kUpper = 16, kPrint = 32, kIdStart = 64 };

struct AsciiTable {
  uint8_t flags[128];
  constexpr AsciiTable() : flags{} {
    for (int c = 0; c < 128; c++) {
      uint8_t f = 0;
      if (c >= 'a' && c <= 'z') f |= kAlpha | kLower | kIdStart;
      if (c >= 'A' && c <= 'Z') f |= kAlpha | kUpper | kIdStart;
      if (c >= '0' && c <= '9') f |= kDigit;
      if ((c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20)) f |= kSpace;
      if (c >= 0x20 && c < 0x7f) f |= kPrint;
      if (c == '_') f |= kIdStart;
      flags[c] = f;
    }
  }
};
constexpr AsciiTable kAscii;

inline uint8_t ascii_flags(uint32_t c) { return kAscii.flags[c]; }
inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
inline char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

// ---- case mapping ------------------------------------------------------------------------

enum class CaseOp { kLower, kUpper, kSwap, kTitle, kCapitalize, kCasefold };

Object* ascii_case(Object* self, CaseOp op) {
  ssize n = str_length(self);
  if (n == 0) return str_empty();
  const char* s = static_cast<const char*>(str_data(self));
  Object* r = str_new(n, 0x7f);
  if (!r) return nullptr;
  char* d = static_cast<char*>(str_data(r));
  switch (op) {
    case CaseOp::kLower:
    case CaseOp::kCasefold:
      for (ssize i = 0; i < n; i++) d[i] = ascii_lower(s[i]);
      break;
    case CaseOp::kUpper:
      for (ssize i = 0; i < n; i++) d[i] = ascii_upper(s[i]);
      break;
    case CaseOp::kSwap:
      for (ssize i = 0; i < n; i++) {
        char c = s[i];
        d[i] = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      }
      break;
    case CaseOp::kTitle: {
      bool prev_cased = false;
      for (ssize i = 0; i < n; i++) {
        char c = s[i];
        d[i] = prev_cased ? ascii_lower(c) : ascii_upper(c);
        prev_cased = ascii_flags(static_cast<unsigned char>(c)) & kAlpha;
      }
      break;
    }
    case CaseOp::kCapitalize:
      d[0] = ascii_upper(s[0]);
      for (ssize i = 1; i < n; i++) d[i] = ascii_lower(s[i]);
      break;
  }
  return r;
}

Object* case_map(Object* self, CaseOp op) {
  if (str_is_ascii(self)) return ascii_case(self, op);
  View v = view(self);
  unicode::CodePoints cp(v.data, static_cast<size_t>(v.len), v.kind);
  std::u32string out;
  out.reserve(static_cast<size_t>(v.len));
  switch (op) {
    case CaseOp::kLower: unicode::lower(cp, &out); break;
    case CaseOp::kUpper: unicode::upper(cp, &out); break;
    case CaseOp::kSwap: unicode::swapcase(cp, &out); break;
    case CaseOp::kTitle: unicode::title(cp, &out); break;
    case CaseOp::kCapitalize: unicode::capitalize(cp, &out); break;
    case CaseOp::kCasefold: unicode::casefold(cp, &out); break;
  }
  return str_from_u32(out);
}

Object* str_lower(Object* self, Object*) { return case_map(self, CaseOp::kLower); }
Object* str_upper(Object* self, Object*) { return case_map(self, CaseOp::kUpper); }
Object* str_swapcase(Object* self, Object*) { return case_map(self, CaseOp::kSwap); }
Object* str_title(Object* self, Object*) { return case_map(self, CaseOp::kTitle); }
Object* str_capitalize(Object* self, Object*) { return case_map(self, CaseOp::kCapitalize); }
Object* str_casefold(Object* self, Object*) { return case_map(self, CaseOp::kCasefold); }

// ---- predicates ----------------------------------------------------------------------------

// Every character has ASCII flag `flag` (ASCII strings) or satisfies pred.
template <typename Pred>
Object* all_chars(Object* self, uint8_t flag, Pred pred) {
  ssize n = str_length(self);
  if (n == 0) return bool_result(false);
  if (str_is_ascii(self)) {
    auto* s = static_cast<const uint8_t*>(str_data(self));
    for (ssize i = 0; i < n; i++)
      if (!(ascii_flags(s[i]) & flag)) return bool_result(false);
    return bool_result(true);
  }
  View v = view(self);
  bool ok = with_kind(v.kind, [&](auto* tag) {
    auto* s = v.as<DX_KIND_TYPE(tag)>();
    for (ssize i = 0; i < n; i++)
      if (!pred(static_cast<char32_t>(s[i]))) return false;
    return true;
  });
  return bool_result(ok);
}

Object* str_isalpha(Object* self, Object*) { return all_chars(self, kAlpha, unicode::is_alpha); }
Object* str_isdecimal(Object* self, Object*) { return all_chars(self, kDigit, unicode::is_decimal); }
Object* str_isdigit(Object* self, Object*) { return all_chars(self, kDigit, unicode::is_digit); }
Object* str_isnumeric(Object* self, Object*) { return all_chars(self, kDigit, unicode::is_numeric); }
Object* str_isalnum(Object* self, Object*) { return all_chars(self, kAlpha | kDigit, unicode::is_alnum); }
Object* str_isspace(Object* self, Object*) {
  return all_chars(self, kSpace, [](char32_t c) { return is_space_char(c); });
}

Object* str_isprintable(Object* self, Object*) {
  if (str_length(self) == 0) return bool_result(true);
  return all_chars(self, kPrint, unicode::is_printable);
}

Object* str_isascii(Object* self, Object*) { return bool_result(str_is_ascii(self)); }

// islower / isupper: no character of the other case or titlecase, and at
// least one of the asked case.
Object* cased_check(Object* self, bool lower) {
  View v = view(self);
  if (str_is_ascii(self)) {
    auto* s = v.as<uint8_t>();
    uint8_t want = lower ? kLower : kUpper, other = lower ? kUpper : kLower;
    bool seen = false;
    for (ssize i = 0; i < v.len; i++) {
      uint8_t f = ascii_flags(s[i]);
      if (f & other) return bool_result(false);
      seen |= (f & want) != 0;
    }
    return bool_result(seen);
  }
  bool seen = false;
  for (ssize i = 0; i < v.len; i++) {
    char32_t c = v[i];
    bool is_l = unicode::is_lower(c), is_u = unicode::is_upper(c);
    if ((lower ? is_u : is_l) || unicode::is_title(c)) return bool_result(false);
    seen |= lower ? is_l : is_u;
  }
  return bool_result(seen);
}

Object* str_islower(Object* self, Object*) { return cased_check(self, true); }
Object* str_isupper(Object* self, Object*) { return cased_check(self, false); }

Object* str_istitle(Object* self, Object*) {
  View v = view(self);
  bool cased = false, prev_cased = false;
  for (ssize i = 0; i < v.len; i++) {
    char32_t c = v[i];
    if (unicode::is_upper(c) || unicode::is_title(c)) {
      if (prev_cased) return bool_result(false);
      prev_cased = true;
      cased = true;
    } else if (unicode::is_lower(c)) {
      if (!prev_cased) return bool_result(false);
      prev_cased = true;
      cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_result(cased);
}

Object* str_isidentifier(Object* self, Object*) {
  View v = view(self);
  if (v.len == 0) return bool_result(false);
  char32_t first = v[0];
  if (first != '_' && !unicode::is_xid_start(first)) return bool_result(false);
  if (str_is_ascii(self)) {
    auto* s = v.as<uint8_t>();
    for (ssize i = 1; i < v.len; i++)
      if (!(ascii_flags(s[i]) & (kIdStart | kDigit))) return bool_result(false);
    return bool_result(true);
  }
  for (ssize i = 1; i < v.len; i++)
    if (!unicode::is_xid_continue(v[i])) return bool_result(false);
  return bool_result(true);
}

// ---- padding -----------------------------------------------------------------------------

// The fill character argument of center/ljust/rjust.
bool arg_fillchar(Object* o, uint32_t* out) {
  if (!is_str(o)) {
    raise(&exc::TypeError, "The fill character must be a unicode character, not %.100s", type_of(o)->tp_name);
    return false;
  }
  if (str_length(o) != 1) {
    raise(&exc::TypeError, "The fill character must be exactly one character long");
    return false;
  }
  *out = str_char_at(o, 0);
  return true;
}

Object* pad(Object* self, ssize left, ssize right, uint32_t fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return unchanged(self);
  ssize n = str_length(self);
  if (left > PTRDIFF_MAX - n || right > PTRDIFF_MAX - n - left)
    return raise(&exc::OverflowError, "padded string is too long");
  uint32_t max_char = std::max(str_max_char_bound(self), fill);
  Object* r = str_new(left + n + right, max_char);
  if (!r) return nullptr;
  // The fill may be wider than the string: then the result's kind is the
  // fill's and str_new's bound is exact; else the string's own bound is.
  void* d = str_data(r);
  int kind = str_kind(r);
  if (kind == 1) {
    std::memset(d, static_cast<int>(fill), static_cast<size_t>(left));
    std::memset(static_cast<char*>(d) + left + n, static_cast<int>(fill), static_cast<size_t>(right));
  } else {
    for (ssize i = 0; i < left; i++) put_char(d, kind, i, fill);
    for (ssize i = 0; i < right; i++) put_char(d, kind, left + n + i, fill);
  }
  copy_chars_at(r, left, self, 0, n);
  return r;
}

// (width, fillchar=' ', /)
bool parse_pad_args(const char* name, Object* const* args, ssize nargs, ssize* width, uint32_t* fill) {
  if (!check_positional(name, nargs, 1, 2)) return false;
  if (!arg_ssize(args[0], width)) return false;
  *fill = ' ';
  return nargs < 2 || arg_fillchar(args[1], fill);
}

Object* str_center(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  uint32_t fill;
  if (!parse_pad_args("center", args, nargs, &width, &fill)) return nullptr;
  ssize n = str_length(self);
  if (n >= width) return unchanged(self);
  ssize marg = width - n;
  ssize left = marg / 2 + (marg & width & 1);
  return pad(self, left, marg - left, fill);
}

Object* str_ljust(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  uint32_t fill;
  if (!parse_pad_args("ljust", args, nargs, &width, &fill)) return nullptr;
  return pad(self, 0, width - str_length(self), fill);
}

Object* str_rjust(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  uint32_t fill;
  if (!parse_pad_args("rjust", args, nargs, &width, &fill)) return nullptr;
  return pad(self, width - str_length(self), 0, fill);
}

Object* str_zfill(Object* self, Object* arg) {
  ssize width;
  if (!arg_ssize(arg, &width)) return nullptr;
  ssize n = str_length(self);
  if (n >= width) return unchanged(self);
  Object* r = pad(self, width - n, 0, '0');
  if (!r) return nullptr;
  // A sign moves to the front.
  ssize fill = width - n;
  uint32_t c = str_char_at(r, fill);
  if (c == '+' || c == '-') {
    put_char(str_data(r), str_kind(r), 0, c);
    put_char(str_data(r), str_kind(r), fill, '0');
  }
  return r;
}

// ---- searching -------------------------------------------------------------------------

enum class FindKind { kFind, kRfind, kIndex, kRindex, kCount };

Object* find_impl(Object* self, Object* const* args, ssize nargs, const char* name, FindKind kind) {
  Object* sub;
  ssize start, end;
  if (!parse_find_args(name, args, nargs, &sub, &start, &end)) return nullptr;
  if (!require_str(sub)) return nullptr;
  View h = view(self), nd = view(sub);
  adjust_indices(h.len, &start, &end);
  if (kind == FindKind::kCount) {
    if (end - start < nd.len) return int_from_int64(0);
    return int_from_int64(count(h, nd, start, end, PTRDIFF_MAX));
  }
  bool reverse = kind == FindKind::kRfind || kind == FindKind::kRindex;
  ssize r;
  if (start > h.len) r = -1;
  else r = reverse ? rfind(h, nd, start, end) : find(h, nd, start, end);
  if (r < 0 && (kind == FindKind::kIndex || kind == FindKind::kRindex))
    return raise(&exc::ValueError, "substring not found");
  return int_from_int64(r);
}

Object* str_find(Object* self, Object* const* args, ssize nargs) {
  return find_impl(self, args, nargs, "find", FindKind::kFind);
}
Object* str_rfind(Object* self, Object* const* args, ssize nargs) {
  return find_impl(self, args, nargs, "rfind", FindKind::kRfind);
}
Object* str_index(Object* self, Object* const* args, ssize nargs) {
  return find_impl(self, args, nargs, "index", FindKind::kIndex);
}
Object* str_rindex(Object* self, Object* const* args, ssize nargs) {
  return find_impl(self, args, nargs, "rindex", FindKind::kRindex);
}
Object* str_count(Object* self, Object* const* args, ssize nargs) {
  return find_impl(self, args, nargs, "count", FindKind::kCount);
}

// Whether self[start:end] starts (or ends) with sub.
bool tail_match(Object* self, Object* sub, ssize start, ssize end, bool at_end) {
  View h = view(self), nd = view(sub);
  adjust_indices(h.len, &start, &end);
  end -= nd.len;
  if (end < start) return false;
  if (nd.len == 0) return true;
  return match_at(h, at_end ? end : start, nd);
}

Object* affix_impl(Object* self, Object* const* args, ssize nargs, const char* name, bool at_end) {
  Object* sub;
  ssize start, end;
  if (!parse_find_args(name, args, nargs, &sub, &start, &end)) return nullptr;
  if (is_tuple(sub)) {
    for (ssize i = 0; i < tuple_size(sub); i++) {
      Object* s = tuple_item(sub, i);
      if (!is_str(s))
        return raise(&exc::TypeError, "tuple for %s must only contain str, not %.100s", name, type_of(s)->tp_name);
      if (tail_match(self, s, start, end, at_end)) return bool_result(true);
    }
    return bool_result(false);
  }
  if (!is_str(sub))
    return raise(&exc::TypeError, "%s first arg must be str or a tuple of str, not %.100s", name,
                 type_of(sub)->tp_name);
  return bool_result(tail_match(self, sub, start, end, at_end));
}

Object* str_startswith(Object* self, Object* const* args, ssize nargs) {
  return affix_impl(self, args, nargs, "startswith", false);
}
Object* str_endswith(Object* self, Object* const* args, ssize nargs) {
  return affix_impl(self, args, nargs, "endswith", true);
}

Object* str_removeprefix(Object* self, Object* prefix) {
  if (!is_str(prefix))
    return raise(&exc::TypeError, "removeprefix() argument must be str, not %.100s", type_of(prefix)->tp_name);
  ssize n = str_length(self), m = str_length(prefix);
  if (m <= n && match_at(view(self), 0, view(prefix))) return str_substring(self, m, n);
  return unchanged(self);
}

Object* str_removesuffix(Object* self, Object* suffix) {
  if (!is_str(suffix))
    return raise(&exc::TypeError, "removesuffix() argument must be str, not %.100s", type_of(suffix)->tp_name);
  ssize n = str_length(self), m = str_length(suffix);
  if (m > 0 && m <= n && match_at(view(self), n - m, view(suffix))) return str_substring(self, 0, n - m);
  return unchanged(self);
}

// ---- strip -----------------------------------------------------------------------------

// The characters to strip: whitespace, or the members of a string.
class StripSet {
 public:
  explicit StripSet(Object* chars) : chars_(chars) {
    if (!chars) return;
    std::memset(latin1_, 0, sizeof latin1_);
    View c = view(chars);
    for (ssize i = 0; i < c.len; i++) {
      uint32_t ch = c[i];
      if (ch < 256) latin1_[ch] = true;
      else wide_ = true;
    }
  }
  bool contains(uint32_t c) const {
    if (!chars_) return is_space_char(c);
    if (c < 256) return latin1_[c];
    if (!wide_) return false;
    return find_char(view(chars_), c, 0, str_length(chars_)) >= 0;
  }

 private:
  Object* chars_;
  bool latin1_[256];  // set only when chars_ is
  bool wide_ = false;
};

Object* strip_impl(Object* self, Object* const* args, ssize nargs, const char* name, bool left, bool right) {
  if (!check_positional(name, nargs, 0, 1)) return nullptr;
  Object* chars = nargs ? args[0] : nullptr;
  if (chars && is_none(chars)) chars = nullptr;
  if (chars && !is_str(chars)) return raise(&exc::TypeError, "%s arg must be None or str", name);
  StripSet set(chars);
  View v = view(self);
  ssize i = 0, j = v.len;
  with_kind(v.kind, [&](auto* tag) {
    auto* s = v.as<DX_KIND_TYPE(tag)>();
    if (left)
      while (i < j && set.contains(s[i])) i++;
    if (right)
      while (j > i && set.contains(s[j - 1])) j--;
  });
  return str_substring(self, i, j);
}

Object* str_strip(Object* self, Object* const* args, ssize nargs) {
  return strip_impl(self, args, nargs, "strip", true, true);
}
Object* str_lstrip(Object* self, Object* const* args, ssize nargs) {
  return strip_impl(self, args, nargs, "lstrip", true, false);
}
Object* str_rstrip(Object* self, Object* const* args, ssize nargs) {
  return strip_impl(self, args, nargs, "rstrip", false, true);
}

// ---- split ---------------------------------------------------------------------------------

// self[i:j] as a list item: self itself when it is the whole of an exact str.
inline Object* piece(Object* self, ssize i, ssize j) { return str_substring(self, i, j); }

template <typename C>
bool split_whitespace(Object* list, Object* self, const C* s, ssize n, ssize maxcount) {
  ssize i = 0;
  while (maxcount-- > 0) {
    while (i < n && is_space_char(s[i])) i++;
    if (i == n) return true;
    ssize j = i++;
    while (i < n && !is_space_char(s[i])) i++;
    if (append_steal(list, piece(self, j, i)) < 0) return false;
  }
  while (i < n && is_space_char(s[i])) i++;
  if (i < n && append_steal(list, piece(self, i, n)) < 0) return false;
  return true;
}

template <typename C>
bool rsplit_whitespace(Object* list, Object* self, const C* s, ssize n, ssize maxcount) {
  ssize i = n;
  while (maxcount-- > 0) {
    while (i > 0 && is_space_char(s[i - 1])) i--;
    if (i == 0) return true;
    ssize j = i--;
    while (i > 0 && !is_space_char(s[i - 1])) i--;
    if (append_steal(list, piece(self, i, j)) < 0) return false;
  }
  while (i > 0 && is_space_char(s[i - 1])) i--;
  if (i > 0 && append_steal(list, piece(self, 0, i)) < 0) return false;
  return true;
}

Object* split_impl(Object* self, Object* sep, ssize maxcount, bool reverse) {
  if (maxcount < 0) maxcount = PTRDIFF_MAX;
  Object* list = list_new(0);
  if (!list) return nullptr;
  View v = view(self);
  bool ok;
  if (!sep) {
    ok = with_kind(v.kind, [&](auto* tag) {
      auto* s = v.as<DX_KIND_TYPE(tag)>();
      return reverse ? rsplit_whitespace(list, self, s, v.len, maxcount)
                     : split_whitespace(list, self, s, v.len, maxcount);
    });
  } else {
    View sv = view(sep);
    ok = true;
    if (!reverse) {
      ssize i = 0;
      for_each_match(v, sv, 0, v.len, maxcount, [&](ssize pos) {
        ok = append_steal(list, piece(self, i, pos)) == 0;
        i = pos + sv.len;
        return ok;
      });
      ok = ok && append_steal(list, piece(self, i, v.len)) == 0;
    } else {
      ssize j = v.len;
      for_each_match_reverse(v, sv, 0, v.len, maxcount, [&](ssize pos) {
        ok = append_steal(list, piece(self, pos + sv.len, j)) == 0;
        j = pos;
        return ok;
      });
      ok = ok && append_steal(list, piece(self, 0, j)) == 0;
    }
  }
  if (!ok) {
    decref(list);
    return nullptr;
  }
  if (reverse) list_reverse(list);
  return list;
}

// (sep=None, maxsplit=-1)
Object* split_method(Object* self, Object* const* args, ssize nargs, Object* kwnames, const char* name,
                     bool reverse) {
  static const char* const names[] = {"sep", "maxsplit"};
  Object* v[2];
  if (!parse_args(ArgSpec{name, names, 2, 0}, args, nargs, kwnames, v)) return nullptr;
  Object* sep = v[0] && !is_none(v[0]) ? v[0] : nullptr;
  if (sep && !is_str(sep)) return raise(&exc::TypeError, "must be str or None, not %.100s", type_of(sep)->tp_name);
  ssize maxsplit = -1;
  if (v[1] && !arg_ssize(v[1], &maxsplit)) return nullptr;
  if (sep && str_length(sep) == 0) return raise(&exc::ValueError, "empty separator");
  return split_impl(self, sep, maxsplit, reverse);
}

Object* str_split(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return split_method(self, args, nargs, kwnames, "split", false);
}
Object* str_rsplit(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return split_method(self, args, nargs, kwnames, "rsplit", true);
}

Object* str_splitlines(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"keepends"};
  Object* v[1];
  if (!parse_args(ArgSpec{"splitlines", names, 1, 0}, args, nargs, kwnames, v)) return nullptr;
  int keepends = 0;
  if (v[0] && !arg_int(v[0], &keepends)) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  View s = view(self);
  bool ok = with_kind(s.kind, [&](auto* tag) {
    auto* p = s.as<DX_KIND_TYPE(tag)>();
    ssize n = s.len;
    for (ssize i = 0; i < n;) {
      ssize j = i;
      while (j < n && !is_linebreak_char(p[j])) j++;
      ssize eol = j;
      if (j < n) {
        if (p[j] == '\r' && j + 1 < n && p[j + 1] == '\n') j += 2;
        else j++;
        if (keepends) eol = j;
      }
      if (append_steal(list, piece(self, i, eol)) < 0) return false;
      i = j;
    }
    return true;
  });
  if (!ok) {
    decref(list);
    return nullptr;
  }
  return list;
}

Object* partition_impl(Object* self, Object* sep, bool reverse) {
  if (!require_str(sep)) return nullptr;
  View v = view(self), sv = view(sep);
  if (sv.len == 0) return raise(&exc::ValueError, "empty separator");
  ssize pos = reverse ? rfind(v, sv, 0, v.len) : find(v, sv, 0, v.len);
  Object *a, *b, *c;
  if (pos < 0) {
    // The string itself, even a subclass instance (as CPython does).
    if (reverse) {
      a = str_empty();
      b = str_empty();
      c = newref(self);
    } else {
      a = newref(self);
      b = str_empty();
      c = str_empty();
    }
  } else {
    a = str_substring(self, 0, pos);
    b = newref(sep);
    if (!is_str_exact(sep)) {
      decref(b);
      b = unchanged(sep);
    }
    c = str_substring(self, pos + sv.len, v.len);
  }
  Object* r = a && b && c ? tuple_pack({a, b, c}) : nullptr;
  xdecref(a);
  xdecref(b);
  xdecref(c);
  return r;
}

Object* str_partition(Object* self, Object* sep) { return partition_impl(self, sep, false); }
Object* str_rpartition(Object* self, Object* sep) { return partition_impl(self, sep, true); }

// ---- join ------------------------------------------------------------------------------

Object* str_join(Object* self, Object* iterable) {
  Object* seq;
  if (is_list(iterable) || is_tuple(iterable)) {
    seq = newref(iterable);
  } else {
    Object* it = object_get_iter(iterable);
    if (!it) {
      if (error_matches(&exc::TypeError)) {
        clear_error();
        raise(&exc::TypeError, "can only join an iterable");
      }
      return nullptr;
    }
    seq = list_from_iterable(it);
    decref(it);
    if (!seq) return nullptr;
  }
  ssize n = is_list(seq) ? list_size(seq) : tuple_size(seq);
  Object** items = sequence_fast_items(seq);
  for (ssize i = 0; i < n; i++) {
    if (!is_str(items[i])) {
      raise(&exc::TypeError, "sequence item %zd: expected str instance, %.80s found", i, type_of(items[i])->tp_name);
      decref(seq);
      return nullptr;
    }
  }
  Object* r = n == 0 ? str_empty() : str_join_array(self, items, n);
  decref(seq);
  return r;
}

// ---- replace ---------------------------------------------------------------------------

// replace() when old and new have the same length: a copy of self patched
// at each of the n occurrences (the result's kind is known exactly).
Object* replace_same_length(Object* self, View ov, View nv, ssize n, bool all, uint32_t max_char) {
  View s = view(self);
  Object* r = str_new(s.len, max_char);
  if (!r) return nullptr;
  int kind = str_kind(r);
  void* d = str_data(r);
  copy_chars(d, kind, s.data, s.kind, s.len);
  View out{d, s.len, kind};
  if (ov.len == 1) {
    uint32_t u1 = ov[0], u2 = nv[0];
    with_kind(kind, [&](auto* tag) {
      using C = DX_KIND_TYPE(tag);
      C* p = static_cast<C*>(d);
      // Replacing every occurrence (the usual call) is a plain loop.
      if (all) {
        for (ssize i = 0; i < s.len; i++) p[i] = p[i] == u1 ? static_cast<C>(u2) : p[i];
        return;
      }
      ssize i = 0;
      for (ssize done = 0; done < n; done++) {
        i = find_char(out, u1, i, s.len);
        p[i++] = static_cast<C>(u2);
      }
    });
    return r;
  }
  for_each_match(s, ov, 0, s.len, n, [&](ssize pos) {
    copy_chars(static_cast<char*>(d) + pos * kind, kind, nv.data, nv.kind, nv.len);
    return true;
  });
  return r;
}

Object* replace_impl(Object* self, Object* old_s, Object* new_s, ssize maxcount) {
  View s = view(self), ov = view(old_s), nv = view(new_s);
  if (maxcount < 0) maxcount = PTRDIFF_MAX;
  if (maxcount == 0 || s.len < ov.len) return unchanged(self);
  ssize n = count(s, ov, 0, s.len, maxcount);
  if (n == 0) return unchanged(self);
  // The result's length, refusing sizes beyond the address space.
  __int128 total = static_cast<__int128>(s.len) + static_cast<__int128>(n) * (nv.len - ov.len);
  if (total > PTRDIFF_MAX / 4) return raise(&exc::OverflowError, "replace string is too long");
  ssize len = static_cast<ssize>(total);
  if (len == 0) return str_empty();
  // The widest class of character in the result is known unless old takes
  // away characters of self's widest class and new brings none of them:
  // then the pieces are scanned (the Writer).
  uint32_t bs = str_max_char_bound(self), bo = str_max_char_bound(old_s), bn = str_max_char_bound(new_s);
  uint32_t max_char = std::max(bs, bn);
  bool exact_bound = bs <= bn || bo < bs;
  if (ov.len == nv.len && exact_bound) return replace_same_length(self, ov, nv, n, n < maxcount, max_char);
  Writer w;
  if (!exact_bound) {
    if (!w.reserve(len)) return nullptr;
  }
  Object* r = exact_bound ? str_new(len, max_char) : nullptr;
  if (exact_bound && !r) return nullptr;
  ssize k = 0;
  auto emit = [&](Object* src, ssize from, ssize to) -> bool {
    if (to <= from) return true;
    if (r) {
      copy_chars_at(r, k, src, from, to - from);
      k += to - from;
      return true;
    }
    return w.append(src, from, to);
  };
  ssize i = 0;
  if (ov.len == 0) {
    // new before every character and at the end, up to maxcount times.
    for (ssize done = 0; done < n; done++) {
      if (!emit(new_s, 0, nv.len)) return nullptr;
      if (i < s.len) {
        if (!emit(self, i, i + 1)) return nullptr;
        i++;
      }
    }
  } else {
    bool ok = true;
    for_each_match(s, ov, 0, s.len, n, [&](ssize pos) {
      ok = emit(self, i, pos) && emit(new_s, 0, nv.len);
      i = pos + ov.len;
      return ok;
    });
    if (!ok) {
      xdecref(r);
      return nullptr;
    }
  }
  if (!emit(self, i, s.len)) {
    xdecref(r);
    return nullptr;
  }
  return r ? r : w.finish();
}

Object* str_replace(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("replace", nargs, 2, 3)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "replace() argument 1 must be str, not %.100s", type_of(args[0])->tp_name);
  if (!is_str(args[1]))
    return raise(&exc::TypeError, "replace() argument 2 must be str, not %.100s", type_of(args[1])->tp_name);
  ssize maxcount = -1;
  if (nargs > 2 && !arg_ssize(args[2], &maxcount)) return nullptr;
  return replace_impl(self, args[0], args[1], maxcount);
}

// ---- expandtabs ----------------------------------------------------------------------------

Object* str_expandtabs(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"tabsize"};
  Object* v[1];
  if (!parse_args(ArgSpec{"expandtabs", names, 1, 0}, args, nargs, kwnames, v)) return nullptr;
  int tabsize = 8;
  if (v[0] && !arg_int(v[0], &tabsize)) return nullptr;
  View s = view(self);
  if (find_char(s, '\t', 0, s.len) < 0) return unchanged(self);
  // First pass: the length.
  ssize len = 0, col = 0;
  for (ssize i = 0; i < s.len; i++) {
    uint32_t c = s[i];
    if (c == '\t') {
      if (tabsize > 0) {
        ssize inc = tabsize - col % tabsize;
        if (len > PTRDIFF_MAX / 4 - inc) return raise(&exc::OverflowError, "new string is too long");
        col += inc;
        len += inc;
      }
    } else {
      len++;
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  Object* r = str_new(len, str_max_char_bound(self));
  if (!r) return nullptr;
  void* d = str_data(r);
  int kind = str_kind(r);
  ssize k = 0;
  col = 0;
  for (ssize i = 0; i < s.len; i++) {
    uint32_t c = s[i];
    if (c == '\t') {
      if (tabsize > 0) {
        ssize inc = tabsize - col % tabsize;
        col += inc;
        while (inc--) put_char(d, kind, k++, ' ');
      }
    } else {
      put_char(d, kind, k++, c);
      col = (c == '\n' || c == '\r') ? 0 : col + 1;
    }
  }
  return r;
}

// ---- translate and maketrans ---------------------------------------------------------------

// The result of table[c]: 0 keep c, 1 replaced (by *out, which may be
// null: deleted), -1 error.
int translate_lookup(Object* table, uint32_t c, Object** out) {
  Object* key = int_from_int64(c);
  if (!key) return -1;
  Object* v = object_getitem(table, key);
  decref(key);
  if (!v) {
    if (error_matches(&exc::LookupError)) {
      clear_error();
      return 0;
    }
    return -1;
  }
  if (is_none(v)) {
    decref(v);
    *out = nullptr;
    return 1;
  }
  if (is_int(v)) {
    auto x = int_to_int64(v);
    decref(v);
    if (!x || *x < 0 || *x > 0x10ffff) {
      raise(&exc::ValueError, "character mapping must be in range(0x110000)");
      return -1;
    }
    *out = str_from_char(static_cast<uint32_t>(*x));
    return *out ? 1 : -1;
  }
  if (is_str(v)) {
    *out = v;
    return 1;
  }
  decref(v);
  raise(&exc::TypeError, "character mapping must return integer, None or str");
  return -1;
}

Object* str_translate(Object* self, Object* table) {
  View s = view(self);
  Writer w;
  if (!w.reserve(s.len)) return nullptr;
  // Results for ASCII characters are remembered (the table is asked once per
  // distinct character, as CPython's cache for ASCII does).
  Object* cache[128];
  bool cached[128] = {};
  bool ok = true;
  for (ssize i = 0; i < s.len && ok; i++) {
    uint32_t c = s[i];
    Object* rep = nullptr;
    int found;
    if (c < 128 && cached[c]) {
      rep = cache[c];
      found = rep == self ? 0 : 1;
    } else {
      found = translate_lookup(table, c, &rep);
      if (found < 0) {
        ok = false;
        break;
      }
      if (c < 128) {
        cached[c] = true;
        cache[c] = found == 0 ? self : rep;  // self marks "unchanged"
      }
    }
    if (found == 0) ok = w.append_char(c);
    else if (rep) ok = w.append(rep);
    if (c >= 128 && found == 1) xdecref(rep);
  }
  for (uint32_t c = 0; c < 128; c++)
    if (cached[c] && cache[c] != self) xdecref(cache[c]);
  if (!ok) return nullptr;
  return w.finish();
}

// The dict of maketrans(x) for a dict x: keys of one character become
// their code points.
Object* maketrans_from_dict(Object* x) {
  Object* d = dict_new();
  if (!d) return nullptr;
  ssize pos = 0;
  Object *key, *value;
  while (dict_next(x, &pos, &key, &value)) {
    Object* k;
    if (is_str(key)) {
      if (str_length(key) != 1) {
        decref(d);
        return raise(&exc::ValueError, "string keys in translate table must be of length 1");
      }
      k = int_from_int64(str_char_at(key, 0));
    } else if (is_int(key)) {
      k = newref(key);
    } else {
      decref(d);
      return raise(&exc::TypeError, "keys in translate table must be strings or integers");
    }
    int rc = k ? dict_set_item(d, k, value) : -1;
    xdecref(k);
    if (rc < 0) {
      decref(d);
      return nullptr;
    }
  }
  return d;
}

// d[code point of each character of keys] = values[i] (or None).
bool maketrans_add(Object* d, Object* keys, Object* values) {
  for (ssize i = 0; i < str_length(keys); i++) {
    Object* k = int_from_int64(str_char_at(keys, i));
    Object* v = !k ? nullptr : values ? int_from_int64(str_char_at(values, i)) : newref(none());
    int rc = v ? dict_set_item(d, k, v) : -1;
    xdecref(k);
    xdecref(v);
    if (rc < 0) return false;
  }
  return true;
}

Object* str_maketrans(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("maketrans", nargs, 1, 3)) return nullptr;
  Object* x = args[0];
  if (nargs == 1) {
    if (!is_dict(x)) return raise(&exc::TypeError, "if you give only one argument to maketrans it must be a dict");
    return maketrans_from_dict(x);
  }
  // Argument clinic checks y and z before the body looks at x.
  Object* y = args[1];
  Object* z = nargs > 2 ? args[2] : nullptr;
  if (!is_str(y)) return raise(&exc::TypeError, "maketrans() argument 2 must be str, not %.100s", type_of(y)->tp_name);
  if (z && !is_str(z))
    return raise(&exc::TypeError, "maketrans() argument 3 must be str, not %.100s", type_of(z)->tp_name);
  if (!is_str(x))
    return raise(&exc::TypeError, "first maketrans argument must be a string if there is a second argument");
  if (str_length(x) != str_length(y))
    return raise(&exc::ValueError, "the first two maketrans arguments must have equal length");
  Object* d = dict_new();
  if (d && maketrans_add(d, x, y) && (!z || maketrans_add(d, z, nullptr))) return d;
  xdecref(d);
  return nullptr;
}

// ---- the rest ------------------------------------------------------------------------------

Object* str_getnewargs(Object* self, Object*) {
  Object* copy = str_from_data(str_kind(self), str_data(self), str_length(self));
  if (!copy) return nullptr;
  Object* r = tuple_pack({copy});
  decref(copy);
  return r;
}

// CPython's accounting: the header of the string's form plus its code
// units and NUL (dx-py's cached UTF-8 form is left out, as CPython usually
// has none).
Object* str_sizeof(Object* self, Object*) {
  ssize header;
  if (!str_is_compact(self)) header = sizeof(StrObject);
  else header = str_is_ascii(self) ? sizeof(AsciiStrObject) : sizeof(CompactStrObject);
  return int_from_int64(header + (str_length(self) + 1) * str_kind(self));
}

#define METH(name, fn, flags) {name, reinterpret_cast<CFunction>(reinterpret_cast<void*>(fn)), flags, nullptr}

}  // namespace

MethodDef str_methods[] = {
    METH("encode", str_encode_method, kMethFastcall | kMethKeywords),
    METH("replace", str_replace, kMethFastcall),
    METH("split", str_split, kMethFastcall | kMethKeywords),
    METH("rsplit", str_rsplit, kMethFastcall | kMethKeywords),
    METH("join", str_join, kMethO),
    METH("capitalize", str_capitalize, kMethNoArgs),
    METH("casefold", str_casefold, kMethNoArgs),
    METH("title", str_title, kMethNoArgs),
    METH("center", str_center, kMethFastcall),
    METH("count", str_count, kMethFastcall),
    METH("expandtabs", str_expandtabs, kMethFastcall | kMethKeywords),
    METH("find", str_find, kMethFastcall),
    METH("partition", str_partition, kMethO),
    METH("index", str_index, kMethFastcall),
    METH("ljust", str_ljust, kMethFastcall),
    METH("lower", str_lower, kMethNoArgs),
    METH("lstrip", str_lstrip, kMethFastcall),
    METH("rfind", str_rfind, kMethFastcall),
    METH("rindex", str_rindex, kMethFastcall),
    METH("rjust", str_rjust, kMethFastcall),
    METH("rstrip", str_rstrip, kMethFastcall),
    METH("rpartition", str_rpartition, kMethO),
    METH("splitlines", str_splitlines, kMethFastcall | kMethKeywords),
    METH("strip", str_strip, kMethFastcall),
    METH("swapcase", str_swapcase, kMethNoArgs),
    METH("translate", str_translate, kMethO),
    METH("upper", str_upper, kMethNoArgs),
    METH("startswith", str_startswith, kMethFastcall),
    METH("endswith", str_endswith, kMethFastcall),
    METH("removeprefix", str_removeprefix, kMethO),
    METH("removesuffix", str_removesuffix, kMethO),
    METH("isascii", str_isascii, kMethNoArgs),
    METH("islower", str_islower, kMethNoArgs),
    METH("isupper", str_isupper, kMethNoArgs),
    METH("istitle", str_istitle, kMethNoArgs),
    METH("isspace", str_isspace, kMethNoArgs),
    METH("isdecimal", str_isdecimal, kMethNoArgs),
    METH("isdigit", str_isdigit, kMethNoArgs),
    METH("isnumeric", str_isnumeric, kMethNoArgs),
    METH("isalpha", str_isalpha, kMethNoArgs),
    METH("isalnum", str_isalnum, kMethNoArgs),
    METH("isidentifier", str_isidentifier, kMethNoArgs),
    METH("isprintable", str_isprintable, kMethNoArgs),
    METH("zfill", str_zfill, kMethO),
    METH("format", str_format_method, kMethFastcall | kMethKeywords),
    METH("format_map", str_format_map_method, kMethO),
    METH("__format__", str_dunder_format, kMethO),
    METH("maketrans", str_maketrans, kMethFastcall | kMethStatic),
    METH("__sizeof__", str_sizeof, kMethNoArgs),
    METH("__getnewargs__", str_getnewargs, kMethNoArgs),
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace dx
