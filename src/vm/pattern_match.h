// The run-time parts of the match statement (CPython 3.11's MATCH_KEYS,
// MATCH_CLASS and the **rest copy), with its messages. D5 errors.
#pragma once
#include "runtime/object.h"

namespace dx {

// {k1: p1, k2: p2}: a tuple of map[k] for the keys in the tuple `keys`
// (looked up with map.get, so no __missing__ runs), or None (a new
// reference) when one is missing. A key given twice: ValueError "mapping
// pattern checks duplicate key (k)".
Object* match_keys(Object* map, Object* keys);

// {..., **rest}: a new dict of the mapping's items without `keys` (a tuple).
Object* copy_dict_without_keys(Object* map, Object* keys);

// Cls(p1, p2, name=p3): when `subject` is an instance of `cls`, a tuple of
// the attributes the sub-patterns match (the `nargs` positional ones named
// by cls.__match_args__, or the subject itself for the builtin types that
// match themselves, then those named in the tuple `names`); None (a new
// reference) when it is not an instance or lacks an attribute.
Object* match_class(Object* subject, Object* cls, int nargs, Object* names);

}  // namespace dx
