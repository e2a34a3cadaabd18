// The float type (PyFloatObject layout).
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject FloatType;

inline bool is_float(const Object* o) { return type_of(o) == &FloatType; }  // float subclasses come with classes
inline bool is_float_exact(const Object* o) { return type_of(o) == &FloatType; }
inline double float_value(const Object* o) { return static_cast<const FloatObject*>(o)->ob_fval; }

Object* float_from_double(double v);
// The numeric hash of a double (equal for equal ints, floats and complex
// parts); a NaN hashes by the identity of `inst`, the object holding it.
hash_t hash_double(Object* inst, double v);
// int / int, correctly rounded (the int type's nb_true_divide).
Object* int_true_divide(Object* a, Object* b);

void init_float_type();

}  // namespace dx
