// The slice type (PySliceObject layout: start, stop, step, each None when
// omitted) and the index conversions sequences share: an object used as an
// index (int or __index__) and the clamping rules of slice bounds.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject SliceType;

inline bool is_slice(const Object* o) { return type_of(o) == &SliceType; }

// slice(start, stop, step); a null argument stands for None. New reference.
Object* slice_new(Object* start, Object* stop, Object* step);
// slice(*args) with CPython's argument-count errors.
Object* slice_from_args(Object* const* args, ssize nargs);

// Whether `o` can be used as an index: an int or a type with nb_index
// (PyIndex_Check).
bool is_index(const Object* o);
// operator.index(o): an int (new reference). TypeError "'float' object
// cannot be interpreted as an integer" for other objects.
Object* number_index(Object* o);
// The ssize value of an index object (PyNumber_AsSsize_t). When the value
// does not fit, raises `overflow` ("cannot fit 'int' into an index-sized
// integer") or, when `overflow` is null, clamps to the ssize range.
// Returns false with an error set on failure.
bool index_as_ssize(Object* o, TypeObject* overflow, ssize* out);

// PySlice_Unpack: the bounds of `slice` with None replaced by the extremes
// (start 0 / stop max for a positive step, the reverse for a negative one),
// big values clamped, the step kept above -max. False with ValueError
// "slice step cannot be zero" or a TypeError for non-index bounds.
bool slice_unpack(Object* slice, ssize* start, ssize* stop, ssize* step);
// PySlice_AdjustIndices: clamps start/stop to a sequence of `length` items
// (negative bounds count from the end) and returns the number of items the
// slice selects.
ssize slice_adjust_indices(ssize length, ssize* start, ssize* stop, ssize step);
// slice.indices(length): the tuple (start, stop, step). ValueError "length
// should not be negative".
Object* slice_indices(Object* slice, Object* length);

// A Py_ssize_t argument of a builtin method (argument clinic's converter):
// an index object; OverflowError "Python int too large to convert to C
// ssize_t" when it does not fit.
bool ssize_arg(Object* o, ssize* out);
// The same for a C int argument ("... to convert to C int").
bool int_arg(Object* o, int* out);

// The clamped value of a bound given to list.index/count-style methods
// (_PyEval_SliceIndexNotNone): an index object, or TypeError "slice indices
// must be integers or have an __index__ method".
bool slice_index_not_none(Object* o, ssize* out);

void init_slice_type();

}  // namespace dx
