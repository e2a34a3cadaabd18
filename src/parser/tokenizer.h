// The tokenizer: turns UTF-8 source text into Python tokens on demand, with
// CPython 3.11's INDENT/DEDENT/NEWLINE rules and its error messages.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parser/syntax_error.h"
#include "parser/token.h"

namespace dx::parser {

struct TokenizerOptions {
  // Where line 1 column 0 of `source` sits in the enclosing file. Used for the
  // expressions inside f-strings, which CPython 3.11 tokenizes separately:
  // line 1 of the sub-source gets col_offset + starting_col_offset, later lines
  // are unshifted; every line number is shifted by starting_lineno - 1.
  // Errors get shifted line numbers only (CPython reports their columns and
  // text in the sub-source).
  int starting_lineno = 1;
  int starting_col_offset = 0;
  // compile() with CO_FUTURE_BARRY_AS_BDFL: the parser takes `<>` and
  // refuses `!=` (the future statement in the source itself does not).
  bool barry_as_flufl = false;

  // How the source was read; DecodedSource::tokenizer_options() fills these.
  // check_utf8: a file with no declared encoding, whose lines CPython checks
  // as it reads them ("Non-UTF-8 code starting with ..."). Without it, invalid
  // UTF-8 is reported only inside a name, as CPython's "(unicode error)".
  bool check_utf8 = false;
  // A BOM or a coding cookie: CPython then converts the byte offsets of some
  // errors to code points, using the line as read back from the file.
  bool encoding_declared = false;
  bool bom = false;  // the file began with a UTF-8 BOM (shown in some error texts)
  // The source came from compile() or the import system rather than from a
  // script file: CPython's cursor-based locations differ a little (see
  // EndMarker below).
  bool string_input = false;
  // eval or single input from a string that does not end with a newline:
  // CPython's tokens at the end of it (the end of the last line, the end
  // marker) have no column (an error there has offset 0).
  bool eof_without_column = false;
};

// Token positions follow CPython's C tokenizer (what its parser sees), which
// differ from the `tokenize` module for these kinds:
//  - Newline: starts at the comment before the newline if there is one, else
//    at the '\n'; ends at the '\n' (end_col_offset is the '\n''s column). A
//    source not ending in '\n' gets one at the end of its last line.
//  - Indent, Dedent: empty, at the first character of the line's first token
//    (where CPython's cursor is). CPython gives them no column; an error it
//    raises at one uses that cursor column as the 1-based offset directly.
//  - EndMarker, and Dedents at the end: empty, on the last line, at column 0
//    (with string_input: at the byte length of the last line with its '\n').
// An Op token is a printable character that is no operator ('$', '?', '`');
// '!' is Exclamation. No grammar rule accepts either, as in CPython.
class Tokenizer {
 public:
  // `source` must use '\n' newlines (source_decode.h makes it so) and must
  // outlive the tokenizer. It need not end with a newline. A NUL byte (and,
  // with check_utf8, invalid UTF-8) is reported when its line is reached, as
  // CPython reads a script.
  Tokenizer(std::string_view source, std::string filename, TokenizerOptions options = {});

  // The next token. After an Error token, error() describes it and every
  // later call returns Error again. After EndMarker, returns EndMarker again.
  Token next();

  const SyntaxErrorInfo& error() const { return error_; }
  // Whether error() is one CPython's tokenizer reports through an error code
  // that its parser turns into the exception: unexpected EOF and "'(' was
  // never closed", line continuation, unindent, TabError, too deep. When
  // CPython tokenizes the rest of a file after a syntax error of its parser,
  // such an error does not replace the parser's error; but if brackets are
  // open then and the innermost was opened on a line before the parser's
  // error, "'(' was never closed" for it does. The other errors (raised by
  // the tokenizer itself) replace the parser's error.
  bool error_from_code() const { return error_from_code_; }
  std::string_view source() const { return source_; }
  const std::string& filename() const { return filename_; }
  const TokenizerOptions& options() const { return options_; }

  // SyntaxWarnings found so far ("invalid decimal literal" for `1if x else y`),
  // with the location CPython reports if the warning is turned into an error.
  const std::vector<SyntaxErrorInfo>& warnings() const { return warnings_; }

  // The text of line `lineno` (1-based, in the shifted numbering of the
  // tokens) including its newline if it has one; empty past the end.
  std::string_view line_text(int lineno) const;

  // Converts a 0-based UTF-8 byte column on `lineno` into the 1-based code
  // point column that SyntaxError.offset uses.
  int byte_col_to_char_offset(int lineno, int byte_col) const;

