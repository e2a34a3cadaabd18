#include "vm/code.h"

#include <initializer_list>

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
  for (Object* f : {c->consts, c->names, c->varnames, c->filename, c->name, c->qualname}) xdecref(f);
  object_free(o);
}

}  // namespace

const char* opcode_name(Opcode op) { return kNames[static_cast<int>(op)]; }

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

void init_code_type() {
  CodeType.ob_refcnt = kImmortalRefcnt;
  CodeType.tp_name = "code";
  CodeType.tp_basicsize = sizeof(CodeObject);
  CodeType.tp_dealloc = code_dealloc;
  CodeType.tp_flags = kTpDefault;
}

}  // namespace dx
