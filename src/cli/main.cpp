// dxpy: the command that stands in for python3.11.
//
// Until the interpreter exists, running a program parses it: a syntax error is
// printed exactly as python3.11 prints it (exit status 1), and a program that
// parses is reported as not runnable yet (exit status 70, EX_SOFTWARE).
// After parsing, the symbol tables are built: their errors (CPython's
// compiler reports them before generating code) are printed like syntax
// errors. `--dump-ast FILE` prints ast.dump() of the file's tree,
// `--dump-symtable FILE` its symbol tables.
//
// Messages that name the command use argv[0] as given, as CPython does
// ("python3.11: can't open file ...").
#include <limits.h>
#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "cli/options.h"
#include "cli/source_files.h"
#include "compiler/codegen.h"
#include "compiler/symtable.h"
#include "gc/gc.h"
#include "modules/builtins.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "parser/ast_dump.h"
#include "parser/parser.h"
#include "parser/syntax_error.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"
#include "support/arena.h"
#include "vm/import.h"
#include "vm/interpreter.h"
#include "vm/namespace.h"
#include "vm/traceback.h"

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

// Builds the symbol tables of a parsed program; on error prints it the way
// CPython does (with the source line read back from a file, none for -c and
// stdin) and returns null.
std::unique_ptr<compiler::SymbolTable> build_symtable(const ProgramSource& source, const Parsed& p, Arena& arena) {
  compiler::SymtableResult st = compiler::build_symtable(p.result.mod, source.filename, arena);
  if (!st.error) return std::move(st.table);
  if (source.filename != "<string>" && source.filename != "<stdin>") {
    compiler::attach_source_line(*st.error, source.bytes);
  }
  write_all(stderr, parser::format_syntax_error(*st.error));
  return nullptr;
}


// SyntaxWarnings of the compiler, as the warnings module shows them:
// "FILE:LINE: SyntaxWarning: MESSAGE" and the stripped source line.
void print_compile_warnings(const std::vector<compiler::CompileWarning>& warnings, const ProgramSource& source) {
  for (const compiler::CompileWarning& w : warnings) {
    std::string text = source.filename + ":" + std::to_string(w.lineno) + ": SyntaxWarning: " + w.message + "\n";
    if (source.filename != "<string>" && source.filename != "<stdin>") {
      parser::SyntaxErrorInfo line;
      line.lineno = w.lineno;
      compiler::attach_source_line(line, source.bytes);
      size_t first = line.text.find_first_not_of(" \t\f\v\r\n");
      if (first != std::string::npos) {
        size_t last = line.text.find_last_not_of(" \t\f\v\r\n");
        text += "  " + line.text.substr(first, last - first + 1) + "\n";
      }
    }
    write_all(stderr, text);
  }
}

// The namespace of __main__, with the names CPython's is made with, in its
// order: the module's own (__name__, __doc__, __package__, __loader__,
// __spec__; __loader__ stays None until imports exist), __annotations__ and
// __builtins__, then __file__ and __cached__ for a program read from a file
// or stdin. A new reference, or null with an error set.
Object* main_globals(Interpreter& interp, const ProgramSource& source) {
  Object* globals = dict_new();
  if (!globals || !interp.builtins) return globals;
  // The builtins module, as in CPython's __main__ (other modules get its dict).
  Object* builtins_mod = builtins_module(&interp);
  if (!builtins_mod) {
    decref(globals);
    return nullptr;
  }
  Object* annotations = dict_new();
  Object* main_name = str_from_ascii("__main__");
  Object* file = source.filename == "<string>" ? nullptr : str_from_utf8(source.filename);
  bool ok = annotations && main_name && (file || source.filename == "<string>");
  std::pair<const char*, Object*> items[] = {
      {"__name__", main_name},      {"__doc__", none()},         {"__package__", none()},
      {"__loader__", none()},       {"__spec__", none()},        {"__annotations__", annotations},
      {"__builtins__", builtins_mod}, {"__file__", file},          {"__cached__", file ? none() : nullptr},
  };
  for (auto& [name, value] : items) {
    if (!ok || !value) continue;
    Object* key = str_intern_utf8(name);
    ok = key && dict_set_item(globals, key, value) == 0;
    xdecref(key);
  }
  for (Object* o : {annotations, main_name, file}) xdecref(o);
  if (!ok) {
    decref(globals);
    return nullptr;
  }
  return globals;
}

