// The range type and its iterator (range.h). Values are computed in 128-bit
// arithmetic from the int64 bounds, so lengths up to 2**64 - 1 and every
// item are exact.
#include "objects/range.h"

#include <cstddef>
#include <cstdio>

#include "objects/builtin_function.h"
#include "objects/descriptor.h"
#include "objects/dict.h"

#include "objects/int.h"
#include "objects/seq_internal.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject RangeType, RangeIterType;

namespace {

using i128 = __int128;

struct Values {
  i128 start, stop, step, length;
};

// An int's value, exact within four digits (120 bits) and clamped beyond,
// which is far outside every range today.
i128 int_clamped_int128(Object* o) {
  auto* v = static_cast<IntObject*>(o);
  ssize size = v->ob_size, n = size < 0 ? -size : size;
  if (n > 4) return size < 0 ? -(i128(1) << 125) : (i128(1) << 125);
  i128 mag = 0;
  for (ssize k = n; k-- > 0;) mag = (mag << kDigitBits) | v->ob_digit[k];
  return size < 0 ? -mag : mag;
}

Values values_of(Object* o) {
  auto* r = static_cast<RangeObject*>(o);
  return {int_clamped_int128(r->start), int_clamped_int128(r->stop), int_clamped_int128(r->step),
          int_clamped_int128(r->length)};
}

bool fits_int64(i128 v) { return v >= INT64_MIN && v <= INT64_MAX; }

i128 range_length(i128 start, i128 stop, i128 step) {
  if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
  if (step < 0 && stop < start) return (start - stop - 1) / (-step) + 1;
  return 0;
}

Object* make_range(i128 start, i128 stop, i128 step) {
  if (!fits_int64(start) || !fits_int64(stop) || !fits_int64(step))
    return raise(&exc::OverflowError, "range() bounds beyond 64 bits are not supported yet");
  auto* r = alloc_object<RangeObject>(&RangeType);
  if (!r) return nullptr;
  r->start = int_from_int64(static_cast<int64_t>(start));
  r->stop = int_from_int64(static_cast<int64_t>(stop));
  r->step = int_from_int64(static_cast<int64_t>(step));
  r->length = int_from_int128(range_length(start, stop, step));
  if (!r->start || !r->stop || !r->step || !r->length) {
    xdecref(r->start);
    xdecref(r->stop);
    xdecref(r->step);
    xdecref(r->length);
    object_free(r);
    return nullptr;
  }
  return r;
}

// The position of `value` in the range when it is one of its items, else -1.
i128 position_of(const Values& v, i128 value) {
  bool inside = v.step > 0 ? v.start <= value && value < v.stop : v.stop < value && value <= v.start;
  if (!inside) return -1;
  i128 offset = value - v.start;
  return offset % v.step == 0 ? offset / v.step : -1;
}

// Ints (and bools) are found by arithmetic; other objects are compared with
// each item, as any sequence search does.
bool is_int_like(Object* o) { return is_int_exact(o) || is_bool(o); }

enum class Search { kContains, kCount, kIndex };

// Scans the items for ones equal to `value`: 1/0 (contains), the count, or
// the first index (-1 when absent, no error); -2 on error.
i128 iter_search(Object* range, Object* value, Search what) {
  Values v = values_of(range);
  i128 count = 0;
  for (i128 i = 0; i < v.length; i++) {
    Object* item = int_from_int128(v.start + i * v.step);
    if (!item) return -2;
    int cmp = object_richcompare_bool(item, value, kEq);
    decref(item);
    if (cmp < 0) return -2;
    if (!cmp) continue;
    if (what == Search::kContains) return 1;
    if (what == Search::kIndex) return i;
    count++;
  }
  return what == Search::kIndex ? -1 : count;
}

// ---- slots -----------------------------------------------------------------------------

ssize range_sq_length(Object* o) {
  i128 n = values_of(o).length;
  if (n > INT64_MAX) {
    raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return static_cast<ssize>(n);
}

Object* item_at(const Values& v, i128 i) {
  if (i < 0 || i >= v.length) return raise(&exc::IndexError, "range object index out of range");
  return int_from_int128(v.start + i * v.step);
}

Object* range_sq_item(Object* o, ssize i) { return item_at(values_of(o), i); }

int range_contains(Object* o, Object* value) {
  if (is_int_like(value)) return position_of(values_of(o), int_clamped_int128(value)) >= 0;
  i128 r = iter_search(o, value, Search::kContains);
  return r < 0 ? -1 : static_cast<int>(r);
}

// range[slice]: the slice taken in index space, mapped back to values.
Object* range_slice(Object* o, Object* slice) {
  Values v = values_of(o);
  auto* s = static_cast<SliceObject*>(slice);
  i128 step = 1;
  if (!is_none(s->step)) {
    if (!is_index(s->step))
      return raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    Object* st = number_index(s->step);
    if (!st) return nullptr;
    step = int_clamped_int128(st);
    decref(st);
    if (step == 0) return raise(&exc::ValueError, "slice step cannot be zero");
    if (!fits_int64(step)) return raise(&exc::OverflowError, "range() bounds beyond 64 bits are not supported yet");
  }
  i128 lower = step < 0 ? -1 : 0;
  i128 upper = step < 0 ? v.length - 1 : v.length;
  i128 bounds[2] = {step < 0 ? upper : lower, step < 0 ? lower : upper};
  Object* fields[2] = {s->start, s->stop};
  for (int i = 0; i < 2; i++) {
    if (is_none(fields[i])) continue;
    if (!is_index(fields[i]))
      return raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    Object* b = number_index(fields[i]);
    if (!b) return nullptr;
    i128 x = int_clamped_int128(b);
    decref(b);
    if (x < 0) {
      x += v.length;
      if (x < lower) x = lower;
    } else if (x > upper) {
      x = upper;
    }
    bounds[i] = x;
  }
  return make_range(v.start + bounds[0] * v.step, v.start + bounds[1] * v.step, step * v.step);
}

Object* range_subscript(Object* o, Object* key) {
  if (is_index(key)) {
    Object* k = number_index(key);
    if (!k) return nullptr;
    i128 i = int_clamped_int128(k);
    decref(k);
    Values v = values_of(o);
    if (i < 0) i += v.length;
    return item_at(v, i);
  }
  if (is_slice(key)) return range_slice(o, key);
  return raise(&exc::TypeError, "range indices must be integers or slices, not %.200s", type_of(key)->tp_name);
}

// Ranges are equal when they produce the same items.
Object* range_richcompare(Object* a, Object* b, int op) {
  if (!is_range(a) || !is_range(b) || (op != kEq && op != kNe)) return newref(not_implemented());
  bool equal;
  if (a == b) {
    equal = true;
  } else {
    Values x = values_of(a), y = values_of(b);
    equal = x.length == y.length &&
            (x.length == 0 || (x.start == y.start && (x.length == 1 || x.step == y.step)));
  }
  return newref(bool_object(equal == (op == kEq)));
}

// Equal ranges hash alike: the hash of (len, start, step) with the parts
// that do not matter for short ranges replaced by None.
hash_t range_hash(Object* o) {
  auto* r = static_cast<RangeObject*>(o);
  i128 n = int_clamped_int128(r->length);
  Object* t = tuple_pack({r->length, n == 0 ? none() : r->start, n <= 1 ? none() : r->step});
  if (!t) return -1;
  hash_t h = object_hash(t);
  decref(t);
  return h;
}

int range_bool(Object* o) { return values_of(o).length != 0; }

Object* range_repr(Object* o) {
  auto* r = static_cast<RangeObject*>(o);
  char buf[96];
  int64_t start = *int_to_int64(r->start), stop = *int_to_int64(r->stop), step = *int_to_int64(r->step);
  if (step == 1)
    snprintf(buf, sizeof buf, "range(%lld, %lld)", static_cast<long long>(start), static_cast<long long>(stop));
  else
    snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", static_cast<long long>(start), static_cast<long long>(stop),
             static_cast<long long>(step));
  return str_from_ascii(buf);
}

Object* make_iter(int64_t start, int64_t step, uint64_t len) {
  auto* it = alloc_object<RangeIterObject>(&RangeIterType);
  if (!it) return nullptr;
  it->start = start;
  it->step = step;
  it->len = len;
  return it;
}

Object* range_iter(Object* o) {
  Values v = values_of(o);
  return make_iter(static_cast<int64_t>(v.start), static_cast<int64_t>(v.step), static_cast<uint64_t>(v.length));
}

Object* rangeiter_next(Object* o) {
  auto* it = static_cast<RangeIterObject*>(o);
  if (it->len == 0) return nullptr;
  int64_t v = it->start;
  it->start = static_cast<int64_t>(static_cast<uint64_t>(v) + static_cast<uint64_t>(it->step));
  it->len--;
  return int_from_int64(v);
}

Object* iter_self(Object* o) { return newref(o); }

void range_dealloc(Object* o) {
  auto* r = static_cast<RangeObject*>(o);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  object_free(o);
}

void rangeiter_dealloc(Object* o) { object_free(o); }

SequenceMethods range_as_sequence;
MappingMethods range_as_mapping;
NumberMethods range_as_number;

}  // namespace

