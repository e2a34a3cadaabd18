// Expressions: from `star_expressions` down to `atom`, plus targets,
// arguments, comprehensions and lambda. A node's position runs from the first
// token its rule consumed to the last (CPython's EXTRA), so `(a) + b` starts
// at the parenthesis.
#include "parser/parser_internal.h"

namespace dx::parser {


template <typename F>
Expr* Parser::memo(MemoRule rule, F&& f) {
  if (!invalid_rules_) return f();
  uint64_t key = (static_cast<uint64_t>(pos_) << 8) | (static_cast<uint64_t>(rule) << 1) | (invalid_rules_ ? 1 : 0);
  auto it = memo_.find(key);
  if (it != memo_.end()) {
    if (it->second.node) pos_ = it->second.end;
    return it->second.node;
  }
  size_t start = pos_;
  Expr* r = f();
  memo_[key] = MemoEntry{r, r ? pos_ : start};
  return r;
}

// ---- sequences of expressions ----------------------------------------------

// expressions: expression (',' expression)* [',']
Expr* Parser::expressions() {
  Token start = cur();
  Expr* first = expression();
  if (!first) return nullptr;
  if (!at(TokenKind::Comma)) return first;
  SeqBuilder<Expr*> elts;
  elts.push(first);
  while (accept(TokenKind::Comma)) {
    size_t m = mark();
    Expr* e = expression();
    if (!e) {
      if (failed_) return nullptr;
      reset(m);
      break;
    }
    elts.push(e);
  }
  auto* t = make<TupleNode>(span_from(start));
  t->elts = elts.finish(arena_);
  t->ctx = Context::Load;
  return t;
}

// star_expressions: star_expression (',' star_expression)* [',']
Expr* Parser::star_expressions() {
  return memo(MemoRule::StarExpressions, [&]() -> Expr* {
    Token start = cur();
    Expr* first = star_expression();
    if (!first) return nullptr;
    if (!at(TokenKind::Comma)) return first;
    SeqBuilder<Expr*> elts;
    elts.push(first);
    while (accept(TokenKind::Comma)) {
      size_t m = mark();
      Expr* e = star_expression();
      if (!e) {
        if (failed_) return nullptr;
        reset(m);
        break;
      }
      elts.push(e);
    }
    auto* t = make<TupleNode>(span_from(start));
    t->elts = elts.finish(arena_);
    t->ctx = Context::Load;
    return t;
  });
}

// star_expression: '*' bitwise_or | expression
Expr* Parser::star_expression() {
  if (at(TokenKind::Star)) {
    Token start = advance();
    Expr* v = bitwise_or();
    if (!v) return nullptr;
    auto* s = make<StarredNode>(span_from(start));
    s->value = v;
    s->ctx = Context::Load;
    return s;
  }
  return expression();
}

// star_named_expression: '*' bitwise_or | named_expression
Expr* Parser::star_named_expression() {
  if (at(TokenKind::Star)) {
    Token start = advance();
    Expr* v = bitwise_or();
    if (!v) return nullptr;
    auto* s = make<StarredNode>(span_from(start));
    s->value = v;
    s->ctx = Context::Load;
    return s;
  }
  return named_expression();
}

// assignment_expression: NAME ':=' ~ expression
Expr* Parser::assignment_expression() {
  if (!(at_name() && peek(1).kind == TokenKind::ColonEqual)) return nullptr;
  Token name = advance();
  advance();
  Expr* value = expression();
  if (!value) return nullptr;
  auto* n = make<NamedExprNode>(span_from(name));
  n->target = name_node(name, Context::Store);
  n->value = value;
  return n;
}

// named_expression: assignment_expression | invalid_named_expression | expression !':='
Expr* Parser::named_expression() {
  if (at_name() && peek(1).kind == TokenKind::ColonEqual) return assignment_expression();
  if (invalid_rules_) {
    size_t m = mark();
    invalid_named_expression();
    if (failed_) return nullptr;
    reset(m);
  }
  Expr* e = expression();
  if (!e || at(TokenKind::ColonEqual)) return nullptr;
  return e;
}

// ---- the precedence chain ------------------------------------------------

// expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef
Expr* Parser::expression() {
  return memo(MemoRule::Expression, [&]() -> Expr* {
    DepthGuard guard(*this);
    if (!guard.ok || failed_) return nullptr;
    if (invalid_rules_) {
      size_t m = mark();
      invalid_expression();
      if (failed_) return nullptr;
      reset(m);
    }
    if (at(Keyword::Lambda)) return lambdef();
    Token start = cur();
    Expr* body = disjunction();
    if (!body) return nullptr;
    if (!at(Keyword::If)) return body;
    size_t m = mark();
    advance();
    Expr* test = disjunction();
    if (!test || !accept(Keyword::Else)) {
      if (failed_) return nullptr;
      reset(m);
      return body;
    }
    Expr* orelse = expression();
    if (!orelse) {
      // PEG: the conditional alternative fails, the disjunction alone matches.
      if (failed_) return nullptr;
      reset(m);
      return body;
    }
    auto* e = make<IfExpNode>(span_from(start));
    e->test = test;
    e->body = body;
    e->orelse = orelse;
    return e;
  });
}

// disjunction: conjunction ('or' conjunction)+ | conjunction
Expr* Parser::disjunction() {
  return memo(MemoRule::Disjunction, [&] { return bool_op_chain(Keyword::Or, BoolOpKind::Or, &Parser::conjunction); });
}

// conjunction: inversion ('and' inversion)+ | inversion
Expr* Parser::conjunction() { return bool_op_chain(Keyword::And, BoolOpKind::And, &Parser::inversion); }

// operand (keyword operand)+ as one BoolOp, or the lone operand.
Expr* Parser::bool_op_chain(Keyword keyword, BoolOpKind op, Expr* (Parser::*operand)()) {
  Token start = cur();
  Expr* first = (this->*operand)();
  if (!first || !at(keyword)) return first;
  SeqBuilder<Expr*> values;
  values.push(first);
  while (at(keyword)) {
    size_t m = mark();
    advance();
    Expr* e = (this->*operand)();
    if (!e) {
      if (failed_) return nullptr;
      reset(m);
      break;
    }
    values.push(e);
  }
  if (values.size() == 1) return first;
  auto* b = make<BoolOpNode>(span_from(start));
  b->op = op;
  b->values = values.finish(arena_);
  return b;
}

Expr* Parser::inversion() {
  if (at(Keyword::Not)) {
    DepthGuard guard(*this);
    if (!guard.ok) return nullptr;
    Token start = advance();
    Expr* operand = inversion();
    if (!operand) return nullptr;
    auto* u = make<UnaryOpNode>(span_from(start));
    u->op = UnaryOpKind::Not;
    u->operand = operand;
    return u;
  }
  return comparison();
}

// Returns true and the operator if a comparison operator starts here; sets
// *width to its token count.
bool Parser::compare_op(CmpOpKind* op, int* width) {
  const Token& t = cur();
  *width = 1;
  switch (t.kind) {
    case TokenKind::EqEqual: *op = CmpOpKind::Eq; return true;
    case TokenKind::NotEqual:
      if (tokenizer_.options().barry_as_flufl) {
        if (text(t) != "<>") {
          raise_last(SyntaxErrorType::SyntaxError, "with Barry as BDFL, use '<>' instead of '!='");
          return false;
        }
      } else if (text(t) == "<>") {
        return false;
      }
      *op = CmpOpKind::NotEq;
      return true;
    case TokenKind::LessEqual: *op = CmpOpKind::LtE; return true;
    case TokenKind::Less: *op = CmpOpKind::Lt; return true;
    case TokenKind::GreaterEqual: *op = CmpOpKind::GtE; return true;
    case TokenKind::Greater: *op = CmpOpKind::Gt; return true;
    case TokenKind::Name:
      if (t.keyword == Keyword::In) {
        *op = CmpOpKind::In;
        return true;
      }
      if (t.keyword == Keyword::Not && peek(1).kind == TokenKind::Name && peek(1).keyword == Keyword::In) {
        *op = CmpOpKind::NotIn;
        *width = 2;
        return true;
      }
      if (t.keyword == Keyword::Is) {
        if (peek(1).kind == TokenKind::Name && peek(1).keyword == Keyword::Not) {
          *op = CmpOpKind::IsNot;
          *width = 2;
        } else {
          *op = CmpOpKind::Is;
        }
        return true;
      }
      return false;
    default:
      return false;
  }
}

Expr* Parser::comparison() {
  Token start = cur();
  Expr* left = bitwise_or();
  if (!left) return nullptr;
  CmpOpKind op;
  int width;
  if (!compare_op(&op, &width)) return left;
  SeqBuilder<CmpOpKind> ops;
  SeqBuilder<Expr*> comparators;
  while (compare_op(&op, &width)) {
    size_t m = mark();
    pos_ += width;
    Expr* right = bitwise_or();
    if (!right) {
      if (failed_) return nullptr;
      reset(m);
      break;
    }
    ops.push(op);
    comparators.push(right);
  }
  if (ops.empty()) return left;
  auto* c = make<CompareNode>(span_from(start));
  c->left = left;
  c->ops = ops.finish(arena_);
  c->comparators = comparators.finish(arena_);
  return c;
}

// The left-associative binary levels share one loop.
Expr* Parser::binary_level(int level) {
  static constexpr int kTop = 5;  // bitwise_or
  if (level < 0) return factor();
  Token start = cur();
  Expr* left = level == kTop ? memo(MemoRule::BitwiseOr, [&] { return binary_level(level - 1); })
                             : binary_level(level - 1);
  if (!left) return nullptr;
  for (;;) {
    OperatorKind op;
    TokenKind k = cur().kind;
    switch (level) {
      case 5:  // bitwise_or
        if (k != TokenKind::VBar) return left;
        op = OperatorKind::BitOr;
        break;
      case 4:  // bitwise_xor
        if (k != TokenKind::Circumflex) return left;
        op = OperatorKind::BitXor;
        break;
      case 3:  // bitwise_and
        if (k != TokenKind::Amper) return left;
        op = OperatorKind::BitAnd;
        break;
      case 2:  // shift_expr
        if (k == TokenKind::LeftShift) op = OperatorKind::LShift;
        else if (k == TokenKind::RightShift) op = OperatorKind::RShift;
        else return left;
        break;
      case 1:  // sum
        if (k == TokenKind::Plus) op = OperatorKind::Add;
        else if (k == TokenKind::Minus) op = OperatorKind::Sub;
        else return left;
        break;
      default:  // term
        if (k == TokenKind::Star) op = OperatorKind::Mult;
        else if (k == TokenKind::Slash) op = OperatorKind::Div;
        else if (k == TokenKind::DoubleSlash) op = OperatorKind::FloorDiv;
        else if (k == TokenKind::Percent) op = OperatorKind::Mod;
        else if (k == TokenKind::At) op = OperatorKind::MatMult;
        else return left;
        break;
    }
    size_t m = mark();
    advance();
    Expr* right = binary_level(level - 1);
    if (!right) {
      if (failed_) return nullptr;
      reset(m);
      return left;
    }
    auto* b = make<BinOpNode>(span_from(start));
    b->left = left;
    b->op = op;
    b->right = right;
    left = b;
  }
}

Expr* Parser::bitwise_or() { return binary_level(5); }

// factor: '+' factor | '-' factor | '~' factor | power
Expr* Parser::factor() {
  UnaryOpKind op;
  switch (cur().kind) {
    case TokenKind::Plus: op = UnaryOpKind::UAdd; break;
    case TokenKind::Minus: op = UnaryOpKind::USub; break;
    case TokenKind::Tilde: op = UnaryOpKind::Invert; break;
    default: return power();
  }
  DepthGuard guard(*this);
  if (!guard.ok) return nullptr;
  Token start = advance();
  Expr* operand = factor();
  if (!operand) return nullptr;
  auto* u = make<UnaryOpNode>(span_from(start));
  u->op = op;
  u->operand = operand;
  return u;
}

// power: await_primary '**' factor | await_primary
Expr* Parser::power() {
  Token start = cur();
  Expr* left = await_primary();
  if (!left || !at(TokenKind::DoubleStar)) return left;
  DepthGuard guard(*this);  // `2**2**2**...` recurses through factor
  if (!guard.ok) return nullptr;
  size_t m = mark();
  advance();
  Expr* right = factor();
  if (!right) {
    if (failed_) return nullptr;
    reset(m);
    return left;
  }
  auto* b = make<BinOpNode>(span_from(start));
  b->left = left;
  b->op = OperatorKind::Pow;
  b->right = right;
  return b;
}

// await_primary: AWAIT primary | primary
Expr* Parser::await_primary() {
  if (at(Keyword::Await)) {
    Token start = advance();
    Expr* v = primary();
    if (!v) return nullptr;
    auto* a = make<AwaitNode>(span_from(start));
    a->value = v;
    return a;
  }
  return primary();
}

// primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom
Expr* Parser::primary() {
  Token start = cur();
  Expr* e = atom();
  if (!e) return nullptr;
  return primary_trailers(e, start);
}

Expr* Parser::primary_trailers(Expr* e, const Token& start) {
  for (;;) {
    switch (cur().kind) {
      case TokenKind::Dot: {
        if (!(peek(1).kind == TokenKind::Name && peek(1).keyword == Keyword::NotKeyword)) return e;
        advance();
        Token name = advance();
        auto* a = make<AttributeNode>(span_from(start));
        a->value = e;
        a->attr = identifier(name);
        a->ctx = Context::Load;
        e = a;
        break;
      }
      case TokenKind::LPar: {
        Token lpar = advance();
        Expr* c = call(e, lpar, start);
        if (!c) return nullptr;
        e = c;
        break;
      }
      case TokenKind::LSqb: {
        size_t m = mark();
        advance();
        Expr* s = slices();
        if (!s || !accept(TokenKind::RSqb)) {
          if (failed_) return nullptr;
          reset(m);
          return e;
        }
        auto* sub = make<SubscriptNode>(span_from(start));
        sub->value = e;
        sub->slice = s;
        sub->ctx = Context::Load;
        e = sub;
        break;
      }
      default:
        return e;
    }
  }
}

// slices: slice !',' | ','.(slice | starred_expression)+ [',']
Expr* Parser::slices() {
  Token start = cur();
  Expr* first = at(TokenKind::Star) ? star_expression() : slice();
  if (!first) return nullptr;
  if (!at(TokenKind::Comma)) {
    if (first->kind == NodeKind::Starred) {
      // A lone starred item is still a tuple: a[*b] -> Tuple([Starred]).
    } else {
      return first;
    }
  }
  SeqBuilder<Expr*> elts;
  elts.push(first);
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RSqb)) break;
    Expr* e = at(TokenKind::Star) ? star_expression() : slice();
    if (!e) return nullptr;
    elts.push(e);
  }
  auto* t = make<TupleNode>(span_from(start));
  t->elts = elts.finish(arena_);
  t->ctx = Context::Load;
  return t;
}

