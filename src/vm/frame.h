// Frames live on a per-thread stack of memory, not on the C stack, so a
// Python-to-Python call does not recurse in C (DESIGN D8). A frame is a
// header followed by its registers.
#pragma once
#include <cstddef>

#include "runtime/object.h"
#include "runtime/thread_state.h"
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

// The slow paths of frame_push and frame_pop (frame.cpp): a new chunk, the
// recursion limit, giving an emptied chunk back.
Frame* frame_push_slow(ThreadState* ts, CodeObject* code);
void frame_release_chunk(ThreadState* ts);

inline size_t frame_bytes(const CodeObject* code) {
  size_t size = sizeof(Frame) + sizeof(Object*) * static_cast<size_t>(code->nregs > 0 ? code->nregs - 1 : 0);
  return (size + 15) & ~size_t(15);
}

// Registers below `nfilled` are left for the caller to fill at once.
inline __attribute__((always_inline)) void frame_init(ThreadState* ts, Frame* f, CodeObject* code, int nfilled = 0) {
  f->code = code;
  f->func = nullptr;
  f->globals = f->builtins = f->locals = nullptr;
  f->pc = code->code;
  f->previous = ts->current_frame;
  f->result_reg = 0;
  f->is_entry = false;
  f->generator = false;
  for (int i = nfilled; i < code->nregs; i++) f->regs[i] = nullptr;
  ts->current_frame = f;
  ts->recursion_depth++;
}

// Pushes a frame for `code` with all registers empty but the first
// `nfilled`, which the caller fills at once. Raises RecursionError or
// MemoryError (returning nullptr) when the stack is exhausted. Inline: it is
// most of the cost of a call.
inline __attribute__((always_inline)) Frame* frame_push(ThreadState* ts, CodeObject* code, int nfilled = 0) {
  size_t size = frame_bytes(code);
  FrameStack::Chunk* c = ts->frames.chunk;
  if (__builtin_expect(ts->recursion_depth >= ts->call_limit || !c ||
                           static_cast<size_t>(c->limit - c->top) < size,
                       0))
    return frame_push_slow(ts, code);
  auto* f = reinterpret_cast<Frame*>(c->top);
  c->top += size;
  frame_init(ts, f, code, nfilled);
  return f;
}

// Drops the frame's registers and its references, and pops it.
// The frame is unlinked first: a __del__ run by dropping its registers sees
// the caller as the running frame, as in CPython (its memory is given back
// after, so frames pushed meanwhile go above it).
inline void frame_pop(ThreadState* ts, Frame* f) {
  ts->current_frame = f->previous;
  ts->recursion_depth--;
  for (int i = 0; i < f->code->nregs; i++) xdecref(f->regs[i]);
  xdecref(f->func);
  FrameStack::Chunk* c = ts->frames.chunk;
  c->top = reinterpret_cast<char*>(f);
  if (__builtin_expect(c->previous != nullptr, 0)) frame_release_chunk(ts);
}

}  // namespace dx
