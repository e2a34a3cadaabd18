// map(function, *iterables): function applied to the iterables' items in step.
#include "gc/gc.h"
#include "objects/builtin_iterators.h"

#include "objects/dict.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject MapType;

namespace {

Object* map_new(TypeObject*, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) return raise(&exc::TypeError, "map() takes no keyword arguments");
  ssize n = tuple_size(args);
  if (n < 2) return raise(&exc::TypeError, "map() must have at least two arguments.");
  Object* iters = tuple_new(n - 1);
  if (!iters) return nullptr;
  for (ssize i = 1; i < n; i++) {
    Object* it = object_get_iter(tuple_item(args, i));
    if (!it) {
      decref(iters);
      return nullptr;
    }
    tuple_item(iters, i - 1) = it;
  }
  auto* m = alloc_object<MapObject>(&MapType);
  if (!m) {
    decref(iters);
    return nullptr;
  }
  m->iters = iters;
  m->func = newref(tuple_item(args, 0));
  return m;
}

Object* map_next(Object* o) {
  auto* m = static_cast<MapObject*>(o);
  ssize n = tuple_size(m->iters);
  Object* small[5];
  Object** items = n <= 5 ? small : static_cast<Object**>(mem_alloc(sizeof(Object*) * static_cast<size_t>(n)));
  if (!items) return raise_no_memory();
  Object* result = nullptr;
  ssize got = 0;
  for (; got < n; got++) {
    Object* it = tuple_item(m->iters, got);
    items[got] = type_of(it)->tp_iternext(it);
    if (!items[got]) break;
  }
  if (got == n) result = object_vectorcall(m->func, items, static_cast<size_t>(n), nullptr);
  for (ssize i = 0; i < got; i++) decref(items[i]);
  if (items != small) mem_free(items);
  return result;
}

void map_dealloc(Object* o) {
  gc_untrack(o);
  auto* m = static_cast<MapObject*>(o);
  xdecref(m->iters);
  xdecref(m->func);
  object_free(o);
}

int map_traverse(Object* o, visitproc visit, void* arg) {
  auto* m = static_cast<MapObject*>(o);
  if (int r = visit(m->iters, arg)) return r;
  return visit(m->func, arg);
}

}  // namespace

void init_map_type() {
  TypeObject& t = MapType;
  t.tp_name = "map";
  t.tp_basicsize = sizeof(MapObject);
  t.tp_dealloc = map_dealloc;
  t.tp_traverse = map_traverse;
  t.tp_iter = [](Object* o) { return newref(o); };
  t.tp_iternext = map_next;
  t.tp_new = map_new;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType;
  register_static_type(&t);
}

}  // namespace dx
