// The expression unparser of PEP 563 annotations. Its output matches
// CPython 3.11's compiler (which ast.unparse mostly agrees with), quirks
// included: `lambda*, x: x` has no space, an int's attribute gets one
// (`1 .real`), a float or complex infinity is written 1e309, and an
// f-string is the repr of its rebuilt body with an `f` in front.
#include "compiler/unparse.h"

#include <string>

#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/str.h"
#include "runtime/abstract.h"

namespace dx::compiler {

using namespace ast;

namespace {

// Binding strength, weakest first: an operand is parenthesized when its
// operator binds less tightly than the place it appears in requires.
enum Prec : int {
  kTuple,
  kTest,  // if-else, lambda
  kOr,
  kAnd,
  kNot,
  kCmp,
  kExpr,
  kBor = kExpr,
  kBxor,
  kBand,
  kShift,
  kArith,
  kTerm,
  kFactor,
  kPower,
  kAwait,
  kAtom,
};

class Unparser {
 public:
  std::string out;

  bool expr(const Expr* e, int level);

 private:
  bool open_if(bool cond) {
    if (cond) out += '(';
    return true;
  }
  void close_if(bool cond) {
    if (cond) out += ')';
  }
  // Appends repr(o) (consumed), "inf" written as 1e309 for numbers.
  bool append_repr(Object* o, bool number);
  bool constant(const ConstantNode* c);
  bool seq(const Seq<Expr*>& elts, int level);
  bool binop(const BinOpNode* b, int level);
  bool args(const argumentsNode* a);
  bool comprehensions(const Seq<Comprehension*>& gens);
  bool call(const CallNode* c);
  bool fstring_body(const Seq<Expr*>& values, std::string* body);
  bool fstring_element(const Expr* e, std::string* body);
  bool joined_str(const JoinedStrNode* j);
};

bool Unparser::append_repr(Object* o, bool number) {
  if (!o) return false;
  Object* r = object_repr(o);
  decref(o);
  if (!r) return false;
  std::string_view text = str_utf8(r);
  if (number) {
    for (size_t i = 0; i < text.size();) {
      if (text.compare(i, 3, "inf") == 0) {
        out += "1e309";
        i += 3;
      } else {
        out += text[i++];
      }
    }
  } else {
    out += text;
  }
  decref(r);
  return true;
}

bool Unparser::constant(const ConstantNode* c) {
  const Constant& v = c->value;
  if (v.kind == Constant::Kind::Ellipsis) {
    out += "...";
    return true;
  }
  if (c->kind_.data() != nullptr) out += 'u';  // the u'' prefix is kept
  switch (v.kind) {
    case Constant::Kind::None: out += "None"; return true;
    case Constant::Kind::True: out += "True"; return true;
    case Constant::Kind::False: out += "False"; return true;
    case Constant::Kind::Ellipsis: return true;
    case Constant::Kind::Int: out += std::to_string(v.int_value); return true;
    case Constant::Kind::BigInt: out += v.text; return true;
    case Constant::Kind::Float: return append_repr(float_from_double(v.float_value), true);
    case Constant::Kind::Complex: return append_repr(complex_from_doubles(0.0, v.float_value), true);
    case Constant::Kind::Str: return append_repr(str_from_utf8(v.text), false);
    case Constant::Kind::Bytes: return append_repr(bytes_from_string(v.text), false);
  }
  return true;
}

// Comma-separated elements, each at `level`.
bool Unparser::seq(const Seq<Expr*>& elts, int level) {
  for (uint32_t i = 0; i < elts.size(); i++) {
    if (i) out += ", ";
    if (!expr(elts[i], level)) return false;
  }
  return true;
}

bool Unparser::binop(const BinOpNode* b, int level) {
  const char* op = "";
  int pr = kArith;
  switch (b->op) {
    case OperatorKind::Add: op = " + "; pr = kArith; break;
    case OperatorKind::Sub: op = " - "; pr = kArith; break;
    case OperatorKind::Mult: op = " * "; pr = kTerm; break;
    case OperatorKind::MatMult: op = " @ "; pr = kTerm; break;
    case OperatorKind::Div: op = " / "; pr = kTerm; break;
    case OperatorKind::Mod: op = " % "; pr = kTerm; break;
    case OperatorKind::FloorDiv: op = " // "; pr = kTerm; break;
    case OperatorKind::LShift: op = " << "; pr = kShift; break;
    case OperatorKind::RShift: op = " >> "; pr = kShift; break;
    case OperatorKind::BitOr: op = " | "; pr = kBor; break;
    case OperatorKind::BitXor: op = " ^ "; pr = kBxor; break;
    case OperatorKind::BitAnd: op = " & "; pr = kBand; break;
    case OperatorKind::Pow: op = " ** "; pr = kPower; break;
  }
  // ** groups to the right, the others to the left.
  int right_assoc = b->op == OperatorKind::Pow ? 1 : 0;
  open_if(level > pr);
  if (!expr(b->left, pr + right_assoc)) return false;
  out += op;
  if (!expr(b->right, pr + 1 - right_assoc)) return false;
  close_if(level > pr);
  return true;
}

// A lambda's parameters (they have no annotations).
bool Unparser::args(const argumentsNode* a) {
  bool first = true;
  auto sep = [&] {
    if (!first) out += ", ";
    first = false;
  };
  uint32_t npos = a->posonlyargs.size(), nargs = a->args.size(), ndefaults = a->defaults.size();
  for (uint32_t i = 0; i < npos + nargs; i++) {
    sep();
    const Arg* p = i < npos ? a->posonlyargs[i] : a->args[i - npos];
    out += static_cast<const argNode*>(p)->arg;
    int64_t d = static_cast<int64_t>(i) - npos - nargs + ndefaults;
    if (d >= 0) {
      out += '=';
      if (!expr(a->defaults[static_cast<uint32_t>(d)], kTest)) return false;
    }
    if (npos && i + 1 == npos) out += ", /";
  }
  if (a->vararg || !a->kwonlyargs.empty()) {
    sep();
    out += '*';
    if (a->vararg) out += static_cast<const argNode*>(a->vararg)->arg;
  }
  for (uint32_t i = 0; i < a->kwonlyargs.size(); i++) {
    sep();
    out += static_cast<const argNode*>(a->kwonlyargs[i])->arg;
    if (a->kw_defaults[i]) {
      out += '=';
      if (!expr(a->kw_defaults[i], kTest)) return false;
    }
  }
  if (a->kwarg) {
    sep();
    out += "**";
    out += static_cast<const argNode*>(a->kwarg)->arg;
  }
  return true;
}

bool Unparser::comprehensions(const Seq<Comprehension*>& gens) {
  for (Comprehension* g : gens) {
    auto* c = static_cast<const comprehensionNode*>(g);
    out += c->is_async ? " async for " : " for ";
    if (!expr(c->target, kTuple)) return false;
    out += " in ";
    if (!expr(c->iter, kTest + 1)) return false;
    for (Expr* cond : c->ifs) {
      out += " if ";
      if (!expr(cond, kTest + 1)) return false;
    }
  }
  return true;
}

bool Unparser::call(const CallNode* c) {
  if (!expr(c->func, kAtom)) return false;
  // A lone generator expression argument keeps only the call's parentheses.
  if (c->args.size() == 1 && c->keywords.empty() && c->args[0]->kind == NodeKind::GeneratorExp)
    return expr(c->args[0], kTest);
  out += '(';
  bool first = true;
  for (Expr* a : c->args) {
    if (!first) out += ", ";
    first = false;
    if (!expr(a, kTest)) return false;
  }
  for (Keyword* k : c->keywords) {
    if (!first) out += ", ";
    first = false;
    auto* kw = static_cast<const keywordNode*>(k);
    if (kw->arg.data() == nullptr) {
      out += "**";
      if (!expr(kw->value, kExpr)) return false;
    } else {
      out += kw->arg;
      out += '=';
      if (!expr(kw->value, kTest)) return false;
    }
  }
  out += ')';
  return true;
}

// One part of an f-string's body: literal text with its braces doubled, a
// replacement field, or (in a format spec) a nested f-string's body.
bool Unparser::fstring_element(const Expr* e, std::string* body) {
  switch (e->kind) {
    case NodeKind::Constant: {
      std::string_view text = static_cast<const ConstantNode*>(e)->value.text;
      for (char ch : text) {
        *body += ch;
        if (ch == '{' || ch == '}') *body += ch;
      }
      return true;
    }
    case NodeKind::JoinedStr:
      return fstring_body(static_cast<const JoinedStrNode*>(e)->values, body);
    case NodeKind::FormattedValue: {
      auto* f = static_cast<const FormattedValueNode*>(e);
      Unparser inner;
      // Above kTest so that a lambda's or conditional's colon cannot end the field.
      if (!inner.expr(f->value, kTest + 1)) return false;
      *body += inner.out.starts_with('{') ? "{ " : "{";
      *body += inner.out;
      if (f->conversion == 'r') *body += "!r";
      else if (f->conversion == 's') *body += "!s";
      else if (f->conversion == 'a') *body += "!a";
      if (f->format_spec) {
        *body += ':';
        if (!fstring_element(f->format_spec, body)) return false;
      }
      *body += '}';
      return true;
    }
    default:
      return true;  // nothing else occurs in an f-string
  }
}

bool Unparser::fstring_body(const Seq<Expr*>& values, std::string* body) {
  for (Expr* v : values)
    if (!fstring_element(v, body)) return false;
  return true;
}

bool Unparser::joined_str(const JoinedStrNode* j) {
  std::string body;
  if (!fstring_body(j->values, &body)) return false;
  out += 'f';
  return append_repr(str_from_utf8(body), false);
}

bool Unparser::expr(const Expr* e, int level) {
  switch (e->kind) {
    case NodeKind::BoolOp: {
      auto* b = static_cast<const BoolOpNode*>(e);
      int pr = b->op == BoolOpKind::And ? kAnd : kOr;
      open_if(level > pr);
      for (uint32_t i = 0; i < b->values.size(); i++) {
        if (i) out += b->op == BoolOpKind::And ? " and " : " or ";
        if (!expr(b->values[i], pr + 1)) return false;
      }
      close_if(level > pr);
      return true;
    }
    case NodeKind::NamedExpr: {
      auto* n = static_cast<const NamedExprNode*>(e);
      open_if(level > kTuple);
      if (!expr(n->target, kAtom)) return false;
      out += " := ";
      if (!expr(n->value, kAtom)) return false;
      close_if(level > kTuple);
      return true;
    }
    case NodeKind::BinOp: return binop(static_cast<const BinOpNode*>(e), level);
    case NodeKind::UnaryOp: {
      auto* u = static_cast<const UnaryOpNode*>(e);
      const char* op = "";
      int pr = kFactor;
      switch (u->op) {
        case ast::UnaryOpKind::Invert: op = "~"; break;
        case ast::UnaryOpKind::Not: op = "not "; pr = kNot; break;
        case ast::UnaryOpKind::UAdd: op = "+"; break;
        case ast::UnaryOpKind::USub: op = "-"; break;
      }
      open_if(level > pr);
      out += op;
      if (!expr(u->operand, pr)) return false;
      close_if(level > pr);
      return true;
    }
    case NodeKind::Lambda: {
      auto* l = static_cast<const LambdaNode*>(e);
      auto* a = static_cast<const argumentsNode*>(l->args);
      open_if(level > kTest);
      out += a->args.size() + a->posonlyargs.size() ? "lambda " : "lambda";
      if (!args(a)) return false;
      out += ": ";
      if (!expr(l->body, kTest)) return false;
      close_if(level > kTest);
      return true;
    }
    case NodeKind::IfExp: {
      auto* i = static_cast<const IfExpNode*>(e);
      open_if(level > kTest);
      if (!expr(i->body, kTest + 1)) return false;
      out += " if ";
      if (!expr(i->test, kTest + 1)) return false;
      out += " else ";
      if (!expr(i->orelse, kTest)) return false;
      close_if(level > kTest);
      return true;
    }
    case NodeKind::Dict: {
      auto* d = static_cast<const DictNode*>(e);
      out += '{';
      for (uint32_t i = 0; i < d->values.size(); i++) {
        if (i) out += ", ";
        if (d->keys[i]) {
          if (!expr(d->keys[i], kTest)) return false;
          out += ": ";
          if (!expr(d->values[i], kTest)) return false;
        } else {
          out += "**";
          if (!expr(d->values[i], kExpr)) return false;
        }
      }
      out += '}';
      return true;
    }
    case NodeKind::Set:
      out += '{';
      if (!seq(static_cast<const SetNode*>(e)->elts, kTest)) return false;
      out += '}';
      return true;
    case NodeKind::ListComp: {
      auto* c = static_cast<const ListCompNode*>(e);
      out += '[';
      if (!expr(c->elt, kTest) || !comprehensions(c->generators)) return false;
      out += ']';
      return true;
    }
    case NodeKind::SetComp: {
      auto* c = static_cast<const SetCompNode*>(e);
      out += '{';
      if (!expr(c->elt, kTest) || !comprehensions(c->generators)) return false;
      out += '}';
      return true;
    }
    case NodeKind::DictComp: {
      auto* c = static_cast<const DictCompNode*>(e);
      out += '{';
      if (!expr(c->key, kTest)) return false;
      out += ": ";
      if (!expr(c->value, kTest) || !comprehensions(c->generators)) return false;
      out += '}';
      return true;
    }
    case NodeKind::GeneratorExp: {
      auto* c = static_cast<const GeneratorExpNode*>(e);
      out += '(';
      if (!expr(c->elt, kTest) || !comprehensions(c->generators)) return false;
      out += ')';
      return true;
    }
    case NodeKind::Await:
      open_if(level > kAwait);
      out += "await ";
      if (!expr(static_cast<const AwaitNode*>(e)->value, kAtom)) return false;
      close_if(level > kAwait);
      return true;
    case NodeKind::Yield: {
      const Expr* v = static_cast<const YieldNode*>(e)->value;
      if (!v) {
        out += "(yield)";
        return true;
      }
      out += "(yield ";
      if (!expr(v, kTest)) return false;
      out += ')';
      return true;
    }
    case NodeKind::YieldFrom:
      out += "(yield from ";
      if (!expr(static_cast<const YieldFromNode*>(e)->value, kTest)) return false;
      out += ')';
      return true;
    case NodeKind::Compare: {
      auto* c = static_cast<const CompareNode*>(e);
      open_if(level > kCmp);
      if (!expr(c->left, kCmp + 1)) return false;
      for (uint32_t i = 0; i < c->ops.size(); i++) {
        switch (c->ops[i]) {
          case CmpOpKind::Eq: out += " == "; break;
          case CmpOpKind::NotEq: out += " != "; break;
          case CmpOpKind::Lt: out += " < "; break;
          case CmpOpKind::LtE: out += " <= "; break;
          case CmpOpKind::Gt: out += " > "; break;
          case CmpOpKind::GtE: out += " >= "; break;
          case CmpOpKind::Is: out += " is "; break;
          case CmpOpKind::IsNot: out += " is not "; break;
          case CmpOpKind::In: out += " in "; break;
          case CmpOpKind::NotIn: out += " not in "; break;
        }
        if (!expr(c->comparators[i], kCmp + 1)) return false;
      }
      close_if(level > kCmp);
      return true;
    }
    case NodeKind::Call: return call(static_cast<const CallNode*>(e));
    case NodeKind::JoinedStr: return joined_str(static_cast<const JoinedStrNode*>(e));
    case NodeKind::FormattedValue: {
      // Only inside a JoinedStr; unparsed alone as an f-string of its own.
      std::string body;
      if (!fstring_element(e, &body)) return false;
      out += 'f';
      return append_repr(str_from_utf8(body), false);
    }
    case NodeKind::Constant: return constant(static_cast<const ConstantNode*>(e));
    case NodeKind::Attribute: {
      auto* a = static_cast<const AttributeNode*>(e);
      if (!expr(a->value, kAtom)) return false;
      // `1.real` would read as a float.
      bool int_value = a->value->kind == NodeKind::Constant &&
                       (static_cast<const ConstantNode*>(a->value)->value.kind == Constant::Kind::Int ||
                        static_cast<const ConstantNode*>(a->value)->value.kind == Constant::Kind::BigInt);
      out += int_value ? " ." : ".";
      out += a->attr;
      return true;
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const SubscriptNode*>(e);
      if (!expr(s->value, kAtom)) return false;
      out += '[';
      if (!expr(s->slice, kTuple)) return false;
      out += ']';
      return true;
    }
    case NodeKind::Starred:
      out += '*';
      return expr(static_cast<const StarredNode*>(e)->value, kExpr);
    case NodeKind::Name: out += static_cast<const NameNode*>(e)->id; return true;
    case NodeKind::List:
      out += '[';
      if (!seq(static_cast<const ListNode*>(e)->elts, kTest)) return false;
      out += ']';
      return true;
    case NodeKind::Tuple: {
      const Seq<Expr*>& elts = static_cast<const TupleNode*>(e)->elts;
      if (elts.empty()) {
        out += "()";
        return true;
      }
      open_if(level > kTuple);
      if (!seq(elts, kTest)) return false;
      if (elts.size() == 1) out += ',';
      close_if(level > kTuple);
      return true;
    }
    case NodeKind::Slice: {
      auto* s = static_cast<const SliceNode*>(e);
      if (s->lower && !expr(s->lower, kTest)) return false;
      out += ':';
      if (s->upper && !expr(s->upper, kTest)) return false;
      if (s->step) {
        out += ':';
        if (!expr(s->step, kTest)) return false;
      }
      return true;
    }
    default:
      return true;  // not an expression
  }
}

}  // namespace

Object* unparse_annotation(const Expr* e) {
  Unparser u;
  if (!u.expr(e, kTest)) return nullptr;
  return str_from_utf8(u.out);
}

}  // namespace dx::compiler
