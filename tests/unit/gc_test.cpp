// The cycle collector (gc/gc.h) called directly: cycles of lists, dicts and
// a probe type that counts its finalizations and deallocations; survival of
// what is referenced from outside, finalizers run once with resurrection,
// generations, untracked tuples, the exit's collection.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "gc/gc.h"
#include "modules/gc_module.h"
#include "objects/builtin_function.h"
#include "objects/singletons.h"
#include "runtime/abstract.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

using namespace dx;

namespace {

// A GC object with two references, counting its finalizer and its frees.
struct Probe : Object {
  Object* a;
  Object* b;
};

int finalized = 0;
int freed = 0;
Object* resurrect_into = nullptr;  // a list the finalizer appends itself to, if set
TypeObject ProbeType;

void probe_finalize(Object* o) {
  finalized++;
  if (resurrect_into) list_append(resurrect_into, o);
}

void probe_dealloc(Object* o) {
  gc_untrack(o);
  gc_track(o);
  if (object_call_finalizer_from_dealloc(o)) return;
  gc_untrack(o);
  freed++;
  auto* p = static_cast<Probe*>(o);
  xdecref(p->a);
  xdecref(p->b);
  object_free(o);
}

int probe_traverse(Object* o, visitproc visit, void* arg) {
  auto* p = static_cast<Probe*>(o);
  DX_VISIT(p->a);
  DX_VISIT(p->b);
  return 0;
}

int probe_clear(Object* o) {
  auto* p = static_cast<Probe*>(o);
  for (Object** field : {&p->a, &p->b}) {
    Object* v = *field;
    *field = nullptr;
    xdecref(v);
  }
  return 0;
}

Probe* new_probe() {
  auto* p = alloc_object<Probe>(&ProbeType);
  p->a = p->b = nullptr;
  return p;
}

// Which generation list o is in (-1: none).
int generation_of(Interpreter& interp, Object* o) {
  for (int i = 0; i < kGcGenerations; i++) {
    GcHead* head = &interp.gc.gens[i].head;
    for (GcHead* g = gc_ptr(head->next); g != head; g = gc_ptr(g->next))
      if (gc_object(g) == o) return i;
  }
  return -1;
}

}  // namespace

class GcTest : public ::testing::Test {
 protected:
  void SetUp() override {
    runtime_init();
    if (!ProbeType.tp_name) {
      ProbeType.tp_name = "probe";
      ProbeType.tp_basicsize = sizeof(Probe);
      ProbeType.tp_dealloc = probe_dealloc;
      ProbeType.tp_traverse = probe_traverse;
      ProbeType.tp_clear = probe_clear;
      ProbeType.tp_finalize = probe_finalize;
      ProbeType.tp_flags = kTpDefault | kTpHaveGc;
      register_static_type(&ProbeType);
      ASSERT_EQ(type_ready(&ProbeType), 0);
    }
    finalized = freed = 0;
    resurrect_into = nullptr;
    // The start-up's own garbage (none expected) does not count.
    gc_collect(&ts, 2);
  }
  Interpreter interp;
  ThreadState ts{&interp};
  ThreadStateScope scope{&ts};
};

TEST_F(GcTest, SelfCycleIsCollected) {
  Probe* p = new_probe();
  p->a = newref(p);
  EXPECT_TRUE(gc_is_tracked(p));
  decref(p);
  EXPECT_EQ(freed, 0);  // reference counting alone cannot free it
  EXPECT_EQ(gc_collect(&ts, 0), 1);
  EXPECT_EQ(finalized, 1);
  EXPECT_EQ(freed, 1);
}

TEST_F(GcTest, CycleThroughContainersIsCollected) {
  // probe -> list -> dict -> tuple -> probe
  Probe* p = new_probe();
  Object* l = list_new(0);
  Object* d = dict_new();
  Object* t = tuple_pack({p});
  Object* key = str_from_ascii("t");
  ASSERT_EQ(dict_set_item(d, key, t), 0);
  ASSERT_EQ(list_append(l, d), 0);
  p->a = l;
  for (Object* o : {d, t, key, static_cast<Object*>(p)}) decref(o);
  EXPECT_EQ(freed, 0);
  EXPECT_EQ(gc_collect(&ts, 2), 4);  // probe, list, dict, tuple
  EXPECT_EQ(freed, 1);
}

