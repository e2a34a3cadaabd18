// The iterator types the builtins module names: enumerate, zip, map, filter
// and reversed (one file each; CPython's layouts and messages). Calling the
// type is its tp_new.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject EnumerateType, ZipType, MapType, FilterType, ReversedType;

struct EnumerateObject : Object {
  ssize en_index;        // the next index, while it fits
  Object* en_sit;        // the underlying iterator
  Object* en_result;     // unused (CPython reuses a result tuple)
  Object* en_longindex;  // the next index as an int once en_index is saturated, or null
};

struct ZipObject : Object {
  ssize tuplesize;
  Object* ittuple;  // tuple of iterators
  Object* result;   // unused (CPython reuses a result tuple)
  int strict;
};

struct MapObject : Object {
  Object* iters;  // tuple of iterators
  Object* func;
};

struct FilterObject : Object {
  Object* func;  // None or bool: the items' truth
  Object* it;
};

struct ReversedObject : Object {
  ssize index;  // the next index, -1 when exhausted
  Object* seq;  // null when exhausted
};

void init_enumerate_type();
void init_zip_type();
void init_map_type();
void init_filter_type();
void init_reversed_type();

}  // namespace dx
