// anext(aiterator, default): an awaitable over aiterator.__anext__() that
// turns its StopAsyncIteration into StopIteration(default), i.e. the await
// gives the default. It resolves the inner awaitable's iterator on each
// step, as CPython's anext_awaitable does.
#include "objects/anext_awaitable.h"

#include "gc/gc.h"
#include "objects/builtin_function.h"
#include "objects/generator.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "vm/context_ops.h"

namespace dx {

TypeObject ANextAwaitableType;

namespace {

struct ANextAwaitableObject : Object {
  Object* wrapped;        // owned: what __anext__() returned
  Object* default_value;  // owned
};

ANextAwaitableObject* as_anext(Object* o) { return static_cast<ANextAwaitableObject*>(o); }

void anext_dealloc(Object* o) {
  gc_untrack(o);
  decref(as_anext(o)->wrapped);
  decref(as_anext(o)->default_value);
  object_free(o);
}

int anext_traverse(Object* o, visitproc visit, void* arg) {
  if (int r = visit(as_anext(o)->wrapped, arg)) return r;
  return visit(as_anext(o)->default_value, arg);
}

// The iterator to drive: the awaitable's iterator, and for a coroutine
// (which has no __next__) the wrapper its __await__ gives.
Object* inner_iterator(Object* o) {
  Object* it = get_awaitable(as_anext(o)->wrapped, 0);
  if (!it) return nullptr;
  if (!type_of(it)->tp_iternext) {
    TypeObject* t = type_of(it);
    unaryfunc getter = t->tp_as_async ? t->tp_as_async->am_await : nullptr;
    if (!getter) {
      raise(&exc::TypeError, "__await__ is not implemented for %s", t->tp_name);
      decref(it);
      return nullptr;
    }
    Object* wrapper = getter(it);
    decref(it);
    it = wrapper;
  }
  return it;
}

// StopAsyncIteration from the inner awaitable: the await gives the default.
Object* finish(Object* o, Object* r) {
  if (!r && error_matches(&exc::StopAsyncIteration)) {
    clear_error();
    raise_stop_iteration(as_anext(o)->default_value);
  }
  return r;
}

Object* anext_iternext(Object* o) {
  Object* it = inner_iterator(o);
  if (!it) return nullptr;
  Object* r = type_of(it)->tp_iternext(it);
  decref(it);
  return finish(o, r);
}

// Calls method `name` of the inner iterator.
Object* proxy(Object* o, const char* name, Object* const* args, size_t nargs) {
  Object* it = inner_iterator(o);
  if (!it) return nullptr;
  Object* key = str_intern_utf8(name);
  Object* meth = key ? object_getattr(it, key) : nullptr;
  xdecref(key);
  decref(it);
  if (!meth) return nullptr;
  Object* r = object_vectorcall(meth, args, nargs, nullptr);
  decref(meth);
  return finish(o, r);
}

Object* anext_send(Object* self, Object* value) { return proxy(self, "send", &value, 1); }
Object* anext_throw(Object* self, Object* const* args, ssize nargs) {
  return proxy(self, "throw", args, static_cast<size_t>(nargs));
}
Object* anext_close(Object* self, Object*) { return proxy(self, "close", nullptr, 0); }

MethodDef anext_methods[] = {
    {"send", reinterpret_cast<CFunction>(anext_send), kMethO, nullptr},
    {"throw", reinterpret_cast<CFunction>(reinterpret_cast<void*>(anext_throw)), kMethFastcall, nullptr},
    {"close", reinterpret_cast<CFunction>(anext_close), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* self_iter(Object* o) { return newref(o); }

AsyncMethods anext_as_async;

}  // namespace

Object* anext_awaitable_new(Object* awaitable, Object* default_value) {
  auto* a = alloc_object<ANextAwaitableObject>(&ANextAwaitableType);
  if (!a) return nullptr;
  a->wrapped = newref(awaitable);
  a->default_value = newref(default_value);
  return a;
}

void init_anext_awaitable_type() {
  TypeObject& t = ANextAwaitableType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "anext_awaitable";
  t.tp_basicsize = sizeof(ANextAwaitableObject);
  t.tp_dealloc = anext_dealloc;
  t.tp_traverse = anext_traverse;
  t.tp_iter = self_iter;
  t.tp_iternext = anext_iternext;
  t.tp_methods = anext_methods;
  anext_as_async.am_await = self_iter;
  t.tp_as_async = &anext_as_async;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
}

}  // namespace dx
