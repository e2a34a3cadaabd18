#include "objects/iter.h"

#include "gc/gc.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject SeqIterType, CallIterType;

namespace {

Object* iter_self(Object* o) { return newref(o); }

Object* seqiter_next(Object* o) {
  auto* it = static_cast<SeqIterObject*>(o);
  Object* seq = it->it_seq;
  if (!seq) return nullptr;
  if (it->it_index == INT64_MAX) return raise(&exc::OverflowError, "iter index too large");
  Object* item = type_of(seq)->tp_as_sequence->sq_item(seq, it->it_index);
  if (item) {
    it->it_index++;
    return item;
  }
  if (error_matches(&exc::IndexError) || error_matches(&exc::StopIteration)) {
    clear_error();
    it->it_seq = nullptr;
    decref(seq);
  }
  return nullptr;
}

void seqiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<SeqIterObject*>(o)->it_seq);
  object_free(o);
}

int seqiter_traverse(Object* o, visitproc visit, void* arg) {
  Object* seq = static_cast<SeqIterObject*>(o)->it_seq;
  return seq ? visit(seq, arg) : 0;
}

Object* calliter_next(Object* o) {
  auto* it = static_cast<CallIterObject*>(o);
  if (!it->it_callable) return nullptr;
  Object* result = object_vectorcall(it->it_callable, nullptr, 0, nullptr);
  if (result) {
    int done = object_richcompare_bool(it->it_sentinel, result, kEq);
    if (done == 0) return result;
    decref(result);
    if (done < 0) return nullptr;
  } else if (!error_matches(&exc::StopIteration)) {
    return nullptr;
  } else {
    clear_error();
  }
  // The sentinel came (or StopIteration): exhausted for good.
  Object* callable = it->it_callable;
  Object* sentinel = it->it_sentinel;
  it->it_callable = it->it_sentinel = nullptr;
  decref(callable);
  decref(sentinel);
  return nullptr;
}

void calliter_dealloc(Object* o) {
  gc_untrack(o);
  auto* it = static_cast<CallIterObject*>(o);
  xdecref(it->it_callable);
  xdecref(it->it_sentinel);
  object_free(o);
}

int calliter_traverse(Object* o, visitproc visit, void* arg) {
  auto* it = static_cast<CallIterObject*>(o);
  if (it->it_callable)
    if (int r = visit(it->it_callable, arg)) return r;
  return it->it_sentinel ? visit(it->it_sentinel, arg) : 0;
}

void init_type(TypeObject& t, const char* name, ssize size, destructor dealloc, traverseproc traverse,
               iternextfunc next) {
  t.tp_name = name;
  t.tp_basicsize = size;
  t.tp_dealloc = dealloc;
  t.tp_traverse = traverse;
  t.tp_iter = iter_self;
  t.tp_iternext = next;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
  register_static_type(&t);
}

}  // namespace

Object* seq_iter_new(Object* seq) {
  auto* it = alloc_object<SeqIterObject>(&SeqIterType);
  if (!it) return nullptr;
  it->it_index = 0;
  it->it_seq = newref(seq);
  return it;
}

Object* call_iter_new(Object* callable, Object* sentinel) {
  auto* it = alloc_object<CallIterObject>(&CallIterType);
  if (!it) return nullptr;
  it->it_callable = newref(callable);
  it->it_sentinel = newref(sentinel);
  return it;
}

void init_iter_types() {
  init_type(SeqIterType, "iterator", sizeof(SeqIterObject), seqiter_dealloc, seqiter_traverse, seqiter_next);
  init_type(CallIterType, "callable_iterator", sizeof(CallIterObject), calliter_dealloc, calliter_traverse,
            calliter_next);
}

}  // namespace dx