// The directory of a path, made absolute with symbolic links resolved, as
// CPython computes sys.path[0] for a script.
std::string script_directory(const std::string& file) {
  char buf[PATH_MAX];
  std::string real = realpath(file.c_str(), buf) ? std::string(buf) : file;
  size_t k = real.find_last_of('/');
  if (k == std::string::npos) return "";
  return k == 0 ? "/" : real.substr(0, k);
}

// os.path.normpath of an absolute path: no ".", "..", or repeated slashes.
std::string normalize_path(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    std::string part = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  std::string out;
  for (const std::string& p : parts) out += "/" + p;
  // POSIX keeps exactly two leading slashes.
  bool two = path.size() > 1 && path[1] == '/' && (path.size() == 2 || path[2] != '/');
  if (out.empty()) return two ? "//" : "/";
  return two ? "/" + out : out;
}

// What sys shows of the command line (sys.argv, sys.path, sys.flags...).
void configure(InterpreterConfig& c, const Options& options, const ProgramSource& source) {
  c.argv = options.argv;
  c.orig_argv = options.orig_argv;
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  c.executable = n > 0 ? std::string(buf, static_cast<size_t>(n)) : options.program_name;
  c.stdlib = stdlib_directory(options);
  // PYTHONPATH: its directories, made absolute (an empty entry is the
  // current directory).
  if (const char* pp = options.ignore_environment ? nullptr : std::getenv("PYTHONPATH"); pp && *pp) {
    std::string all(pp), cwd = getcwd(buf, sizeof buf) ? std::string(buf) : std::string();
    size_t start = 0;
    for (;;) {
      size_t colon = all.find(':', start);
      std::string entry = all.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
      c.pythonpath.push_back(normalize_path(entry.empty() ? cwd : entry[0] == '/' ? entry : cwd + "/" + entry));
      if (colon == std::string::npos) break;
      start = colon + 1;
    }
  }
  c.has_path0 = !options.safe_path;
  if (options.kind == RunKind::File) {
    c.path0 = script_directory(source.filename);
  } else if (options.kind == RunKind::Module) {
    c.path0 = getcwd(buf, sizeof buf) ? std::string(buf) : "";
    if (!c.argv.empty()) c.argv[0] = source.filename;  // -m: the module's file, as runpy sets it
  }
  // CPython's stdio error handler: surrogateescape under the C/POSIX locale
  // and the UTF-8 locales it coerces that one to.
  const char* locale = nullptr;
  for (const char* var : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) {
      locale = v;
      break;
    }
  }
  std::string loc = locale ? locale : "C";
  bool c_locale = loc == "C" || loc == "POSIX" || loc == "C.UTF-8" || loc == "C.utf8" || loc == "UTF-8";
  // A locale the system does not have leaves CPython in the C locale
  // (asked only for other names: newlocale reads the alias file).
  if (!c_locale) {
    if (locale_t l = newlocale(LC_CTYPE_MASK, loc.c_str(), nullptr)) {
      freelocale(l);
    } else {
      c_locale = true;
    }
  }
  c.stdio_errors = c_locale ? "surrogateescape" : "strict";
  c.optimize = options.optimize;
  c.verbose = options.verbose;
  c.bytes_warning = options.bytes_warning;
  c.debug = options.debug;
  c.inspect = options.inspect;
  c.dont_write_bytecode = options.dont_write_bytecode ||
                          (!options.ignore_environment && std::getenv("PYTHONDONTWRITEBYTECODE") &&
                           *std::getenv("PYTHONDONTWRITEBYTECODE"));
  c.ignore_environment = options.ignore_environment;
  c.no_user_site = options.no_user_site;
  c.no_site = options.no_site;
  c.isolated = options.isolated;
  c.safe_path = options.safe_path;
  c.quiet = options.quiet;
  const char* unbuffered = options.ignore_environment ? nullptr : std::getenv("PYTHONUNBUFFERED");
  c.unbuffered = options.unbuffered || (unbuffered && *unbuffered);
}

