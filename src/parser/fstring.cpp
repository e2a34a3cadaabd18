// String literals: concatenation of adjacent STRING tokens and f-strings.
//
// As in CPython 3.11, an f-string is one STRING token whose body is scanned
// here; each replacement field's expression is parsed by a nested parser over
// the text "(" + expression + ")", positioned so that its nodes carry their
// true line and column in the file.
#include <string>

#include "parser/parser_internal.h"
#include "parser/source_decode.h"
#include "parser/string_literal.h"
#include "parser/tokenizer.h"

namespace dx::parser {

// Collects the values of a JoinedStr, merging adjacent literal text.
struct JoinedBuilder {
  SeqBuilder<Expr*> values;
  std::string literal;
  bool has_literal = false;
};

struct FStringState {
  Position whole;           // the span of all the concatenated tokens
  std::string_view kind;    // "u" when the first token has the u prefix
  Token token;              // the token being scanned
  std::string_view token_text;
  int body_offset = 0;      // where the body starts in token_text
};

static constexpr int kMaxFStringNesting = 2;

void Parser::flush_literal(JoinedBuilder& b, FStringState& st, Position pos) {
  if (!b.has_literal) return;
  if (!b.literal.empty()) {
    auto* c = make<ConstantNode>(pos);
    c->value.kind = Constant::Kind::Str;
    c->value.text = arena_.copy(b.literal);
    c->kind_ = st.kind.empty() ? std::string_view() : st.kind;
    b.values.push(c);
  }
  b.literal.clear();
  b.has_literal = false;
}

// Appends decoded literal text; returns false after raising an error.
bool Parser::append_literal(JoinedBuilder& b, std::string_view raw_text, bool raw) {
  if (raw_text.empty()) return true;
  StringPrefix prefix;
  prefix.raw = raw;
  std::string decoded;
  if (auto err = decode_string_body(raw_text, prefix, &decoded)) {
    raise_last(SyntaxErrorType::SyntaxError, "%s", err->message.c_str());
    return false;
  }
  b.literal += decoded;
  b.has_literal = true;
  return true;
}

// Scans the body of an f-string (or of a format spec, when `in_spec`) from
// body[*i], adding literals and FormattedValues to `b`. Stops at the end of
// the body or, in a format spec, at its closing '}'.
bool Parser::fstring_body(std::string_view body, size_t* i, bool raw, int nesting, bool in_spec, JoinedBuilder& b,
                          FStringState& st) {
  std::string chunk;
  size_t n = body.size();
  while (*i < n) {
    char c = body[*i];
    if (!raw && c == '\\' && *i + 1 < n) {
      // Keep escapes whole, so "\N{...}" is not taken for a field.
      if (body[*i + 1] == 'N' && *i + 2 < n && body[*i + 2] == '{') {
        size_t close = body.find('}', *i + 3);
        if (close == std::string_view::npos) close = n - 1;
        chunk.append(body.substr(*i, close + 1 - *i));
        *i = close + 1;
        continue;
      }
      chunk.append(body.substr(*i, 2));
      *i += 2;
      continue;
    }
    if (c == '{') {
      if (!in_spec && *i + 1 < n && body[*i + 1] == '{') {
        chunk += '{';
        *i += 2;
        continue;
      }
      if (!append_literal(b, chunk, raw)) return false;
      chunk.clear();
      if (!fstring_field(body, i, raw, nesting, b, st)) return false;
      continue;
    }
    if (c == '}') {
      if (in_spec) break;
      if (*i + 1 < n && body[*i + 1] == '}') {
        chunk += '}';
        *i += 2;
        continue;
      }
      raise_last(SyntaxErrorType::SyntaxError, "f-string: single '}' is not allowed");
      return false;
    }
    chunk += c;
    (*i)++;
  }
  return append_literal(b, chunk, raw);
}

// Scans one replacement field starting at the '{' at body[*i].
bool Parser::fstring_field(std::string_view body, size_t* i, bool raw, int nesting, JoinedBuilder& b,
                           FStringState& st) {
  if (nesting >= kMaxFStringNesting) {
    raise_last(SyntaxErrorType::SyntaxError, "f-string: expressions nested too deeply");
    return false;
  }
  size_t brace = *i;
  size_t expr_start = brace + 1;
  size_t n = body.size();
  size_t k = expr_start;
  char quote = 0;
  int quote_len = 0;
  char stack[200];
  int depth = 0;
  // Find the end of the expression.
  for (; k < n; k++) {
    char c = body[k];
    if (c == '\\') {
      raise_last(SyntaxErrorType::SyntaxError, "f-string expression part cannot include a backslash");
      return false;
    }
    if (quote) {
      if (c == quote) {
        if (quote_len == 3) {
          if (k + 2 < n && body[k + 1] == quote && body[k + 2] == quote) {
            k += 2;
            quote = 0;
          }
        } else {
          quote = 0;
        }
      }
      continue;
    }
    if (c == '\'' || c == '"') {
      quote = c;
      if (k + 2 < n && body[k + 1] == c && body[k + 2] == c) {
        quote_len = 3;
        k += 2;
      } else {
        quote_len = 1;
      }
      continue;
    }
    if (c == '[' || c == '(' || c == '{') {
      if (depth >= 200) {
        raise_last(SyntaxErrorType::SyntaxError, "f-string: too many nested parenthesis");
        return false;
      }
      stack[depth++] = c;
      continue;
    }
    if (c == '#') {
      raise_last(SyntaxErrorType::SyntaxError, "f-string expression part cannot include '#'");
      return false;
    }
    if (depth == 0 && (c == '=' || c == '!' || c == '<' || c == '>') && k + 1 < n && body[k + 1] == '=') {
      k++;  // ==, !=, <=, >=
      continue;
    }
    if (depth == 0 && (c == '=' || c == '!' || c == ':' || c == '}')) break;
    if (c == ')' || c == ']' || c == '}') {
      if (depth == 0) {
        raise_last(SyntaxErrorType::SyntaxError, "f-string: unmatched '%c'", c);
        return false;
      }
      char open = stack[--depth];
      if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}'))) {
        raise_last(SyntaxErrorType::SyntaxError, "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                   c, open);
        return false;
      }
    }
  }
  if (quote) {
    raise_last(SyntaxErrorType::SyntaxError, "f-string: unterminated string");
    return false;
  }
  if (depth > 0) {
    raise_last(SyntaxErrorType::SyntaxError, "f-string: unmatched '%c'", stack[depth - 1]);
    return false;
  }
  if (k >= n) {
    raise_last(SyntaxErrorType::SyntaxError, "f-string: expecting '}'");
    return false;
  }
  std::string_view expr_text = body.substr(expr_start, k - expr_start);
  bool blank = true;
  for (char c : expr_text)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r') blank = false;
  if (blank) {
    char c = body[k];
    if (c == '!') raise_last(SyntaxErrorType::SyntaxError, "f-string: expression required before '!'");
    else if (c == ':') raise_last(SyntaxErrorType::SyntaxError, "f-string: expression required before ':'");
    else if (c == '=') raise_last(SyntaxErrorType::SyntaxError, "f-string: expression required before '='");
    else raise_last(SyntaxErrorType::SyntaxError, "f-string: empty expression not allowed");
    return false;
  }
  Expr* value = fstring_expression(expr_text, brace, st);
  if (!value) return false;

