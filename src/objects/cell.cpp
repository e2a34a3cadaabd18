#include "objects/cell.h"

#include "runtime/alloc.h"

namespace dx {

TypeObject CellType;

Object* cell_new(Object* value) {
  auto* c = alloc_object<CellObject>(&CellType);
  if (!c) return nullptr;
  c->ob_ref = value ? newref(value) : nullptr;
  return c;
}

static void cell_dealloc(Object* o) {
  xdecref(static_cast<CellObject*>(o)->ob_ref);
  object_free(o);
}

void init_cell_type() {
  CellType.ob_refcnt = kImmortalRefcnt;
  CellType.tp_name = "cell";
  CellType.tp_basicsize = sizeof(CellObject);
  CellType.tp_dealloc = cell_dealloc;
  CellType.tp_flags = kTpDefault;
}

}  // namespace dx
