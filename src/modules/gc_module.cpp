// The gc module's functions (CPython's Modules/gcmodule.c interface, our
// own code over gc/gc.h). The module object comes with imports; until then
// the table is reachable from C++ (gc_module_methods) and the unit tests.
#include "modules/gc_module.h"

#include <climits>
#include <utility>

#include "gc/gc.h"
#include "modules/module_registry.h"
#include "objects/module.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "vm/arguments.h"

namespace dx {

namespace {

GcState& state() { return current_thread()->interp->gc; }

// An argument converted as the "i" format does (a C int).
bool c_int_arg(Object* o, int* out) {
  Object* v = number_index(o);
  if (!v) return false;
  auto x = int_to_int64(v);
  bool negative = static_cast<IntObject*>(v)->ob_size < 0;
  decref(v);
  if (!x || *x > INT_MAX) {
    raise(&exc::OverflowError, negative ? "signed integer is less than minimum" : "signed integer is greater than maximum");
    return false;
  }
  if (*x < INT_MIN) {
    raise(&exc::OverflowError, "signed integer is less than minimum");
    return false;
  }
  *out = static_cast<int>(*x);
  return true;
}

// gc.collect(generation=2): the number of unreachable objects found.
Object* gc_collect_fn(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"generation"};
  Object* values[1] = {nullptr};
  if (!parse_args(ArgSpec{"collect", kNames, 1, 0}, args, nargs, kwnames, values)) return nullptr;
  ssize generation = kGcGenerations - 1;
  if (values[0]) {
    Object* v = number_index(values[0]);
    if (!v) return nullptr;
    auto x = int_to_int64(v);
    decref(v);
    if (!x || *x > INT_MAX || *x < INT_MIN) return raise(&exc::OverflowError, "Python int too large to convert to C int");
    generation = static_cast<ssize>(*x);
  }
  if (generation < 0 || generation >= kGcGenerations) return raise(&exc::ValueError, "invalid generation");
  ssize n = gc_collect(current_thread(), static_cast<int>(generation));
  return int_from_int64(n);
}

Object* gc_enable(Object*, Object*) {
  state().enabled = true;
  return return_none();
}

Object* gc_disable(Object*, Object*) {
  state().enabled = false;
  return return_none();
}

Object* gc_isenabled(Object*, Object*) { return newref(bool_object(state().enabled)); }

Object* gc_get_count(Object*, Object*) {
  GcState& gc = state();
  Object* counts[kGcGenerations] = {};
  for (int i = 0; i < kGcGenerations; i++) {
    counts[i] = int_from_int64(gc.gens[i].count);
    if (!counts[i]) {
      for (Object* c : counts) xdecref(c);
      return nullptr;
    }
  }
  Object* t = tuple_pack({counts[0], counts[1], counts[2]});
  for (Object* c : counts) decref(c);
  return t;
}

Object* gc_get_threshold(Object*, Object*) {
  GcState& gc = state();
  Object* values[kGcGenerations] = {};
  for (int i = 0; i < kGcGenerations; i++) {
    values[i] = int_from_int64(gc.gens[i].threshold);
    if (!values[i]) {
      for (Object* v : values) xdecref(v);
      return nullptr;
    }
  }
  Object* t = tuple_pack({values[0], values[1], values[2]});
  for (Object* v : values) decref(v);
  return t;
}

// gc.set_threshold(threshold0[, threshold1[, threshold2]])
Object* gc_set_threshold(Object*, Object* const* args, ssize nargs) {
  if (nargs < 1) return raise(&exc::TypeError, "set_threshold() takes at least 1 argument (%zd given)", nargs);
  if (nargs > kGcGenerations)
    return raise(&exc::TypeError, "set_threshold() takes at most 3 arguments (%zd given)", nargs);
  int values[kGcGenerations];
  for (ssize i = 0; i < nargs; i++)
    if (!c_int_arg(args[i], &values[i])) return nullptr;
  GcState& gc = state();
  for (ssize i = 0; i < nargs; i++) gc.gens[i].threshold = values[i];
  return return_none();
}

Object* gc_is_tracked_fn(Object*, Object* o) { return newref(bool_object(gc_is_tracked(o))); }

Object* gc_is_finalized_fn(Object*, Object* o) {
  return newref(bool_object(object_is_gc(o) && gc_is_finalized(o)));
}

// [{'collections': n, 'collected': n, 'uncollectable': n}, ...], one per generation.
Object* gc_get_stats(Object*, Object*) {
  GcState& gc = state();
  Object* result = list_new(0);
  if (!result) return nullptr;
  for (const GcStats& s : gc.stats) {
    Object* d = dict_new();
    bool ok = d != nullptr;
    for (auto [name, value] : {std::pair{"collections", s.collections}, std::pair{"collected", s.collected},
                               std::pair{"uncollectable", s.uncollectable}}) {
      if (!ok) break;
      Object* key = str_intern_utf8(name);
      Object* v = int_from_int64(value);
      ok = key && v && dict_set_item(d, key, v) == 0;
      xdecref(key);
      xdecref(v);
    }
    if (!ok || list_append(result, d) < 0) {
      xdecref(d);
      decref(result);
      return nullptr;
    }
    decref(d);
  }
  return result;
}

// gc.get_objects(generation=None): the tracked objects (of one generation).
Object* gc_get_objects(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"generation"};
  Object* values[1] = {nullptr};
  if (!parse_args(ArgSpec{"get_objects", kNames, 1, 0}, args, nargs, kwnames, values)) return nullptr;
  ssize generation = -1;
  if (values[0] && !is_none(values[0])) {
    if (!is_index(values[0]))
      return raise(&exc::TypeError, "argument should be integer or None, not '%.200s'", type_of(values[0])->tp_name);
    if (!index_as_ssize(values[0], &exc::OverflowError, &generation)) return nullptr;
    if (generation >= kGcGenerations)
      return raise(&exc::ValueError,
                   "generation parameter must be less than the number of available generations (%i)", kGcGenerations);
    // As CPython: a negative generation means all of them.
  }
  GcState& gc = state();
  Object* result = list_new(0);
  if (!result) return nullptr;
  for (int i = 0; i < kGcGenerations; i++) {
    if (generation >= 0 && i != generation) continue;
    GcHead* head = &gc.gens[i].head;
    for (GcHead* g = gc_ptr(head->next); g != head; g = gc_ptr(g->next)) {
      Object* o = gc_object(g);
      if (o == result) continue;
      if (list_append(result, o) < 0) {
        decref(result);
        return nullptr;
      }
    }
  }
  return result;
}