// slice: [expression] ':' [expression] [':' [expression]] | named_expression
Expr* Parser::slice() {
  Token start = cur();
  Expr* lower = nullptr;
  if (!at(TokenKind::Colon)) {
    size_t m = mark();
    lower = expression();
    if (!lower) {
      if (failed_) return nullptr;
      reset(m);
      return named_expression();
    }
    if (!at(TokenKind::Colon)) {
      if (at(TokenKind::ColonEqual)) {
        reset(m);
        return named_expression();
      }
      return lower;
    }
  }
  advance();  // ':'
  auto* s = make<SliceNode>({});
  s->lower = lower;
  if (!at(TokenKind::Colon) && !at(TokenKind::Comma) && !at(TokenKind::RSqb)) {
    s->upper = expression();
    if (!s->upper) return nullptr;
  }
  if (accept(TokenKind::Colon)) {
    if (!at(TokenKind::Comma) && !at(TokenKind::RSqb)) {
      s->step = expression();
      if (!s->step) return nullptr;
    }
  }
  s->pos = span_from(start);
  return s;
}

// ---- atoms -------------------------------------------------------------------

Expr* Parser::atom() {
  Token t = cur();
  switch (t.kind) {
    case TokenKind::Name: {
      Constant::Kind ck;
      switch (t.keyword) {
        case Keyword::NotKeyword:
          advance();
          return name_node(t, Context::Load);
        case Keyword::True: ck = Constant::Kind::True; break;
        case Keyword::False: ck = Constant::Kind::False; break;
        case Keyword::None: ck = Constant::Kind::None; break;
        default: return nullptr;
      }
      advance();
      auto* c = make<ConstantNode>(span(t, t));
      c->value.kind = ck;
      return c;
    }
    case TokenKind::Number:
      advance();
      return number(t);
    case TokenKind::String:
      return strings();
    case TokenKind::Ellipsis: {
      advance();
      auto* c = make<ConstantNode>(span(t, t));
      c->value.kind = Constant::Kind::Ellipsis;
      return c;
    }
    case TokenKind::LPar: {
      DepthGuard guard(*this);
      if (!guard.ok) return nullptr;
      return paren_atom();
    }
    case TokenKind::LSqb: {
      DepthGuard guard(*this);
      if (!guard.ok) return nullptr;
      return bracket_atom();
    }
    case TokenKind::LBrace: {
      DepthGuard guard(*this);
      if (!guard.ok) return nullptr;
      return brace_atom();
    }
    default:
      return nullptr;
  }
}

