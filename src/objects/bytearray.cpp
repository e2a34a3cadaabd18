// The bytearray type: CPython 3.11's storage rules (growth, the logical
// start that makes deleting from the front cheap, so that __alloc__ and
// sys.getsizeof agree), the mutating methods, item and slice assignment,
// the buffer export (a viewed bytearray cannot be resized), bytearray().
// The methods shared with bytes are in bytes_methods.cpp.
#include <cstring>
#include <string>

#include "objects/bytes.h"
#include "objects/bytes_internal.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
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

TypeObject ByteArrayType, ByteArrayIterType;

using namespace bytesimpl;

namespace {

inline ByteArrayObject* as_ba(Object* o) { return static_cast<ByteArrayObject*>(o); }
inline std::string_view ba_view(Object* o) {
  return {bytearray_data(o), static_cast<size_t>(bytearray_size(o))};
}

bool can_resize(ByteArrayObject* b) {
  if (b->ob_exports > 0) {
    raise(&exc::BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
  }
  return true;
}

constexpr const char* kByteRange = "byte must be in range(0, 256)";

// ---- repr, comparison ----------------------------------------------------------------

Object* bytearray_repr(Object* self) {
  // As bytes' repr, except that ' is escaped even inside double quotes.
  std::string_view s = ba_view(self);
  char quote = '\'';
  for (char c : s) {
    if (c == '"') {
      quote = '\'';
      break;
    }
    if (c == '\'') quote = '"';
  }
  static const char kHex[] = "0123456789abcdef";
  std::string out = type_short_name(type_of(self));
  out += "(b";
  out.push_back(quote);
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    if (c == '\'' || c == '\\') {
      out.push_back('\\');
      out.push_back(ch);
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < ' ' || c >= 0x7f) {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(ch);
    }
  }
  out.push_back(quote);
  out += ')';
  return str_from_utf8(out);
}

Object* bytearray_richcompare(Object* a, Object* b, int op) {
  if (!has_buffer(a) || !has_buffer(b)) return newref(not_implemented());
  BufferHolder va, vb;
  if (!va.get(a) || !vb.get(b)) {
    clear_error();
    return newref(not_implemented());
  }
  return compare_bytes(va.bytes(), vb.bytes(), op);
}

// ---- sequence slots -----------------------------------------------------------------

ssize ba_length(Object* o) { return bytearray_size(o); }

Object* ba_concat(Object* a, Object* b) {
  BufferHolder va, vb;
  if (!va.get(a) || !vb.get(b)) {
    clear_error();
    return raise(&exc::TypeError, "can't concat %.100s to %.100s", type_of(b)->tp_name, type_of(a)->tp_name);
  }
  Object* r = bytearray_from_data(nullptr, 0);
  if (!r || bytearray_resize(r, va.size() + vb.size()) < 0) {
    xdecref(r);
    return nullptr;
  }
  if (va.size()) std::memcpy(bytearray_data(r), va.data(), static_cast<size_t>(va.size()));
  if (vb.size()) std::memcpy(bytearray_data(r) + va.size(), vb.data(), static_cast<size_t>(vb.size()));
  return r;
}

// The bytes of `src` repeated n times into dest (which has room).
void repeat_into(char* dest, const char* src, ssize size, ssize n) {
  if (size == 0 || n == 0) return;
  std::memmove(dest, src, static_cast<size_t>(size));
  ssize total = size * n, done = size;
  while (done < total) {
    ssize chunk = done <= total - done ? done : total - done;
    std::memcpy(dest + done, dest, static_cast<size_t>(chunk));
    done += chunk;
  }
}

Object* ba_repeat(Object* a, ssize n) {
  if (n < 0) n = 0;
  ssize size = bytearray_size(a);
  if (size && n > (INT64_MAX - 64) / size) return raise_no_memory();
  Object* r = bytearray_from_data(nullptr, 0);
  if (!r || bytearray_resize(r, size * n) < 0) {
    xdecref(r);
    return nullptr;
  }
  repeat_into(bytearray_data(r), bytearray_data(a), size, n);
  return r;
}

Object* ba_inplace_concat(Object* self, Object* other) {
  BufferHolder v;
  if (!v.get(other)) {
    clear_error();
    return raise(&exc::TypeError, "can't concat %.100s to %.100s", type_of(other)->tp_name, type_of(self)->tp_name);
  }
  ssize size = bytearray_size(self);
  if (size > INT64_MAX - v.size()) return raise_no_memory();
  // While `other` is viewed, self += self cannot grow (as in CPython).
  if (bytearray_resize(self, size + v.size()) < 0) return nullptr;
  if (v.size()) std::memcpy(bytearray_data(self) + size, v.data(), static_cast<size_t>(v.size()));
  return newref(self);
}

Object* ba_inplace_repeat(Object* self, ssize n) {
  if (n < 0) n = 0;
  ssize size = bytearray_size(self);
  if (size && n > (INT64_MAX - 64) / size) return raise_no_memory();
  if (bytearray_resize(self, size * n) < 0) return nullptr;
  char* d = bytearray_data(self);
  ssize total = size * n, done = size;
  while (done < total) {
    ssize chunk = done <= total - done ? done : total - done;
    std::memcpy(d + done, d, static_cast<size_t>(chunk));
    done += chunk;
  }
  return newref(self);
}

Object* ba_item(Object* self, ssize i) {
  if (i < 0 || i >= bytearray_size(self)) return raise(&exc::IndexError, "bytearray index out of range");
  return int_from_int64(static_cast<unsigned char>(bytearray_data(self)[i]));
}

int ba_contains(Object* self, Object* arg) {
  if (is_index(arg)) {
    ssize v;
    if (!index_as_ssize(arg, nullptr, &v)) return -1;
    if (v < 0 || v >= 256) {
      raise(&exc::ValueError, "%s", kByteRange);
      return -1;
    }
    return ba_view(self).find(static_cast<char>(v)) != std::string_view::npos;
  }
  BufferHolder h;
  if (!h.get(arg)) return -1;
  return ba_view(self).find(h.bytes()) != std::string_view::npos;
}

// ---- subscripts ---------------------------------------------------------------------

Object* ba_subscript(Object* self, Object* key) {
  if (is_index(key)) {
    ssize i;
    if (!index_as_ssize(key, &exc::IndexError, &i)) return nullptr;
    if (i < 0) i += bytearray_size(self);
    return ba_item(self, i);
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
    ssize n = slice_adjust_indices(bytearray_size(self), &start, &stop, step);
    if (n <= 0) return bytearray_from_data(nullptr, 0);
    if (step == 1) return bytearray_from_data(bytearray_data(self) + start, n);
    std::string out;
    out.reserve(static_cast<size_t>(n));
    const char* src = bytearray_data(self);
    for (ssize i = 0, cur = start; i < n; i++, cur += step) out.push_back(src[cur]);
    return bytearray_from_data(out.data(), n);
  }
  return raise(&exc::TypeError, "bytearray indices must be integers or slices, not %.200s", type_of(key)->tp_name);
}

// self[lo:hi] = bytes[0..needed), CPython's way (a deletion at the front
// moves the logical start instead of the bytes).
int setslice_linear(Object* self, ssize lo, ssize hi, const char* bytes, ssize needed) {
  auto* b = as_ba(self);
  ssize avail = hi - lo;
  ssize growth = needed - avail;
  if (growth < 0) {
    if (!can_resize(b)) return -1;
    if (lo == 0) {
      b->ob_start -= growth;
    } else {
      char* buf = bytearray_data(self);
      std::memmove(buf + lo + needed, buf + hi, static_cast<size_t>(b->ob_size - hi));
    }
    if (bytearray_resize(self, b->ob_size + growth) < 0) return -1;
  } else if (growth > 0) {
    if (b->ob_size > INT64_MAX - growth) {
      raise_no_memory();
      return -1;
    }
    if (bytearray_resize(self, b->ob_size + growth) < 0) return -1;
    char* buf = bytearray_data(self);
    std::memmove(buf + lo + needed, buf + hi, static_cast<size_t>(b->ob_size - lo - needed));
  }
  if (needed > 0) std::memcpy(bytearray_data(self) + lo, bytes, static_cast<size_t>(needed));
  return 0;
}

// A number (or complex) cannot be assigned to a slice (PyNumber_Check).
bool is_number_like(Object* o) {
  NumberMethods* nb = type_of(o)->tp_as_number;
  return nb && (nb->nb_index || nb->nb_int || nb->nb_float);
}

int ba_ass_subscript(Object* self, Object* index, Object* values) {
  ssize start, stop, step, slicelen;
  if (is_index(index)) {
    ssize i;
    if (!index_as_ssize(index, &exc::IndexError, &i)) return -1;
    int ival = -1;
    // The value first: its __index__ may change the size.
    if (values && !byte_value(values, kByteRange, &ival)) return -1;
    if (i < 0) i += bytearray_size(self);
    if (i < 0 || i >= bytearray_size(self)) {
      raise(&exc::IndexError, "bytearray index out of range");
      return -1;
    }
    if (values) {
      bytearray_data(self)[i] = static_cast<char>(ival);
      return 0;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelen = 1;
  } else if (is_slice(index)) {
    if (!slice_unpack(index, &start, &stop, &step)) return -1;
    slicelen = slice_adjust_indices(bytearray_size(self), &start, &stop, step);
  } else {
    raise(&exc::TypeError, "bytearray indices must be integers or slices, not %.200s", type_of(index)->tp_name);
    return -1;
  }
  const char* bytes = nullptr;
  ssize needed = 0;
  if (values) {
    if (values == self || !is_bytearray(values)) {
      if (is_number_like(values) || is_str(values)) {
        raise(&exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
      }
      Object* copy = object_vectorcall(reinterpret_cast<Object*>(&ByteArrayType), &values, 1, nullptr);
      if (!copy) return -1;
      int r = ba_ass_subscript(self, index, copy);
      decref(copy);
      return r;
    }
    bytes = bytearray_data(values);
    needed = bytearray_size(values);
  }
  // b[5:2] = ... inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step == 1) return setslice_linear(self, start, stop, bytes, needed);
  if (needed == 0) {
    // Delete an extended slice.
    auto* b = as_ba(self);
    if (!can_resize(b)) return -1;
    if (slicelen <= 0) return 0;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelen - 1) - 1;
      step = -step;
    }
    char* buf = bytearray_data(self);
    ssize cur, i;
    for (cur = start, i = 0; i < slicelen; cur += step, i++) {
      ssize lim = step - 1;
      if (cur + step >= b->ob_size) lim = b->ob_size - cur - 1;
      std::memmove(buf + cur - i, buf + cur + 1, static_cast<size_t>(lim));
    }
    cur = start + static_cast<ssize>(slicelen) * step;
    if (cur < b->ob_size)
      std::memmove(buf + cur - slicelen, buf + cur, static_cast<size_t>(b->ob_size - cur));
    return bytearray_resize(self, b->ob_size - slicelen);
  }
  if (needed != slicelen) {
    raise(&exc::ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd", needed, slicelen);
    return -1;
  }
  char* buf = bytearray_data(self);
  for (ssize cur = start, i = 0; i < slicelen; cur += step, i++) buf[cur] = bytes[i];
  return 0;
}

int ba_ass_item(Object* self, ssize i, Object* value) {
  Object* index = int_from_int64(i);
  if (!index) return -1;
  int r = ba_ass_subscript(self, index, value);
  decref(index);
  return r;
}

// ---- the buffer export ----------------------------------------------------------------

int ba_getbuffer(Object* self, Buffer* view, int flags) {
  auto* b = as_ba(self);
  if (buffer_fill_info(view, self, bytearray_data(self), b->ob_size, false, flags) < 0) return -1;
  b->ob_exports++;
  return 0;
}

void ba_releasebuffer(Object* self, Buffer*) { as_ba(self)->ob_exports--; }

Object* ba_mod(Object* self, Object* args) {
  if (!is_bytearray(self)) return newref(not_implemented());
  Object* r = bytes_percent_format(ba_view(self), args);
  if (!r) return nullptr;
  Object* ba = bytearray_from_data(bytes_data(r), bytes_size(r));
  decref(r);
  return ba;
}

// ---- methods --------------------------------------------------------------------------

Object* m_append(Object* self, Object* arg) {
  int v;
  if (!byte_value(arg, kByteRange, &v)) return nullptr;
  ssize n = bytearray_size(self);
  if (n == INT64_MAX) return raise(&exc::OverflowError, "cannot add more objects to bytearray");
  if (bytearray_resize(self, n + 1) < 0) return nullptr;
  bytearray_data(self)[n] = static_cast<char>(v);
  return return_none();
}

Object* m_extend(Object* self, Object* arg) {
  if (has_buffer(arg)) {
    ssize n = bytearray_size(self);
    if (arg == self) {
      std::string copy(ba_view(self));
      if (setslice_linear(self, n, n, copy.data(), static_cast<ssize>(copy.size())) < 0) return nullptr;
      return return_none();
    }
    BufferHolder h;
    if (!h.get(arg)) return nullptr;
    if (setslice_linear(self, n, n, h.data(), h.size()) < 0) return nullptr;
    return return_none();
  }
  TypeObject* t = type_of(arg);
  if (!t->tp_iter && !(t->tp_as_sequence && t->tp_as_sequence->sq_item))
    return raise(&exc::TypeError, "can't extend bytearray with %.100s", t->tp_name);
  std::string bytes;
  if (!append_iterable(arg, bytes, kByteRange)) return nullptr;
  ssize n = bytearray_size(self);
  if (setslice_linear(self, n, n, bytes.data(), static_cast<ssize>(bytes.size())) < 0) return nullptr;
  return return_none();
}

Object* m_insert(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_keywords(kwnames, "bytearray.insert") || !check_positional("insert", nargs, 2, 2)) return nullptr;
  ssize where;
  int v;
  if (!arg_ssize(args[0], &where) || !byte_value(args[1], kByteRange, &v)) return nullptr;
  ssize n = bytearray_size(self);
  if (n == INT64_MAX) return raise(&exc::OverflowError, "cannot add more objects to bytearray");
  if (bytearray_resize(self, n + 1) < 0) return nullptr;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  char* buf = bytearray_data(self);
  std::memmove(buf + where + 1, buf + where, static_cast<size_t>(n - where));
  buf[where] = static_cast<char>(v);
  return return_none();
}

Object* m_pop(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_keywords(kwnames, "bytearray.pop") || !check_positional("pop", nargs, 0, 1)) return nullptr;
  ssize where = -1;
  if (nargs && !arg_ssize(args[0], &where)) return nullptr;
  ssize n = bytearray_size(self);
  if (n == 0) return raise(&exc::IndexError, "pop from empty bytearray");
  if (where < 0) where += n;
  if (where < 0 || where >= n) return raise(&exc::IndexError, "pop index out of range");
  if (!can_resize(as_ba(self))) return nullptr;
  char* buf = bytearray_data(self);
  int v = static_cast<unsigned char>(buf[where]);
  std::memmove(buf + where, buf + where + 1, static_cast<size_t>(n - where - 1));
  if (bytearray_resize(self, n - 1) < 0) return nullptr;
  return int_from_int64(v);
}