TEST_F(GcTest, ReferencedFromOutsideSurvives) {
  Probe* p = new_probe();
  Probe* q = new_probe();
  p->a = newref(q);
  q->a = newref(p);
  decref(q);
  // p is still held here: the whole cycle is reachable.
  EXPECT_EQ(gc_collect(&ts, 2), 0);
  EXPECT_EQ(finalized, 0);
  EXPECT_EQ(freed, 0);
  decref(p);
  EXPECT_EQ(gc_collect(&ts, 2), 2);
  EXPECT_EQ(freed, 2);
}

TEST_F(GcTest, GarbageReachableOnlyFromGarbageGoesToo) {
  Probe* p = new_probe();
  p->a = newref(p);
  Object* l = list_new(0);
  Probe* hanging = new_probe();  // no cycle of its own: freed by the clear
  ASSERT_EQ(list_append(l, hanging), 0);
  decref(hanging);
  p->b = l;
  decref(p);
  EXPECT_EQ(gc_collect(&ts, 2), 3);
  EXPECT_EQ(finalized, 2);  // both probes' finalizers ran before any clear
  EXPECT_EQ(freed, 2);
}

TEST_F(GcTest, FinalizerRunsOnceAndCanResurrect) {
  Object* saved = list_new(0);
  resurrect_into = saved;
  Probe* p = new_probe();
  p->a = newref(p);
  decref(p);
  EXPECT_EQ(gc_collect(&ts, 2), 0);  // resurrected: nothing freed
  EXPECT_EQ(finalized, 1);
  EXPECT_EQ(freed, 0);
  ASSERT_EQ(list_size(saved), 1);
  EXPECT_TRUE(gc_is_finalized(p));
  EXPECT_TRUE(gc_is_tracked(p));
  // Garbage again: collected without a second finalizer call (PEP 442).
  resurrect_into = nullptr;
  list_clear(saved);
  EXPECT_EQ(gc_collect(&ts, 2), 1);
  EXPECT_EQ(finalized, 1);
  EXPECT_EQ(freed, 1);
  decref(saved);
}

TEST_F(GcTest, DeallocationCallsTheFinalizerOnce) {
  Object* saved = list_new(0);
  resurrect_into = saved;
  Probe* p = new_probe();
  decref(p);  // its finalizer resurrects it
  EXPECT_EQ(finalized, 1);
  EXPECT_EQ(freed, 0);
  resurrect_into = nullptr;
  list_clear(saved);  // dies again: no second call
  EXPECT_EQ(finalized, 1);
  EXPECT_EQ(freed, 1);
  decref(saved);
}

TEST_F(GcTest, SurvivorsMoveToOlderGenerations) {
  Object* l = list_new(0);
  EXPECT_EQ(generation_of(interp, l), 0);
  gc_collect(&ts, 0);
  EXPECT_EQ(generation_of(interp, l), 1);
  gc_collect(&ts, 1);
  EXPECT_EQ(generation_of(interp, l), 2);
  gc_collect(&ts, 2);
  EXPECT_EQ(generation_of(interp, l), 2);
  decref(l);
  Object* fresh = list_new(0);
  EXPECT_EQ(generation_of(interp, fresh), 0);
  decref(fresh);
}

TEST_F(GcTest, AtomicTuplesStopBeingTracked) {
  Object* one = int_from_int64(1);
  Object* atomic = tuple_pack({one, one});
  Object* inner = list_new(0);
  Object* holding = tuple_pack({inner});
  EXPECT_TRUE(gc_is_tracked(atomic));
  gc_collect(&ts, 0);
  EXPECT_FALSE(gc_is_tracked(atomic));
  EXPECT_TRUE(gc_is_tracked(holding));
  for (Object* o : {one, atomic, inner, holding}) decref(o);
}

