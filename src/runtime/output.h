// Buffered writing of sys.stdout and sys.stderr's bytes until the io module
// exists, in CPython's two layers: text written through print() and
// sys.stdout.write() waits in a pending buffer (as TextIOWrapper's) and
// reaches the binary buffer (BufferedWriter's, where sys.stdout.buffer
// writes go) when it passes 8 KB, at a newline when line-buffered (stdout on
// a terminal, stderr always) or on flush; the binary buffer reaches the
// file when it passes 8 KB or on flush. With -u both layers write through.
#pragma once
#include <string>
#include <string_view>

namespace dx {

class OutputStream {
 public:
  explicit OutputStream(int fd);
  ~OutputStream();
  // Text (the bytes of encoded str).
  void write(std::string_view bytes);
  // Bytes written to the binary layer (sys.stdout.buffer.write).
  void write_binary(std::string_view bytes);
  void flush();
  // sys.stdout.buffer.flush(): the binary layer only.
  void flush_binary_layer() { flush_binary(); }
  // -u / PYTHONUNBUFFERED: every write goes out at once.
  void set_unbuffered() {
    flush();
    unbuffered_ = true;
  }
  bool line_buffered() const { return line_buffered_ && !unbuffered_; }

 private:
  void flush_binary();
  int fd_;
  bool line_buffered_;
  bool unbuffered_ = false;
  std::string pending_;  // text not yet passed to the binary layer
  std::string buffer_;   // the binary layer
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
