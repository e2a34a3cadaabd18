// bytes and bytearray (PyBytesObject / PyByteArrayObject layouts, DESIGN D2).
// bytes keeps its ob_size bytes inline after the header, NUL-terminated;
// bytearray keeps them in a separate growable block (ob_bytes, with the data
// starting at ob_start so that deleting from the front is cheap).
//
// The helpers below are what other types use to make and read bytes
// (int.to_bytes, str.encode, I/O): all return a new reference, or nullptr
// with an exception set (D5).
#pragma once
#include <string_view>

#include "runtime/abstract.h"
#include "runtime/object.h"

namespace dx {

extern TypeObject BytesType, BytesIterType, ByteArrayType, ByteArrayIterType;

inline bool is_bytes(const Object* o) { return type_of(o)->tp_flags & kTpBytesSubclass; }
inline bool is_bytes_exact(const Object* o) { return type_of(o) == &BytesType; }
inline char* bytes_data(Object* o) { return static_cast<BytesObject*>(o)->ob_sval; }
inline ssize bytes_size(const Object* o) { return static_cast<const VarObject*>(o)->ob_size; }
inline std::string_view bytes_view(Object* o) { return {bytes_data(o), static_cast<size_t>(bytes_size(o))}; }

// A new bytes object holding a copy of data[0..n) (data may be null when n
// is 0). The empty bytes and the 256 one-byte bytes are shared, as in CPython.
Object* bytes_from_data(const void* data, ssize n);
inline Object* bytes_from_string(std::string_view s) { return bytes_from_data(s.data(), static_cast<ssize>(s.size())); }
// A new bytes object of n bytes for the caller to fill before anyone else
// sees it (never a shared one). bytes_data(o)[n] is NUL.
Object* bytes_new_uninitialized(ssize n);
// Shrinks a bytes object made by bytes_new_uninitialized (and not yet
// shared) to n bytes; *pv may move. 0, or -1 with *pv released and null.
int bytes_resize(Object** pv, ssize n);
// a + b of two bytes-like objects as bytes.
Object* bytes_concat(Object* a, Object* b);
// bytes(o) (PyBytes_FromObject): a buffer's bytes, or an iterable of ints
// in range(256). An exact bytes object is returned as it is.
Object* bytes_from_object(Object* o);
// The hash of bytes: XXH3 of the contents, the same function str uses over
// its code units, so hash(b'abc') == hash('abc') (as in CPython, where both
// use SipHash over the same bytes for 1-byte strings).
hash_t bytes_hash_data(const void* data, size_t n);

inline bool is_bytearray(Object* o) { return type_of(o) == &ByteArrayType || is_subtype(type_of(o), &ByteArrayType); }
inline bool is_bytearray_exact(const Object* o) { return type_of(o) == &ByteArrayType; }
// The bytes of a bytearray (an empty one may have no block: then a shared
// empty, never written, NUL-terminated string, as in CPython).
inline char* bytearray_data(Object* o) {
  static char empty[1] = {0};
  char* p = static_cast<ByteArrayObject*>(o)->ob_start;
  return p ? p : empty;
}
inline ssize bytearray_size(const Object* o) { return static_cast<const VarObject*>(o)->ob_size; }
// A new bytearray holding a copy of data[0..n).
Object* bytearray_from_data(const void* data, ssize n);
// Resizes the bytearray to n bytes (new bytes uninitialized). -1 with
// BufferError when the array is exported (a memoryview holds it).
int bytearray_resize(Object* o, ssize n);

void init_bytes_types();
void init_bytearray_type();  // bytearray.cpp

}  // namespace dx