// tuple | group | genexp
Expr* Parser::paren_atom() {
  Token lpar = advance();
  if (accept(TokenKind::RPar)) {
    auto* t = make<TupleNode>(span_from(lpar));
    t->ctx = Context::Load;
    return t;
  }
  if (at(Keyword::Yield)) {
    Expr* y = yield_expr();
    if (!y || !accept(TokenKind::RPar)) return nullptr;
    return y;
  }
  Expr* first = star_named_expression();
  if (!first) {
    if (!failed_ && invalid_rules_) invalid_group_or_genexp_start(lpar);
    return nullptr;
  }
  if (at(Keyword::For) || (at(Keyword::Async) && peek(1).keyword == Keyword::For)) {
    if (first->kind == NodeKind::Starred) return invalid_comprehension_starred(first);
    Seq<Comprehension*> gens = for_if_clauses();
    if (gens.empty() || !accept(TokenKind::RPar)) return nullptr;
    auto* g = make<GeneratorExpNode>(span_from(lpar));
    g->elt = first;
    g->generators = gens;
    return g;
  }
  if (accept(TokenKind::RPar)) {
    if (first->kind == NodeKind::Starred) {
      if (invalid_rules_) return raise_at_node(first, "cannot use starred expression here");
      return nullptr;
    }
    return first;
  }
  if (!at(TokenKind::Comma)) {
    if (invalid_rules_ && !failed_ && first->kind == NodeKind::Starred) {
      // invalid_group: '(' a=starred_expression ')' is handled above.
    }
    return nullptr;
  }
  SeqBuilder<Expr*> elts;
  elts.push(first);
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RPar)) break;
    Expr* e = star_named_expression();
    if (!e) return nullptr;
    elts.push(e);
  }
  if (!accept(TokenKind::RPar)) return nullptr;
  auto* t = make<TupleNode>(span_from(lpar));
  t->elts = elts.finish(arena_);
  t->ctx = Context::Load;
  return t;
}

