// Finding and reading the program dxpy is asked to run, with python3.11's
// messages when it cannot be found or read.
#pragma once
#include <string>

#include "cli/options.h"

namespace dx::cli {

struct ProgramSource {
  std::string bytes;     // the file's raw bytes (or the -c text)
  std::string filename;  // as tracebacks name it: the absolute path, "<stdin>", "<string>"
  bool is_text = false;  // already UTF-8 text (-c): no BOM or coding cookie handling
};

// Reads the program at `path` ("-" reads stdin). A directory runs its
// __main__.py. On failure prints CPython's message and returns the exit
// status (2 for a file that cannot be opened, 1 for a directory without
// __main__.py); returns 0 on success.
int load_program(const Options& options, const std::string& path, ProgramSource& out);

// Finds the source of module `options.module` (-m) on the search path: the
// current directory, then the standard library (DXPY_STDLIB unless -E/-I).
// A package runs its __main__.py. Returns 0, or 1 after printing CPython's message.
int load_module(const Options& options, ProgramSource& out);

// The CPython Lib directory the runtime uses (DXPY_STDLIB unless -E/-I,
// else the one found at build time).
std::string stdlib_directory(const Options& options);

// repr() of a path as CPython shows it: undecodable bytes appear as
// surrogate escapes ('\udcff').
std::string path_repr(const std::string& path);

}  // namespace dx::cli
