// The int type (PyLongObject layout: 30-bit digits, sign in ob_size) and bool.
// Small ints -5..256 are immortal and shared, as in CPython.
#pragma once
#include <cstdint>
#include <optional>

#include "runtime/object.h"

namespace dx {

extern TypeObject IntType, BoolType;
extern IntObject TrueObject, FalseObject;

inline bool is_int(const Object* o) { return type_of(o)->tp_flags & kTpLongSubclass; }
inline bool is_int_exact(const Object* o) { return type_of(o) == &IntType; }
inline bool is_bool(const Object* o) { return type_of(o) == &BoolType; }
inline Object* bool_object(bool b) { return b ? static_cast<Object*>(&TrueObject) : &FalseObject; }

Object* int_from_int64(int64_t v);
// An int with room for `ndigits` digits (sign and size set by the caller).
IntObject* int_new_digits(ssize ndigits);
// The value if it fits in int64.
std::optional<int64_t> int_to_int64(Object* o);

// int(o) of an int or a subclass instance: o itself when exact, else an
// exact copy (int.__int__, int.conjugate, ...).
Object* int_exact_copy(Object* o);
// int.__format__(spec) (spec a str).
Object* int_format(Object* self, Object* spec);
// The digits of int `v` in base 2, 8, 10 or 16 (lower case, '-' first when
// negative) as a str; only base 10 is subject to the str() digits limit.
Object* int_text_in_base(Object* v, int base);

void init_int_types();
void init_int_methods();  // int_methods.cpp
void init_int_slots();  // int_number.cpp

}  // namespace dx
