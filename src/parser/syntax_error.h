// A syntax error as the parser or tokenizer reports it: the exception type,
// CPython's message and the location the traceback printer needs.
#pragma once
#include <string>

namespace dx::parser {

enum class SyntaxErrorType : uint8_t { SyntaxError, IndentationError, TabError, MemoryError, RecursionError };

struct SyntaxErrorInfo {
  SyntaxErrorType type = SyntaxErrorType::SyntaxError;
  std::string message;   // e.g. "invalid syntax", "'(' was never closed"
  std::string filename;
  // As in CPython's SyntaxError: lineno is 1-based; offset and end_offset are
  // 1-based *character* (code point) columns into `text`; 0 means unknown.
  int lineno = 0, offset = 0, end_lineno = 0, end_offset = 0;
  std::string text;      // the source line (UTF-8, with its newline), may be empty
  bool has_text = false; // false: CPython's SyntaxError.text is None
  // Errors of the symbol table and future statements: CPython sets the
  // location as attributes only (args is just (msg,)); a future
  // statement's error has no end_offset (None).
  bool location_in_attributes = false;
  bool no_end_offset = false;
};

const char* syntax_error_type_name(SyntaxErrorType type);

// Formats the error the way CPython's default excepthook prints it (the
// "  File ..., line N" header, the source line, the caret line, "Type: msg").
std::string format_syntax_error(const SyntaxErrorInfo& err);

}  // namespace dx::parser
