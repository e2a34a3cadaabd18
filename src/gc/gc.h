// The cycle collector (DESIGN D4): reference counting frees most objects;
// this finds the groups of objects that only refer to each other.
//
// Objects of types with kTpHaveGc carry a GcHead (gc/gc_state.h) and are
// tracked in one of three generations from their allocation. A collection
// of generation g (and the younger ones) is CPython's algorithm: each
// object's reference count is copied to gc_refs, the references the objects
// of the set hold to each other are subtracted (through tp_traverse), the
// objects still referenced from outside and everything they reach are
// reachable; the rest is garbage. Its finalizers run (tp_finalize, at most
// once per object, PEP 442), objects they resurrect are kept, then tp_clear
// breaks the cycles and reference counting frees the objects.
//
// References that no tp_traverse reports (frame registers, C++ locals, the
// thread state, the interpreter's roots) simply keep what they refer to
// alive: nothing has to enumerate roots. Collections run only at safe points
// of the interpreter loop (a frame push, a Jump) when generation 0 has
// grown past its threshold, never inside an allocation: C++ code between
// two calls into Python never sees one.
#pragma once
#include "gc/gc_state.h"
#include "runtime/object.h"
#include "runtime/thread_state.h"

namespace dx {

inline GcHead* gc_head(Object* o) { return reinterpret_cast<GcHead*>(o) - 1; }
inline Object* gc_object(GcHead* g) { return reinterpret_cast<Object*>(g + 1); }
inline GcHead* gc_ptr(uintptr_t link) { return reinterpret_cast<GcHead*>(link & ~kGcFlags); }

// Whether o has a GC header: its type has kTpHaveGc and, where that depends
// on the instance (static types have none), tp_is_gc says so.
inline bool object_is_gc(Object* o) {
  TypeObject* t = type_of(o);
  return (t->tp_flags & kTpHaveGc) && (!t->tp_is_gc || t->tp_is_gc(o));
}

inline bool gc_is_tracked(Object* o) { return object_is_gc(o) && gc_head(o)->next != 0; }
inline bool gc_is_finalized(Object* o) { return gc_head(o)->prev & kGcFinalized; }

// Links a new object's header at the end of generation 0 (allocation).
inline void gc_link_new(ThreadState* ts, GcHead* g) {
  GcState& gc = ts->interp->gc;
  GcHead* head = &gc.gens[0].head;
  GcHead* last = gc_ptr(head->prev);
  last->next = reinterpret_cast<uintptr_t>(g);
  g->prev = reinterpret_cast<uintptr_t>(last);
  g->next = reinterpret_cast<uintptr_t>(head);
  head->prev = reinterpret_cast<uintptr_t>(g);
  if (__builtin_expect(++gc.gens[0].count > gc.gens[0].threshold, 0) && gc.enabled) {
    ts->gc_pending = true;
    ts->call_limit = 0;  // frame_push's slow path runs the collection
  }
}

// A GC object's memory goes (freed, or kept in a free list): generation 0's
// count goes down, as CPython counts allocations minus deallocations.
inline void gc_note_freed(ThreadState* ts) {
  int& count = ts->interp->gc.gens[0].count;
  if (count > 0) count--;
}

// Unlinks a tracked header from its list (keeping its finalized flag).
inline void gc_unlink(GcHead* g) {
  GcHead* prev = gc_ptr(g->prev);
  GcHead* next = gc_ptr(g->next);
  prev->next = g->next;
  next->prev = (next->prev & kGcFlags) | reinterpret_cast<uintptr_t>(prev);
  g->next = 0;
  g->prev &= kGcFinalized;
}

// Stops tracking o (an object of a GC type); nothing when it is not
// tracked. Deallocators of GC types call it first, so that a collection
// started by what the deallocation runs (a __del__) never traverses a
// half-destroyed object.
inline void gc_untrack(Object* o) {
  GcHead* g = gc_head(o);
  if (g->next) gc_unlink(g);
}
// Tracks o again (in generation 0) if it is not: a deallocation that
// resurrects its object.
void gc_track(Object* o);

// Runs o's tp_finalize unless it has run already (PEP 442).
void object_call_finalizer(Object* o);
// The same from a deallocator, o's count being 0: true when the finalizer
// resurrected o (the deallocation must stop; o stays alive, tracked).
bool object_call_finalizer_from_dealloc(Object* o);

// Collects `generation` (0..2) and the younger ones now: the number of
// unreachable objects found (0 while a collection runs already). Any
// pending exception is kept.
ssize gc_collect(ThreadState* ts, int generation);

// The interpreter's exit (CPython's finalization): a full collection with
// `root` (the main module's globals, which the caller still holds) counted
// as unreferenced by the caller, so that it and what only it reaches are
// collected together, finalizers first. True when root was found garbage
// (it has been cleared then); false when something else keeps it alive.
bool gc_collect_releasing(ThreadState* ts, Object* root);

// The automatic collection at a safe point: the oldest generation whose
// count passed its threshold (CPython's collect_generations).
void gc_collect_pending(ThreadState* ts);

// Visit helpers for tp_traverse functions: the collector's visitors accept
// null, so fields may be passed as they are.
#define DX_VISIT(o)                                              \
  do {                                                           \
    if (Object* visit_o_ = reinterpret_cast<Object*>(o))         \
      if (int visit_r_ = visit(visit_o_, arg)) return visit_r_;  \
  } while (0)

}  // namespace dx
