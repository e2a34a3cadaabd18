// Printing a SyntaxError the way CPython 3.11's default excepthook does.
//
// The rules were established by experiment against python3.11 (and checked
// by a differential test over random texts and offsets): offsets are used as
// byte counts into the UTF-8 text, leading blanks are stripped, the caret is
// clipped to the line, and IndentationError (TabError) gets a single caret.
#include "parser/syntax_error.h"

#include <string_view>

namespace dx::parser {

const char* syntax_error_type_name(SyntaxErrorType type) {
  switch (type) {
    case SyntaxErrorType::SyntaxError:
      return "SyntaxError";
    case SyntaxErrorType::IndentationError:
      return "IndentationError";
    case SyntaxErrorType::TabError:
      return "TabError";
    case SyntaxErrorType::MemoryError:
      return "MemoryError";
    case SyntaxErrorType::RecursionError:
      return "RecursionError";
  }
  return "SyntaxError";
}

namespace {

// The source line and the caret line, each indented by four spaces.
void append_error_text(std::string& out, const SyntaxErrorInfo& err) {
  std::string_view text = err.text;
  long line_size = static_cast<long>(text.size());
  long offset = err.offset;
  long end_offset = err.end_offset;
  int end_lineno = err.end_lineno ? err.end_lineno : err.lineno;
  // An error spanning lines is underlined to the end of its first line.
  if (end_lineno > err.lineno) end_offset = line_size;
  if (end_offset > line_size + 1) end_offset = line_size + 1;
  bool single_caret = err.type == SyntaxErrorType::IndentationError || err.type == SyntaxErrorType::TabError;

  // 0-based from here on.
  long off = offset - 1, end = end_offset - 1;
  size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\f')) {
    i++;
    off--;
    end--;
  }
  text.remove_prefix(i);
  long len = static_cast<long>(text.size());
  if (len > 0 && text.back() == '\n') len--;
  if (off > len) off = len;
  // Text with embedded newlines: show the line holding the offset.
  for (;;) {
    size_t nl = text.find('\n');
    if (nl == std::string_view::npos || static_cast<long>(nl) >= off) break;
    long skip = static_cast<long>(nl) + 1;
    text.remove_prefix(skip);
    len -= skip;
    off -= skip;
    end -= skip;
  }
  out += "    ";
  out += text;
  if (text.empty() || text.back() != '\n') out += '\n';
  if (off < 0) return;
  long carets = single_caret ? 1 : (end - off > 1 ? end - off : 1);
  out += "    ";
  out.append(static_cast<size_t>(off), ' ');
  out.append(static_cast<size_t>(carets), '^');
  out += '\n';
}

}  // namespace

std::string format_syntax_error(const SyntaxErrorInfo& err) {
  std::string out;
  const char* name = syntax_error_type_name(err.type);
  bool located = err.lineno != 0 || !err.filename.empty();
  if (err.type == SyntaxErrorType::MemoryError || err.type == SyntaxErrorType::RecursionError) located = false;
  if (located) {
    out += "  File \"";
    out += err.filename.empty() ? "<string>" : err.filename;
    out += "\", line ";
    out += std::to_string(err.lineno);
    out += '\n';
    if (err.has_text) append_error_text(out, err);
  }
  out += name;
  if (!err.message.empty()) {
    out += ": ";
    out += err.message;
  }
  out += '\n';
  return out;
}

}  // namespace dx::parser
