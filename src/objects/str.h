// The str type: PEP 393 compact strings (DESIGN D2). An ASCII string keeps
// its characters after an AsciiStrObject header; any other string after a
// CompactStrObject header, one, two or four bytes per code point (the
// smallest that fits its largest code point). Both are NUL-terminated.
#pragma once
#include <cstdint>
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
Object* str_new(ssize length, uint32_t max_char);

inline ssize str_length(const Object* s) { return static_cast<const AsciiStrObject*>(s)->length; }
inline int str_kind(const Object* s) { return static_cast<const AsciiStrObject*>(s)->state.kind; }
inline bool str_is_ascii(const Object* s) { return static_cast<const AsciiStrObject*>(s)->state.ascii; }
inline void* str_data(Object* s) {
  auto* a = static_cast<AsciiStrObject*>(s);
  return a->state.ascii ? static_cast<void*>(a + 1) : static_cast<void*>(static_cast<CompactStrObject*>(s) + 1);
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
