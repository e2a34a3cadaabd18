// The outcome of the object-independent text functions (format specs, number
// text): success, or the exception the caller is to raise, with CPython's
// message. The runtime turns a failed status into a pending exception.
#pragma once
#include <cstdint>
#include <string>
#include <utility>

namespace dx {

enum class ExcKind : uint8_t {
  kNone,
  kValueError,
  kOverflowError,
  kTypeError,
  kZeroDivisionError,
  kMemoryError,
  // A callback already set the exception (the runtime's pending exception).
  kPending,
};

struct [[nodiscard]] TextStatus {
  ExcKind kind = ExcKind::kNone;
  std::string message;

  bool ok() const { return kind == ExcKind::kNone; }
  static TextStatus success() { return {}; }
  static TextStatus error(ExcKind kind, std::string message) { return {kind, std::move(message)}; }
  static TextStatus value_error(std::string message) { return {ExcKind::kValueError, std::move(message)}; }
  static TextStatus overflow_error(std::string message) { return {ExcKind::kOverflowError, std::move(message)}; }
  static TextStatus type_error(std::string message) { return {ExcKind::kTypeError, std::move(message)}; }
  static TextStatus memory_error() { return {ExcKind::kMemoryError, std::string()}; }
};

// Propagates a failed status: DX_TRY_TEXT(parse(...));
#define DX_TRY_TEXT(expr)                    \
  do {                                       \
    ::dx::TextStatus dx_try_status_ = (expr); \
    if (!dx_try_status_.ok()) return dx_try_status_; \
  } while (0)

// A width or precision asking for more than this many characters is refused
// with MemoryError instead of attempting the allocation (CPython fails the
// allocation itself, at a size that depends on the machine).
inline constexpr int64_t kMaxFormattedSize = int64_t(1) << 33;

}  // namespace dx
