// ast.dump() in CPython 3.11's format: `Name(field=value, ...)`, optional
// fields left out when absent, positions last when asked for.
#include "parser/ast_dump.h"

#include <cstdio>

#include "support/repr.h"

namespace dx::ast {

namespace {

#define AST_CATEGORY(Category, has_positions) constexpr bool k##Category##HasPositions = has_positions;
#include "parser/ast_nodes.def"

// The asdl field name of a member: "kind_" is printed as "kind".
constexpr const char* asdl_name(const char* member) {
  return member[0] == 'k' && member[1] == 'i' && member[2] == 'n' && member[3] == 'd' && member[4] == '_' ? "kind"
                                                                                                         : member;
}

class Dumper {
 public:
  explicit Dumper(bool include_attributes) : attrs_(include_attributes) {}
  std::string out;

  bool too_deep = false;

  void node(const Node* n) {
    if (!n) {
      out += "None";
      return;
    }
    if (too_deep) return;
    if (++depth_ > kMaxDumpDepth) {
      too_deep = true;
      return;
    }
    switch (n->kind) {
#define AST_NODE(Category, Name, FIELDS) \
  case NodeKind::Name:                   \
    dump_##Name(static_cast<const Name##Node*>(n)); \
    break;
#include "parser/ast_nodes.def"
    }
    depth_--;
  }

 private:
  void name(const char* field_name) {
    if (!first_) out += ", ";
    first_ = false;
    out += field_name;
    out += '=';
  }

  void positions(const Position& p) {
    char buf[96];
    snprintf(buf, sizeof buf, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d", p.lineno, p.col_offset,
             p.end_lineno, p.end_col_offset);
    if (!first_) out += ", ";
    first_ = false;
    out += buf;
  }

  template <typename T>
  void field(const char* field_name, const T* child) {
    if (!child) return;  // an absent optional field
    name(field_name);
    bool saved = first_;
    node(child);
    first_ = saved;
  }

  void field(const char* field_name, std::string_view s) {
    if (s.data() == nullptr) return;
    name(field_name);
    append_str_repr(out, s);
  }

  void field(const char* field_name, int v) {
    name(field_name);
    out += std::to_string(v);
  }

  void field(const char* field_name, const Constant& c) {
    name(field_name);
    constant(c);
  }

  template <typename E>
    requires std::is_enum_v<E>
  void field(const char* field_name, E v) {
    name(field_name);
    out += enum_name(v);
    out += "()";
  }

  template <typename T>
  void field(const char* field_name, const Seq<T>& seq) {
    name(field_name);
    out += '[';
    for (uint32_t i = 0; i < seq.size(); i++) {
      if (i) out += ", ";
      element(seq[i]);
    }
    out += ']';
  }

  template <typename T>
  void element(const T* child) {
    bool saved = first_;
    node(child);
    first_ = saved;
  }
  void element(std::string_view s) { append_str_repr(out, s); }
  template <typename E>
    requires std::is_enum_v<E>
  void element(E v) {
    out += enum_name(v);
    out += "()";
  }

  void constant(const Constant& c) {
    switch (c.kind) {
      case Constant::Kind::None: out += "None"; break;
      case Constant::Kind::True: out += "True"; break;
      case Constant::Kind::False: out += "False"; break;
      case Constant::Kind::Ellipsis: out += "Ellipsis"; break;
      case Constant::Kind::Int: out += std::to_string(c.int_value); break;
      case Constant::Kind::BigInt: out += c.text; break;
      case Constant::Kind::Float: append_float_repr(out, c.float_value); break;
      case Constant::Kind::Complex: append_imag_repr(out, c.float_value); break;
      case Constant::Kind::Str: append_str_repr(out, c.text); break;
      case Constant::Kind::Bytes: append_bytes_repr(out, c.text); break;
    }
  }

  // One small function per node kind keeps the stack frame of each level of
  // a deeply nested tree small (the walk is recursive).
#define F(type, name) field(asdl_name(#name), x->name);
#define AST_NODE(Category, Name, FIELDS)                          \
  __attribute__((noinline)) void dump_##Name([[maybe_unused]] const Name##Node* x) { \
    out += #Name "(";                                             \
    first_ = true;                                                \
    FIELDS                                                        \
    if (attrs_ && k##Category##HasPositions) positions(x->pos);   \
    out += ')';                                                   \
  }
#include "parser/ast_nodes.def"
#undef F

  bool attrs_;
  bool first_ = true;
  int depth_ = 0;
};

}  // namespace

std::string dump(const Node* node, bool include_attributes, bool* too_deep) {
  Dumper d(include_attributes);
  d.out.reserve(4096);
  d.node(node);
  if (too_deep) *too_deep = d.too_deep;
  if (d.too_deep) return {};
  return std::move(d.out);
}

}  // namespace dx::ast
