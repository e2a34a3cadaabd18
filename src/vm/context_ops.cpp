#include "vm/context_ops.h"

#include "objects/generator.h"
#include "objects/singletons.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/names.h"

namespace dx {

Object* before_with(Object* ctx, bool async, Object** exit) {
  const char* kind = async ? "asynchronous " : "";
  Object* enter = lookup_special(ctx, async ? names::dunder_aenter : names::dunder_enter);
  if (!enter) {
    if (!error_occurred())
      raise(&exc::TypeError, "'%.200s' object does not support the %scontext manager protocol", type_of(ctx)->tp_name,
            kind);
    return nullptr;
  }
  Object* ex = lookup_special(ctx, async ? names::dunder_aexit : names::dunder_exit);
  if (!ex) {
    decref(enter);
    if (!error_occurred())
      raise(&exc::TypeError, "'%.200s' object does not support the %scontext manager protocol (missed %s method)",
            type_of(ctx)->tp_name, kind, async ? "__aexit__" : "__exit__");
    return nullptr;
  }
  Object* r = object_vectorcall(enter, nullptr, 0, nullptr);
  decref(enter);
  if (!r) {
    decref(ex);
    return nullptr;
  }
  *exit = ex;
  return r;
}

Object* call_exit_none(Object* exit) {
  Object* args[3] = {none(), none(), none()};
  return object_vectorcall(exit, args, 3, nullptr);
}

Object* call_exit_exception(Object* exit, Object* e) {
  Object* tb = static_cast<BaseExceptionObject*>(e)->traceback;
  Object* args[3] = {static_cast<Object*>(type_of(e)), e, tb ? tb : none()};
  return object_vectorcall(exit, args, 3, nullptr);
}

Object* get_awaitable(Object* o, int where) {
  Object* it;
  if (is_coroutine(o)) {
    it = newref(o);
  } else {
    TypeObject* t = type_of(o);
    unaryfunc getter = t->tp_as_async ? t->tp_as_async->am_await : nullptr;
    if (!getter) {
      if (where == 0)
        return raise(&exc::TypeError, "object %.100s can't be used in 'await' expression", t->tp_name);
      return raise(&exc::TypeError,
                   "'async with' received an object from %s that does not implement __await__: %.100s",
                   where == 1 ? "__aenter__" : "__aexit__", t->tp_name);
    }
    it = getter(o);
    if (!it) return nullptr;
    if (is_coroutine(it)) {
      decref(it);
      return raise(&exc::TypeError, "__await__() returned a coroutine");
    }
    iternextfunc next = type_of(it)->tp_iternext;
    if (!next) {
      raise(&exc::TypeError, "__await__() returned non-iterator of type '%.100s'", type_of(it)->tp_name);
      decref(it);
      return nullptr;
    }
  }
  if (is_coroutine(it)) {
    // A coroutine can have one awaiter at a time.
    if (Object* yf = generator_yield_from(static_cast<GeneratorObject*>(it))) {
      decref(yf);
      decref(it);
      return raise(&exc::RuntimeError, "coroutine is being awaited already");
    }
  }
  return it;
}

Object* get_aiter(Object* o) {
  TypeObject* t = type_of(o);
  unaryfunc getter = t->tp_as_async ? t->tp_as_async->am_aiter : nullptr;
  if (!getter) return raise(&exc::TypeError, "'async for' requires an object with __aiter__ method, got %.100s", t->tp_name);
  Object* it = getter(o);
  if (!it) return nullptr;
  TypeObject* it_type = type_of(it);
  if (!it_type->tp_as_async || !it_type->tp_as_async->am_anext) {
    raise(&exc::TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %.100s",
          it_type->tp_name);
    decref(it);
    return nullptr;
  }
  return it;
}

Object* get_anext(Object* o) {
  TypeObject* t = type_of(o);
  if (is_async_generator(o)) return t->tp_as_async->am_anext(o);
  unaryfunc getter = t->tp_as_async ? t->tp_as_async->am_anext : nullptr;
  if (!getter) return raise(&exc::TypeError, "'async for' requires an iterator with __anext__ method, got %.100s", t->tp_name);
  Object* next = getter(o);
  if (!next) return nullptr;
  Object* it = get_awaitable(next, 0);
  if (!it) {
    // The error becomes the cause of CPython's TypeError.
    Object* cause = fetch_error();
    raise(&exc::TypeError, "'async for' received an invalid object from __anext__: %.100s", type_of(next)->tp_name);
    Object* e = fetch_error();
    auto* be = static_cast<BaseExceptionObject*>(e);
    be->cause = cause;  // the reference moves
    be->suppress_context = 1;
    set_exception_context(e, cause);
    restore_error(e);
  }
  decref(next);
  return it;
}

}  // namespace dx
