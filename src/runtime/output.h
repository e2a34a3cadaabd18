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

 private:
  int fd_;
  bool line_buffered_;
  bool unbuffered_;
  std::string buffer_;
};

}  // namespace dx
