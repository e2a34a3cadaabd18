// Runs a python3.11 script and hands back its output lines, for tests that
// compare dx-py with CPython on samples too large to write into the test.
// The interpreter is $DXPY_PYTHON311 or /usr/bin/python3.11; a test whose
// oracle is missing should GTEST_SKIP.
#pragma once
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace dx::test {

inline const char* python311_path() {
  const char* env = std::getenv("DXPY_PYTHON311");
  return env && *env ? env : "/usr/bin/python3.11";
}

inline bool python311_available() { return access(python311_path(), X_OK) == 0; }

// Runs `script`; false if python3.11 is missing or the script failed.
inline bool run_python311(std::string_view script, std::vector<std::string>* lines) {
  lines->clear();
  if (!python311_available()) return false;
  char path[] = "/tmp/dxpy_oracle_XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return false;
  bool wrote = write(fd, script.data(), script.size()) == ssize_t(script.size());
  close(fd);
  if (!wrote) {
    unlink(path);
    return false;
  }
  std::string cmd = std::string(python311_path()) + " " + path;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) {
    unlink(path);
    return false;
  }
  std::string out;
  char buf[65536];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int status = pclose(p);
  unlink(path);
  size_t start = 0;
  while (start < out.size()) {
    size_t nl = out.find('\n', start);
    if (nl == std::string::npos) nl = out.size();
    lines->emplace_back(out, start, nl - start);
    start = nl + 1;
  }
  return status == 0;
}

inline std::string from_hex(std::string_view hex) {
  auto nibble = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
  std::string s;
  s.reserve(hex.size() / 2);
  for (size_t i = 0; i + 1 < hex.size(); i += 2) s.push_back(char(nibble(hex[i]) << 4 | nibble(hex[i + 1])));
  return s;
}

inline std::string to_hex(std::string_view s) {
  static const char digits[] = "0123456789abcdef";
  std::string h;
  h.reserve(s.size() * 2);
  for (unsigned char c : s) {
    h.push_back(digits[c >> 4]);
    h.push_back(digits[c & 15]);
  }
  return h;
}

// Splits a line on tabs.
inline std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      parts.push_back(line.substr(start));
      return parts;
    }
    parts.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
}

}  // namespace dx::test
