// The iterators of the fallback protocols (CPython's iterobject layouts):
// `iterator` walks an object that has only __getitem__ (items 0, 1, ...
// until IndexError or StopIteration), `callable_iterator` is
// iter(callable, sentinel).
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject SeqIterType, CallIterType;

struct SeqIterObject : Object {
  ssize it_index;
  Object* it_seq;  // null once exhausted
};

struct CallIterObject : Object {
  Object* it_callable;  // both null once exhausted
  Object* it_sentinel;
};

Object* seq_iter_new(Object* seq);
Object* call_iter_new(Object* callable, Object* sentinel);

void init_iter_types();

}  // namespace dx
