// memoryview: views of native single-character formats in any number of
// dimensions (items, slices and assignment in one dimension, tolist and
// tobytes in all), casts, release and the context manager, equality,
// hashing of read-only byte views, and the views' own buffer export.
// CPython 3.11's rules and messages (Objects/memoryobject.c is the
// reference for behaviour; this is our own code).
#include "objects/memoryview.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/bytes_conversions.h"
#include "objects/bytes_internal.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/buffer.h"
#include "runtime/errors.h"
#include "vm/arguments.h"

namespace dx {

TypeObject MemoryViewType, ManagedBufferType, MemoryIterType;

using bytesimpl::cfunc;

namespace {

constexpr int kMbufReleased = 0x001;
constexpr int kMvReleased = 0x001;
constexpr int kMvC = 0x002;
constexpr int kMvFortran = 0x004;
constexpr int kMvScalar = 0x008;
constexpr int kMvPil = 0x010;
constexpr int kMaxNdim = 64;

inline MemoryViewObject* as_mv(Object* o) { return static_cast<MemoryViewObject*>(o); }

bool is_released(MemoryViewObject* mv) {
  return (mv->flags & kMvReleased) || (mv->mbuf->flags & kMbufReleased);
}

#define CHECK_RELEASED(mv, ret)                                                         \
  do {                                                                                  \
    if (is_released(mv)) {                                                              \
      raise(&exc::ValueError, "operation forbidden on released memoryview object");    \
      return ret;                                                                       \
    }                                                                                   \
  } while (0)

// ---- formats ---------------------------------------------------------------------------

// The item size of a native single-character format ('@' allowed before
// it), or -1.
int native_itemsize(const char* fmt, char* out = nullptr) {
  if (!fmt) fmt = "B";
  if (fmt[0] == '@') fmt++;
  if (!fmt[0] || fmt[1]) return -1;
  if (out) *out = fmt[0];
  switch (fmt[0]) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'n': case 'N': case 'd': case 'P': return 8;
    default: return -1;
  }
}

// The static string of a native format (the view's format must outlive it).
const char* native_format_string(char c) {
  static const char kFormats[] = "c\0b\0B\0?\0h\0H\0i\0I\0f\0l\0L\0q\0Q\0n\0N\0d\0P";
  for (const char* p = kFormats; p < kFormats + sizeof kFormats; p += 2)
    if (*p == c) return p;
  return "B";
}

inline bool is_byte_format(char c) { return c == 'b' || c == 'B' || c == 'c'; }

// The single format character of the view, or NotImplementedError.
const char* adjust_fmt(const Buffer* view) {
  const char* fmt = view->format ? view->format : "B";
  if (fmt[0] == '@') fmt++;
  if (fmt[0] && !fmt[1]) return fmt;
  raise(&exc::NotImplementedError, "memoryview: unsupported format %s", view->format ? view->format : "B");
  return nullptr;
}

template <typename T>
T load(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <typename T>
void store(char* p, T v) {
  std::memcpy(p, &v, sizeof v);
}

Object* unpack_item(const char* p, char fmt) {
  switch (fmt) {
    case 'B': return int_from_int64(load<uint8_t>(p));
    case 'b': return int_from_int64(load<int8_t>(p));
    case 'c': return bytes_from_data(p, 1);
    case '?': return newref(bool_object(load<uint8_t>(p) != 0));
    case 'h': return int_from_int64(load<int16_t>(p));
    case 'H': return int_from_int64(load<uint16_t>(p));
    case 'i': return int_from_int64(load<int32_t>(p));
    case 'I': return int_from_int64(load<uint32_t>(p));
    case 'l': case 'q': case 'n': return int_from_int64(load<int64_t>(p));
    case 'L': case 'Q': case 'N': case 'P': {
      uint64_t v = load<uint64_t>(p);
      if (v <= static_cast<uint64_t>(INT64_MAX)) return int_from_int64(static_cast<int64_t>(v));
      return int_from_byte_data(reinterpret_cast<const unsigned char*>(&v), sizeof v, true, false);
    }
    case 'f': return float_from_double(load<float>(p));
    case 'd': return float_from_double(load<double>(p));
    default: return raise(&exc::NotImplementedError, "memoryview: format %c not supported", fmt);
  }
}

std::nullptr_t type_error_int(const char* fmt) {
  return raise(&exc::TypeError, "memoryview: invalid type for format '%s'", fmt);
}
std::nullptr_t value_error_int(const char* fmt) {
  return raise(&exc::ValueError, "memoryview: invalid value for format '%s'", fmt);
}

// An int item's value: the index of `item`; TypeError becomes "invalid
// type", a value that does not fit "invalid value".
bool item_integer(Object* item, const char* fmt, bool is_unsigned, int64_t lo, uint64_t hi, uint64_t* out) {
  Object* v = number_index(item);
  if (!v) {
    if (error_matches(&exc::TypeError)) {
      clear_error();
      type_error_int(fmt);
    }
    return false;
  }
  auto x = int_to_int64(v);
  bool ok;
  uint64_t bits = 0;
  if (x) {
    ok = is_unsigned ? (*x >= 0 && static_cast<uint64_t>(*x) <= hi) : (*x >= lo && *x <= static_cast<int64_t>(hi));
    bits = static_cast<uint64_t>(*x);
  } else if (is_unsigned && hi == UINT64_MAX && size_of(static_cast<VarObject*>(v)) > 0) {
    // Between 2**63 and 2**64: the low 64 bits, if nothing is above them.
    auto* io = static_cast<IntObject*>(v);
    ssize n = io->ob_size;
    ok = n <= 3;
    for (ssize i = n - 1; ok && i >= 0; i--) bits = (bits << kDigitBits) | io->ob_digit[i];
    if (n == 3 && (io->ob_digit[2] >> 4) != 0) ok = false;
  } else {
    ok = false;
  }
  decref(v);
  if (!ok) {
    value_error_int(fmt);
    return false;
  }
  *out = bits;
  return true;
}

int pack_item(char* p, Object* item, const char* fmt) {
  uint64_t u;
  switch (fmt[0]) {
    case 'b':
      if (!item_integer(item, fmt, false, INT8_MIN, INT8_MAX, &u)) return -1;
      store<int8_t>(p, static_cast<int8_t>(u));
      return 0;
    case 'B':
      if (!item_integer(item, fmt, true, 0, UINT8_MAX, &u)) return -1;
      store<uint8_t>(p, static_cast<uint8_t>(u));
      return 0;
    case 'h':
      if (!item_integer(item, fmt, false, INT16_MIN, INT16_MAX, &u)) return -1;
      store<int16_t>(p, static_cast<int16_t>(u));
      return 0;
    case 'H':
      if (!item_integer(item, fmt, true, 0, UINT16_MAX, &u)) return -1;
      store<uint16_t>(p, static_cast<uint16_t>(u));
      return 0;
    case 'i':
      if (!item_integer(item, fmt, false, INT32_MIN, INT32_MAX, &u)) return -1;
      store<int32_t>(p, static_cast<int32_t>(u));
      return 0;
    case 'I':
      if (!item_integer(item, fmt, true, 0, UINT32_MAX, &u)) return -1;
      store<uint32_t>(p, static_cast<uint32_t>(u));
      return 0;
    case 'l': case 'q': case 'n':
      if (!item_integer(item, fmt, false, INT64_MIN, INT64_MAX, &u)) return -1;
      store<int64_t>(p, static_cast<int64_t>(u));
      return 0;
    case 'L': case 'Q': case 'N': case 'P':
      if (!item_integer(item, fmt, true, 0, UINT64_MAX, &u)) return -1;
      store<uint64_t>(p, u);
      return 0;
    case 'c':
      if (!is_bytes(item)) {
        type_error_int(fmt);
        return -1;
      }
      if (bytes_size(item) != 1) {
        value_error_int(fmt);
        return -1;
      }
      *p = bytes_data(item)[0];
      return 0;
    case '?': {
      int t = object_is_true(item);
      if (t < 0) return -1;
      store<uint8_t>(p, static_cast<uint8_t>(t));
      return 0;
    }
    case 'f': case 'd': {
      double d;
      if (is_float(item)) {
        d = float_value(item);
      } else {
        NumberMethods* nb = type_of(item)->tp_as_number;
        Object* f = nullptr;
        if (nb && nb->nb_float) f = nb->nb_float(item);
        else if (is_index(item)) {
          Object* t = tuple_pack({item});
          f = t ? FloatType.tp_new(&FloatType, t, nullptr) : nullptr;
          xdecref(t);
        }
        if (!f) {
          if (!error_occurred() || error_matches(&exc::TypeError)) {
            clear_error();
            type_error_int(fmt);
          } else if (error_matches(&exc::OverflowError) || error_matches(&exc::ValueError)) {
            clear_error();
            value_error_int(fmt);
          }
          return -1;
        }
        d = float_value(f);
        decref(f);
      }
      if (fmt[0] == 'f') {
        store<float>(p, static_cast<float>(d));  // a plain C conversion, as CPython's
      } else {
        store<double>(p, d);
      }
      return 0;
    }
    default:
      raise(&exc::NotImplementedError, "memoryview: format %s not supported", fmt);
      return -1;
  }
}

// ---- views -----------------------------------------------------------------------------

void init_flags(MemoryViewObject* mv) {
  const Buffer* v = &mv->view;
  int flags = 0;
  if (v->ndim == 0) {
    flags = kMvScalar | kMvC | kMvFortran;
  } else if (v->ndim == 1) {
    if (v->shape[0] == 1 || v->strides[0] == v->itemsize) flags = kMvC | kMvFortran;
  } else {
    if (buffer_is_contiguous(v, 'C')) flags |= kMvC;
    if (buffer_is_contiguous(v, 'F')) flags |= kMvFortran;
  }
  if (v->suboffsets) flags = (flags | kMvPil) & ~(kMvC | kMvFortran);
  mv->flags = flags;
}

void init_len(Buffer* v) {
  ssize len = 1;
  for (int i = 0; i < v->ndim; i++) len *= v->shape[i];
  v->len = len * v->itemsize;
}

void init_strides_from_shape(Buffer* v) {
  v->strides[v->ndim - 1] = v->itemsize;
  for (int i = v->ndim - 2; i >= 0; i--) v->strides[i] = v->strides[i + 1] * v->shape[i + 1];
}

// A new view of `ndim` dimensions on mbuf whose arrays are for the caller
// to fill (the managed buffer gains an export).
MemoryViewObject* memory_alloc(ManagedBufferObject* mbuf, int ndim) {
  size_t size = offsetof(MemoryViewObject, ob_array) + sizeof(ssize) * static_cast<size_t>(3 * (ndim ? ndim : 1));
  auto* mv = static_cast<MemoryViewObject*>(object_alloc(&MemoryViewType, size));
  if (!mv) return nullptr;
  mv->ob_size = 3 * ndim;
  mv->mbuf = mbuf;
  incref(mbuf);
  mbuf->exports++;
  mv->hash = -1;
  mv->flags = 0;
  mv->exports = 0;
  mv->weakreflist = nullptr;
  mv->view = Buffer{};
  mv->view.ndim = ndim;
  mv->view.shape = mv->ob_array;
  mv->view.strides = mv->ob_array + ndim;
  mv->view.suboffsets = mv->ob_array + 2 * ndim;
  return mv;
}

// A view on mbuf copying `src` (the exporter's view or another view).
Object* mbuf_add_view(ManagedBufferObject* mbuf, const Buffer* src) {
  if (src->ndim > kMaxNdim)
    return raise(&exc::ValueError, "memoryview: number of dimensions must not exceed %d", kMaxNdim);
  MemoryViewObject* mv = memory_alloc(mbuf, src->ndim);
  if (!mv) return nullptr;
  Buffer* d = &mv->view;
  d->obj = src->obj;
  d->buf = src->buf;
  d->len = src->len;
  d->itemsize = src->itemsize;
  d->readonly = src->readonly;
  d->format = src->format ? src->format : const_cast<char*>("B");
  d->internal = src->internal;
  if (src->ndim == 0) {
    d->shape = d->strides = nullptr;
  } else if (src->ndim == 1) {
    d->shape[0] = src->shape ? src->shape[0] : src->len / src->itemsize;
    d->strides[0] = src->strides ? src->strides[0] : src->itemsize;
  } else {
    for (int i = 0; i < src->ndim; i++) d->shape[i] = src->shape[i];
    if (src->strides) {
      for (int i = 0; i < src->ndim; i++) d->strides[i] = src->strides[i];
    } else {
      init_strides_from_shape(d);
    }
  }
  if (src->suboffsets) {
    for (int i = 0; i < src->ndim; i++) d->suboffsets[i] = src->suboffsets[i];
  } else {
    d->suboffsets = nullptr;
  }
  init_flags(mv);
  return mv;
}

void mbuf_release(ManagedBufferObject* mbuf) {
  if (mbuf->flags & kMbufReleased) return;
  mbuf->flags |= kMbufReleased;
  buffer_release(&mbuf->master);
}

Object* mbuf_from_object(Object* o) {
  auto* mbuf = alloc_object<ManagedBufferObject>(&ManagedBufferType);
  if (!mbuf) return nullptr;
  mbuf->flags = 0;
  mbuf->exports = 0;
  mbuf->master = Buffer{};
  if (object_get_buffer(o, &mbuf->master, kBufFullRo) < 0) {
    mbuf->master.obj = nullptr;
    mbuf->flags |= kMbufReleased;
    decref(mbuf);
    return nullptr;
  }
  return mbuf;
}

void mbuf_dealloc(Object* o) {
  mbuf_release(static_cast<ManagedBufferObject*>(o));
  object_free(o);
}

// 0, or -1 with BufferError when the view has exports.
int memory_release(MemoryViewObject* mv) {
  if (mv->flags & kMvReleased) return 0;
  if (mv->exports == 0) {
    mv->flags |= kMvReleased;
    if (--mv->mbuf->exports == 0) mbuf_release(mv->mbuf);
    return 0;
  }
  if (mv->exports > 0) {
    raise(&exc::BufferError, "memoryview has %zd exported buffer%s", mv->exports, mv->exports == 1 ? "" : "s");
    return -1;
  }
  return 0;
}

void memory_dealloc(Object* o) {
  auto* mv = as_mv(o);
  if (memory_release(mv) < 0) clear_error();
  decref(mv->mbuf);
  object_free(o);
}

// A pointer to item `index` of dimension `dim`, or IndexError.
char* lookup_dimension(const Buffer* v, char* ptr, int dim, ssize index) {
  ssize n = v->shape[dim];
  if (index < 0) index += n;
  if (index < 0 || index >= n) {
    raise(&exc::IndexError, "index out of bounds on dimension %d", dim + 1);
    return nullptr;
  }
  ptr += v->strides[dim] * index;
  if (v->suboffsets && v->suboffsets[dim] >= 0) ptr = *reinterpret_cast<char**>(ptr) + v->suboffsets[dim];
  return ptr;
}

// Narrows dimension `dim` of v to the slice `key`.
bool init_slice(Buffer* v, Object* key, int dim) {
  ssize start, stop, step;
  if (!slice_unpack(key, &start, &stop, &step)) return false;
  ssize n = slice_adjust_indices(v->shape[dim], &start, &stop, step);
  if (!v->suboffsets || dim == 0) {
    v->buf = static_cast<char*>(v->buf) + v->strides[dim] * start;
  } else {
    ssize i = dim - 1;
    while (i >= 0 && v->suboffsets[i] < 0) i--;
    if (i < 0) v->buf = static_cast<char*>(v->buf) + v->strides[dim] * start;
    else v->suboffsets[i] += v->strides[dim] * start;
  }
  v->shape[dim] = n;
  v->strides[dim] *= step;
  return true;
}

bool is_multiindex(Object* key) {
  if (!is_tuple(key)) return false;
  for (ssize i = 0; i < tuple_size(key); i++)
    if (!is_index(tuple_item(key, i))) return false;
  return true;
}

bool is_multislice(Object* key) {
  if (!is_tuple(key)) return false;
  for (ssize i = 0; i < tuple_size(key); i++)
    if (!is_slice(tuple_item(key, i))) return false;
  return true;
}

char* ptr_from_tuple(const Buffer* v, Object* key) {
  ssize n = tuple_size(key);
  if (n > v->ndim) {
    raise(&exc::TypeError, "cannot index %d-dimension view with %zd-element tuple", v->ndim, n);
    return nullptr;
  }
  char* ptr = static_cast<char*>(v->buf);
  for (ssize d = 0; d < n; d++) {
    ssize index;
    if (!index_as_ssize(tuple_item(key, d), &exc::IndexError, &index)) return nullptr;
    ptr = lookup_dimension(v, ptr, static_cast<int>(d), index);
    if (!ptr) return nullptr;
  }
  return ptr;
}

// ---- the sequence and mapping slots ---------------------------------------------------

ssize memory_length(Object* o) {
  auto* mv = as_mv(o);
  CHECK_RELEASED(mv, -1);
  return mv->view.ndim == 0 ? 1 : mv->view.shape[0];
}

Object* memory_item(MemoryViewObject* mv, ssize index) {
  const Buffer* v = &mv->view;
  const char* fmt = adjust_fmt(v);
  if (!fmt) return nullptr;
  if (v->ndim == 0) return raise(&exc::TypeError, "invalid indexing of 0-dim memory");
  if (v->ndim == 1) {
    char* p = lookup_dimension(v, static_cast<char*>(v->buf), 0, index);
    return p ? unpack_item(p, fmt[0]) : nullptr;
  }
  return raise(&exc::NotImplementedError, "multi-dimensional sub-views are not implemented");
}

Object* memory_subscript(Object* self, Object* key) {
  auto* mv = as_mv(self);
  CHECK_RELEASED(mv, nullptr);
  const Buffer* v = &mv->view;
  if (v->ndim == 0) {
    if (is_tuple(key) && tuple_size(key) == 0) {
      const char* fmt = adjust_fmt(v);
      return fmt ? unpack_item(static_cast<char*>(v->buf), fmt[0]) : nullptr;
    }
    if (key == ellipsis()) return newref(self);
    return raise(&exc::TypeError, "invalid indexing of 0-dim memory");
  }
  if (is_index(key)) {
    ssize index;
    if (!index_as_ssize(key, &exc::IndexError, &index)) return nullptr;
    return memory_item(mv, index);
  }
  if (is_slice(key)) {
    auto* sliced = static_cast<MemoryViewObject*>(mbuf_add_view(mv->mbuf, v));
    if (!sliced) return nullptr;
    if (!init_slice(&sliced->view, key, 0)) {
      decref(sliced);
      return nullptr;
    }
    init_len(&sliced->view);
    init_flags(sliced);
    return sliced;
  }
  if (is_multiindex(key)) {
    const char* fmt = adjust_fmt(v);
    if (!fmt) return nullptr;
    if (tuple_size(key) < v->ndim)
      return raise(&exc::NotImplementedError, "sub-views are not implemented");
    char* p = ptr_from_tuple(v, key);
    return p ? unpack_item(p, fmt[0]) : nullptr;
  }
  if (is_multislice(key)) return raise(&exc::NotImplementedError, "multi-dimensional slicing is not implemented");
  return raise(&exc::TypeError, "memoryview: invalid slice key");
}

// dest and src have the same format, item size and shape.
bool equiv_structure(const Buffer* dest, const Buffer* src) {
  const char* df = dest->format ? dest->format : "B";
  const char* sf = src->format ? src->format : "B";
  if (df[0] == '@') df++;
  if (sf[0] == '@') sf++;
  bool same = std::strcmp(df, sf) == 0 && dest->itemsize == src->itemsize && dest->ndim == src->ndim;
  for (int i = 0; same && i < dest->ndim; i++) {
    ssize ds = dest->shape ? dest->shape[i] : dest->len / dest->itemsize;
    ssize ss = src->shape ? src->shape[i] : src->len / src->itemsize;
    same = ds == ss;
  }
  if (!same) {
    raise(&exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    return false;
  }
  return true;
}

int memory_ass_sub(Object* self, Object* key, Object* value) {
  auto* mv = as_mv(self);
  CHECK_RELEASED(mv, -1);
  Buffer* v = &mv->view;
  const char* fmt = adjust_fmt(v);
  if (!fmt) return -1;
  if (v->readonly) {
    raise(&exc::TypeError, "cannot modify read-only memory");
    return -1;
  }
  if (!value) {
    raise(&exc::TypeError, "cannot delete memory");
    return -1;
  }
  if (v->ndim == 0) {
    if (key == ellipsis() || (is_tuple(key) && tuple_size(key) == 0))
      return pack_item(static_cast<char*>(v->buf), value, fmt);
    raise(&exc::TypeError, "invalid indexing of 0-dim memory");
    return -1;
  }
  if (is_index(key)) {
    if (v->ndim > 1) {
      raise(&exc::NotImplementedError, "sub-views are not implemented");
      return -1;
    }
    ssize index;
    if (!index_as_ssize(key, &exc::IndexError, &index)) return -1;
    char* p = lookup_dimension(v, static_cast<char*>(v->buf), 0, index);
    return p ? pack_item(p, value, fmt) : -1;
  }
  if (is_slice(key) && v->ndim == 1) {
    BufferHolder src;
    if (!src.get(value, kBufFullRo)) return -1;
    Buffer dest = *v;
    ssize arrays[3] = {v->shape[0], v->strides[0], v->suboffsets ? v->suboffsets[0] : 0};
    dest.shape = &arrays[0];
    dest.strides = &arrays[1];
    dest.suboffsets = v->suboffsets ? &arrays[2] : nullptr;
    if (!init_slice(&dest, key, 0)) return -1;
    dest.len = dest.shape[0] * dest.itemsize;
    if (!equiv_structure(&dest, &src.view)) return -1;
    // Copy through a contiguous buffer: source and destination may overlap.
    std::string tmp(static_cast<size_t>(src.view.len), '\0');
    buffer_to_contiguous(tmp.data(), &src.view, 'C');
    for (ssize i = 0; i < dest.shape[0]; i++)
      std::memcpy(static_cast<char*>(dest.buf) + i * dest.strides[0], tmp.data() + i * dest.itemsize,
                  static_cast<size_t>(dest.itemsize));
    return 0;
  }
  if (is_multiindex(key)) {
    if (tuple_size(key) < v->ndim) {
      raise(&exc::NotImplementedError, "sub-views are not implemented");
      return -1;
    }
    char* p = ptr_from_tuple(v, key);
    return p ? pack_item(p, value, fmt) : -1;
  }
  if (is_slice(key) || is_multislice(key)) {
    raise(&exc::NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
    return -1;
  }
  raise(&exc::TypeError, "memoryview: invalid slice key");
  return -1;
}

// ---- comparison and hash ------------------------------------------------------------------

// Unpacks the view's items (C order) into a list for comparison.
Object* items_list(const Buffer* v, char fmt);

bool same_shape(const Buffer* a, const Buffer* b) {
  if (a->ndim != b->ndim) return false;
  for (int i = 0; i < a->ndim; i++) {
    ssize sa = a->shape ? a->shape[i] : a->len / a->itemsize;
    ssize sb = b->shape ? b->shape[i] : b->len / b->itemsize;
    if (sa != sb) return false;
    if (sa == 0) break;
  }
  return true;
}

Object* memory_richcompare(Object* v, Object* w, int op) {
  if (op != kEq && op != kNe) return newref(not_implemented());
  auto* mv = as_mv(v);
  bool equal;
  BufferHolder wb;
  const Buffer* ww;
  if (is_released(mv)) {
    equal = v == w;
  } else if (is_memoryview(w) && is_released(as_mv(w))) {
    equal = v == w;
  } else {
    if (is_memoryview(w)) {
      ww = &as_mv(w)->view;
    } else {
      if (!wb.get(w, kBufFullRo)) {
        clear_error();
        return newref(not_implemented());
      }
      ww = &wb.view;
    }
    const Buffer* vv = &mv->view;
    if (!same_shape(vv, ww)) {
      equal = false;
    } else {
      char vf, wf;
      if (native_itemsize(vv->format, &vf) < 0 || native_itemsize(ww->format, &wf) < 0)
        return raise(&exc::NotImplementedError, "memoryview: format %s not supported",
                     native_itemsize(vv->format) < 0 ? vv->format : ww->format);
      Object* a = items_list(vv, vf);
      Object* b = a ? items_list(ww, wf) : nullptr;
      if (!b) {
        xdecref(a);
        return nullptr;
      }
      int r = object_richcompare_bool(a, b, kEq);
      decref(a);
      decref(b);
      if (r < 0) return nullptr;
      equal = r;
    }
  }
  return newref(bool_object(op == kEq ? equal : !equal));
}

hash_t memory_hash(Object* self) {
  auto* mv = as_mv(self);
  if (mv->hash != -1) return mv->hash;
  CHECK_RELEASED(mv, -1);
  const Buffer* v = &mv->view;
  if (!v->readonly) {
    raise(&exc::ValueError, "cannot hash writable memoryview object");
    return -1;
  }
  char f;
  if (native_itemsize(v->format, &f) < 0 || !is_byte_format(f)) {
    raise(&exc::ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return -1;
  }
  if (v->obj && object_hash(v->obj) == -1) return -1;
  std::string tmp(static_cast<size_t>(v->len), '\0');
  buffer_to_contiguous(tmp.data(), v, 'C');
  mv->hash = bytes_hash_data(tmp.data(), tmp.size());
  return mv->hash;
}

// ---- tolist, tobytes, hex ------------------------------------------------------------

Object* tolist_dim(const Buffer* v, const char* ptr, int dim, char fmt) {
  ssize n = v->shape[dim];
  Object* l = list_new(n);
  if (!l) return nullptr;
  for (ssize i = 0; i < n; i++) {
    const char* p = ptr + i * v->strides[dim];
    if (v->suboffsets && v->suboffsets[dim] >= 0) p = *reinterpret_cast<char* const*>(p) + v->suboffsets[dim];
    Object* item = dim == v->ndim - 1 ? unpack_item(p, fmt) : tolist_dim(v, p, dim + 1, fmt);
    if (!item) {
      decref(l);
      return nullptr;
    }
    list_item(l, i) = item;
  }
  return l;
}

Object* items_list(const Buffer* v, char fmt) {
  if (v->ndim == 0) {
    Object* item = unpack_item(static_cast<const char*>(v->buf), fmt);
    if (!item) return nullptr;
    Object* l = list_new(1);
    if (!l) {
      decref(item);
      return nullptr;
    }
    list_item(l, 0) = item;
    return l;
  }
  if (!v->shape || !v->strides) {
    ssize n = v->len / v->itemsize;
    Object* l = list_new(n);
    if (!l) return nullptr;
    for (ssize i = 0; i < n; i++) {
      Object* item = unpack_item(static_cast<const char*>(v->buf) + i * v->itemsize, fmt);
      if (!item) {
        decref(l);
        return nullptr;
      }
      list_item(l, i) = item;
    }
    return l;
  }
  return tolist_dim(v, static_cast<const char*>(v->buf), 0, fmt);
}

Object* m_tolist(Object* self, Object*) {
  auto* mv = as_mv(self);
  CHECK_RELEASED(mv, nullptr);
  const Buffer* v = &mv->view;
  const char* fmt = adjust_fmt(v);
  if (!fmt) return nullptr;
  char f;
  if (native_itemsize(fmt, &f) < 0)
    return raise(&exc::NotImplementedError, "memoryview: format %s not supported", fmt);
  if (v->ndim == 0) return unpack_item(static_cast<const char*>(v->buf), f);
  return tolist_dim(v, static_cast<const char*>(v->buf), 0, f);
}

Object* m_tobytes(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"order"};
  Object* values[1];
  if (!parse_args(ArgSpec{"tobytes", kNames, 1, 0}, args, nargs, kwnames, values)) return nullptr;
  char order = 'C';
  if (values[0] && !is_none(values[0])) {
    if (!is_str(values[0]))
      return raise(&exc::TypeError, "tobytes() argument 'order' must be str or None, not %.50s",
                   type_of(values[0])->tp_name);
    std::string_view o = str_utf8(values[0]);
    if (o == "F") order = 'F';
    else if (o == "A") order = 'A';
    else if (o != "C") return raise(&exc::ValueError, "order must be 'C', 'F' or 'A'");
  }
  auto* mv = as_mv(self);
  CHECK_RELEASED(mv, nullptr);
  Object* r = bytes_new_uninitialized(mv->view.len);
  if (r) buffer_to_contiguous(bytes_data(r), &mv->view, order);
  return r;
}

Object* m_hex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"sep", "bytes_per_sep"};
  Object* values[2];
  if (!parse_args(ArgSpec{"hex", kNames, 2, 0}, args, nargs, kwnames, values)) return nullptr;
  auto* mv = as_mv(self);
  CHECK_RELEASED(mv, nullptr);
  std::string tmp(static_cast<size_t>(mv->view.len), '\0');
  buffer_to_contiguous(tmp.data(), &mv->view, 'C');
  return bytesimpl::hex_with_separator(tmp, values[0], values[1]);
}

Object* m_release(Object* self, Object*) {
  if (memory_release(as_mv(self)) < 0) return nullptr;
  return return_none();
}

Object* m_enter(Object* self, Object*) {
  CHECK_RELEASED(as_mv(self), nullptr);
  return newref(self);
}

Object* m_exit(Object* self, Object* const*, ssize) { return m_release(self, nullptr); }

Object* m_toreadonly(Object* self, Object*) {
  auto* mv = as_mv(self);
  CHECK_RELEASED(mv, nullptr);
  auto* r = static_cast<MemoryViewObject*>(mbuf_add_view(mv->mbuf, &mv->view));
  if (r) r->view.readonly = 1;
  return r;
}

// ---- cast ------------------------------------------------------------------------------

bool zero_in_shape(const Buffer* v) {
  for (int i = 0; i < v->ndim; i++)
    if (v->shape[i] == 0) return true;
  return false;
}

Object* m_cast(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"format", "shape"};
  Object* values[2];
  if (!parse_args(ArgSpec{"cast", kNames, 2, 1}, args, nargs, kwnames, values)) return nullptr;
  Object* format = values[0];
  Object* shape = values[1];
  if (!is_str(format))
    return raise(&exc::TypeError, "cast() argument 'format' must be str, not %.50s",
                 is_none(format) ? "None" : type_of(format)->tp_name);
  auto* mv = as_mv(self);
  CHECK_RELEASED(mv, nullptr);
  if (!(mv->flags & kMvC)) return raise(&exc::TypeError, "memoryview: casts are restricted to C-contiguous views");
  if ((shape || mv->view.ndim != 1) && zero_in_shape(&mv->view))
    return raise(&exc::TypeError, "memoryview: cannot cast view with zeros in shape or strides");
  ssize ndim = 1;
  if (shape) {
    if (!is_list(shape) && !is_tuple(shape)) return raise(&exc::TypeError, "shape must be a list or a tuple");
    ndim = is_list(shape) ? list_size(shape) : tuple_size(shape);
    if (ndim > kMaxNdim)
      return raise(&exc::ValueError, "memoryview: number of dimensions must not exceed %d", kMaxNdim);
    if (mv->view.ndim != 1 && ndim != 1)
      return raise(&exc::TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
  }
  // The destination format.
  std::string_view f = str_utf8(format);
  char dest;
  int itemsize = -1;
  if (f.data() && f.find('\0') == std::string_view::npos) itemsize = native_itemsize(std::string(f).c_str(), &dest);
  if (itemsize < 0) {
    clear_error();
    return raise(&exc::ValueError,
                 "memoryview: destination format must be a native single character format prefixed with an "
                 "optional '@'");
  }
  char src;
  if ((native_itemsize(mv->view.format, &src) < 0 || !is_byte_format(src)) && !is_byte_format(dest))
    return raise(&exc::TypeError, "memoryview: cannot cast between two non-byte formats");
  if (mv->view.len % itemsize) return raise(&exc::TypeError, "memoryview: length is not a multiple of itemsize");
  // The new view: 1-D of the new format, then reshaped.
  MemoryViewObject* r = memory_alloc(mv->mbuf, ndim == 0 ? 1 : static_cast<int>(ndim));
  if (!r) return nullptr;
  Buffer* v = &r->view;
  v->obj = mv->view.obj;
  v->buf = mv->view.buf;
  v->len = mv->view.len;
  v->readonly = mv->view.readonly;
  v->internal = mv->view.internal;
  v->format = const_cast<char*>(native_format_string(dest));
  v->itemsize = itemsize;
  v->ndim = 1;
  v->shape[0] = v->len / itemsize;
  v->strides[0] = itemsize;
  v->suboffsets = nullptr;
  if (shape) {
    ssize product = 1;
    for (ssize i = 0; i < ndim; i++) {
      Object* x = is_list(shape) ? list_item(shape, i) : tuple_item(shape, i);
      if (!is_int(x)) {
        decref(r);
        return raise(&exc::TypeError, "memoryview.cast(): elements of shape must be integers");
      }
      auto val = int_to_int64(x);
      if (!val || *val <= 0) {
        decref(r);
        if (!val)
          return raise(&exc::ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
        return raise(&exc::ValueError, "memoryview.cast(): elements of shape must be integers > 0");
      }
      if (*val > INT64_MAX / product) {
        decref(r);
        return raise(&exc::ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
      }
      product *= *val;
      v->shape[i] = *val;
    }
    if (product * itemsize != v->len) {
      decref(r);
      return raise(&exc::TypeError, "memoryview: product(shape) * itemsize != buffer size");
    }
    v->ndim = static_cast<int>(ndim);
    if (ndim == 0) {
      v->shape = nullptr;
      v->strides = nullptr;
    } else {
      v->strides = r->ob_array + ndim;
      init_strides_from_shape(v);
    }
  }
  init_flags(r);
  return r;
}

// ---- attributes --------------------------------------------------------------------

Object* ssize_tuple(int n, const ssize* values) {
  if (!values) return tuple_new(0);
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (int i = 0; i < n; i++) {
    Object* x = int_from_int64(values[i]);
    if (!x) {
      decref(t);
      return nullptr;
    }
    tuple_item(t, i) = x;
  }
  return t;
}

#define GETTER(name, expr)                      \
  Object* get_##name(Object* self, void*) {     \
    auto* mv = as_mv(self);                     \
    CHECK_RELEASED(mv, nullptr);                \
    const Buffer* v = &mv->view;                \
    (void)v;                                    \
    return expr;                                \
  }

GETTER(obj, newref(v->obj ? v->obj : none()))
GETTER(nbytes, int_from_int64(v->len))
GETTER(readonly, newref(bool_object(v->readonly != 0)))
GETTER(itemsize, int_from_int64(v->itemsize))
GETTER(format, str_from_utf8(v->format ? v->format : "B"))
GETTER(ndim, int_from_int64(v->ndim))
GETTER(shape, ssize_tuple(v->ndim, v->shape))
GETTER(strides, ssize_tuple(v->ndim, v->strides))
GETTER(suboffsets, ssize_tuple(v->ndim, v->suboffsets))
GETTER(c_contiguous, newref(bool_object(mv->flags & kMvC)))
GETTER(f_contiguous, newref(bool_object(mv->flags & kMvFortran)))
GETTER(contiguous, newref(bool_object(mv->flags & (kMvC | kMvFortran))))

GetSetDef memory_getset[] = {
    {"obj", get_obj, nullptr, "The underlying object of the memoryview.", nullptr},
    {"nbytes", get_nbytes, nullptr, nullptr, nullptr},
    {"readonly", get_readonly, nullptr, "A bool indicating whether the memory is read only.", nullptr},
    {"itemsize", get_itemsize, nullptr, "The size in bytes of each element of the memoryview.", nullptr},
    {"format", get_format, nullptr, nullptr, nullptr},
    {"ndim", get_ndim, nullptr, nullptr, nullptr},
    {"shape", get_shape, nullptr, nullptr, nullptr},
    {"strides", get_strides, nullptr, nullptr, nullptr},
    {"suboffsets", get_suboffsets, nullptr, nullptr, nullptr},
    {"c_contiguous", get_c_contiguous, nullptr, "A bool indicating whether the memory is C contiguous.", nullptr},
    {"f_contiguous", get_f_contiguous, nullptr, "A bool indicating whether the memory is Fortran contiguous.", nullptr},
    {"contiguous", get_contiguous, nullptr, "A bool indicating whether the memory is contiguous.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MethodDef memory_methods[] = {
    {"release", cfunc(m_release), kMethNoArgs, "Release the underlying buffer exposed by the memoryview object."},
    {"tobytes", cfunc(m_tobytes), kMethFastcall | kMethKeywords, nullptr},
    {"hex", cfunc(m_hex), kMethFastcall | kMethKeywords, nullptr},
    {"tolist", cfunc(m_tolist), kMethNoArgs, "Return the data in the buffer as a list of elements."},
    {"cast", cfunc(m_cast), kMethFastcall | kMethKeywords, "Cast a memoryview to a new format or shape."},
    {"toreadonly", cfunc(m_toreadonly), kMethNoArgs, "Return a readonly version of the memoryview."},
    {"__enter__", cfunc(m_enter), kMethNoArgs, nullptr},
    {"__exit__", cfunc(m_exit), kMethFastcall, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// ---- repr, the buffer export, memoryview() -----------------------------------------------

Object* memory_repr(Object* self) {
  char buf[64];
  std::snprintf(buf, sizeof buf, is_released(as_mv(self)) ? "<released memory at %p>" : "<memory at %p>",
                static_cast<void*>(self));
  return str_from_ascii(buf);
}

int memory_getbuf(Object* self, Buffer* view, int flags) {
  auto* mv = as_mv(self);
  CHECK_RELEASED(mv, -1);
  const Buffer* base = &mv->view;
  int baseflags = mv->flags;
  *view = *base;
  view->obj = nullptr;
  auto fail = [](const char* message) {
    raise(&exc::BufferError, "%s", message);
    return -1;
  };
  if ((flags & kBufWritable) && base->readonly) return fail("memoryview: underlying buffer is not writable");
  if (!(flags & kBufFormat)) view->format = nullptr;
  if ((flags & kBufCContiguous) == kBufCContiguous && !(baseflags & kMvC))
    return fail("memoryview: underlying buffer is not C-contiguous");
  if ((flags & kBufFContiguous) == kBufFContiguous && !(baseflags & kMvFortran))
    return fail("memoryview: underlying buffer is not Fortran contiguous");
  if ((flags & kBufAnyContiguous) == kBufAnyContiguous && !(baseflags & (kMvC | kMvFortran)))
    return fail("memoryview: underlying buffer is not contiguous");
  if ((flags & kBufIndirect) != kBufIndirect && (baseflags & kMvPil))
    return fail("memoryview: underlying buffer requires suboffsets");
  if ((flags & kBufStrides) != kBufStrides) {
    if (!(baseflags & kMvC)) return fail("memoryview: underlying buffer is not C-contiguous");
    view->strides = nullptr;
  }
  if ((flags & kBufNd) != kBufNd) {
    if (view->format)
      return fail("memoryview: cannot cast to unsigned bytes if the format flag is present");
    view->ndim = 1;
    view->shape = nullptr;
  }
  view->obj = newref(self);
  mv->exports++;
  return 0;
}

void memory_releasebuf(Object* self, Buffer*) { as_mv(self)->exports--; }

Object* memory_tp_new(TypeObject*, Object* args, Object* kwargs) {
  static const char* const kNames[] = {"object"};
  Object* values[1];
  if (!parse_tuple_and_keywords(args, kwargs, "memoryview", kNames, 1, 1, values)) return nullptr;
  return memoryview_from_object(values[0]);
}

// ---- the iterator ----------------------------------------------------------------------

struct MemoryIterObject : Object {
  ssize it_index;
  MemoryViewObject* it_seq;  // null once exhausted
  ssize it_length;
  char it_fmt;
};

Object* memory_iter(Object* self) {
  auto* mv = as_mv(self);
  CHECK_RELEASED(mv, nullptr);
  const Buffer* v = &mv->view;
  if (v->ndim == 0) return raise(&exc::TypeError, "invalid indexing of 0-dim memory");
  if (v->ndim != 1) return raise(&exc::NotImplementedError, "multi-dimensional sub-views are not implemented");
  const char* fmt = adjust_fmt(v);
  if (!fmt) return nullptr;
  auto* it = alloc_object<MemoryIterObject>(&MemoryIterType);
  if (!it) return nullptr;
  it->it_index = 0;
  it->it_seq = mv;
  incref(mv);
  it->it_length = v->shape[0];
  it->it_fmt = fmt[0];
  return it;
}

Object* memoryiter_next(Object* o) {
  auto* it = static_cast<MemoryIterObject*>(o);
  MemoryViewObject* mv = it->it_seq;
  if (!mv) return nullptr;
  if (it->it_index < it->it_length) {
    CHECK_RELEASED(mv, nullptr);
    const Buffer* v = &mv->view;
    char* p = lookup_dimension(v, static_cast<char*>(v->buf), 0, it->it_index++);
    return p ? unpack_item(p, it->it_fmt) : nullptr;
  }
  it->it_seq = nullptr;
  decref(mv);
  return nullptr;
}

void memoryiter_dealloc(Object* o) {
  xdecref(static_cast<MemoryIterObject*>(o)->it_seq);
  object_free(o);
}

Object* iter_self(Object* o) { return newref(o); }

SequenceMethods memory_as_sequence;
MappingMethods memory_as_mapping;
BufferProcs memory_as_buffer;

}  // namespace

Object* memoryview_from_object(Object* o) {
  if (is_memoryview(o)) {
    auto* mv = as_mv(o);
    CHECK_RELEASED(mv, nullptr);
    return mbuf_add_view(mv->mbuf, &mv->view);
  }
  if (!has_buffer(o))
    return raise(&exc::TypeError, "memoryview: a bytes-like object is required, not '%.200s'", type_of(o)->tp_name);
  auto* mbuf = static_cast<ManagedBufferObject*>(mbuf_from_object(o));
  if (!mbuf) return nullptr;
  Object* r = mbuf_add_view(mbuf, &mbuf->master);
  decref(mbuf);
  return r;
}

void init_memoryview_types() {
  memory_as_sequence.sq_length = memory_length;
  memory_as_mapping.mp_length = memory_length;
  memory_as_mapping.mp_subscript = memory_subscript;
  memory_as_mapping.mp_ass_subscript = memory_ass_sub;
  memory_as_buffer.bf_getbuffer = memory_getbuf;
  memory_as_buffer.bf_releasebuffer = memory_releasebuf;

  TypeObject& t = MemoryViewType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "memoryview";
  t.tp_basicsize = offsetof(MemoryViewObject, ob_array);
  t.tp_itemsize = sizeof(ssize);
  t.tp_dealloc = memory_dealloc;
  t.tp_repr = memory_repr;
  t.tp_as_sequence = &memory_as_sequence;
  t.tp_as_mapping = &memory_as_mapping;
  t.tp_hash = memory_hash;
  t.tp_as_buffer = &memory_as_buffer;
  t.tp_flags = kTpDefault | kTpSequence | kTpImmutableType;
  t.tp_doc = "Create a new memoryview object which references the given object.";
  t.tp_richcompare = memory_richcompare;
  t.tp_weaklistoffset = offsetof(MemoryViewObject, weakreflist);
  t.tp_iter = memory_iter;
  t.tp_methods = memory_methods;
  t.tp_getset = memory_getset;
  t.tp_new = memory_tp_new;

  TypeObject& m = ManagedBufferType;
  m.ob_refcnt = kImmortalRefcnt;
  m.tp_name = "managedbuffer";
  m.tp_basicsize = sizeof(ManagedBufferObject);
  m.tp_dealloc = mbuf_dealloc;
  m.tp_flags = kTpDefault | kTpDisallowInstantiation;

  TypeObject& it = MemoryIterType;
  it.ob_refcnt = kImmortalRefcnt;
  it.tp_name = "memory_iterator";
  it.tp_basicsize = sizeof(MemoryIterObject);
  it.tp_dealloc = memoryiter_dealloc;
  it.tp_iter = iter_self;
  it.tp_iternext = memoryiter_next;
  it.tp_flags = kTpDefault | kTpDisallowInstantiation;
}

}  // namespace dx
