// The range type and its iterators (range.h). Small ranges compute in
// 128-bit arithmetic from the int64 bounds (lengths up to 2**64 - 1 and every
// item are exact); big ones in int objects.
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

TypeObject RangeType, RangeIterType, LongRangeIterType;

namespace {

using i128 = __int128;

// An owned reference, released at scope exit (the int-object paths chain
// several operations, each of which may fail).
struct Ref {
  Object* p = nullptr;
  Ref() = default;
  explicit Ref(Object* o) : p(o) {}
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  ~Ref() { xdecref(p); }
  void reset(Object* o) {
    xdecref(p);
    p = o;
  }
  Object* release() {
    Object* o = p;
    p = nullptr;
    return o;
  }
  explicit operator bool() const { return p != nullptr; }
};

Object* add(Object* a, Object* b) { return binary_op(a, b, BinaryOpKind::Add); }
Object* sub(Object* a, Object* b) { return binary_op(a, b, BinaryOpKind::Sub); }
Object* mul(Object* a, Object* b) { return binary_op(a, b, BinaryOpKind::Mul); }
Object* one() { return int_from_int64(1); }
// The sign of an exact int: -1, 0 or 1.
int sign_of(Object* o) {
  ssize size = static_cast<IntObject*>(o)->ob_size;
  return size < 0 ? -1 : size > 0;
}

struct Values {
  i128 start, stop, step, length;
};

// An int's value, exact within four digits (120 bits) and clamped beyond,
// which is outside every small range.
i128 int_clamped_int128(Object* o) {
  auto* v = static_cast<IntObject*>(o);
  ssize size = v->ob_size, n = size < 0 ? -size : size;
  if (n > 4) return size < 0 ? -(i128(1) << 125) : (i128(1) << 125);
  i128 mag = 0;
  for (ssize k = n; k-- > 0;) mag = (mag << kDigitBits) | v->ob_digit[k];
  return size < 0 ? -mag : mag;
}

// The values of a small range (not big).
Values values_of(Object* o) {
  auto* r = static_cast<RangeObject*>(o);
  return {int_clamped_int128(r->start), int_clamped_int128(r->stop), int_clamped_int128(r->step),
          int_clamped_int128(r->length)};
}

bool is_big(Object* o) { return static_cast<RangeObject*>(o)->big; }

bool fits_int64(i128 v) { return v >= INT64_MIN && v <= INT64_MAX; }

i128 range_length(i128 start, i128 stop, i128 step) {
  if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
  if (step < 0 && stop < start) return (start - stop - 1) / (-step) + 1;
  return 0;
}

// (hi - lo - 1) // |step| + 1 when lo < hi, else 0, in int objects.
Object* big_length(Object* start, Object* stop, Object* step) {
  bool up = sign_of(step) > 0;
  Object* lo = up ? start : stop;
  Object* hi = up ? stop : start;
  int ge = object_richcompare_bool(lo, hi, kGe);
  if (ge < 0) return nullptr;
  if (ge) return int_from_int64(0);
  Ref abs_step(up ? newref(step) : unary_op(step, UnaryOpKind::Negative));
  if (!abs_step) return nullptr;
  Ref diff(sub(hi, lo));
  if (!diff) return nullptr;
  Ref o(one());
  if (!o) return nullptr;
  diff.reset(sub(diff.p, o.p));
  if (!diff) return nullptr;
  Ref q(binary_op(diff.p, abs_step.p, BinaryOpKind::FloorDiv));
  if (!q) return nullptr;
  return add(q.p, o.p);
}

Object* alloc_range(Object* start, Object* stop, Object* step, Object* length, bool big) {
  if (!start || !stop || !step || !length) {
    xdecref(start);
    xdecref(stop);
    xdecref(step);
    xdecref(length);
    return nullptr;
  }
  auto* r = alloc_object<RangeObject>(&RangeType);
  if (!r) {
    decref(start);
    decref(stop);
    decref(step);
    decref(length);
    return nullptr;
  }
  r->start = start;
  r->stop = stop;
  r->step = step;
  r->length = length;
  r->big = big;
  return r;
}

// A range of int objects (borrowed; step nonzero), small when they fit.
Object* make_range_objects(Object* start, Object* stop, Object* step);

Object* make_range(i128 start, i128 stop, i128 step) {
  if (fits_int64(start) && fits_int64(stop) && fits_int64(step))
    return alloc_range(int_from_int64(static_cast<int64_t>(start)), int_from_int64(static_cast<int64_t>(stop)),
                       int_from_int64(static_cast<int64_t>(step)), int_from_int128(range_length(start, stop, step)),
                       false);
  Ref a(int_from_int128(start)), b(int_from_int128(stop)), c(int_from_int128(step));
  if (!a || !b || !c) return nullptr;
  return make_range_objects(a.p, b.p, c.p);
}

Object* make_range_objects(Object* start, Object* stop, Object* step) {
  auto a = int_to_int64(start), b = int_to_int64(stop), c = int_to_int64(step);
  if (a && b && c) return make_range(*a, *b, *c);
  return alloc_range(newref(start), newref(stop), newref(step), big_length(start, stop, step), true);
}

// The position of `value` in the range when it is one of its items, else -1.
i128 position_of(const Values& v, i128 value) {
  bool inside = v.step > 0 ? v.start <= value && value < v.stop : v.stop < value && value <= v.start;
  if (!inside) return -1;
  i128 offset = value - v.start;
  return offset % v.step == 0 ? offset / v.step : -1;
}

// In a big range: 1 when the int `value` is an item, 0 if not, -1 on error.
int big_contains_int(RangeObject* r, Object* value) {
  bool up = sign_of(r->step) > 0;
  int in = up ? object_richcompare_bool(r->start, value, kLe) : object_richcompare_bool(r->stop, value, kLt);
  if (in <= 0) return in;
  in = up ? object_richcompare_bool(value, r->stop, kLt) : object_richcompare_bool(value, r->start, kLe);
  if (in <= 0) return in;
  Ref offset(sub(value, r->start));
  if (!offset) return -1;
  Ref rem(binary_op(offset.p, r->step, BinaryOpKind::Mod));
  if (!rem) return -1;
  return sign_of(rem.p) == 0;
}

// Ints (and bools) are found by arithmetic; other objects are compared with
// each item, as any sequence search does.
bool is_int_like(Object* o) { return is_int_exact(o) || is_bool(o); }

enum class Search { kContains, kCount, kIndex };

// Scans the items for ones equal to `value`: 1/0 (contains), the count, or
// the first index (-1 when absent, no error); -2 on error.
i128 iter_search(Object* range, Object* value, Search what) {
  auto* r = static_cast<RangeObject*>(range);
  Ref item(newref(r->start)), left(newref(r->length)), o(one());
  if (!o) return -2;
  i128 count = 0;
  for (i128 i = 0; sign_of(left.p) > 0; i++) {
    int cmp = object_richcompare_bool(item.p, value, kEq);
    if (cmp < 0) return -2;
    if (cmp) {
      if (what == Search::kContains) return 1;
      if (what == Search::kIndex) return i;
      count++;
    }
    item.reset(add(item.p, r->step));
    left.reset(sub(left.p, o.p));
    if (!item || !left) return -2;
  }
  return what == Search::kIndex ? -1 : count;
}

// ---- slots -----------------------------------------------------------------------------

ssize range_sq_length(Object* o) {
  auto n = int_to_int64(static_cast<RangeObject*>(o)->length);
  if (!n) {
    raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  return static_cast<ssize>(*n);
}

Object* item_at(const Values& v, i128 i) {
  if (i < 0 || i >= v.length) return raise(&exc::IndexError, "range object index out of range");
  return int_from_int128(v.start + i * v.step);
}

// The item at int index `i` (negative counts from the end), in int objects.
Object* big_item(RangeObject* r, Object* i) {
  Ref idx(sign_of(i) < 0 ? add(i, r->length) : newref(i));
  if (!idx) return nullptr;
  int out = sign_of(idx.p) < 0;
  if (!out) out = object_richcompare_bool(idx.p, r->length, kGe);
  if (out < 0) return nullptr;
  if (out) return raise(&exc::IndexError, "range object index out of range");
  Ref offset(mul(idx.p, r->step));
  if (!offset) return nullptr;
  return add(r->start, offset.p);
}

Object* range_sq_item(Object* o, ssize i) {
  if (!is_big(o)) return item_at(values_of(o), i);
  Ref idx(int_from_int64(i));
  if (!idx) return nullptr;
  return big_item(static_cast<RangeObject*>(o), idx.p);
}

int range_contains(Object* o, Object* value) {
  if (is_int_like(value)) {
    if (!is_big(o)) return position_of(values_of(o), int_clamped_int128(value)) >= 0;
    return big_contains_int(static_cast<RangeObject*>(o), value);
  }
  i128 r = iter_search(o, value, Search::kContains);
  return r < 0 ? -1 : static_cast<int>(r);
}

// A slice field as an int (new reference), or nullptr with TypeError.
Object* slice_index(Object* field) {
  if (!is_index(field))
    return raise(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
  return number_index(field);
}

// A slice bound clamped to [lower, upper] after negative ones count from the
// end (`length`).
Object* clamp_bound(Object* field, Object* lower, Object* upper, Object* length) {
  Ref x(slice_index(field));
  if (!x) return nullptr;
  if (sign_of(x.p) < 0) {
    x.reset(add(x.p, length));
    if (!x) return nullptr;
    int below = object_richcompare_bool(x.p, lower, kLt);
    if (below < 0) return nullptr;
    return below ? newref(lower) : x.release();
  }
  int above = object_richcompare_bool(x.p, upper, kGt);
  if (above < 0) return nullptr;
  return above ? newref(upper) : x.release();
}

// range[slice]: the slice taken in index space, mapped back to values
// (in int objects: the slice's fields may be of any size).
Object* range_slice(Object* o, Object* slice) {
  auto* r = static_cast<RangeObject*>(o);
  auto* s = static_cast<SliceObject*>(slice);
  Ref step(is_none(s->step) ? one() : slice_index(s->step));
  if (!step) return nullptr;
  if (sign_of(step.p) == 0) return raise(&exc::ValueError, "slice step cannot be zero");
  bool down = sign_of(step.p) < 0;
  Ref o1(one());
  if (!o1) return nullptr;
  Ref lower(down ? int_from_int64(-1) : int_from_int64(0));
  Ref upper(down ? sub(r->length, o1.p) : newref(r->length));
  if (!lower || !upper) return nullptr;
  Ref first(is_none(s->start) ? newref(down ? upper.p : lower.p) : clamp_bound(s->start, lower.p, upper.p, r->length));
  if (!first) return nullptr;
  Ref last(is_none(s->stop) ? newref(down ? lower.p : upper.p) : clamp_bound(s->stop, lower.p, upper.p, r->length));
  if (!last) return nullptr;
  Ref new_step(mul(step.p, r->step));
  Ref a(mul(first.p, r->step)), b(mul(last.p, r->step));
  if (!new_step || !a || !b) return nullptr;
  a.reset(add(r->start, a.p));
  b.reset(add(r->start, b.p));
  if (!a || !b) return nullptr;
  return make_range_objects(a.p, b.p, new_step.p);
}

Object* range_subscript(Object* o, Object* key) {
  if (is_index(key)) {
    Ref k(number_index(key));
    if (!k) return nullptr;
    if (is_big(o)) return big_item(static_cast<RangeObject*>(o), k.p);
    i128 i = int_clamped_int128(k.p);
    Values v = values_of(o);
    if (i < 0) i += v.length;
    return item_at(v, i);
  }
  if (is_slice(key)) return range_slice(o, key);
  return raise(&exc::TypeError, "range indices must be integers or slices, not %.200s", type_of(key)->tp_name);
}

// Ranges are equal when they produce the same items: same length, and (when
// not empty) same start, and (when longer than one) same step.
Object* range_richcompare(Object* a, Object* b, int op) {
  if (!is_range(a) || !is_range(b) || (op != kEq && op != kNe)) return newref(not_implemented());
  int equal = 1;
  if (a != b) {
    auto* x = static_cast<RangeObject*>(a);
    auto* y = static_cast<RangeObject*>(b);
    equal = object_richcompare_bool(x->length, y->length, kEq);
    if (equal > 0 && sign_of(x->length) != 0) {
      equal = object_richcompare_bool(x->start, y->start, kEq);
      if (equal > 0) {
        Ref o(one());
        if (!o) return nullptr;
        int single = object_richcompare_bool(x->length, o.p, kEq);
        if (single < 0) return nullptr;
        if (!single) equal = object_richcompare_bool(x->step, y->step, kEq);
      }
    }
    if (equal < 0) return nullptr;
  }
  return newref(bool_object((equal != 0) == (op == kEq)));
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

int range_bool(Object* o) { return sign_of(static_cast<RangeObject*>(o)->length) != 0; }

Object* range_repr(Object* o) {
  auto* r = static_cast<RangeObject*>(o);
  Object* parts[3] = {object_repr(r->start), object_repr(r->stop), nullptr};
  bool unit_step = is_int_exact(r->step) && int_to_int64(r->step) == 1;
  if (!unit_step) parts[2] = object_repr(r->step);
  Object* result = nullptr;
  if (parts[0] && parts[1] && (unit_step || parts[2])) result = str_join_ascii("range(", ", ", ")", parts, unit_step ? 2 : 3);
  for (Object* p : parts) xdecref(p);
  return result;
}

Object* make_iter(int64_t start, int64_t step, uint64_t len) {
  auto* it = alloc_object<RangeIterObject>(&RangeIterType);
  if (!it) return nullptr;
  it->start = start;
  it->step = step;
  it->len = len;
  return it;
}

// A longrange_iterator (the references are stolen).
Object* make_long_iter(Object* start, Object* step, Object* len) {
  if (!start || !step || !len) {
    xdecref(start);
    xdecref(step);
    xdecref(len);
    return nullptr;
  }
  auto* it = alloc_object<LongRangeIterObject>(&LongRangeIterType);
  if (!it) {
    decref(start);
    decref(step);
    decref(len);
    return nullptr;
  }
  it->start = start;
  it->step = step;
  it->len = len;
  return it;
}

Object* range_iter(Object* o) {
  auto* r = static_cast<RangeObject*>(o);
  if (!r->big) {
    Values v = values_of(o);
    auto stop = static_cast<int64_t>(v.stop), step = static_cast<int64_t>(v.step);
    // CPython's choice: the C-long iterator when the length fits and
    // start + len * step cannot overflow.
    bool fast = v.length <= INT64_MAX &&
                (v.length == 0 || (step > 0 ? stop <= INT64_MAX - (step - 1) : stop >= INT64_MIN + (-1 - step)));
    if (fast) return make_iter(static_cast<int64_t>(v.start), step, static_cast<uint64_t>(v.length));
  }
  return make_long_iter(newref(r->start), newref(r->step), newref(r->length));
}

Object* rangeiter_next(Object* o) {
  auto* it = static_cast<RangeIterObject*>(o);
  if (it->len == 0) return nullptr;
  int64_t v = it->start;
  it->start = static_cast<int64_t>(static_cast<uint64_t>(v) + static_cast<uint64_t>(it->step));
  it->len--;
  return int_from_int64(v);
}

Object* longrangeiter_next(Object* o) {
  auto* it = static_cast<LongRangeIterObject*>(o);
  if (sign_of(it->len) <= 0) return nullptr;
  Ref o1(one());
  if (!o1) return nullptr;
  Object* next_start = add(it->start, it->step);
  if (!next_start) return nullptr;
  Object* next_len = sub(it->len, o1.p);
  if (!next_len) {
    decref(next_start);
    return nullptr;
  }
  Object* result = it->start;
  it->start = next_start;
  decref(it->len);
  it->len = next_len;
  return result;
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

void longrangeiter_dealloc(Object* o) {
  auto* it = static_cast<LongRangeIterObject*>(o);
  decref(it->start);
  decref(it->step);
  decref(it->len);
  object_free(o);
}

SequenceMethods range_as_sequence;
MappingMethods range_as_mapping;
NumberMethods range_as_number;

}  // namespace

Object* range_from_args(Object* const* args, ssize nargs) {
  if (nargs < 1) return raise(&exc::TypeError, "range expected at least 1 argument, got %zd", nargs);
  if (nargs > 3) return raise(&exc::TypeError, "range expected at most 3 arguments, got %zd", nargs);
  i128 vals[3] = {0, 0, 1};  // start, stop, step
  int first = nargs == 1 ? 1 : 0;
  // The common case first: int arguments within int64 (no conversions).
  bool small = true;
  for (int i = 0; i < nargs && small; i++) {
    small = is_int_exact(args[i]);
    if (small) small = fits_int64(vals[first + i] = int_clamped_int128(args[i]));
  }
  if (small) {
    if (vals[2] == 0) return raise(&exc::ValueError, "range() arg 3 must not be zero");
    return make_range(vals[0], vals[1], vals[2]);
  }
  Object* objs[3] = {};
  Object* result = nullptr;
  small = true;
  // Converted left to right: range(1.5, 2, 0) complains about the float.
  for (int i = 0; i < nargs; i++) {
    if (!(objs[i] = number_index(args[i]))) goto done;
    if (!is_int_exact(objs[i])) {  // range(True, 2**64).start is 1 (CPython's PyNumber_Index)
      Object* exact = int_exact_copy(objs[i]);
      decref(objs[i]);
      if (!(objs[i] = exact)) goto done;
    }
    vals[first + i] = int_clamped_int128(objs[i]);
    small = small && fits_int64(vals[first + i]);
  }
  if (vals[2] == 0) {
    raise(&exc::ValueError, "range() arg 3 must not be zero");
    goto done;
  }
  if (small) {
    result = make_range(vals[0], vals[1], vals[2]);
  } else {
    Ref zero(int_from_int64(0)), o1(one());
    if (!zero || !o1) goto done;
    Object* start = nargs == 1 ? zero.p : objs[0];
    Object* stop = nargs == 1 ? objs[0] : objs[1];
    result = make_range_objects(start, stop, nargs == 3 ? objs[2] : o1.p);
  }
done:
  for (Object* p : objs) xdecref(p);
  return result;
}

Object* range_new(int64_t start, int64_t stop, int64_t step) {
  if (step == 0) return raise(&exc::ValueError, "range() arg 3 must not be zero");
  return make_range(start, stop, step);
}

namespace {

Object* not_in_range(Object* value) {
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

}  // namespace

Object* range_index(Object* range, Object* value) {
  if (is_int_like(value)) {
    if (!is_big(range)) {
      i128 pos = position_of(values_of(range), int_clamped_int128(value));
      return pos >= 0 ? int_from_int128(pos) : not_in_range(value);
    }
    auto* r = static_cast<RangeObject*>(range);
    int in = big_contains_int(r, value);
    if (in < 0) return nullptr;
    if (!in) return not_in_range(value);
    Ref offset(sub(value, r->start));
    if (!offset) return nullptr;
    return binary_op(offset.p, r->step, BinaryOpKind::FloorDiv);
  }
  i128 i = iter_search(range, value, Search::kIndex);
  if (i == -2) return nullptr;
  if (i < 0) return raise(&exc::ValueError, "sequence.index(x): x not in sequence");
  return int_from_int128(i);
}

ssize range_count(Object* range, Object* value) {
  if (is_int_like(value)) return range_contains(range, value);
  i128 n = iter_search(range, value, Search::kCount);
  return n < 0 ? -1 : static_cast<ssize>(n);
}

Object* range_reversed(Object* range) {
  auto* r = static_cast<RangeObject*>(range);
  if (!r->big) {
    Values v = values_of(range);
    auto start = static_cast<int64_t>(v.start), step = static_cast<int64_t>(v.step);
    // CPython's choice: the C-long iterator unless -step or start - step
    // overflows, or the length does not fit.
    bool fast = step != INT64_MIN && v.length <= INT64_MAX &&
                (step > 0 ? static_cast<uint64_t>(start) - static_cast<uint64_t>(INT64_MIN) >= static_cast<uint64_t>(step)
                          : static_cast<uint64_t>(INT64_MAX) - static_cast<uint64_t>(start) >= 0 - static_cast<uint64_t>(step));
    if (fast) {
      i128 last = v.length == 0 ? v.start : v.start + (v.length - 1) * v.step;
      return make_iter(static_cast<int64_t>(last), -step, static_cast<uint64_t>(v.length));
    }
  }
  // The last item first: start + (len - 1) * step, then by -step.
  Ref o1(one());
  if (!o1) return nullptr;
  Ref n(sub(r->length, o1.p));
  if (!n) return nullptr;
  Ref offset(mul(n.p, r->step));
  if (!offset) return nullptr;
  return make_long_iter(add(r->start, offset.p), unary_op(r->step, UnaryOpKind::Negative), newref(r->length));
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

Object* longrangeiter_length_hint(Object* self, Object*) { return newref(static_cast<LongRangeIterObject*>(self)->len); }

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

MethodDef longrangeiter_methods[] = {
    {"__length_hint__", cfunc(longrangeiter_length_hint), kMethNoArgs,
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

  TypeObject& lit = LongRangeIterType;
  lit.ob_refcnt = kImmortalRefcnt;
  lit.tp_name = "longrange_iterator";
  lit.tp_basicsize = sizeof(LongRangeIterObject);
  lit.tp_dealloc = longrangeiter_dealloc;
  lit.tp_iter = iter_self;
  lit.tp_iternext = longrangeiter_next;
  lit.tp_methods = longrangeiter_methods;
  lit.tp_getattro = object_generic_getattr;
  lit.tp_flags = kTpDefault | kTpDisallowInstantiation | kTpImmutableType;
}

}  // namespace dx
