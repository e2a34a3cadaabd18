// Async generators (async def with yield): generators by layout and
// machinery (objects/generator.h). Their `yield` is a Yield with I=2, so a
// value given by a suspension there is an item of the iteration, while a
// value passed up by an `await` inside goes to the event loop. The
// awaitables that drive them: __anext__()/asend(v) return an
// async_generator_asend, athrow()/aclose() an async_generator_athrow; both
// turn an item into StopIteration(item), the generator's end into
// StopAsyncIteration, and follow CPython's state rules and messages.
#include "gc/gc.h"
#include "objects/builtin_function.h"
#include "objects/int.h"
#include "objects/generator.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject AsyncGenType;
TypeObject AsyncGenASendType;
TypeObject AsyncGenAThrowType;

namespace {

enum class AwaitableState : int8_t { kInit, kIter, kClosed };

struct ASendObject : Object {
  GeneratorObject* gen;  // owned
  Object* sendval;       // owned; null for __anext__()
  AwaitableState state;
};

struct AThrowObject : Object {
  GeneratorObject* gen;  // owned
  Object* args;          // owned tuple; null for aclose()
  AwaitableState state;
};

GeneratorObject* as_gen(Object* o) { return static_cast<GeneratorObject*>(o); }

// What a resumption of the generator means to the awaitable driving it: an
// item becomes StopIteration(item); the end, StopAsyncIteration (and
// GeneratorExit) closes the generator; a value from an inner await passes.
Object* unwrap(GeneratorObject* gen, Object* result) {
  if (!result) {
    if (!error_occurred()) raise_object(&exc::StopAsyncIteration, nullptr);
    if (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit)) gen->ag_closed = true;
    gen->ag_running_async = false;
    return nullptr;
  }
  if (async_gen_yielded_item(gen)) {
    raise_stop_iteration(result);
    decref(result);
    gen->ag_running_async = false;
    return nullptr;
  }
  return result;
}

// ---- async_generator ----

Object* ag_repr(Object* o) { return generator_repr_as(o, "async_generator"); }

Object* asend_new(GeneratorObject* gen, Object* value) {
  auto* a = alloc_object<ASendObject>(&AsyncGenASendType);
  if (!a) return nullptr;
  a->gen = static_cast<GeneratorObject*>(newref(gen));
  a->sendval = value ? newref(value) : nullptr;
  a->state = AwaitableState::kInit;
  return a;
}

Object* athrow_new(GeneratorObject* gen, Object* args) {
  auto* a = alloc_object<AThrowObject>(&AsyncGenAThrowType);
  if (!a) return nullptr;
  a->gen = static_cast<GeneratorObject*>(newref(gen));
  a->args = args ? newref(args) : nullptr;
  a->state = AwaitableState::kInit;
  return a;
}

Object* ag_anext(Object* o) { return asend_new(as_gen(o), nullptr); }
Object* ag_asend(Object* self, Object* value) { return asend_new(as_gen(self), value); }
Object* ag_aclose(Object* self, Object*) { return athrow_new(as_gen(self), nullptr); }
Object* ag_athrow(Object* self, Object* const* args, ssize nargs) {
  Object* t = tuple_new(nargs);
  if (!t) return nullptr;
  for (ssize i = 0; i < nargs; i++) tuple_item(t, i) = newref(args[i]);
  Object* r = athrow_new(as_gen(self), t);
  decref(t);
  return r;
}

int ag_am_send(Object* o, Object* value, Object** result) {
  return static_cast<int>(generator_send_ex(as_gen(o), value, false, result));
}

