// The tokenizer. It reproduces what CPython 3.11's C tokenizer hands its
// parser, including where each error is reported: CPython locates tokenizer
// errors in three different ways (see the error helpers at the end), and the
// messages and locations here were checked against python3.11 case by case.
//
// The source is read in place through a cursor (pos_); nothing is copied or
// allocated per token. A source that does not end in '\n' behaves as if it
// did (ch() returns '\n' at index size_), as CPython appends one.
#include "parser/tokenizer.h"

#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "parser/source_decode.h"
#include "support/unicode.h"

namespace dx::parser {

namespace {

constexpr int kEOF = -1;
constexpr int kTabSize = 8;
constexpr int kMaxLevel = 200;  // nested brackets (CPython's MAXLEVEL)

// Character classes of bytes, one table.
enum : uint8_t {
  kIdStart = 1,  // may start a name: ASCII letter, '_', any non-ASCII byte
  kIdChar = 2,   // may continue a name: the above and digits
  kDigit = 4,
  kHexDigit = 8,
  kBlank = 16,  // ' ', '\t', '\f'
};

constexpr auto kClass = [] {
  struct {
    uint8_t v[256];
  } t{};
  for (int c = 0; c < 256; c++) {
    uint8_t bits = 0;
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    bool digit = c >= '0' && c <= '9';
    if (alpha) bits |= kIdStart | kIdChar;
    if (digit) bits |= kIdChar | kDigit | kHexDigit;
    if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) bits |= kHexDigit;
    if (c == ' ' || c == '\t' || c == '\f') bits |= kBlank;
    t.v[c] = bits;
  }
  return t;
}();

inline bool is(int c, uint8_t cls) { return c >= 0 && (kClass.v[c] & cls); }
inline bool is_digit(int c) { return c >= '0' && c <= '9'; }

bool is_bracket_open(int c) { return c == '(' || c == '[' || c == '{'; }

std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return std::string(buf, n < 0 ? 0 : (n < int(sizeof buf) ? n : int(sizeof buf) - 1));
}

// The number of code points in the first `nbytes` bytes of `line`, as CPython
// counts them when it decodes that prefix with errors="replace" (a position
// past the end counts the terminating NUL as one more).
int char_count_prefix(std::string_view line, size_t nbytes) {
  if (nbytes > line.size() + 1) nbytes = line.size() + 1;
  bool past = nbytes > line.size();
  std::string_view prefix = line.substr(0, past ? line.size() : nbytes);
  int count = 0;
  size_t i = 0;
  while (i < prefix.size()) {
    auto bad = find_invalid_utf8(prefix.substr(i));
    size_t upto = bad ? i + bad->start : prefix.size();
    for (size_t k = i; k < upto; k++)
      if ((static_cast<unsigned char>(prefix[k]) & 0xC0) != 0x80) count++;
    if (!bad) break;
    count++;  // one U+FFFD for the invalid sequence
    i += bad->end;
  }
  return count + (past ? 1 : 0);
}

}  // namespace

const char* token_kind_spelling(TokenKind kind) {
  switch (kind) {
#define TOKEN(Kind, text) \
  case TokenKind::Kind:   \
    return text;
#include "parser/tokens.def"
  }
  return "";
}

namespace {

struct KeywordEntry {
  std::string_view spelling;
  Keyword keyword;
};
constexpr KeywordEntry kKeywords[] = {
#define KEYWORD(Kind, spelling) {spelling, Keyword::Kind},
#include "parser/keywords.def"
};
constexpr size_t kKeywordCount = sizeof kKeywords / sizeof kKeywords[0];

// The keywords grouped by first letter: those starting with byte c are
// order[begin[c]] .. order[begin[c + 1] - 1].
constexpr auto kKeywordIndex = [] {
  struct {
    uint8_t begin[129];
    uint8_t order[kKeywordCount];
  } t{};
  size_t n = 0;
  for (int c = 0; c < 128; c++) {
    t.begin[c] = static_cast<uint8_t>(n);
    for (size_t i = 0; i < kKeywordCount; i++)
      if (kKeywords[i].spelling[0] == c) t.order[n++] = static_cast<uint8_t>(i);
  }
  t.begin[128] = static_cast<uint8_t>(n);
  return t;
}();

}  // namespace

Keyword keyword_of(std::string_view name) {
  if (name.size() < 2 || name.size() > 8) return Keyword::NotKeyword;
  unsigned char c = static_cast<unsigned char>(name[0]);
  if (c >= 128) return Keyword::NotKeyword;
  for (size_t i = kKeywordIndex.begin[c]; i < kKeywordIndex.begin[c + 1]; i++) {
    const KeywordEntry& e = kKeywords[kKeywordIndex.order[i]];
    if (e.spelling == name) return e.keyword;
  }
  return Keyword::NotKeyword;
}

