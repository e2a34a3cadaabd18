#include "parser/ast.h"

namespace dx::ast {

const char* node_kind_name(NodeKind kind) {
  switch (kind) {
#define AST_NODE(Category, Name, FIELDS) \
  case NodeKind::Name:                   \
    return #Name;
#include "parser/ast_nodes.def"
  }
  return "?";
}

#define M(member) \
  case member:          \
    return #member;
#define AST_ENUM(Type, MEMBERS)    \
  const char* enum_name(Type value) { \
    switch (value) {               \
      using enum Type;             \
      MEMBERS                      \
    }                              \
    return "?";                    \
  }
#include "parser/ast_enums.def"
#undef M

}  // namespace dx::ast
