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

bool InputStream::read_line(std::string* line) {
  line->clear();
  for (;;) {
    size_t nl = buffer_.find('\n', pos_);
    if (nl != std::string::npos) {
      line->append(buffer_, pos_, nl + 1 - pos_);
      pos_ = nl + 1;
      return true;
    }
    line->append(buffer_, pos_, std::string::npos);
    buffer_.clear();
    pos_ = 0;
    if (eof_) return !line->empty();
    char chunk[kBufferSize];
    ssize_t n = ::read(fd_, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      eof_ = true;
      return !line->empty();
    }
    buffer_.assign(chunk, static_cast<size_t>(n));
  }
}

}  // namespace dx
