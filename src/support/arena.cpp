#include "support/arena.h"

#include <cstdlib>

namespace dx {

Arena::~Arena() {
  while (chunks_) {
    Chunk* next = chunks_->next;
    std::free(chunks_);
    chunks_ = next;
  }
}

void* Arena::allocate_slow(size_t size, size_t align) {
  size_t need = size + align + sizeof(Chunk);
  size_t chunk_size = next_chunk_size_;
  if (chunk_size < need) chunk_size = need;
  if (next_chunk_size_ < 16 * 1024 * 1024) next_chunk_size_ *= 2;
  auto* chunk = static_cast<Chunk*>(std::malloc(chunk_size));
  if (!chunk) throw std::bad_alloc();  // only reachable from the parser's top level, caught there
  chunk->next = chunks_;
  chunks_ = chunk;
  total_ += chunk_size;
  cur_ = reinterpret_cast<char*>(chunk + 1);
  end_ = reinterpret_cast<char*>(chunk) + chunk_size;
  return allocate(size, align);
}

}  // namespace dx
