#include "objects/cell.h"

#include <cstdio>

#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject CellType;

Object* cell_new(Object* value) {
  auto* c = alloc_object<CellObject>(&CellType);
  if (!c) return nullptr;
  c->ob_ref = value ? newref(value) : nullptr;
  return c;
}

namespace {

void cell_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<CellObject*>(o)->ob_ref);
  object_free(o);
}

int cell_traverse(Object* o, visitproc visit, void* arg) {
  DX_VISIT(static_cast<CellObject*>(o)->ob_ref);
  return 0;
}

int cell_clear(Object* o) {
  auto* c = static_cast<CellObject*>(o);
  Object* v = c->ob_ref;
  c->ob_ref = nullptr;
  xdecref(v);
  return 0;
}

// cell([contents]): types.CellType.
Object* cell_tp_new(TypeObject*, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) return raise(&exc::TypeError, "cell() takes no keyword arguments");
  ssize n = tuple_size(args);
  if (n > 1) return raise(&exc::TypeError, "cell expected at most 1 argument, got %zd", n);
  return cell_new(n ? tuple_item(args, 0) : nullptr);
}

Object* cell_repr(Object* o) {
  Object* v = static_cast<CellObject*>(o)->ob_ref;
  char buf[200];
  if (!v)
    snprintf(buf, sizeof buf, "<cell at %p: empty>", static_cast<void*>(o));
  else
    snprintf(buf, sizeof buf, "<cell at %p: %.80s object at %p>", static_cast<void*>(o), type_of(v)->tp_name,
             static_cast<void*>(v));
  return str_from_utf8(buf);
}

// Cells compare by contents; an empty cell is less than any full one.
Object* cell_richcompare(Object* a, Object* b, int op) {
  if (type_of(a) != &CellType || type_of(b) != &CellType) return newref(not_implemented());
  Object* va = static_cast<CellObject*>(a)->ob_ref;
  Object* vb = static_cast<CellObject*>(b)->ob_ref;
  if (va && vb) return object_richcompare(va, vb, op);
  int x = vb == nullptr, y = va == nullptr;  // as CPython: compare "b is empty" with "a is empty"
  bool r = false;
  switch (op) {
    case kLt: r = x < y; break;
    case kLe: r = x <= y; break;
    case kEq: r = x == y; break;
    case kNe: r = x != y; break;
    case kGt: r = x > y; break;
    case kGe: r = x >= y; break;
  }
  return newref(bool_object(r));
}

Object* cell_get_contents(Object* o, void*) {
  Object* v = static_cast<CellObject*>(o)->ob_ref;
  if (!v) return raise(&exc::ValueError, "Cell is empty");
  return newref(v);
}

int cell_set_contents(Object* o, Object* value, void*) {
  auto* c = static_cast<CellObject*>(o);
  Object* old = c->ob_ref;
  c->ob_ref = value ? newref(value) : nullptr;
  xdecref(old);
  return 0;
}

GetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_cell_type() {
  CellType.ob_refcnt = kImmortalRefcnt;
  CellType.tp_name = "cell";
  CellType.tp_basicsize = sizeof(CellObject);
  CellType.tp_dealloc = cell_dealloc;
  CellType.tp_traverse = cell_traverse;
  CellType.tp_clear = cell_clear;
  CellType.tp_flags = kTpDefault | kTpHaveGc;
  CellType.tp_new = cell_tp_new;
  CellType.tp_repr = cell_repr;
  CellType.tp_richcompare = cell_richcompare;
  CellType.tp_getset = cell_getset;
}

}  // namespace dx
