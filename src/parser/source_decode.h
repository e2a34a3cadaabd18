// Turns the bytes of a source file into UTF-8 text, as CPython 3.11 reads a
// module: a UTF-8 BOM, a PEP 263 encoding declaration on line 1 or 2, '\r\n'
// and '\r' newlines turned into '\n', and the errors CPython gives for bad
// declarations or undecodable bytes.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "parser/syntax_error.h"
#include "parser/tokenizer.h"

namespace dx::parser {

// CPython reads a script named on the command line ("file mode") differently
// from bytes given to compile() or read by the import system ("string mode"):
// the messages and the time at which bad bytes are reported differ.
enum class SourceKind : uint8_t { ScriptFile, CompileBytes };

struct DecodedSource {
  std::string text;                      // '\n' newlines; UTF-8 (see check_utf8)
  std::optional<SyntaxErrorInfo> error;  // set when the file cannot be decoded
  // The declared or implied encoding was UTF-8 and the bytes were not checked:
  // with check_utf8 the tokenizer reports invalid UTF-8 when it reaches the
  // line (CPython's file reader), without it invalid bytes pass through, and
  // the tokenizer or the string-literal decoder reports them where used.
  bool check_utf8 = false;
  bool encoding_declared = false;  // a BOM or a coding cookie
  bool bom = false;
  bool string_input = false;  // SourceKind::CompileBytes

  TokenizerOptions tokenizer_options() const {
    TokenizerOptions o;
    o.string_input = string_input;
    o.check_utf8 = check_utf8;
    o.encoding_declared = encoding_declared;
    o.bom = bom;
    return o;
  }
};

DecodedSource decode_source(std::string_view bytes, const std::string& filename,
                            SourceKind kind = SourceKind::ScriptFile);

// Checks that `text` is valid UTF-8; on failure returns the SyntaxError that
// CPython 3.11 reports for it when it reads a script ("Non-UTF-8 code starting
// with '\xff' in file F on line N, ..."). Eager: the tokenizer's check_utf8
// option gives the same error only once the parser reaches that line.
std::optional<SyntaxErrorInfo> check_utf8(std::string_view text, const std::string& filename);

// '\r\n' and '\r' to '\n', as CPython does to every source before tokenizing
// it (compile() of a str included). With string_input (compile(), import), a
// final '\r\n' becomes "\n\n", as CPython's translation makes it. Returns
// false, leaving `out` alone, when there is nothing to change.
bool normalize_newlines(std::string_view text, std::string* out, bool string_input = false);

// The first invalid sequence in `text`, delimited as Python's strict UTF-8
// decoder delimits it ([start, end) and its reason, e.g. "invalid start byte").
struct Utf8Error {
  size_t start = 0, end = 0;
  const char* reason = "";
};
std::optional<Utf8Error> find_invalid_utf8(std::string_view text);
// "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"
std::string utf8_error_message(std::string_view text, const Utf8Error& e);
// Decodes with errors="replace": each invalid sequence becomes U+FFFD.
std::string utf8_replace_invalid(std::string_view text);

}  // namespace dx::parser
