// The run-time parts of `with`, `async with` and `await` that the
// interpreter loop calls (kept out of the loop: see its one rule).
#pragma once
#include "runtime/object.h"

namespace dx {

// BeforeWith: looks up __enter__ and __exit__ (async: __aenter__ and
// __aexit__) on ctx's type, in CPython's order and with its messages, and
// calls the first. Returns its result with *exit = the bound exit method,
// or null with an error set.
Object* before_with(Object* ctx, bool async, Object** exit);

// CallExit: exit(None, None, None).
Object* call_exit_none(Object* exit);

// WithExceptStart: exit(type(e), e, e.__traceback__).
Object* call_exit_exception(Object* exit, Object* e);

// GetAwaitable: the iterator `await o` delegates to: a coroutine itself,
// or what o's __await__ returns (an iterator, not a coroutine). `where`
// says which construct asked: 0 await, 1 the result of __aenter__, 2 the
// result of __aexit__ (CPython's messages differ).
Object* get_awaitable(Object* o, int where);

// GetAIter: aiter(o) with the messages of `async for`.
Object* get_aiter(Object* o);
// GetANext: the awaitable iterator of o.__anext__() (an async generator's
// asend object directly).
Object* get_anext(Object* o);

}  // namespace dx