Tokenizer::Tokenizer(std::string_view source, std::string filename, TokenizerOptions options)
    : source_(source), filename_(std::move(filename)), options_(options) {
  size_ = static_cast<uint32_t>(source_.size());
  end_ = size_ + ((size_ > 0 && source_[size_ - 1] != '\n') ? 1 : 0);
  line_starts_.reserve(size_ / 32 + 4);
  brackets_.reserve(16);
  // The first byte CPython's line reader would refuse: a NUL, or with
  // check_utf8 an invalid UTF-8 sequence. The tokenizer fails on entering
  // its line, as CPython fails on reading it.
  if (const void* nul = memchr(source_.data(), 0, size_)) {
    bad_pos_ = static_cast<uint32_t>(static_cast<const char*>(nul) - source_.data());
  }
  if (options_.check_utf8) {
    if (auto bad = find_invalid_utf8(source_.substr(0, bad_pos_ == UINT32_MAX ? size_ : bad_pos_))) {
      bad_pos_ = static_cast<uint32_t>(bad->start);
    }
  }
  if (bad_pos_ != UINT32_MAX) {
    uint32_t s = bad_pos_;
    while (s > 0 && source_[s - 1] != '\n') s--;
    bad_line_start_ = s;
  }
}

// The byte at p, '\n' for the implied final newline, kEOF past the end.
inline int Tokenizer::ch(uint32_t p) const {
  if (p < size_) return static_cast<unsigned char>(source_[p]);
  return p < end_ ? '\n' : kEOF;
}

// A backslash at the very end of a string read in eval or single mode: no
// newline follows it (CPython adds one for exec input only).
bool Tokenizer::continuation_at_eof(uint32_t backslash) const {
  return options_.eof_without_column && backslash + 1 >= size_;
}

// The offset of "unexpected character after line continuation character":
// CPython's cursor is after the character read after the backslash, or
// still at it at the end of the input.
int Tokenizer::continuation_error_offset(uint32_t backslash) const {
  return static_cast<int>(backslash + (continuation_at_eof(backslash) ? 1 : 2) - buf_start_);
}

// Starts reading the line at `start`. reset_buffer: CPython's line buffer is
// restarted here (it is, except while a token spans lines).
bool Tokenizer::enter_line(uint32_t start, bool reset_buffer) {
  lineno_++;
  line_start_ = start;
  line_starts_.push_back(start);
  if (reset_buffer) buf_start_ = start;
  if (start == bad_line_start_) return bad_line_error();
  return true;
}

// The cursor passes the '\n' at nl_pos; enters the next line if there is one.
bool Tokenizer::cross_newline(uint32_t nl_pos, bool reset_buffer) {
  pos_ = nl_pos + 1;
  if (pos_ >= end_) return true;
  return enter_line(pos_, reset_buffer);
}

uint32_t Tokenizer::line_end(uint32_t line_start) const {
  if (line_start >= size_) return size_;
  const void* nl = memchr(source_.data() + line_start, '\n', size_ - line_start);
  return nl ? static_cast<uint32_t>(static_cast<const char*>(nl) - source_.data()) : size_;
}

int Tokenizer::chars_between(uint32_t from, uint32_t to) const {
  if (to > size_) return chars_between(from, size_) + static_cast<int>(to - size_);
  return char_count_prefix(source_.substr(from, to - from), to - from);
}

// Tokens are written in place (one Token object per next() call, returned by
// NRVO): assembling one elsewhere and copying it costs a store-forwarding stall.
void Tokenizer::make_at(Token* t, TokenKind kind, uint32_t start, uint32_t end, int lineno, uint32_t line_start) {
  int shift1 = options_.starting_col_offset;
  *t = Token{kind,
             Keyword::NotKeyword,
             start,
             end,
             shifted(lineno),
             static_cast<int>(start - line_start) + (lineno == 1 ? shift1 : 0),
             shifted(lineno_),
             static_cast<int>(end - line_start_) + (lineno_ == 1 ? shift1 : 0)};
}

void Tokenizer::make(Token* t, TokenKind kind, uint32_t start, uint32_t end) {
  make_at(t, kind, start, end, lineno_, line_start_);
}

// Indent, Dedent and EndMarker: empty, at the cursor. At the end, CPython's
// cursor is at the start of its emptied buffer reading a script, and after
// the last line reading a string.
void Tokenizer::empty_token(Token* t, TokenKind kind) {
  if (pos_ < end_) return make(t, kind, pos_, pos_);
  // (A string read in eval or single mode has no final '\n' after its
  // last line: the cursor is at the end of the line.)
  make(t, kind, line_start_, options_.string_input ? (options_.eof_without_column ? size_ : end_) : line_start_);
  t->col_offset = t->end_col_offset;
  t->start = t->end = size_;
  // An empty string read in eval or single mode has no line at all.
  if (t->lineno < 1 && !(options_.eof_without_column && size_ == 0)) t->lineno = t->end_lineno = 1;
}

