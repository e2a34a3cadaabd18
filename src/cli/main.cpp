// dxpy: the command that stands in for python3.11.
//
// Until the interpreter exists, running a program parses it: a syntax error is
// printed exactly as python3.11 prints it (exit status 1), and a program that
// parses is reported as not runnable yet (exit status 70, EX_SOFTWARE).
// `--dump-ast FILE` prints ast.dump() of the file's tree.
//
// Messages that name the command use argv[0] as given, as CPython does
// ("python3.11: can't open file ...").
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/source_files.h"
#include "parser/ast_dump.h"
#include "parser/parser.h"
#include "parser/syntax_error.h"
#include "support/arena.h"

namespace dx::cli {
namespace {

constexpr int kExitSyntaxError = 1;
constexpr int kExitNotImplemented = 70;  // EX_SOFTWARE

void write_all(FILE* stream, const std::string& text) {
  if (!text.empty()) std::fwrite(text.data(), 1, text.size(), stream);
  std::fflush(stream);
}

// A parsed program, or the exit status after its syntax error was printed.
struct Parsed {
  parser::ParseResult result;
  int exit_status = 0;
};

Parsed parse_program(const ProgramSource& source, Arena& arena) {
  Parsed p;
  p.result = source.is_text ? parser::parse_text(source.bytes, source.filename, parser::ParseMode::File, arena)
                            : parser::parse_source(source.bytes, source.filename, parser::ParseMode::File, arena);
  if (p.result.error) {
    write_all(stderr, parser::format_syntax_error(*p.result.error));
    p.exit_status = kExitSyntaxError;
  }
  return p;
}

int not_implemented(const Options& options, const std::string& what) {
  write_all(stderr, options.program_name + ": " + what +
                        " parsed without errors, but running Python code is not implemented yet\n");
  return kExitNotImplemented;
}

int run_program(const Options& options, const ProgramSource& source, const std::string& what) {
  Arena arena;
  Parsed p = parse_program(source, arena);
  if (p.exit_status != 0) return p.exit_status;
  return not_implemented(options, what);
}

int dump_ast(const Options& options) {
  ProgramSource source;
  if (int status = load_program(options, options.file, source); status != 0) return status;
  Arena arena;
  Parsed p = parse_program(source, arena);
  if (p.exit_status != 0) return p.exit_status;
  bool too_deep = false;
  std::string text = ast::dump(p.result.mod, options.dump_positions, &too_deep);
  if (too_deep) {
    write_all(stderr, "RecursionError: maximum recursion depth exceeded during ast construction\n");
    return kExitSyntaxError;
  }
  text += '\n';
  write_all(stdout, text);
  return 0;
}

int run(const Options& options) {
  ProgramSource source;
  switch (options.kind) {
    case RunKind::DumpAst:
      return dump_ast(options);
    case RunKind::File:
      if (int status = load_program(options, options.file, source); status != 0) return status;
      return run_program(options, source, source.filename);
    case RunKind::Command:
      source.bytes = options.command;
      source.filename = "<string>";
      source.is_text = true;  // like compile(str): no BOM or coding cookie handling
      return run_program(options, source, "the -c command");
    case RunKind::Stdin:
      if (isatty(STDIN_FILENO)) break;
      if (int status = load_program(options, "-", source); status != 0) return status;
      return run_program(options, source, "<stdin>");
    case RunKind::Module:
      if (int status = load_module(options, source); status != 0) return status;
      return run_program(options, source, source.filename);
    case RunKind::Repl:
      break;
  }
  write_all(stderr, options.program_name + ": the interactive prompt is not implemented yet\n");
  return kExitNotImplemented;
}

}  // namespace
}  // namespace dx::cli

int main(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  dx::cli::Options options;
  dx::cli::ParseOutcome outcome = dx::cli::parse_command_line(args, isatty(STDIN_FILENO) != 0, options);
  if (outcome.exit_now) {
    dx::cli::write_all(stdout, outcome.out);
    dx::cli::write_all(stderr, outcome.err);
    return outcome.exit_status;
  }
  return dx::cli::run(options);
}
