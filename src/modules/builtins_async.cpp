// The builtins of asynchronous iteration: aiter() and anext().
#include "modules/builtins.h"

#include "objects/anext_awaitable.h"
#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"

namespace dx {

namespace {

// aiter(async_iterable)
Object* builtin_aiter(Object*, Object* o) {
  TypeObject* t = type_of(o);
  if (!t->tp_as_async || !t->tp_as_async->am_aiter)
    return raise(&exc::TypeError, "'%.200s' object is not an async iterable", t->tp_name);
  Object* it = t->tp_as_async->am_aiter(o);
  if (it && (!type_of(it)->tp_as_async || !type_of(it)->tp_as_async->am_anext)) {
    raise(&exc::TypeError, "aiter() returned not an async iterator of type '%.100s'", type_of(it)->tp_name);
    decref(it);
    return nullptr;
  }
  return it;
}

// anext(aiterator[, default])
Object* builtin_anext(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) return raise(&exc::TypeError, "anext() takes no keyword arguments");
  if (nargs < 1) return raise(&exc::TypeError, "anext expected at least 1 argument, got %zd", nargs);
  if (nargs > 2) return raise(&exc::TypeError, "anext expected at most 2 arguments, got %zd", nargs);
  TypeObject* t = type_of(args[0]);
  if (!t->tp_as_async || !t->tp_as_async->am_anext)
    return raise(&exc::TypeError, "'%.200s' object is not an async iterator", t->tp_name);
  Object* awaitable = t->tp_as_async->am_anext(args[0]);
  if (!awaitable || nargs == 1) return awaitable;
  Object* r = anext_awaitable_new(awaitable, args[1]);
  decref(awaitable);
  return r;
}

MethodDef async_functions[] = {
    {"aiter", reinterpret_cast<CFunction>(builtin_aiter), kMethO, nullptr},
    {"anext", reinterpret_cast<CFunction>(reinterpret_cast<void*>(builtin_anext)), kMethFastcall | kMethKeywords,
     nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

int add_async_builtins(Object* dict) { return add_builtin_functions(dict, async_functions); }

}  // namespace dx