Object* m_remove(Object* self, Object* arg) {
  int v;
  if (!byte_value(arg, kByteRange, &v)) return nullptr;
  std::string_view s = ba_view(self);
  size_t where = s.find(static_cast<char>(v));
  if (where == std::string_view::npos) return raise(&exc::ValueError, "value not found in bytearray");
  if (!can_resize(as_ba(self))) return nullptr;
  ssize n = bytearray_size(self);
  char* buf = bytearray_data(self);
  std::memmove(buf + where, buf + where + 1, static_cast<size_t>(n) - where - 1);
  if (bytearray_resize(self, n - 1) < 0) return nullptr;
  return return_none();
}

Object* m_reverse(Object* self, Object*) {
  char* buf = bytearray_data(self);
  for (ssize i = 0, j = bytearray_size(self) - 1; i < j; i++, j--) std::swap(buf[i], buf[j]);
  return return_none();
}

Object* m_clear(Object* self, Object*) {
  if (bytearray_resize(self, 0) < 0) return nullptr;
  return return_none();
}

Object* m_copy(Object* self, Object*) { return bytearray_from_data(bytearray_data(self), bytearray_size(self)); }

Object* m_alloc(Object* self, Object*) { return int_from_int64(as_ba(self)->ob_alloc); }

Object* m_sizeof(Object* self, Object*) {
  return int_from_int64(type_of(self)->tp_basicsize + as_ba(self)->ob_alloc);
}

