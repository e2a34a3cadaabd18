#include "objects/cell.h"

#include "gc/gc.h"
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
  gc_untrack(o);
  xdecref(static_cast<CellObject*>(o)->ob_ref);
  object_free(o);
}

static int cell_traverse(Object* o, visitproc visit, void* arg) {
  DX_VISIT(static_cast<CellObject*>(o)->ob_ref);
  return 0;
}

static int cell_clear(Object* o) {
  auto* c = static_cast<CellObject*>(o);
  Object* v = c->ob_ref;
  c->ob_ref = nullptr;
  xdecref(v);
  return 0;
}

void init_cell_type() {
  CellType.ob_refcnt = kImmortalRefcnt;
  CellType.tp_name = "cell";
  CellType.tp_basicsize = sizeof(CellObject);
  CellType.tp_dealloc = cell_dealloc;
  CellType.tp_traverse = cell_traverse;
  CellType.tp_clear = cell_clear;
  CellType.tp_flags = kTpDefault | kTpHaveGc;
}

}  // namespace dx