Object* range_from_args(Object* const* args, ssize nargs) {
  if (nargs < 1) return raise(&exc::TypeError, "range expected at least 1 argument, got %zd", nargs);
  if (nargs > 3) return raise(&exc::TypeError, "range expected at most 3 arguments, got %zd", nargs);
  Object* objs[3] = {};
  i128 vals[3] = {0, 0, 1};  // start, stop, step
  Object* result = nullptr;
  // Converted left to right: range(1.5, 2, 0) complains about the float.
  int first = nargs == 1 ? 1 : 0;
  for (int i = 0; i < nargs; i++) {
    if (!(objs[i] = number_index(args[i]))) goto done;
    vals[first + i] = int_clamped_int128(objs[i]);
  }
  if (vals[2] == 0) {
    raise(&exc::ValueError, "range() arg 3 must not be zero");
    goto done;
  }
  result = make_range(vals[0], vals[1], vals[2]);
done:
  for (Object* p : objs) xdecref(p);
  return result;
}

Object* range_new(int64_t start, int64_t stop, int64_t step) {
  if (step == 0) return raise(&exc::ValueError, "range() arg 3 must not be zero");
  return make_range(start, stop, step);
}

Object* range_index(Object* range, Object* value) {
  if (is_int_like(value)) {
    i128 pos = position_of(values_of(range), int_clamped_int128(value));
    if (pos >= 0) return int_from_int128(pos);
    Object* r = object_repr(value);
    if (!r) return nullptr;
    Object* msg = str_join_ascii("", "", " is not in range", &r, 1);
    decref(r);
    if (msg) {
      raise_object(&exc::ValueError, msg);
      decref(msg);
    }
    return nullptr;
  }
  i128 i = iter_search(range, value, Search::kIndex);
  if (i == -2) return nullptr;
  if (i < 0) return raise(&exc::ValueError, "sequence.index(x): x not in sequence");
  return int_from_int128(i);
}