// __reduce__ / __reduce_ex__: (type, args, state) where args is () for an
// empty array, (latin-1 text, 'latin-1') for protocols below 3 and
// (bytes,) from 3 on; state is the instance dict, or None when empty.
Object* reduce_common(Object* self, int proto) {
  std::string_view s = ba_view(self);
  Object* args;
  if (s.empty()) {
    args = tuple_new(0);
  } else if (proto < 3) {
    Object* text = decode_bytes(s.data(), static_cast<ssize>(s.size()), "latin-1");
    Object* encoding = text ? str_from_ascii("latin-1") : nullptr;
    args = encoding ? tuple_pack({text, encoding}) : nullptr;
    xdecref(text);
    xdecref(encoding);
  } else {
    Object* b = bytes_from_string(s);
    args = b ? tuple_pack({b}) : nullptr;
    xdecref(b);
  }
  if (!args) return nullptr;
  Object* dict = nullptr;
  if (type_of(self)->tp_dictoffset) {
    dict = object_getattr(self, names::dunder_dict);
    if (!dict) clear_error();
    else if (is_dict(dict) && dict_size(dict) == 0) {
      decref(dict);
      dict = nullptr;
    }
  }
  Object* r = tuple_pack({reinterpret_cast<Object*>(type_of(self)), args, dict ? dict : none()});
  decref(args);
  xdecref(dict);
  return r;
}

