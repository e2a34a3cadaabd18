// Warnings as the warnings module's default configuration shows them:
// "FILE:LINE: Category: message" and the source line on stderr, once per
// place ("default" action, remembered in the module's __warningregistry__),
// DeprecationWarning and friends ignored outside __main__. What the runtime
// itself warns about (an unawaited coroutine) goes through here until the
// warnings module exists.
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace dx {

// Issues a warning of `category` at the current line of the innermost
// running frame (CPython's stacklevel=1 from C). `source_hint`: the warning
// is about an object (warnings' `source=`), which adds CPython's
// "Enable tracemalloc..." line. 0, or -1 with an error set.
int warn(TypeObject* category, std::string_view message, bool source_hint = false);

// A warning at an explicit place (the compiler's SyntaxWarnings from
// compile()): "FILE:LINE: Category: message" and the source line when the
// file can be read; shown every time (no registry), as CPython's
// compiler does. 0, or -1 with an error set.
int warn_explicit(TypeObject* category, std::string_view message, const std::string& filename, int lineno);

// "coroutine 'NAME' was never awaited" (RuntimeWarning), from the
// coroutine's deallocation.
int warn_unawaited_coroutine(std::string_view message);

}  // namespace dx