// The exit status for an uncaught SystemExit: its code when None or an int
// (0 for none), else the code printed to stderr and status 1, as CPython.
int system_exit_status(Object* e, Interpreter& interp) {
  Object* args = static_cast<BaseExceptionObject*>(e)->args;
  Object* code = args && tuple_size(args) > 0 ? tuple_item(args, 0) : nullptr;
  if (args && tuple_size(args) > 1) code = args;
  if (!code || is_none(code)) return 0;
  if (is_int(code)) {
    auto v = int_to_int64(code);
    return v ? static_cast<int>(*v & 0xff) : -1;
  }
  Object* text = object_str(code);
  if (text) {
    std::string_view t = str_utf8(text);
    if (t.data()) {
      interp.err.write(t);
      interp.err.write("\n");
    }
    decref(text);
  }
  clear_error();
  return 1;
}

// After an uncaught KeyboardInterrupt CPython ends the process by SIGINT
// (so a calling shell sees the interrupt), exiting with 130 if that fails.
[[noreturn]] void exit_by_sigint() {
  std::fflush(nullptr);
  signal(SIGINT, SIG_DFL);
  kill(getpid(), SIGINT);
  std::_Exit(130);
}

// An uncaught exception: sys.excepthook when the program replaced it,
// else the traceback as CPython's default hook prints it.
void print_uncaught(Interpreter& interp, Object* e) {
  Object* hook = interp.sys_module ? sys_get(&interp, "excepthook") : nullptr;
  Object* original = interp.sys_module ? sys_get(&interp, "__excepthook__") : nullptr;
  if (interp.sys_module && !hook) {
    interp.err.write("sys.excepthook is missing\n");
  } else if (hook && hook != original) {
    incref(hook);
    Object* tb = static_cast<BaseExceptionObject*>(e)->traceback;
    Object* args[] = {reinterpret_cast<Object*>(type_of(e)), e, tb ? tb : none()};
    Object* r = object_vectorcall(hook, args, 3, nullptr);
    decref(hook);
    interp.out.flush();
    if (r) {
      decref(r);
      return;
    }
    Object* hook_error = fetch_error();
    interp.err.write("Error in sys.excepthook:\n");
    if (hook_error) interp.err.write(format_exception(hook_error));
    xdecref(hook_error);
    interp.err.write("\nOriginal exception was:\n");
  }
  interp.err.write(format_exception(e));
}

// The end of the program, as CPython's finalization goes: a collection
// while everything is intact (garbage cycles are finalized with the
// program's globals still there), then the main module is released: its
// globals are usually in a cycle with its functions, and a second
// collection finalizes everything only they reach (globals still intact,
// in the collector's order); a namespace something else keeps alive is
// cleared name by name instead. Then the builtins go, and what they held.
void finalize(ThreadState& ts, Object* globals) {
  Interpreter& interp = *ts.interp;
  gc_collect(&ts, 2);
  import_release_main(&interp);
  if (globals) {
    if (!gc_collect_releasing(&ts, globals)) namespace_clear_module(globals);
    decref(globals);
  }
  // The modules' namespaces, while the builtins are still there.
  if (interp.modules) {
    import_release(&interp);
    gc_collect(&ts, 2);
  }
  import_release(&interp);
  Object* builtins = interp.builtins;
  interp.builtins = nullptr;
  xdecref(builtins);
  gc_collect(&ts, 2);
  // As CPython's shutdown: stdout, then stderr.
  interp.out.flush();
  interp.err.flush();
}

