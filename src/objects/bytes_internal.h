// What bytes.cpp, bytearray.cpp, bytes_methods.cpp, bytes_format.cpp and
// memoryview.cpp share: argument checks with CPython's messages, byte values
// from ints, and the methods common to bytes and bytearray.
#pragma once
#include <string>
#include <string_view>

#include "objects/bytes.h"
#include "runtime/object.h"
#include "vm/arguments.h"

namespace dx::bytesimpl {

template <typename F>
constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

// "NAME() takes no keyword arguments" when kwnames is not empty.
bool no_keywords(Object* kwnames, const char* name);
// The one of PyArg_ParseTuple: "find() takes at least 1 argument (0 given)".
bool check_tuple_count(const char* name, ssize nargs, ssize min, ssize max);
// Argument clinic's Py_ssize_t converter: an index object, OverflowError
// "Python int too large to convert to C ssize_t" when it does not fit.
bool arg_ssize(Object* o, ssize* out);
// Argument clinic's C int converter ("Python int too large to convert to C int").
bool arg_int(Object* o, int* out);

// A byte value from an index object: TypeError for other objects,
// ValueError `range_message` outside range(256).
bool byte_value(Object* o, const char* range_message, int* out);
// Appends the values of an iterable of ints in range(256) (bytes(iterable),
// bytearray.extend): TypeError "'str' object cannot be interpreted as an
// integer", ValueError `range_message`.
bool append_iterable(Object* iterable, std::string& out, const char* range_message);

// An object of n bytes of `type` (BytesType or a subclass), uninitialized
// and NUL-terminated; subclasses get their zeroed dict slot.
Object* bytes_alloc(TypeObject* type, ssize n);

// bytes % args and bytearray % args (bytes_format.cpp): the formatted bytes.
Object* bytes_percent_format(std::string_view format, Object* args);

// The methods bytes and bytearray share (bytes_methods.cpp): each writes its
// table entries (the bytes' or the bytearray's form) at `table` and returns
// how many.
int fill_bytes_methods(MethodDef* table);
int fill_bytearray_common_methods(MethodDef* table);

// The predicates and case maps on ASCII bytes, shared with the str-free
// parts of other modules.
inline bool is_ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// The hex text of `data` (bytes.hex, bytearray.hex, memoryview.hex): sep
// (a str or bytes of one ASCII character, or null) every bytes_per_sep
// bytes (an int or null), counted from the right when positive.
Object* hex_with_separator(std::string_view data, Object* sep, Object* bytes_per_sep);

// Comparison of two byte strings for rich comparison op.
Object* compare_bytes(std::string_view a, std::string_view b, int op);

// The iterator over bytes and bytearray (CPython's bytes_iterator and
// bytearray_iterator layout).
struct BytesIterObject : Object {
  ssize it_index;
  Object* it_seq;  // null once exhausted
};

}  // namespace dx::bytesimpl
