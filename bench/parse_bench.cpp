// Parses a list of Python files in one process and prints the time taken.
//
//   dxpy_parse_bench [--repeat N] [--list FILE] [FILE...]
//
// The files are read into memory first; each timed run parses every file
// (parse_source, one arena per file, as a module import would) and prints
// "run K: SECONDS s" on its own line, then a summary line. bench/parse_stdlib.py
// drives it and compares with CPython's ast.parse.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parser/parser.h"
#include "support/arena.h"

namespace {

struct SourceFile {
  std::string name, bytes;
};

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  int repeat = 1;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; i++) {
    std::string arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else if (arg == "--list" && i + 1 < argc) {
      std::ifstream list(argv[++i]);
      for (std::string line; std::getline(list, line);) {
        if (!line.empty()) paths.push_back(line);
      }
    } else {
      paths.push_back(arg);
    }
  }
  if (paths.empty() || repeat < 1) {
    std::fprintf(stderr, "usage: %s [--repeat N] [--list FILE] [FILE...]\n", argv[0]);
    return 2;
  }

  std::vector<SourceFile> files;
  size_t total_bytes = 0;
  for (const std::string& path : paths) {
    SourceFile f{path, {}};
    if (!read_file(path, f.bytes)) {
      std::fprintf(stderr, "cannot read %s\n", path.c_str());
      return 1;
    }
    total_bytes += f.bytes.size();
    files.push_back(std::move(f));
  }

  double best = 0;
  size_t errors = 0, arena_bytes = 0;
  for (int run = 1; run <= repeat; run++) {
    errors = arena_bytes = 0;
    auto start = std::chrono::steady_clock::now();
    for (const SourceFile& f : files) {
      dx::Arena arena;
      dx::parser::ParseResult r = dx::parser::parse_source(f.bytes, f.name, dx::parser::ParseMode::File, arena);
      if (r.error) errors++;
      arena_bytes += arena.bytes_allocated();
    }
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (run == 1 || seconds < best) best = seconds;
    std::printf("run %d: %.6f s\n", run, seconds);
  }
  std::printf("files %zu, bytes %zu, syntax errors %zu, arena bytes %zu, best %.6f s\n", files.size(), total_bytes,
              errors, arena_bytes, best);
  return 0;
}
