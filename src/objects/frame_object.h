// Frame objects (`frame`), CPython 3.11's scheme: a VM frame (vm/frame.h)
// is plain memory on the thread's frame stack or inside a generator, and a
// frame object is made for it only when Python asks (a traceback entry,
// gi_frame, f_back, sys._getframe). The VM frame then holds the object
// (Frame::object, kFrameHasObject) and the object points at the VM frame.
// When the VM frame ends while the object is still referenced elsewhere,
// the object takes over the frame's data (code, function, namespaces, pc,
// the locals, cells and free variables) and a reference to its caller's
// frame object (f_back); otherwise it simply dies with the frame.
#pragma once
#include "runtime/object.h"
#include "runtime/thread_state.h"
#include "vm/frame.h"

namespace dx {

struct FrameObject : Object {
  Frame* frame;         // the live VM frame, or &data once it has ended
  Object* back;         // f_back once the frame has ended (owned, may be null)
  Object* trace;        // f_trace (owned), null for None
  Object* locals_dict;  // a function frame's f_locals snapshot, refreshed at each read
  bool trace_lines;     // f_trace_lines
  bool trace_opcodes;   // f_trace_opcodes
  // Last: the frame's data after it ended, with room for the locals, cells
  // and free variables only (temporaries die with the VM frame).
  Frame data;
};

extern TypeObject FrameType;

inline bool frame_object_owns_data(const FrameObject* fo) { return fo->frame == &fo->data; }

// The frame object of the VM frame `f` (borrowed: the frame holds it),
// made on the first request. Null with MemoryError.
FrameObject* frame_get_object(Frame* f);

// f_locals of the VM frame `f` (new reference): a module or class body's
// namespace; for a function frame, its frame object's dict, brought up to
// date with the variables (what locals() and vars() give, as in CPython).
Object* frame_locals(Frame* f);

// The slow path of a frame's exit when it has a frame object: the object
// takes the frame's data if something else still references it, and the
// frame lets it go. The frame's registers are left to the caller to drop.
void frame_object_detach(Frame* f);

// sys._getframe(depth): the frame object `depth` calls out from the
// running frame (0: the innermost Python frame), a new reference; null with
// ValueError("call stack is not deep enough") when there is no such frame.
Object* frame_object_at_depth(ThreadState* ts, ssize depth);

void init_frame_type();

}  // namespace dx
