// The dxpy command line, parsed with python3's conventions: short options may
// be grouped (-bE), an option's argument may be attached (-cCMD, -Wd) or
// follow, and -c, -m, a file name or `-` ends the options (what follows goes
// to sys.argv).
#pragma once
#include <string>
#include <vector>

namespace dx::cli {

enum class RunKind : uint8_t {
  Repl,        // no program given and stdin is a terminal
  Stdin,       // `-`, or no program given and stdin is not a terminal
  Command,     // -c CMD
  Module,      // -m MOD
  File,        // FILE
  DumpAst,     // --dump-ast FILE / --dump-ast-positions FILE (dx-py only)
  DumpSymtable,  // --dump-symtable FILE (dx-py only)
};

struct Options {
  std::string program_name;  // argv[0], printed in usage and error messages

  RunKind kind = RunKind::Stdin;
  std::string command;  // -c
  std::string module;   // -m
  std::string file;     // FILE, or the file of --dump-ast / --dump-symtable
  bool dump_positions = false;
  bool disassemble = false;  // --dis FILE: print the compiled code instead of running it (dx-py only)
  // sys.argv: argv[0] is the script path, "-c", "-m" (CPython later replaces
  // it by the module's path) or "" for stdin and the REPL.
  std::vector<std::string> argv;
  std::vector<std::string> orig_argv;  // sys.orig_argv: the command line as given

  // -V given once prints the version, twice or more the long form.
  int version = 0;

  // Flags accepted for compatibility; the runtime will honour them.
  int bytes_warning = 0;     // -b, -bb
  bool dont_write_bytecode = false;  // -B
  int debug = 0;             // -d
  bool ignore_environment = false;   // -E (and -I)
  bool inspect = false;      // -i
  bool isolated = false;     // -I
  int optimize = 0;          // -O, -OO
  bool safe_path = false;    // -P (and -I)
  bool quiet = false;        // -q
  bool no_user_site = false; // -s (and -I)
  bool no_site = false;      // -S
  bool unbuffered = false;   // -u
  int verbose = 0;           // -v
  bool skip_first_line = false;  // -x
  std::vector<std::string> warn_options;  // -W
  std::vector<std::string> x_options;     // -X
  std::string check_hash_based_pycs = "default";
};

// What parse_command_line decided: go on and run `options`, or exit now with
// `exit_status` after printing `out` to stdout and `err` to stderr.
struct ParseOutcome {
  bool exit_now = false;
  int exit_status = 0;
  std::string out, err;
};

// Parses argv (argv[0] included). `stdin_is_tty` decides between the REPL and
// reading the program from stdin when no program is named.
ParseOutcome parse_command_line(const std::vector<std::string>& args, bool stdin_is_tty, Options& options);

// The texts printed by -h, --help-env, --help-xoptions, -V and -VV.
std::string help_text(const std::string& program_name);
std::string help_env_text();
std::string help_xoptions_text();
std::string version_text(int level);

}  // namespace dx::cli
