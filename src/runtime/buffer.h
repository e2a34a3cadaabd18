// The buffer protocol (PEP 3118): an exporter (bytes, bytearray, memoryview,
// later array and numpy) fills a Buffer describing its memory through its
// tp_as_buffer->bf_getbuffer; the consumer releases it when done, which lets
// a resizable exporter (bytearray) refuse to move memory while it is viewed.
#pragma once
#include <string_view>

#include "runtime/object.h"

namespace dx {

// The request flags (PyBUF_*), with CPython's values.
constexpr int kBufSimple = 0;
constexpr int kBufWritable = 0x0001;
constexpr int kBufFormat = 0x0004;
constexpr int kBufNd = 0x0008;
constexpr int kBufStrides = 0x0010 | kBufNd;
constexpr int kBufCContiguous = 0x0020 | kBufStrides;
constexpr int kBufFContiguous = 0x0040 | kBufStrides;
constexpr int kBufAnyContiguous = 0x0080 | kBufStrides;
constexpr int kBufIndirect = 0x0100 | kBufStrides;
constexpr int kBufContigRo = kBufNd;
constexpr int kBufStridedRo = kBufStrides;
constexpr int kBufRecordsRo = kBufStrides | kBufFormat;
constexpr int kBufFullRo = kBufIndirect | kBufFormat;
constexpr int kBufFull = kBufFullRo | kBufWritable;
// memoryview's flags for PyMemoryView_FromMemory.
constexpr int kBufRead = 0x100;
constexpr int kBufWrite = 0x200;

// Whether o exports buffers (PyObject_CheckBuffer).
inline bool has_buffer(const Object* o) {
  BufferProcs* b = type_of(o)->tp_as_buffer;
  return b && b->bf_getbuffer;
}

// PyObject_GetBuffer: 0, or -1 with TypeError "a bytes-like object is
// required, not 'str'" (or the exporter's BufferError). A successful view
// must be given to buffer_release.
int object_get_buffer(Object* o, Buffer* view, int flags);
// PyBuffer_Release: tells the exporter and drops view->obj (null afterwards).
void buffer_release(Buffer* view);
// PyBuffer_FillInfo: a contiguous one-dimensional unsigned-byte view of
// buf[0..len) exported by `o`. -1 with BufferError "Object is not writable."
// when the consumer asks for write access to read-only memory.
int buffer_fill_info(Buffer* view, Object* o, void* buf, ssize len, bool readonly, int flags);

// Whether the view's memory is contiguous in C (row-major, order 'C'),
// Fortran ('F') or either ('A') order (PyBuffer_IsContiguous).
bool buffer_is_contiguous(const Buffer* view, char order);
// Copies the view's bytes, in C or Fortran order, to dest (view->len bytes).
void buffer_to_contiguous(void* dest, const Buffer* view, char order);

// A simple view held for the duration of a call: `bytes` is valid until
// the holder is destroyed. get() returns false with the error set.
struct BufferHolder {
  Buffer view{};
  bool held = false;
  BufferHolder() = default;
  BufferHolder(const BufferHolder&) = delete;
  BufferHolder& operator=(const BufferHolder&) = delete;
  ~BufferHolder() {
    if (held) buffer_release(&view);
  }
  bool get(Object* o, int flags = kBufSimple) {
    if (object_get_buffer(o, &view, flags) < 0) return false;
    held = true;
    return true;
  }
  const char* data() const { return static_cast<const char*>(view.buf); }
  ssize size() const { return view.len; }
  std::string_view bytes() const { return {data(), static_cast<size_t>(view.len)}; }
};

}  // namespace dx