// Compiles and runs a parsed program as __main__. An uncaught exception is
// printed with its traceback (exit status 1). A construct the compiler does
// not translate yet is reported plainly (exit status 70).
int execute(const Options& options, const ProgramSource& source, Parsed& p, compiler::SymbolTable& table,
            const std::string& what) {
  runtime_init();
  Interpreter interp;
  ThreadState ts;
  ts.interp = &interp;
  ThreadStateScope scope(&ts);
  int optimize = options.optimize;
  if (const char* env = options.ignore_environment ? nullptr : std::getenv("PYTHONOPTIMIZE"); env && *env) {
    // A number gives the level, any other text level 1; -O counts add up to the larger.
    char* end = nullptr;
    long level = std::strtol(env, &end, 10);
    if (*end != '\0') level = 1;
    optimize = std::max(optimize, static_cast<int>(level));
  }
  compiler::CompileResult cr = compiler::compile_module(p.result.mod, table, source.filename, optimize);
  print_compile_warnings(cr.warnings, source);
  if (!cr.code) {
    if (cr.error) {
      if (source.filename != "<string>" && source.filename != "<stdin>") {
        compiler::attach_source_line(*cr.error, source.bytes);
      }
      write_all(stderr, parser::format_syntax_error(*cr.error));
      return kExitSyntaxError;
    }
    write_all(stderr, options.program_name + ": " + what + " uses " + cr.unsupported +
                          ", which dx-py cannot run yet\n");
    return kExitNotImplemented;
  }
  if (options.disassemble) {
    write_all(stdout, compiler::disassemble(cr.code));
    return 0;
  }
  if (std::getenv("DXPY_DIS")) write_all(stderr, compiler::disassemble(cr.code));
  interp.builtins = make_builtins_dict();
  configure(interp.config, options, source);
  interp.config.optimize = optimize;
  if (interp.config.unbuffered) {
    interp.out.set_unbuffered();
    interp.err.set_unbuffered();
  }
  Object* globals = main_globals(interp, source);
  interp.main_globals = globals;
  Object* result = globals ? eval_module_code(cr.code, globals, interp.builtins) : nullptr;
  int status = 0;
  bool interrupted = false;
  if (result) {
    decref(result);
  } else {
    Object* e = fetch_error();
    status = 1;
    interrupted = e && is_instance_of_type(e, &exc::KeyboardInterrupt);
    // As CPython's error printing does, stdout is flushed before the
    // traceback or exit message is written (they may share a file).
    interp.out.flush();
    if (e && is_instance_of_type(e, &exc::SystemExit)) {
      status = system_exit_status(e, interp);
    } else if (e) {
      print_uncaught(interp, e);
    }
    xdecref(e);
  }
  interp.out.flush();
  decref(cr.code);
  finalize(ts, globals);
  if (interrupted) exit_by_sigint();
  return status;
}

int run_program(const Options& options, const ProgramSource& source, const std::string& what) {
  Arena arena;
  Parsed p = parse_program(source, arena);
  if (p.exit_status != 0) return p.exit_status;
  std::unique_ptr<compiler::SymbolTable> table = build_symtable(source, p, arena);
  if (!table) return kExitSyntaxError;
  return execute(options, source, p, *table, what);
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

int dump_symtable(const Options& options) {
  ProgramSource source;
  if (int status = load_program(options, options.file, source); status != 0) return status;
  Arena arena;
  Parsed p = parse_program(source, arena);
  if (p.exit_status != 0) return p.exit_status;
  std::unique_ptr<compiler::SymbolTable> table = build_symtable(source, p, arena);
  if (!table) return kExitSyntaxError;
  write_all(stdout, compiler::dump_symtable(*table));
  return 0;
}

int run(const Options& options) {
  ProgramSource source;
  switch (options.kind) {
    case RunKind::DumpAst:
      return dump_ast(options);
    case RunKind::DumpSymtable:
      return dump_symtable(options);
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
