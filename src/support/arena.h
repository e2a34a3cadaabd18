// A bump allocator for objects that die together (AST nodes, parse tables).
// Objects allocated here must be trivially destructible: the arena frees
// memory, it never runs destructors.
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <new>
#include <string_view>
#include <type_traits>

namespace dx {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  ~Arena();

  void* allocate(size_t size, size_t align = alignof(std::max_align_t)) {
    uintptr_t p = (reinterpret_cast<uintptr_t>(cur_) + (align - 1)) & ~(uintptr_t)(align - 1);
    if (p + size > reinterpret_cast<uintptr_t>(end_)) return allocate_slow(size, align);
    cur_ = reinterpret_cast<char*>(p + size);
    return reinterpret_cast<void*>(p);
  }

  template <typename T, typename... Args>
  T* make(Args&&... args) {
    static_assert(std::is_trivially_destructible_v<T>);
    return new (allocate(sizeof(T), alignof(T))) T(static_cast<Args&&>(args)...);
  }

  template <typename T>
  T* make_array(size_t n) {
    static_assert(std::is_trivially_destructible_v<T>);
    T* p = static_cast<T*>(allocate(sizeof(T) * (n ? n : 1), alignof(T)));
    for (size_t i = 0; i < n; i++) new (p + i) T();
    return p;
  }

  // Copies bytes into the arena; the result is not NUL-terminated.
  std::string_view copy(std::string_view s) {
    if (s.empty()) return std::string_view("", 0);
    char* p = static_cast<char*>(allocate(s.size(), 1));
    std::memcpy(p, s.data(), s.size());
    return {p, s.size()};
  }

  size_t bytes_allocated() const { return total_; }

 private:
  struct Chunk {
    Chunk* next;
  };
  void* allocate_slow(size_t size, size_t align);

  char* cur_ = nullptr;
  char* end_ = nullptr;
  Chunk* chunks_ = nullptr;
  size_t next_chunk_size_ = 64 * 1024;
  size_t total_ = 0;
};

}  // namespace dx
