// The bytes type: storage (the shared empty and one-byte objects), repr,
// hash, comparison, the sequence and mapping slots, the iterator, the
// buffer export and bytes(). The methods shared with bytearray are in
// bytes_methods.cpp, % formatting in bytes_format.cpp.
#include <xxhash.h>

#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/bytes_internal.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/instance_attrs.h"
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
#include "runtime/names.h"
#include "support/repr.h"
#include "vm/arguments.h"

namespace dx {

TypeObject BytesType, BytesIterType;

namespace bytesimpl {

// ---- argument checks shared by the bytes family -------------------------------------

bool no_keywords(Object* kwnames, const char* name) {
  if (kwnames && tuple_size(kwnames) > 0) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  return true;
}


bool check_tuple_count(const char* name, ssize nargs, ssize min, ssize max) {
  if (nargs < min || nargs > max) {
    ssize n = nargs < min ? min : max;
    raise(&exc::TypeError, "%s() takes %s %zd argument%s (%zd given)", name,
          min == max ? "exactly" : nargs < min ? "at least" : "at most", n, n == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

bool arg_ssize(Object* o, ssize* out) {
  Object* v = number_index(o);
  if (!v) return false;
  auto x = int_to_int64(v);
  decref(v);
  if (!x) {
    raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  *out = static_cast<ssize>(*x);
  return true;
}

bool arg_int(Object* o, int* out) {
  if (is_float(o)) {
    raise(&exc::TypeError, "'float' object cannot be interpreted as an integer");
    return false;
  }
  Object* v = number_index(o);
  if (!v) return false;
  auto x = int_to_int64(v);
  decref(v);
  if (!x || *x > INT32_MAX || *x < INT32_MIN) {
    raise(&exc::OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<int>(*x);
  return true;
}

bool byte_value(Object* o, const char* range_message, int* out) {
  Object* v = number_index(o);
  if (!v) return false;
  auto x = int_to_int64(v);
  decref(v);
  if (!x || *x < 0 || *x > 255) {
    raise(&exc::ValueError, "%s", range_message);
    return false;
  }
  *out = static_cast<int>(*x);
  return true;
}

bool append_iterable(Object* iterable, std::string& out, const char* range_message) {
  if (is_list(iterable) || is_tuple(iterable)) {
    // Items are read one at a time: __index__ may change a list.
    for (ssize i = 0;; i++) {
      ssize n = is_list(iterable) ? list_size(iterable) : tuple_size(iterable);
      if (i >= n) break;
      Object* item = newref(is_list(iterable) ? list_item(iterable, i) : tuple_item(iterable, i));
      int b;
      bool ok = byte_value(item, range_message, &b);
      decref(item);
      if (!ok) return false;
      out.push_back(static_cast<char>(b));
    }
    return true;
  }
  Object* it = object_get_iter(iterable);
  if (!it) return false;
  while (Object* item = iter_next(it)) {
    int b;
    bool ok = byte_value(item, range_message, &b);
    decref(item);
    if (!ok) {
      decref(it);
      return false;
    }
    out.push_back(static_cast<char>(b));
  }
  decref(it);
  return !error_occurred();
}

Object* bytes_alloc(TypeObject* type, ssize n) {
  if (n < 0 || n > INT64_MAX - 64) return raise_no_memory();
  BytesObject* b;
  if (type == &BytesType) {
    b = static_cast<BytesObject*>(object_alloc(type, offsetof(BytesObject, ob_sval) + static_cast<size_t>(n) + 1));
    if (!b) return nullptr;
  } else {
    // A subclass: its basicsize covers the NUL; the dict slot (when it
    // has one) follows the data, where instance_dict_slot looks for it.
    size_t size = (static_cast<size_t>(type->tp_basicsize) + static_cast<size_t>(n) + 1 + 7) & ~size_t(7);
    b = static_cast<BytesObject*>(object_alloc_zeroed(type, size));
    if (!b) return nullptr;
    if (is_heap_type(type)) incref(reinterpret_cast<Object*>(type));
  }
  b->ob_size = n;
  b->ob_shash = -1;
  b->ob_sval[n] = 0;
  return b;
}

Object* compare_bytes(std::string_view a, std::string_view b, int op) {
  bool r;
  if ((op == kEq || op == kNe) && a.size() != b.size()) {
    r = op == kNe;
  } else {
    size_t n = a.size() < b.size() ? a.size() : b.size();
    int c = n ? std::memcmp(a.data(), b.data(), n) : 0;
    if (c == 0) c = a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
    switch (op) {
      case kLt: r = c < 0; break;
      case kLe: r = c <= 0; break;
      case kEq: r = c == 0; break;
      case kNe: r = c != 0; break;
      case kGt: r = c > 0; break;
      default: r = c >= 0; break;
    }
  }
  return newref(bool_object(r));
}

}  // namespace bytesimpl

using namespace bytesimpl;

namespace {

// The shared empty bytes and one-byte bytes (immortal, made at start-up).
Object* empty_bytes = nullptr;
Object* single_bytes[256];

ssize bytes_length(Object* o) { return bytes_size(o); }

Object* bytes_repr(Object* o) {
  std::string out;
  append_bytes_repr(out, bytes_view(o));
  return str_from_ascii(out);
}

hash_t bytes_hash(Object* o) {
  auto* b = static_cast<BytesObject*>(o);
  if (b->ob_shash == -1) b->ob_shash = bytes_hash_data(b->ob_sval, static_cast<size_t>(b->ob_size));
  return b->ob_shash;
}

Object* bytes_richcompare(Object* a, Object* b, int op) {
  if (!is_bytes(a) || !is_bytes(b)) return newref(not_implemented());
  if (a == b) return newref(bool_object(op == kEq || op == kLe || op == kGe));
  return compare_bytes(bytes_view(a), bytes_view(b), op);
}

Object* bytes_sq_concat(Object* a, Object* b) {
  Object* r = bytes_concat(a, b);
  if (!r) {
    clear_error();
    return raise(&exc::TypeError, "can't concat %.100s to %.100s", type_of(b)->tp_name, type_of(a)->tp_name);
  }
  return r;
}

Object* bytes_repeat(Object* a, ssize n) {
  ssize size = bytes_size(a);
  if (n < 0) n = 0;
  if (n == 1 && is_bytes_exact(a)) return newref(a);
  if (size && n > (INT64_MAX - 64) / size) return raise(&exc::OverflowError, "repeated bytes are too long");
  ssize total = size * n;
  if (total == 0) return bytes_from_data(nullptr, 0);
  Object* r = bytes_new_uninitialized(total);
  if (!r) return nullptr;
  char* d = bytes_data(r);
  if (size == 1) {
    std::memset(d, bytes_data(a)[0], static_cast<size_t>(total));
  } else {
    std::memcpy(d, bytes_data(a), static_cast<size_t>(size));
    ssize done = size;
    while (done < total) {
      ssize chunk = done <= total - done ? done : total - done;
      std::memcpy(d + done, d, static_cast<size_t>(chunk));
      done += chunk;
    }
  }
  return r;
}

Object* bytes_item(Object* a, ssize i) {
  if (i < 0 || i >= bytes_size(a)) return raise(&exc::IndexError, "index out of range");
  return int_from_int64(static_cast<unsigned char>(bytes_data(a)[i]));
}

int bytes_contains(Object* self, Object* arg) {
  std::string_view s = bytes_view(self);
  if (is_index(arg)) {
    ssize v;
    if (!index_as_ssize(arg, nullptr, &v)) return -1;
    if (v < 0 || v >= 256) {
      raise(&exc::ValueError, "byte must be in range(0, 256)");
      return -1;
    }
    return s.find(static_cast<char>(v)) != std::string_view::npos;
  }
  BufferHolder h;
  if (!h.get(arg)) return -1;
  return s.find(h.bytes()) != std::string_view::npos;
}

Object* bytes_subscript(Object* self, Object* key) {
  if (is_index(key)) {
    ssize i;
    if (!index_as_ssize(key, &exc::IndexError, &i)) return nullptr;
    if (i < 0) i += bytes_size(self);
    return bytes_item(self, i);
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
    ssize n = slice_adjust_indices(bytes_size(self), &start, &stop, step);
    if (n <= 0) return bytes_from_data(nullptr, 0);
    if (step == 1) {
      if (n == bytes_size(self) && is_bytes_exact(self)) return newref(self);
      return bytes_from_data(bytes_data(self) + start, n);
    }
    Object* r = bytes_new_uninitialized(n);
    if (!r) return nullptr;
    const char* src = bytes_data(self);
    char* d = bytes_data(r);
    for (ssize i = 0, cur = start; i < n; i++, cur += step) d[i] = src[cur];
    return r;
  }
  return raise(&exc::TypeError, "byte indices must be integers or slices, not %.200s", type_of(key)->tp_name);
}

int bytes_getbuffer(Object* self, Buffer* view, int flags) {
  return buffer_fill_info(view, self, bytes_data(self), bytes_size(self), true, flags);
}

Object* bytes_mod(Object* self, Object* args) {
  if (!is_bytes(self)) return newref(not_implemented());
  return bytes_percent_format(bytes_view(self), args);
}

// ---- the iterator ------------------------------------------------------------------

Object* bytes_iter(Object* self) {
  auto* it = alloc_object<BytesIterObject>(&BytesIterType);
  if (!it) return nullptr;
  it->it_index = 0;
  it->it_seq = newref(self);
  return it;
}

Object* bytesiter_next(Object* o) {
  auto* it = static_cast<BytesIterObject*>(o);
  Object* seq = it->it_seq;
  if (!seq) return nullptr;
  if (it->it_index < bytes_size(seq))
    return int_from_int64(static_cast<unsigned char>(bytes_data(seq)[it->it_index++]));
  it->it_seq = nullptr;
  decref(seq);
  return nullptr;
}

Object* bytesiter_length_hint(Object* o, Object*) {
  auto* it = static_cast<BytesIterObject*>(o);
  ssize n = it->it_seq ? bytes_size(it->it_seq) - it->it_index : 0;
  return int_from_int64(n < 0 ? 0 : n);
}

void bytesiter_dealloc(Object* o) {
  xdecref(static_cast<BytesIterObject*>(o)->it_seq);
  object_free(o);
}

Object* iter_self(Object* o) { return newref(o); }

MethodDef bytesiter_methods[] = {
    {"__length_hint__", cfunc(bytesiter_length_hint), kMethNoArgs,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- bytes() -------------------------------------------------------------------------

// A copy of exact bytes `tmp` as an instance of subclass `type` (steals tmp).
Object* subtype_copy(TypeObject* type, Object* tmp) {
  if (!tmp || type == &BytesType) return tmp;
  Object* r = bytes_alloc(type, bytes_size(tmp));
  if (r) std::memcpy(bytes_data(r), bytes_data(tmp), static_cast<size_t>(bytes_size(tmp)));
  decref(tmp);
  return r;
}

Object* bytes_new_impl(Object* x, Object* encoding_obj, Object* errors_obj) {
  if (!x) {
    if (encoding_obj || errors_obj)
      return raise(&exc::TypeError, encoding_obj ? "encoding without a string argument"
                                                 : "errors without a string argument");
    return bytes_from_data(nullptr, 0);
  }
  if (encoding_obj) {
    std::string_view encoding, errors = "strict";
    if (!codec_argument(encoding_obj, "bytes", "encoding", &encoding)) return nullptr;
    if (errors_obj && !codec_argument(errors_obj, "bytes", "errors", &errors)) return nullptr;
    if (!is_str(x)) return raise(&exc::TypeError, "encoding without a string argument");
    return encode_str(x, encoding, errors);
  }
  if (errors_obj) {
    std::string_view errors;
    if (!codec_argument(errors_obj, "bytes", "errors", &errors)) return nullptr;
    return raise(&exc::TypeError, is_str(x) ? "string argument without an encoding" : "errors without a string argument");
  }
  if (Object* f = lookup_special(x, names::dunder_bytes)) {
    Object* r = object_vectorcall(f, nullptr, 0, nullptr);
    decref(f);
    if (r && !is_bytes(r)) {
      raise(&exc::TypeError, "__bytes__ returned non-bytes (type %.200s)", type_of(r)->tp_name);
      decref(r);
      return nullptr;
    }
    return r;
  }
  if (error_occurred()) return nullptr;
  if (is_str(x)) return raise(&exc::TypeError, "string argument without an encoding");
  if (is_index(x)) {
    ssize n;
    if (index_as_ssize(x, &exc::OverflowError, &n)) {
      if (n < 0) return raise(&exc::ValueError, "negative count");
      Object* r = bytes_new_uninitialized(n);
      if (r) std::memset(bytes_data(r), 0, static_cast<size_t>(n));
      return r;
    }
    if (!error_matches(&exc::TypeError)) return nullptr;
    clear_error();
  }
  return bytes_from_object(x);
}

Object* bytes_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  static const char* const kNames[] = {"source", "encoding", "errors"};
  Object* values[3];
  if (!parse_tuple_and_keywords(args, kwargs, "bytes", kNames, 3, 0, values)) return nullptr;
  // (bytes(x) gives what x.__bytes__ returned, even a subclass, as CPython.)
  Object* r = bytes_new_impl(values[0], values[1], values[2]);
  if (r && type != &BytesType) return subtype_copy(type, r);
  return r;
}

Object* bytes_getnewargs(Object* self, Object*) {
  Object* copy = bytes_from_data(bytes_data(self), bytes_size(self));
  if (!copy) return nullptr;
  Object* t = tuple_pack({copy});
  decref(copy);
  return t;
}

Object* bytes_dunder_bytes(Object* self, Object*) {
  if (is_bytes_exact(self)) return newref(self);
  return bytes_from_data(bytes_data(self), bytes_size(self));
}

void bytes_dealloc(Object* o) { object_free(o); }

SequenceMethods bytes_as_sequence;
MappingMethods bytes_as_mapping;
NumberMethods bytes_as_number;
BufferProcs bytes_as_buffer;
MethodDef bytes_methods[64];  // the 42 shared methods and bytes' own, filled at start-up

}  // namespace

// ---- the helpers of bytes.h ---------------------------------------------------------------

hash_t bytes_hash_data(const void* data, size_t n) {
  if (n == 0) return 0;  // as CPython's hash of b'' (and of '')
  auto h = static_cast<hash_t>(XXH3_64bits(data, n));
  return h == -1 ? -2 : h;
}

Object* bytes_new_uninitialized(ssize n) { return bytes_alloc(&BytesType, n); }

Object* bytes_from_data(const void* data, ssize n) {
  if (n == 0 && empty_bytes) return newref(empty_bytes);
  if (n == 1 && empty_bytes) return newref(single_bytes[*static_cast<const unsigned char*>(data)]);
  Object* r = bytes_new_uninitialized(n);
  if (r && n) std::memcpy(bytes_data(r), data, static_cast<size_t>(n));
  return r;
}

int bytes_resize(Object** pv, ssize n) {
  Object* v = *pv;
  if (n == bytes_size(v)) return 0;
  auto* b = static_cast<BytesObject*>(mem_realloc(v, offsetof(BytesObject, ob_sval) + static_cast<size_t>(n) + 1));
  if (!b) {
    decref(v);
    *pv = nullptr;
    raise_no_memory();
    return -1;
  }
  b->ob_size = n;
  b->ob_shash = -1;
  b->ob_sval[n] = 0;
  *pv = b;
  return 0;
}

Object* bytes_concat(Object* a, Object* b) {
  BufferHolder va, vb;
  if (!va.get(a) || !vb.get(b)) return nullptr;
  if (vb.size() == 0 && is_bytes_exact(a)) return newref(a);
  if (va.size() == 0 && is_bytes_exact(b)) return newref(b);
  if (va.size() > INT64_MAX - 64 - vb.size()) return raise_no_memory();
  Object* r = bytes_new_uninitialized(va.size() + vb.size());
  if (!r) return nullptr;
  std::memcpy(bytes_data(r), va.data(), static_cast<size_t>(va.size()));
  std::memcpy(bytes_data(r) + va.size(), vb.data(), static_cast<size_t>(vb.size()));
  return r;
}

Object* bytes_from_object(Object* x) {
  if (is_bytes_exact(x)) return newref(x);
  if (has_buffer(x)) {
    BufferHolder h;
    if (!h.get(x, kBufFullRo)) return nullptr;
    if (buffer_is_contiguous(&h.view, 'C')) return bytes_from_data(h.data(), h.size());
    Object* r = bytes_new_uninitialized(h.size());
    if (r) buffer_to_contiguous(bytes_data(r), &h.view, 'C');
    return r;
  }
  if (!is_str(x)) {
    TypeObject* t = type_of(x);
    if (t->tp_iter || (t->tp_as_sequence && t->tp_as_sequence->sq_item)) {
      std::string out;
      if (!append_iterable(x, out, "bytes must be in range(0, 256)")) return nullptr;
      return bytes_from_string(out);
    }
  }
  return raise(&exc::TypeError, "cannot convert '%.200s' object to bytes", type_of(x)->tp_name);
}

void init_bytes_types() {
  bytes_as_sequence.sq_length = bytes_length;
  bytes_as_sequence.sq_concat = bytes_sq_concat;
  bytes_as_sequence.sq_repeat = bytes_repeat;
  bytes_as_sequence.sq_item = bytes_item;
  bytes_as_sequence.sq_contains = bytes_contains;
  bytes_as_mapping.mp_length = bytes_length;
  bytes_as_mapping.mp_subscript = bytes_subscript;
  bytes_as_number.nb_remainder = bytes_mod;
  bytes_as_buffer.bf_getbuffer = bytes_getbuffer;

  int n = fill_bytes_methods(bytes_methods);
  bytes_methods[n++] = {"__getnewargs__", cfunc(bytes_getnewargs), kMethNoArgs, nullptr};
  bytes_methods[n++] = {"__bytes__", cfunc(bytes_dunder_bytes), kMethNoArgs,
                        "Convert this value to exact type bytes."};
  bytes_methods[n] = {nullptr, nullptr, 0, nullptr};

  TypeObject& t = BytesType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "bytes";
  t.tp_basicsize = offsetof(BytesObject, ob_sval) + 1;  // PyBytesObject_SIZE
  t.tp_itemsize = 1;
  t.tp_dealloc = bytes_dealloc;
  t.tp_repr = bytes_repr;
  t.tp_as_number = &bytes_as_number;
  t.tp_as_sequence = &bytes_as_sequence;
  t.tp_as_mapping = &bytes_as_mapping;
  t.tp_hash = bytes_hash;
  t.tp_as_buffer = &bytes_as_buffer;
  t.tp_flags = kTpDefault | kTpBaseType | kTpBytesSubclass | kTpMatchSelf | kTpImmutableType;
  t.tp_doc =
      "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
      "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the "
      "parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of "
      "bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified "
      "encoding\n  - any object implementing the buffer API.\n  - an integer";
  t.tp_richcompare = bytes_richcompare;
  t.tp_iter = bytes_iter;
  t.tp_methods = bytes_methods;
  t.tp_new = bytes_tp_new;

  TypeObject& it = BytesIterType;
  it.ob_refcnt = kImmortalRefcnt;
  it.tp_name = "bytes_iterator";
  it.tp_basicsize = sizeof(BytesIterObject);
  it.tp_dealloc = bytesiter_dealloc;
  it.tp_iter = iter_self;
  it.tp_iternext = bytesiter_next;
  it.tp_methods = bytesiter_methods;
  it.tp_flags = kTpDefault | kTpDisallowInstantiation | kTpImmutableType;

  // The shared objects: b'' and b'\x00' ... b'\xff'.
  empty_bytes = bytes_new_uninitialized(0);
  empty_bytes->ob_refcnt = kImmortalRefcnt;
  bytes_hash(empty_bytes);
  for (int c = 0; c < 256; c++) {
    Object* b = bytes_new_uninitialized(1);
    bytes_data(b)[0] = static_cast<char>(c);
    b->ob_refcnt = kImmortalRefcnt;
    bytes_hash(b);
    single_bytes[c] = b;
  }
}

}  // namespace dx