void Tokenizer::fail(Token* t) {
  failed_ = true;
  uint32_t p = pos_ > size_ ? size_ : pos_;
  int col = error_.offset > 0 ? error_.offset - 1 : 0;
  *t = Token{TokenKind::Error, Keyword::NotKeyword, p, p, error_.lineno, col, error_.lineno, col};
}

Token Tokenizer::next() {
  Token t;
  next_into(&t);
  return t;
}

void Tokenizer::next_into(Token* out) {
  if (failed_) return fail(out);
  if (pending_ != 0) {
    TokenKind kind = pending_ > 0 ? TokenKind::Indent : TokenKind::Dedent;
    pending_ += pending_ > 0 ? -1 : 1;
    return empty_token(out, kind);
  }
  if (done_) return empty_token(out, TokenKind::EndMarker);

  for (;;) {
    // A new line: its indentation may produce Indent or Dedent tokens.
    if (at_line_start_) {
      if (need_line_) {
        need_line_ = false;
        if (pos_ < end_ && !enter_line(pos_, true)) return fail(out);
      }
      at_line_start_ = false;
      if (!read_indentation()) return fail(out);
      if (pending_ != 0) {
        TokenKind kind = pending_ > 0 ? TokenKind::Indent : TokenKind::Dedent;
        pending_ += pending_ > 0 ? -1 : 1;
        return empty_token(out, kind);
      }
    }

    // Skip blanks; a comment runs to the end of the line.
    const unsigned char* s = reinterpret_cast<const unsigned char*>(source_.data());
    while (pos_ < size_ && (kClass.v[s[pos_]] & kBlank)) pos_++;
    uint32_t start = pos_;
    int c = ch(pos_);
    if (c == '#') {
      uint32_t e = line_end(pos_);
      pos_ = e;
      c = ch(pos_);
    }

    if (c == kEOF) {
      if (!brackets_.empty()) {
        never_closed();
        return fail(out);
      }
      done_ = true;
      return empty_token(out, TokenKind::EndMarker);
    }

    if (c == '\n') {
      if (blank_line_ || !brackets_.empty()) {
        // Not a logical line end: go on with the next line.
        if (!cross_newline(pos_, true)) return fail(out);
        at_line_start_ = true;
        continue;
      }
      make(out, TokenKind::Newline, start, pos_);
      if (options_.eof_without_column && pos_ >= size_) out->col_offset = out->end_col_offset = -1;
      pos_++;
      at_line_start_ = true;
      need_line_ = true;
      return;
    }

    if (is(c, kIdStart)) {
      if (!scan_name(start, out)) fail(out);
      return;
    }
    if (is_digit(c) || (c == '.' && is_digit(ch(pos_ + 1)))) {
      if (!scan_number(start, out)) fail(out);
      return;
    }
    if (c == '"' || c == '\'') {
      if (!scan_string(start, start, out)) fail(out);
      return;
    }
    if (c == '\\') {
      // Line continuation: the logical line goes on after the newline.
      int c2 = ch(pos_ + 1);
      if (c2 != '\n' || continuation_at_eof(pos_)) {
        parser_level_error(SyntaxErrorType::SyntaxError, "unexpected character after line continuation character",
                           lineno_, continuation_error_offset(pos_), 0);
        return fail(out);
      }
      if (ch(pos_ + 2) == kEOF) {
        pos_ = end_;
        if (!brackets_.empty()) {
          never_closed();
        } else {
          parser_level_error(SyntaxErrorType::SyntaxError, "unexpected EOF while parsing", lineno_,
                             static_cast<int>(end_ - line_start_), -1);
        }
        return fail(out);
      }
      if (!cross_newline(pos_ + 1, false)) return fail(out);
      continue;
    }
    if (!scan_operator(start, c, out)) fail(out);
    return;
  }
}