// list | listcomp
Expr* Parser::bracket_atom() {
  Token lsqb = advance();
  SeqBuilder<Expr*> elts;
  if (!at(TokenKind::RSqb)) {
    Expr* first = star_named_expression();
    if (!first) return nullptr;
    if (at(Keyword::For) || (at(Keyword::Async) && peek(1).keyword == Keyword::For)) {
      if (first->kind == NodeKind::Starred) return invalid_comprehension_starred(first);
      Seq<Comprehension*> gens = for_if_clauses();
      if (gens.empty() || !accept(TokenKind::RSqb)) return nullptr;
      auto* l = make<ListCompNode>(span_from(lsqb));
      l->elt = first;
      l->generators = gens;
      return l;
    }
    elts.push(first);
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RSqb)) break;
      Expr* e = star_named_expression();
      if (!e) return nullptr;
      elts.push(e);
    }
    if (invalid_rules_ && at_comprehension_for()) return invalid_comprehension_target(first, elts.back());
  }
  if (!accept(TokenKind::RSqb)) return nullptr;
  auto* l = make<ListNode>(span_from(lsqb));
  l->elts = elts.finish(arena_);
  l->ctx = Context::Load;
  return l;
}

// dict | set | dictcomp | setcomp
Expr* Parser::brace_atom() {
  Token lbrace = advance();
  if (accept(TokenKind::RBrace)) return make<DictNode>(span_from(lbrace));
  SeqBuilder<Expr*> keys, values;
  Expr* first = nullptr;
  if (at(TokenKind::DoubleStar)) {
    Token stars = advance();
    Expr* v = bitwise_or();
    if (!v) return nullptr;
    if (invalid_rules_ && at_comprehension_for()) {
      size_t m = mark();
      Seq<Comprehension*> gens = for_if_clauses();
      if (!gens.empty() && at(TokenKind::RBrace))
        return raise_at_token(stars, "dict unpacking cannot be used in dict comprehension");
      if (failed_) return nullptr;
      reset(m);
    }
    keys.push(nullptr);
    values.push(v);
  } else {
    // A walrus is a set element: `{x := 1}`; a dict key must be a plain expression.
    bool walrus = at_name() && peek(1).kind == TokenKind::ColonEqual;
    first = walrus || at(TokenKind::Star) ? star_named_expression() : expression();
    if (!first) return nullptr;
    if (!walrus && at(TokenKind::ColonEqual)) return nullptr;
    if (at(TokenKind::Colon)) {
      if (first->kind == NodeKind::Starred || walrus) return nullptr;
      advance();
      Expr* v = expression();
      if (!v) {
        if (!failed_ && invalid_rules_) invalid_dict_value(first);
        return nullptr;
      }
      if (at(Keyword::For) || (at(Keyword::Async) && peek(1).keyword == Keyword::For)) {
        Seq<Comprehension*> gens = for_if_clauses();
        if (gens.empty() || !accept(TokenKind::RBrace)) return nullptr;
        auto* d = make<DictCompNode>(span_from(lbrace));
        d->key = first;
        d->value = v;
        d->generators = gens;
        return d;
      }
      keys.push(first);
      values.push(v);
    } else {
      // A set display or comprehension.
      if (at(Keyword::For) || (at(Keyword::Async) && peek(1).keyword == Keyword::For)) {
        if (first->kind == NodeKind::Starred) return invalid_comprehension_starred(first);
        Seq<Comprehension*> gens = for_if_clauses();
        if (gens.empty() || !accept(TokenKind::RBrace)) return nullptr;
        auto* s = make<SetCompNode>(span_from(lbrace));
        s->elt = first;
        s->generators = gens;
        return s;
      }
      SeqBuilder<Expr*> elts;
      elts.push(first);
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace)) break;
        Expr* e = star_named_expression();
        if (!e) return nullptr;
        elts.push(e);
      }
      if (invalid_rules_ && at_comprehension_for()) return invalid_comprehension_target(first, elts.back());
      if (!accept(TokenKind::RBrace)) return nullptr;
      auto* s = make<SetNode>(span_from(lbrace));
      s->elts = elts.finish(arena_);
      return s;
    }
  }
  // The rest of a dict display: (',' ('**' bitwise_or | expression ':' expression))* [',']
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::RBrace)) break;
    if (accept(TokenKind::DoubleStar)) {
      Expr* v = bitwise_or();
      if (!v) return nullptr;
      keys.push(nullptr);
      values.push(v);
      continue;
    }
    Expr* k = expression();
    if (!k) return nullptr;
    if (!accept(TokenKind::Colon)) {
      if (invalid_rules_ && !failed_)
        return raise_at_node(k, "':' expected after dictionary key");
      return nullptr;
    }
    Expr* v = expression();
    if (!v) {
      if (!failed_ && invalid_rules_) invalid_dict_value(k);
      return nullptr;
    }
    keys.push(k);
    values.push(v);
  }
  if (!accept(TokenKind::RBrace)) return nullptr;
  auto* d = make<DictNode>(span_from(lbrace));
  d->keys = keys.finish(arena_);
  d->values = values.finish(arena_);
  return d;
}

