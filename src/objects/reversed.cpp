// reversed(seq): seq.__reversed__(), or a `reversed` iterator over a
// sequence's indexes, last first.
#include "gc/gc.h"
#include "objects/builtin_iterators.h"

#include "objects/dict.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject ReversedType;

namespace {

// type(seq).__reversed__, bound (new reference); null without an error when
// there is none. The builtin types answer directly; other objects through
// attribute lookup.
Object* reversed_method(Object* seq, bool* found) {
  *found = false;
  Object* name = str_from_ascii("__reversed__");
  if (!name) return nullptr;
  Object* m = object_getattr(seq, name);
  decref(name);
  if (!m && error_matches(&exc::AttributeError)) {
    clear_error();
    return nullptr;
  }
  *found = m != nullptr;
  return m;
}

Object* reversed_new(TypeObject*, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) return raise(&exc::TypeError, "reversed() takes no keyword arguments");
  ssize n = tuple_size(args);
  if (n != 1) return raise(&exc::TypeError, "reversed expected 1 argument, got %zd", n);
  Object* seq = tuple_item(args, 0);
  TypeObject* t = type_of(seq);
  if (t == &ListType) return list_reversed(seq);
  if (t == &RangeType) return range_reversed(seq);
  bool found;
  Object* meth = reversed_method(seq, &found);
  if (found) {
    if (is_none(meth)) {
      decref(meth);
      return raise(&exc::TypeError, "'%.200s' object is not reversible", t->tp_name);
    }
    Object* r = object_vectorcall(meth, nullptr, 0, nullptr);
    decref(meth);
    return r;
  }
  if (error_occurred()) return nullptr;
  // The sequence protocol: __len__ and __getitem__ (not a dict).
  if (!t->tp_as_sequence || !t->tp_as_sequence->sq_item || (t->tp_flags & kTpDictSubclass))
    return raise(&exc::TypeError, "'%.200s' object is not reversible", t->tp_name);
  ssize len = object_length(seq);
  if (len < 0) return nullptr;
  auto* ro = alloc_object<ReversedObject>(&ReversedType);
  if (!ro) return nullptr;
  ro->index = len - 1;
  ro->seq = newref(seq);
  return ro;
}

Object* reversed_next(Object* o) {
  auto* ro = static_cast<ReversedObject*>(o);
  if (ro->index >= 0 && ro->seq) {
    Object* item = type_of(ro->seq)->tp_as_sequence->sq_item(ro->seq, ro->index);
    if (item) {
      ro->index--;
      return item;
    }
    if (!error_matches(&exc::IndexError) && !error_matches(&exc::StopIteration)) return nullptr;
    clear_error();
  }
  ro->index = -1;
  Object* seq = ro->seq;
  ro->seq = nullptr;
  xdecref(seq);
  return nullptr;
}

void reversed_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<ReversedObject*>(o)->seq);
  object_free(o);
}

int reversed_traverse(Object* o, visitproc visit, void* arg) {
  Object* seq = static_cast<ReversedObject*>(o)->seq;
  return seq ? visit(seq, arg) : 0;
}

}  // namespace

void init_reversed_type() {
  TypeObject& t = ReversedType;
  t.tp_name = "reversed";
  t.tp_basicsize = sizeof(ReversedObject);
  t.tp_dealloc = reversed_dealloc;
  t.tp_traverse = reversed_traverse;
  t.tp_iter = [](Object* o) { return newref(o); };
  t.tp_iternext = reversed_next;
  t.tp_new = reversed_new;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType;
  register_static_type(&t);
}

}  // namespace dx