TEST_F(GcTest, AllocationsPastTheThresholdRequestACollection) {
  Object* keep = list_new(0);
  EXPECT_FALSE(ts.gc_pending);
  for (int i = 0; i <= interp.gc.gens[0].threshold; i++) {
    Object* l = list_new(0);
    list_append(keep, l);
    decref(l);
  }
  EXPECT_TRUE(ts.gc_pending);
  ssize before = interp.gc.stats[0].collections;
  gc_collect_pending(&ts);
  EXPECT_FALSE(ts.gc_pending);
  EXPECT_EQ(interp.gc.stats[0].collections, before + 1);
  EXPECT_EQ(interp.gc.gens[0].count, 0);
  decref(keep);
}

TEST_F(GcTest, ShortLivedObjectsDoNotCount) {
  int start = interp.gc.gens[0].count;
  for (int i = 0; i < 5000; i++) decref(list_new(0));
  EXPECT_EQ(interp.gc.gens[0].count, start);
  EXPECT_FALSE(ts.gc_pending);
}

TEST_F(GcTest, DisabledCollectorRequestsNothing) {
  interp.gc.enabled = false;
  Object* keep = list_new(0);
  for (int i = 0; i <= 2 * interp.gc.gens[0].threshold; i++) {
    Object* l = list_new(0);
    list_append(keep, l);
    decref(l);
  }
  EXPECT_FALSE(ts.gc_pending);
  interp.gc.enabled = true;
  decref(keep);
}

TEST_F(GcTest, ReleasingARootCollectsWhatOnlyItReaches) {
  // A namespace in a cycle with an object (as globals with their functions).
  Object* ns = dict_new();
  Probe* p = new_probe();
  p->a = newref(ns);
  Object* key = str_from_ascii("p");
  ASSERT_EQ(dict_set_item(ns, key, p), 0);
  decref(key);
  decref(p);
  EXPECT_TRUE(gc_collect_releasing(&ts, ns));
  EXPECT_EQ(finalized, 1);
  EXPECT_EQ(freed, 1);
  EXPECT_EQ(dict_size(ns), 0);  // cleared, still ours
  decref(ns);
}

TEST_F(GcTest, ReleasingARootKeptElsewhereCollectsNothing) {
  Object* ns = dict_new();
  Object* other = list_new(0);
  ASSERT_EQ(list_append(other, ns), 0);
  Probe* p = new_probe();
  p->a = newref(ns);
  Object* key = str_from_ascii("p");
  ASSERT_EQ(dict_set_item(ns, key, p), 0);
  decref(key);
  decref(p);
  EXPECT_FALSE(gc_collect_releasing(&ts, ns));
  EXPECT_EQ(freed, 0);
  EXPECT_EQ(dict_size(ns), 1);
  decref(ns);
  decref(other);  // freed at once; the namespace and the probe are a cycle
  EXPECT_EQ(gc_collect(&ts, 2), 2);
  EXPECT_EQ(freed, 1);
}

TEST_F(GcTest, PendingExceptionIsKept) {
  Probe* p = new_probe();
  p->a = newref(p);
  decref(p);
  raise(&exc::ValueError, "pending");
  EXPECT_EQ(gc_collect(&ts, 2), 1);
  EXPECT_TRUE(error_matches(&exc::ValueError));
  clear_error();
}

TEST_F(GcTest, WhatHasAHeader) {
  EXPECT_FALSE(object_is_gc(reinterpret_cast<Object*>(&IntType)));  // a static type
  Object* l = list_new(0);
  Object* s = str_from_ascii("x");
  Object* empty = tuple_new(0);
  EXPECT_TRUE(object_is_gc(l));
  EXPECT_FALSE(object_is_gc(s));
  EXPECT_TRUE(object_is_gc(empty));
  EXPECT_FALSE(gc_is_tracked(empty));  // shared and immortal
  gc_untrack(l);
  gc_untrack(l);  // twice is nothing
  EXPECT_FALSE(gc_is_tracked(l));
  gc_track(l);
  EXPECT_TRUE(gc_is_tracked(l));
  for (Object* o : {l, s, empty}) decref(o);
}