// for_if_clauses: ([ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+
Seq<Comprehension*> Parser::for_if_clauses() {
  SeqBuilder<Comprehension*> out;
  for (;;) {
    bool is_async = false;
    size_t m = mark();
    if (at(Keyword::Async) && peek(1).keyword == Keyword::For) {
      advance();
      is_async = true;
    }
    if (!accept(Keyword::For)) {
      reset(m);
      break;
    }
    size_t target_mark = mark();
    Expr* target = star_targets();
    if (!target || !accept(Keyword::In)) {
      if (!failed_ && invalid_rules_) {
        reset(target_mark);
        Expr* e = star_expressions();
        if (e) {
          if (Expr* bad = invalid_target(e, TargetsType::For)) raise_invalid_target(bad, TargetsType::For);
        }
      }
      return {};
    }
    Expr* iter = disjunction();
    if (!iter) return {};
    SeqBuilder<Expr*> ifs;
    while (accept(Keyword::If)) {
      Expr* cond = disjunction();
      if (!cond) return {};
      ifs.push(cond);
    }
    auto* c = make<comprehensionNode>({});
    c->target = target;
    c->iter = iter;
    c->ifs = ifs.finish(arena_);
    c->is_async = is_async ? 1 : 0;
    out.push(c);
  }
  if (!failed_ && invalid_rules_ && !out.empty() && at(TokenKind::Comma)) {
    // invalid_comprehension: ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
  }
  return out.finish(arena_);
}

// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
Expr* Parser::yield_expr() {
  Token start = advance();
  if (accept(Keyword::From)) {
    Expr* v = expression();
    if (!v) return nullptr;
    auto* y = make<YieldFromNode>(span_from(start));
    y->value = v;
    return y;
  }
  auto* y = make<YieldNode>({});
  size_t m = mark();
  if (Expr* v = star_expressions()) {
    y->value = v;
  } else {
    if (failed_) return nullptr;
    reset(m);
  }
  y->pos = span_from(start);
  return y;
}

// lambdef: 'lambda' [lambda_params] ':' expression
Expr* Parser::lambdef() {
  Token start = advance();
  Arguments* args = parameters(true);
  if (!args) return nullptr;
  if (!accept(TokenKind::Colon)) {
    if (invalid_rules_ && !failed_) invalid_parameters_tail(true);
    return nullptr;
  }
  Expr* body = expression();
  if (!body) return nullptr;
  auto* l = make<LambdaNode>(span_from(start));
  l->args = args;
  l->body = body;
  return l;
}

// ---- calls -------------------------------------------------------------------

// '(' [arguments] ')' after `func` (nullptr for a class's bases), or a
// generator expression as the only argument.
Expr* Parser::call(Expr* func, const Token& lpar, const Token& start) {
  SeqBuilder<Expr*> args;
  SeqBuilder<ast::Keyword*> keywords;
  bool seen_keyword = false, seen_double_star = false;
  size_t arg_count = 0;
  Token lpar_next = cur();
  while (!at(TokenKind::RPar)) {
    Token arg_start = cur();
    if (at(TokenKind::Star)) {
      advance();
      Expr* v = expression();
      if (!v) return nullptr;
      if (seen_double_star) {
        if (invalid_rules_) {
          // The location is all the arguments before this one.
          const Token& before = tokens_[arg_start_index(arg_start) - 2];
          return raise_range(SyntaxErrorType::SyntaxError, lpar_next.lineno, lpar_next.col_offset, before.end_lineno,
                             before.end_col_offset, "iterable argument unpacking follows keyword argument unpacking");
        }
        return nullptr;
      }
      auto* s = make<StarredNode>(span_from(arg_start));
      s->value = v;
      s->ctx = Context::Load;
      // primary genexp's invalid_comprehension: '(' a=starred_expression for_if_clauses
      if (invalid_rules_ && func && arg_count == 0 && keywords.empty() && at_comprehension_for())
        return invalid_comprehension_starred(s);
      args.push(s);
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      Expr* v = expression();
      if (!v) return nullptr;
      auto* k = make<keywordNode>(span_from(arg_start));
      k->value = v;
      keywords.push(k);
      seen_double_star = true;
    } else if (at_name() && peek(1).kind == TokenKind::Equal) {
      Token name = advance();
      advance();
      Expr* v = expression();
      if (!v) {
        if (!failed_ && invalid_rules_) invalid_kwarg_value(name);
        return nullptr;
      }
      if (invalid_rules_ && at_comprehension_for()) {
        Token eq = tokens_[arg_start_index(name) + 1];
        return raise_tokens(name, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      }
      auto* k = make<keywordNode>(span_from(arg_start));
      k->arg = identifier(name);
      k->value = v;
      keywords.push(k);
      seen_keyword = true;
    } else {
      Expr* e = at_name() && peek(1).kind == TokenKind::ColonEqual ? assignment_expression() : expression();
      if (!e) {
        if (!failed_ && invalid_rules_) invalid_kwarg_start(arg_start);
        return nullptr;
      }
      if (at(TokenKind::ColonEqual)) return nullptr;
      if (at(TokenKind::Equal)) {
        if (invalid_rules_) invalid_kwarg_target(e, arg_start);
        return nullptr;
      }
      if (at(Keyword::For) || (at(Keyword::Async) && peek(1).keyword == Keyword::For)) {
        // A generator expression: alone it is the call's only argument.
        Seq<Comprehension*> gens = for_if_clauses();
        if (gens.empty()) return nullptr;
        if (func && arg_count == 0 && keywords.empty() && at(TokenKind::RPar)) {
          advance();
          auto* g = make<GeneratorExpNode>(span_from(lpar));
          g->elt = e;
          g->generators = gens;
          auto* c = make<CallNode>(span_from(start));
          c->func = func;
          c->args = one<Expr*>(g);
          return c;
        }
        if (invalid_rules_) {
          // invalid_arguments: a generator expression among other arguments.
          Token end = last();
          Position p{e->pos.lineno, e->pos.col_offset, end.end_lineno, end.end_col_offset};
          if (arg_count > 0 || at(TokenKind::Comma) || !keywords.empty())
            return raise_range(SyntaxErrorType::SyntaxError, p.lineno, p.col_offset, p.end_lineno, p.end_col_offset,
                               "Generator expression must be parenthesized");
        }
        return nullptr;
      }
      if (seen_keyword || seen_double_star) {
        if (invalid_rules_) {
          cur();  // CPython reports it at the token after the argument
          return raise_last(SyntaxErrorType::SyntaxError, seen_double_star
                                                              ? "positional argument follows keyword argument unpacking"
                                                              : "positional argument follows keyword argument");
        }
        return nullptr;
      }
      args.push(e);
    }
    arg_count++;
    if (!accept(TokenKind::Comma)) break;
  }
  if (!accept(TokenKind::RPar)) {
    if (!failed_ && invalid_rules_) invalid_arguments_end(args, keywords);
    return nullptr;
  }
  auto* c = make<CallNode>(func ? span_from(start) : Position{});
  c->func = func;
  c->args = args.finish(arena_);
  c->keywords = keywords.finish(arena_);
  return c;
}

bool Parser::at_comprehension_for() {
  return at(Keyword::For) || (at(Keyword::Async) && peek(1).keyword == Keyword::For);
}

// The index of a token already fetched, found by its start offset.
size_t Parser::arg_start_index(const Token& t) {
  for (size_t i = pos_; i-- > 0;)
    if (tokens_[i].start == t.start && tokens_[i].kind == t.kind) return i;
  return 0;
}

// invalid_comprehension: ('[' | '(' | '{') a=starred_expression for_if_clauses
std::nullptr_t Parser::invalid_comprehension_starred(Expr* starred) {
  if (!invalid_rules_) return nullptr;
  Seq<Comprehension*> gens = for_if_clauses();
  if (gens.empty()) return nullptr;
  return raise_at_node(starred, "iterable unpacking cannot be used in comprehension");
}

// invalid_comprehension: ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
std::nullptr_t Parser::invalid_comprehension_target(Expr* first, Expr* last_elt) {
  bool trailing_comma = last().kind == TokenKind::Comma;
  Token comma = last();
  Seq<Comprehension*> gens = for_if_clauses();
  if (gens.empty()) return nullptr;
  if (trailing_comma && first == last_elt)
    return raise_range(SyntaxErrorType::SyntaxError, first->pos.lineno, first->pos.col_offset, comma.end_lineno,
                       comma.end_col_offset, "did you forget parentheses around the comprehension target?");
  return raise_nodes(first, last_elt, "did you forget parentheses around the comprehension target?");
}

// ---- targets -----------------------------------------------------------------

// star_targets: star_target !',' | star_target (',' star_target)* [',']
// Returns a target with Store context, or nullptr when what follows is not
// a valid target list.
Expr* Parser::star_targets() {
  Token start = cur();
  Expr* first = star_target_raw();
  if (!first) return nullptr;
  Expr* result = first;
  if (at(TokenKind::Comma)) {
    SeqBuilder<Expr*> elts;
    elts.push(first);
    for (;;) {
      size_t m = mark();
      if (!accept(TokenKind::Comma)) break;
      Expr* e = star_target_raw();
      if (!e) {
        if (failed_) return nullptr;
        reset(m);
        accept(TokenKind::Comma);
        break;
      }
      elts.push(e);
    }
    auto* t = make<TupleNode>(span_from(start));
    t->elts = elts.finish(arena_);
    t->ctx = Context::Store;
    result = t;
  }
  if (invalid_target(result, TargetsType::Star)) return nullptr;
  set_context(result, Context::Store);
  return result;
}

Expr* Parser::star_target() {
  Expr* e = star_target_raw();
  if (!e || invalid_target(e, TargetsType::Star)) return e;
  set_context(e, Context::Store);
  return e;
}

// star_target: '*' (!'*' star_target) | target_with_star_atom; checked later.
Expr* Parser::star_target_raw() {
  if (at(TokenKind::Star)) {
    DepthGuard guard(*this);
    if (!guard.ok) return nullptr;
    Token start = advance();
    if (at(TokenKind::Star)) return nullptr;
    Expr* inner = star_target_raw();
    if (!inner) return nullptr;
    auto* s = make<StarredNode>(span_from(start));
    s->value = inner;
    s->ctx = Context::Store;
    return s;
  }
  return primary();
}

// del_target: a primary that is checked by invalid_target(Del).
Expr* Parser::del_target() { return primary(); }

Expr* Parser::invalid_target(Expr* e, TargetsType type) {
  if (!e) return nullptr;
  switch (e->kind) {
    case NodeKind::List:
      for (Expr* x : static_cast<ListNode*>(e)->elts)
        if (Expr* bad = invalid_target(x, type)) return bad;
      return nullptr;
    case NodeKind::Tuple:
      for (Expr* x : static_cast<TupleNode*>(e)->elts)
        if (Expr* bad = invalid_target(x, type)) return bad;
      return nullptr;
    case NodeKind::Starred:
      if (type == TargetsType::Del) return e;
      return invalid_target(static_cast<StarredNode*>(e)->value, type);
    case NodeKind::Compare:
      // `a in b` of `for a in b` parses as a comparison: look at its left side.
      if (type == TargetsType::For) {
        auto* c = static_cast<CompareNode*>(e);
        if (c->ops[0] == CmpOpKind::In) return invalid_target(c->left, type);
        return nullptr;
      }
      return e;
    case NodeKind::Name:
    case NodeKind::Subscript:
    case NodeKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

void Parser::set_context(Expr* e, Context ctx) {
  switch (e->kind) {
    case NodeKind::Name: static_cast<NameNode*>(e)->ctx = ctx; break;
    case NodeKind::Attribute: static_cast<AttributeNode*>(e)->ctx = ctx; break;
    case NodeKind::Subscript: static_cast<SubscriptNode*>(e)->ctx = ctx; break;
    case NodeKind::Starred: {
      auto* s = static_cast<StarredNode*>(e);
      s->ctx = ctx;
      set_context(s->value, ctx);
      break;
    }
    case NodeKind::List: {
      auto* l = static_cast<ListNode*>(e);
      l->ctx = ctx;
      for (Expr* x : l->elts) set_context(x, ctx);
      break;
    }
    case NodeKind::Tuple: {
      auto* t = static_cast<TupleNode*>(e);
      t->ctx = ctx;
      for (Expr* x : t->elts) set_context(x, ctx);
      break;
    }
    default:
      break;
  }
}

const char* Parser::expr_description(Expr* e) {
  switch (e->kind) {
    case NodeKind::Attribute: return "attribute";
    case NodeKind::Subscript: return "subscript";
    case NodeKind::Starred: return "starred";
    case NodeKind::Name: return "name";
    case NodeKind::List: return "list";
    case NodeKind::Tuple: return "tuple";
    case NodeKind::Lambda: return "lambda";
    case NodeKind::Call: return "function call";
    case NodeKind::BoolOp:
    case NodeKind::BinOp:
    case NodeKind::UnaryOp: return "expression";
    case NodeKind::GeneratorExp: return "generator expression";
    case NodeKind::Yield:
    case NodeKind::YieldFrom: return "yield expression";
    case NodeKind::Await: return "await expression";
    case NodeKind::ListComp: return "list comprehension";
    case NodeKind::SetComp: return "set comprehension";
    case NodeKind::DictComp: return "dict comprehension";
    case NodeKind::Dict: return "dict literal";
    case NodeKind::Set: return "set display";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue: return "f-string expression";
    case NodeKind::Constant: {
      switch (static_cast<ConstantNode*>(e)->value.kind) {
        case Constant::Kind::None: return "None";
        case Constant::Kind::True: return "True";
        case Constant::Kind::False: return "False";
        case Constant::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case NodeKind::Compare: return "comparison";
    case NodeKind::IfExp: return "conditional expression";
    case NodeKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

std::nullptr_t Parser::raise_invalid_target(Expr* target, TargetsType type) {
  return raise_at_node(target, type == TargetsType::Del ? "cannot delete %s" : "cannot assign to %s",
                       expr_description(target));
}

}  // namespace dx::parser
