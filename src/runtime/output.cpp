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

OutputStream::OutputStream(int fd) : fd_(fd), line_buffered_(fd == 2 || isatty(fd) == 1) {}

OutputStream::~OutputStream() { flush(); }

void OutputStream::write(std::string_view bytes) {
  if (unbuffered_) {
    write_fully(fd_, bytes);
    return;
  }
  pending_.append(bytes);
  bool line_flush = line_buffered_ && bytes.find_first_of("\n\r") != std::string_view::npos;
  if (pending_.size() > kBufferSize || line_flush) {
    write_binary(pending_);
    pending_.clear();
  }
  if (line_flush) flush_binary();
}

void OutputStream::write_binary(std::string_view bytes) {
  if (unbuffered_) {
    write_fully(fd_, bytes);
    return;
  }
  buffer_.append(bytes);
  if (buffer_.size() >= kBufferSize) flush_binary();
}

void OutputStream::flush_binary() {
  if (buffer_.empty()) return;
  write_fully(fd_, buffer_);
  buffer_.clear();
}

void OutputStream::flush() {
  if (!pending_.empty()) {
    write_binary(pending_);
    pending_.clear();
  }
  flush_binary();
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
