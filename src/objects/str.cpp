// The str type's core: creation, UTF-8 conversion, hashing and equality.
// The methods live in str_methods.cpp (to come).
#include "objects/str.h"

#include <xxhash.h>

#include <algorithm>
#include <cstring>
#include <initializer_list>
#include <string>

#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/type.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "support/repr.h"
#include "support/unicode.h"

namespace dx {

TypeObject StrType;

// Strings longer than this are refused (MemoryError) before allocating.
constexpr ssize PY_SSIZE_MAX_FOR_STR = (ssize(1) << 62) / 4;

static size_t header_size(bool ascii) { return ascii ? sizeof(AsciiStrObject) : sizeof(CompactStrObject); }

Object* str_new(ssize length, uint32_t max_char) {
  bool ascii = max_char < 0x80;
  int kind = max_char < 0x100 ? 1 : max_char < 0x10000 ? 2 : 4;
  size_t bytes = header_size(ascii) + static_cast<size_t>(length + 1) * kind;
  auto* s = static_cast<AsciiStrObject*>(object_alloc(&StrType, bytes));
  if (!s) return nullptr;
  s->length = length;
  s->hash = -1;
  s->state = StrState{};
  s->state.kind = kind;
  s->state.compact = 1;
  s->state.ascii = ascii;
  s->state.ready = 1;
  s->wstr = nullptr;
  if (!ascii) {
    auto* c = static_cast<CompactStrObject*>(static_cast<Object*>(s));
    c->utf8_length = 0;
    c->utf8 = nullptr;
    c->wstr_length = 0;
  }
  // The terminating NUL.
  void* data = str_data(s);
  switch (kind) {
    case 1: static_cast<uint8_t*>(data)[length] = 0; break;
    case 2: static_cast<uint16_t*>(data)[length] = 0; break;
    default: static_cast<uint32_t*>(data)[length] = 0; break;
  }
  return s;
}

Object* str_from_ascii(std::string_view ascii) {
  Object* s = str_new(static_cast<ssize>(ascii.size()), 0x7f);
  if (!s) return nullptr;
  std::memcpy(str_data(s), ascii.data(), ascii.size());
  return s;
}

Object* str_from_utf8(std::string_view utf8) {
  // One pass for the length and the largest code point, one to store.
  size_t i = 0, n = utf8.size();
  while (i < n && static_cast<unsigned char>(utf8[i]) < 0x80) i++;
  if (i == n) return str_from_ascii(utf8);
  ssize length = static_cast<ssize>(i);
  uint32_t max_char = 0x7f;
  for (size_t j = i; j < n;) {
    char32_t c = unicode::decode_utf8(utf8, j);
    if (c > max_char) max_char = c;
    length++;
  }
  Object* s = str_new(length, max_char);
  if (!s) return nullptr;
  void* data = str_data(s);
  ssize k = 0;
  for (size_t j = 0; j < n;) {
    char32_t c = unicode::decode_utf8(utf8, j);
    switch (str_kind(s)) {
      case 1: static_cast<uint8_t*>(data)[k++] = static_cast<uint8_t>(c); break;
      case 2: static_cast<uint16_t*>(data)[k++] = static_cast<uint16_t>(c); break;
      default: static_cast<uint32_t*>(data)[k++] = c; break;
    }
  }
  return s;
}

std::string_view str_utf8(Object* s) {
  auto* a = static_cast<AsciiStrObject*>(s);
  if (a->state.ascii) return {static_cast<const char*>(str_data(s)), static_cast<size_t>(a->length)};
  auto* c = static_cast<CompactStrObject*>(s);
  if (!c->utf8) {
    std::string out;
    out.reserve(static_cast<size_t>(a->length) * 2);
    for (ssize i = 0; i < a->length; i++) {
      uint32_t ch = str_char_at(s, i);
      if (ch >= 0xD800 && ch <= 0xDFFF) {
        // UnicodeEncodeError('utf-8', s, i, end, ...) over the run of surrogates.
        ssize end = i + 1;
        while (end < a->length && str_char_at(s, end) >= 0xD800 && str_char_at(s, end) <= 0xDFFF) end++;
        if (Object* e = unicode_encode_error_new("utf-8", s, i, end, "surrogates not allowed")) restore_error(e);
        return {};
      }
      unicode::append_utf8(out, ch);
    }
    char* buf = static_cast<char*>(mem_alloc(out.size() + 1));
    if (!buf) {
      raise_no_memory();
      return {};
    }
    std::memcpy(buf, out.data(), out.size() + 1);
    c->utf8 = buf;
    c->utf8_length = static_cast<ssize>(out.size());
  }
  return {c->utf8, static_cast<size_t>(c->utf8_length)};
}

hash_t str_hash(Object* s) {
  auto* a = static_cast<AsciiStrObject*>(s);
  if (a->hash != -1) return a->hash;
  // Each string has one canonical kind, so hashing its stored bytes is
  // consistent. (CPython randomizes str hashes per process too.)
  auto h = static_cast<hash_t>(XXH3_64bits(str_data(s), static_cast<size_t>(a->length) * a->state.kind));
  if (h == -1) h = -2;
  a->hash = h;
  return h;
}

bool str_equal(Object* a, Object* b) {
  if (a == b) return true;
  ssize n = str_length(a);
  if (n != str_length(b) || str_kind(a) != str_kind(b)) return false;
  auto* ha = static_cast<AsciiStrObject*>(a);
  auto* hb = static_cast<AsciiStrObject*>(b);
  if (ha->hash != -1 && hb->hash != -1 && ha->hash != hb->hash) return false;
  return std::memcmp(str_data(a), str_data(b), static_cast<size_t>(n) * str_kind(a)) == 0;
}

bool str_equal_ascii(Object* s, std::string_view ascii) {
  return str_is_ascii(s) && static_cast<size_t>(str_length(s)) == ascii.size() &&
         std::memcmp(str_data(s), ascii.data(), ascii.size()) == 0;
}

// Compares code point by code point; the kinds may differ.
static int str_compare(Object* a, Object* b) {
  ssize na = str_length(a), nb = str_length(b);
  ssize n = na < nb ? na : nb;
  if (str_kind(a) == 1 && str_kind(b) == 1) {
    int c = std::memcmp(str_data(a), str_data(b), static_cast<size_t>(n));
    if (c) return c < 0 ? -1 : 1;
  } else {
    for (ssize i = 0; i < n; i++) {
      uint32_t ca = str_char_at(a, i), cb = str_char_at(b, i);
      if (ca != cb) return ca < cb ? -1 : 1;
    }
  }
  return na < nb ? -1 : na > nb ? 1 : 0;
}

static Object* str_richcompare(Object* a, Object* b, int op) {
  if (!is_str(b)) return newref(not_implemented());
  bool r;
  if (op == kEq || op == kNe) {
    r = str_equal(a, b) == (op == kEq);
  } else {
    int c = str_compare(a, b);
    switch (op) {
      case kLt: r = c < 0; break;
      case kLe: r = c <= 0; break;
      case kGt: r = c > 0; break;
      default: r = c >= 0; break;
    }
  }
  return newref(bool_object(r));
}

static Object* str_repr(Object* s) {
  // The repr of a string with lone surrogates escapes them, so it is built
  // from the code points (as 3-byte sequences) rather than the UTF-8 form.
  std::string utf8;
  if (str_is_ascii(s)) {
    utf8.assign(static_cast<const char*>(str_data(s)), static_cast<size_t>(str_length(s)));
  } else {
    for (ssize i = 0; i < str_length(s); i++) unicode::append_utf8(utf8, str_char_at(s, i));
  }
  std::string out;
  append_str_repr(out, utf8);
  return str_from_utf8(out);
}

static Object* str_concat(Object* a, Object* b) {
  if (!is_str(b))
    return raise(&exc::TypeError, "can only concatenate str (not \"%.200s\") to str", type_of(b)->tp_name);
  ssize na = str_length(a), nb = str_length(b);
  if (nb == 0 && is_str_exact(a)) return newref(a);
  if (na == 0 && is_str_exact(b)) return newref(b);
  uint32_t max_char = 0;
  for (Object* s : {a, b})
    for (ssize i = 0; i < str_length(s); i++) max_char = std::max(max_char, str_char_at(s, i));
  Object* r = str_new(na + nb, max_char);
  if (!r) return nullptr;
  void* d = str_data(r);
  int kind = str_kind(r);
  ssize k = 0;
  for (Object* s : {a, b}) {
    if (str_kind(s) == kind) {
      std::memcpy(static_cast<char*>(d) + k * kind, str_data(s), static_cast<size_t>(str_length(s)) * kind);
      k += str_length(s);
      continue;
    }
    for (ssize i = 0; i < str_length(s); i++, k++) {
      uint32_t c = str_char_at(s, i);
      if (kind == 1) static_cast<uint8_t*>(d)[k] = static_cast<uint8_t>(c);
      else if (kind == 2) static_cast<uint16_t*>(d)[k] = static_cast<uint16_t>(c);
      else static_cast<uint32_t*>(d)[k] = c;
    }
  }
  return r;
}

static Object* str_repeat(Object* a, ssize n) {
  if (n <= 0) return str_from_ascii("");
  ssize len = str_length(a);
  if (len && n > PY_SSIZE_MAX_FOR_STR / len) return raise_no_memory();
  uint32_t max_char = 0;
  for (ssize i = 0; i < len; i++) max_char = std::max(max_char, str_char_at(a, i));
  Object* r = str_new(len * n, max_char);
  if (!r) return nullptr;
  size_t bytes = static_cast<size_t>(len) * str_kind(a);
  for (ssize i = 0; i < n; i++) std::memcpy(static_cast<char*>(str_data(r)) + i * bytes, str_data(a), bytes);
  return r;
}

static ssize str_len(Object* s) { return str_length(s); }

// A one-character string (ASCII ones could be cached later).
static Object* str_from_char(uint32_t c) {
  Object* r = str_new(1, c);
  if (!r) return nullptr;
  void* d = str_data(r);
  switch (str_kind(r)) {
    case 1: static_cast<uint8_t*>(d)[0] = static_cast<uint8_t>(c); break;
    case 2: static_cast<uint16_t*>(d)[0] = static_cast<uint16_t>(c); break;
    default: static_cast<uint32_t*>(d)[0] = c; break;
  }
  return r;
}

// `sub in s`: a plain search over code points.
static int str_contains(Object* s, Object* sub) {
  if (!is_str(sub)) {
    raise(&exc::TypeError, "'in <string>' requires string as left operand, not %.200s", type_of(sub)->tp_name);
    return -1;
  }
  ssize n = str_length(s), m = str_length(sub);
  for (ssize i = 0; i + m <= n; i++) {
    ssize j = 0;
    while (j < m && str_char_at(s, i + j) == str_char_at(sub, j)) j++;
    if (j == m) return 1;
  }
  return 0;
}

static Object* str_item(Object* s, ssize i) {
  if (i < 0 || i >= str_length(s)) return raise(&exc::IndexError, "string index out of range");
  return str_from_char(str_char_at(s, i));
}

struct StrIterObject : Object {
  ssize index;
  Object* str;  // null once exhausted
};
TypeObject StrIterType;

static Object* str_iter(Object* s) {
  auto* it = alloc_object<StrIterObject>(&StrIterType);
  if (!it) return nullptr;
  it->index = 0;
  it->str = newref(s);
  return it;
}

static Object* str_iter_next(Object* o) {
  auto* it = static_cast<StrIterObject*>(o);
  if (!it->str) return nullptr;
  if (it->index < str_length(it->str)) return str_from_char(str_char_at(it->str, it->index++));
  decref(it->str);
  it->str = nullptr;
  return nullptr;
}

static Object* str_iter_self(Object* o) { return newref(o); }

static void str_iter_dealloc(Object* o) {
  xdecref(static_cast<StrIterObject*>(o)->str);
  object_free(o);
}

static SequenceMethods str_as_sequence;

static void str_dealloc(Object* s) {
  auto* a = static_cast<AsciiStrObject*>(s);
  if (!a->state.ascii) mem_free(static_cast<CompactStrObject*>(s)->utf8);
  object_free(s);
}

void init_str_type() {
  TypeObject& t = StrType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "str";
  t.tp_basicsize = sizeof(CompactStrObject);
  t.tp_itemsize = 1;
  t.tp_dealloc = str_dealloc;
  t.tp_hash = str_hash;
  t.tp_repr = str_repr;
  str_as_sequence.sq_length = str_len;
  str_as_sequence.sq_item = str_item;
  str_as_sequence.sq_contains = str_contains;
  t.tp_iter = str_iter;
  StrIterType.ob_refcnt = kImmortalRefcnt;
  StrIterType.tp_name = "str_ascii_iterator";
  StrIterType.tp_basicsize = sizeof(StrIterObject);
  StrIterType.tp_dealloc = str_iter_dealloc;
  StrIterType.tp_iter = str_iter_self;
  StrIterType.tp_iternext = str_iter_next;
  StrIterType.tp_flags = kTpDefault;
  register_static_type(&StrIterType);
  str_as_sequence.sq_concat = str_concat;
  str_as_sequence.sq_repeat = str_repeat;
  t.tp_as_sequence = &str_as_sequence;
  t.tp_richcompare = str_richcompare;
  t.tp_flags = kTpDefault | kTpBaseType | kTpUnicodeSubclass | kTpImmutableType | kTpMatchSelf;
}

}  // namespace dx

