// The range type: an immutable arithmetic sequence. start, stop, step and
// the length are kept as int objects (CPython's rangeobject layout). When
// the bounds and the step fit in int64 (`big` false), the operations work in
// 128-bit arithmetic, which is exact there (the length may reach 2**64 - 1);
// other ranges take int-object arithmetic.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject RangeType, RangeIterType, LongRangeIterType;

struct RangeObject : Object {
  Object* start;
  Object* stop;
  Object* step;
  Object* length;
  bool big;  // start, stop or step is outside int64
};

// range_iterator: the values still to come are start, start + step, ...
// (len of them). Arithmetic wraps modulo 2**64, which is exact for every
// value produced. Used where CPython uses its C-long iterator (the length
// fits in int64 and the values cannot overflow).
struct RangeIterObject : Object {
  int64_t start;
  int64_t step;
  uint64_t len;
};

// longrange_iterator: the same with int objects, for the other ranges.
struct LongRangeIterObject : Object {
  Object* start;
  Object* step;
  Object* len;
};

inline bool is_range(const Object* o) { return type_of(o) == &RangeType; }

// range(*args): one to three index objects with CPython's errors ("range()
// arg 3 must not be zero", "range expected at least 1 argument, got 0", ...).
Object* range_from_args(Object* const* args, ssize nargs);
// range(start, stop, step) from int64 values (step != 0).
Object* range_new(int64_t start, int64_t stop, int64_t step);

// range.index(value): an int, or ValueError "<repr> is not in range"
// (or "sequence.index(x): x not in sequence" for non-ints). Runs Python code.
Object* range_index(Object* range, Object* value);
// range.count(value); -1 on error. Runs Python code.
ssize range_count(Object* range, Object* value);
// range.__reversed__().
Object* range_reversed(Object* range);
// What range_iterator.__length_hint__ returns (saturated to ssize).
ssize range_iter_length_hint(Object* it);

void init_range_types();

}  // namespace dx
