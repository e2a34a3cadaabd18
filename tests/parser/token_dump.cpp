// Prints the tokens dx-py's tokenizer produces for a file, one per line:
//   KIND LINE COL END_LINE END_COL
// then "ERROR <type>: <message> LINE OFFSET" if it fails. Used by
// check_tokens.py, which builds it against build/release/libdxcore.a.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "parser/source_decode.h"
#include "parser/tokenizer.h"

using namespace dx::parser;

static const char* kind_name(TokenKind k) {
  switch (k) {
#define TOKEN(Kind, text) \
  case TokenKind::Kind:   \
    return #Kind;
#include "parser/tokens.def"
  }
  return "?";
}

int main(int argc, char** argv) {
  for (int i = 1; i < argc; i++) {
    std::ifstream f(argv[i], std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    std::string bytes = ss.str();
    printf("FILE %s\n", argv[i]);
    DecodedSource d = decode_source(bytes, argv[i], SourceKind::CompileBytes);
    if (d.error) {
      printf("ERROR %s: %s\n", syntax_error_type_name(d.error->type), d.error->message.c_str());
      continue;
    }
    Tokenizer t(d.text, argv[i], d.tokenizer_options());
    for (;;) {
      Token k = t.next();
      if (k.kind == TokenKind::Error) {
        const SyntaxErrorInfo& e = t.error();
        printf("ERROR %s: %s %d %d\n", syntax_error_type_name(e.type), e.message.c_str(), e.lineno, e.offset);
        break;
      }
      printf("%s %d %d %d %d\n", kind_name(k.kind), k.lineno, k.col_offset, k.end_lineno, k.end_col_offset);
      if (k.kind == TokenKind::EndMarker) break;
    }
  }
  return 0;
}
