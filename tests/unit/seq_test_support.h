// Shared set-up for the list, range and slice tests: a thread state, helpers
// that build and read lists of ints and strs, a callable wrapping a C++
// function (key functions) and a "Probe" object whose comparisons are
// programmable and logged.
#pragma once
#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "objects/int.h"
#include "objects/list.h"
#include "objects/seq_internal.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

namespace dx::test {

class SeqTest : public ::testing::Test {
 protected:
  void SetUp() override { runtime_init(); }
  void TearDown() override {
    if (error_occurred()) {
      ADD_FAILURE() << "exception left pending: " << error_text();
      clear_error();
    }
  }

  // The type and message of the pending exception ("ValueError: ..."), cleared.
  static std::string error_text() {
    Object* e = fetch_error();
    if (!e) return "(no exception)";
    std::string text = type_of(e)->tp_name;
    Object* args = static_cast<BaseExceptionObject*>(e)->args;
    if (args && tuple_size(args) == 1 && is_str(tuple_item(args, 0))) {
      text += ": ";
      text += str_utf8(tuple_item(args, 0));
    }
    decref(e);
    return text;
  }

  static Object* ints(std::initializer_list<int64_t> values) { return ints(std::vector<int64_t>(values)); }
  static Object* ints(const std::vector<int64_t>& values) {
    Object* l = list_new(static_cast<ssize>(values.size()));
    for (size_t i = 0; i < values.size(); i++) list_item(l, static_cast<ssize>(i)) = int_from_int64(values[i]);
    return l;
  }
  static std::vector<int64_t> values(Object* l) {
    std::vector<int64_t> out;
    for (ssize i = 0; i < list_size(l); i++) out.push_back(*int_to_int64(list_item(l, i)));
    return out;
  }
  // repr(o) as UTF-8; the error text if repr fails.
  static std::string repr(Object* o) {
    Object* r = object_repr(o);
    if (!r) return "<error " + error_text() + ">";
    std::string s(str_utf8(r));
    decref(r);
    return s;
  }
  static Object* str(const char* utf8) { return str_from_utf8(utf8); }

  Interpreter interp;
  ThreadState ts{&interp};
  ThreadStateScope scope{&ts};
};

// A callable object running a C++ function of one argument (for key=).
struct TestFunc : Object {
  std::function<Object*(Object*)>* fn;
};

inline Object* testfunc_call(Object* self, Object* args, Object*) {
  return (*static_cast<TestFunc*>(self)->fn)(tuple_item(args, 0));
}
inline void testfunc_dealloc(Object* o) {
  delete static_cast<TestFunc*>(o)->fn;
  object_free(o);
}
inline TypeObject* testfunc_type() {
  static TypeObject t = [] {
    TypeObject x{};
    x.ob_refcnt = kImmortalRefcnt;
    x.tp_name = "test_function";
    x.tp_basicsize = sizeof(TestFunc);
    x.tp_dealloc = testfunc_dealloc;
    x.tp_call = testfunc_call;
    return x;
  }();
  return &t;
}
inline Object* make_func(std::function<Object*(Object*)> fn) {
  auto* f = alloc_object<TestFunc>(testfunc_type());
  f->fn = new std::function<Object*(Object*)>(std::move(fn));
  return f;
}

// An object with a sort key and an identity; its comparisons compare keys
// and call the hook first (which may log, fail or mutate).
struct Probe : Object {
  int64_t key;
  int64_t id;
};
inline std::function<int(Probe*, Probe*, int)>*& probe_hook() {
  static std::function<int(Probe*, Probe*, int)>* hook = nullptr;
  return hook;
}
TypeObject* probe_type();
inline Object* probe_richcompare(Object* a, Object* b, int op) {
  if (type_of(a) != probe_type() || type_of(b) != probe_type()) return newref(not_implemented());
  auto* x = static_cast<Probe*>(a);
  auto* y = static_cast<Probe*>(b);
  if (auto* hook = probe_hook()) {
    int r = (*hook)(x, y, op);
    if (r < 0) return nullptr;
  }
  bool r;
  switch (op) {
    case kLt: r = x->key < y->key; break;
    case kLe: r = x->key <= y->key; break;
    case kEq: r = x->key == y->key; break;
    case kNe: r = x->key != y->key; break;
    case kGt: r = x->key > y->key; break;
    default: r = x->key >= y->key; break;
  }
  return newref(bool_object(r));
}
inline Object* probe_repr(Object* o) {
  return str_from_ascii("P" + std::to_string(static_cast<Probe*>(o)->id));
}
inline void probe_dealloc(Object* o) { object_free(o); }
inline TypeObject* probe_type() {
  static TypeObject t = [] {
    TypeObject x{};
    x.ob_refcnt = kImmortalRefcnt;
    x.tp_name = "Probe";
    x.tp_basicsize = sizeof(Probe);
    x.tp_dealloc = probe_dealloc;
    x.tp_richcompare = probe_richcompare;
    x.tp_repr = probe_repr;
    return x;
  }();
  return &t;
}
inline Object* make_probe(int64_t key, int64_t id) {
  auto* p = alloc_object<Probe>(probe_type());
  p->key = key;
  p->id = id;
  return p;
}

// Sets the probe hook for a scope.
class ProbeHook {
 public:
  explicit ProbeHook(std::function<int(Probe*, Probe*, int)> fn) : fn_(std::move(fn)) { probe_hook() = &fn_; }
  ~ProbeHook() { probe_hook() = nullptr; }

 private:
  std::function<int(Probe*, Probe*, int)> fn_;
};

}  // namespace dx::test
