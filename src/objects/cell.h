// Cells hold the variables that nested functions share (PyCellObject layout).
#pragma once
#include "runtime/object.h"

namespace dx {

struct CellObject : Object {
  Object* ob_ref;  // the contents, or null when the variable is unbound
};

extern TypeObject CellType;

// A new cell holding `value` (a new reference is taken; null for empty).
Object* cell_new(Object* value);

void init_cell_type();

}  // namespace dx