// Reads the indentation of the line at pos_ and compares it with the stack,
// as CPython does: a tab advances to the next multiple of 8 (and counts 1 for
// the TabError check), a form feed resets the column, and a backslash
// continuation inside the indentation fixes the column where it stands.
bool Tokenizer::read_indentation() {
  int col = 0, altcol = 0, cont_col = 0;
  int c;
  for (;;) {
    // Runs of eight spaces at once: indentation is mostly spaces.
    while (pos_ + 8 <= size_ && memcmp(source_.data() + pos_, "        ", 8) == 0) {
      pos_ += 8;
      col += 8;
      altcol += 8;
    }
    c = ch(pos_);
    if (c == ' ') {
      col++, altcol++;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      altcol++;
    } else if (c == '\f') {
      col = altcol = 0;
    } else if (c == '\\') {
      if (cont_col == 0) cont_col = col;
      if (ch(pos_ + 1) != '\n' || continuation_at_eof(pos_)) {
        return parser_level_error(SyntaxErrorType::SyntaxError,
                                  "unexpected character after line continuation character", lineno_,
                                  continuation_error_offset(pos_), 0);
      }
      if (ch(pos_ + 2) == kEOF) {
        pos_ = end_;
        if (!brackets_.empty()) return never_closed();
        // Reading a script, CPython's cursor is back at its (just emptied)
        // buffer start; reading a string, at the end.
        int offset = options_.string_input ? static_cast<int>(end_ - line_start_) : 0;
        return parser_level_error(SyntaxErrorType::SyntaxError, "unexpected EOF while parsing", lineno_, offset, -1);
      }
      if (!cross_newline(pos_ + 1, true)) return false;
      continue;
    } else {
      break;
    }
    pos_++;
  }
  if (cont_col != 0) col = altcol = cont_col;
  // (The end of a string read in eval or single mode has no '\n': a last
  // line of blanks is not blank for CPython there.)
  blank_line_ = c == '#' || (c == '\n' && !(options_.eof_without_column && pos_ >= size_ && pos_ > line_start_));
  if (blank_line_ || !brackets_.empty()) return true;

  auto tab_error = [&] {
    return parser_level_error(SyntaxErrorType::TabError, "inconsistent use of tabs and spaces in indentation", lineno_,
                              1, 0);
  };
  if (col == indents_[indent_]) {
    if (altcol != alt_indents_[indent_]) return tab_error();
  } else if (col > indents_[indent_]) {
    if (indent_ + 1 >= kMaxIndent) {
      return parser_level_error(SyntaxErrorType::IndentationError, "too many levels of indentation", lineno_, 1, 0);
    }
    if (altcol <= alt_indents_[indent_]) return tab_error();
    pending_++;
    indent_++;
    indents_[indent_] = col;
    alt_indents_[indent_] = altcol;
  } else {
    while (indent_ > 0 && col < indents_[indent_]) {
      pending_--;
      indent_--;
    }
    if (col != indents_[indent_]) {
      // CPython's cursor jumps to the end of the line it has read.
      uint32_t e = line_end(line_start_);
      // (A string read in eval or single mode has no final '\n' to count.)
      int offset = static_cast<int>(e - line_start_) + (e < size_ || !options_.eof_without_column ? 1 : 0);
      pos_ = e;
      return parser_level_error(SyntaxErrorType::IndentationError,
                                "unindent does not match any outer indentation level", lineno_, offset, -1);
    }
    if (altcol != alt_indents_[indent_]) return tab_error();
  }
  return true;
}

// ---- names ----------------------------------------------------------------

bool Tokenizer::scan_name(uint32_t start, Token* out) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(source_.data());
  uint32_t p = start;
  bool non_ascii = false;
  while (p < size_ && (kClass.v[s[p]] & kIdChar)) {
    non_ascii |= s[p] >= 0x80;
    p++;
  }
  uint32_t len = p - start;
  // A string prefix: b, r, u, f, br, rb, fr, rf in any case.
  int q = ch(p);
  if ((q == '"' || q == '\'') && len <= 2) {
    auto lower = [&](uint32_t i) { return static_cast<char>(s[i] | 0x20); };
    bool prefix;
    if (len == 1) {
      char a = lower(start);
      prefix = a == 'b' || a == 'r' || a == 'u' || a == 'f';
    } else {
      char a = lower(start), b = lower(start + 1);
      prefix = (a == 'b' && b == 'r') || (a == 'r' && b == 'b') || (a == 'f' && b == 'r') || (a == 'r' && b == 'f');
    }
    if (prefix) return scan_string(start, p, out);
  }
  if (non_ascii && !verify_identifier(start, p)) return false;
  pos_ = p;
  make(out, TokenKind::Name, start, p);
  if (!non_ascii) out->keyword = keyword_of(source_.substr(start, len));
  return true;
}

// A name with non-ASCII bytes must decode and be an identifier (PEP 3131).
bool Tokenizer::verify_identifier(uint32_t start, uint32_t end) {
  std::string_view word = source_.substr(start, end - start);
  if (auto bad = find_invalid_utf8(word)) {
    // Only without check_utf8 (a declared encoding or compile()): CPython's
    // decode error, located at its cursor after the name.
    std::string msg = "(unicode error) " + utf8_error_message(word, *bad);
    pos_ = end;
    parser_level_error(SyntaxErrorType::SyntaxError, msg, lineno_, static_cast<int>(end - line_start_), -1);
    error_from_code_ = false;  // CPython has the UnicodeDecodeError set
    return false;
  }
  size_t i = 0;
  bool first = true;
  while (i < word.size()) {
    char32_t c = unicode::decode_utf8(word, i);
    bool ok = first ? (c == '_' || unicode::is_xid_start(c)) : unicode::is_xid_continue(c);
    first = false;
    if (ok) continue;
    uint32_t cursor = start + static_cast<uint32_t>(i);
    pos_ = cursor;
    std::string msg;
    if (unicode::is_printable(c)) {
      std::string ch_utf8;
      unicode::append_utf8(ch_utf8, c);
      msg = format("invalid character '%s' (U+%04X)", ch_utf8.c_str(), static_cast<unsigned>(c));
    } else {
      msg = format("invalid non-printable character U+%04X", static_cast<unsigned>(c));
    }
    return tokenizer_error(msg, cursor);
  }
  return true;
}

