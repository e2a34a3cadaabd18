// The nesting limit CPython 3.11's AST optimizer enforces before the symbol
// table is built: more than 3000 nested statements, expressions and patterns
// is a RecursionError "during compilation". The symbol table counts the same
// way, so this only matters when the symbol table finds an error first in a
// file that also nests too deeply: CPython reports the RecursionError.
#pragma once
#include "parser/ast.h"

namespace dx::compiler {

constexpr int kCompilerNestingLimit = 3000;

// True when `mod` nests deeper than the limit, counted as CPython's optimizer
// does (annotations are skipped under `from __future__ import annotations`).
bool exceeds_nesting_limit(const ast::Mod* mod, bool future_annotations);

}  // namespace dx::compiler
