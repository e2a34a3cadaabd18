// Buffered writing of sys.stdout and sys.stderr's bytes until the io module
// exists: stdout is line-buffered on a terminal and block-buffered
// otherwise (as CPython's), stderr is written at once.
#pragma once
#include <string>
#include <string_view>

namespace dx {

class OutputStream {
 public:
  explicit OutputStream(int fd);
  ~OutputStream();
  void write(std::string_view bytes);
  void flush();
  // -u / PYTHONUNBUFFERED: every write goes out at once.
  void set_unbuffered() {
    flush();
    unbuffered_ = true;
  }

 private:
  int fd_;
  bool line_buffered_;
  bool unbuffered_;
  std::string buffer_;
};

// Buffered reading of sys.stdin's bytes by lines, for input() until the io
// module exists. Lines end at "\n" only, as CPython's stdin splits them on
// POSIX (a "\r" stays in the line).
class InputStream {
 public:
  explicit InputStream(int fd) : fd_(fd) {}
  // The next line with its '\n' (the last one may lack it); false at end of
  // input (or on a read error).
  bool read_line(std::string* line);

 private:
  int fd_;
  std::string buffer_;
  size_t pos_ = 0;
  bool eof_ = false;
};

}  // namespace dx
