// Parser entry points, token access, error reporting, identifiers and numbers.
#include <cstdio>
#include <new>

#include "parser/parser_internal.h"
#include "parser/source_decode.h"
#include "parser/string_literal.h"
#include "support/unicode.h"

namespace dx::parser {

// CPython 3.11's parser gives up (with MemoryError) past this many nested rules.
static constexpr int kMaxDepth = 6000;

Parser::Parser(Tokenizer& tokenizer, Arena& arena, ParseMode mode)
    : tokenizer_(tokenizer), arena_(arena), mode_(mode), source_(tokenizer.source()) {
  tokens_.reserve(256);
}

const Token& Parser::token_at(size_t index) {
  while (tokens_.size() <= index) {
    if (!tokens_.empty()) {
      TokenKind k = tokens_.back().kind;
      if (k == TokenKind::EndMarker || k == TokenKind::Error) {
        tokens_.push_back(tokens_.back());
        levels_.push_back(levels_.back());
        continue;
      }
    }
    Token t = tokenizer_.next();
    if (t.kind == TokenKind::Error && !failed_) {
      failed_ = true;
      tokenizer_failed_ = true;
      error_ = tokenizer_.error();
    }
    tokens_.push_back(t);
    levels_.push_back(static_cast<uint16_t>(tokenizer_.open_brackets().size()));
  }
  return tokens_[index];
}

bool Parser::at_soft_keyword(std::string_view word) {
  const Token& t = cur();
  return t.kind == TokenKind::Name && text(t) == word;
}

bool Parser::enter() {
  if (++depth_ > kMaxDepth) {
    if (!failed_) {
      failed_ = true;
      error_ = SyntaxErrorInfo{};
      error_.type = SyntaxErrorType::MemoryError;
    }
    depth_--;
    return false;
  }
  return true;
}

// ---- errors -------------------------------------------------------------

std::nullptr_t Parser::raise_range(SyntaxErrorType type, int lineno, int col, int end_lineno, int end_col,
                                   const char* fmt, ...) {
  if (failed_) return nullptr;
  failed_ = true;
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  error_ = SyntaxErrorInfo{};
  error_.type = type;
  error_.message = buf;
  error_.filename = tokenizer_.filename();
  error_.text = tokenizer_.parser_error_text(lineno);
  // (An empty string compiled in eval or single mode: CPython's text is ''.)
  error_.has_text = !error_.text.empty() || (lineno == 0 && source_.empty() && mode_ != ParseMode::File);
  if (mode_ == ParseMode::FString && fstring_first_line_ == lineno) {
    if (col >= 0) col -= fstring_col_shift_;
    if (end_col >= 0 && end_lineno == lineno) end_col -= fstring_col_shift_;
  }
  error_.lineno = lineno;
  error_.end_lineno = end_lineno;
  // Both columns are converted with the start line's text, as CPython does.
  error_.offset = col < 0 ? 0 : tokenizer_.parser_error_offset(lineno, col + 1);
  error_.end_offset = end_col == kEndOffsetMinusOne ? -1
                      : end_col < 0                 ? 0
                                                    : tokenizer_.parser_error_offset(lineno, end_col + 1);
  return nullptr;
}

#define FORMAT_MESSAGE(buf, fmt)   \
  char buf[512];                   \
  va_list ap;                      \
  va_start(ap, fmt);               \
  vsnprintf(buf, sizeof buf, fmt, ap); \
  va_end(ap)

std::nullptr_t Parser::raise_at_node(const Node* n, const char* fmt, ...) {
  FORMAT_MESSAGE(msg, fmt);
  return raise_range(SyntaxErrorType::SyntaxError, n->pos.lineno, n->pos.col_offset, n->pos.end_lineno,
                     n->pos.end_col_offset, "%s", msg);
}

std::nullptr_t Parser::raise_nodes(const Node* a, const Node* b, const char* fmt, ...) {
  FORMAT_MESSAGE(msg, fmt);
  return raise_range(SyntaxErrorType::SyntaxError, a->pos.lineno, a->pos.col_offset, b->pos.end_lineno,
                     b->pos.end_col_offset, "%s", msg);
}

// CPython gives INDENT, DEDENT and ENDMARKER no column (-1).
static bool is_columnless(const Token& t) {
  return t.kind == TokenKind::Indent || t.kind == TokenKind::Dedent || t.kind == TokenKind::EndMarker;
}

std::nullptr_t Parser::raise_at_token(const Token& t, const char* fmt, ...) {
  FORMAT_MESSAGE(msg, fmt);
  if (is_columnless(t)) return raise_range(SyntaxErrorType::SyntaxError, t.lineno, -1, t.end_lineno, -1, "%s", msg);
  return raise_range(SyntaxErrorType::SyntaxError, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, "%s",
                     msg);
}

std::nullptr_t Parser::raise_tokens(const Token& a, const Token& b, const char* fmt, ...) {
  FORMAT_MESSAGE(msg, fmt);
  return raise_range(SyntaxErrorType::SyntaxError, a.lineno, a.col_offset, b.end_lineno, b.end_col_offset, "%s",
                     msg);
}

std::nullptr_t Parser::raise_indentation(const Token& t, const char* fmt, ...) {
  FORMAT_MESSAGE(msg, fmt);
  if (is_columnless(t))  // the column of the tokenizer's cursor, not shifted by one
    return raise_range(SyntaxErrorType::IndentationError, t.lineno, t.col_offset - 1, t.end_lineno, kEndOffsetMinusOne,
                       "%s", msg);
  return raise_range(SyntaxErrorType::IndentationError, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset,
                     "%s", msg);
}

std::nullptr_t Parser::raise_last(SyntaxErrorType type, const char* fmt, ...) {
  FORMAT_MESSAGE(msg, fmt);
  const Token& t = tokens_.back();
  if (is_columnless(t))  // the column of the tokenizer's cursor, not shifted by one
    return raise_range(type, t.lineno, t.col_offset - 1, t.end_lineno, kEndOffsetMinusOne, "%s", msg);
  return raise_range(type, t.lineno, t.col_offset, t.end_lineno, t.end_col_offset, "%s", msg);
}

#undef FORMAT_MESSAGE

bool Parser::expect_forced(TokenKind kind, const char* spelling) {
  if (accept(kind)) return true;
  if (!failed_) raise_at_token(cur(), "expected '%s'", spelling);
  return false;
}

bool Parser::expect_forced(Keyword kw, const char* spelling) {
  if (accept(kw)) return true;
  if (!failed_) raise_at_token(cur(), "expected '%s'", spelling);
  return false;
}

// ---- identifiers and numbers -------------------------------------------

Identifier Parser::identifier(const Token& t) {
  std::string_view s = text(t);
  for (unsigned char c : s) {
    if (c >= 0x80) return arena_.copy(unicode::nfkc_normalize(s));
  }
  return s;
}

NameNode* Parser::name_node(const Token& t, Context ctx) {
  auto* n = make<NameNode>(span(t, t));
  n->id = identifier(t);
  n->ctx = ctx;
  return n;
}

Expr* Parser::number(const Token& t) {
  auto* c = make<ConstantNode>(span(t, t));
  if (auto err = parse_number(text(t), arena_, &c->value)) return raise_at_token(t, "%s", err->message.c_str());
  return c;
}

// ---- entry points --------------------------------------------------------

Mod* Parser::parse_pass() {
  switch (mode_) {
    case ParseMode::File: {
      Seq<Stmt*> body = statements();
      if (failed_ || !at(TokenKind::EndMarker)) return nullptr;
      auto* m = make<ModuleNode>({});
      m->body = body;
      return m;
    }
    case ParseMode::FString: {
      Expr* e = star_expressions();
      if (!e) return nullptr;
      accept(TokenKind::Newline);
      if (!at(TokenKind::EndMarker)) return nullptr;
      auto* m = make<ExpressionNode>({});
      m->body = e;
      return m;
    }
    case ParseMode::Eval: {
      Expr* e = expressions();
      if (!e) return nullptr;
      while (accept(TokenKind::Newline)) {
      }
      if (!at(TokenKind::EndMarker)) return nullptr;
      auto* m = make<ExpressionNode>({});
      m->body = e;
      return m;
    }
    case ParseMode::Single: {
      auto* m = make<InteractiveNode>({});
      if (accept(TokenKind::Newline)) return m;
      SeqBuilder<Stmt*> body;
      if (Stmt* s = compound_stmt()) {
        body.push(s);
        // A compound statement in interactive mode ends with a blank line.
        if (!accept(TokenKind::Newline) && !at(TokenKind::EndMarker)) return nullptr;
      } else if (failed_ || !simple_stmts(body)) {
        return nullptr;
      }
      m->body = body.finish(arena_);
      return m;
    }
    case ParseMode::FuncType: {
      // func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
      if (!accept(TokenKind::LPar)) return nullptr;
      SeqBuilder<Expr*> args;
      while (!at(TokenKind::RPar)) {
        Expr* e = expression();
        if (!e) return nullptr;
        args.push(e);
        if (!accept(TokenKind::Comma)) break;
      }
      if (!accept(TokenKind::RPar) || !accept(TokenKind::RArrow)) return nullptr;
      Expr* ret = expression();
      if (!ret) return nullptr;
      while (accept(TokenKind::Newline)) {
      }
      if (!at(TokenKind::EndMarker)) return nullptr;
      auto* m = make<FunctionTypeNode>({});
      m->argtypes = args.finish(arena_);
      m->returns = ret;
      return m;
    }
  }
  return nullptr;
}

// After a syntax error found by the parser, CPython tokenizes the rest of the
// source: a tokenizer error found there replaces the parser's error, and an
// unclosed bracket does too when it was opened before the error's line.
void Parser::check_rest_for_tokenizer_errors() {
  if (tokenizer_failed_) return;
  // CPython compares with the line of the last token it fetched.
  int err_line = tokens_.empty() ? error_.lineno : tokens_.back().lineno;
  for (;;) {
    Token t = tokenizer_.next();
    if (t.kind == TokenKind::EndMarker) return;
    if (t.kind != TokenKind::Error) continue;
    const SyntaxErrorInfo& e = tokenizer_.error();
    if (tokenizer_.error_from_code()) {
      if (!tokenizer_.open_brackets().empty() && e.message.ends_with("was never closed") &&
          err_line > tokenizer_.open_brackets().back().lineno)
        error_ = e;
      return;
    }
    error_ = e;
    return;
  }
}

// compile(..., 'single') takes one statement: anything but blanks and
// comments after the one parsed is an error, at the last token read.
bool Parser::bad_single_statement() {
  if (pos_ == 0) return false;
  const Token& last = tokens_[pos_ - 1];
  for (size_t i = last.end; i < source_.size(); i++) {
    char c = source_[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\f') continue;
    if (c != '#') {
      raise_at_token(last, "multiple statements found while compiling a single statement");
      return true;
    }
    while (i < source_.size() && source_[i] != '\n') i++;
  }
  return false;
}

Mod* Parser::parse() {
  Mod* m = nullptr;
  try {
    m = parse_pass();
    if (m && mode_ == ParseMode::Single && bad_single_statement()) return nullptr;
    if (m || failed_) {
      if (!m && !tokenizer_failed_ && error_.type != SyntaxErrorType::MemoryError &&
          error_.type != SyntaxErrorType::RecursionError)
        check_rest_for_tokenizer_errors();
      return m;
    }
    // The first pass failed without a specific error: parse again with the
    // rules that recognize common mistakes, as CPython's second pass does.
    size_t furthest = tokens_.size() - 1;
    invalid_rules_ = true;
    pos_ = 0;
    depth_ = 0;
    m = parse_pass();
    if (m) return m;  // cannot happen for a correct grammar; keep the tree
    if (failed_) {
      if (!tokenizer_failed_ && error_.type == SyntaxErrorType::SyntaxError) check_rest_for_tokenizer_errors();
      else if (!tokenizer_failed_ && error_.type == SyntaxErrorType::IndentationError) check_rest_for_tokenizer_errors();
      return nullptr;
    }
    const Token& t = tokens_[furthest];
    if (t.kind == TokenKind::Indent) {
      raise_indentation(t, "unexpected indent");
    } else if (t.kind == TokenKind::Dedent) {
      raise_indentation(t, "unexpected unindent");
    } else {
      raise_at_token(t, "invalid syntax");
      check_rest_for_tokenizer_errors();
    }
    return nullptr;
  } catch (const std::bad_alloc&) {
    failed_ = true;
    error_ = SyntaxErrorInfo{};
    error_.type = SyntaxErrorType::MemoryError;
    return nullptr;
  }
}

SyntaxErrorInfo Parser::take_error() { return std::move(error_); }

// The end of a source given as a string (compile(), exec(), -c): CPython
// gives exec input a final newline when it has none (it shows in the text
// of a syntax error on the last line); eval and single input without one
// end in tokens that have no column.
static void string_input_end(std::string& text, ParseMode mode, TokenizerOptions* options) {
  if (mode == ParseMode::File && (text.empty() || text.back() != '\n')) text += '\n';
  options->eof_without_column = text.empty() || text.back() != '\n';
}

static ParseResult run_parser(std::string_view utf8, const std::string& filename, ParseMode mode, Arena& arena,
                              const TokenizerOptions& options) {
  ParseResult result;
  Tokenizer tokenizer(utf8, filename, options);
  Parser parser(tokenizer, arena, mode);
  result.mod = parser.parse();
  if (!result.mod) result.error = parser.take_error();
  return result;
}

ParseResult parse_source(std::string_view bytes, const std::string& filename, ParseMode mode, Arena& arena,
                         SourceKind kind, bool barry_as_flufl) {
  DecodedSource decoded = decode_source(bytes, filename, kind);
  if (decoded.error) {
    ParseResult r;
    r.error = std::move(decoded.error);
    return r;
  }
  TokenizerOptions options = decoded.tokenizer_options();
  options.barry_as_flufl = barry_as_flufl;
  if (kind != SourceKind::ScriptFile) string_input_end(decoded.text, mode, &options);
  // The AST refers into the source text, so it must live as long as the arena.
  std::string_view text = arena.copy(decoded.text);
  return run_parser(text, filename, mode, arena, options);
}

ParseResult parse_text(std::string_view utf8, const std::string& filename, ParseMode mode, Arena& arena,
                       bool barry_as_flufl) {
  std::string normalized;
  if (!normalize_newlines(utf8, &normalized, true)) normalized = std::string(utf8);
  TokenizerOptions options;
  options.string_input = true;
  options.barry_as_flufl = barry_as_flufl;
  // CPython's tokenizer of a str has the encoding utf-8, so error columns
  // are counted in characters, as with a declared encoding.
  options.encoding_declared = true;
  string_input_end(normalized, mode, &options);
  std::string_view text = arena.copy(normalized);
  return run_parser(text, filename, mode, arena, options);
}

}  // namespace dx::parser
