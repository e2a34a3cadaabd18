// The slice type and the index conversions of sequences (slice.h).
#include "objects/slice.h"

#include <cstddef>
#include <cstring>
#include <string>

#include "gc/gc.h"
#include "objects/builtin_function.h"
#include "objects/descriptor.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/seq_internal.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "runtime/warnings.h"

namespace dx {

TypeObject SliceType;

namespace {

constexpr ssize kSsizeMax = INT64_MAX;
constexpr ssize kSsizeMin = INT64_MIN;

// _PyEval_SliceIndex: None leaves *out alone; big values clamp.
bool eval_slice_index(Object* v, ssize* out) {
  if (is_int_exact(v)) {  // the common case: an int of at most one digit, inline
    auto* i = static_cast<IntObject*>(v);
    if (i->ob_size >= -1 && i->ob_size <= 1) {
      *out = i->ob_size * static_cast<ssize>(i->ob_digit[0]);
      return true;
    }
  }
  if (is_none(v)) return true;
  if (!is_index(v)) {
    raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_as_ssize(v, nullptr, out);
}

Object* slice_repr(Object* o) {
  auto* s = static_cast<SliceObject*>(o);
  Object* parts[3] = {};
  Object* fields[3] = {s->start, s->stop, s->step};
  Object* result = nullptr;
  for (int i = 0; i < 3; i++)
    if (!(parts[i] = object_repr(fields[i]))) goto done;
  result = str_join_ascii("slice(", ", ", ")", parts, 3);
done:
  for (Object* p : parts) xdecref(p);
  return result;
}

// Slices compare as the tuples (start, stop, step).
Object* slice_richcompare(Object* a, Object* b, int op) {
  if (!is_slice(a) || !is_slice(b)) return newref(not_implemented());
  auto* x = static_cast<SliceObject*>(a);
  auto* y = static_cast<SliceObject*>(b);
  Object* xs[3] = {x->start, x->stop, x->step};
  Object* ys[3] = {y->start, y->stop, y->step};
  for (int i = 0; i < 3; i++) {
    int eq = object_richcompare_bool(xs[i], ys[i], kEq);
    if (eq < 0) return nullptr;
    if (eq) continue;
    if (op == kEq) return newref(bool_object(false));
    if (op == kNe) return newref(bool_object(true));
    return object_richcompare(xs[i], ys[i], op);
  }
  bool equal_result = op == kEq || op == kLe || op == kGe;
  return newref(bool_object(equal_result));
}

void slice_dealloc(Object* o) {
  gc_untrack(o);
  auto* s = static_cast<SliceObject*>(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
  // One freed slice is kept for the next (a[i:j] in a loop allocates none).
  ThreadState* ts = current_thread();
  if (kFreeListsEnabled && ts && !ts->interp->slice_cache && type_of(o) == &SliceType) {
    ts->interp->slice_cache = o;
    return;
  }
  object_free(o);
}

int slice_traverse(Object* o, visitproc visit, void* arg) {
  auto* s = static_cast<SliceObject*>(o);
  for (Object* f : {s->start, s->stop, s->step})
    if (int r = visit(f, arg)) return r;
  return 0;
}

}  // namespace

// ---- index conversions ---------------------------------------------------------

bool is_index(const Object* o) {
  if (is_int(o)) return true;
  NumberMethods* nb = type_of(o)->tp_as_number;
  return nb && nb->nb_index;
}

// A strict int subclass from __index__ is deprecated: warn and use an exact copy.
static Object* index_subclass_result(Object* r) {
  std::string msg = std::string("__index__ returned non-int (type ") + type_of(r)->tp_name +
                    ").  The ability to return an instance of a strict subclass of int is deprecated, and may be "
                    "removed in a future version of Python.";
  if (warn(&exc::DeprecationWarning, msg) < 0) {
    decref(r);
    return nullptr;
  }
  Object* copy = int_exact_copy(r);
  decref(r);
  return copy;
}

Object* number_index(Object* o) {
  if (is_int(o)) return newref(o);
  NumberMethods* nb = type_of(o)->tp_as_number;
  if (!nb || !nb->nb_index)
    return raise(&exc::TypeError, "'%.200s' object cannot be interpreted as an integer", type_of(o)->tp_name);
  Object* r = nb->nb_index(o);
  if (r && !is_int(r)) {
    raise(&exc::TypeError, "__index__ returned non-int (type %.200s)", type_of(r)->tp_name);
    decref(r);
    return nullptr;
  }
  if (r && !is_int_exact(r)) return index_subclass_result(r);
  return r;
}

bool index_as_ssize(Object* o, TypeObject* overflow, ssize* out) {
  Object* v = is_int(o) ? newref(o) : number_index(o);
  if (!v) return false;
  bool ok = true;
  if (auto x = int_to_int64(v)) {
    *out = static_cast<ssize>(*x);
  } else if (!overflow) {
    *out = static_cast<ssize>(int_clamped_int64(v));
  } else {
    raise(overflow, "cannot fit '%.200s' into an index-sized integer", type_of(o)->tp_name);
    ok = false;
  }
  decref(v);
  return ok;
}

bool ssize_arg(Object* o, ssize* out) {
  Object* v = is_int(o) ? newref(o) : number_index(o);
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

bool int_arg(Object* o, int* out) {
  Object* v = is_int(o) ? newref(o) : number_index(o);
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

bool slice_index_not_none(Object* o, ssize* out) {
  if (!is_index(o)) {
    raise(&exc::TypeError, "slice indices must be integers or have an __index__ method");
    return false;
  }
  return index_as_ssize(o, nullptr, out);
}

// ---- slices --------------------------------------------------------------------

Object* slice_new(Object* start, Object* stop, Object* step) {
  SliceObject* s;
  ThreadState* ts = current_thread();
  if (ts && ts->interp->slice_cache) {
    s = static_cast<SliceObject*>(ts->interp->slice_cache);
    ts->interp->slice_cache = nullptr;
    s->ob_refcnt = 1;
  } else {
    s = alloc_object<SliceObject>(&SliceType);
    if (!s) return nullptr;
  }
  s->start = newref(start ? start : none());
  s->stop = newref(stop ? stop : none());
  s->step = newref(step ? step : none());
  return s;
}

Object* slice_from_args(Object* const* args, ssize nargs) {
  if (nargs < 1) return raise(&exc::TypeError, "slice expected at least 1 argument, got %zd", nargs);
  if (nargs > 3) return raise(&exc::TypeError, "slice expected at most 3 arguments, got %zd", nargs);
  if (nargs == 1) return slice_new(nullptr, args[0], nullptr);
  return slice_new(args[0], args[1], nargs == 3 ? args[2] : nullptr);
}

bool slice_unpack(Object* slice, ssize* start, ssize* stop, ssize* step) {
  auto* s = static_cast<SliceObject*>(slice);
  *step = 1;
  if (!eval_slice_index(s->step, step)) return false;
  if (*step == 0) {
    raise(&exc::ValueError, "slice step cannot be zero");
    return false;
  }
  // -step must not overflow when a caller reverses the slice.
  if (*step < -kSsizeMax) *step = -kSsizeMax;
  *start = *step < 0 ? kSsizeMax : 0;
  if (!eval_slice_index(s->start, start)) return false;
  *stop = *step < 0 ? kSsizeMin : kSsizeMax;
  return eval_slice_index(s->stop, stop);
}

ssize slice_adjust_indices(ssize length, ssize* start, ssize* stop, ssize step) {
  // A negative bound counts from the end; what is still out of range is
  // pinned just outside the items in the direction of travel.
  auto clamp = [&](ssize* bound) {
    if (*bound < 0) {
      *bound += length;
      if (*bound < 0) *bound = step < 0 ? -1 : 0;
    } else if (*bound >= length) {
      *bound = step < 0 ? length - 1 : length;
    }
  };
  clamp(start);
  clamp(stop);
  if (step < 0) return *stop < *start ? (*start - *stop - 1) / (-step) + 1 : 0;
  return *start < *stop ? (*stop - *start - 1) / step + 1 : 0;
}

Object* slice_indices(Object* slice, Object* length_obj) {
  auto* s = static_cast<SliceObject*>(slice);
  Object* len_index = number_index(length_obj);
  if (!len_index) return nullptr;
  auto length = int_to_int64(len_index);
  bool negative = static_cast<VarObject*>(len_index)->ob_size < 0;
  decref(len_index);
  if (negative) return raise(&exc::ValueError, "length should not be negative");
  if (!length) return raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");

  // The step keeps its exact value (it may be big); only its sign matters below.
  Object* step;
  if (is_none(s->step)) {
    step = int_from_int64(1);
  } else {
    if (!is_index(s->step))
      return raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    if (!(step = number_index(s->step))) return nullptr;
    if (static_cast<VarObject*>(step)->ob_size == 0) {
      decref(step);
      return raise(&exc::ValueError, "slice step cannot be zero");
    }
  }
  bool backward = static_cast<VarObject*>(step)->ob_size < 0;
  __int128 lower = backward ? -1 : 0;
  __int128 upper = backward ? *length - 1 : *length;
  __int128 bounds[2];
  Object* fields[2] = {s->start, s->stop};
  __int128 defaults[2] = {backward ? upper : lower, backward ? lower : upper};
  for (int i = 0; i < 2; i++) {
    if (is_none(fields[i])) {
      bounds[i] = defaults[i];
      continue;
    }
    if (!is_index(fields[i])) {
      decref(step);
      return raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    }
    Object* v = number_index(fields[i]);
    if (!v) {
      decref(step);
      return nullptr;
    }
    __int128 b = int_clamped_int64(v);  // exact wherever it can matter: |length| < 2**63
    decref(v);
    if (b < 0) {
      b += *length;
      if (b < lower) b = lower;
    } else if (b > upper) {
      b = upper;
    }
    bounds[i] = b;
  }
  Object* start = int_from_int64(static_cast<int64_t>(bounds[0]));
  Object* stop = start ? int_from_int64(static_cast<int64_t>(bounds[1])) : nullptr;
  Object* result = stop ? tuple_pack({start, stop, step}) : nullptr;
  xdecref(start);
  xdecref(stop);
  decref(step);
  return result;
}

// ---- helpers shared by the sequence types (seq_internal.h) ------------------

Object* str_join_ascii(std::string_view open, std::string_view sep, std::string_view close, Object* const* items,
                       ssize n) {
  // A canonical str of kind 1 that is not ASCII holds a code point >= 0x80,
  // one of kind 2 a code point >= 0x100, and so on: the largest class among
  // the parts is the class of the result.
  uint32_t max_char = 0x7f;
  size_t length = open.size() + close.size() + (n > 0 ? static_cast<size_t>(n - 1) * sep.size() : 0);
  for (ssize i = 0; i < n; i++) {
    Object* s = items[i];
    length += static_cast<size_t>(str_length(s));
    uint32_t bound = str_is_ascii(s) ? 0x7f : str_kind(s) == 1 ? 0xff : str_kind(s) == 2 ? 0xffff : 0x10ffff;
    if (bound > max_char) max_char = bound;
  }
  if (length > static_cast<size_t>(kSsizeMax) / 4) return raise_no_memory();
  Object* r = str_new(static_cast<ssize>(length), max_char);
  if (!r) return nullptr;
  int kind = str_kind(r);
  char* out = static_cast<char*>(str_data(r));
  size_t pos = 0;  // in code points
  auto put_ascii = [&](std::string_view text) {
    for (char c : text) {
      switch (kind) {
        case 1: reinterpret_cast<uint8_t*>(out)[pos] = static_cast<uint8_t>(c); break;
        case 2: reinterpret_cast<uint16_t*>(out)[pos] = static_cast<uint8_t>(c); break;
        default: reinterpret_cast<uint32_t*>(out)[pos] = static_cast<uint8_t>(c); break;
      }
      pos++;
    }
  };
  put_ascii(open);
  for (ssize i = 0; i < n; i++) {
    if (i > 0) put_ascii(sep);
    Object* s = items[i];
    auto len = static_cast<size_t>(str_length(s));
    if (str_kind(s) == kind) {
      std::memcpy(out + pos * kind, str_data(s), len * kind);
    } else {
      for (size_t j = 0; j < len; j++) {
        uint32_t c = str_char_at(s, static_cast<ssize>(j));
        if (kind == 2) reinterpret_cast<uint16_t*>(out)[pos + j] = static_cast<uint16_t>(c);
        else reinterpret_cast<uint32_t*>(out)[pos + j] = c;
      }
    }
    pos += len;
  }
  put_ascii(close);
  return r;
}

int64_t int_clamped_int64(Object* o) {
  if (auto v = int_to_int64(o)) return *v;
  return static_cast<VarObject*>(o)->ob_size < 0 ? INT64_MIN : INT64_MAX;
}

Object* int_from_int128(__int128 v) {
  if (v >= INT64_MIN && v <= INT64_MAX) return int_from_int64(static_cast<int64_t>(v));
  unsigned __int128 mag = v < 0 ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  ssize n = 0;
  for (unsigned __int128 t = mag; t; t >>= kDigitBits) n++;
  IntObject* o = int_new_digits(n);
  if (!o) return nullptr;
  for (ssize i = 0; i < n; i++, mag >>= kDigitBits)
    o->ob_digit[i] = static_cast<digit>(mag & ((1u << kDigitBits) - 1));
  o->ob_size = v < 0 ? -n : n;
  return o;
}

namespace {

template <typename F>
constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

Object* m_indices(Object* self, Object* length) { return slice_indices(self, length); }

Object* m_reduce(Object* self, Object*) {
  auto* s = static_cast<SliceObject*>(self);
  Object* args = tuple_pack({s->start, s->stop, s->step});
  if (!args) return nullptr;
  Object* result = tuple_pack({&SliceType, args});
  decref(args);
  return result;
}

MethodDef slice_methods[] = {
    {"indices", cfunc(m_indices), kMethO,
     "S.indices(len) -> (start, stop, stride)\n\n"
     "Assuming a sequence of length len, calculate the start and stop\n"
     "indices, and the stride length of the extended slice described by\n"
     "S. Out of bounds indices are clipped in a manner consistent with the\n"
     "handling of normal slices."},
    {"__reduce__", cfunc(m_reduce), kMethNoArgs, "Return state information for pickling."},
    {nullptr, nullptr, 0, nullptr},
};

MemberDef slice_members[] = {
    {"start", kMemberObject, offsetof(SliceObject, start), kMemberReadonly, nullptr},
    {"stop", kMemberObject, offsetof(SliceObject, stop), kMemberReadonly, nullptr},
    {"step", kMemberObject, offsetof(SliceObject, step), kMemberReadonly, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

// slice(stop), slice(start, stop[, step]).
Object* slice_tp_new(TypeObject*, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) return raise(&exc::TypeError, "slice() takes no keyword arguments");
  return slice_from_args(&tuple_item(args, 0), tuple_size(args));
}
}  // namespace

void init_slice_type() {
  TypeObject& t = SliceType;
  t.tp_new = slice_tp_new;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "slice";
  t.tp_basicsize = sizeof(SliceObject);
  t.tp_dealloc = slice_dealloc;
  t.tp_repr = slice_repr;
  t.tp_richcompare = slice_richcompare;
  t.tp_traverse = slice_traverse;
  t.tp_methods = slice_methods;
  t.tp_getattro = object_generic_getattr;
  t.tp_members = slice_members;
  t.tp_new = slice_tp_new;
  t.tp_doc =
      "slice(stop)\nslice(start, stop[, step])\n\n"
      "Create a slice object.  This is used for extended slicing (e.g. a[0:10:2]).";
  t.tp_flags = kTpDefault | kTpHaveGc | kTpImmutableType;
  // tp_hash stays null: slices are unhashable in 3.11.
}

}  // namespace dx
