#include "vm/code.h"

#include <cstdio>
#include <initializer_list>
#include <string>

#include "objects/descriptor.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"

namespace dx {

TypeObject CodeType;

namespace {

// A frame returning to its caller resumes after the caller's call
// instruction, whichever it was: the call forms have one length.
static_assert(instruction_length(Opcode::CallEx) == instruction_length(Opcode::Call));
static_assert(instruction_length(Opcode::CallMethod) == instruction_length(Opcode::Call));

const char* const kNames[] = {
#define OPCODE(Name, operands, cache, semantics) #Name,
#include "vm/opcodes.def"
};

void code_dealloc(Object* o) {
  auto* c = static_cast<CodeObject*>(o);
  mem_free(c->code);
  mem_free(c->positions);
  mem_free(c->exceptions);
  for (Object* f : {c->consts, c->names, c->varnames, c->cellvars, c->filename, c->name, c->qualname}) xdecref(f);
  object_free(o);
}

}  // namespace

const char* opcode_name(Opcode op) { return kNames[static_cast<int>(op)]; }

bool code_local_is_cell(const CodeObject* code, int i) {
  if (i >= code->nlocals || !code->cellvars) return false;
  Object* name = tuple_item(code->varnames, i);
  for (ssize k = 0; k < tuple_size(code->cellvars); k++)
    if (str_equal(tuple_item(code->cellvars, k), name)) return true;
  return false;
}

const PositionEntry* code_position(const CodeObject* code, uint32_t offset) {
  // The last entry starting at or before offset (entries are sorted).
  const PositionEntry* found = nullptr;
  uint32_t lo = 0, hi = code->npositions;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (code->positions[mid].offset <= offset) {
      found = &code->positions[mid];
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return found;
}

namespace {

// <code object f at 0x..., file "x.py", line 3>
Object* code_repr(Object* o) {
  auto* c = static_cast<CodeObject*>(o);
  char buf[64];
  std::snprintf(buf, sizeof buf, " at %p, file \"", static_cast<void*>(o));
  std::string s = "<code object ";
  s += str_utf8(c->name);
  s += buf;
  s += str_utf8(c->filename);
  s += "\", line " + std::to_string(c->firstlineno) + ">";
  return str_from_utf8(s);
}

CodeObject* cd(Object* o) { return static_cast<CodeObject*>(o); }
Object* get_name(Object* o, void*) { return newref(cd(o)->name); }
Object* get_qualname(Object* o, void*) { return newref(cd(o)->qualname); }
Object* get_filename(Object* o, void*) { return newref(cd(o)->filename); }
Object* get_firstlineno(Object* o, void*) { return int_from_int64(cd(o)->firstlineno); }
Object* get_argcount(Object* o, void*) { return int_from_int64(cd(o)->argcount); }
Object* get_posonlyargcount(Object* o, void*) { return int_from_int64(cd(o)->posonlyargcount); }
Object* get_kwonlyargcount(Object* o, void*) { return int_from_int64(cd(o)->kwonlyargcount); }
Object* get_flags(Object* o, void*) { return int_from_int64(cd(o)->flags & ~kCoHasDocstring); }
Object* get_consts(Object* o, void*) { return newref(cd(o)->consts); }
Object* get_names(Object* o, void*) { return newref(cd(o)->names); }
// co_varnames: the plain locals (parameters first).
Object* get_varnames(Object* o, void*) {
  CodeObject* c = cd(o);
  Object* t = tuple_new(c->nlocals);
  if (!t) return nullptr;
  for (int i = 0; i < c->nlocals; i++) tuple_item(t, i) = newref(tuple_item(c->varnames, i));
  return t;
}
Object* get_nlocals(Object* o, void*) { return int_from_int64(cd(o)->nlocals); }
Object* varnames_slice(CodeObject* c, int start, int count) {
  Object* t = tuple_new(count);
  if (!t) return nullptr;
  for (int i = 0; i < count; i++) tuple_item(t, i) = newref(tuple_item(c->varnames, start + i));
  return t;
}
// co_freevars: the names after the locals and cells in varnames.
Object* get_cellvars(Object* o, void*) {
  return cd(o)->cellvars ? newref(cd(o)->cellvars) : varnames_slice(cd(o), cd(o)->nlocals, cd(o)->ncells);
}
Object* get_freevars(Object* o, void*) {
  return varnames_slice(cd(o), cd(o)->nlocals + cd(o)->ncells, cd(o)->nfrees);
}

GetSetDef code_getset[] = {
    {"co_name", get_name, nullptr, nullptr, nullptr},
    {"co_qualname", get_qualname, nullptr, nullptr, nullptr},
    {"co_filename", get_filename, nullptr, nullptr, nullptr},
    {"co_firstlineno", get_firstlineno, nullptr, nullptr, nullptr},
    {"co_argcount", get_argcount, nullptr, nullptr, nullptr},
    {"co_posonlyargcount", get_posonlyargcount, nullptr, nullptr, nullptr},
    {"co_kwonlyargcount", get_kwonlyargcount, nullptr, nullptr, nullptr},
    {"co_flags", get_flags, nullptr, nullptr, nullptr},
    {"co_consts", get_consts, nullptr, nullptr, nullptr},
    {"co_names", get_names, nullptr, nullptr, nullptr},
    {"co_varnames", get_varnames, nullptr, nullptr, nullptr},
    {"co_nlocals", get_nlocals, nullptr, nullptr, nullptr},
    {"co_cellvars", get_cellvars, nullptr, nullptr, nullptr},
    {"co_freevars", get_freevars, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* line_or_none(int n) { return n >= 0 ? int_from_int64(n) : return_none(); }

// Appends `item` (a new reference, or null on failure) to `list`: false on failure.
bool append_new(Object* list, Object* item) {
  if (!item) return false;
  int r = list_append(list, item);
  decref(item);
  return r == 0;
}

// co_lines(): (start, end, line) for each range of the position table, in
// bytes (an instruction unit is two bytes); line None where there is none.
Object* code_co_lines(Object* o, Object*) {
  CodeObject* c = cd(o);
  Object* list = list_new(0);
  if (!list) return nullptr;
  uint32_t at = 0;
  for (uint32_t i = 0; i <= c->npositions; i++) {
    uint32_t end = i < c->npositions ? c->positions[i].offset : c->code_size;
    if (end > at) {
      int line = i > 0 ? c->positions[i - 1].lineno : -1;
      Object* t = tuple_new(3);
      if (t) {
        tuple_item(t, 0) = int_from_int64(static_cast<int64_t>(at) * 2);
        tuple_item(t, 1) = int_from_int64(static_cast<int64_t>(end) * 2);
        tuple_item(t, 2) = line_or_none(line);
        if (!tuple_item(t, 0) || !tuple_item(t, 1) || !tuple_item(t, 2)) {
          decref(t);
          t = nullptr;
        }
      }
      if (!append_new(list, t)) {
        decref(list);
        return nullptr;
      }
      at = end;
    }
  }
  Object* it = object_get_iter(list);
  decref(list);
  return it;
}

// co_positions(): (lineno, end_lineno, col_offset, end_col_offset) for each
// instruction unit.
Object* code_co_positions(Object* o, Object*) {
  CodeObject* c = cd(o);
  Object* list = list_new(0);
  if (!list) return nullptr;
  for (uint32_t u = 0; u < c->code_size; u++) {
    const PositionEntry* p = code_position(c, u);
    Object* t = tuple_new(4);
    if (t) {
      tuple_item(t, 0) = line_or_none(p ? p->lineno : -1);
      tuple_item(t, 1) = line_or_none(p ? p->end_lineno : -1);
      tuple_item(t, 2) = line_or_none(p ? p->col_offset : -1);
      tuple_item(t, 3) = line_or_none(p ? p->end_col_offset : -1);
      for (int k = 0; k < 4; k++)
        if (!tuple_item(t, k)) {
          decref(t);
          t = nullptr;
          break;
        }
    }
    if (!append_new(list, t)) {
      decref(list);
      return nullptr;
    }
  }
  Object* it = object_get_iter(list);
  decref(list);
  return it;
}

MethodDef code_methods[] = {
    {"co_lines", reinterpret_cast<CFunction>(code_co_lines), kMethNoArgs, nullptr},
    {"co_positions", reinterpret_cast<CFunction>(code_co_positions), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void init_code_type() {
  CodeType.ob_refcnt = kImmortalRefcnt;
  CodeType.tp_name = "code";
  CodeType.tp_basicsize = sizeof(CodeObject);
  CodeType.tp_dealloc = code_dealloc;
  CodeType.tp_repr = code_repr;
  CodeType.tp_getset = code_getset;
  CodeType.tp_methods = code_methods;
  CodeType.tp_flags = kTpDefault;
}

}  // namespace dx
