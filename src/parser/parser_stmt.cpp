// Statements: the `statements`, `simple_stmt` and `compound_stmt` rules of
// the 3.11 grammar and the invalid_* rules that give their error messages.
#include "parser/parser_internal.h"

namespace dx::parser {

Seq<Stmt*> Parser::statements() {
  SeqBuilder<Stmt*> out;
  while (statement(out)) {
  }
  return out.finish(arena_);
}

// statement: compound_stmt | simple_stmts
bool Parser::statement(SeqBuilder<Stmt*>& out) {
  if (failed_) return false;
  size_t m = mark();
  if (Stmt* s = compound_stmt()) {
    out.push(s);
    return true;
  }
  if (failed_) return false;
  reset(m);
  return simple_stmts(out);
}

// simple_stmts: ';'.simple_stmt+ [';'] NEWLINE
bool Parser::simple_stmts(SeqBuilder<Stmt*>& out) {
  size_t m = mark();
  uint32_t start_count = out.size();
  for (;;) {
    Stmt* s = simple_stmt();
    if (!s) break;
    out.push(s);
    if (!accept(TokenKind::Semi)) break;
    if (at(TokenKind::Newline)) break;
  }
  if (!failed_ && out.size() > start_count && accept(TokenKind::Newline)) return true;
  // Drop what this attempt added.
  while (out.size() > start_count) {
    // SeqBuilder has no pop; rebuild is cheap because this path only runs on errors.
    SeqBuilder<Stmt*> kept;
    for (uint32_t i = 0; i < start_count; i++) kept.push(out[i]);
    out = std::move(kept);
  }
  reset(m);
  return false;
}

Stmt* Parser::simple_stmt() {
  if (failed_) return nullptr;
  Token t = cur();
  if (t.kind == TokenKind::Name) {
    switch (t.keyword) {
      case Keyword::Return: {
        advance();
        auto* s = make<ReturnNode>({});
        if (!at(TokenKind::Newline) && !at(TokenKind::Semi)) {
          s->value = star_expressions();
          if (!s->value) return nullptr;
        }
        s->pos = span_from(t);
        return s;
      }
      case Keyword::Import:
      case Keyword::From:
        return import_stmt();
      case Keyword::Raise: {
        advance();
        auto* s = make<RaiseNode>({});
        if (Expr* e = expression()) {
          s->exc = e;
          if (accept(Keyword::From)) {
            s->cause = expression();
            if (!s->cause) return nullptr;
          }
        } else if (failed_) {
          return nullptr;
        }
        s->pos = span_from(t);
        return s;
      }
      case Keyword::Pass:
        advance();
        return make<PassNode>(span(t, t));
      case Keyword::Break:
        advance();
        return make<BreakNode>(span(t, t));
      case Keyword::Continue:
        advance();
        return make<ContinueNode>(span(t, t));
      case Keyword::Del: {
        // del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
        advance();
        size_t m = mark();
        SeqBuilder<Expr*> targets;
        for (;;) {
          Expr* e = del_target();
          if (!e) break;
          targets.push(e);
          if (!accept(TokenKind::Comma)) break;
          if (at(TokenKind::Semi) || at(TokenKind::Newline)) break;
        }
        if (failed_) return nullptr;
        if (!targets.empty() && (at(TokenKind::Semi) || at(TokenKind::Newline))) {
          bool ok = true;
          for (uint32_t i = 0; i < targets.size() && ok; i++)
            if (invalid_target(targets[i], TargetsType::Del)) ok = false;
          if (ok) {
            for (uint32_t i = 0; i < targets.size(); i++) set_context(targets[i], Context::Del);
            auto* s = make<DeleteNode>({});
            s->targets = targets.finish(arena_);
            s->pos = span_from(t);
            return s;
          }
        }
        if (invalid_rules_) {
          // invalid_del_stmt: 'del' star_expressions -> "cannot delete %s"
          reset(m);
          Expr* e = star_expressions();
          if (e) {
            if (Expr* bad = invalid_target(e, TargetsType::Del)) return raise_invalid_target(bad, TargetsType::Del);
          }
        }
        return nullptr;
      }
      case Keyword::Yield: {
        Expr* e = yield_expr();
        if (!e) return nullptr;
        if (at(TokenKind::Equal) || at_augassign()) {
          // `yield x = ...` is an assignment to a yield expression.
          return assignment_rest(e, t);
        }
        auto* s = make<ExprNode>(span_from(t));
        s->value = e;
        return s;
      }
      case Keyword::Assert: {
        advance();
        auto* s = make<AssertNode>({});
        s->test = expression();
        if (!s->test) return nullptr;
        if (accept(TokenKind::Comma)) {
          s->msg = expression();
          if (!s->msg) return nullptr;
        }
        s->pos = span_from(t);
        return s;
      }
      case Keyword::Global:
      case Keyword::Nonlocal: {
        advance();
        SeqBuilder<Identifier> names;
        for (;;) {
          if (!at_name()) return nullptr;
          names.push(identifier(advance()));
          if (!accept(TokenKind::Comma)) break;
        }
        if (t.keyword == Keyword::Global) {
          auto* s = make<GlobalNode>(span_from(t));
          s->names = names.finish(arena_);
          return s;
        }
        auto* s = make<NonlocalNode>(span_from(t));
        s->names = names.finish(arena_);
        return s;
      }
      default:
        break;
    }
  }
  return assignment_or_expression();
}

bool Parser::at_augassign() {
  switch (cur().kind) {
    case TokenKind::PlusEqual:
    case TokenKind::MinEqual:
    case TokenKind::StarEqual:
    case TokenKind::AtEqual:
    case TokenKind::SlashEqual:
    case TokenKind::PercentEqual:
    case TokenKind::AmperEqual:
    case TokenKind::VBarEqual:
    case TokenKind::CircumflexEqual:
    case TokenKind::LeftShiftEqual:
    case TokenKind::RightShiftEqual:
    case TokenKind::DoubleStarEqual:
    case TokenKind::DoubleSlashEqual:
      return true;
    default:
      return false;
  }
}

static OperatorKind augassign_operator(TokenKind k) {
  switch (k) {
    case TokenKind::PlusEqual: return OperatorKind::Add;
    case TokenKind::MinEqual: return OperatorKind::Sub;
    case TokenKind::StarEqual: return OperatorKind::Mult;
    case TokenKind::AtEqual: return OperatorKind::MatMult;
    case TokenKind::SlashEqual: return OperatorKind::Div;
    case TokenKind::PercentEqual: return OperatorKind::Mod;
    case TokenKind::AmperEqual: return OperatorKind::BitAnd;
    case TokenKind::VBarEqual: return OperatorKind::BitOr;
    case TokenKind::CircumflexEqual: return OperatorKind::BitXor;
    case TokenKind::LeftShiftEqual: return OperatorKind::LShift;
    case TokenKind::RightShiftEqual: return OperatorKind::RShift;
    case TokenKind::DoubleStarEqual: return OperatorKind::Pow;
    default: return OperatorKind::FloorDiv;
  }
}

// assignment | star_expressions, decided after parsing the first expression.
// In the second pass, a statement that is not a valid assignment first goes
// through invalid_assignment, as in CPython's rule order.
Stmt* Parser::assignment_or_expression() {
  if (!invalid_rules_) return assignment_or_expression_impl();
  Token start = cur();
  size_t m = mark();
  Stmt* s = assignment_or_expression_impl();
  if (failed_) return nullptr;
  if (s && s->kind != NodeKind::Expr) return s;
  reset(m);
  invalid_assignment(start);
  if (failed_) return nullptr;
  reset(m);
  return assignment_or_expression_impl();
}

Stmt* Parser::assignment_or_expression_impl() {
  Token start = cur();
  // NAME ':' expression ['=' annotated_rhs]
  if (at_name() && peek(1).kind == TokenKind::Colon) {
    Expr* target = name_node(advance(), Context::Store);
    advance();  // ':'
    Expr* annotation = expression();
    if (!annotation) return nullptr;
    auto* s = make<AnnAssignNode>({});
    s->target = target;
    s->annotation = annotation;
    s->simple = 1;
    if (accept(TokenKind::Equal)) {
      s->value = annotated_rhs();
      if (!s->value) return nullptr;
    }
    s->pos = span_from(start);
    return s;
  }
  Expr* e = star_expressions();
  if (!e) return nullptr;
  return assignment_rest(e, start);
}

// Given the first expression of a simple statement, parses the rest of an
// assignment, or makes an expression statement.
Stmt* Parser::assignment_rest(Expr* e, const Token& start) {
  if (at(TokenKind::Colon)) {
    // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
    bool parenthesized = start.kind == TokenKind::LPar;
    bool ok = (e->kind == NodeKind::Attribute || e->kind == NodeKind::Subscript) ||
              (parenthesized && e->kind == NodeKind::Name);
    if (!ok) return nullptr;
    advance();
    Expr* annotation = expression();
    if (!annotation) return nullptr;
    set_context(e, Context::Store);
    auto* s = make<AnnAssignNode>({});
    s->target = e;
    s->annotation = annotation;
    s->simple = 0;
    if (accept(TokenKind::Equal)) {
      s->value = annotated_rhs();
      if (!s->value) return nullptr;
    }
    s->pos = span_from(start);
    return s;
  }
  if (at(TokenKind::Equal)) {
    SeqBuilder<Expr*> targets;
    Expr* value = e;
    while (at(TokenKind::Equal)) {
      if (value->kind == NodeKind::Yield || value->kind == NodeKind::YieldFrom ||
          invalid_target(value, TargetsType::Star)) {
        return nullptr;
      }
      targets.push(value);
      advance();
      value = at(Keyword::Yield) ? yield_expr() : star_expressions();
      if (!value) return nullptr;
    }
    for (uint32_t i = 0; i < targets.size(); i++) set_context(targets[i], Context::Store);
    auto* s = make<AssignNode>({});
    s->targets = targets.finish(arena_);
    s->value = value;
    s->pos = span_from(start);
    return s;
  }
  if (at_augassign()) {
    // single_target augassign ~ (yield_expr | star_expressions)
    bool parenthesized = start.kind == TokenKind::LPar;
    bool ok = e->kind == NodeKind::Attribute || e->kind == NodeKind::Subscript || e->kind == NodeKind::Name;
    (void)parenthesized;
    if (!ok) return nullptr;
    OperatorKind op = augassign_operator(advance().kind);
    Expr* value = at(Keyword::Yield) ? yield_expr() : star_expressions();
    if (!value) return nullptr;
    set_context(e, Context::Store);
    auto* s = make<AugAssignNode>({});
    s->target = e;
    s->op = op;
    s->value = value;
    s->pos = span_from(start);
    return s;
  }
  auto* s = make<ExprNode>(span_from(start));
  s->value = e;
  return s;
}

Expr* Parser::annotated_rhs() { return at(Keyword::Yield) ? yield_expr() : star_expressions(); }

// ---- import ----------------------------------------------------------------

Identifier Parser::dotted_name() {
  if (!at_name()) return {};
  Token first = advance();
  if (!at(TokenKind::Dot)) return identifier(first);
  std::string name(identifier(first));
  while (at(TokenKind::Dot) && peek(1).kind == TokenKind::Name && peek(1).keyword == Keyword::NotKeyword) {
    advance();
    name += '.';
    name += identifier(advance());
  }
  return arena_.copy(name);
}

Alias* Parser::dotted_as_name() {
  Token start = cur();
  Identifier name = dotted_name();
  if (name.data() == nullptr) return nullptr;
  auto* a = make<aliasNode>({});
  a->name = name;
  if (accept(Keyword::As)) {
    if (!at_name()) return nullptr;
    a->asname = identifier(advance());
  }
  a->pos = span_from(start);
  return a;
}

Stmt* Parser::import_stmt() {
  Token start = cur();
  if (accept(Keyword::Import)) {
    SeqBuilder<Alias*> names;
    for (;;) {
      Alias* a = dotted_as_name();
      if (!a) return nullptr;
      names.push(a);
      if (!accept(TokenKind::Comma)) break;
    }
    auto* s = make<ImportNode>(span_from(start));
    s->names = names.finish(arena_);
    return s;
  }
  return import_from();
}

Stmt* Parser::import_from() {
  Token start = advance();  // 'from'
  int level = 0;
  for (;;) {
    if (accept(TokenKind::Dot)) level += 1;
    else if (accept(TokenKind::Ellipsis)) level += 3;
    else break;
  }
  Identifier module = dotted_name();
  if (module.data() == nullptr && level == 0) return nullptr;
  if (!accept(Keyword::Import)) return nullptr;
  auto* s = make<ImportFromNode>({});
  s->module = module;
  s->level = level;
  SeqBuilder<Alias*> names;
  if (at(TokenKind::Star)) {
    Token star = advance();
    auto* a = make<aliasNode>(span(star, star));
    a->name = "*";
    names.push(a);
  } else {
    bool paren = accept(TokenKind::LPar);
    for (;;) {
      if (!at_name()) return nullptr;
      Token n = advance();
      auto* a = make<aliasNode>({});
      a->name = identifier(n);
      if (accept(Keyword::As)) {
        if (!at_name()) return nullptr;
        a->asname = identifier(advance());
      }
      a->pos = span_from(n);
      names.push(a);
      if (!accept(TokenKind::Comma)) break;
      if (paren && at(TokenKind::RPar)) break;
      if (!paren && !at_name()) {
        // invalid_import_from_targets: import_from_as_names ',' NEWLINE
        if (invalid_rules_ && at(TokenKind::Newline))
          return raise_last(SyntaxErrorType::SyntaxError, "trailing comma not allowed without surrounding parentheses");
        return nullptr;
      }
    }
    if (paren && !accept(TokenKind::RPar)) return nullptr;
  }
  s->names = names.finish(arena_);
  s->pos = span_from(start);
  return s;
}

// ---- blocks ----------------------------------------------------------------

// block: NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
// `owner` is the statement's first token and `what` its description for
// "expected an indented block after ..." (nullptr: no specific message).
Seq<Stmt*> Parser::block(const Token& owner, const char* what) {
  Seq<Stmt*> empty;
  if (failed_) return empty;
  if (at(TokenKind::Newline)) {
    size_t m = mark();
    advance();
    if (!accept(TokenKind::Indent)) {
      if (invalid_rules_) {
        if (what) raise_last(SyntaxErrorType::IndentationError, "expected an indented block after %s on line %d", what,
                             owner.lineno);
        else raise_last(SyntaxErrorType::IndentationError, "expected an indented block");
      }
      reset(m);
      return empty;
    }
    Seq<Stmt*> body = statements();
    if (failed_ || body.empty() || !accept(TokenKind::Dedent)) {
      reset(m);
      return empty;
    }
    return body;
  }
  SeqBuilder<Stmt*> out;
  if (!simple_stmts(out)) return empty;
  return out.finish(arena_);
}

Seq<Stmt*> Parser::else_block() {
  // else_block: 'else' &&':' block
  Token e = advance();
  if (!expect_forced(TokenKind::Colon, ":")) return {};
  return block(e, "'else' statement");
}

Seq<Expr*> Parser::decorators() {
  SeqBuilder<Expr*> out;
  while (at(TokenKind::At)) {
    advance();
    Expr* e = named_expression();
    if (!e || !accept(TokenKind::Newline)) return {};
    out.push(e);
  }
  return out.finish(arena_);
}

Stmt* Parser::compound_stmt() {
  if (failed_) return nullptr;
  Token t = cur();
  if (t.kind == TokenKind::At) {
    Seq<Expr*> decos = decorators();
    if (decos.empty()) return nullptr;
    if (at(Keyword::Def) || (at(Keyword::Async) && peek(1).keyword == Keyword::Def)) return function_def(decos, &t);
    if (at(Keyword::Class)) return class_def(decos, &t);
    return nullptr;
  }
  if (t.kind != TokenKind::Name) return nullptr;
  switch (t.keyword) {
    case Keyword::Def:
      return function_def({}, nullptr);
    case Keyword::If:
      return if_stmt(false);
    case Keyword::Class:
      return class_def({}, nullptr);
    case Keyword::With:
      return with_stmt(nullptr);
    case Keyword::For:
      return for_stmt(nullptr);
    case Keyword::Try:
      return try_stmt();
    case Keyword::While:
      return while_stmt();
    case Keyword::Async: {
      Token next = peek(1);
      if (next.keyword == Keyword::Def) return function_def({}, nullptr);
      if (next.keyword == Keyword::With) {
        advance();
        return with_stmt(&t);
      }
      if (next.keyword == Keyword::For) {
        advance();
        return for_stmt(&t);
      }
      return nullptr;
    }
    case Keyword::NotKeyword:
      if (text(t) == "match") return match_stmt();
      return nullptr;
    default:
      return nullptr;
  }
}

// function_def_raw: [ASYNC] 'def' NAME &&'(' [params] ')' ['->' expression] &&':' block
Stmt* Parser::function_def(Seq<Expr*> decos, const Token* first) {
  Token start = cur();
  bool is_async = accept(Keyword::Async);
  Token def = advance();  // 'def'
  if (!at_name()) return nullptr;
  Identifier name = identifier(advance());
  if (!expect_forced(TokenKind::LPar, "(")) return nullptr;
  Arguments* args = parameters(false);
  if (!args) return nullptr;
  if (!accept(TokenKind::RPar)) {
    if (invalid_rules_) invalid_parameters_tail(false);
    return nullptr;
  }
  Expr* returns = nullptr;
  size_t before_arrow = mark();
  if (accept(TokenKind::RArrow)) {
    returns = expression();
    if (!returns) {
      if (failed_) return nullptr;
      reset(before_arrow);  // ['->' expression] is optional; the forced ':' then fails at '->'
    }
  }
  if (!expect_forced(TokenKind::Colon, ":")) return nullptr;
  Seq<Stmt*> body = block(def, "function definition");
  if (body.empty()) return nullptr;
  Position pos = span_from(first ? *first : start);
  if (first) pos = {start.lineno, start.col_offset, pos.end_lineno, pos.end_col_offset};
  if (is_async) {
    auto* s = make<AsyncFunctionDefNode>(pos);
    s->name = name;
    s->args = args;
    s->body = body;
    s->decorator_list = decos;
    s->returns = returns;
    return s;
  }
  auto* s = make<FunctionDefNode>(pos);
  s->name = name;
  s->args = args;
  s->body = body;
  s->decorator_list = decos;
  s->returns = returns;
  return s;
}

// class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block
Stmt* Parser::class_def(Seq<Expr*> decos, const Token* first) {
  Token start = advance();  // 'class'
  if (!at_name()) return nullptr;
  Identifier name = identifier(advance());
  auto* s = make<ClassDefNode>({});
  s->name = name;
  s->decorator_list = decos;
  if (at(TokenKind::LPar)) {
    Token lpar = advance();
    Expr* c = call(nullptr, lpar, lpar);
    if (!c) return nullptr;
    auto* cn = static_cast<CallNode*>(c);
    s->bases = cn->args;
    s->keywords = cn->keywords;
  }
  if (!accept(TokenKind::Colon)) {
    if (invalid_rules_ && at(TokenKind::Newline)) return raise_last(SyntaxErrorType::SyntaxError, "expected ':'");
    return nullptr;
  }
  s->body = block(start, "class definition");
  if (s->body.empty()) return nullptr;
  s->pos = span_from(start);
  (void)first;
  return s;
}

// if_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])
Stmt* Parser::if_stmt(bool is_elif) {
  Token start = advance();  // 'if' or 'elif'
  Expr* test = named_expression();
  if (!test) return nullptr;
  if (!accept(TokenKind::Colon)) {
    if (invalid_rules_ && at(TokenKind::Newline)) return raise_last(SyntaxErrorType::SyntaxError, "expected ':'");
    return nullptr;
  }
  Seq<Stmt*> body = block(start, is_elif ? "'elif' statement" : "'if' statement");
  if (body.empty()) return nullptr;
  auto* s = make<IfNode>({});
  s->test = test;
  s->body = body;
  if (at(Keyword::Elif)) {
    DepthGuard guard(*this);  // each elif nests an If
    if (!guard.ok) return nullptr;
    Stmt* e = if_stmt(true);
    if (!e) return nullptr;
    s->orelse = one<Stmt*>(e);
  } else if (at(Keyword::Else)) {
    s->orelse = else_block();
    if (s->orelse.empty()) return nullptr;
  }
  s->pos = span_from(start);
  return s;
}

Stmt* Parser::while_stmt() {
  Token start = advance();
  Expr* test = named_expression();
  if (!test) return nullptr;
  if (!accept(TokenKind::Colon)) {
    if (invalid_rules_ && at(TokenKind::Newline)) return raise_last(SyntaxErrorType::SyntaxError, "expected ':'");
    return nullptr;
  }
  Seq<Stmt*> body = block(start, "'while' statement");
  if (body.empty()) return nullptr;
  auto* s = make<WhileNode>({});
  s->test = test;
  s->body = body;
  if (at(Keyword::Else)) {
    s->orelse = else_block();
    if (s->orelse.empty()) return nullptr;
  }
  s->pos = span_from(start);
  return s;
}

// for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]
Stmt* Parser::for_stmt(const Token* async_tok) {
  Token for_tok = advance();
  Token start = async_tok ? *async_tok : for_tok;
  size_t m = mark();
  Expr* target = star_targets();
  if (!target || !accept(Keyword::In)) {
    if (!failed_ && invalid_rules_) {
      // invalid_for_target: ASYNC? 'for' a=star_expressions
      reset(m);
      Expr* e = star_expressions();
      if (e) {
        if (Expr* bad = invalid_target(e, TargetsType::For)) return raise_invalid_target(bad, TargetsType::For);
      }
    }
    return nullptr;
  }
  Expr* iter = star_expressions();
  if (!iter) return nullptr;
  if (!accept(TokenKind::Colon)) {
    if (invalid_rules_ && at(TokenKind::Newline)) return raise_last(SyntaxErrorType::SyntaxError, "expected ':'");
    if (!failed_) raise_at_token(cur(), "expected ':'");  // after the cut, the colon is forced
    return nullptr;
  }
  Seq<Stmt*> body = block(for_tok, "'for' statement");
  if (body.empty()) return nullptr;
  Seq<Stmt*> orelse;
  if (at(Keyword::Else)) {
    orelse = else_block();
    if (orelse.empty()) return nullptr;
  }
  Position pos = span_from(start);
  if (async_tok) {
    auto* s = make<AsyncForNode>(pos);
    s->target = target;
    s->iter = iter;
    s->body = body;
    s->orelse = orelse;
    return s;
  }
  auto* s = make<ForNode>(pos);
  s->target = target;
  s->iter = iter;
  s->body = body;
  s->orelse = orelse;
  return s;
}

// with_item: expression 'as' star_target &(',' | ')' | ':') | expression
WithItem* Parser::with_item() {
  Expr* e = expression();
  if (!e) return nullptr;
  auto* w = make<withitemNode>({});
  w->context_expr = e;
  size_t before_as = mark();
  if (accept(Keyword::As)) {
    size_t target_mark = mark();
    Expr* target = star_target();
    if (failed_) return nullptr;
    bool follows = at(TokenKind::Comma) || at(TokenKind::RPar) || at(TokenKind::Colon);
    if (target && follows && invalid_target(target, TargetsType::Star)) target = nullptr;
    if (!target || !follows) {
      if (invalid_rules_) {
        // invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')
        reset(target_mark);
        Expr* a = expression();
        if (failed_) return nullptr;
        if (a && (at(TokenKind::Comma) || at(TokenKind::RPar) || at(TokenKind::Colon))) {
          if (Expr* bad = invalid_target(a, TargetsType::Star)) return raise_invalid_target(bad, TargetsType::Star);
        }
      }
      reset(before_as);  // the item is just the expression
      return w;
    }
    set_context(target, Context::Store);
    w->optional_vars = target;
  }
  return w;
}

// with_stmt: [ASYNC] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block
Stmt* Parser::with_stmt(const Token* async_tok) {
  Token with_tok = advance();
  Token start = async_tok ? *async_tok : with_tok;
  size_t after_with = mark();
  SeqBuilder<WithItem*> items;
  bool parsed = false;
  if (at(TokenKind::LPar)) {
    // Try the parenthesized form first; fall back to an expression that
    // happens to start with '('.
    size_t m = mark();
    advance();
    for (;;) {
      WithItem* w = with_item();
      if (!w) break;
      items.push(w);
      if (!accept(TokenKind::Comma)) break;
      if (at(TokenKind::RPar)) break;
    }
    if (!failed_ && !items.empty() && accept(TokenKind::RPar) && at(TokenKind::Colon)) {
      parsed = true;
    } else {
      if (failed_) return nullptr;
      reset(m);
      items = SeqBuilder<WithItem*>();
    }
  }
  if (!parsed) {
    for (;;) {
      WithItem* w = with_item();
      if (!w) return nullptr;
      items.push(w);
      if (!accept(TokenKind::Comma)) break;
    }
  }
  if (!accept(TokenKind::Colon)) {
    if (invalid_rules_ && !failed_) invalid_with_stmt(after_with);
    return nullptr;
  }
  Seq<Stmt*> body = block(with_tok, "'with' statement");
  if (body.empty()) return nullptr;
  Position pos = span_from(start);
  if (async_tok) {
    auto* s = make<AsyncWithNode>(pos);
    s->items = items.finish(arena_);
    s->body = body;
    return s;
  }
  auto* s = make<WithNode>(pos);
  s->items = items.finish(arena_);
  s->body = body;
  return s;
}

// try_stmt: 'try' &&':' block (finally_block | except_block+ [else] [finally] | except_star_block+ ...)
Stmt* Parser::try_stmt() {
  Token start = advance();
  if (!expect_forced(TokenKind::Colon, ":")) return nullptr;
  Seq<Stmt*> body = block(start, "'try' statement");
  if (body.empty()) return nullptr;
  SeqBuilder<ExceptHandler*> handlers;
  bool star = false;
  while (at(Keyword::Except)) {
    Token ex = advance();
    bool this_star = false;
    if (at(TokenKind::Star)) {
      advance();
      this_star = true;
    }
    if (!handlers.empty() && this_star != star) {
      if (invalid_rules_)
        return raise_at_token(ex, "cannot have both 'except' and 'except*' on the same 'try'");
      return nullptr;
    }
    star = this_star;
    auto* h = make<ExceptHandlerNode>({});
    if (!at(TokenKind::Colon) || this_star) {
      h->type = expression();
      if (!h->type) {
        if (!failed_ && invalid_rules_ && this_star && (at(TokenKind::Colon) || at(TokenKind::Newline)))
          return raise_last(SyntaxErrorType::SyntaxError, "expected one or more exception types");
        return nullptr;
      }
      if (at(TokenKind::Comma) && invalid_rules_) {
        // invalid_except_stmt: 'except' '*'? a=expression ',' expressions ['as' NAME] ':'
        size_t m = mark();
        advance();
        Expr* rest = expressions();
        if (rest) {
          if (accept(Keyword::As)) {
            if (at_name()) advance();
          }
          if (at(TokenKind::Colon))
            return raise_nodes(h->type, rest, "multiple exception types must be parenthesized");
        }
        reset(m);
      }
      if (accept(Keyword::As)) {
        if (!at_name()) return nullptr;
        h->name = identifier(advance());
      }
    }
    if (!accept(TokenKind::Colon)) {
      if (invalid_rules_ && at(TokenKind::Newline)) return raise_last(SyntaxErrorType::SyntaxError, "expected ':'");
      return nullptr;
    }
    h->body = block(ex, this_star ? "'except*' statement" : "'except' statement");
    if (h->body.empty()) return nullptr;
    h->pos = span_from(ex);
    handlers.push(h);
  }
  Seq<Stmt*> orelse, finalbody;
  if (!handlers.empty() && at(Keyword::Else)) {
    orelse = else_block();
    if (orelse.empty()) return nullptr;
  }
  if (at(Keyword::Finally)) {
    Token fin = advance();
    if (!expect_forced(TokenKind::Colon, ":")) return nullptr;
    finalbody = block(fin, "'finally' statement");
    if (finalbody.empty()) return nullptr;
  }
  if (handlers.empty() && finalbody.empty()) {
    if (invalid_rules_) return raise_last(SyntaxErrorType::SyntaxError, "expected 'except' or 'finally' block");
    return nullptr;
  }
  Position pos = span_from(start);
  if (star) {
    auto* s = make<TryStarNode>(pos);
    s->body = body;
    s->handlers = handlers.finish(arena_);
    s->orelse = orelse;
    s->finalbody = finalbody;
    return s;
  }
  auto* s = make<TryNode>(pos);
  s->body = body;
  s->handlers = handlers.finish(arena_);
  s->orelse = orelse;
  s->finalbody = finalbody;
  return s;
}

// match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
Stmt* Parser::match_stmt() {
  Token start = cur();
  size_t m = mark();
  advance();
  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  Token subj_start = cur();
  Expr* subject = star_named_expression();
  if (!subject) {
    reset(m);
    return nullptr;
  }
  if (at(TokenKind::Comma)) {
    SeqBuilder<Expr*> elts;
    elts.push(subject);
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::Colon)) break;
      Expr* e = star_named_expression();
      if (!e) {
        reset(m);
        return nullptr;
      }
      elts.push(e);
    }
    auto* t = make<TupleNode>(span_from(subj_start));
    t->elts = elts.finish(arena_);
    t->ctx = Context::Load;
    subject = t;
  } else if (subject->kind == NodeKind::Starred) {
    reset(m);
    return nullptr;
  }
  if (!accept(TokenKind::Colon)) {
    if (invalid_rules_ && !failed_ && at(TokenKind::Newline)) {
      return raise_last(SyntaxErrorType::SyntaxError, "expected ':'");
    }
    reset(m);
    return nullptr;
  }
  if (!accept(TokenKind::Newline)) {
    reset(m);
    return nullptr;
  }
  if (!accept(TokenKind::Indent)) {
    if (invalid_rules_)
      return raise_last(SyntaxErrorType::IndentationError, "expected an indented block after 'match' statement on line %d",
                        start.lineno);
    reset(m);
    return nullptr;
  }
  SeqBuilder<MatchCase*> cases;
  while (at_soft_keyword("case")) {
    MatchCase* c = case_block();
    if (!c) return nullptr;
    cases.push(c);
  }
  if (cases.empty() || !accept(TokenKind::Dedent)) return nullptr;
  auto* s = make<MatchNode>(span_from(start));
  s->subject = subject;
  s->cases = cases.finish(arena_);
  return s;
}

// case_block: "case" patterns guard? ':' block
MatchCase* Parser::case_block() {
  Token start = advance();
  Pattern* p = patterns();
  if (!p) return nullptr;
  auto* c = make<match_caseNode>({});
  c->pattern = p;
  if (accept(Keyword::If)) {
    c->guard = named_expression();
    if (!c->guard) return nullptr;
  }
  if (!accept(TokenKind::Colon)) {
    if (invalid_rules_ && !failed_ && at(TokenKind::Newline))
      return raise_last(SyntaxErrorType::SyntaxError, "expected ':'");
    return nullptr;
  }
  c->body = block(start, "'case' statement");
  if (c->body.empty()) return nullptr;
  return c;
}

}  // namespace dx::parser
