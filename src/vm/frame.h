// Frames live on a per-thread stack of memory, not on the C stack, so a
// Python-to-Python call does not recurse in C (DESIGN D8). A frame is a
// header followed by its registers.
#pragma once
#include <cstddef>

#include "runtime/object.h"
#include "vm/code.h"
#include "vm/function.h"

namespace dx {

struct ThreadState;

struct Frame {
  CodeObject* code;        // borrowed from func, or owned when func is null
  FunctionObject* func;    // owned; null for module and class bodies run directly
  Object* globals;         // borrowed from func or the caller
  Object* builtins;
  Object* locals;          // the namespace dict of module and class bodies, else null
  const CodeUnit* pc;      // the instruction being executed
  Frame* previous;         // the caller
  uint16_t result_reg;     // where the caller wants this frame's result
  bool is_entry;           // returning from it leaves the interpreter loop
  bool generator;          // lives in a generator object (objects/generator.h), not on the stack
  Object* regs[1];         // code->nregs registers
};

// Pushes a frame for `code` with all registers empty. Raises RecursionError
// or MemoryError (returning nullptr) when the stack is exhausted.
Frame* frame_push(ThreadState* ts, CodeObject* code);
// Drops the frame's registers and its references, and pops it.
void frame_pop(ThreadState* ts, Frame* f);

}  // namespace dx
