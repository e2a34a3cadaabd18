// The recursive-descent parser's shared state. Private to src/parser/.
//
// The parser follows the structure of CPython 3.11's PEG grammar
// (Grammar/python.gram), written by hand: each rule is a method that returns
// the node it built, or nullptr when the rule does not match at the current
// token (the caller may then try another alternative after reset(mark)).
// A hard error (a tokenizer error or a specific syntax error) sets error_,
// after which every rule fails fast. Tokens are fetched lazily, so errors are
// found in the order CPython finds them.
#pragma once
#include <cstdarg>
#include <optional>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "parser/ast.h"
#include "parser/parser.h"
#include "parser/tokenizer.h"

namespace dx::parser {

using namespace dx::ast;

// Collects a sequence during parsing, then freezes it into the arena.
template <typename T>
class SeqBuilder {
 public:
  void push(T v) {
    if (count_ < kInline) {
      inline_[count_++] = v;
      return;
    }
    if (count_ == kInline) spill_.assign(inline_, inline_ + kInline);
    spill_.push_back(v);
    count_++;
  }
  uint32_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  T& operator[](uint32_t i) { return count_ <= kInline ? inline_[i] : spill_[i]; }
  T& back() { return (*this)[count_ - 1]; }
  Seq<T> finish(Arena& arena) {
    Seq<T> s;
    s.count = count_;
    s.items = arena.make_array<T>(count_);
    for (uint32_t i = 0; i < count_; i++) s.items[i] = (*this)[i];
    return s;
  }

 private:
  static constexpr uint32_t kInline = 8;
  T inline_[kInline]{};
  std::vector<T> spill_;
  uint32_t count_ = 0;
};

// The rules whose results the second pass memoizes (it re-parses a lot).
enum class MemoRule : uint8_t { Expression, Disjunction, BitwiseOr, StarExpressions };
struct MemoEntry {
  Expr* node;
  size_t end;
};

struct JoinedBuilder;
struct FStringState;

class Parser;
// A scope guard for the nesting-depth check (Parser::enter/leave).
struct DepthGuard {
  Parser& p;
  bool ok;
  explicit DepthGuard(Parser& parser);
  ~DepthGuard();
};

// Whether a target is being checked for an assignment, a `del` or a `for`.
enum class TargetsType { Star, Del, For };

class Parser {
 public:
  Parser(Tokenizer& tokenizer, Arena& arena, ParseMode mode);

  Mod* parse();
  SyntaxErrorInfo take_error();
  Mod* parse_pass();
  void check_rest_for_tokenizer_errors();
  bool failed() const { return failed_; }

  // ---- tokens (parser.cpp)
  const Token& token_at(size_t index);
  const Token& cur() { return token_at(pos_); }
  const Token& peek(size_t ahead) { return token_at(pos_ + ahead); }
  const Token& last() { return tokens_[pos_ - 1]; }  // the last consumed token
  size_t mark() const { return pos_; }
  void reset(size_t m) { pos_ = m; }
  bool at(TokenKind k) { return cur().kind == k; }
  bool at(Keyword k) { return cur().keyword == k && cur().kind == TokenKind::Name; }
  bool at_soft_keyword(std::string_view word);
  bool at_name() { return cur().kind == TokenKind::Name && cur().keyword == Keyword::NotKeyword; }
  bool accept(TokenKind k) {
    if (!at(k)) return false;
    pos_++;
    return true;
  }
  bool accept(Keyword k) {
    if (!at(k)) return false;
    pos_++;
    return true;
  }
  Token advance() { return tokens_[pos_++]; }
  std::string_view text(const Token& t) const { return source_.substr(t.start, t.end - t.start); }

  // The last consumed token that is not NEWLINE, INDENT, DEDENT or
  // ENDMARKER: where a node's span ends (CPython's EXTRA).
  const Token& last_significant() {
    size_t m = pos_;
    while (m > 1) {
      TokenKind k = tokens_[m - 1].kind;
      if (k != TokenKind::Newline && k != TokenKind::Indent && k != TokenKind::Dedent && k != TokenKind::EndMarker)
        break;
      m--;
    }
    return tokens_[m - 1];
  }

