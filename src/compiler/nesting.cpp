// A walk over every child node, expanded from ast_nodes.def, that stops as
// soon as the limit is passed.
#include "compiler/nesting.h"

#include <string_view>
#include <type_traits>

namespace dx::compiler {

namespace {

template <typename T>
concept AstNode = std::is_base_of_v<ast::Node, T>;

class NestingCheck {
 public:
  explicit NestingCheck(bool future_annotations) : skip_annotations_(future_annotations) {}
  bool too_deep = false;

  void node(const ast::Node* n) {
    if (!n || too_deep) return;
    switch (n->kind) {
#define F(type, name) field(x->name, #name);
#define AST_NODE(Category, Name, FIELDS)                                         \
  case ast::NodeKind::Name: {                                                    \
    [[maybe_unused]] auto* x = static_cast<const ast::Name##Node*>(n);           \
    constexpr bool counted = std::is_same_v<ast::Category, ast::Stmt> ||         \
                             std::is_same_v<ast::Category, ast::Expr> ||         \
                             std::is_same_v<ast::Category, ast::Pattern>;        \
    if (counted && ++depth_ > kCompilerNestingLimit) {                           \
      too_deep = true;                                                           \
      return;                                                                    \
    }                                                                            \
    FIELDS                                                                       \
    if (counted) depth_--;                                                       \
    break;                                                                       \
  }
#include "parser/ast_nodes.def"
#undef F
    }
  }

 private:
  // Under PEP 563 the optimizer leaves annotations alone.
  bool skipped(std::string_view name) const {
    return skip_annotations_ && (name == "annotation" || name == "returns");
  }
  template <AstNode T>
  void field(T* child, std::string_view name) {
    if (!skipped(name)) node(child);
  }
  template <AstNode T>
  void field(const ast::Seq<T*>& children, std::string_view name) {
    for (T* child : children) node(child);
  }
  // Identifiers, constants, operators, flags: no nodes below.
  template <typename T>
  void field(const T&, std::string_view) {}

  bool skip_annotations_;
  int depth_ = 0;
};

}  // namespace

bool exceeds_nesting_limit(const ast::Mod* mod, bool future_annotations) {
  NestingCheck check(future_annotations);
  check.node(mod);
  return check.too_deep;
}

}  // namespace dx::compiler