// ---- interning ----------------------------------------------------------------

namespace dx {

namespace {
// The immortal strings made during start-up, shared by every interpreter;
// read-only once runtime_init has finished.
Object* static_interned = nullptr;
}  // namespace

Object* str_intern_static(std::string_view ascii) {
  if (!static_interned) {
    static_interned = dict_new();
    static_interned->ob_refcnt = kImmortalRefcnt;
  }
  Object* key = str_from_utf8(ascii);
  bool error = false;
  if (Object* found = dict_get_item_str(static_interned, key, &error)) {
    decref(key);
    return found;
  }
  key->ob_refcnt = kImmortalRefcnt;
  static_cast<AsciiStrObject*>(key)->state.interned = 2;
  dict_set_item(static_interned, key, key);
  return key;
}

Object* str_intern(Object* s) {
  if (str_is_interned(s) || !is_str_exact(s)) return newref(s);
  bool error = false;
  if (static_interned) {
    if (Object* found = dict_get_item_str(static_interned, s, &error)) return newref(found);
  }
  ThreadState* ts = current_thread();
  if (!ts || !ts->interp) {
    // Start-up (no interpreter yet): the string is shared by all of them.
    return newref(str_intern_static(str_utf8(s)));
  }
  Interpreter* interp = ts->interp;
  if (!interp->interned && !(interp->interned = dict_new())) return nullptr;
  if (Object* found = dict_get_item_str(interp->interned, s, &error)) return newref(found);
  if (error || dict_set_item(interp->interned, s, s) < 0) return nullptr;
  static_cast<AsciiStrObject*>(s)->state.interned = 1;
  return newref(s);
}

Object* str_intern_utf8(std::string_view utf8) {
  Object* s = str_from_utf8(utf8);
  if (!s) return nullptr;
  Object* r = str_intern(s);
  decref(s);
  return r;
}

}  // namespace dx
