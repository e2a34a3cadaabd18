// Parameter lists of `def` and `lambda` (the `params` and `lambda_params`
// rules), parsed in one left-to-right pass.
#include "parser/parser_internal.h"

namespace dx::parser {

// param: NAME annotation?   (lambda_param: NAME)
// With star_annotation the annotation may be a starred expression (*args: *Ts).
Arg* Parser::param(bool lambda, bool star_annotation) {
  if (!at_name()) return nullptr;
  Token name = advance();
  auto* a = make<argNode>({});
  a->arg = identifier(name);
  if (!lambda && accept(TokenKind::Colon)) {
    a->annotation = star_annotation ? star_expression() : expression();
    if (!a->annotation) return nullptr;
  }
  a->pos = span_from(name);
  return a;
}

// Parses up to (not including) the closing ')' of a def or the ':' of a
// lambda. Returns nullptr when the list is malformed; in the second pass the
// invalid_parameters rules then say why.
Arguments* Parser::parameters(bool lambda) {
  TokenKind close = lambda ? TokenKind::Colon : TokenKind::RPar;
  SeqBuilder<Arg*> posonly, args, kwonly;
  SeqBuilder<Expr*> defaults, kw_defaults;
  Arg* vararg = nullptr;
  Arg* kwarg = nullptr;
  enum { Positional, AfterStar, AfterKwargs } phase = Positional;
  bool seen_slash = false, bare_star = false;
  size_t start_mark = mark();
  while (!at(close)) {
    if (phase == AfterKwargs) return invalid_params_fail(lambda, start_mark);
    if (at(TokenKind::Slash)) {
      if (phase != Positional || seen_slash || args.empty()) return invalid_params_fail(lambda, start_mark);
      advance();
      seen_slash = true;
      for (uint32_t i = 0; i < args.size(); i++) posonly.push(args[i]);
      args = SeqBuilder<Arg*>();
    } else if (at(TokenKind::Star)) {
      if (phase != Positional) return invalid_params_fail(lambda, start_mark);
      advance();
      phase = AfterStar;
      if (at(TokenKind::Comma)) {
        bare_star = true;
      } else {
        vararg = param(lambda, !lambda);
        if (!vararg) return invalid_params_fail(lambda, start_mark);
        if (at(TokenKind::Equal)) return invalid_params_fail(lambda, start_mark);
      }
    } else if (at(TokenKind::DoubleStar)) {
      advance();
      kwarg = param(lambda, false);
      if (!kwarg) return invalid_params_fail(lambda, start_mark);
      if (at(TokenKind::Equal)) return invalid_params_fail(lambda, start_mark);
      phase = AfterKwargs;
    } else {
      Arg* p = param(lambda, false);
      if (!p) return invalid_params_fail(lambda, start_mark);
      Expr* def = nullptr;
      if (accept(TokenKind::Equal)) {
        def = expression();
        if (!def) return invalid_params_fail(lambda, start_mark);
      }
      if (phase == Positional) {
        if (def) {
          defaults.push(def);
        } else if (!defaults.empty()) {
          return invalid_params_fail(lambda, start_mark);
        }
        args.push(p);
      } else {
        kwonly.push(p);
        kw_defaults.push(def);
      }
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (!at(close)) return invalid_params_fail(lambda, start_mark);
  if (bare_star && kwonly.empty()) return invalid_params_fail(lambda, start_mark);
  auto* a = make<argumentsNode>({});
  a->posonlyargs = posonly.finish(arena_);
  a->args = args.finish(arena_);
  a->vararg = vararg;
  a->kwonlyargs = kwonly.finish(arena_);
  a->kw_defaults = kw_defaults.finish(arena_);
  a->kwarg = kwarg;
  a->defaults = defaults.finish(arena_);
  return a;
}

// Called when a parameter list does not parse. In the second pass, finds
// the mistake CPython names (its invalid_parameters, invalid_star_etc,
// invalid_kwds and invalid_default rules, and their lambda twins).
std::nullptr_t Parser::invalid_params_fail(bool lambda, size_t start_mark) {
  if (!invalid_rules_ || failed_) return nullptr;
  TokenKind close = lambda ? TokenKind::Colon : TokenKind::RPar;
  reset(start_mark);
  bool seen_default = false, seen_slash = false, seen_star = false, seen_param = false;
  Token slash_tok{};
  while (!failed_) {
    Token t = cur();
    if (t.kind == close) return nullptr;
    if (t.kind == TokenKind::Slash) {
      if (seen_star) return raise_at_token(t, "/ must be ahead of *");
      if (seen_slash) return raise_at_token(t, "/ may appear only once");
      if (!seen_param) return nullptr;  // 3.11 says just "invalid syntax" here
      seen_slash = true;
      slash_tok = t;
      advance();
    } else if (t.kind == TokenKind::Star) {
      advance();
      if (seen_star) return raise_at_token(t, "* argument may appear only once");
      seen_star = true;
      if (at(close) || (at(TokenKind::Comma) && (peek(1).kind == close || peek(1).kind == TokenKind::DoubleStar))) {
        if (lambda) {
          if (at(TokenKind::Comma)) advance();
          advance();
          return raise_last(SyntaxErrorType::SyntaxError, "named arguments must follow bare *");
        }
        return raise_at_token(t, "named arguments must follow bare *");
      }
      if (at(TokenKind::Comma)) {
        advance();
        continue;
      }
      if (!at_name()) return nullptr;
      Token name = advance();
      if (!lambda && at(TokenKind::Colon)) {
        advance();
        if (!star_expression()) return nullptr;
      }
      if (at(TokenKind::Equal)) {
        Token eq = cur();
        (void)name;
        return raise_at_token(eq, "var-positional argument cannot have default value");
      }
    } else if (t.kind == TokenKind::DoubleStar) {
      advance();
      if (!at_name()) return nullptr;
      advance();
      if (!lambda && at(TokenKind::Colon)) {
        advance();
        if (!expression()) return nullptr;
      }
      if (at(TokenKind::Equal)) return raise_at_token(cur(), "var-keyword argument cannot have default value");
      if (at(TokenKind::Comma)) {
        Token comma = advance();
        Token next = cur();
        if (next.kind == TokenKind::Star || next.kind == TokenKind::DoubleStar || next.kind == TokenKind::Slash ||
            next.kind == TokenKind::Name)
          return raise_at_token(next, "arguments cannot follow var-keyword argument");
        (void)comma;
      }
      return nullptr;
    } else if (t.kind == TokenKind::Name && t.keyword == Keyword::NotKeyword) {
      advance();
      seen_param = true;
      if (!lambda && at(TokenKind::Colon)) {
        advance();
        if (!expression()) return nullptr;
      }
      Position arg_pos = span_from(t);
      if (accept(TokenKind::Equal)) {
        if (!lambda && (at(TokenKind::Comma) || at(close)))
          return raise_at_token(last(), "expected default value expression");
        if (!expression()) return nullptr;
        if (!seen_star) seen_default = true;
      } else if (seen_default && !seen_star) {
        return raise_range(SyntaxErrorType::SyntaxError, arg_pos.lineno, arg_pos.col_offset, arg_pos.end_lineno,
                           arg_pos.end_col_offset, "non-default argument follows default argument");
      }
    } else if (t.kind == TokenKind::LPar) {
      // A parenthesized group of names: '(' NAME (',' NAME)* [','] ')'
      advance();
      bool names = false;
      while (at_name()) {
        advance();
        names = true;
        if (!lambda && at(TokenKind::Colon)) break;
        if (!accept(TokenKind::Comma)) break;
      }
      if (!names || !at(TokenKind::RPar)) return nullptr;
      return raise_tokens(t, cur(), lambda ? "Lambda expression parameters cannot be parenthesized"
                                           : "Function parameters cannot be parenthesized");
    } else {
      return nullptr;
    }
    if (!accept(TokenKind::Comma)) return nullptr;
  }
  return nullptr;
}

}  // namespace dx::parser