  // The self-documenting form "{expr=}" keeps the text up to the '='.
  bool debug = false;
  if (body[k] == '=') {
    debug = true;
    k++;
    size_t ws = k;
    while (k < n && (body[k] == ' ' || body[k] == '\t' || body[k] == '\n' || body[k] == '\f')) k++;
    b.literal.append(body.substr(expr_start, k - expr_start));
    b.has_literal = true;
    (void)ws;
    if (k >= n) {
      raise_last(SyntaxErrorType::SyntaxError, "f-string: expecting '}'");
      return false;
    }
  }
  int conversion = -1;
  if (body[k] == '!') {
    k++;
    if (k >= n) {
      raise_last(SyntaxErrorType::SyntaxError, "f-string: expecting '}'");
      return false;
    }
    char conv = body[k];
    if (conv != 's' && conv != 'r' && conv != 'a') {
      raise_last(SyntaxErrorType::SyntaxError, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      return false;
    }
    conversion = conv;
    k++;
    if (k >= n || (body[k] != ':' && body[k] != '}')) {
      raise_last(SyntaxErrorType::SyntaxError, "f-string: expecting '}'");
      return false;
    }
  }
  Expr* spec = nullptr;
  if (k < n && body[k] == ':') {
    k++;
    JoinedBuilder spec_builder;
    if (!fstring_body(body, &k, raw, nesting + 1, true, spec_builder, st)) return false;
    // As in CPython, text that ends a format spec gets the span of the token
    // it is in; text before a field gets the span of all the strings.
    Position token_pos{st.token.lineno, st.token.col_offset, st.token.end_lineno, st.token.end_col_offset};
    flush_literal(spec_builder, st, token_pos);
    auto* j = make<JoinedStrNode>(token_pos);
    j->values = spec_builder.values.finish(arena_);
    spec = j;
  }
  if (k >= n || body[k] != '}') {
    raise_last(SyntaxErrorType::SyntaxError, "f-string: expecting '}'");
    return false;
  }
  k++;
  if (debug && conversion == -1 && !spec) conversion = 'r';
  flush_literal(b, st, st.whole);
  auto* fv = make<FormattedValueNode>(st.whole);
  fv->value = value;
  fv->conversion = conversion;
  fv->format_spec = spec;
  b.values.push(fv);
  *i = k;
  return true;
}

// Parses the expression of a replacement field whose '{' is at byte
// `brace_offset` of the current token's body.
Expr* Parser::fstring_expression(std::string_view expr_text, size_t brace_offset, FStringState& st) {
  // Locate the '{' in the file: count the lines of the token before it.
  size_t brace_in_token = static_cast<size_t>(st.body_offset) + brace_offset;
  int line = st.token.lineno;
  size_t line_start = 0;
  bool first_line = true;
  for (size_t j = 0; j < brace_in_token; j++) {
    if (st.token_text[j] == '\n') {
      line++;
      line_start = j + 1;
      first_line = false;
    }
  }
  int col = static_cast<int>(brace_in_token - line_start) + (first_line ? st.token.col_offset : 0);
  // A '{' followed only by blanks up to the end of its line does not shift the columns.
  bool newline_after_brace = true;
  for (char c : expr_text) {
    if (c == '\n') break;
    if (c != ' ' && c != '\t' && c != '\f') {
      newline_after_brace = false;
      break;
    }
  }
  if (newline_after_brace) col = first_line ? st.token.col_offset : 0;

  std::string source;
  source.reserve(expr_text.size() + 3);
  source += '(';
  source += expr_text;
  source += ")\n";
  std::string_view text = arena_.copy(source);
  TokenizerOptions options;
  options.starting_lineno = line;
  options.starting_col_offset = col;
  options.barry_as_flufl = tokenizer_.options().barry_as_flufl;
  Tokenizer sub_tokenizer(text, tokenizer_.filename(), options);
  Parser sub(sub_tokenizer, arena_, ParseMode::FString);
  sub.fstring_col_shift_ = col;
  sub.fstring_first_line_ = line;
  Mod* m = sub.parse();
  if (!m) {
    if (!failed_) {
      failed_ = true;
      error_ = sub.take_error();
      if (sub.tokenizer_failed_ == false && error_.type != SyntaxErrorType::MemoryError)
        error_.message = "f-string: " + error_.message;
    }
    return nullptr;
  }
  return static_cast<ExpressionNode*>(m)->body;
}

// strings: STRING+
Expr* Parser::strings() {
  Token first = cur();
  size_t first_index = mark();
  bool any_bytes = false, any_text = false, any_f = false;
  while (at(TokenKind::String)) {
    std::string_view body;
    int quote_len;
    StringPrefix p = split_string_token(text(cur()), &body, &quote_len);
    if (p.bytes) any_bytes = true;
    else any_text = true;
    if (p.fstring) any_f = true;
    advance();
  }
  size_t end_index = mark();
  Token last_tok = last();
  cur();  // CPython has fetched the token after the strings when it reports errors.
  if (any_bytes && any_text) {
    // CPython decodes each literal before comparing its kind with the
    // first's, so an error inside an earlier literal is reported first.
    bool first_bytes = false;
    for (size_t t = first_index; t < end_index; t++) {
      std::string_view body;
      int quote_len;
      StringPrefix p = split_string_token(text(tokens_[t]), &body, &quote_len);
      if (!p.fstring) {
        std::string decoded;
        if (auto err = decode_string_body(body, p, &decoded))
          return raise_last(SyntaxErrorType::SyntaxError, "%s", err->message.c_str());
      }
      if (t == first_index) first_bytes = p.bytes;
      else if (p.bytes != first_bytes) break;
    }
    return raise_last(SyntaxErrorType::SyntaxError, "cannot mix bytes and nonbytes literals");
  }
  if (!tokenizer_.options().check_utf8) {
    // Bytes that are not UTF-8 reach string literals when the file declares
    // its encoding as UTF-8 (the tokenizer did not check them).
    for (size_t t = first_index; t < end_index; t++) {
      std::string_view body;
      int quote_len;
      StringPrefix p = split_string_token(text(tokens_[t]), &body, &quote_len);
      if (p.bytes) continue;
      auto bad = find_invalid_utf8(body);
      if (!bad) continue;
      // CPython decodes a raw body whole, and the non-ASCII runs of others one by one.
      size_t from = 0;
      if (!p.raw) {
        from = bad->start;
        while (from > 0 && (static_cast<unsigned char>(body[from - 1]) & 0x80)) from--;
      }
      std::string_view piece = body.substr(from);
      Utf8Error e = *bad;
      e.start -= from;
      e.end -= from;
      return raise_last(SyntaxErrorType::SyntaxError, "(unicode error) %s", utf8_error_message(piece, e).c_str());
    }
  }
  Position whole = span(first, last_tok);
  std::string_view first_body;
  int ql;
  StringPrefix first_prefix = split_string_token(text(first), &first_body, &ql);
  std::string_view kind = first_prefix.unicode ? std::string_view("u") : std::string_view();

  if (!any_f) {
    std::string value;
    for (size_t t = first_index; t < end_index; t++) {
      std::string_view body;
      int quote_len;
      StringPrefix p = split_string_token(text(tokens_[t]), &body, &quote_len);
      if (end_index - first_index == 1 && !p.raw && body.find('\\') == std::string_view::npos) {
        // The common case: one plain literal without escapes refers into the source.
        bool ascii = true;
        if (p.bytes) {
          for (unsigned char c : body)
            if (c >= 0x80) ascii = false;
        }
        if (ascii) {
          auto* c = make<ConstantNode>(whole);
          c->value.kind = p.bytes ? Constant::Kind::Bytes : Constant::Kind::Str;
          c->value.text = body;
          c->kind_ = kind;
          return c;
        }
      }
      std::string decoded;
      if (auto err = decode_string_body(body, p, &decoded))
        return raise_last(SyntaxErrorType::SyntaxError, "%s", err->message.c_str());
      value += decoded;
    }
    auto* c = make<ConstantNode>(whole);
    c->value.kind = any_bytes ? Constant::Kind::Bytes : Constant::Kind::Str;
    c->value.text = arena_.copy(value);
    c->kind_ = kind;
    return c;
  }

  JoinedBuilder b;
  FStringState st;
  st.whole = whole;
  st.kind = kind;
  for (size_t t = first_index; t < end_index; t++) {
    st.token = tokens_[t];
    st.token_text = text(st.token);
    std::string_view body;
    int quote_len;
    StringPrefix p = split_string_token(st.token_text, &body, &quote_len);
    if (!p.fstring) {
      if (!append_literal(b, body, p.raw)) return nullptr;
      continue;
    }
    st.body_offset = static_cast<int>(body.data() - st.token_text.data());
    size_t i = 0;
    if (!fstring_body(body, &i, p.raw, 0, false, b, st)) return nullptr;
  }
  flush_literal(b, st, st.whole);
  auto* j = make<JoinedStrNode>(whole);
  j->values = b.values.finish(arena_);
  return j;
}

}  // namespace dx::parser
