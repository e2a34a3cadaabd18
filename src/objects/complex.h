// The complex type (PyComplexObject layout: two doubles).
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject ComplexType;

bool is_complex(Object* o);  // complex or a subclass
inline bool is_complex_exact(const Object* o) { return type_of(o) == &ComplexType; }
inline ComplexValue complex_value(const Object* o) { return static_cast<const ComplexObject*>(o)->cval; }

Object* complex_from_doubles(double real, double imag);
// a ** b for complex-convertible operands (the nb_power slot; also what a
// negative float to a fractional power becomes). `mod` must be None.
Object* complex_power(Object* a, Object* b, Object* mod);

void init_complex_type();

}  // namespace dx
