// The parser: Python 3.11 source to AST, with CPython's syntax errors.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "parser/ast.h"
#include "parser/source_decode.h"
#include "parser/syntax_error.h"

namespace dx::parser {

// FString is internal: the expression of an f-string replacement field.
enum class ParseMode : uint8_t { File, Eval, Single, FuncType, FString };

struct ParseResult {
  ast::Mod* mod = nullptr;               // null when error is set
  std::optional<SyntaxErrorInfo> error;  // SyntaxError, IndentationError, TabError, MemoryError, RecursionError
};

// Parses raw source bytes as they are read from a file: handles the BOM and the
// encoding declaration, then parses. Nodes are allocated in `arena`.
// `barry_as_flufl`: compile()'s CO_FUTURE_BARRY_AS_BDFL (`<>` for `!=`).
ParseResult parse_source(std::string_view bytes, const std::string& filename, ParseMode mode, Arena& arena,
                         SourceKind kind = SourceKind::ScriptFile, bool barry_as_flufl = false);

// Parses text that is already UTF-8 (the str argument of compile()).
ParseResult parse_text(std::string_view utf8, const std::string& filename, ParseMode mode, Arena& arena,
                       bool barry_as_flufl = false);

}  // namespace dx::parser
