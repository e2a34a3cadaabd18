#include "cli/options.h"

#include <string_view>

namespace dx::cli {
namespace {

constexpr std::string_view kUsageLine = " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

// CPython's answer to a bad command line: the problem, the usage line, a hint.
ParseOutcome usage_error(const Options& options, std::string_view problem) {
  ParseOutcome r;
  r.exit_now = true;
  r.exit_status = 2;
  r.err.append(problem);
  r.err += "\nusage: ";
  r.err += options.program_name;
  r.err += kUsageLine;
  r.err += "Try `python -h' for more information.\n";
  return r;
}

ParseOutcome print_and_exit(std::string text) {
  ParseOutcome r;
  r.exit_now = true;
  r.out = std::move(text);
  return r;
}

// Everything from args[from] on becomes sys.argv[1:].
void take_rest(const std::vector<std::string>& args, size_t from, Options& options) {
  for (size_t i = from; i < args.size(); i++) options.argv.push_back(args[i]);
}

// The program is named by args[i] (a file name or "-"); the rest are its arguments.
void set_program(const std::vector<std::string>& args, size_t i, Options& options) {
  if (args[i] == "-") {
    options.kind = RunKind::Stdin;
  } else {
    options.kind = RunKind::File;
    options.file = args[i];
  }
  options.argv.push_back(args[i]);
  take_rest(args, i + 1, options);
}

}  // namespace

ParseOutcome parse_command_line(const std::vector<std::string>& args, bool stdin_is_tty, Options& options) {
  options.program_name = args.empty() ? "dxpy" : args[0];
  options.orig_argv = args;
  bool have_program = false;
  size_t i = 1;
  for (; i < args.size() && !have_program; i++) {
    const std::string& arg = args[i];
    if (arg.size() < 2 || arg[0] != '-') {  // a file name, or "-" for stdin
      set_program(args, i, options);
      have_program = true;
      break;
    }
    if (arg == "--") {  // the end of the options: what follows names the program
      if (i + 1 < args.size()) {
        set_program(args, i + 1, options);
        have_program = true;
      }
      i = args.size();
      break;
    }
    if (arg[1] == '-') {  // a long option, matched exactly (no abbreviations, no '=')
      std::string_view name = std::string_view(arg).substr(2);
      if (name == "help") return print_and_exit(help_text(options.program_name));
      if (name == "help-env") return print_and_exit(help_env_text());
      if (name == "help-xoptions") return print_and_exit(help_xoptions_text());
      if (name == "help-all") {
        return print_and_exit(help_text(options.program_name) + "\n" + help_env_text() + "\n" +
                              help_xoptions_text());
      }
      if (name == "version") {
        options.version++;
        continue;
      }
      if (name == "check-hash-based-pycs") {
        if (i + 1 >= args.size()) {
          return usage_error(options, "Argument expected for the --check-hash-based-pycs options");
        }
        const std::string& value = args[++i];
        if (value != "default" && value != "always" && value != "never") {
          return usage_error(options, "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
        }
        options.check_hash_based_pycs = value;
        continue;
      }
      if (name == "dis") {
        if (i + 1 >= args.size()) return usage_error(options, "Argument expected for the " + arg + " option");
        options.kind = RunKind::File;
        options.disassemble = true;
        options.file = args[i + 1];
        options.argv.push_back(args[i + 1]);
        take_rest(args, i + 2, options);
        have_program = true;
        break;
      }
      if (name == "dump-ast" || name == "dump-ast-positions" || name == "dump-symtable") {
        if (i + 1 >= args.size()) return usage_error(options, "Argument expected for the " + arg + " option");
        options.kind = name == "dump-symtable" ? RunKind::DumpSymtable : RunKind::DumpAst;
        options.dump_positions = name == "dump-ast-positions";
        options.file = args[i + 1];
        options.argv.push_back(args[i + 1]);
        take_rest(args, i + 2, options);
        have_program = true;
        break;
      }
      return usage_error(options, "unknown option " + arg);
    }

    // A group of short options: -bEs, -cCMD, -W arg, ...
    for (size_t j = 1; j < arg.size(); j++) {
      char c = arg[j];
      if (c == 'c' || c == 'm' || c == 'W' || c == 'X') {
        std::string value;
        if (j + 1 < arg.size()) {
          value = arg.substr(j + 1);
        } else if (i + 1 < args.size()) {
          value = args[++i];
        } else {
          return usage_error(options, std::string("Argument expected for the -") + c + " option");
        }
        if (c == 'c' || c == 'm') {
          options.kind = c == 'c' ? RunKind::Command : RunKind::Module;
          (c == 'c' ? options.command : options.module) = value;
          options.argv.push_back(c == 'c' ? "-c" : "-m");
          take_rest(args, i + 1, options);
          have_program = true;
        } else {
          (c == 'W' ? options.warn_options : options.x_options).push_back(value);
        }
        break;  // the rest of this argument was the option's value
      }
      switch (c) {
        case 'b': options.bytes_warning++; break;
        case 'B': options.dont_write_bytecode = true; break;
        case 'd': options.debug++; break;
        case 'E': options.ignore_environment = true; break;
        case 'i': options.inspect = true; break;
        case 'I':
          options.isolated = options.ignore_environment = options.no_user_site = options.safe_path = true;
          break;
        case 'O': options.optimize++; break;
        case 'P': options.safe_path = true; break;
        case 'q': options.quiet = true; break;
        case 's': options.no_user_site = true; break;
        case 'S': options.no_site = true; break;
        case 'u': options.unbuffered = true; break;
        case 'v': options.verbose++; break;
        case 'x': options.skip_first_line = true; break;
        case 'V': options.version++; break;
        case 'h':
        case '?': return print_and_exit(help_text(options.program_name));
        case 'J': return usage_error(options, "-J is reserved for Jython");
        default: return usage_error(options, std::string("Unknown option: -") + c);
      }
    }
    if (have_program) break;
  }

  if (options.version > 0) return print_and_exit(version_text(options.version));
  if (!have_program) {
    options.kind = stdin_is_tty ? RunKind::Repl : RunKind::Stdin;
    options.argv.assign(1, "");
  }
  return {};
}

}  // namespace dx::cli
