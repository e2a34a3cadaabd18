// The text of an annotation under `from __future__ import annotations`
// (PEP 563): the expression unparsed as CPython 3.11's compiler does it.
#pragma once
#include "parser/ast.h"
#include "runtime/object.h"

namespace dx::compiler {

// A new str holding `e` as source text (CPython's minimal parentheses,
// constants as their repr, f-strings rebuilt), or null with an exception set.
Object* unparse_annotation(const ast::Expr* e);

}  // namespace dx::compiler
