// The awaitable anext(aiterator, default) returns.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject ANextAwaitableType;

// An awaitable giving what `awaitable` gives, or `default_value` where it
// would raise StopAsyncIteration.
Object* anext_awaitable_new(Object* awaitable, Object* default_value);

void init_anext_awaitable_type();

}  // namespace dx
