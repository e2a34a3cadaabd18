// The buffer protocol's consumer side and the helpers exporters share.
#include "runtime/buffer.h"

#include <cstring>

#include "runtime/errors.h"

namespace dx {

int object_get_buffer(Object* o, Buffer* view, int flags) {
  BufferProcs* b = type_of(o)->tp_as_buffer;
  if (!b || !b->bf_getbuffer) {
    raise(&exc::TypeError, "a bytes-like object is required, not '%.100s'", type_of(o)->tp_name);
    return -1;
  }
  return b->bf_getbuffer(o, view, flags);
}

void buffer_release(Buffer* view) {
  Object* o = view->obj;
  if (!o) return;
  BufferProcs* b = type_of(o)->tp_as_buffer;
  if (b && b->bf_releasebuffer) b->bf_releasebuffer(o, view);
  view->obj = nullptr;
  decref(o);
}

int buffer_fill_info(Buffer* view, Object* o, void* buf, ssize len, bool readonly, int flags) {
  if ((flags & kBufWritable) && readonly) {
    raise(&exc::BufferError, "Object is not writable.");
    return -1;
  }
  view->obj = o ? newref(o) : nullptr;
  view->buf = buf;
  view->len = len;
  view->readonly = readonly;
  view->itemsize = 1;
  view->format = (flags & kBufFormat) ? const_cast<char*>("B") : nullptr;
  view->ndim = 1;
  view->shape = (flags & kBufNd) == kBufNd ? &view->len : nullptr;
  view->strides = (flags & kBufStrides) == kBufStrides ? &view->itemsize : nullptr;
  view->suboffsets = nullptr;
  view->internal = nullptr;
  return 0;
}

namespace {

bool is_c_contiguous(const Buffer* v) {
  if (v->len == 0 || !v->strides) return true;
  ssize sd = v->itemsize;
  for (int i = v->ndim - 1; i >= 0; i--) {
    ssize dim = v->shape[i];
    if (dim > 1 && v->strides[i] != sd) return false;
    sd *= dim;
  }
  return true;
}

bool is_f_contiguous(const Buffer* v) {
  if (v->len == 0) return true;
  if (!v->strides) {
    // C order without strides: also Fortran order when at most one
    // dimension has more than one item.
    if (v->ndim <= 1) return true;
    if (!v->shape) return true;
    int big = 0;
    for (int i = 0; i < v->ndim; i++) big += v->shape[i] > 1;
    return big <= 1;
  }
  ssize sd = v->itemsize;
  for (int i = 0; i < v->ndim; i++) {
    ssize dim = v->shape[i];
    if (dim > 1 && v->strides[i] != sd) return false;
    sd *= dim;
  }
  return true;
}

// Copies dimension `dim` of the view starting at src, in C order.
void copy_c(char*& dest, const char* src, const Buffer* v, int dim) {
  ssize n = v->shape ? v->shape[dim] : v->len / v->itemsize;
  ssize stride = v->strides ? v->strides[dim] : v->itemsize;
  for (ssize i = 0; i < n; i++) {
    const char* p = src + i * stride;
    if (v->suboffsets && v->suboffsets[dim] >= 0) p = *reinterpret_cast<char* const*>(p) + v->suboffsets[dim];
    if (dim == v->ndim - 1) {
      std::memcpy(dest, p, static_cast<size_t>(v->itemsize));
      dest += v->itemsize;
    } else {
      copy_c(dest, p, v, dim + 1);
    }
  }
}

}  // namespace

bool buffer_is_contiguous(const Buffer* view, char order) {
  if (view->suboffsets) return false;
  if (order == 'C') return is_c_contiguous(view);
  if (order == 'F') return is_f_contiguous(view);
  return is_c_contiguous(view) || is_f_contiguous(view);
}

void buffer_to_contiguous(void* dest, const Buffer* view, char order) {
  if (view->len == 0) return;
  if (buffer_is_contiguous(view, order)) {
    std::memcpy(dest, view->buf, static_cast<size_t>(view->len));
    return;
  }
  if (view->ndim == 0) {
    std::memcpy(dest, view->buf, static_cast<size_t>(view->itemsize));
    return;
  }
  char* d = static_cast<char*>(dest);
  if (order != 'F') {
    copy_c(d, static_cast<const char*>(view->buf), view, 0);
    return;
  }
  // Fortran order: the first index varies fastest.
  int nd = view->ndim;
  ssize index[64] = {};
  ssize total = view->len / view->itemsize;
  for (ssize k = 0; k < total; k++) {
    const char* p = static_cast<const char*>(view->buf);
    for (int i = 0; i < nd; i++) p += index[i] * view->strides[i];
    std::memcpy(d, p, static_cast<size_t>(view->itemsize));
    d += view->itemsize;
    for (int i = 0; i < nd; i++) {
      if (++index[i] < view->shape[i]) break;
      index[i] = 0;
    }
  }
}

}  // namespace dx