int append_referent(Object* o, void* arg) {
  return o ? list_append(static_cast<Object*>(arg), o) : 0;
}

// gc.get_referents(*objs): what their tp_traverse reports.
Object* gc_get_referents(Object*, Object* const* args, ssize nargs) {
  Object* result = list_new(0);
  if (!result) return nullptr;
  for (ssize i = 0; i < nargs; i++) {
    Object* o = args[i];
    if (!object_is_gc(o)) continue;
    traverseproc traverse = type_of(o)->tp_traverse;
    if (traverse && traverse(o, append_referent, result) != 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

struct ReferrerSearch {
  Object* const* targets;
  ssize ntargets;
  bool found;
};

int find_target(Object* o, void* arg) {
  auto* s = static_cast<ReferrerSearch*>(arg);
  for (ssize i = 0; i < s->ntargets; i++)
    if (o == s->targets[i]) {
      s->found = true;
      return 1;
    }
  return 0;
}

// gc.get_referrers(*objs): the tracked objects that refer to any of them.
Object* gc_get_referrers(Object*, Object* const* args, ssize nargs) {
  GcState& gc = state();
  Object* result = list_new(0);
  if (!result) return nullptr;
  for (GcGeneration& gen : gc.gens) {
    GcHead* head = &gen.head;
    for (GcHead* g = gc_ptr(head->next); g != head; g = gc_ptr(g->next)) {
      Object* o = gc_object(g);
      if (o == result) continue;
      traverseproc traverse = type_of(o)->tp_traverse;
      ReferrerSearch search{args, nargs, false};
      if (traverse) traverse(o, find_target, &search);
      if (search.found && list_append(result, o) < 0) {
        decref(result);
        return nullptr;
      }
    }
  }
  return result;
}

#define DX_NOARGS(f) reinterpret_cast<CFunction>(f), kMethNoArgs
#define DX_FAST(f) reinterpret_cast<CFunction>(reinterpret_cast<void*>(f))

}  // namespace

MethodDef gc_module_methods[] = {
    {"enable", DX_NOARGS(gc_enable), "Enable automatic garbage collection."},
    {"disable", DX_NOARGS(gc_disable), "Disable automatic garbage collection."},
    {"isenabled", DX_NOARGS(gc_isenabled), "Returns true if automatic garbage collection is enabled."},
    {"get_count", DX_NOARGS(gc_get_count), "Return a three-tuple of the current collection counts."},
    {"set_threshold", DX_FAST(gc_set_threshold), kMethFastcall,
     "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\nSets the collection thresholds.  Setting "
     "threshold0 to zero disables collection.\n"},
    {"get_threshold", DX_NOARGS(gc_get_threshold), "Return the current collection thresholds."},
    {"collect", DX_FAST(gc_collect_fn), kMethFastcall | kMethKeywords,
     "Run the garbage collector.\n\nWith no arguments, run a full collection.  The optional argument\nmay be an "
     "integer specifying which generation to collect.  A ValueError\nis raised if the generation number is "
     "invalid.\n\nThe number of unreachable objects is returned."},
    {"get_objects", DX_FAST(gc_get_objects), kMethFastcall | kMethKeywords,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_stats", DX_NOARGS(gc_get_stats), "Return a list of dictionaries containing per-generation statistics."},
    {"is_tracked", reinterpret_cast<CFunction>(gc_is_tracked_fn), kMethO,
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", reinterpret_cast<CFunction>(gc_is_finalized_fn), kMethO,
     "Returns true if the object has been already finalized by the GC."},
    {"get_referrers", DX_FAST(gc_get_referrers), kMethFastcall,
     "get_referrers(*objs) -> list\nReturn the list of objects that directly refer to any of objs."},
    {"get_referents", DX_FAST(gc_get_referents), kMethFastcall,
     "get_referents(*objs) -> list\nReturn the list of objects that are directly referred to by objs."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace dx

namespace dx {

// The gc module: its functions, the debugging flags, and the garbage and
// callbacks lists (empty: nothing is uncollectable, callbacks are not run).
Object* gc_module_create(Interpreter*) {
  Object* m = module_new_utf8("gc");
  if (!m) return nullptr;
  bool ok = module_add_functions(m, gc_module_methods) == 0;
  const std::pair<const char*, int> flags[] = {{"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2},
                                               {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38}};
  for (auto& [name, value] : flags) {
    Object* v = ok ? int_from_int64(value) : nullptr;
    ok = v && module_add_object(m, name, v) == 0;
    xdecref(v);
  }
  for (const char* name : {"garbage", "callbacks"}) {
    Object* l = ok ? list_new(0) : nullptr;
    ok = l && module_add_object(m, name, l) == 0;
    xdecref(l);
  }
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace dx
