// The cycle collector's per-interpreter state (DESIGN D4, D6): the header
// every object of a GC type carries and the generation lists. Kept apart
// from gc/gc.h so that runtime/thread_state.h can hold a GcState by value
// without pulling in the collector's interface.
#pragma once
#include <sys/types.h>

#include <cstdint>

namespace dx {

struct Object;

// The two words before every object whose type has kTpHaveGc (CPython's
// PyGC_Head, which 3.11 also puts before the object): the links of the
// doubly linked generation list the object is in. `next` is 0 when the
// object is not tracked. The low bits of `prev` hold flags (kGcFinalized
// persists; kGcCollecting marks the set a collection is working on, whose
// `prev` words hold gc_refs << kGcRefsShift instead of a pointer while the
// reachable objects are being found); bit 0 of `next` marks, during that
// same phase, the objects moved to the tentatively unreachable list.
struct GcHead {
  uintptr_t next;
  uintptr_t prev;
};
static_assert(sizeof(GcHead) == 16, "CPython's PyGC_Head is two words");

constexpr uintptr_t kGcFinalized = 1;   // tp_finalize has run (PEP 442: once)
constexpr uintptr_t kGcCollecting = 2;  // in the set being collected
constexpr uintptr_t kGcFlags = 3;
constexpr int kGcRefsShift = 2;
constexpr uintptr_t kGcUnreachable = 1;  // in `next`: tentatively unreachable

struct GcGeneration {
  GcHead head;  // the sentinel of a circular list
  int threshold;
  int count;  // gen 0: allocations minus frees since its last collection; others: collections of the younger one
};

struct GcStats {
  ssize_t collections = 0;
  ssize_t collected = 0;
  ssize_t uncollectable = 0;
};

constexpr int kGcGenerations = 3;

struct GcState {
  GcState();
  // Objects still tracked are unlinked (they may outlive the interpreter:
  // shared or leaked), so their later free does not touch freed sentinels.
  ~GcState();
  GcState(const GcState&) = delete;
  GcState& operator=(const GcState&) = delete;

  GcGeneration gens[kGcGenerations];
  bool enabled = true;
  bool collecting = false;
  // Full collections run only when the objects promoted to the oldest
  // generation since the last one are 25% of those it held then
  // (CPython's heuristic against quadratic time with many long-lived objects).
  ssize_t long_lived_total = 0;
  ssize_t long_lived_pending = 0;
  GcStats stats[kGcGenerations];
  // The exit's collection (gc_collect_releasing): the object whose
  // caller's reference is discounted, and whether it was found garbage.
  Object* released_root = nullptr;
  bool released_root_collected = false;
};

}  // namespace dx
