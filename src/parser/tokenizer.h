// The tokenizer: turns UTF-8 source text into Python tokens on demand, with
// CPython 3.11's INDENT/DEDENT/NEWLINE rules and its error messages.
#pragma once
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
  int starting_lineno = 1;
  int starting_col_offset = 0;
};

class Tokenizer {
 public:
  // `source` must be valid UTF-8 (source_decode.h makes it so) and must
  // outlive the tokenizer. It need not end with a newline.
  Tokenizer(std::string_view source, std::string filename, TokenizerOptions options = {});

  // The next token. After an Error token, error() describes it and every
  // later call returns Error again. After EndMarker, returns EndMarker again.
  Token next();

  const SyntaxErrorInfo& error() const { return error_; }
  std::string_view source() const { return source_; }
  const std::string& filename() const { return filename_; }

  // The text of line `lineno` (1-based, in the shifted numbering of the
  // tokens) including its newline if it has one; empty past the end.
  std::string_view line_text(int lineno) const;

  // Converts a 0-based UTF-8 byte column on `lineno` into the 1-based code
  // point column that SyntaxError.offset uses.
  int byte_col_to_char_offset(int lineno, int byte_col) const;

  // The stack of open brackets at the current position (for the parser's
  // "'(' was never closed" messages), innermost last.
  struct OpenBracket {
    char ch;
    int lineno, col_offset;
  };
  const std::vector<OpenBracket>& open_brackets() const { return brackets_; }

 private:
  // See tokenizer.cpp.
  std::string_view source_;
  std::string filename_;
  TokenizerOptions options_;
  SyntaxErrorInfo error_;
  std::vector<OpenBracket> brackets_;
  std::vector<uint32_t> line_starts_;  // byte offset of each line seen so far
  std::vector<int> indents_{0};        // column stack (tabs to multiples of 8)
  std::vector<int> alt_indents_{0};    // the same with tabs counted as 1, for TabError
  uint32_t pos_ = 0;
  int pending_dedents_ = 0;
  bool at_line_start_ = true;
  bool failed_ = false;
  bool done_ = false;
};

// The name of a keyword token, or nullptr.
Keyword keyword_of(std::string_view name);

}  // namespace dx::parser
