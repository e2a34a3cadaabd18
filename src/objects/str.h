// The str type: PEP 393 compact strings (DESIGN D2). An ASCII string keeps
// its characters after an AsciiStrObject header; any other string after a
// CompactStrObject header, one, two or four bytes per code point (the
// smallest that fits its largest code point). Both are NUL-terminated.
// Instances of str subclasses are non-compact (StrObject): their fields
// (dict, slots) follow the header and `data` points at the characters,
// which follow the fields in the same allocation (see docs/ARCHITECTURE.md).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace dx {

extern TypeObject StrType;

inline bool is_str(const Object* o) { return type_of(o)->tp_flags & kTpUnicodeSubclass; }
inline bool is_str_exact(const Object* o) { return type_of(o) == &StrType; }

// New strings (nullptr with MemoryError set on failure).
Object* str_from_utf8(std::string_view utf8);  // valid UTF-8; lone surrogates as 3 bytes
Object* str_from_ascii(std::string_view ascii);
// A string of `length` code points, all below max_char + 1, to be filled in.
// The caller must store a code point above the next smaller kind's range
// (unless max_char is 0x7f or less), so that the string is canonical.
Object* str_new(ssize length, uint32_t max_char);
// The empty string and the one-character strings of code points below 256
// are shared immortal objects (new references, as for any result).
Object* str_empty();
Object* str_from_char(uint32_t c);
// The canonical string of n code points stored `kind` bytes each (the kind
// of the result is the smallest that fits them).
Object* str_from_data(int kind, const void* data, ssize n);
// s[start:end] as an exact str (0 <= start <= end <= len(s)).
Object* str_substring(Object* s, ssize start, ssize end);
// a + b for two strs (an exact str).
Object* str_concat(Object* a, Object* b);
// s + t where the caller owns the only reference to s, an exact str: s
// grows in place when its kind and form allow (the reference is consumed;
// the result may be s moved, or a new string). For `s += t` in loops.
Object* str_append_inplace(Object* s, Object* t);
// sep.join(items) for n strs (sep may be null for "").
Object* str_join_array(Object* sep, Object* const* items, ssize n);
// The order of a and b by code points: negative, zero or positive.
int str_compare(Object* a, Object* b);
// str(object, encoding, errors) when encoding or errors is given (either
// may be null): the decoding of a bytes-like object (str_codecs.cpp).
Object* str_decode_object(Object* object, Object* encoding, Object* errors);
// The canonical str of the code points of text.
Object* str_from_u32(std::u32string_view text);

inline ssize str_length(const Object* s) { return static_cast<const AsciiStrObject*>(s)->length; }
inline int str_kind(const Object* s) { return static_cast<const AsciiStrObject*>(s)->state.kind; }
inline bool str_is_ascii(const Object* s) { return static_cast<const AsciiStrObject*>(s)->state.ascii; }
inline bool str_is_compact(const Object* s) { return static_cast<const AsciiStrObject*>(s)->state.compact; }
inline void* str_data(Object* s) {
  auto* a = static_cast<AsciiStrObject*>(s);
  if (__builtin_expect(!a->state.compact, 0)) return static_cast<StrObject*>(s)->data;
  return a->state.ascii ? static_cast<void*>(a + 1) : static_cast<void*>(static_cast<CompactStrObject*>(s) + 1);
}
// An upper bound of the string's code points that decides its kind:
// 0x7f (ASCII), 0xff, 0xffff or 0x10ffff. Canonical strings use the smallest
// kind, so the bound of a concatenation is the largest of the parts'.
inline uint32_t str_max_char_bound(const Object* s) {
  auto* a = static_cast<const AsciiStrObject*>(s);
  if (a->state.ascii) return 0x7f;
  return a->state.kind == 1 ? 0xff : a->state.kind == 2 ? 0xffff : 0x10ffff;
}
inline uint32_t str_char_at(Object* s, ssize i) {
  const void* d = str_data(s);
  switch (str_kind(s)) {
    case 1: return static_cast<const uint8_t*>(d)[i];
    case 2: return static_cast<const uint16_t*>(d)[i];
    default: return static_cast<const uint32_t*>(d)[i];
  }
}

// The UTF-8 form (made once and cached for non-ASCII strings). A string with
// lone surrogates has none: raises UnicodeEncodeError and returns a null view.
std::string_view str_utf8(Object* s);

// Appends the code points of s as UTF-8 in which lone surrogates are
// 3-byte sequences (what str_from_utf8 and support/unicode read back): for
// text helpers that must carry any str through UTF-8.
void str_append_utf8_lossless(Object* s, std::string& out);

hash_t str_hash(Object* s);
bool str_equal(Object* a, Object* b);  // both str
bool str_equal_ascii(Object* s, std::string_view ascii);

// Interning: one canonical str object per text, so that names (attribute
// names, dict keys of namespaces and type dicts) compare by pointer.
// str_intern_static makes an immortal string shared by every interpreter
// (only during runtime start-up, for the names of the static types' dicts);
// str_intern takes a reference to `s` and returns one to the canonical
// string of its text (which may be `s`).
Object* str_intern_static(std::string_view ascii);
Object* str_intern(Object* s);
// A new reference to the interned string of `utf8`.
Object* str_intern_utf8(std::string_view utf8);
inline bool str_is_interned(const Object* s) { return static_cast<const AsciiStrObject*>(s)->state.interned != 0; }

void init_str_type();

}  // namespace dx