  // What CPython 3.11 reports as SyntaxError.offset for an error its parser
  // raises at the 1-based byte offset `byte_offset1` of `lineno`: the byte
  // offset itself when the file declares no encoding, else the number of code
  // points in the first `byte_offset1` bytes of the line as re-read from the
  // file (with the BOM on line 1). Offsets <= 0 are returned unchanged.
  int parser_error_offset(int lineno, int byte_offset1) const;
  // The SyntaxError.text CPython gives such an error: the line with its
  // newline, and a leading U+FEFF on line 1 of a file with a BOM.
  std::string parser_error_text(int lineno) const;

  // The stack of open brackets at the current position (for the parser's
  // "'(' was never closed" messages), innermost last.
  struct OpenBracket {
    char ch;
    int lineno, col_offset;
  };
  const std::vector<OpenBracket>& open_brackets() const { return brackets_; }

 private:
  bool continuation_at_eof(uint32_t backslash) const;
  int continuation_error_offset(uint32_t backslash) const;
  // See tokenizer.cpp.
  int ch(uint32_t p) const;
  bool enter_line(uint32_t start, bool reset_buffer);
  bool cross_newline(uint32_t nl_pos, bool reset_buffer);
  void next_into(Token* out);
  void make(Token* t, TokenKind kind, uint32_t start, uint32_t end);
  void make_at(Token* t, TokenKind kind, uint32_t start, uint32_t end, int lineno, uint32_t line_start);
  void empty_token(Token* t, TokenKind kind);
  void fail(Token* t);
  bool read_indentation();
  bool scan_name(uint32_t start, Token* out);
  bool scan_string(uint32_t start, uint32_t quote_pos, Token* out);
  bool scan_number(uint32_t start, Token* out);
  bool verify_end_of_number(uint32_t p, const char* kind);
  bool decimal_tail(uint32_t& p);
  bool verify_identifier(uint32_t start, uint32_t end);
  bool scan_operator(uint32_t start, int c, Token* out);
  uint32_t line_end(uint32_t line_start) const;
  int chars_between(uint32_t from, uint32_t to) const;
  // Error helpers: the three ways CPython 3.11 locates a tokenizer error.
  bool tokenizer_error(const std::string& msg, uint32_t cursor);
  bool tokenizer_error_in(const std::string& msg, int lineno, uint32_t line_start, uint32_t cursor);
  bool tokenizer_error_range(const std::string& msg, uint32_t start, uint32_t end);
  bool parser_level_error(SyntaxErrorType type, const std::string& msg, int lineno, int offset1, int end_offset1);
  bool never_closed();
  bool bad_line_error();
  void add_warning(const std::string& msg, uint32_t cursor);
  int shifted(int lineno) const { return lineno + options_.starting_lineno - 1; }

  std::string_view source_;
  std::string filename_;
  TokenizerOptions options_;
  SyntaxErrorInfo error_;
  std::vector<SyntaxErrorInfo> warnings_;
  std::vector<OpenBracket> brackets_;
  std::vector<uint32_t> line_starts_;     // byte offset of each line entered so far
  static constexpr int kMaxIndent = 100;  // CPython's limit, level 0 included
  int indents_[kMaxIndent] = {0};         // column stack (tabs to multiples of 8)
  int alt_indents_[kMaxIndent] = {0};     // the same with tabs counted as 1, for TabError
  int indent_ = 0;                        // top of the indentation stacks
  uint32_t size_ = 0;                     // source_.size()
  uint32_t end_ = 0;                      // size_, plus 1 for the implied final '\n'
  uint32_t pos_ = 0;
  uint32_t line_start_ = 0;               // start of the line the cursor is on
  uint32_t buf_start_ = 0;                // CPython's buffer start (see E_LINECONT)
  uint32_t bad_pos_ = UINT32_MAX;         // first NUL (or invalid UTF-8 with check_utf8)
  uint32_t bad_line_start_ = UINT32_MAX;  // start of the line holding bad_pos_
  int lineno_ = 0;                        // unshifted number of the cursor's line
  int pending_ = 0;                       // > 0: indents to return, < 0: dedents
  bool at_line_start_ = true;
  bool need_line_ = true;  // the next line is entered on the next call
  bool blank_line_ = false;
  bool failed_ = false;
  bool done_ = false;
  bool error_from_code_ = false;
};

// The keyword spelled `name`, or Keyword::NotKeyword.
Keyword keyword_of(std::string_view name);

}  // namespace dx::parser