// ---- strings --------------------------------------------------------------

// A string literal from its prefix at `start`; the opening quote is at
// quote_pos. The token covers the prefix, the quotes and the body.
bool Tokenizer::scan_string(uint32_t start, uint32_t quote_pos, Token* out) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(source_.data());
  int first_lineno = lineno_;
  uint32_t first_line_start = line_start_;
  int q = ch(quote_pos);
  uint32_t p = quote_pos + 1;
  bool triple = false;
  if (ch(p) == q) {
    if (ch(p + 1) == q) {
      triple = true;
      p += 2;
    } else {
      pos_ = p + 1;  // the empty string
      make_at(out, TokenKind::String, start, pos_, first_lineno, first_line_start);
      return true;
    }
  }
  for (;;) {
    // Fast scan over ordinary characters.
    while (p < size_ && s[p] != q && s[p] != '\\' && s[p] != '\n') p++;
    int c = ch(p);
    if (c == kEOF || (c == '\n' && !triple)) {
      pos_ = p;
      const char* what = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
      return tokenizer_error_in(format("%s (detected at line %d)", what, shifted(lineno_)), first_lineno,
                                first_line_start, start + 1);
    }
    if (c == '\n') {
      if (!cross_newline(p, false)) return false;
      p = pos_;
      continue;
    }
    p++;
    if (c == '\\') {
      int c2 = ch(p);
      if (c2 == kEOF) continue;
      if (c2 == '\n') {
        if (!cross_newline(p, false)) return false;
        p = pos_;
      } else {
        p++;
      }
      continue;
    }
    // c is the quote character.
    if (!triple) break;
    if (ch(p) == q && ch(p + 1) == q) {
      p += 2;
      break;
    }
  }
  pos_ = p;
  make_at(out, TokenKind::String, start, p, first_lineno, first_line_start);
  return true;
}

// ---- numbers --------------------------------------------------------------

// CPython's check after a number: a letter right after it is an error
// ("invalid decimal literal"), except the start of a keyword that can follow
// a number in valid code (and, else, for, if, in, is, not, or), which only
// warns. `p` is the first character after the number.
bool Tokenizer::verify_end_of_number(uint32_t p, const char* kind) {
  int c = ch(p);
  bool keyword_like = false;
  // The rest of the keyword, not followed by a name character.
  auto follows = [&](const char* rest) {
    uint32_t i = 0;
    for (; rest[i]; i++)
      if (ch(p + 1 + i) != rest[i]) return false;
    return !is(ch(p + 1 + i), kIdChar);
  };
  switch (c) {
    case 'a':
      keyword_like = follows("nd");
      break;
    case 'e':
      keyword_like = follows("lse");
      break;
    case 'f':
      keyword_like = follows("or");
      break;
    case 'i': {
      int c2 = ch(p + 1);
      keyword_like = c2 == 'f' || c2 == 'n' || c2 == 's';
      break;
    }
    case 'n':
      keyword_like = follows("ot");
      break;
    case 'o':
      keyword_like = follows("r");
      break;
    default:
      break;
  }
  if (keyword_like) {
    add_warning(format("invalid %s literal", kind), p);
    return true;
  }
  // In 3.11.2 any non-ASCII byte counts as a name character here (3.11.4+
  // report such a character, e.g. U+00A0, by itself).
  if (c >= 128 || (c >= 0 && is(c, kIdChar))) {
    pos_ = p;
    return tokenizer_error(format("invalid %s literal", kind), p);
  }
  return true;
}

// Digits with single underscores between them; p is at a digit.
bool Tokenizer::decimal_tail(uint32_t& p) {
  for (;;) {
    while (is_digit(ch(p))) p++;
    if (ch(p) != '_') return true;
    p++;
    if (!is_digit(ch(p))) {
      pos_ = p;
      return tokenizer_error("invalid decimal literal", p);
    }
  }
}

