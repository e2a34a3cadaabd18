// A walk over every child node, expanded from ast_nodes.def. It keeps its
// own stack instead of recursing, so that it needs little C stack whatever
// the nesting (an AddressSanitizer build makes a frame with this switch large).
#include "compiler/nesting.h"

#include <string_view>
#include <type_traits>
#include <vector>

namespace dx::compiler {

namespace {

template <typename T>
concept AstNode = std::is_base_of_v<ast::Node, T>;

class NestingCheck {
 public:
  explicit NestingCheck(bool future_annotations) : skip_annotations_(future_annotations) {}

  bool too_deep(const ast::Node* root) {
    push(root);
    while (!stack_.empty()) {
      Pending p = stack_.back();
      stack_.pop_back();
      if (!expand(p.node, p.depth)) return true;
    }
    return false;
  }

 private:
  struct Pending {
    const ast::Node* node;
    int depth;  // counted nodes above it
  };

  // Pushes the children of `n`; false when `n` itself is too deep.
  bool expand(const ast::Node* n, int depth) {
    switch (n->kind) {
#define F(type, name) field(x->name, #name);
#define AST_NODE(Category, Name, FIELDS)                                                        \
  case ast::NodeKind::Name: {                                                                   \
    [[maybe_unused]] auto* x = static_cast<const ast::Name##Node*>(n);                          \
    if (std::is_same_v<ast::Category, ast::Stmt> || std::is_same_v<ast::Category, ast::Expr> || \
        std::is_same_v<ast::Category, ast::Pattern>) {                                          \
      if (++depth > kCompilerNestingLimit) return false;                                        \
    }                                                                                           \
    depth_ = depth;                                                                             \
    FIELDS                                                                                      \
    break;                                                                                      \
  }
#include "parser/ast_nodes.def"
#undef F
    }
    return true;
  }

  void push(const ast::Node* n) {
    if (n) stack_.push_back(Pending{n, depth_});
  }
  // Under PEP 563 the optimizer leaves annotations alone.
  bool skipped(std::string_view name) const {
    return skip_annotations_ && (name == "annotation" || name == "returns");
  }
  template <AstNode T>
  void field(T* child, std::string_view name) {
    if (!skipped(name)) push(child);
  }
  template <AstNode T>
  void field(const ast::Seq<T*>& children, std::string_view) {
    for (T* child : children)
      push(child);
  }
  // Identifiers, constants, operators, flags: no nodes below.
  template <typename T>
  void field(const T&, std::string_view) {}

  bool skip_annotations_;
  int depth_ = 0;  // the depth of the node being expanded, given to its children
  std::vector<Pending> stack_;
};

}  // namespace

bool exceeds_nesting_limit(const ast::Mod* mod, bool future_annotations) {
  NestingCheck check(future_annotations);
  return check.too_deep(mod);
}

}  // namespace dx::compiler