MethodDef ag_methods[] = {
    {"asend", reinterpret_cast<CFunction>(ag_asend), kMethO, nullptr},
    {"athrow", reinterpret_cast<CFunction>(reinterpret_cast<void*>(ag_athrow)), kMethFastcall, nullptr},
    {"aclose", reinterpret_cast<CFunction>(ag_aclose), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* get_running_async(Object* o, void*) { return newref(bool_object(as_gen(o)->ag_running_async)); }

GetSetDef ag_getset[] = {
    {"__name__", generator_get_name, generator_set_name, nullptr, nullptr},
    {"__qualname__", generator_get_qualname, generator_set_qualname, nullptr, nullptr},
    {"ag_await", generator_get_yieldfrom, nullptr, nullptr, nullptr},
    {"ag_running", get_running_async, nullptr, nullptr, nullptr},
    {"ag_code", generator_get_code, nullptr, nullptr, nullptr},
    {"ag_frame", generator_get_frame, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

AsyncMethods ag_as_async;

// ---- async_generator_asend ----

ASendObject* as_asend(Object* o) { return static_cast<ASendObject*>(o); }

void asend_dealloc(Object* o) {
  gc_untrack(o);
  decref(as_asend(o)->gen);
  xdecref(as_asend(o)->sendval);
  object_free(o);
}

int asend_traverse(Object* o, visitproc visit, void* arg) {
  if (int r = visit(as_asend(o)->gen, arg)) return r;
  return as_asend(o)->sendval ? visit(as_asend(o)->sendval, arg) : 0;
}

Object* asend_send(Object* self, Object* arg) {
  ASendObject* a = as_asend(self);
  if (a->state == AwaitableState::kClosed)
    return raise(&exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  if (a->state == AwaitableState::kInit) {
    if (a->gen->ag_running_async)
      return raise(&exc::RuntimeError, "anext(): asynchronous generator is already running");
    if (!arg || is_none(arg)) arg = a->sendval;
    a->state = AwaitableState::kIter;
  }
  a->gen->ag_running_async = true;
  Object* r = unwrap(a->gen, generator_send_or_next(a->gen, arg));
  if (!r) a->state = AwaitableState::kClosed;
  return r;
}

Object* asend_iternext(Object* self) { return asend_send(self, nullptr); }

Object* asend_throw(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  ASendObject* a = as_asend(self);
  if (a->state == AwaitableState::kClosed)
    return raise(&exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
  Object* r = unwrap(a->gen, generator_throw_method(a->gen, args, nargs, kwnames));
  if (!r) a->state = AwaitableState::kClosed;
  return r;
}

Object* asend_close(Object* self, Object*) {
  as_asend(self)->state = AwaitableState::kClosed;
  return return_none();
}

MethodDef asend_methods[] = {
    {"send", reinterpret_cast<CFunction>(asend_send), kMethO, nullptr},
    {"throw", reinterpret_cast<CFunction>(reinterpret_cast<void*>(asend_throw)), kMethFastcall | kMethKeywords,
     nullptr},
    {"close", reinterpret_cast<CFunction>(asend_close), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

AsyncMethods asend_as_async;

// ---- async_generator_athrow ----

AThrowObject* as_athrow(Object* o) { return static_cast<AThrowObject*>(o); }

void athrow_dealloc(Object* o) {
  gc_untrack(o);
  decref(as_athrow(o)->gen);
  xdecref(as_athrow(o)->args);
  object_free(o);
}

int athrow_traverse(Object* o, visitproc visit, void* arg) {
  if (int r = visit(as_athrow(o)->gen, arg)) return r;
  return as_athrow(o)->args ? visit(as_athrow(o)->args, arg) : 0;
}

// aclose(): the generator yielded an item instead of finishing.
std::nullptr_t ignored_exit(AThrowObject* a) {
  a->gen->ag_running_async = false;
  a->state = AwaitableState::kClosed;
  return raise(&exc::RuntimeError, "async generator ignored GeneratorExit");
}

// The generator raised or finished: the await of athrow()/aclose() ends.
// For aclose() its end (StopAsyncIteration or GeneratorExit) is success.
std::nullptr_t athrow_finished(AThrowObject* a) {
  a->gen->ag_running_async = false;
  a->state = AwaitableState::kClosed;
  if (!a->args && (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit))) {
    clear_error();
    raise_object(&exc::StopIteration, nullptr);
  }
  return nullptr;
}

// aclose(): what a resumption gave.
Object* aclose_result(AThrowObject* a, Object* r) {
  if (!r) return athrow_finished(a);
  if (async_gen_yielded_item(a->gen)) {
    decref(r);
    return ignored_exit(a);
  }
  return r;
}

Object* athrow_send(Object* self, Object* arg) {
  AThrowObject* a = as_athrow(self);
  GeneratorObject* gen = a->gen;
  if (a->state == AwaitableState::kClosed)
    return raise(&exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  if (gen->state == GenState::kCompleted) {
    a->state = AwaitableState::kClosed;
    return raise_object(&exc::StopIteration, nullptr);
  }
  if (a->state == AwaitableState::kInit) {
    if (gen->ag_running_async) {
      a->state = AwaitableState::kClosed;
      return raise(&exc::RuntimeError, "%s(): asynchronous generator is already running",
                   a->args ? "athrow" : "aclose");
    }
    if (gen->ag_closed) {
      a->state = AwaitableState::kClosed;
      return raise_object(&exc::StopAsyncIteration, nullptr);
    }
    if (!is_none(arg)) return raise(&exc::RuntimeError, "can't send non-None value to a just-started coroutine");
    a->state = AwaitableState::kIter;
    gen->ag_running_async = true;
    if (!a->args) {
      gen->ag_closed = true;
      return aclose_result(a, generator_throw_ex(gen, false, &exc::GeneratorExit, nullptr, nullptr));
    }
    ssize n = tuple_size(a->args);
    if (n < 1) return raise(&exc::TypeError, "athrow expected at least 1 argument, got %zd", n);
    if (n > 3) return raise(&exc::TypeError, "athrow expected at most 3 arguments, got %zd", n);
    Object* r = unwrap(gen, generator_throw_ex(gen, false, tuple_item(a->args, 0), n > 1 ? tuple_item(a->args, 1) : nullptr,
                                               n > 2 ? tuple_item(a->args, 2) : nullptr));
    if (!r) return athrow_finished(a);
    return r;
  }
  Object* r = generator_send_or_next(gen, arg);
  if (a->args) return unwrap(gen, r);
  return aclose_result(a, r);
}

Object* athrow_iternext(Object* self) { return athrow_send(self, none()); }

Object* athrow_throw(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  AThrowObject* a = as_athrow(self);
  if (a->state == AwaitableState::kClosed)
    return raise(&exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
  Object* r = generator_throw_method(a->gen, args, nargs, kwnames);
  if (a->args) return unwrap(a->gen, r);
  if (r && async_gen_yielded_item(a->gen)) {
    decref(r);
    return ignored_exit(a);
  }
  if (!r && (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit))) {
    clear_error();
    raise_object(&exc::StopIteration, nullptr);
  }
  return r;
}

Object* athrow_close(Object* self, Object*) {
  as_athrow(self)->state = AwaitableState::kClosed;
  return return_none();
}

MethodDef athrow_methods[] = {
    {"send", reinterpret_cast<CFunction>(athrow_send), kMethO, nullptr},
    {"throw", reinterpret_cast<CFunction>(reinterpret_cast<void*>(athrow_throw)), kMethFastcall | kMethKeywords,
     nullptr},
    {"close", reinterpret_cast<CFunction>(athrow_close), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

AsyncMethods athrow_as_async;

Object* self_iter(Object* o) { return newref(o); }

void init_awaitable_type(TypeObject& t, const char* name, size_t size, destructor dealloc, traverseproc traverse,
                         iternextfunc next, MethodDef* methods, AsyncMethods* as_async) {
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = name;
  t.tp_basicsize = static_cast<ssize>(size);
  t.tp_dealloc = dealloc;
  t.tp_traverse = traverse;
  t.tp_iter = self_iter;
  t.tp_iternext = next;
  t.tp_methods = methods;
  as_async->am_await = self_iter;
  t.tp_as_async = as_async;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
}

}  // namespace

void init_async_generator_types() {
  TypeObject& t = AsyncGenType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "async_generator";
  t.tp_basicsize = sizeof(GeneratorObject) - sizeof(Object*);
  t.tp_itemsize = sizeof(Object*);
  t.tp_dealloc = generator_dealloc;
  t.tp_repr = ag_repr;
  t.tp_traverse = generator_traverse;
  t.tp_clear = generator_clear;
  t.tp_finalize = generator_finalize;
  t.tp_methods = ag_methods;
  t.tp_getset = ag_getset;
  ag_as_async.am_aiter = self_iter;
  ag_as_async.am_anext = ag_anext;
  ag_as_async.am_send = ag_am_send;
  t.tp_as_async = &ag_as_async;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
  init_awaitable_type(AsyncGenASendType, "async_generator_asend", sizeof(ASendObject), asend_dealloc, asend_traverse,
                      asend_iternext, asend_methods, &asend_as_async);
  init_awaitable_type(AsyncGenAThrowType, "async_generator_athrow", sizeof(AThrowObject), athrow_dealloc,
                      athrow_traverse, athrow_iternext, athrow_methods, &athrow_as_async);
}

}  // namespace dx