bool Tokenizer::scan_number(uint32_t start, Token* out) {
  uint32_t p = start;
  int c = ch(p);
  auto finish = [&](uint32_t end) {
    pos_ = end;
    make(out, TokenKind::Number, start, end);
    return true;
  };
  // Integer in base 16, 8 or 2 after "0x", "0o", "0b".
  auto radix = [&](auto is_radix_digit, const char* kind, bool decimal_digit_error) {
    p += 2;
    do {
      if (ch(p) == '_') p++;
      int d = ch(p);
      if (!is_radix_digit(d)) {
        if (decimal_digit_error && is_digit(d)) {
          pos_ = p + 1;
          return tokenizer_error(format("invalid digit '%c' in %s literal", d, kind), p + 1);
        }
        pos_ = p;
        return tokenizer_error(format("invalid %s literal", kind), p);
      }
      while (is_radix_digit(ch(p))) p++;
    } while (ch(p) == '_');
    if (decimal_digit_error && is_digit(ch(p))) {
      pos_ = p + 1;
      return tokenizer_error(format("invalid digit '%c' in %s literal", ch(p), kind), p + 1);
    }
    if (!verify_end_of_number(p, kind)) return false;
    return finish(p);
  };

  enum { kAfterInt, kFraction, kExponent, kImaginary } state = kAfterInt;
  if (c == '.') {
    p++;
    state = kFraction;
  } else if (c == '0') {
    int c1 = ch(p + 1);
    if (c1 == 'x' || c1 == 'X') return radix([](int d) { return is(d, kHexDigit); }, "hexadecimal", false);
    if (c1 == 'o' || c1 == 'O') return radix([](int d) { return d >= '0' && d <= '7'; }, "octal", true);
    if (c1 == 'b' || c1 == 'B') return radix([](int d) { return d == '0' || d == '1'; }, "binary", true);
    // A decimal starting with 0: only zeros, unless it turns out a float.
    p++;
    for (;;) {
      if (ch(p) == '_') {
        p++;
        if (!is_digit(ch(p))) {
          pos_ = p;
          return tokenizer_error("invalid decimal literal", p);
        }
      }
      if (ch(p) != '0') break;
      p++;
    }
    uint32_t zeros_end = p + 1;
    bool nonzero = false;
    if (is_digit(ch(p))) {
      nonzero = true;
      if (!decimal_tail(p)) return false;
    }
    c = ch(p);
    if (c == '.') {
      p++;
      state = kFraction;
    } else if (c == 'e' || c == 'E') {
      state = kExponent;
    } else if (c == 'j' || c == 'J') {
      state = kImaginary;
    } else if (nonzero) {
      pos_ = p;
      return tokenizer_error_range(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start,
          zeros_end);
    } else {
      if (!verify_end_of_number(p, "decimal")) return false;
      return finish(p);
    }
  } else {
    if (!decimal_tail(p)) return false;
    c = ch(p);
    if (c == '.') {
      p++;
      state = kFraction;
    } else if (c == 'e' || c == 'E') {
      state = kExponent;
    } else if (c == 'j' || c == 'J') {
      state = kImaginary;
    } else {
      if (!verify_end_of_number(p, "decimal")) return false;
      return finish(p);
    }
  }

  if (state == kFraction) {
    if (is_digit(ch(p)) && !decimal_tail(p)) return false;
    c = ch(p);
    if (c == 'e' || c == 'E') {
      state = kExponent;
    } else if (c == 'j' || c == 'J') {
      state = kImaginary;
    } else {
      if (!verify_end_of_number(p, "decimal")) return false;
      return finish(p);
    }
  }
  if (state == kExponent) {
    uint32_t e = p;
    p++;
    c = ch(p);
    if (c == '+' || c == '-') {
      p++;
      if (!is_digit(ch(p))) {
        pos_ = p;
        return tokenizer_error("invalid decimal literal", p);
      }
    } else if (!is_digit(c)) {
      // Not an exponent after all: the number ends before the 'e'.
      if (!verify_end_of_number(e, "decimal")) return false;
      return finish(e);
    }
    if (!decimal_tail(p)) return false;
    c = ch(p);
    if (c == 'j' || c == 'J') {
      state = kImaginary;
    } else {
      if (!verify_end_of_number(p, "decimal")) return false;
      return finish(p);
    }
  }
  // Imaginary: p is at the 'j'.
  p++;
  if (!verify_end_of_number(p, "imaginary")) return false;
  return finish(p);
}

// ---- operators ------------------------------------------------------------

