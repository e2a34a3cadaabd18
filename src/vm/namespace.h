// Namespace lookups for the interpreter's global and name instructions: a
// dict fast path, any mapping otherwise (a class body's __prepare__ result).
#pragma once
#include "runtime/object.h"

namespace dx {

// The value of `name` (a str) in `ns`, borrowed; nullptr if absent (no
// error set) or on error (error set).
// `ns` must be a dict (SystemError otherwise).
Object* namespace_get(Object* ns, Object* name);
// The same for any mapping as a new reference (a KeyError means absent).
Object* namespace_get_ref(Object* ns, Object* name);
int namespace_set(Object* ns, Object* name, Object* value);
// -1 with KeyError set when the name is absent.
int namespace_delete(Object* ns, Object* name);

// A module namespace (a dict) emptied as CPython's finalization does to a
// module still alive at exit: the names starting with one underscore are
// set to None first, then all others but __builtins__ (so that finalizers
// running meanwhile still find the builtins).
void namespace_clear_module(Object* d);

}  // namespace dx
