#include "cli/source_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

#include "support/repr.h"
#include "support/unicode.h"

namespace dx::cli {
namespace {

void print_error(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

std::string current_directory() {
  std::vector<char> buf(4096);
  while (getcwd(buf.data(), buf.size()) == nullptr) {
    if (errno != ERANGE) return ".";
    buf.resize(buf.size() * 2);
  }
  return buf.data();
}

// The absolute form CPython shows in its messages: cwd joined, not normalized.
std::string absolute_path(const std::string& path) {
  if (path.empty()) return current_directory();
  if (path[0] == '/') return path;
  return current_directory() + "/" + path;
}

std::string join_path(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

bool is_directory(const std::string& path) {
  struct stat st;
  return stat(path.empty() ? "." : path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool is_regular_file(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// Reads all of `fd`; returns 0 or an errno value.
int read_all(int fd, std::string& out) {
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) out.reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n == 0) return 0;
    if (n < 0) {
      if (errno == EINTR) continue;
      return errno;
    }
    out.append(buf, static_cast<size_t>(n));
  }
}

int cannot_open(const Options& options, const std::string& path, int error) {
  print_error(options.program_name + ": can't open file " + path_repr(absolute_path(path)) + ": [Errno " +
              std::to_string(error) + "] " + std::strerror(error) + "\n");
  return 2;
}

// Where -m looks for modules: the current directory, then the standard library.
std::vector<std::string> module_search_path(const Options& options) {
  return {current_directory(), stdlib_directory(options)};
}

std::vector<std::string> split_dotted(const std::string& name) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    size_t dot = name.find('.', start);
    parts.push_back(name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
    if (dot == std::string::npos) return parts;
    start = dot + 1;
  }
}

}  // namespace

std::string stdlib_directory(const Options& options) {
  const char* env = options.ignore_environment ? nullptr : std::getenv("DXPY_STDLIB");
  return env && *env ? env : DXPY_DEFAULT_STDLIB;
}

std::string path_repr(const std::string& path) {
  // Decode as the file system encoding does (UTF-8 with surrogateescape).
  std::string text;
  size_t i = 0;
  while (i < path.size()) {
    unsigned char c = static_cast<unsigned char>(path[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    bool valid = len > 0 && i + len <= path.size();
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; valid && k < len; k++) {
      unsigned char cc = static_cast<unsigned char>(path[i + k]);
      valid = (cc & 0xC0) == 0x80;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (valid && (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) valid = false;
    if (valid) {
      text.append(path, i, len);
      i += len;
    } else {
      unicode::append_utf8(text, 0xDC00 + c);
      i++;
    }
  }
  std::string out;
  append_str_repr(out, text);
  return out;
}

int load_program(const Options& options, const std::string& path, ProgramSource& out) {
  if (path == "-") {
    out.filename = "<stdin>";
    if (int error = read_all(STDIN_FILENO, out.bytes); error != 0) return cannot_open(options, "<stdin>", error);
    return 0;
  }
  std::string file = path;
  if (is_directory(path)) {
    file = join_path(path, "__main__.py");
    if (!is_regular_file(file)) {
      print_error(options.program_name + ": can't find '__main__' module in " + path_repr(absolute_path(path)) + "\n");
      return 1;
    }
  }
  int fd = open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return cannot_open(options, file, errno);
  int error = read_all(fd, out.bytes);
  close(fd);
  if (error != 0) return cannot_open(options, file, error);
  // CPython names the main script by its absolute path (joined with the
  // current directory, not normalized) in tracebacks and decoding errors.
  out.filename = absolute_path(file);
  if (options.skip_first_line && options.kind == RunKind::File) {
    // -x: drop the first line's text but keep its newline, so that line
    // numbers still count it (as python3.11 reports them).
    size_t newline = out.bytes.find('\n');
    out.bytes.erase(0, newline == std::string::npos ? out.bytes.size() : newline);
  }
  return 0;
}

int load_module(const Options& options, ProgramSource& out) {
  const std::string& name = options.module;
  const std::string prefix = options.program_name + ": ";
  if (!name.empty() && name[0] == '.') {
    print_error(prefix + "Relative module names not supported\n");
    return 1;
  }
  std::vector<std::string> parts = split_dotted(name);
  bool parent_found = parts.size() == 1;
  std::string found;
  for (const std::string& root : module_search_path(options)) {
    std::string dir = root;
    bool ok = !name.empty();
    for (size_t k = 0; ok && k + 1 < parts.size(); k++) {
      dir = join_path(dir, parts[k]);
      ok = !parts[k].empty() && is_directory(dir);
    }
    if (!ok) continue;
    parent_found = true;
    const std::string& leaf = parts.back();
    if (leaf.empty()) continue;
    std::string package = join_path(dir, leaf);
    if (is_regular_file(join_path(package, "__init__.py")) ||
        (is_directory(package) && !is_regular_file(package + ".py"))) {
      found = join_path(package, "__main__.py");
      if (!is_regular_file(found)) {
        print_error(prefix + "No module named " + name + ".__main__; '" + name +
                    "' is a package and cannot be directly executed\n");
        return 1;
      }
      break;
    }
    if (is_regular_file(package + ".py")) {
      found = package + ".py";
      break;
    }
  }
  if (found.empty()) {
    if (parent_found) {
      print_error(prefix + "No module named " + name + "\n");
    } else {
      print_error(prefix + "Error while finding module specification for '" + name +
                  "' (ModuleNotFoundError: No module named '" + parts[0] + "')\n");
    }
    return 1;
  }
  return load_program(options, found, out);
}

}  // namespace dx::cli
