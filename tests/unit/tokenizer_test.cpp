// The tokenizer, source decoding and SyntaxError printing. Expected values
// are python3.11's: token positions as its parser sees them (ast col_offsets,
// the tokenize module where they agree) and the exact SyntaxError attributes
// it reports for each error, established by running it on these sources.
#include "parser/tokenizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "parser/source_decode.h"
#include "parser/syntax_error.h"
#include "python_oracle.h"

namespace dx::parser {
namespace {

const char* kind_name(TokenKind k) {
  switch (k) {
#define TOKEN(Kind, text) \
  case TokenKind::Kind:   \
    return #Kind;
#include "parser/tokens.def"
  }
  return "?";
}

// "Kind l:c-l:c" for each token up to EndMarker (or "Error: message").
std::vector<std::string> tokens(std::string_view src, TokenizerOptions options = {}) {
  Tokenizer t(src, "t.py", options);
  std::vector<std::string> out;
  for (int guard = 0; guard < 10000; guard++) {
    Token k = t.next();
    if (k.kind == TokenKind::Error) {
      out.push_back("Error: " + t.error().message);
      break;
    }
    char buf[96];
    snprintf(buf, sizeof buf, "%s %d:%d-%d:%d", kind_name(k.kind), k.lineno, k.col_offset, k.end_lineno,
             k.end_col_offset);
    out.push_back(buf);
    if (k.kind == TokenKind::EndMarker) break;
  }
  return out;
}

// The texts of the tokens (kinds with no text shown by kind).
std::vector<std::string> texts(std::string_view src) {
  Tokenizer t(src, "t.py");
  std::vector<std::string> out;
  for (;;) {
    Token k = t.next();
    if (k.kind == TokenKind::Error || k.kind == TokenKind::EndMarker) break;
    if (k.kind == TokenKind::Newline || k.kind == TokenKind::Indent || k.kind == TokenKind::Dedent) {
      out.push_back(kind_name(k.kind));
    } else {
      out.emplace_back(src.substr(k.start, k.end - k.start));
    }
  }
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, SimpleStatement) {
  EXPECT_EQ(tokens("x = 1\n"),
            (V{"Name 1:0-1:1", "Equal 1:2-1:3", "Number 1:4-1:5", "Newline 1:5-1:5", "EndMarker 1:0-1:0"}));
}

TEST(Tokenizer, ImplicitNewlineAtEnd) {
  EXPECT_EQ(tokens("x"), (V{"Name 1:0-1:1", "Newline 1:1-1:1", "EndMarker 1:0-1:0"}));
  EXPECT_EQ(tokens(""), (V{"EndMarker 1:0-1:0"}));
  EXPECT_EQ(tokens("\n\n# c\n   \n"), (V{"EndMarker 4:0-4:0"}));
}

TEST(Tokenizer, NewlineStartsAtComment) {
  // CPython's NEWLINE token begins at a comment before the newline.
  EXPECT_EQ(tokens("x =   # c\n"), (V{"Name 1:0-1:1", "Equal 1:2-1:3", "Newline 1:6-1:9", "EndMarker 1:0-1:0"}));
}

TEST(Tokenizer, IndentAndDedent) {
  EXPECT_EQ(tokens("if x:\n  y\n\n  # c\n    \n  z\nw\n"),
            (V{"Name 1:0-1:2", "Name 1:3-1:4", "Colon 1:4-1:5", "Newline 1:5-1:5", "Indent 2:2-2:2", "Name 2:2-2:3",
               "Newline 2:3-2:3", "Name 6:2-6:3", "Newline 6:3-6:3", "Dedent 7:0-7:0", "Name 7:0-7:1",
               "Newline 7:1-7:1", "EndMarker 7:0-7:0"}));
  // Dedents at the end of the source.
  EXPECT_EQ(tokens("if x:\n if y:\n  z"),
            (V{"Name 1:0-1:2", "Name 1:3-1:4", "Colon 1:4-1:5", "Newline 1:5-1:5", "Indent 2:1-2:1", "Name 2:1-2:3",
               "Name 2:4-2:5", "Colon 2:5-2:6", "Newline 2:6-2:6", "Indent 3:2-3:2", "Name 3:2-3:3", "Newline 3:3-3:3",
               "Dedent 3:0-3:0", "Dedent 3:0-3:0", "EndMarker 3:0-3:0"}));
}

TEST(Tokenizer, EndMarkerForStrings) {
  TokenizerOptions o;
  o.string_input = true;
  EXPECT_EQ(tokens("if x:\n", o).back(), "EndMarker 1:6-1:6");
}

TEST(Tokenizer, TabsAndFormFeeds) {
  // A tab advances to a multiple of 8; columns stay byte offsets.
  EXPECT_EQ(texts("if x:\n\ty\n\tz\n"),
            (V{"if", "x", ":", "Newline", "Indent", "y", "Newline", "z", "Newline", "Dedent"}));
  EXPECT_EQ(tokens("if x:\n\ty\n")[4], "Indent 2:1-2:1");
  // A form feed resets the column.
  EXPECT_EQ(texts("if x:\n    y\n\f    z\n"),
            (V{"if", "x", ":", "Newline", "Indent", "y", "Newline", "z", "Newline", "Dedent"}));
  EXPECT_EQ(texts("x\f= 1\n"), (V{"x", "=", "1", "Newline"}));
}

TEST(Tokenizer, Brackets) {
  EXPECT_EQ(texts("x = (1,\n\n  # c\n    2)\ny\n"), (V{"x", "=", "(", "1", ",", "2", ")", "Newline", "y", "Newline"}));
  Tokenizer t("f(a[{", "t.py");
  for (int i = 0; i < 5; i++) t.next();
  ASSERT_EQ(t.open_brackets().size(), 3u);
  EXPECT_EQ(t.open_brackets()[0].ch, '(');
  EXPECT_EQ(t.open_brackets()[2].ch, '{');
  EXPECT_EQ(t.open_brackets()[2].col_offset, 4);
}

TEST(Tokenizer, LineContinuation) {
  EXPECT_EQ(tokens("x = 1 + \\\n    2\n"), (V{"Name 1:0-1:1", "Equal 1:2-1:3", "Number 1:4-1:5", "Plus 1:6-1:7",
                                              "Number 2:4-2:5", "Newline 2:5-2:5", "EndMarker 2:0-2:0"}));
  // In the indentation, the first backslash fixes the column.
  EXPECT_EQ(texts("if 1:\n  x\n  \\\n    y\n"),
            (V{"if", "1", ":", "Newline", "Indent", "x", "Newline", "y", "Newline", "Dedent"}));
  EXPECT_EQ(texts("\\\nx = 1\n"), (V{"x", "=", "1", "Newline"}));
  EXPECT_EQ(texts("x = 1 \\\n# c\n"), (V{"x", "=", "1", "Newline"}));
}

TEST(Tokenizer, Names) {
  EXPECT_EQ(texts("_a1 b_ été x·y ℘ a\U000E0100"), (V{"_a1", "b_", "été", "x·y", "℘", "a\U000E0100", "Newline"}));
  // Columns are UTF-8 byte offsets.
  EXPECT_EQ(tokens("été = 1")[1], "Equal 1:6-1:7");
  Tokenizer t("if async await match _ None", "t.py");
  EXPECT_EQ(t.next().keyword, Keyword::If);
  EXPECT_EQ(t.next().keyword, Keyword::Async);
  EXPECT_EQ(t.next().keyword, Keyword::Await);
  EXPECT_EQ(t.next().keyword, Keyword::NotKeyword);  // soft keywords are names
  EXPECT_EQ(t.next().keyword, Keyword::NotKeyword);
  EXPECT_EQ(t.next().keyword, Keyword::None);
}

TEST(Tokenizer, KeywordTable) {
  EXPECT_EQ(keyword_of("False"), Keyword::False);
  EXPECT_EQ(keyword_of("nonlocal"), Keyword::Nonlocal);
  EXPECT_EQ(keyword_of("yield"), Keyword::Yield);
  EXPECT_EQ(keyword_of("match"), Keyword::NotKeyword);
  EXPECT_EQ(keyword_of("Fals"), Keyword::NotKeyword);
  EXPECT_EQ(keyword_of("i"), Keyword::NotKeyword);
  EXPECT_STREQ(token_kind_spelling(TokenKind::LPar), "(");
  EXPECT_STREQ(token_kind_spelling(TokenKind::DoubleStarEqual), "**=");
  EXPECT_STREQ(token_kind_spelling(TokenKind::Name), "");
}

TEST(Tokenizer, Strings) {
  EXPECT_EQ(texts("'a' \"b\" r'\\'' b\"\\\"\" Rb'x' bR'' fr\"{x}\" RF'' u'' U\"\" F'' ''"),
            (V{"'a'", "\"b\"", "r'\\''", "b\"\\\"\"", "Rb'x'", "bR''", "fr\"{x}\"", "RF''", "u''", "U\"\"", "F''", "''",
               "Newline"}));
  // Not prefixes: names followed by a string.
  EXPECT_EQ(texts("ur'x' bu'x' ff'x'"), (V{"ur", "'x'", "bu", "'x'", "ff", "'x'", "Newline"}));
  EXPECT_EQ(texts("'''a\nb''' 'a\\\nb'"), (V{"'''a\nb'''", "'a\\\nb'", "Newline"}));
  EXPECT_EQ(tokens("x = '''a\nbc''' + f'\\\n'"), (V{"Name 1:0-1:1", "Equal 1:2-1:3", "String 1:4-2:5", "Plus 2:6-2:7",
                                                    "String 2:8-3:1", "Newline 3:1-3:1", "EndMarker 3:0-3:0"}));
  EXPECT_EQ(texts("'''a''''' \"\"\"x\\\"\"\"\"\"\""), (V{"'''a'''", "''", "\"\"\"x\\\"\"\"\"", "\"\"", "Newline"}));
}

TEST(Tokenizer, Numbers) {
  EXPECT_EQ(texts("0 00 0_0 1_000 0x_fF 0O17 0b1_0 1. .5 1.5e-3 1E+5 1_0.0_1e1_0 1j 1.5J 0j 00j 09.5 07e1 1e5_0"),
            (V{"0",    "00",          "0_0", "1_000", "0x_fF", "0O17", "0b1_0", "1.",   ".5",    "1.5e-3",
               "1E+5", "1_0.0_1e1_0", "1j",  "1.5J",  "0j",    "00j",  "09.5",  "07e1", "1e5_0", "Newline"}));
  // A keyword right after a number splits it (with a warning); "1..x" is 1. . x
  EXPECT_EQ(texts("1if 1else 0x1for 1.5jin 1e5or 0b1and"),
            (V{"1", "if", "1", "else", "0x1f", "or", "1.5j", "in", "1e5", "or", "0b1", "and", "Newline"}));
  EXPECT_EQ(texts("1..x 1 .x 0b1.0"), (V{"1.", ".", "x", "1", ".", "x", "0b1", ".0", "Newline"}));
}

TEST(Tokenizer, NumberWarnings) {
  Tokenizer t("x = 1if y else 0o7in z\n", "t.py");
  while (t.next().kind != TokenKind::EndMarker) {
  }
  ASSERT_EQ(t.warnings().size(), 2u);
  EXPECT_EQ(t.warnings()[0].message, "invalid decimal literal");
  EXPECT_EQ(t.warnings()[0].offset, 5);
  EXPECT_EQ(t.warnings()[1].message, "invalid octal literal");
  EXPECT_EQ(t.warnings()[1].offset, 18);
  EXPECT_EQ(t.warnings()[1].text, "x = 1if y else 0o7in z");
}

TEST(Tokenizer, Operators) {
  EXPECT_EQ(texts("a**=b//=c>>=d<<=e...f->g:=h!=i<>j==k<=l>=m@=n%=o&=p|=q^=r~s"),
            (V{"a",  "**=", "b",  "//=", "c",  ">>=", "d",  "<<=", "e",  "...", "f",  "->",     "g",
               ":=", "h",   "!=", "i",   "<>", "j",   "==", "k",   "<=", "l",   ">=", "m",      "@=",
               "n",  "%=",  "o",  "&=",  "p",  "|=",  "q",  "^=",  "r",  "~",   "s",  "Newline"}));
  EXPECT_EQ(texts(".. ** // >> << - + * / % @ & | ^ < > = : , ; !"),
            (V{".", ".", "**", "//", ">>", "<<", "-", "+", "*", "/", "%",      "@",
               "&", "|", "^",  "<",  ">",  "=",  ":", ",", ";", "!", "Newline"}));
  Tokenizer t("a $ ? ` ! <>", "t.py");
  t.next();
  EXPECT_EQ(t.next().kind, TokenKind::Op);
  EXPECT_EQ(t.next().kind, TokenKind::Op);
  EXPECT_EQ(t.next().kind, TokenKind::Op);
  EXPECT_EQ(t.next().kind, TokenKind::Exclamation);
  EXPECT_EQ(t.next().kind, TokenKind::NotEqual);
}

TEST(Tokenizer, StartingPosition) {
  TokenizerOptions o;
  o.starting_lineno = 5;
  o.starting_col_offset = 10;
  EXPECT_EQ(tokens("(a +\n b)", o), (V{"LPar 5:10-5:11", "Name 5:11-5:12", "Plus 5:13-5:14", "Name 6:1-6:2",
                                       "RPar 6:2-6:3", "Newline 6:3-6:3", "EndMarker 6:0-6:0"}));
  // Errors are shifted in lines only.
  Tokenizer t("(1abc)", "t.py", o);
  t.next();
  EXPECT_EQ(t.next().kind, TokenKind::Error);
  EXPECT_EQ(t.error().lineno, 5);
  EXPECT_EQ(t.error().offset, 2);
}

TEST(Tokenizer, ErrorIsSticky) {
  Tokenizer t("x = 1abc\ny\n", "t.py");
  t.next();
  t.next();
  EXPECT_EQ(t.next().kind, TokenKind::Error);
  EXPECT_EQ(t.next().kind, TokenKind::Error);
  EXPECT_EQ(t.error().message, "invalid decimal literal");
}

TEST(Tokenizer, ErrorsAreLazy) {
  // An error is found only when the tokens before it have been taken.
  Tokenizer t("x = 1\ny = 1abc\n", "t.py");
  for (int i = 0; i < 4; i++) EXPECT_NE(t.next().kind, TokenKind::Error);
  EXPECT_NE(t.next().kind, TokenKind::Error);  // y
  EXPECT_NE(t.next().kind, TokenKind::Error);  // =
  EXPECT_EQ(t.next().kind, TokenKind::Error);
}

TEST(Tokenizer, ErrorKinds) {
  Tokenizer a("x = (\n 1 \\ 2", "t.py");
  while (a.next().kind != TokenKind::Error) {
  }
  EXPECT_TRUE(a.error_from_code());
  Tokenizer b("x = 1abc", "t.py");
  while (b.next().kind != TokenKind::Error) {
  }
  EXPECT_FALSE(b.error_from_code());
}

TEST(Tokenizer, LineText) {
  Tokenizer t("a\nbc\n\nd", "t.py");
  EXPECT_EQ(t.line_text(2), "bc\n");  // not reached yet
  while (t.next().kind != TokenKind::EndMarker) {
  }
  EXPECT_EQ(t.line_text(1), "a\n");
  EXPECT_EQ(t.line_text(3), "\n");
  EXPECT_EQ(t.line_text(4), "d");
  EXPECT_EQ(t.line_text(5), "");
  Tokenizer u("x = 'é' + 1", "t.py");
  EXPECT_EQ(u.byte_col_to_char_offset(1, 10), 10);
  EXPECT_EQ(u.byte_col_to_char_offset(1, 0), 1);
}

TEST(Tokenizer, ParserErrorOffsets) {
  TokenizerOptions plain;
  Tokenizer a("x = \"€\" $\n", "t.py", plain);
  EXPECT_EQ(a.parser_error_offset(1, 11), 11);  // bytes: no encoding declared
  TokenizerOptions cookie;
  cookie.encoding_declared = true;
  Tokenizer b("x = \"€\" $\n", "t.py", cookie);
  EXPECT_EQ(b.parser_error_offset(1, 11), 9);
  TokenizerOptions bom = cookie;
  bom.bom = true;
  Tokenizer c("x = \"€\" $\n", "t.py", bom);
  EXPECT_EQ(c.parser_error_offset(1, 11), 7);  // counted in the line with its BOM
  EXPECT_EQ(c.parser_error_text(1), "\xEF\xBB\xBFx = \"€\" $\n");
}

// ---- errors, as python3.11 reports them for a script ----------------------

struct ErrorCase {
  std::string_view src;  // may hold NUL bytes
  const char* type;
  const char* msg;
  int lineno, offset, end_lineno, end_offset;
  const char* text;  // nullptr: None
};

// Generated by running `python3.11 t.py` on each source.
#define SRC(literal) std::string_view(literal, sizeof(literal) - 1)
const ErrorCase kErrors[] = {
    {SRC("x = \"abc\n"), "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \"abc"},
    {SRC("x = 1 + Rb\"abc"), "SyntaxError", "unterminated string literal (detected at line 1)", 1, 9, 1, 9,
     "x = 1 + Rb\"abc"},
    {SRC("x = '''abc\n\ndef\n"), "SyntaxError", "unterminated triple-quoted string literal (detected at line 3)", 1, 5,
     1, 5, "x = '''abc"},
    {SRC("x = 1\ny = '''abc\n\ndef"), "SyntaxError", "unterminated triple-quoted string literal (detected at line 4)",
     2, 5, 2, 5, "y = '''abc"},
    {SRC("x = \"abc\\\ndef\n"), "SyntaxError", "unterminated string literal (detected at line 2)", 1, 5, 1, 5,
     "x = \"abc\\"},
    {SRC("x = \"\xe2"
         "\x82"
         "\xac"
         "\" + \"abc\n"),
     "SyntaxError", "unterminated string literal (detected at line 1)", 1, 11, 1, 11,
     "x = \"\xe2"
     "\x82"
     "\xac"
     "\" + \"abc"},
    {SRC("x = 1 \\ y\n"), "SyntaxError", "unexpected character after line continuation character", 1, 8, 1, 0,
     "x = 1 \\ y\n"},
    {SRC("x = 1 + \\\n  2 \\ y\n"), "SyntaxError", "unexpected character after line continuation character", 2, 16, 2,
     0, "  2 \\ y\n"},
    {SRC("x = (1 +\n  2 \\ y)\n"), "SyntaxError", "unexpected character after line continuation character", 2, 6, 2, 0,
     "  2 \\ y)\n"},
    {SRC("x = 1 \\"), "SyntaxError", "unexpected EOF while parsing", 1, 8, 1, -1, "x = 1 \\"},
    {SRC("x = 1\ny = \"\xe2"
         "\x82"
         "\xac"
         "\" + 3 \\\n"),
     "SyntaxError", "unexpected EOF while parsing", 2, 16, 2, -1,
     "y = \"\xe2"
     "\x82"
     "\xac"
     "\" + 3 \\\n"},
    {SRC("if 1:\n  x = 1\n  \\"), "SyntaxError", "unexpected EOF while parsing", 3, 0, 3, -1, "  \\"},
    {SRC("x = (1,\n"), "SyntaxError", "'(' was never closed", 1, 5, 1, 0, "x = (1,\n"},
    {SRC("x = [1,\n  (2,\n"), "SyntaxError", "'(' was never closed", 2, 3, 2, 0, "  (2,\n"},
    {SRC("x = \"\xe2"
         "\x82"
         "\xac"
         "\", (\n"),
     "SyntaxError", "'(' was never closed", 1, 12, 1, 0,
     "x = \"\xe2"
     "\x82"
     "\xac"
     "\", (\n"},
    {SRC("x = (1 + \\\n  2 + \\\n 3 \\"), "SyntaxError", "'(' was never closed", 1, 5, 1, 0, "x = (1 + \\\n"},
    {SRC("x = 1abc\n"), "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 1abc"},
    {SRC("x = 0x\n"), "SyntaxError", "invalid hexadecimal literal", 1, 6, 1, 6, "x = 0x"},
    {SRC("x = 1 + 0xfg\n"), "SyntaxError", "invalid hexadecimal literal", 1, 11, 1, 11, "x = 1 + 0xfg"},
    {SRC("x = 0o\n"), "SyntaxError", "invalid octal literal", 1, 6, 1, 6, "x = 0o"},
    {SRC("x = 0o18\n"), "SyntaxError", "invalid digit '8' in octal literal", 1, 8, 1, 8, "x = 0o18"},
    {SRC("x = 1 + 0o7a\n"), "SyntaxError", "invalid octal literal", 1, 11, 1, 11, "x = 1 + 0o7a"},
    {SRC("x = 0b\n"), "SyntaxError", "invalid binary literal", 1, 6, 1, 6, "x = 0b"},
    {SRC("x = 0b12\n"), "SyntaxError", "invalid digit '2' in binary literal", 1, 8, 1, 8, "x = 0b12"},
    {SRC("x = 1.5j2\n"), "SyntaxError", "invalid imaginary literal", 1, 8, 1, 8, "x = 1.5j2"},
    {SRC("x = 012\n"), "SyntaxError",
     "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 1, 6,
     "x = 012"},
    {SRC("x = \"\xe2"
         "\x82"
         "\xac"
         "\" + 0_0_9\n"),
     "SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
     1, 13, 1, 17,
     "x = \"\xe2"
     "\x82"
     "\xac"
     "\" + 0_0_9"},
    {SRC("x = 1_\n"), "SyntaxError", "invalid decimal literal", 1, 6, 1, 6, "x = 1_"},
    {SRC("x = 1__0\n"), "SyntaxError", "invalid decimal literal", 1, 6, 1, 6, "x = 1__0"},
    {SRC("x = 1e+\n"), "SyntaxError", "invalid decimal literal", 1, 7, 1, 7, "x = 1e+"},
    {SRC("x = 1 + 1e_5\n"), "SyntaxError", "invalid decimal literal", 1, 9, 1, 9, "x = 1 + 1e_5"},
    {SRC("x = 1.__class__\n"), "SyntaxError", "invalid decimal literal", 1, 6, 1, 6, "x = 1.__class__"},
    {SRC("x = 8orr\n"), "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 8orr"},
    {SRC("x = \xe2"
         "\x82"
         "\xac"
         "\n"),
     "SyntaxError",
     "invalid character '\xe2"
     "\x82"
     "\xac"
     "' (U+20AC)",
     1, 5, 1, 5,
     "x = \xe2"
     "\x82"
     "\xac"
     ""},
    {SRC("x = a\xc3"
         "\xa9"
         "\xe2"
         "\x82"
         "\xac"
         "\n"),
     "SyntaxError",
     "invalid character '\xe2"
     "\x82"
     "\xac"
     "' (U+20AC)",
     1, 7, 1, 7,
     "x = a\xc3"
     "\xa9"
     "\xe2"
     "\x82"
     "\xac"
     ""},
    {SRC("x = a\xc2"
         "\xa0"
         "b\n"),
     "SyntaxError", "invalid non-printable character U+00A0", 1, 6, 1, 6,
     "x = a\xc2"
     "\xa0"
     "b"},
    {SRC("x = \x01"
         "\n"),
     "SyntaxError", "invalid non-printable character U+0001", 1, 5, 1, 5,
     "x = \x01"
     ""},
    {SRC("x = 1 \x0b"
         " 2\n"),
     "SyntaxError", "invalid non-printable character U+000B", 1, 7, 1, 7,
     "x = 1 \x0b"
     " 2"},
    {SRC("x = \xef"
         "\xbb"
         "\xbf"
         "\n"),
     "SyntaxError", "invalid non-printable character U+FEFF", 1, 5, 1, 5,
     "x = \xef"
     "\xbb"
     "\xbf"
     ""},
    {SRC("if 1:\n    x = 1\n  y = 2\n"), "IndentationError", "unindent does not match any outer indentation level", 3,
     8, 3, -1, "  y = 2\n"},
    {SRC("if 1:\n    x = 1\n  y = \"\xe2"
         "\x82"
         "\xac"
         "\"\n"),
     "IndentationError", "unindent does not match any outer indentation level", 3, 12, 3, -1,
     "  y = \"\xe2"
     "\x82"
     "\xac"
     "\"\n"},
    {SRC("if 1:\n\tx = 1\n        y = 2\n"), "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3,
     0, "        y = 2\n"},
    {SRC("if 1:\n \tx = 1\n\ty = 2\n"), "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0,
     "\ty = 2\n"},
    {SRC("if 1:\n    x = 1\n    \x0c"
         "\ty = 2\n"),
     "TabError", "inconsistent use of tabs and spaces in indentation", 3, 1, 3, 0,
     "    \x0c"
     "\ty = 2\n"},
    {SRC("if 1:\n\tx = 1\n\t\\\ny = 2\n"), "TabError", "inconsistent use of tabs and spaces in indentation", 4, 1, 4, 0,
     "y = 2\n"},
    {SRC("x = (1))\n"), "SyntaxError", "unmatched ')'", 1, 8, 1, 8, "x = (1))"},
    {SRC("x = )\n"), "SyntaxError", "unmatched ')'", 1, 5, 1, 5, "x = )"},
    {SRC("x = (1]\n"), "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7, 1, 7,
     "x = (1]"},
    {SRC("x = (1,\n2]\n"), "SyntaxError", "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2,
     2, 2, 2, "2]"},
    {SRC("x = {1: [2)}\n"), "SyntaxError", "closing parenthesis ')' does not match opening parenthesis '['", 1, 11, 1,
     11, "x = {1: [2)}"},
    // CPython 3.11.2 reads a script's lines as C strings: a NUL drops the
    // rest of its line with the newline, joining the next line on.
    {SRC("x = 1\x00"
         "\ny = 2\n"),
     "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 1y = 2"},
    {SRC("x = \"ab\x00"
         "c\"\n"),
     "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \"ab"},
    {SRC("x = 1\ny = \"\xff"
         "\"\n"),
     "SyntaxError",
     "Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no encoding declared; see "
     "https://peps.python.org/pep-0263/ for details",
     0, 0, 0, 0, nullptr},
    {SRC("x = \"abc\ny = \"\xff"
         "\"\n"),
     "SyntaxError", "unterminated string literal (detected at line 1)", 1, 5, 1, 5, "x = \"abc"},
    {SRC("# coding: latin-1\nx = \"\xe9"
         "\" + 1 \\ 2\n"),
     "SyntaxError", "unexpected character after line continuation character", 2, 14, 2, 0,
     "x = \"\xc3"
     "\xa9"
     "\" + 1 \\ 2\n"},
    {SRC("# coding: latin-1\nx = (\"\xe9"
         "\",\n"),
     "SyntaxError", "'(' was never closed", 2, 5, 2, 0,
     "x = (\"\xc3"
     "\xa9"
     "\",\n"},
    {SRC("\xef"
         "\xbb"
         "\xbf"
         "x = 1 \\ 2\n"),
     "SyntaxError", "unexpected character after line continuation character", 1, 6, 1, 0,
     "\xef"
     "\xbb"
     "\xbf"
     "x = 1 \\ 2\n"},
    {SRC("\xef"
         "\xbb"
         "\xbf"
         "x = (\n"),
     "SyntaxError", "'(' was never closed", 1, 3, 1, 0,
     "\xef"
     "\xbb"
     "\xbf"
     "x = (\n"},
    {SRC("\xef"
         "\xbb"
         "\xbf"
         "x = 1abc\n"),
     "SyntaxError", "invalid decimal literal", 1, 5, 1, 5, "x = 1abc"},
};
#undef SRC

SyntaxErrorInfo first_error(std::string_view bytes, bool* found) {
  *found = true;
  DecodedSource d = decode_source(bytes, "t.py");
  if (d.error) return *d.error;
  Tokenizer t(d.text, "t.py", d.tokenizer_options());
  for (int guard = 0; guard < 100000; guard++) {
    Token k = t.next();
    if (k.kind == TokenKind::Error) return t.error();
    if (k.kind == TokenKind::EndMarker) break;
  }
  *found = false;
  return {};
}

TEST(TokenizerErrors, MatchPython) {
  for (const ErrorCase& c : kErrors) {
    SCOPED_TRACE(std::string(c.src));
    bool found;
    SyntaxErrorInfo e = first_error(c.src, &found);
    ASSERT_TRUE(found);
    EXPECT_STREQ(syntax_error_type_name(e.type), c.type);
    EXPECT_EQ(e.message, c.msg);
    EXPECT_EQ(e.lineno, c.lineno);
    EXPECT_EQ(e.offset, c.offset);
    EXPECT_EQ(e.end_lineno, c.end_lineno);
    EXPECT_EQ(e.end_offset, c.end_offset);
    EXPECT_EQ(e.has_text, c.text != nullptr);
    if (c.text) {
      EXPECT_EQ(e.text, c.text);
    }
  }
}

TEST(TokenizerErrors, IndentationLimit) {
  std::string src;
  for (int i = 0; i < 100; i++) src += std::string(i, ' ') + "if 1:\n";
  src += std::string(100, ' ') + "pass\n";
  bool found;
  SyntaxErrorInfo e = first_error(src, &found);
  ASSERT_TRUE(found);
  EXPECT_EQ(e.type, SyntaxErrorType::IndentationError);
  EXPECT_EQ(e.message, "too many levels of indentation");
  EXPECT_EQ(e.lineno, 101);
  EXPECT_EQ(e.offset, 1);
  EXPECT_EQ(e.end_offset, 0);
  // 99 levels are fine.
  std::string ok;
  for (int i = 0; i < 99; i++) ok += std::string(i, ' ') + "if 1:\n";
  ok += std::string(99, ' ') + "pass\n";
  first_error(ok, &found);
  EXPECT_FALSE(found);
}

TEST(TokenizerErrors, BracketLimit) {
  bool found;
  first_error("x = " + std::string(200, '(') + std::string(200, ')') + "\n", &found);
  EXPECT_FALSE(found);
  SyntaxErrorInfo e = first_error("x = " + std::string(201, '(') + std::string(201, ')') + "\n", &found);
  ASSERT_TRUE(found);
  EXPECT_EQ(e.message, "too many nested parentheses");
  EXPECT_EQ(e.offset, 205);
}

TEST(TokenizerErrors, InvalidUtf8InNameFromCompile) {
  // compile() of bytes does not check UTF-8 up front: a bad name is a
  // "(unicode error)" located after the name.
  DecodedSource d = decode_source("x\xff = 1\n", "t.py", SourceKind::CompileBytes);
  ASSERT_FALSE(d.error);
  Tokenizer t(d.text, "t.py", d.tokenizer_options());
  EXPECT_EQ(t.next().kind, TokenKind::Error);
  EXPECT_EQ(t.error().message,
            "(unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte");
  EXPECT_EQ(t.error().offset, 2);
  EXPECT_EQ(t.error().end_offset, -1);
  EXPECT_EQ(t.error().text, "x\xEF\xBF\xBD = 1\n");
}

// ---- source decoding ------------------------------------------------------

TEST(SourceDecode, Utf8AndBom) {
  DecodedSource d = decode_source("\xEF\xBB\xBFx = 'é'\r\ny = 2\rz\r\n", "t.py");
  EXPECT_FALSE(d.error);
  EXPECT_EQ(d.text, "x = 'é'\ny = 2\nz\n");
  EXPECT_TRUE(d.bom);
  EXPECT_TRUE(d.encoding_declared);
  EXPECT_FALSE(d.check_utf8);
  DecodedSource e = decode_source("x = 1\n", "t.py");
  EXPECT_TRUE(e.check_utf8);
  EXPECT_FALSE(e.encoding_declared);
}

TEST(SourceDecode, Cookies) {
  EXPECT_EQ(decode_source("# -*- coding: latin-1 -*-\nx = '\xe9'\n", "t.py").text,
            "# -*- coding: latin-1 -*-\nx = '\xC3\xA9'\n");
  EXPECT_EQ(decode_source("#!/usr/bin/env python\n# vim: set fileencoding=l1 :\n'\xe9'", "t.py").text,
            "#!/usr/bin/env python\n# vim: set fileencoding=l1 :\n'\xC3\xA9'");
  EXPECT_EQ(decode_source("\n#coding=iso-8859-15\n'\xa4'", "t.py").text, "\n#coding=iso-8859-15\n'\xE2\x82\xAC'");
  EXPECT_EQ(decode_source("# coding: cp1252\n'\x80'", "t.py").text, "# coding: cp1252\n'\xE2\x82\xAC'");
  EXPECT_EQ(decode_source("# coding: koi8-r\n'\xc1'", "t.py").text, "# coding: koi8-r\n'\xD0\xB0'");
  EXPECT_EQ(decode_source("# coding: UTF8\n'é'", "t.py").text, "# coding: UTF8\n'é'");
  EXPECT_EQ(decode_source("# coding: ascii\nx", "t.py").text, "# coding: ascii\nx");
  // Not declarations: code before the comment, line 2 after code, line 3.
  EXPECT_TRUE(decode_source("x = 1 # coding: latin-1\n", "t.py").check_utf8);
  EXPECT_TRUE(decode_source("x = 1\n# coding: latin-1\n", "t.py").check_utf8);
  EXPECT_TRUE(decode_source("\n\n# coding: latin-1\n", "t.py").check_utf8);
  EXPECT_TRUE(decode_source("# coding = latin-1\n", "t.py").check_utf8);
  EXPECT_TRUE(decode_source("# coding: \f latin-1\n", "t.py").check_utf8);
}

TEST(SourceDecode, Errors) {
  auto err = [](std::string_view src, SourceKind kind = SourceKind::ScriptFile) {
    DecodedSource d = decode_source(src, "t.py", kind);
    return d.error ? d.error->message + "|" + d.error->filename + "|" + std::to_string(d.error->lineno) : "";
  };
  EXPECT_EQ(err("# coding: foo\n"), "encoding problem: foo||0");
  EXPECT_EQ(err("# coding: foo\n", SourceKind::CompileBytes), "unknown encoding: foo|t.py|0");
  EXPECT_EQ(err("# coding: coding: latin-1\n"), "encoding problem: coding||0");
  EXPECT_EQ(err("\xEF\xBB\xBF# coding: latin-1\n"), "encoding problem: iso-8859-1 with BOM||0");
  EXPECT_EQ(err("\xEF\xBB\xBF# coding: Latin1\n"), "encoding problem: Latin1 with BOM||0");
  EXPECT_EQ(err("\xEF\xBB\xBF# coding: utf_8\n"), "");
  EXPECT_EQ(err("# coding: ascii\nx = '\xff'\n"), "encoding problem: ascii||0");
  EXPECT_EQ(err("# coding: ascii\nx = '\xff'\n", SourceKind::CompileBytes),
            "'ascii' codec can't decode byte 0xff in position 21: ordinal not in range(128)|t.py|0");
  EXPECT_EQ(err("# coding: cp1252\n'\x81'", SourceKind::CompileBytes),
            "'charmap' codec can't decode byte 0x81 in position 18: character maps to <undefined>|t.py|0");
  EXPECT_EQ(err(std::string_view("x = 1\0\n", 7), SourceKind::CompileBytes),
            "source code string cannot contain null bytes||0");
  EXPECT_EQ(err(std::string_view("x = 1\0\n", 7)), "");  // reported by the tokenizer
}

TEST(SourceDecode, CompileTranslatesFinalCrLfTwice) {
  EXPECT_EQ(decode_source("x\r\n", "t.py", SourceKind::CompileBytes).text, "x\n\n");
  EXPECT_EQ(decode_source("x\r\n", "t.py").text, "x\n");
}

TEST(SourceDecode, Utf8Errors) {
  auto msg = [](std::string_view s) {
    auto e = find_invalid_utf8(s);
    return e ? utf8_error_message(s, *e) : std::string();
  };
  EXPECT_EQ(msg("ab\xff"), "'utf-8' codec can't decode byte 0xff in position 2: invalid start byte");
  EXPECT_EQ(msg("\xe2\x82"), "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
  EXPECT_EQ(msg("\xe2\x82x"), "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte");
  EXPECT_EQ(msg("\xed\xa0\x80"), "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
  EXPECT_EQ(msg("\xf4\x90\x80\x80"), "'utf-8' codec can't decode byte 0xf4 in position 0: invalid continuation byte");
  EXPECT_EQ(msg("\xc0\x80"), "'utf-8' codec can't decode byte 0xc0 in position 0: invalid start byte");
  EXPECT_EQ(msg("\xf0\x9f\x98\x80 ok"), "");
  EXPECT_EQ(utf8_replace_invalid("a\xe2\x82z\xff"), "a\xEF\xBF\xBDz\xEF\xBF\xBD");
  auto e = check_utf8("x\n# \xe2\x82\n", "t.py");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->message,
            "Non-UTF-8 code starting with '\\xe2' in file t.py on line 2, but no encoding declared; see "
            "https://peps.python.org/pep-0263/ for details");
}

// ---- printing -------------------------------------------------------------

SyntaxErrorInfo make_error(SyntaxErrorType type, const char* msg, int lineno, int offset, const char* text,
                           int end_lineno, int end_offset) {
  SyntaxErrorInfo e;
  e.type = type;
  e.message = msg;
  e.filename = "f.py";
  e.lineno = lineno;
  e.offset = offset;
  e.end_lineno = end_lineno;
  e.end_offset = end_offset;
  if (text) {
    e.text = text;
    e.has_text = true;
  }
  return e;
}

TEST(FormatSyntaxError, Examples) {
  using T = SyntaxErrorType;
  EXPECT_EQ(format_syntax_error(make_error(T::SyntaxError, "invalid syntax", 3, 7, "  x = 1 $\n", 3, 8)),
            "  File \"f.py\", line 3\n    x = 1 $\n        ^\nSyntaxError: invalid syntax\n");
  EXPECT_EQ(format_syntax_error(make_error(T::SyntaxError, "m", 1, 2, "abcdefg\n", 1, 6)),
            "  File \"f.py\", line 1\n    abcdefg\n     ^^^^\nSyntaxError: m\n");
  // IndentationError and TabError: one caret.
  EXPECT_EQ(format_syntax_error(make_error(T::IndentationError, "m", 1, 2, "abcdefg\n", 1, 6)),
            "  File \"f.py\", line 1\n    abcdefg\n     ^\nIndentationError: m\n");
  // Offset 0 or in the stripped indentation: no caret; past the end: clipped.
  EXPECT_EQ(format_syntax_error(make_error(T::SyntaxError, "m", 1, 0, "  abc\n", 1, 0)),
            "  File \"f.py\", line 1\n    abc\nSyntaxError: m\n");
  EXPECT_EQ(format_syntax_error(make_error(T::SyntaxError, "m", 1, 40, "  abc\n", 1, 41)),
            "  File \"f.py\", line 1\n    abc\n       ^\nSyntaxError: m\n");
  // A multi-line range is underlined to the end of the line.
  EXPECT_EQ(format_syntax_error(make_error(T::SyntaxError, "m", 1, 5, "x = (1,\n", 2, 3)),
            "  File \"f.py\", line 1\n    x = (1,\n        ^^^\nSyntaxError: m\n");
  // Offsets count bytes of the UTF-8 text, as CPython 3.11's printer does.
  EXPECT_EQ(format_syntax_error(make_error(T::SyntaxError, "m", 1, 4, "ab€c\n", 1, 7)),
            "  File \"f.py\", line 1\n    ab€c\n       ^^^\nSyntaxError: m\n");
  SyntaxErrorInfo nowhere;
  nowhere.message = "Non-UTF-8 code";
  EXPECT_EQ(format_syntax_error(nowhere), "SyntaxError: Non-UTF-8 code\n");
  SyntaxErrorInfo line0;
  line0.message = "unknown encoding: foo";
  line0.filename = "m.py";
  EXPECT_EQ(format_syntax_error(line0), "  File \"m.py\", line 0\nSyntaxError: unknown encoding: foo\n");
  EXPECT_EQ(format_syntax_error(make_error(T::SyntaxError, "", 1, 1, "x", 1, 2)),
            "  File \"f.py\", line 1\n    x\n    ^\nSyntaxError\n");
}

// Random texts and offsets, printed by python3.11's sys.__excepthook__.
TEST(FormatSyntaxError, CrossCheck) {
  if (!test::python311_available()) GTEST_SKIP() << "python3.11 not installed";
  const char* alphabet[] = {" ", "\t", "\f", "a", "b", "€", "\n", "x", "\v"};
  std::mt19937 rng(12345);
  auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  std::vector<SyntaxErrorInfo> cases;
  std::string script =
      "import sys, io\n"
      "def show(t, ln, off, text, eln, eoff):\n"
      "    e = t('m', ('f.py', ln, off, text, eln, eoff))\n"
      "    old = sys.stderr\n"
      "    sys.stderr = io.StringIO()\n"
      "    sys.__excepthook__(t, e, None)\n"
      "    out = sys.stderr.getvalue()\n"
      "    sys.stderr = old\n"
      "    print(out.encode().hex())\n";
  for (int i = 0; i < 400; i++) {
    std::string text;
    int n = pick(0, 10);
    for (int k = 0; k < n; k++) text += alphabet[pick(0, 8)];
    int lineno = pick(1, 3);
    int end_lineno = lineno + pick(-1, 1);
    SyntaxErrorType type = pick(0, 3) == 0 ? SyntaxErrorType::IndentationError : SyntaxErrorType::SyntaxError;
    SyntaxErrorInfo e = make_error(type, "m", lineno, pick(-1, 14), nullptr, end_lineno, pick(-1, 15));
    e.text = text;
    e.has_text = true;
    std::string hex;
    for (unsigned char c : text) {
      char b[3];
      snprintf(b, sizeof b, "%02x", c);
      hex += b;
    }
    script += "show(" + std::string(type == SyntaxErrorType::SyntaxError ? "SyntaxError" : "IndentationError") + ", " +
              std::to_string(e.lineno) + ", " + std::to_string(e.offset) + ", bytes.fromhex('" + hex + "').decode(), " +
              std::to_string(e.end_lineno) + ", " + std::to_string(e.end_offset) + ")\n";
    cases.push_back(e);
  }
  std::vector<std::string> lines;
  ASSERT_TRUE(test::run_python311(script, &lines));
  ASSERT_EQ(lines.size(), cases.size());
  for (size_t i = 0; i < cases.size(); i++) {
    SCOPED_TRACE(cases[i].text);
    EXPECT_EQ(format_syntax_error(cases[i]), test::from_hex(lines[i]));
  }
}

}  // namespace
}  // namespace dx::parser
