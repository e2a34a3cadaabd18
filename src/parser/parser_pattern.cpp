// Patterns of the match statement (PEP 634).
#include "parser/parser_internal.h"

namespace dx::parser {

// patterns: open_sequence_pattern | pattern
Pattern* Parser::patterns() {
  Token start = cur();
  Pattern* first = maybe_star_pattern();
  if (!first) return nullptr;
  if (!at(TokenKind::Comma)) {
    if (first->kind == NodeKind::MatchStar) return nullptr;
    return first;
  }
  SeqBuilder<Pattern*> items;
  items.push(first);
  while (accept(TokenKind::Comma)) {
    if (at(TokenKind::Colon) || at(Keyword::If)) break;
    Pattern* p = maybe_star_pattern();
    if (!p) return nullptr;
    items.push(p);
  }
  auto* s = make<MatchSequenceNode>(span_from(start));
  s->patterns = items.finish(arena_);
  return s;
}

// pattern: or_pattern 'as' pattern_capture_target | or_pattern
Pattern* Parser::pattern() {
  Token start = cur();
  Pattern* p = or_pattern();
  if (!p) return nullptr;
  if (!at(Keyword::As)) return p;
  advance();
  if (at_name() && text(cur()) != "_" && peek(1).kind != TokenKind::Dot && peek(1).kind != TokenKind::LPar &&
      peek(1).kind != TokenKind::Equal) {
    Token name = advance();
    auto* a = make<MatchAsNode>(span_from(start));
    a->pattern = p;
    a->name = identifier(name);
    return a;
  }
  if (invalid_rules_) {
    if (at_name() && text(cur()) == "_") return raise_at_token(cur(), "cannot use '_' as a target");
    Token t = cur();
    if (!at_name()) {
      if (Expr* e = expression()) return raise_at_node(e, "invalid pattern target");
      (void)t;
    }
  }
  return nullptr;
}

// or_pattern: '|'.closed_pattern+
Pattern* Parser::or_pattern() {
  Token start = cur();
  Pattern* first = closed_pattern();
  if (!first) return nullptr;
  if (!at(TokenKind::VBar)) return first;
  SeqBuilder<Pattern*> alts;
  alts.push(first);
  while (accept(TokenKind::VBar)) {
    Pattern* p = closed_pattern();
    if (!p) return nullptr;
    alts.push(p);
  }
  auto* o = make<MatchOrNode>(span_from(start));
  o->patterns = alts.finish(arena_);
  return o;
}

// maybe_star_pattern: star_pattern | pattern
Pattern* Parser::maybe_star_pattern() { return at(TokenKind::Star) ? star_pattern() : pattern(); }

// star_pattern: '*' (pattern_capture_target | wildcard_pattern)
Pattern* Parser::star_pattern() {
  Token start = advance();
  if (!at_name()) return nullptr;
  Token name = advance();
  auto* s = make<MatchStarNode>(span_from(start));
  if (text(name) != "_") s->name = identifier(name);
  return s;
}

// signed_number: NUMBER | '-' NUMBER
Expr* Parser::signed_number() {
  Token start = cur();
  if (accept(TokenKind::Minus)) {
    if (!at(TokenKind::Number)) return nullptr;
    Expr* n = number(advance());
    if (!n) return nullptr;
    auto* u = make<UnaryOpNode>(span_from(start));
    u->op = UnaryOpKind::USub;
    u->operand = n;
    return u;
  }
  if (!at(TokenKind::Number)) return nullptr;
  return number(advance());
}

static bool is_imaginary(Expr* e) {
  return e->kind == NodeKind::Constant && static_cast<ConstantNode*>(e)->value.kind == Constant::Kind::Complex;
}

// The literal part of literal_pattern/literal_expr: numbers (signed, complex),
// strings, None, True, False. Returns nullptr if none starts here.
Expr* Parser::literal_expr() {
  Token start = cur();
  if (at(TokenKind::Number) || at(TokenKind::Minus)) {
    Expr* real = signed_number();
    if (!real) return nullptr;
    if (at(TokenKind::Plus) || at(TokenKind::Minus)) {
      // complex_number: signed_real_number ('+' | '-') imaginary_number
      OperatorKind op = at(TokenKind::Plus) ? OperatorKind::Add : OperatorKind::Sub;
      Expr* real_part = real->kind == NodeKind::UnaryOp ? static_cast<UnaryOpNode*>(real)->operand : real;
      if (is_imaginary(real_part)) return raise_at_node(real_part, "real number required in complex literal");
      advance();
      if (!at(TokenKind::Number)) return nullptr;
      Expr* imag = number(advance());
      if (!imag) return nullptr;
      if (!is_imaginary(imag)) return raise_at_node(imag, "imaginary number required in complex literal");
      auto* b = make<BinOpNode>(span_from(start));
      b->left = real;
      b->op = op;
      b->right = imag;
      return b;
    }
    return real;
  }
  if (at(TokenKind::String)) return strings();
  if (at(Keyword::None) || at(Keyword::True) || at(Keyword::False)) return atom();
  return nullptr;
}

// name_or_attr: attr | NAME
Expr* Parser::name_or_attr() {
  Token start = cur();
  if (!at_name()) return nullptr;
  Expr* e = name_node(advance(), Context::Load);
  while (at(TokenKind::Dot) && peek(1).kind == TokenKind::Name && peek(1).keyword == Keyword::NotKeyword) {
    advance();
    Token name = advance();
    auto* a = make<AttributeNode>(span_from(start));
    a->value = e;
    a->attr = identifier(name);
    a->ctx = Context::Load;
    e = a;
  }
  return e;
}

Pattern* Parser::closed_pattern() {
  DepthGuard guard(*this);
  if (!guard.ok || failed_) return nullptr;
  Token start = cur();
  switch (start.kind) {
    case TokenKind::Number:
    case TokenKind::Minus:
    case TokenKind::String: {
      Expr* v = literal_expr();
      if (!v) return nullptr;
      auto* m = make<MatchValueNode>(v->pos);
      m->value = v;
      return m;
    }
    case TokenKind::LPar: {
      advance();
      if (accept(TokenKind::RPar)) return make<MatchSequenceNode>(span_from(start));
      Pattern* first = maybe_star_pattern();
      if (!first) return nullptr;
      if (accept(TokenKind::RPar)) {
        if (first->kind == NodeKind::MatchStar) {
          // '(' star_pattern ')' is a one-element sequence only with a comma.
          return nullptr;
        }
        return first;  // group_pattern
      }
      if (!at(TokenKind::Comma)) return nullptr;
      SeqBuilder<Pattern*> items;
      items.push(first);
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RPar)) break;
        Pattern* p = maybe_star_pattern();
        if (!p) return nullptr;
        items.push(p);
      }
      if (!accept(TokenKind::RPar)) return nullptr;
      auto* s = make<MatchSequenceNode>(span_from(start));
      s->patterns = items.finish(arena_);
      return s;
    }
    case TokenKind::LSqb: {
      advance();
      SeqBuilder<Pattern*> items;
      while (!at(TokenKind::RSqb)) {
        Pattern* p = maybe_star_pattern();
        if (!p) return nullptr;
        items.push(p);
        if (!accept(TokenKind::Comma)) break;
      }
      if (!accept(TokenKind::RSqb)) return nullptr;
      auto* s = make<MatchSequenceNode>(span_from(start));
      s->patterns = items.finish(arena_);
      return s;
    }
    case TokenKind::LBrace:
      return mapping_pattern();
    case TokenKind::Name:
      break;
    default:
      return nullptr;
  }
  if (start.keyword == Keyword::None || start.keyword == Keyword::True || start.keyword == Keyword::False) {
    advance();
    auto* m = make<MatchSingletonNode>(span(start, start));
    m->value.kind = start.keyword == Keyword::None   ? Constant::Kind::None
                    : start.keyword == Keyword::True ? Constant::Kind::True
                                                     : Constant::Kind::False;
    return m;
  }
  if (start.keyword != Keyword::NotKeyword) return nullptr;
  TokenKind next = peek(1).kind;
  if (next != TokenKind::Dot && next != TokenKind::LPar) {
    if (next == TokenKind::Equal) return nullptr;
    advance();
    auto* m = make<MatchAsNode>(span(start, start));
    if (text(start) != "_") m->name = identifier(start);  // capture_pattern, else wildcard_pattern
    return m;
  }
  if (text(start) == "_" && next == TokenKind::LPar) {
    // wildcard_pattern matches first; the '(' after it cannot continue a case.
    advance();
    return make<MatchAsNode>(span(start, start));
  }
  Expr* cls = name_or_attr();
  if (!cls) return nullptr;
  if (at(TokenKind::LPar)) return class_pattern(cls);
  if (at(TokenKind::Dot) || at(TokenKind::Equal) || cls->kind != NodeKind::Attribute) return nullptr;
  auto* m = make<MatchValueNode>(cls->pos);
  m->value = cls;
  return m;
}

