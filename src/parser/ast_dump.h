// Prints an AST exactly as CPython 3.11's ast.dump() does.
#pragma once
#include <string>

#include "parser/ast.h"

namespace dx::ast {

// CPython's ast.parse stops converting a tree nested deeper than this many
// nodes with "RecursionError: maximum recursion depth exceeded during ast
// construction" (3 x the recursion limit of 1000, less what a module-level
// call of ast.parse has used).
constexpr int kMaxDumpDepth = 2994;

// ast.dump(node) or, with positions, ast.dump(node, include_attributes=True).
// Sets *too_deep (and returns "") for a tree nested deeper than kMaxDumpDepth.
std::string dump(const Node* node, bool include_attributes, bool* too_deep = nullptr);

}  // namespace dx::ast
