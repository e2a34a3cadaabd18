// Bound methods (PyMethodObject layout: a function with its self),
// classmethod and staticmethod (the decorators' wrapper objects).
#pragma once
#include "runtime/object.h"

namespace dx {

struct MethodObject : Object {
  Object* im_func;
  Object* im_self;
  Object* im_weakreflist;
  vectorcallfunc vectorcall;
};

// classmethod and staticmethod objects (CPython's classmethod layout).
struct StaticMethodObject : Object {
  Object* sm_callable;
  Object* sm_dict;
};

extern TypeObject MethodType, ClassMethodType, StaticMethodType;

inline bool is_method(const Object* o) { return type_of(o) == &MethodType; }

// A new bound method of func to self.
Object* method_new(Object* func, Object* self);
// A new staticmethod (steals `callable` when steal is true; callable may be
// null with steal, then the result is null).
Object* staticmethod_new(Object* callable, bool steal = false);
Object* classmethod_new(Object* callable);

void init_method_types();

}  // namespace dx