// mapping_pattern: '{' [items_pattern] [',' double_star_pattern] [','] '}'
Pattern* Parser::mapping_pattern() {
  Token start = advance();
  SeqBuilder<Expr*> keys;
  SeqBuilder<Pattern*> values;
  Identifier rest{};
  while (!at(TokenKind::RBrace)) {
    if (accept(TokenKind::DoubleStar)) {
      if (!at_name() || text(cur()) == "_") return nullptr;
      rest = identifier(advance());
      accept(TokenKind::Comma);
      break;
    }
    Expr* key = nullptr;
    if (at_name()) {
      key = name_or_attr();
      if (key && key->kind != NodeKind::Attribute) return nullptr;
    } else {
      key = literal_expr();
    }
    if (!key || !accept(TokenKind::Colon)) return nullptr;
    Pattern* p = pattern();
    if (!p) return nullptr;
    keys.push(key);
    values.push(p);
    if (!accept(TokenKind::Comma)) break;
  }
  if (!accept(TokenKind::RBrace)) return nullptr;
  auto* m = make<MatchMappingNode>(span_from(start));
  m->keys = keys.finish(arena_);
  m->patterns = values.finish(arena_);
  m->rest = rest;
  return m;
}

// class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'
Pattern* Parser::class_pattern(Expr* cls) {
  advance();  // '('
  SeqBuilder<Pattern*> positional, kwd_patterns;
  SeqBuilder<Identifier> kwd_attrs;
  Pattern* first_positional_after_kw = nullptr;
  Pattern* last_positional_after_kw = nullptr;
  while (!at(TokenKind::RPar)) {
    if (at_name() && peek(1).kind == TokenKind::Equal) {
      Token name = advance();
      advance();
      Pattern* p = pattern();
      if (!p) return nullptr;
      kwd_attrs.push(identifier(name));
      kwd_patterns.push(p);
    } else {
      Pattern* p = pattern();
      if (!p) return nullptr;
      if (!kwd_attrs.empty()) {
        if (!first_positional_after_kw) first_positional_after_kw = p;
        last_positional_after_kw = p;
      } else {
        positional.push(p);
      }
    }
    if (!accept(TokenKind::Comma)) break;
  }
  if (!accept(TokenKind::RPar)) return nullptr;
  if (first_positional_after_kw) {
    if (invalid_rules_)
      return raise_nodes(first_positional_after_kw, last_positional_after_kw,
                         "positional patterns follow keyword patterns");
    return nullptr;
  }
  auto* m = make<MatchClassNode>(span_from(cls));
  m->cls = cls;
  m->patterns = positional.finish(arena_);
  m->kwd_attrs = kwd_attrs.finish(arena_);
  m->kwd_patterns = kwd_patterns.finish(arena_);
  return m;
}

}  // namespace dx::parser
