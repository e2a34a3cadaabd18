// Tokens produced by the tokenizer.
#pragma once
#include <cstdint>

namespace dx::parser {

enum class TokenKind : uint8_t {
#define TOKEN(Kind, text) Kind,
#include "parser/tokens.def"
};
const char* token_kind_spelling(TokenKind kind);  // "(" for LPar, "" for Name

enum class Keyword : uint8_t {
  NotKeyword,
#define KEYWORD(Kind, spelling) Kind,
#include "parser/keywords.def"
};

struct Token {
  TokenKind kind = TokenKind::EndMarker;
  Keyword keyword = Keyword::NotKeyword;  // for Name tokens that are hard keywords
  uint32_t start = 0, end = 0;            // byte range in the (UTF-8) source buffer
  // 1-based lines, 0-based UTF-8 byte columns, as in the AST.
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

}  // namespace dx::parser
