// "Did you mean: 'x'?" for NameError and AttributeError, as CPython 3.11's
// error printing offers it: the closest name by a weighted edit distance
// among the frame's locals, globals and builtins (NameError) or dir() of
// the object (AttributeError).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "runtime/object.h"

namespace dx {

// The best candidate for `wrong` among `candidates` (str objects), or an
// empty string; CPython's limits apply (750 candidates, 40 characters).
std::string closest_name(std::string_view wrong, const std::vector<Object*>& candidates);

// The suggestion for exception `exc`, or an empty string. May run Python
// code (dir() of the object); errors are cleared.
std::string suggestion_for(Object* exc);

}  // namespace dx