ssize range_count(Object* range, Object* value) {
  if (is_int_like(value)) return position_of(values_of(range), int_clamped_int128(value)) >= 0;
  i128 n = iter_search(range, value, Search::kCount);
  return n < 0 ? -1 : static_cast<ssize>(n);
}

Object* range_reversed(Object* range) {
  Values v = values_of(range);
  if (v.length == 0) return make_iter(0, 1, 0);
  i128 last = v.start + (v.length - 1) * v.step;
  // -step wraps for INT64_MIN; the wrapped additions still land on the items.
  auto step = static_cast<int64_t>(0 - static_cast<uint64_t>(static_cast<int64_t>(v.step)));
  return make_iter(static_cast<int64_t>(last), step, static_cast<uint64_t>(v.length));
}

ssize range_iter_length_hint(Object* it) {
  uint64_t n = static_cast<RangeIterObject*>(it)->len;
  return n > static_cast<uint64_t>(INT64_MAX) ? INT64_MAX : static_cast<ssize>(n);
}

namespace {

template <typename F>
constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

Object* m_index(Object* self, Object* value) { return range_index(self, value); }

Object* m_count(Object* self, Object* value) {
  ssize n = range_count(self, value);
  return n < 0 ? nullptr : int_from_int64(n);
}

Object* m_reversed(Object* self, Object*) { return range_reversed(self); }

Object* m_reduce(Object* self, Object*) {
  auto* r = static_cast<RangeObject*>(self);
  Object* args = tuple_pack({r->start, r->stop, r->step});
  if (!args) return nullptr;
  Object* result = tuple_pack({&RangeType, args});
  decref(args);
  return result;
}

Object* rangeiter_length_hint(Object* self, Object*) {
  return int_from_int128(static_cast<RangeIterObject*>(self)->len);
}

MethodDef range_methods[] = {
    {"__reversed__", cfunc(m_reversed), kMethNoArgs, "Return a reverse iterator."},
    {"__reduce__", cfunc(m_reduce), kMethNoArgs, nullptr},
    {"count", cfunc(m_count), kMethO, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", cfunc(m_index), kMethO,
     "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."},
    {nullptr, nullptr, 0, nullptr},
};

MemberDef range_members[] = {
    {"start", kMemberObject, offsetof(RangeObject, start), kMemberReadonly, nullptr},
    {"stop", kMemberObject, offsetof(RangeObject, stop), kMemberReadonly, nullptr},
    {"step", kMemberObject, offsetof(RangeObject, step), kMemberReadonly, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

MethodDef rangeiter_methods[] = {
    {"__length_hint__", cfunc(rangeiter_length_hint), kMethNoArgs,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

Object* range_tp_new(TypeObject*, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) return raise(&exc::TypeError, "range() takes no keyword arguments");
  return range_from_args(&tuple_item(args, 0), tuple_size(args));
}

Object* range_vectorcall(Object*, Object* const* args, size_t nargsf, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) return raise(&exc::TypeError, "range() takes no keyword arguments");
  return range_from_args(args, static_cast<ssize>(nargsf));
}

}  // namespace

void init_range_types() {
  range_as_sequence.sq_length = range_sq_length;
  range_as_sequence.sq_item = range_sq_item;
  range_as_sequence.sq_contains = range_contains;
  range_as_mapping.mp_length = range_sq_length;
  range_as_mapping.mp_subscript = range_subscript;
  range_as_number.nb_bool = range_bool;

  TypeObject& t = RangeType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "range";
  t.tp_basicsize = sizeof(RangeObject);
  t.tp_dealloc = range_dealloc;
  t.tp_repr = range_repr;
  t.tp_as_number = &range_as_number;
  t.tp_as_sequence = &range_as_sequence;
  t.tp_as_mapping = &range_as_mapping;
  t.tp_hash = range_hash;
  t.tp_richcompare = range_richcompare;
  t.tp_iter = range_iter;
  t.tp_flags = kTpDefault | kTpSequence | kTpImmutableType;
  t.tp_methods = range_methods;
  t.tp_getattro = object_generic_getattr;
  RangeIterType.tp_getattro = object_generic_getattr;
  t.tp_members = range_members;
  t.tp_new = range_tp_new;
  t.tp_vectorcall = range_vectorcall;
  t.tp_doc =
      "range(stop) -> range object\n"
      "range(start, stop[, step]) -> range object\n\n"
      "Return an object that produces a sequence of integers from start (inclusive)\n"
      "to stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\n"
      "start defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\n"
      "These are exactly the valid indices for a list of 4 elements.\n"
      "When step is given, it specifies the increment (or decrement).";

  TypeObject& it = RangeIterType;
  it.ob_refcnt = kImmortalRefcnt;
  it.tp_name = "range_iterator";
  it.tp_basicsize = sizeof(RangeIterObject);
  it.tp_dealloc = rangeiter_dealloc;
  it.tp_iter = iter_self;
  it.tp_iternext = rangeiter_next;
  it.tp_methods = rangeiter_methods;
  it.tp_flags = kTpDefault | kTpDisallowInstantiation | kTpImmutableType;
}

}  // namespace dx
