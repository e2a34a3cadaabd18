// Turns the bytes of a source file into UTF-8 text, as CPython 3.11 reads a
// module: a UTF-8 BOM, a PEP 263 encoding declaration on line 1 or 2, and
// the errors CPython gives for bad ones or for undecodable bytes.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "parser/syntax_error.h"

namespace dx::parser {

struct DecodedSource {
  std::string text;                      // UTF-8
  std::optional<SyntaxErrorInfo> error;  // set when the file cannot be decoded
};

DecodedSource decode_source(std::string_view bytes, const std::string& filename);

// Checks that `text` is valid UTF-8; on failure returns the SyntaxError that
// CPython 3.11 reports for it.
std::optional<SyntaxErrorInfo> check_utf8(std::string_view text, const std::string& filename);

}  // namespace dx::parser
