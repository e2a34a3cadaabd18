// The generic object protocol: what the interpreter and the builtin types
// use to operate on any object, dispatching through the type's slots with
// CPython's rules (reflected operators, NotImplemented, subclass priority).
// Every function follows D5: nullptr / -1 means an exception is set.
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/object.h"

namespace dx {

// hash(o): -1 on error ("unhashable type: 'list'").
hash_t object_hash(Object* o);
// object.__hash__: based on the object's address.
hash_t object_identity_hash(Object* o);
// o1 <op> o2 as an object (may be NotImplemented only internally).
Object* object_richcompare(Object* a, Object* b, int op);
// 1, 0, or -1 on error; `a is b` counts as equal for kEq/kNe, as CPython's
// PyObject_RichCompareBool does (containers rely on it).
int object_richcompare_bool(Object* a, Object* b, int op);
// a == b as used by dict and set lookups: identity first, then __eq__.
inline int object_eq(Object* a, Object* b) { return a == b ? 1 : object_richcompare_bool(a, b, kEq); }

Object* object_repr(Object* o);  // a str
Object* object_ascii(Object* o);  // ascii(o): repr with non-ASCII escaped
// format(value, spec) for the builtin types (spec is a str).
Object* object_format(Object* value, Object* spec);
Object* object_str(Object* o);   // a str
int object_is_true(Object* o);   // bool(o): 1, 0 or -1

Object* object_getattr(Object* o, Object* name);  // name is a str
// dir(o): the sorted list of o.__dir__(). Runs Python code.
Object* object_dir(Object* o);
int object_setattr(Object* o, Object* name, Object* value);  // value null: delete

// Calls `callable` with nargs positional arguments followed by the keyword
// arguments whose names are in the tuple kwnames (may be null): the
// vectorcall convention.
Object* object_vectorcall(Object* callable, Object* const* args, size_t nargs, Object* kwnames);
// A vectorcall made through a tp_call: the arguments packed into a tuple and
// a dict of the keyword arguments, under the recursion guard.
Object* call_through_tp_call(Object* callable, ternaryfunc call, Object* const* args, size_t nargs,
                             Object* kwnames);

Object* object_get_iter(Object* o);
// The next item of iterator `it`; nullptr without an error when exhausted.
Object* iter_next(Object* it);

// `value in container` (PySequence_Contains): sq_contains, else a search by
// iteration. 1, 0 or -1.
int object_contains(Object* container, Object* value);

Object* object_getitem(Object* o, Object* key);
int object_setitem(Object* o, Object* key, Object* value);
int object_delitem(Object* o, Object* key);
ssize object_length(Object* o);  // -1 on error

// The binary operators, in-place forms after the plain ones (the
// interpreter's BinaryOp operand).
enum class BinaryOpKind : uint8_t {
  Add, Sub, Mul, MatMul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor,
  InplaceAdd, InplaceSub, InplaceMul, InplaceMatMul, InplaceTrueDiv, InplaceFloorDiv, InplaceMod, InplacePow,
  InplaceLShift, InplaceRShift, InplaceAnd, InplaceOr, InplaceXor,
};
constexpr int kBinaryOpCount = static_cast<int>(BinaryOpKind::InplaceXor) + 1;
const char* binary_op_symbol(BinaryOpKind op);  // "+", "+=", ...

// a <op> b with CPython's rules: the right operand's reflected slot first
// when its type is a proper subclass of the left's, NotImplemented falling
// through, sequence concatenation and repetition for + and *.
Object* binary_op(Object* a, Object* b, BinaryOpKind op);

// divmod(a, b), pow(a, b, c) (c None for two arguments) and abs(a), with
// CPython's dispatch and messages.
Object* number_divmod(Object* a, Object* b);
Object* number_power(Object* a, Object* b, Object* c);
Object* number_absolute(Object* a);

enum class UnaryOpKind : uint8_t { Negative, Positive, Invert, Not };
Object* unary_op(Object* a, UnaryOpKind op);

bool is_subtype(TypeObject* a, TypeObject* b);  // a is b or a subclass (by MRO)
inline bool is_instance_of_type(Object* o, TypeObject* t) { return type_of(o) == t || is_subtype(type_of(o), t); }
// isinstance(o, cls) and issubclass(derived, cls) with the metaclass's
// __instancecheck__/__subclasscheck__, tuples and unions (in
// modules/builtins.cpp). 1, 0, or -1 with an error set.
int object_is_instance(Object* o, Object* cls);
int object_is_subclass(Object* derived, Object* cls);

}  // namespace dx