Object* m_reduce(Object* self, Object*) { return reduce_common(self, 0); }
Object* m_reduce_ex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_keywords(kwnames, "bytearray.__reduce_ex__") || !check_positional("__reduce_ex__", nargs, 0, 1))
    return nullptr;
  int proto = 0;
  if (nargs && !arg_int(args[0], &proto)) return nullptr;
  return reduce_common(self, proto);
}

// ---- bytearray() --------------------------------------------------------------------

Object* ba_tp_new(TypeObject* type, Object*, Object*) {
  Object* o = type == &ByteArrayType ? object_alloc(type, sizeof(ByteArrayObject)) : object_new_instance(type);
  if (!o) return nullptr;
  auto* b = as_ba(o);
  b->ob_size = 0;
  b->ob_alloc = 0;
  b->ob_bytes = b->ob_start = nullptr;
  b->ob_exports = 0;
  return o;
}

int ba_tp_init(Object* self, Object* args, Object* kwargs) {
  static const char* const kNames[] = {"source", "encoding", "errors"};
  Object* values[3];
  if (!parse_tuple_and_keywords(args, kwargs, "bytearray", kNames, 3, 0, values)) return -1;
  Object *arg = values[0], *encoding_obj = values[1], *errors_obj = values[2];
  std::string_view encoding, errors = "strict";
  if (encoding_obj && !codec_argument(encoding_obj, "bytearray", "encoding", &encoding)) return -1;
  if (errors_obj && !codec_argument(errors_obj, "bytearray", "errors", &errors)) return -1;
  if (bytearray_size(self) != 0 && bytearray_resize(self, 0) < 0) return -1;
  if (!arg) {
    if (encoding_obj || errors_obj) {
      raise(&exc::TypeError, encoding_obj ? "encoding without a string argument" : "errors without a string argument");
      return -1;
    }
    return 0;
  }
  if (is_str(arg)) {
    if (!encoding_obj) {
      raise(&exc::TypeError, "string argument without an encoding");
      return -1;
    }
    Object* encoded = encode_str(arg, encoding, errors);
    if (!encoded) return -1;
    int r = setslice_linear(self, 0, 0, bytes_data(encoded), bytes_size(encoded));
    decref(encoded);
    return r;
  }
  if (encoding_obj || errors_obj) {
    raise(&exc::TypeError, encoding_obj ? "encoding without a string argument" : "errors without a string argument");
    return -1;
  }
  if (is_index(arg)) {
    ssize count;
    if (index_as_ssize(arg, &exc::OverflowError, &count)) {
      if (count < 0) {
        raise(&exc::ValueError, "negative count");
        return -1;
      }
      if (count > 0) {
        if (bytearray_resize(self, count) < 0) return -1;
        std::memset(bytearray_data(self), 0, static_cast<size_t>(count));
      }
      return 0;
    }
    if (!error_matches(&exc::TypeError)) return -1;
    clear_error();
  }
  if (has_buffer(arg)) {
    BufferHolder h;
    if (!h.get(arg, kBufFullRo)) return -1;
    if (bytearray_resize(self, h.size()) < 0) return -1;
    buffer_to_contiguous(bytearray_data(self), &h.view, 'C');
    return 0;
  }
  TypeObject* t = type_of(arg);
  if (!t->tp_iter && !(t->tp_as_sequence && t->tp_as_sequence->sq_item)) {
    raise(&exc::TypeError, "cannot convert '%.200s' object to bytearray", t->tp_name);
    return -1;
  }
  std::string bytes;
  if (!append_iterable(arg, bytes, kByteRange)) return -1;
  return setslice_linear(self, 0, 0, bytes.data(), static_cast<ssize>(bytes.size()));
}

