// Coroutines (async def without yield): generators by layout and by the
// machinery that runs them (objects/generator.h), with their own type,
// methods and messages. A coroutine is not iterable; `await` delegates to
// it (vm/context_ops.cpp: get_awaitable), and its __await__() gives a
// coroutine_wrapper, an iterator over it for code that drives it by hand.
#include "gc/gc.h"
#include "objects/builtin_function.h"
#include "objects/generator.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject CoroutineType;
TypeObject CoroWrapperType;

namespace {

struct CoroWrapperObject : Object {
  Object* coroutine;  // owned
};

GeneratorObject* as_gen(Object* o) { return static_cast<GeneratorObject*>(o); }

// ---- coroutine ----

Object* coro_repr(Object* o) { return generator_repr_as(o, "coroutine"); }

Object* coro_await(Object* o) {
  auto* w = alloc_object<CoroWrapperObject>(&CoroWrapperType);
  if (!w) return nullptr;
  w->coroutine = newref(o);
  return w;
}

int coro_am_send(Object* o, Object* value, Object** result) {
  return static_cast<int>(generator_send_ex(as_gen(o), value, false, result));
}

Object* coro_send_method(Object* self, Object* value) { return generator_send(self, value); }
Object* coro_close_method(Object* self, Object*) { return generator_close(self); }

MethodDef coro_methods[] = {
    {"send", reinterpret_cast<CFunction>(coro_send_method), kMethO, nullptr},
    {"throw", reinterpret_cast<CFunction>(reinterpret_cast<void*>(generator_throw_method)),
     kMethFastcall | kMethKeywords, nullptr},
    {"close", reinterpret_cast<CFunction>(coro_close_method), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* get_origin(Object*, void*) { return return_none(); }

GetSetDef coro_getset[] = {
    {"__name__", generator_get_name, generator_set_name, nullptr, nullptr},
    {"__qualname__", generator_get_qualname, generator_set_qualname, nullptr, nullptr},
    {"cr_await", generator_get_yieldfrom, nullptr, nullptr, nullptr},
    {"cr_running", generator_get_running, nullptr, nullptr, nullptr},
    {"cr_suspended", generator_get_suspended, nullptr, nullptr, nullptr},
    {"cr_code", generator_get_code, nullptr, nullptr, nullptr},
    {"cr_frame", generator_get_frame, nullptr, nullptr, nullptr},
    {"cr_origin", get_origin, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

AsyncMethods coro_as_async;

// ---- coroutine_wrapper ----

CoroWrapperObject* as_wrapper(Object* o) { return static_cast<CoroWrapperObject*>(o); }

void wrapper_dealloc(Object* o) {
  gc_untrack(o);
  decref(as_wrapper(o)->coroutine);
  object_free(o);
}

int wrapper_traverse(Object* o, visitproc visit, void* arg) { return visit(as_wrapper(o)->coroutine, arg); }

Object* wrapper_iternext(Object* o) {
  auto* gen = as_gen(as_wrapper(o)->coroutine);
  Object* r;
  SendResult s = generator_send_ex(gen, nullptr, false, &r);
  return generator_send_result(gen, s, r);
}

Object* wrapper_send(Object* self, Object* value) { return generator_send(as_wrapper(self)->coroutine, value); }

Object* wrapper_throw(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  return generator_throw_method(as_wrapper(self)->coroutine, args, nargs, kwnames);
}

Object* wrapper_close(Object* self, Object*) { return generator_close(as_wrapper(self)->coroutine); }

MethodDef wrapper_methods[] = {
    {"send", reinterpret_cast<CFunction>(wrapper_send), kMethO, nullptr},
    {"throw", reinterpret_cast<CFunction>(reinterpret_cast<void*>(wrapper_throw)), kMethFastcall | kMethKeywords,
     nullptr},
    {"close", reinterpret_cast<CFunction>(wrapper_close), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void init_coroutine_types() {
  TypeObject& t = CoroutineType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "coroutine";
  t.tp_basicsize = sizeof(GeneratorObject) - sizeof(Object*);
  t.tp_itemsize = sizeof(Object*);
  t.tp_dealloc = generator_dealloc;
  t.tp_repr = coro_repr;
  t.tp_traverse = generator_traverse;
  t.tp_clear = generator_clear;
  t.tp_finalize = generator_finalize;
  t.tp_methods = coro_methods;
  t.tp_getset = coro_getset;
  coro_as_async.am_await = coro_await;
  coro_as_async.am_send = coro_am_send;
  t.tp_as_async = &coro_as_async;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;

  TypeObject& w = CoroWrapperType;
  w.ob_refcnt = kImmortalRefcnt;
  w.tp_name = "coroutine_wrapper";
  w.tp_basicsize = sizeof(CoroWrapperObject);
  w.tp_dealloc = wrapper_dealloc;
  w.tp_traverse = wrapper_traverse;
  w.tp_iter = [](Object* o) { return newref(o); };
  w.tp_iternext = wrapper_iternext;
  w.tp_methods = wrapper_methods;
  w.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
}

}  // namespace dx