  // Position from a start token to the last significant consumed token.
  Position span_from(const Token& start) {
    const Token& e = last_significant();
    return {start.lineno, start.col_offset, e.end_lineno, e.end_col_offset};
  }
  Position span_from(const Node* start) {
    const Token& e = last_significant();
    return {start->pos.lineno, start->pos.col_offset, e.end_lineno, e.end_col_offset};
  }
  static Position span(const Node* a, const Node* b) {
    return {a->pos.lineno, a->pos.col_offset, b->pos.end_lineno, b->pos.end_col_offset};
  }
  static Position span(const Token& a, const Token& b) {
    return {a.lineno, a.col_offset, b.end_lineno, b.end_col_offset};
  }

  template <typename T>
  T* make(Position pos) {
    return make_node<T>(arena_, pos);
  }
  template <typename T>
  Seq<T> one(T v) {
    Seq<T> s;
    s.items = arena_.make_array<T>(1);
    s.items[0] = v;
    s.count = 1;
    return s;
  }

  // ---- errors (parser.cpp)
  // Raise a SyntaxError (or IndentationError) at a range; returns nullptr so
  // rules can `return raise_at(...)`.
  // An end column that CPython reports as end_offset -1.
  static constexpr int kEndOffsetMinusOne = -1000000;
  std::nullptr_t raise_range(SyntaxErrorType type, int lineno, int col, int end_lineno, int end_col,
                             const char* fmt, ...) __attribute__((format(printf, 7, 8)));
  std::nullptr_t raise_at_node(const Node* n, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
  std::nullptr_t raise_nodes(const Node* a, const Node* b, const char* fmt, ...) __attribute__((format(printf, 4, 5)));
  std::nullptr_t raise_at_token(const Token& t, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
  bool bad_single_statement();
  std::nullptr_t raise_tokens(const Token& a, const Token& b, const char* fmt, ...) __attribute__((format(printf, 4, 5)));
  // CPython's RAISE_SYNTAX_ERROR: at the last token fetched from the tokenizer.
  std::nullptr_t raise_last(SyntaxErrorType type, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
  std::nullptr_t raise_indentation(const Token& t, const char* fmt, ...) __attribute__((format(printf, 3, 4)));
  // Expect `kind` (the grammar's `&&'x'`): raises "expected 'x'" when missing.
  bool expect_forced(TokenKind kind, const char* spelling);
  bool expect_forced(Keyword kw, const char* spelling);
  // Guards against C stack exhaustion on deeply nested input.
  bool enter();
  void leave() { depth_--; }

  // ---- identifiers and literals (parser.cpp)
  Identifier identifier(const Token& t);
  NameNode* name_node(const Token& t, Context ctx);
  Expr* number(const Token& t);
  Expr* strings();  // STRING+ -> Constant or JoinedStr (fstring.cpp)
  void flush_literal(JoinedBuilder& b, FStringState& st, Position pos);
  bool append_literal(JoinedBuilder& b, std::string_view raw_text, bool raw);
  bool fstring_body(std::string_view body, size_t* i, bool raw, int nesting, bool in_spec, JoinedBuilder& b,
                    FStringState& st);
  bool fstring_field(std::string_view body, size_t* i, bool raw, int nesting, JoinedBuilder& b, FStringState& st);
  Expr* fstring_expression(std::string_view expr_text, size_t brace_offset, FStringState& st);

  // ---- statements (parser_stmt.cpp)
  Seq<Stmt*> statements();
  bool statement(SeqBuilder<Stmt*>& out);
  bool simple_stmts(SeqBuilder<Stmt*>& out);
  Stmt* simple_stmt();
  Stmt* compound_stmt();
  Stmt* assignment_or_expression();
  Stmt* assignment_or_expression_impl();
  Stmt* assignment_rest(Expr* first, const Token& start);
  bool at_augassign();
  Stmt* import_stmt();
  Stmt* import_from();
  Alias* dotted_as_name();
  Identifier dotted_name();
  Seq<Stmt*> block(const Token& owner, const char* what);
  Seq<Expr*> decorators();
  Stmt* function_def(Seq<Expr*> decorators, const Token* first);
  Stmt* class_def(Seq<Expr*> decorators, const Token* first);
  Stmt* if_stmt(bool is_elif);
  Stmt* while_stmt();
  Stmt* for_stmt(const Token* async_tok);
  Stmt* with_stmt(const Token* async_tok);
  WithItem* with_item();
  Stmt* try_stmt();
  Stmt* match_stmt();
  MatchCase* case_block();
  Seq<Stmt*> else_block();
  Arguments* parameters(bool lambda);
  Arg* param(bool lambda, bool star_annotation);
  std::nullptr_t invalid_params_fail(bool lambda, size_t start_mark);

  // ---- second-pass rules for common mistakes (parser_invalid.cpp)
  void invalid_assignment(const Token& start);
  void invalid_ann_assign(Expr* e, const Token& start);
  void invalid_named_expression();
  void invalid_expression();
  void invalid_group_or_genexp_start(const Token& lpar);
  void invalid_dict_value(Expr* key);
  void invalid_kwarg_value(const Token& name);
  void invalid_kwarg_start(const Token& start);
  void invalid_kwarg_target(Expr* e, const Token& start);
  void invalid_arguments_end(SeqBuilder<Expr*>& args, SeqBuilder<ast::Keyword*>& keywords);
  void invalid_parameters_tail(bool lambda);
  void invalid_with_stmt(size_t after_with);
  void reset_to_token(const Token& t);
  // The bracket nesting level after token `index` (CPython's token level).
  int token_level(size_t index) { return index < levels_.size() ? levels_[index] : 0; }

  // ---- expressions (parser_expr.cpp)
  Expr* expressions();
  Expr* expression();
  Expr* yield_expr();
  Expr* star_expressions();
  Expr* star_expression();
  Expr* star_named_expression();
  Expr* named_expression();
  Expr* disjunction();
  Expr* conjunction();
  Expr* bool_op_chain(Keyword keyword, BoolOpKind op, Expr* (Parser::*operand)());
  Expr* inversion();
  Expr* comparison();
  Expr* bitwise_or();
  Expr* bitwise_xor();
  Expr* bitwise_and();
  Expr* shift_expr();
  Expr* sum();
  Expr* term();
  Expr* factor();
  Expr* power();
  Expr* await_primary();
  Expr* primary();
  Expr* primary_trailers(Expr* e, const Token& start);
  Expr* binary_level(int level);
  bool compare_op(CmpOpKind* op, int* width);
  Expr* assignment_expression();
  template <typename F>
  Expr* memo(MemoRule rule, F&& f);
  Expr* atom();
  Expr* slices();
  Expr* slice();
  Expr* lambdef();
  Expr* paren_atom();
  Expr* bracket_atom();
  Expr* brace_atom();
  Expr* call(Expr* func, const Token& lpar, const Token& start);
  Seq<Comprehension*> for_if_clauses();
  Expr* star_targets();
  bool at_comprehension_for();
  size_t arg_start_index(const Token& t);
  std::nullptr_t invalid_comprehension_starred(Expr* starred);
  std::nullptr_t invalid_comprehension_target(Expr* first, Expr* last_elt);
  Expr* star_target();
  Expr* star_target_raw();
  Expr* del_target();
  Expr* annotated_rhs();

  // Target checks: sets ctx on a valid target tree; returns the first invalid
  // node otherwise (CPython's _PyPegen_get_invalid_target).
  Expr* invalid_target(Expr* e, TargetsType type);
  void set_context(Expr* e, Context ctx);
  const char* expr_description(Expr* e);  // "function call", "literal", ...
  std::nullptr_t raise_invalid_target(Expr* target, TargetsType type);

  // ---- patterns (parser_pattern.cpp)
  Pattern* patterns();
  Pattern* pattern();
  Pattern* or_pattern();
  Pattern* closed_pattern();
  Pattern* star_pattern();
  Pattern* maybe_star_pattern();
  Pattern* mapping_pattern();
  Pattern* class_pattern(Expr* cls);
  Expr* literal_expr();
  Expr* signed_number();
  Expr* name_or_attr();

  // ---- state
  Tokenizer& tokenizer_;
  Arena& arena_;
  ParseMode mode_;
  std::string_view source_;
  std::vector<Token> tokens_;
  std::vector<uint16_t> levels_;  // bracket depth after each token
  std::unordered_map<uint64_t, MemoEntry> memo_;
  size_t pos_ = 0;
  int depth_ = 0;
  bool failed_ = false;
  // The second pass: also try the rules that recognize common mistakes.
  bool invalid_rules_ = false;
  bool tokenizer_failed_ = false;
  SyntaxErrorInfo error_;
  // For the parser of an f-string replacement field: CPython reports its
  // errors with columns relative to the "(expr)" text, so raise_range undoes
  // the shift of the first line.
  int fstring_col_shift_ = 0;
  int fstring_first_line_ = 0;
};

inline DepthGuard::DepthGuard(Parser& parser) : p(parser), ok(parser.enter()) {}
inline DepthGuard::~DepthGuard() {
  if (ok) p.leave();
}

}  // namespace dx::parser
