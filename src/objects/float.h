// The float type (PyFloatObject layout).
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject FloatType;

bool is_float_subclass(const Object* o);  // out of line: a walk of the MRO
inline bool is_float(const Object* o) { return type_of(o) == &FloatType || is_float_subclass(o); }
inline bool is_float_exact(const Object* o) { return type_of(o) == &FloatType; }
inline double float_value(const Object* o) { return static_cast<const FloatObject*>(o)->ob_fval; }

Object* float_from_double(double v);
// The numeric hash of a double (equal for equal ints, floats and complex
// parts); a NaN hashes by the identity of `inst`, the object holding it.
hash_t hash_double(Object* inst, double v);
// int / int, correctly rounded (the int type's nb_true_divide).
Object* int_true_divide(Object* a, Object* b);

// float.__format__(spec) (spec a str).
Object* float_format(Object* self, Object* spec);

void init_float_type();
void init_float_methods();  // float_methods.cpp

}  // namespace dx
