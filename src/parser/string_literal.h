// Decoding of string, bytes and number literals into AST constants.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "parser/ast.h"

namespace dx::parser {

struct StringPrefix {
  bool raw = false, bytes = false, fstring = false, unicode = false;  // unicode: the 'u' prefix
};

// Splits a String token's text into its prefix and its body (between the quotes).
StringPrefix split_string_token(std::string_view token, std::string_view* body, int* quote_len);

struct LiteralError {
  std::string message;  // CPython's message, e.g. "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"
  size_t offset = 0;    // byte offset in the body where the problem starts
};

// Decodes the escapes of a non-f-string body (str: to UTF-8, bytes: to raw
// bytes). On failure returns the error CPython raises as a SyntaxError.
std::optional<LiteralError> decode_string_body(std::string_view body, StringPrefix prefix, std::string* out);

// Parses a Number token's text (underscores allowed) into an Int, BigInt,
// Float or Complex constant. `arena` holds BigInt digits.
std::optional<LiteralError> parse_number(std::string_view text, Arena& arena, ast::Constant* out);

}  // namespace dx::parser