void ba_dealloc(Object* o) {
  mem_free(as_ba(o)->ob_bytes);
  object_free(o);
}

// ---- the iterator ------------------------------------------------------------------

Object* ba_iter(Object* self) {
  auto* it = alloc_object<BytesIterObject>(&ByteArrayIterType);
  if (!it) return nullptr;
  it->it_index = 0;
  it->it_seq = newref(self);
  return it;
}

Object* baiter_next(Object* o) {
  auto* it = static_cast<BytesIterObject*>(o);
  Object* seq = it->it_seq;
  if (!seq) return nullptr;
  if (it->it_index < bytearray_size(seq))
    return int_from_int64(static_cast<unsigned char>(bytearray_data(seq)[it->it_index++]));
  it->it_seq = nullptr;
  decref(seq);
  return nullptr;
}

Object* baiter_length_hint(Object* o, Object*) {
  auto* it = static_cast<BytesIterObject*>(o);
  ssize n = it->it_seq ? bytearray_size(it->it_seq) - it->it_index : 0;
  return int_from_int64(n < 0 ? 0 : n);
}

void baiter_dealloc(Object* o) {
  xdecref(static_cast<BytesIterObject*>(o)->it_seq);
  object_free(o);
}

Object* iter_self(Object* o) { return newref(o); }

