// The second pass's rules that recognize common mistakes and name them with
// CPython 3.11's messages (the invalid_* rules of its grammar). They run only
// after a first pass failed, so they may re-parse freely.
#include "parser/parser_internal.h"

namespace dx::parser {

namespace {
// Runs `f` with the second-pass rules switched off (expression_without_invalid).
template <typename F>
auto without_invalid_rules(Parser& p, F&& f) {
  bool saved = p.invalid_rules_;
  p.invalid_rules_ = false;
  auto r = f();
  p.invalid_rules_ = saved;
  return r;
}
}  // namespace

// invalid_assignment, tried on a simple statement that is not a valid assignment.
void Parser::invalid_assignment(const Token& start) {
  size_t m = mark();
  // invalid_ann_assign_target ':' expression
  if (at(TokenKind::LSqb) || at(TokenKind::LPar)) {
    Expr* a = atom();
    if (failed_) return;
    if (a && (a->kind == NodeKind::List || a->kind == NodeKind::Tuple) && accept(TokenKind::Colon)) {
      if (expression()) {
        raise_at_node(a, "only single target (not %s) can be annotated",
                      a->kind == NodeKind::List ? "list" : "tuple");
        return;
      }
    }
    if (failed_) return;
    reset(m);
  }
  // star_named_expression ',' star_named_expressions* ':' expression
  if (Expr* a = star_named_expression()) {
    if (accept(TokenKind::Comma)) {
      while (!failed_) {
        size_t mm = mark();
        if (!star_named_expression()) {
          reset(mm);
          break;
        }
        if (!accept(TokenKind::Comma)) break;
      }
      if (!failed_ && accept(TokenKind::Colon) && expression()) {
        raise_at_node(a, "only single target (not tuple) can be annotated");
        return;
      }
    }
  }
  if (failed_) return;
  reset(m);
  // expression ':' expression
  if (Expr* a = expression()) {
    if (accept(TokenKind::Colon) && expression()) {
      raise_at_node(a, "illegal target for annotation");
      return;
    }
  }
  if (failed_) return;
  reset(m);
  // (star_targets '=')* (star_expressions | yield_expr) '='
  for (;;) {
    size_t mm = mark();
    Expr* t = star_targets();
    if (failed_) return;
    if (!t || !accept(TokenKind::Equal)) {
      reset(mm);
      break;
    }
  }
  size_t mm = mark();
  if (Expr* a = star_expressions()) {
    if (at(TokenKind::Equal)) {
      if (Expr* bad = invalid_target(a, TargetsType::Star)) {
        raise_invalid_target(bad, TargetsType::Star);
        return;
      }
    }
  }
  if (failed_) return;
  reset(mm);
  if (at(Keyword::Yield)) {
    Expr* a = yield_expr();
    if (a && at(TokenKind::Equal)) {
      raise_at_node(a, "assignment to yield expression not possible");
      return;
    }
    if (failed_) return;
  }
  reset(m);
  // star_expressions augassign (yield_expr | star_expressions)
  if (Expr* a = star_expressions()) {
    if (at_augassign()) {
      advance();
      if (at(Keyword::Yield) ? yield_expr() : star_expressions()) {
        raise_at_node(a, "'%s' is an illegal expression for augmented assignment", expr_description(a));
        return;
      }
    }
  }
  if (failed_) return;
  reset(m);
  (void)start;
}

void Parser::invalid_ann_assign(Expr* e, const Token& start) {
  (void)e;
  reset_to_token(start);
  invalid_assignment(start);
}

void Parser::reset_to_token(const Token& t) {
  // Tokens are unique by start offset; search backwards from the current mark.
  for (size_t i = pos_ + 1; i-- > 0;) {
    if (i < tokens_.size() && tokens_[i].start == t.start && tokens_[i].kind == t.kind) {
      pos_ = i;
      return;
    }
  }
}

// invalid_named_expression
void Parser::invalid_named_expression() {
  size_t m = mark();
  // a=expression ':=' expression
  if (Expr* a = expression()) {
    if (accept(TokenKind::ColonEqual)) {
      if (expression()) {
        raise_at_node(a, "cannot use assignment expressions with %s", expr_description(a));
        return;
      }
    }
  }
  if (failed_) return;
  reset(m);
  // a=NAME '=' b=bitwise_or !('='|':=')
  if (at_name() && peek(1).kind == TokenKind::Equal) {
    Token name = advance();
    advance();
    if (Expr* b = bitwise_or()) {
      if (!at(TokenKind::Equal) && !at(TokenKind::ColonEqual)) {
        raise_range(SyntaxErrorType::SyntaxError, name.lineno, name.col_offset, b->pos.end_lineno,
                    b->pos.end_col_offset, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return;
      }
    }
    if (failed_) return;
    reset(m);
  }
  // !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=')
  if (at(TokenKind::LSqb) || at(TokenKind::LPar)) {
    Expr* a = atom();
    if (failed_) return;
    bool excluded = a && (a->kind == NodeKind::List || a->kind == NodeKind::Tuple ||
                          a->kind == NodeKind::GeneratorExp || a->kind == NodeKind::ListComp);
    // list/tuple/genexp only exclude when the atom is exactly that display.
    if (excluded && a->kind != NodeKind::ListComp) {
      reset(m);
      return;
    }
    reset(m);
  }
  if (at(Keyword::True) || at(Keyword::None) || at(Keyword::False)) return;
  if (Expr* a = bitwise_or()) {
    if (accept(TokenKind::Equal)) {
      if (bitwise_or() && !at(TokenKind::Equal) && !at(TokenKind::ColonEqual)) {
        raise_at_node(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_description(a));
        return;
      }
    }
  }
  reset(m);
}

// invalid_expression and invalid_legacy_expression
void Parser::invalid_expression() {
  size_t m = mark();
  Token first = cur();
  bool name_string = first.kind == TokenKind::Name && peek(1).kind == TokenKind::String;
  bool soft_keyword = first.kind == TokenKind::Name && first.keyword == Keyword::NotKeyword &&
                      (text(first) == "match" || text(first) == "case" || text(first) == "_");
  if (!name_string && !soft_keyword) {
    // !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid
    if (Expr* a = disjunction()) {
      size_t after_a = mark();
      Expr* b = without_invalid_rules(*this, [&] {
        if (at(Keyword::Lambda)) return lambdef();
        Token s = cur();
        Expr* body = disjunction();
        if (!body) return body;
        if (at(Keyword::If)) {
          size_t mm = mark();
          advance();
          Expr* test = disjunction();
          if (test && accept(Keyword::Else)) {
            Expr* orelse = expression();
            if (orelse) {
              auto* e = make<IfExpNode>(span_from(s));
              e->test = test;
              e->body = body;
              e->orelse = orelse;
              return static_cast<Expr*>(e);
            }
          }
          reset(mm);
        }
        return body;
      });
      if (failed_) return;
      if (b) {
        bool legacy = a->kind == NodeKind::Name &&
                      (static_cast<NameNode*>(a)->id == "print" || static_cast<NameNode*>(a)->id == "exec");
        if (!legacy && token_level(mark() - 1) != 0) {
          raise_nodes(a, b, "invalid syntax. Perhaps you forgot a comma?");
          return;
        }
      }
      reset(after_a);
    }
    if (failed_) return;
    reset(m);
  }
  // a=disjunction 'if' b=disjunction !('else'|':')
  if (Expr* a = disjunction()) {
    if (accept(Keyword::If)) {
      if (Expr* b = disjunction()) {
        if (!at(Keyword::Else) && !at(TokenKind::Colon)) {
          raise_nodes(a, b, "expected 'else' after 'if' expression");
          return;
        }
      }
    }
  }
  if (failed_) return;
  reset(m);
  // invalid_legacy_expression: a=NAME !'(' b=star_expressions
  if (at_name() && peek(1).kind != TokenKind::LPar) {
    Token name = advance();
    std::string_view id = text(name);
    if (id == "print" || id == "exec") {
      if (Expr* b = star_expressions()) {
        raise_range(SyntaxErrorType::SyntaxError, name.lineno, name.col_offset, b->pos.end_lineno,
                    b->pos.end_col_offset, "Missing parentheses in call to '%.*s'. Did you mean %.*s(...)?",
                    (int)id.size(), id.data(), (int)id.size(), id.data());
        return;
      }
    }
    if (failed_) return;
  }
  reset(m);
}

// '(' followed by something that is not an expression.
void Parser::invalid_group_or_genexp_start(const Token& lpar) {
  (void)lpar;
  if (at(TokenKind::DoubleStar)) {
    Token t = cur();
    size_t m = mark();
    advance();
    if (expression() && at(TokenKind::RPar)) {
      raise_at_token(t, "cannot use double starred expression here");
      return;
    }
    reset(m);
  }
}

void Parser::invalid_dict_value(Expr* key) {
  (void)key;
  if (at(TokenKind::Star)) {
    Token star = cur();
    raise_range(SyntaxErrorType::SyntaxError, star.lineno, star.col_offset, star.end_lineno, -1,
                "cannot use a starred expression in a dictionary value");
    return;
  }
  if (at(TokenKind::RBrace) || at(TokenKind::Comma)) {
    raise_at_token(last(), "expression expected after dictionary key and ':'");
  }
}

void Parser::invalid_kwarg_value(const Token& name) { (void)name; }

void Parser::invalid_kwarg_start(const Token& start) { (void)start; }

// `f(a.b=1)` or `f(True=1)`: an expression followed by '='.
void Parser::invalid_kwarg_target(Expr* e, const Token& start) {
  Token eq = cur();
  if (start.kind == TokenKind::Name &&
      (start.keyword == Keyword::True || start.keyword == Keyword::False || start.keyword == Keyword::None) &&
      e->kind == NodeKind::Constant) {
    std::string_view word = text(start);
    raise_tokens(start, eq, "cannot assign to %.*s", (int)word.size(), word.data());
    return;
  }
  raise_range(SyntaxErrorType::SyntaxError, e->pos.lineno, e->pos.col_offset, eq.end_lineno, eq.end_col_offset,
              "expression cannot contain assignment, perhaps you meant \"==\"?");
}

void Parser::invalid_arguments_end(SeqBuilder<Expr*>& args, SeqBuilder<ast::Keyword*>& keywords) {
  (void)args;
  (void)keywords;
}

void Parser::invalid_parameters_tail(bool lambda) { (void)lambda; }

// invalid_with_stmt: a with statement whose ':' is missing.
void Parser::invalid_with_stmt(size_t after_with) {
  reset(after_with);
  // 'with' ','.(expression ['as' star_target])+ NEWLINE
  for (;;) {
    if (!expression()) break;
    if (accept(Keyword::As) && !star_target()) break;
    if (!accept(TokenKind::Comma)) {
      if (at(TokenKind::Newline)) {
        raise_last(SyntaxErrorType::SyntaxError, "expected ':'");
        return;
      }
      break;
    }
  }
  if (failed_) return;
  // 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
  reset(after_with);
  if (!accept(TokenKind::LPar)) return;
  for (;;) {
    if (!expressions()) return;
    if (accept(Keyword::As) && !star_target()) return;
    if (!accept(TokenKind::Comma)) break;
    if (at(TokenKind::RPar)) break;
  }
  if (accept(TokenKind::RPar) && at(TokenKind::Newline)) raise_last(SyntaxErrorType::SyntaxError, "expected ':'");
}

}  // namespace dx::parser
