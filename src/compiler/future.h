// `from __future__ import ...`: the features a module turns on, and the
// errors CPython 3.11 raises for them before building its symbol table.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "parser/ast.h"
#include "parser/syntax_error.h"

namespace dx::compiler {

enum FutureFeature : uint32_t {
  kFutureAnnotations = 1u << 0,    // PEP 563: annotations are not evaluated
  kFutureBarryAsFlufl = 1u << 1,   // `<>` (the parser handles it)
  kFutureGeneratorStop = 1u << 2,  // always on since 3.7; accepted
};

struct FutureFeatures {
  uint32_t flags = 0;
  // The CO_FUTURE_* bits every code object of the module carries: those of
  // compile()'s flags (and the caller's) and of the future statements that
  // have one (annotations, barry_as_FLUFL).
  int code_flags = 0;
  // The line of the last future statement of the module's prologue: a later
  // `from __future__ import` is an error the code generator reports.
  int lineno = -1;
};

// Reads the future statements at the start of a module (after its
// docstring). Fails with "future feature X is not defined", "not a chance",
// or "from __future__ imports must occur at the beginning of the file" for a
// late one on the same line as the prologue's end.
// `out` may already hold features given by compile() (features_from_code_flags).
std::optional<parser::SyntaxErrorInfo> parse_future(const ast::Mod* mod, const std::string& filename,
                                                    FutureFeatures& out);

// The features that CO_FUTURE_* bits (compile()'s flags) turn on.
FutureFeatures features_from_code_flags(int code_flags);

}  // namespace dx::compiler