TEST_F(GcTest, NoCollectionInsideACollection) {
  interp.gc.collecting = true;
  Probe* p = new_probe();
  p->a = newref(p);
  decref(p);
  EXPECT_EQ(gc_collect(&ts, 2), 0);
  interp.gc.collecting = false;
  EXPECT_EQ(gc_collect(&ts, 2), 1);
}

// ---- the gc module's functions -------------------------------------------------

namespace {

// Calls gc.<name>(*args) through a builtin function object.
Object* call_gc(const char* name, std::initializer_list<Object*> args) {
  for (MethodDef* def = gc_module_methods; def->ml_name; def++) {
    if (std::string_view(def->ml_name) != name) continue;
    Object* f = builtin_function_new(def, nullptr, nullptr);
    std::vector<Object*> argv(args);
    Object* r = object_vectorcall(f, argv.data(), argv.size(), nullptr);
    decref(f);
    return r;
  }
  ADD_FAILURE() << "no gc." << name;
  return nullptr;
}

std::string repr_of(Object* o) {
  Object* r = object_repr(o);
  std::string s(str_utf8(r));
  decref(r);
  return s;
}

}  // namespace

TEST_F(GcTest, ModuleCollectCountsWhatItFound) {
  Probe* p = new_probe();
  p->a = newref(p);
  decref(p);
  Object* r = call_gc("collect", {});
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(repr_of(r), "1");
  decref(r);
  Object* three = int_from_int64(3);
  EXPECT_EQ(call_gc("collect", {three}), nullptr);
  EXPECT_TRUE(error_matches(&exc::ValueError));
  clear_error();
  decref(three);
}

TEST_F(GcTest, ModuleThresholdsAndSwitches) {
  Object* r = call_gc("get_threshold", {});
  EXPECT_EQ(repr_of(r), "(700, 10, 10)");
  decref(r);
  Object* a = int_from_int64(500);
  Object* b = int_from_int64(5);
  decref(call_gc("set_threshold", {a, b}));
  r = call_gc("get_threshold", {});
  EXPECT_EQ(repr_of(r), "(500, 5, 10)");
  decref(r);
  decref(a);
  decref(b);
  EXPECT_EQ(call_gc("set_threshold", {}), nullptr);
  EXPECT_TRUE(error_matches(&exc::TypeError));
  clear_error();
  decref(call_gc("disable", {}));
  r = call_gc("isenabled", {});
  EXPECT_EQ(r, bool_object(false));
  decref(r);
  decref(call_gc("enable", {}));
  EXPECT_TRUE(interp.gc.enabled);
  r = call_gc("get_stats", {});
  EXPECT_EQ(list_size(r), 3);
  decref(r);
}

TEST_F(GcTest, ModuleReferentsAndReferrers) {
  Object* inner = list_new(0);
  Object* key = int_from_int64(3);
  Object* value = int_from_int64(4);
  Object* d = dict_new();
  ASSERT_EQ(dict_set_item(d, key, value), 0);
  Object* outer = tuple_pack({inner, d});
  Object* r = call_gc("get_referents", {outer});
  EXPECT_EQ(list_size(r), 2);
  decref(r);
  r = call_gc("get_referents", {d});
  EXPECT_EQ(repr_of(r), "[4, 3]");  // CPython's order: the value, then the key
  decref(r);
  r = call_gc("get_referrers", {inner});
  ASSERT_EQ(list_size(r), 1);
  EXPECT_EQ(list_item(r, 0), outer);
  decref(r);
  r = call_gc("is_tracked", {inner});
  EXPECT_EQ(r, bool_object(true));
  decref(r);
  r = call_gc("is_tracked", {key});
  EXPECT_EQ(r, bool_object(false));
  decref(r);
  for (Object* o : {inner, key, value, d, outer}) decref(o);
}
