// The abstract syntax tree. Node structs are generated from ast_nodes.def;
// every node lives in an Arena and is trivially destructible.
#pragma once
#include <cstdint>
#include <string_view>

#include "support/arena.h"

namespace dx::ast {

enum class NodeKind : uint8_t {
#define AST_NODE(Category, Name, FIELDS) Name,
#include "parser/ast_nodes.def"
};
const char* node_kind_name(NodeKind kind);


// A source span: lines are 1-based, columns are 0-based UTF-8 byte offsets.
struct Position {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

struct Node {
  NodeKind kind;
  Position pos;
};

// One base struct per asdl category (Expr, Stmt, Pattern, ...).
#define AST_CATEGORY(Category, has_positions) \
  struct Category : Node {};
#include "parser/ast_nodes.def"

// A sequence in the arena. Elements of expr_seq may be null where the asdl
// allows (Dict.keys for `**d`, arguments.kw_defaults).
template <typename T>
struct Seq {
  T* items = nullptr;
  uint32_t count = 0;
  T* begin() const { return items; }
  T* end() const { return items + count; }
  uint32_t size() const { return count; }
  bool empty() const { return count == 0; }
  T& operator[](uint32_t i) const { return items[i]; }
};

// A Python identifier or string (UTF-8). An absent optional one has a null data().
using Identifier = std::string_view;

// A literal value, before the runtime's objects exist.
struct Constant {
  enum class Kind : uint8_t { None, True, False, Ellipsis, Int, BigInt, Float, Complex, Str, Bytes };
  Kind kind = Kind::None;
  int64_t int_value = 0;    // Int
  double float_value = 0;   // Float; the imaginary part of Complex
  std::string_view text;    // BigInt: decimal digits (with '-' if negative);
                            // Str: UTF-8, lone surrogates encoded as 3 bytes; Bytes: raw
};

#define M(member) member,
#define AST_ENUM(Type, MEMBERS) enum class Type : uint8_t { MEMBERS };
#include "parser/ast_enums.def"
#undef M
#define AST_ENUM(Type, MEMBERS) const char* enum_name(Type value);
#include "parser/ast_enums.def"

// The field types named in ast_nodes.def, prefixed with T_ so that a field
// may share its type's name (match_case.pattern).
using T_mod = Mod*;
using T_stmt = Stmt*;
using T_expr = Expr*;
using T_expr_opt = Expr*;
using T_pattern = Pattern*;
using T_pattern_opt = Pattern*;
using T_arguments = Arguments*;
using T_arg_opt = Arg*;
using T_identifier = Identifier;
using T_identifier_opt = Identifier;
using T_string = std::string_view;
using T_string_opt = std::string_view;
using T_constant = Constant;
using T_int_ = int;
using T_int_opt = int;
using T_expr_context = Context;
using T_boolop = BoolOpKind;
using T_operator_ = OperatorKind;
using T_unaryop = UnaryOpKind;
using T_stmt_seq = Seq<Stmt*>;
using T_expr_seq = Seq<Expr*>;
using T_pattern_seq = Seq<Pattern*>;
using T_identifier_seq = Seq<Identifier>;
using T_cmpop_seq = Seq<CmpOpKind>;
using T_comprehension_seq = Seq<Comprehension*>;
using T_excepthandler_seq = Seq<ExceptHandler*>;
using T_arg_seq = Seq<Arg*>;
using T_keyword_seq = Seq<Keyword*>;
using T_alias_seq = Seq<Alias*>;
using T_withitem_seq = Seq<WithItem*>;
using T_match_case_seq = Seq<MatchCase*>;
using T_type_ignore_seq = Seq<TypeIgnore*>;

// The node structs: `BinOpNode`, `FunctionDefNode`, `ExprNode` (the Expr
// statement), `argumentsNode`, ...
#define F(type, name) T_##type name{};
#define AST_NODE(Category, Name, FIELDS)                       \
  struct Name##Node : Category {                               \
    static constexpr NodeKind kKind = NodeKind::Name;          \
    FIELDS                                                     \
  };
#include "parser/ast_nodes.def"
#undef F

// Allocates a node of type T with its kind set and position given.
template <typename T>
T* make_node(Arena& arena, Position pos) {
  T* n = arena.make<T>();
  n->kind = T::kKind;
  n->pos = pos;
  return n;
}

template <typename T>
T* as(Node* n) {
  return n && n->kind == T::kKind ? static_cast<T*>(n) : nullptr;
}

}  // namespace dx::ast
