// filter(function or None, iterable): the items for which function (or the
// item itself) is true.
#include "gc/gc.h"
#include "objects/builtin_iterators.h"

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject FilterType;

namespace {

Object* filter_new(TypeObject*, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) return raise(&exc::TypeError, "filter() takes no keyword arguments");
  ssize n = tuple_size(args);
  if (n != 2) return raise(&exc::TypeError, "filter expected 2 arguments, got %zd", n);
  Object* it = object_get_iter(tuple_item(args, 1));
  if (!it) return nullptr;
  auto* fl = alloc_object<FilterObject>(&FilterType);
  if (!fl) {
    decref(it);
    return nullptr;
  }
  fl->func = newref(tuple_item(args, 0));
  fl->it = it;
  return fl;
}

Object* filter_next(Object* o) {
  auto* fl = static_cast<FilterObject*>(o);
  bool truth_only = is_none(fl->func) || fl->func == &BoolType;
  iternextfunc next = type_of(fl->it)->tp_iternext;
  for (;;) {
    Object* item = next(fl->it);
    if (!item) return nullptr;
    int ok;
    if (truth_only) {
      ok = object_is_true(item);
    } else {
      Object* good = object_vectorcall(fl->func, &item, 1, nullptr);
      if (!good) {
        decref(item);
        return nullptr;
      }
      ok = object_is_true(good);
      decref(good);
    }
    if (ok > 0) return item;
    decref(item);
    if (ok < 0) return nullptr;
  }
}

void filter_dealloc(Object* o) {
  gc_untrack(o);
  auto* fl = static_cast<FilterObject*>(o);
  xdecref(fl->func);
  xdecref(fl->it);
  object_free(o);
}

int filter_traverse(Object* o, visitproc visit, void* arg) {
  auto* fl = static_cast<FilterObject*>(o);
  if (int r = visit(fl->func, arg)) return r;
  return visit(fl->it, arg);
}

}  // namespace

void init_filter_type() {
  TypeObject& t = FilterType;
  t.tp_name = "filter";
  t.tp_basicsize = sizeof(FilterObject);
  t.tp_dealloc = filter_dealloc;
  t.tp_traverse = filter_traverse;
  t.tp_iter = [](Object* o) { return newref(o); };
  t.tp_iternext = filter_next;
  t.tp_new = filter_new;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType;
  register_static_type(&t);
}

}  // namespace dx
