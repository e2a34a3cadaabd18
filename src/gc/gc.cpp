// The cycle collector (gc/gc.h): generation lists, the search for
// unreachable objects, finalization with resurrection, clearing.
#include "gc/gc.h"

#include "objects/tuple.h"
#include "runtime/errors.h"
#include "vm/traceback.h"

namespace dx {

GcState::GcState() {
  static constexpr int kThresholds[kGcGenerations] = {700, 10, 10};
  for (int i = 0; i < kGcGenerations; i++) {
    GcHead* h = &gens[i].head;
    h->next = h->prev = reinterpret_cast<uintptr_t>(h);
    gens[i].threshold = kThresholds[i];
    gens[i].count = 0;
  }
}

GcState::~GcState() {
  for (GcGeneration& gen : gens) {
    GcHead* head = &gen.head;
    for (GcHead* g = gc_ptr(head->next); g != head;) {
      GcHead* next = gc_ptr(g->next);
      g->next = 0;
      g->prev &= kGcFinalized;
      g = next;
    }
    head->next = head->prev = reinterpret_cast<uintptr_t>(head);
  }
}

namespace {

// ---- lists -------------------------------------------------------------------------------

void list_init(GcHead* list) { list->next = list->prev = reinterpret_cast<uintptr_t>(list); }
bool list_is_empty(GcHead* list) { return gc_ptr(list->next) == list; }
GcHead* list_first(GcHead* list) { return gc_ptr(list->next); }

void set_prev(GcHead* g, GcHead* prev) { g->prev = (g->prev & kGcFlags) | reinterpret_cast<uintptr_t>(prev); }

// Appends `node` (in no list) at the end of `list`.
void list_append(GcHead* node, GcHead* list) {
  GcHead* last = gc_ptr(list->prev);
  set_prev(node, last);
  last->next = reinterpret_cast<uintptr_t>(node);
  node->next = reinterpret_cast<uintptr_t>(list);
  list->prev = reinterpret_cast<uintptr_t>(node);
}

// Moves `node` from its list to the end of `list` (flags kept).
void list_move(GcHead* node, GcHead* list) {
  GcHead* prev = gc_ptr(node->prev);
  GcHead* next = gc_ptr(node->next);
  prev->next = reinterpret_cast<uintptr_t>(next);
  set_prev(next, prev);
  list_append(node, list);
}

// Appends all of `from` to `to`; `from` is left empty.
void list_merge(GcHead* from, GcHead* to) {
  if (list_is_empty(from)) return;
  GcHead* to_last = gc_ptr(to->prev);
  GcHead* first = gc_ptr(from->next);
  GcHead* last = gc_ptr(from->prev);
  to_last->next = reinterpret_cast<uintptr_t>(first);
  set_prev(first, to_last);
  last->next = reinterpret_cast<uintptr_t>(to);
  to->prev = reinterpret_cast<uintptr_t>(last);
  list_init(from);
}

ssize list_size(GcHead* list) {
  ssize n = 0;
  for (GcHead* g = gc_ptr(list->next); g != list; g = gc_ptr(g->next)) n++;
  return n;
}

// ---- gc_refs (in `prev` while a set is being examined) -------------------------------------

// Counts beyond this (immortal objects) are clamped: they stay positive.
constexpr uintptr_t kMaxRefs = uintptr_t(1) << 48;

uintptr_t refs_of(GcHead* g) { return g->prev >> kGcRefsShift; }
void set_refs(GcHead* g, uintptr_t refs) { g->prev = (g->prev & kGcFlags) | (refs << kGcRefsShift); }
bool is_collecting(GcHead* g) { return g->prev & kGcCollecting; }

// gc_refs = the reference count, for every object of the set. An object
// whose count is 0 is being deallocated (its memory half released): it is
// taken as referenced from outside and never traversed.
void update_refs(GcHead* list, Object* released_root) {
  for (GcHead* g = gc_ptr(list->next); g != list; g = gc_ptr(g->next)) {
    Object* o = gc_object(g);
    ssize count = o->ob_refcnt;
    if (o == released_root) count--;
    uintptr_t refs = o->ob_refcnt <= 0 ? 1 : count <= 0 ? 0 : static_cast<uintptr_t>(count);
    if (refs > kMaxRefs) refs = kMaxRefs;
    g->prev = (g->prev & kGcFinalized) | kGcCollecting | (refs << kGcRefsShift);
  }
}

int visit_decref(Object* o, void*) {
  if (!o || !object_is_gc(o)) return 0;
  GcHead* g = gc_head(o);
  // Only the set's objects; a count never goes below 0 (it would mean a
  // traverse function reporting a reference it does not hold).
  if (is_collecting(g) && refs_of(g) > 0) g->prev -= uintptr_t(1) << kGcRefsShift;
  return 0;
}

traverseproc traverse_of(Object* o) { return o->ob_refcnt > 0 ? type_of(o)->tp_traverse : nullptr; }

// Subtracts the references the set's objects hold to each other: what is
// left of gc_refs counts the references from outside the set.
void subtract_refs(GcHead* list) {
  for (GcHead* g = gc_ptr(list->next); g != list; g = gc_ptr(g->next)) {
    Object* o = gc_object(g);
    if (traverseproc traverse = traverse_of(o)) traverse(o, visit_decref, nullptr);
  }
}

// An object reached from a reachable one is reachable: one that was moved
// to the unreachable list goes back to the end of `young` (to be scanned
// again), one not scanned yet gets gc_refs 1.
int visit_reachable(Object* o, void* arg) {
  if (!o || !object_is_gc(o)) return 0;
  GcHead* g = gc_head(o);
  // Objects of other generations, and those already scanned as reachable
  // (left of the scan in young), are not collecting.
  if (!is_collecting(g)) return 0;
  auto* young = static_cast<GcHead*>(arg);
  if (g->next & kGcUnreachable) {
    // Unlinked by hand: the unreachable list's links carry the flag.
    GcHead* prev = gc_ptr(g->prev);
    GcHead* next = gc_ptr(g->next);
    prev->next = g->next;
    set_prev(next, prev);
    list_append(g, young);
    set_refs(g, 1);
  } else if (refs_of(g) == 0) {
    set_refs(g, 1);
  }
  return 0;
}

// Splits `young` (gc_refs computed): the objects reachable from outside
// stay in it, in order, with their `prev` links restored; the others go to
// `unreachable`, marked in `next` until deduce_unreachable clears the mark.
void move_unreachable(GcHead* young, GcHead* unreachable) {
  GcHead* prev = young;
  GcHead* g = gc_ptr(young->next);
  while (g != young) {
    if (refs_of(g) > 0) {
      Object* o = gc_object(g);
      // The traversal may append to young (after g when g is its last).
      if (traverseproc traverse = traverse_of(o)) traverse(o, visit_reachable, young);
      set_prev(g, prev);
      g->prev &= ~kGcCollecting;
      prev = g;
    } else {
      // Perhaps unreachable: moved out until something reachable refers to it.
      prev->next = g->next;
      GcHead* last = gc_ptr(unreachable->prev);
      last->next = kGcUnreachable | reinterpret_cast<uintptr_t>(g);
      set_prev(g, last);
      g->next = kGcUnreachable | reinterpret_cast<uintptr_t>(unreachable);
      unreachable->prev = reinterpret_cast<uintptr_t>(g);
    }
    g = gc_ptr(prev->next);
  }
  young->prev = reinterpret_cast<uintptr_t>(prev);
  unreachable->next &= ~kGcUnreachable;
}

// Moves the objects of `base` that nothing outside it reaches to
// `unreachable` (which keep kGcCollecting; base's objects lose it).
void deduce_unreachable(GcHead* base, GcHead* unreachable, Object* released_root) {
  update_refs(base, released_root);
  subtract_refs(base);
  move_unreachable(base, unreachable);
  for (GcHead* g = gc_ptr(unreachable->next); g != unreachable; g = gc_ptr(g->next)) g->next &= ~kGcUnreachable;
}

// A tuple holding nothing trackable can never be part of a cycle: it stops
// being tracked (CPython's _PyTuple_MaybeUntrack). Tuples still being
// filled (a null item) are left alone.
void untrack_tuples(GcHead* list) {
  for (GcHead* g = gc_ptr(list->next); g != list;) {
    GcHead* next = gc_ptr(g->next);
    Object* o = gc_object(g);
    if (type_of(o) == &TupleType) {
      bool atomic = true;
      for (ssize i = 0, n = tuple_size(o); i < n && atomic; i++) {
        Object* item = tuple_item(o, i);
        atomic = item && !(object_is_gc(item) && gc_head(item)->next);
      }
      if (atomic) gc_unlink(g);
    }
    g = next;
  }
}

// Runs the finalizers of the unreachable objects (each at most once). The
// list may change meanwhile (objects die, or are resurrected and die): each
// object is moved to `seen` before its finalizer runs.
void finalize_garbage(GcHead* collectable) {
  GcHead seen;
  list_init(&seen);
  while (!list_is_empty(collectable)) {
    GcHead* g = list_first(collectable);
    Object* o = gc_object(g);
    list_move(g, &seen);
    destructor finalize = type_of(o)->tp_finalize;
    if (finalize && !(g->prev & kGcFinalized)) {
      g->prev |= kGcFinalized;
      incref(o);
      finalize(o);
      if (error_occurred()) write_unraisable(o);
      decref(o);
    }
  }
  list_merge(&seen, collectable);
}

// Clears the garbage (tp_clear breaks the cycles; reference counting frees
// the objects). One that survives its clear is kept, in `old`.
void delete_garbage(GcHead* collectable, GcHead* old) {
  while (!list_is_empty(collectable)) {
    GcHead* g = list_first(collectable);
    Object* o = gc_object(g);
    if (inquiry clear = type_of(o)->tp_clear) {
      incref(o);
      clear(o);
      if (error_occurred()) write_unraisable(o);
      decref(o);
    }
    if (list_first(collectable) == g) {
      g->prev &= ~kGcCollecting;
      list_move(g, old);
    }
  }
}

ssize collect_main(GcState& gc, int generation) {
  if (generation + 1 < kGcGenerations) gc.gens[generation + 1].count++;
  for (int i = 0; i <= generation; i++) gc.gens[i].count = 0;
  for (int i = 0; i < generation; i++) list_merge(&gc.gens[i].head, &gc.gens[generation].head);
  GcHead* young = &gc.gens[generation].head;
  GcHead* old = generation + 1 < kGcGenerations ? &gc.gens[generation + 1].head : young;

  GcHead unreachable;
  list_init(&unreachable);
  deduce_unreachable(young, &unreachable, gc.released_root);
  untrack_tuples(young);
  if (young != old) {
    if (generation == kGcGenerations - 2) gc.long_lived_pending += list_size(young);
    list_merge(young, old);
  } else {
    gc.long_lived_pending = 0;
    gc.long_lived_total = list_size(young);
  }

  finalize_garbage(&unreachable);
  // What the finalizers made reachable again stays (in `old`).
  for (GcHead* g = gc_ptr(unreachable.next); g != &unreachable; g = gc_ptr(g->next)) g->prev &= ~kGcCollecting;
  GcHead still_unreachable;
  list_init(&still_unreachable);
  deduce_unreachable(&unreachable, &still_unreachable, gc.released_root);
  list_merge(&unreachable, old);
  if (gc.released_root)
    for (GcHead* g = gc_ptr(still_unreachable.next); g != &still_unreachable; g = gc_ptr(g->next))
      if (gc_object(g) == gc.released_root) gc.released_root_collected = true;

  ssize collected = list_size(&still_unreachable);
  delete_garbage(&still_unreachable, old);
  GcStats& stats = gc.stats[generation];
  stats.collections++;
  stats.collected += collected;
  return collected;
}

ssize collect_guarded(ThreadState* ts, int generation) {
  GcState& gc = ts->interp->gc;
  if (gc.collecting) return 0;
  gc.collecting = true;
  Object* saved = fetch_error();
  ssize n = collect_main(gc, generation);
  restore_error(saved);
  gc.collecting = false;
  // frame_push's next slow path recomputes its limit.
  ts->gc_pending = false;
  ts->call_limit = 0;
  return n;
}

}  // namespace

void gc_track(Object* o) {
  GcHead* g = gc_head(o);
  if (g->next) return;
  ThreadState* ts = current_thread();
  if (!ts || !ts->interp) return;
  list_append(g, &ts->interp->gc.gens[0].head);
}

void object_call_finalizer(Object* o) {
  destructor finalize = type_of(o)->tp_finalize;
  if (!finalize) return;
  bool gc = object_is_gc(o);
  if (gc && gc_is_finalized(o)) return;
  finalize(o);
  if (gc) gc_head(o)->prev |= kGcFinalized;
}

bool object_call_finalizer_from_dealloc(Object* o) {
  o->ob_refcnt = 1;
  object_call_finalizer(o);
  return --o->ob_refcnt != 0;
}

ssize gc_collect(ThreadState* ts, int generation) {
  if (generation < 0) generation = 0;
  if (generation >= kGcGenerations) generation = kGcGenerations - 1;
  return collect_guarded(ts, generation);
}

bool gc_collect_releasing(ThreadState* ts, Object* root) {
  GcState& gc = ts->interp->gc;
  if (gc.collecting || !gc_is_tracked(root)) return false;
  // The root counts as garbage when, once the caller's reference is
  // discounted, only the set refers to it. Its clear then runs with the
  // others' (the caller's reference keeps the emptied object).
  gc.released_root = root;
  gc.released_root_collected = false;
  collect_guarded(ts, kGcGenerations - 1);
  gc.released_root = nullptr;
  return gc.released_root_collected;
}

void gc_collect_pending(ThreadState* ts) {
  ts->gc_pending = false;
  ts->call_limit = 0;
  GcState& gc = ts->interp->gc;
  if (!gc.enabled || gc.collecting || gc.gens[0].threshold == 0) return;
  for (int i = kGcGenerations - 1; i >= 0; i--) {
    if (gc.gens[i].count <= gc.gens[i].threshold) continue;
    // A full collection waits until enough objects became long-lived.
    if (i == kGcGenerations - 1 && gc.long_lived_pending < gc.long_lived_total / 4) continue;
    collect_guarded(ts, i);
    return;
  }
}

}  // namespace dx
