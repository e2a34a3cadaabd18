#include "runtime/output.h"

#include <unistd.h>

#include <cerrno>

namespace dx {

namespace {
constexpr size_t kBufferSize = 8192;

void write_fully(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return;  // EPIPE and the like: the bytes are lost, as CPython would report at exit
    }
    bytes.remove_prefix(static_cast<size_t>(n));
  }
}
}  // namespace

OutputStream::OutputStream(int fd) : fd_(fd), line_buffered_(isatty(fd) == 1), unbuffered_(fd == 2) {}

OutputStream::~OutputStream() { flush(); }

void OutputStream::write(std::string_view bytes) {
  if (unbuffered_) {
    write_fully(fd_, bytes);
    return;
  }
  buffer_.append(bytes);
  if (buffer_.size() >= kBufferSize || (line_buffered_ && bytes.find('\n') != std::string_view::npos)) flush();
}

void OutputStream::flush() {
  if (buffer_.empty()) return;
  write_fully(fd_, buffer_);
  buffer_.clear();
}

}  // namespace dx