MethodDef baiter_methods[] = {
    {"__length_hint__", cfunc(baiter_length_hint), kMethNoArgs,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

SequenceMethods ba_as_sequence;
MappingMethods ba_as_mapping;
NumberMethods ba_as_number;
BufferProcs ba_as_buffer;
MethodDef ba_methods[80];  // the 42 shared methods and bytearray's own, filled at start-up

}  // namespace

// ---- the helpers of bytes.h ---------------------------------------------------------------

int bytearray_resize(Object* o, ssize requested) {
  auto* b = as_ba(o);
  if (requested < 0) {
    raise(&exc::SystemError, "bytearray_resize: negative size");
    return -1;
  }
  if (requested == b->ob_size) return 0;
  if (!can_resize(b)) return -1;
  ssize alloc = b->ob_alloc;
  ssize offset = b->ob_start - b->ob_bytes;
  ssize size = requested;
  if (static_cast<size_t>(requested) + static_cast<size_t>(offset) + 1 <= static_cast<size_t>(alloc)) {
    if (size < alloc / 2) {
      alloc = size + 1;  // a major shrink: to the exact size
    } else {
      b->ob_size = size;
      b->ob_start[size] = 0;
      return 0;
    }
  } else if (static_cast<double>(size) <= static_cast<double>(alloc) * 1.125) {
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);  // moderate growth: over-allocate
  } else {
    alloc = size + 1;  // a big jump: the exact size
  }
  if (alloc > INT64_MAX / 2) {
    raise_no_memory();
    return -1;
  }
  char* sval;
  if (offset > 0) {
    sval = static_cast<char*>(mem_alloc(static_cast<size_t>(alloc)));
    if (!sval) {
      raise_no_memory();
      return -1;
    }
    std::memcpy(sval, b->ob_start, static_cast<size_t>(requested < b->ob_size ? requested : b->ob_size));
    mem_free(b->ob_bytes);
  } else {
    sval = static_cast<char*>(mem_realloc(b->ob_bytes, static_cast<size_t>(alloc)));
    if (!sval) {
      raise_no_memory();
      return -1;
    }
  }
  b->ob_bytes = b->ob_start = sval;
  b->ob_size = size;
  b->ob_alloc = alloc;
  sval[size] = 0;
  return 0;
}

