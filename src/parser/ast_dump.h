// Prints an AST exactly as CPython 3.11's ast.dump() does.
#pragma once
#include <string>

#include "parser/ast.h"

namespace dx::ast {

// ast.dump(node) or, with positions, ast.dump(node, include_attributes=True).
std::string dump(const Node* node, bool include_attributes);

}  // namespace dx::ast
