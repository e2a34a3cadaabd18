// libFuzzer target: the tokenizer, parser, AST dumper and syntax-error
// formatter on arbitrary bytes. Every input is parsed in each mode (exec,
// eval, single, func_type); a tree is dumped in both forms, an error is
// formatted. Any input must end in a tree or a Python exception, never a
// crash, hang or leak. Run it with scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "parser/ast_dump.h"
#include "parser/parser.h"
#include "parser/syntax_error.h"
#include "support/arena.h"

// Keeps the dumps from being optimized away.
static volatile size_t g_sink;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  static constexpr dx::parser::ParseMode kModes[] = {dx::parser::ParseMode::File, dx::parser::ParseMode::Eval,
                                                      dx::parser::ParseMode::Single,
                                                      dx::parser::ParseMode::FuncType};
  size_t sink = 0;
  for (dx::parser::ParseMode mode : kModes) {
    dx::Arena arena;
    dx::parser::ParseResult r = dx::parser::parse_source(bytes, "<fuzz>", mode, arena);
    if (r.error) {
      sink += dx::parser::format_syntax_error(*r.error).size();
    } else if (r.mod != nullptr) {
      sink += dx::ast::dump(r.mod, false).size();
      sink += dx::ast::dump(r.mod, true).size();
    } else {
      __builtin_trap();  // a result must hold a tree or an error
    }
  }
  g_sink = sink;
  return 0;
}