bool Tokenizer::scan_operator(uint32_t start, int c, Token* out) {
  int c1 = ch(start + 1);
  int c2 = ch(start + 2);
  TokenKind kind;
  uint32_t len = 1;
  auto two = [&](TokenKind k) {
    kind = k;
    len = 2;
  };
  auto three = [&](TokenKind k) {
    kind = k;
    len = 3;
  };
  switch (c) {
    case '(':
      kind = TokenKind::LPar;
      break;
    case ')':
      kind = TokenKind::RPar;
      break;
    case '[':
      kind = TokenKind::LSqb;
      break;
    case ']':
      kind = TokenKind::RSqb;
      break;
    case '{':
      kind = TokenKind::LBrace;
      break;
    case '}':
      kind = TokenKind::RBrace;
      break;
    case ',':
      kind = TokenKind::Comma;
      break;
    case ';':
      kind = TokenKind::Semi;
      break;
    case '~':
      kind = TokenKind::Tilde;
      break;
    case ':':
      kind = TokenKind::Colon;
      if (c1 == '=') two(TokenKind::ColonEqual);
      break;
    case '+':
      kind = TokenKind::Plus;
      if (c1 == '=') two(TokenKind::PlusEqual);
      break;
    case '-':
      kind = TokenKind::Minus;
      if (c1 == '=')
        two(TokenKind::MinEqual);
      else if (c1 == '>')
        two(TokenKind::RArrow);
      break;
    case '*':
      kind = TokenKind::Star;
      if (c1 == '*') {
        two(TokenKind::DoubleStar);
        if (c2 == '=') three(TokenKind::DoubleStarEqual);
      } else if (c1 == '=') {
        two(TokenKind::StarEqual);
      }
      break;
    case '/':
      kind = TokenKind::Slash;
      if (c1 == '/') {
        two(TokenKind::DoubleSlash);
        if (c2 == '=') three(TokenKind::DoubleSlashEqual);
      } else if (c1 == '=') {
        two(TokenKind::SlashEqual);
      }
      break;
    case '|':
      kind = TokenKind::VBar;
      if (c1 == '=') two(TokenKind::VBarEqual);
      break;
    case '&':
      kind = TokenKind::Amper;
      if (c1 == '=') two(TokenKind::AmperEqual);
      break;
    case '<':
      kind = TokenKind::Less;
      if (c1 == '<') {
        two(TokenKind::LeftShift);
        if (c2 == '=') three(TokenKind::LeftShiftEqual);
      } else if (c1 == '=') {
        two(TokenKind::LessEqual);
      } else if (c1 == '>') {
        two(TokenKind::NotEqual);  // "<>": the parser rejects it (PEP 401)
      }
      break;
    case '>':
      kind = TokenKind::Greater;
      if (c1 == '>') {
        two(TokenKind::RightShift);
        if (c2 == '=') three(TokenKind::RightShiftEqual);
      } else if (c1 == '=') {
        two(TokenKind::GreaterEqual);
      }
      break;
    case '=':
      kind = TokenKind::Equal;
      if (c1 == '=') two(TokenKind::EqEqual);
      break;
    case '!':
      kind = TokenKind::Exclamation;
      if (c1 == '=') two(TokenKind::NotEqual);
      break;
    case '.':
      kind = TokenKind::Dot;
      if (c1 == '.' && c2 == '.') three(TokenKind::Ellipsis);
      break;
    case '%':
      kind = TokenKind::Percent;
      if (c1 == '=') two(TokenKind::PercentEqual);
      break;
    case '^':
      kind = TokenKind::Circumflex;
      if (c1 == '=') two(TokenKind::CircumflexEqual);
      break;
    case '@':
      kind = TokenKind::At;
      if (c1 == '=') two(TokenKind::AtEqual);
      break;
    case '$':
    case '?':
    case '`':
      kind = TokenKind::Op;
      break;
    default: {
      // A control character (letters, digits and non-ASCII bytes are names or
      // numbers by now).
      pos_ = start + 1;
      return tokenizer_error(format("invalid non-printable character U+%04X", static_cast<unsigned>(c)), start + 1);
    }
  }
  uint32_t end = start + len;
  if (is_bracket_open(c)) {
    if (brackets_.size() >= kMaxLevel) {
      pos_ = end;
      return tokenizer_error("too many nested parentheses", end);
    }
    int col = static_cast<int>(start - line_start_) + (lineno_ == 1 ? options_.starting_col_offset : 0);
    brackets_.push_back({static_cast<char>(c), shifted(lineno_), col});
  } else if (c == ')' || c == ']' || c == '}') {
    pos_ = end;
    if (brackets_.empty()) return tokenizer_error(format("unmatched '%c'", c), end);
    OpenBracket open = brackets_.back();
    brackets_.pop_back();
    char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
    if (c != want) {
      std::string msg = open.lineno != shifted(lineno_)
                            ? format("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c,
                                     open.ch, open.lineno)
                            : format("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch);
      return tokenizer_error(msg, end);
    }
  }
  pos_ = end;
  make(out, kind, start, end);
  return true;
}

// ---- errors ---------------------------------------------------------------
//
// 1. The tokenizer's own errors (tokenizer_error*): the offset is the number
//    of code points from the line start to CPython's cursor, the text is the
//    line without its newline, as held in the tokenizer's buffer.
// 2. Errors CPython's parser raises from the tokenizer's error code
//    (parser_level_error): byte offsets, converted to code points only when
//    an encoding was declared, and the text of the line as re-read.
// 3. Lines CPython cannot read (bad_line_error): NUL bytes, invalid UTF-8.

bool Tokenizer::tokenizer_error_in(const std::string& msg, int lineno, uint32_t line_start, uint32_t cursor) {
  uint32_t e = line_end(line_start);
  std::string_view line = source_.substr(line_start, e - line_start);
  error_from_code_ = false;
  error_ = SyntaxErrorInfo{};
  error_.type = SyntaxErrorType::SyntaxError;
  error_.message = msg;
  error_.filename = filename_;
  error_.lineno = error_.end_lineno = shifted(lineno);
  error_.offset = error_.end_offset = chars_between(line_start, cursor);
  error_.text = options_.check_utf8 ? std::string(line) : utf8_replace_invalid(line);
  error_.has_text = true;
  return false;
}

bool Tokenizer::tokenizer_error(const std::string& msg, uint32_t cursor) {
  return tokenizer_error_in(msg, lineno_, line_start_, cursor);
}

// The one tokenizer error with a range; its offsets stay in bytes.
bool Tokenizer::tokenizer_error_range(const std::string& msg, uint32_t start, uint32_t end) {
  tokenizer_error(msg, start);
  error_.offset = static_cast<int>(start - line_start_) + 1;
  error_.end_offset = static_cast<int>(end - line_start_);
  return false;
}

bool Tokenizer::parser_level_error(SyntaxErrorType type, const std::string& msg, int lineno, int offset1,
                                   int end_offset1) {
  error_from_code_ = true;
  error_ = SyntaxErrorInfo{};
  error_.type = type;
  error_.message = msg;
  error_.filename = filename_;
  error_.lineno = error_.end_lineno = shifted(lineno);
  error_.text = parser_error_text(shifted(lineno));
  error_.has_text = true;
  error_.offset = parser_error_offset(shifted(lineno), offset1);
  error_.end_offset = parser_error_offset(shifted(lineno), end_offset1);
  return false;
}

// At the end of the source inside brackets: the innermost one is reported.
bool Tokenizer::never_closed() {
  const OpenBracket& b = brackets_.back();
  int lineno = b.lineno - (options_.starting_lineno - 1);
  int col = b.col_offset - (lineno == 1 ? options_.starting_col_offset : 0);
  return parser_level_error(SyntaxErrorType::SyntaxError, format("'%c' was never closed", b.ch), lineno, col + 1, 0);
}

bool Tokenizer::bad_line_error() {
  error_from_code_ = false;
  error_ = SyntaxErrorInfo{};
  error_.type = SyntaxErrorType::SyntaxError;
  pos_ = line_start_;
  if (ch(bad_pos_) == 0) {
    error_.message = "source code cannot contain null bytes";
    error_.filename = filename_;
    error_.lineno = error_.end_lineno = shifted(lineno_);
    error_.text = std::string(source_.substr(line_start_, bad_pos_ - line_start_));
    error_.has_text = true;
  } else {
    // No location: CPython's SyntaxError has filename and lineno None.
    error_.message = format(
        "Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, but no encoding declared; "
        "see https://peps.python.org/pep-0263/ for details",
        static_cast<unsigned>(ch(bad_pos_)), filename_.c_str(), shifted(lineno_));
  }
  return false;
}

void Tokenizer::add_warning(const std::string& msg, uint32_t cursor) {
  SyntaxErrorInfo saved = std::move(error_);
  bool saved_from_code = error_from_code_;
  tokenizer_error(msg, cursor);
  warnings_.push_back(std::move(error_));
  error_ = std::move(saved);
  error_from_code_ = saved_from_code;
}

// ---- lines ----------------------------------------------------------------

std::string_view Tokenizer::line_text(int lineno) const {
  int l = lineno - (options_.starting_lineno - 1);
  if (l < 1) return {};
  uint32_t start;
  if (static_cast<size_t>(l) <= line_starts_.size()) {
    start = line_starts_[l - 1];
  } else {
    // Not reached yet: count lines from the last one entered.
    int known = static_cast<int>(line_starts_.size());
    start = known ? line_starts_[known - 1] : 0;
    int at = known ? known : 1;
    while (at < l) {
      uint32_t e = line_end(start);
      if (e >= size_) return {};
      start = e + 1;
      at++;
    }
    if (start >= size_) return {};
  }
  uint32_t e = line_end(start);
  if (e < size_) e++;  // with its newline
  return source_.substr(start, e - start);
}

int Tokenizer::byte_col_to_char_offset(int lineno, int byte_col) const {
  if (byte_col < 0) return 0;
  std::string_view line = line_text(lineno);
  if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
  return char_count_prefix(line, static_cast<size_t>(byte_col)) + 1;
}

std::string Tokenizer::parser_error_text(int lineno) const {
  std::string text(line_text(lineno));
  // CPython re-reads a script's line in pieces of 999 bytes and keeps the last.
  constexpr size_t kPiece = 999;
  if (!options_.string_input && text.size() > kPiece) text.erase(0, kPiece * ((text.size() - 1) / kPiece));
  if (!options_.check_utf8) text = utf8_replace_invalid(text);
  if (options_.bom && lineno - (options_.starting_lineno - 1) == 1) text.insert(0, "\xEF\xBB\xBF");
  return text;
}

int Tokenizer::parser_error_offset(int lineno, int byte_offset1) const {
  if (byte_offset1 <= 0 || !options_.encoding_declared) return byte_offset1;
  // CPython counts in the UTF-8 of the line as re-read (invalid bytes
  // replaced by U+FFFD, the BOM kept).
  std::string line = parser_error_text(lineno);
  return char_count_prefix(line, static_cast<size_t>(byte_offset1));
}

}  // namespace dx::parser