Object* bytearray_from_data(const void* data, ssize n) {
  Object* o = ba_tp_new(&ByteArrayType, nullptr, nullptr);
  if (!o) return nullptr;
  if (n > 0) {
    auto* b = as_ba(o);
    b->ob_bytes = b->ob_start = static_cast<char*>(mem_alloc(static_cast<size_t>(n) + 1));
    if (!b->ob_bytes) {
      decref(o);
      return raise_no_memory();
    }
    b->ob_size = n;
    b->ob_alloc = n + 1;
    if (data) std::memcpy(b->ob_bytes, data, static_cast<size_t>(n));
    b->ob_bytes[n] = 0;
  }
  return o;
}

void init_bytearray_type() {
  ba_as_sequence.sq_length = ba_length;
  ba_as_sequence.sq_concat = ba_concat;
  ba_as_sequence.sq_repeat = ba_repeat;
  ba_as_sequence.sq_item = ba_item;
  ba_as_sequence.sq_ass_item = ba_ass_item;
  ba_as_sequence.sq_contains = ba_contains;
  ba_as_sequence.sq_inplace_concat = ba_inplace_concat;
  ba_as_sequence.sq_inplace_repeat = ba_inplace_repeat;
  ba_as_mapping.mp_length = ba_length;
  ba_as_mapping.mp_subscript = ba_subscript;
  ba_as_mapping.mp_ass_subscript = ba_ass_subscript;
  ba_as_number.nb_remainder = ba_mod;
  ba_as_buffer.bf_getbuffer = ba_getbuffer;
  ba_as_buffer.bf_releasebuffer = ba_releasebuffer;

  int n = fill_bytearray_common_methods(ba_methods);
  auto add = [&](const char* name, CFunction f, int flags) { ba_methods[n++] = {name, f, flags, nullptr}; };
  add("__alloc__", cfunc(m_alloc), kMethNoArgs);
  add("__reduce__", cfunc(m_reduce), kMethNoArgs);
  add("__reduce_ex__", cfunc(m_reduce_ex), kMethFastcall | kMethKeywords);
  add("__sizeof__", cfunc(m_sizeof), kMethNoArgs);
  add("append", cfunc(m_append), kMethO);
  add("clear", cfunc(m_clear), kMethNoArgs);
  add("copy", cfunc(m_copy), kMethNoArgs);
  add("extend", cfunc(m_extend), kMethO);
  add("insert", cfunc(m_insert), kMethFastcall | kMethKeywords);
  add("pop", cfunc(m_pop), kMethFastcall | kMethKeywords);
  add("remove", cfunc(m_remove), kMethO);
  add("reverse", cfunc(m_reverse), kMethNoArgs);
  ba_methods[n] = {nullptr, nullptr, 0, nullptr};

  TypeObject& t = ByteArrayType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "bytearray";
  t.tp_basicsize = sizeof(ByteArrayObject);
  t.tp_dealloc = ba_dealloc;
  t.tp_repr = bytearray_repr;
  t.tp_str = bytearray_repr;
  t.tp_as_number = &ba_as_number;
  t.tp_as_sequence = &ba_as_sequence;
  t.tp_as_mapping = &ba_as_mapping;
  t.tp_as_buffer = &ba_as_buffer;
  t.tp_flags = kTpDefault | kTpBaseType | kTpMatchSelf | kTpImmutableType;
  t.tp_doc =
      "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
      "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given "
      "by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\nConstruct a mutable "
      "bytearray object from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using "
      "the specified encoding\n  - a bytes or a buffer object\n  - any object implementing the buffer API.\n  - an "
      "integer";
  t.tp_richcompare = bytearray_richcompare;
  t.tp_iter = ba_iter;
  t.tp_methods = ba_methods;
  t.tp_init = ba_tp_init;
  t.tp_new = ba_tp_new;
  // tp_hash stays null: bytearrays are unhashable.

  TypeObject& it = ByteArrayIterType;
  it.ob_refcnt = kImmortalRefcnt;
  it.tp_name = "bytearray_iterator";
  it.tp_basicsize = sizeof(BytesIterObject);
  it.tp_dealloc = baiter_dealloc;
  it.tp_iter = iter_self;
  it.tp_iternext = baiter_next;
  it.tp_methods = baiter_methods;
  it.tp_flags = kTpDefault | kTpDisallowInstantiation | kTpImmutableType;
}

}  // namespace dx
