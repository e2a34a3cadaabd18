// Frame objects: see frame_object.h for how they relate to VM frames.
#include "objects/frame_object.h"

#include <cstdio>
#include <string>

#include "gc/gc.h"
#include "objects/cell.h"
#include "objects/descriptor.h"
#include "objects/dict.h"
#include "objects/generator.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "vm/traceback.h"

namespace dx {

TypeObject FrameType;

namespace {

FrameObject* fo_of(Object* o) { return static_cast<FrameObject*>(o); }

// The registers a frame object keeps: locals, cells and free variables
// (temporaries die with the VM frame, as CPython's value stack does).
int kept_registers(const CodeObject* code) { return code->nlocals + code->ncells + code->nfrees; }

// The object takes the data of `f`, which is ending, and links the
// caller's frame object as f_back (CPython's take_ownership).
void take_ownership(FrameObject* fo, Frame* f) {
  Frame* d = &fo->data;
  CodeObject* code = f->code;
  d->code = static_cast<CodeObject*>(newref(code));
  d->func = f->func ? static_cast<FunctionObject*>(newref(f->func)) : nullptr;
  d->globals = xnewref(f->globals);
  d->builtins = xnewref(f->builtins);
  d->locals = xnewref(f->locals);
  d->pc = f->pc;
  d->previous = nullptr;
  d->result_reg = 0;
  d->is_entry = false;
  d->flags = 0;
  d->object = nullptr;
  for (int i = 0, kept = kept_registers(code); i < kept; i++) d->regs[i] = xnewref(f->regs[i]);
  fo->frame = d;
  Frame* prev = f->previous;
  if (!prev) return;
  if (prev->flags & kFrameHasObject) {
    fo->back = newref(prev->object);
    return;
  }
  // Making the caller's object may fail; the exception in flight stays.
  Object* saved = fetch_error();
  FrameObject* back = frame_get_object(prev);
  if (back) fo->back = newref(back);
  else clear_error();
  restore_error(saved);
}

// Releases the data taken over: the registers (and, with `all`, the rest).
void release_data(FrameObject* fo, bool all) {
  Frame* d = &fo->data;
  for (int i = 0, kept = kept_registers(d->code); i < kept; i++) {
    Object* o = d->regs[i];
    d->regs[i] = nullptr;
    xdecref(o);
  }
  if (!all) return;
  xdecref(d->func);
  xdecref(d->globals);
  xdecref(d->builtins);
  xdecref(d->locals);
  decref(d->code);
}

void frame_dealloc(Object* o) {
  gc_untrack(o);
  // f_back chains can be as long as the recursion limit: the trashcan.
  if (trash_defer(o)) return;
  FrameObject* fo = fo_of(o);
  if (frame_object_owns_data(fo)) release_data(fo, true);
  xdecref(fo->back);
  xdecref(fo->trace);
  xdecref(fo->locals_dict);
  object_free(o);
  trash_done();
}

// The registers only when the object owns them: a live frame's belong to
// the thread's stack (roots) or to the generator, which reports them.
int frame_traverse(Object* o, visitproc visit, void* arg) {
  FrameObject* fo = fo_of(o);
  DX_VISIT(fo->back);
  DX_VISIT(fo->trace);
  DX_VISIT(fo->locals_dict);
  if (frame_object_owns_data(fo)) {
    Frame* d = &fo->data;
    for (int i = 0, kept = kept_registers(d->code); i < kept; i++) DX_VISIT(d->regs[i]);
    DX_VISIT(d->func);
    DX_VISIT(d->globals);
    DX_VISIT(d->builtins);
    DX_VISIT(d->locals);
  }
  return 0;
}

void clear_field(Object*& field) {
  Object* v = field;
  field = nullptr;
  xdecref(v);
}

int frame_tp_clear(Object* o) {
  FrameObject* fo = fo_of(o);
  clear_field(fo->back);
  clear_field(fo->trace);
  clear_field(fo->locals_dict);
  if (frame_object_owns_data(fo)) release_data(fo, false);
  return 0;
}

Frame* frame_of(Object* o) { return fo_of(o)->frame; }

uint32_t frame_offset(const Frame* f) { return static_cast<uint32_t>(f->pc - f->code->code); }

int frame_lineno(const Frame* f) {
  const PositionEntry* p = code_position(f->code, frame_offset(f));
  return p && p->lineno >= 0 ? p->lineno : f->code->firstlineno;
}

Object* get_back(Object* o, void*) {
  FrameObject* fo = fo_of(o);
  if (frame_object_owns_data(fo)) return fo->back ? newref(fo->back) : return_none();
  Frame* prev = fo->frame->previous;
  if (!prev) return return_none();
  FrameObject* back = frame_get_object(prev);
  return back ? newref(back) : nullptr;
}

Object* get_code(Object* o, void*) { return newref(frame_of(o)->code); }
Object* get_globals(Object* o, void*) {
  Object* g = frame_of(o)->globals;
  return g ? newref(g) : return_none();
}
Object* get_builtins(Object* o, void*) {
  Object* b = frame_of(o)->builtins;
  return b ? newref(b) : return_none();
}

// A function frame's f_locals: one dict per frame object, brought up to
// date with the registers at each read (CPython's PyFrame_FastToLocals):
// cells and free variables by their contents, unbound names removed.
Object* locals_of(FrameObject* fo) {
  Frame* f = fo->frame;
  if (f->locals) return newref(f->locals);
  if (!fo->locals_dict) {
    fo->locals_dict = dict_new();
    if (!fo->locals_dict) return nullptr;
  }
  Object* d = fo->locals_dict;
  CodeObject* code = f->code;
  int n = kept_registers(code);
  for (int i = 0; i < n; i++) {
    Object* name = tuple_item(code->varnames, i);
    Object* v = f->regs[i];
    bool cell = i >= code->nlocals || code_local_is_cell(code, i);
    // A captured parameter holds its cell once the frame has started.
    if (cell && v && type_of(v) == &CellType) v = static_cast<CellObject*>(v)->ob_ref;
    if (v) {
      if (dict_set_item(d, name, v) < 0) return nullptr;
    } else if (dict_del_item(d, name) < 0) {
      if (!error_matches(&exc::KeyError)) return nullptr;
      clear_error();
    }
  }
  return newref(d);
}

Object* get_locals(Object* o, void*) { return locals_of(fo_of(o)); }

Object* get_lineno(Object* o, void*) { return int_from_int64(frame_lineno(frame_of(o))); }
// Jumping is a debugger's feature, allowed only from a trace function's
// 'line' event; without sys.settrace CPython reports the 'call' event.
int set_lineno(Object*, Object* value, void*) {
  if (!value) {
    raise(&exc::AttributeError, "cannot delete attribute");
    return -1;
  }
  if (type_of(value) != &IntType) {
    raise(&exc::ValueError, "lineno must be an integer");
    return -1;
  }
  raise(&exc::ValueError, "can't jump from the 'call' trace event of a new frame");
  return -1;
}
// In bytes, as CPython counts: an instruction unit is two bytes.
Object* get_lasti(Object* o, void*) { return int_from_int64(static_cast<int64_t>(frame_offset(frame_of(o))) * 2); }

Object* get_trace(Object* o, void*) {
  Object* t = fo_of(o)->trace;
  return t ? newref(t) : return_none();
}
int set_trace(Object* o, Object* value, void*) {
  FrameObject* fo = fo_of(o);
  Object* old = fo->trace;
  fo->trace = value && !is_none(value) ? newref(value) : nullptr;
  xdecref(old);
  return 0;
}

GetSetDef frame_getset[] = {
    {"f_back", get_back, nullptr, nullptr, nullptr},
    {"f_locals", get_locals, nullptr, nullptr, nullptr},
    {"f_lineno", get_lineno, set_lineno, nullptr, nullptr},
    {"f_trace", get_trace, set_trace, nullptr, nullptr},
    {"f_lasti", get_lasti, nullptr, nullptr, nullptr},
    {"f_globals", get_globals, nullptr, nullptr, nullptr},
    {"f_builtins", get_builtins, nullptr, nullptr, nullptr},
    {"f_code", get_code, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MemberDef frame_members[] = {
    {"f_trace_lines", kMemberBool, offsetof(FrameObject, trace_lines), 0, nullptr},
    {"f_trace_opcodes", kMemberBool, offsetof(FrameObject, trace_opcodes), 0, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

// frame.clear(): a running frame cannot be cleared; a suspended
// generator's is finalized (closed), which ends it; an ended frame drops
// its locals.
Object* frame_clear_method(Object* o, Object*) {
  FrameObject* fo = fo_of(o);
  Frame* f = fo->frame;
  if (frame_object_owns_data(fo)) {
    clear_field(fo->trace);
    release_data(fo, false);
    return return_none();
  }
  if (!(f->flags & kFrameInGenerator)) return raise(&exc::RuntimeError, "cannot clear an executing frame");
  GeneratorObject* gen = generator_of_frame(f);
  if (gen->state == GenState::kExecuting) return raise(&exc::RuntimeError, "cannot clear an executing frame");
  incref(gen);
  if (gen->state == GenState::kCreated && !is_coroutine(gen)) {
    // _PyGen_Finalize closes a generator that has not started too.
    Object* saved = fetch_error();
    Object* r = generator_close(gen);
    if (!r) write_unraisable(gen);
    else decref(r);
    restore_error(saved);
  } else {
    generator_finalize(gen);
  }
  decref(gen);
  return return_none();
}

MethodDef frame_methods[] = {
    {"clear", reinterpret_cast<CFunction>(frame_clear_method), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

// <frame at 0x..., file '...', line N, code NAME>
Object* frame_repr(Object* o) {
  Frame* f = frame_of(o);
  Object* file = object_repr(f->code->filename);
  if (!file) return nullptr;
  char buf[48];
  std::snprintf(buf, sizeof buf, "<frame at %p, file ", static_cast<void*>(o));
  std::string s = buf;
  s += str_utf8(file);
  decref(file);
  s += ", line " + std::to_string(frame_lineno(f)) + ", code ";
  s += str_utf8(f->code->name);
  s += '>';
  return str_from_utf8(s);
}

}  // namespace

FrameObject* frame_get_object(Frame* f) {
  if (f->flags & kFrameHasObject) return f->object;
  CodeObject* code = f->code;
  int kept = kept_registers(code);
  size_t extra = sizeof(Object*) * static_cast<size_t>(kept > 0 ? kept - 1 : 0);
  auto* fo = alloc_object<FrameObject>(&FrameType, extra);
  if (!fo) return nullptr;
  fo->frame = f;
  fo->back = fo->trace = fo->locals_dict = nullptr;
  fo->trace_lines = true;
  fo->trace_opcodes = false;
  f->object = fo;  // the frame's reference
  f->flags |= kFrameHasObject;
  return fo;
}

Object* frame_locals(Frame* f) {
  if (f->locals) return newref(f->locals);
  FrameObject* fo = frame_get_object(f);
  return fo ? locals_of(fo) : nullptr;
}

void frame_object_detach(Frame* f) {
  FrameObject* fo = f->object;
  f->flags &= static_cast<uint8_t>(~kFrameHasObject);
  f->object = nullptr;
  if (fo->ob_refcnt > 1) {
    take_ownership(fo, f);
  } else {
    fo->frame = nullptr;  // dies now: nothing to take
    fo->data.code = nullptr;
  }
  decref(fo);
}

Object* frame_object_at_depth(ThreadState* ts, ssize depth) {
  Frame* f = ts->current_frame;
  for (; f && depth > 0; depth--) f = f->previous;
  if (!f) return raise(&exc::ValueError, "call stack is not deep enough");
  FrameObject* fo = frame_get_object(f);
  return fo ? newref(fo) : nullptr;
}

void init_frame_type() {
  TypeObject& t = FrameType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "frame";
  t.tp_basicsize = sizeof(FrameObject) - sizeof(Object*);
  t.tp_itemsize = sizeof(Object*);  // one per local, cell and free variable
  t.tp_dealloc = frame_dealloc;
  t.tp_repr = frame_repr;
  t.tp_traverse = frame_traverse;
  t.tp_clear = frame_tp_clear;
  t.tp_getset = frame_getset;
  t.tp_members = frame_members;
  t.tp_methods = frame_methods;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
}

}  // namespace dx
