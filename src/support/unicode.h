// Unicode character data as CPython 3.11 sees it (Unicode 14.0.0): the
// properties behind the str methods, case mappings, the data of the
// unicodedata module, normalization and character names. The tables are
// generated from python3.11 itself by scripts/gen_unicode_tables.py.
//
// Strings come either as UTF-8 (std::string_view; lone surrogates
// U+D800..U+DFFF encoded as 3 bytes, as the tokenizer and str produce them) or
// as CodePoints, code points stored 1, 2 or 4 bytes each like the PEP 393
// kinds of str objects. Nothing here allocates except the returned strings.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dx::unicode {

inline constexpr std::string_view kUnidataVersion = "14.0.0";  // unicodedata.unidata_version

// Code points stored `kind` (1, 2 or 4) bytes each.
struct CodePoints {
  const void* data;
  size_t length;
  int kind;
  CodePoints(const void* d, size_t n, int k) : data(d), length(n), kind(k) {}
  CodePoints(std::u32string_view s) : data(s.data()), length(s.size()), kind(4) {}  // NOLINT: implicit
  char32_t operator[](size_t i) const {
    return kind == 1 ? static_cast<const uint8_t*>(data)[i]
           : kind == 2 ? static_cast<const uint16_t*>(data)[i]
                       : static_cast<const char32_t*>(data)[i];
  }
};

// ---------------------------------------------------------------------------
// Properties of one code point, as the str methods of a one-character string
// answer. For longer strings CPython combines them so:
//   isalpha ... isnumeric, isspace, isalnum, isprintable: every character;
//   islower: no is_upper or is_title character and at least one is_lower;
//   isupper: no is_lower or is_title character and at least one is_upper;
//   istitle: is_upper and is_title characters only after uncased ones,
//            is_lower ones only after cased ones, and at least one of the first.
bool is_alpha(char32_t c);     // general category L*
bool is_decimal(char32_t c);   // has a decimal value (Nd)
bool is_digit(char32_t c);     // has a digit value (decimals, superscripts, ...)
bool is_numeric(char32_t c);   // has a numeric value
bool is_alnum(char32_t c);     // any of the four above
bool is_space(char32_t c);     // str.isspace(): also what split(), strip() and int() skip
bool is_linebreak(char32_t c); // ends a line for str.splitlines()
bool is_lower(char32_t c);     // Lowercase
bool is_upper(char32_t c);     // Uppercase
bool is_title(char32_t c);     // titlecase (Lt), e.g. U+01C5
bool is_cased(char32_t c);     // Cased: str.title() lowers the letter after one
bool is_case_ignorable(char32_t c);  // skipped by the final-sigma rule
bool is_printable(char32_t c); // str.isprintable()
bool is_xid_start(char32_t c); // may start an identifier (plus '_')
bool is_xid_continue(char32_t c);

// Numeric values: unicodedata.decimal/digit (-1: none; int('٣') uses the
// decimal one) and unicodedata.numeric.
int decimal_value(char32_t c);
int digit_value(char32_t c);
std::optional<double> numeric_value(char32_t c);

// ---------------------------------------------------------------------------
// Case mappings. The full mapping of one character (str.lower() etc. of the
// character alone) is written to `out`, at most kMaxCaseMapping code points,
// and their count returned. to_lower(U+03A3) is U+03C3: the final form U+03C2
// depends on the context, which the whole-string functions look at.
constexpr int kMaxCaseMapping = 3;
int to_lower(char32_t c, char32_t* out);
int to_upper(char32_t c, char32_t* out);
int to_title(char32_t c, char32_t* out);
int to_casefold(char32_t c, char32_t* out);
// The simple (one character) lower mapping, as _sre.unicode_tolower; and
// _sre.unicode_iscased: the simple lower or upper mapping differs from c.
char32_t simple_lower(char32_t c);
bool sre_is_cased(char32_t c);

// str.lower(), upper(), title(), capitalize(), swapcase() and casefold().
std::string lower(std::string_view utf8);
std::string upper(std::string_view utf8);
std::string title(std::string_view utf8);
std::string capitalize(std::string_view utf8);
std::string swapcase(std::string_view utf8);
std::string casefold(std::string_view utf8);
// The same, appending the result to *out.
void lower(CodePoints s, std::u32string* out);
void upper(CodePoints s, std::u32string* out);
void title(CodePoints s, std::u32string* out);
void capitalize(CodePoints s, std::u32string* out);
void swapcase(CodePoints s, std::u32string* out);
void casefold(CodePoints s, std::u32string* out);

// ---------------------------------------------------------------------------
// The unicodedata module (code points above U+10FFFF read as unassigned).
std::string_view category(char32_t c);          // "Lu", ...; "Cn" when unassigned
std::string_view bidirectional(char32_t c);     // "L", ...; "" when unassigned
int combining(char32_t c);                      // canonical combining class
std::string_view east_asian_width(char32_t c);  // "F", "H", "W", "Na", "A" or "N"
bool mirrored(char32_t c);
std::string decomposition(char32_t c);          // "<compat> 0020 0308", "0041 030A" or ""
// The name of c ("" when it has none), algorithmic names included.
std::string name(char32_t c);
// The code point named `name` as in "\N{...}" (case-insensitive, aliases and
// named sequences excluded as CPython excludes them), or nullopt.
std::optional<char32_t> lookup_name(std::string_view name);
// The named sequence `name` (any ASCII case) that unicodedata.lookup() also
// accepts, or "" when there is none.
std::u32string lookup_named_sequence(std::string_view name);

enum class NormalForm { kNfc, kNfd, kNfkc, kNfkd };
// unicodedata.normalize() and is_normalized().
std::string normalize(NormalForm form, std::string_view utf8);
void normalize(NormalForm form, CodePoints s, std::u32string* out);  // appends
bool is_normalized(NormalForm form, std::string_view utf8);
bool is_normalized(NormalForm form, CodePoints s);
// NFKC, applied by the parser to non-ASCII identifiers (PEP 3131).
std::string nfkc_normalize(std::string_view utf8);

// ---------------------------------------------------------------------------
// UTF-8 helpers. Lone surrogates (U+D800..U+DFFF) are encoded as 3 bytes.
void append_utf8(std::string& out, char32_t c);
// Decodes one code point at s[i], advancing i. `s` must be valid (generalized) UTF-8.
char32_t decode_utf8(std::string_view s, size_t& i);

}  // namespace dx::unicode
