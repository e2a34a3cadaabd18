// Conversions between bytes and the other builtin types that belong to
// those types' method tables: int.to_bytes, int.from_bytes, str.encode.
// Each is written in the METH_FASTCALL | METH_KEYWORDS convention so that
// the int and str tables can list them directly:
//   {"to_bytes", cfunc(int_to_bytes_method), kMethFastcall | kMethKeywords, nullptr}
//   {"from_bytes", cfunc(int_from_bytes_method), kMethFastcall | kMethKeywords | kMethClass, nullptr}
//   {"encode", cfunc(str_encode_method), kMethFastcall | kMethKeywords, nullptr}
#pragma once
#include "runtime/object.h"

namespace dx {

// (v).to_bytes(length=1, byteorder='big', *, signed=False)
Object* int_to_bytes_method(Object* self, Object* const* args, ssize nargs, Object* kwnames);
// int.from_bytes(bytes, byteorder='big', *, signed=False), cls the class.
Object* int_from_bytes_method(Object* cls, Object* const* args, ssize nargs, Object* kwnames);
// s.encode(encoding='utf-8', errors='strict')
Object* str_encode_method(Object* self, Object* const* args, ssize nargs, Object* kwnames);

// The C++ forms: v (an int) as `length` bytes in two's complement when
// is_signed ("int too big to convert", "can't convert negative int to
// unsigned": OverflowError); and the int of data[0..n).
Object* int_to_bytes(Object* v, ssize length, bool little_endian, bool is_signed);
Object* int_from_byte_data(const unsigned char* data, size_t n, bool little_endian, bool is_signed);

// Adds the methods above to int's and str's type dicts where those tables
// do not define them yet (called once the types are ready).
void install_bytes_conversions();

}  // namespace dx
