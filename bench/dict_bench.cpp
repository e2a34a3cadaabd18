// Times the dict core with str keys: one line per workload, "name ns/op".
// bench/dict_bench.py runs the same workloads through CPython 3.11's own
// dict (its C API, from an extension module loaded into python3.11) and
// prints the ratios. Each workload is the best of several timed runs.
#include <time.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

using namespace dx;

namespace {

double now_ns() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);  // CPU time: steadier on a shared machine
  return static_cast<double>(ts.tv_sec) * 1e9 + static_cast<double>(ts.tv_nsec);
}

std::vector<Object*> make_keys(int n, const char* prefix) {
  std::vector<Object*> keys;
  for (int i = 0; i < n; i++) {
    Object* k = str_from_ascii(prefix + std::to_string(i));
    str_hash(k);  // as CPython strings used as keys have their hash cached
    keys.push_back(k);
  }
  return keys;
}

Object* make_dict(const std::vector<Object*>& keys, Object* value) {
  Object* d = dict_new();
  for (Object* k : keys) dict_set_item(d, k, value);
  return d;
}

// Runs body(rounds) several times; returns the best ns per operation, an
// operation being one of `ops_per_round` done in each round.
template <typename Body>
double best_ns(long ops_per_round, Body body) {
  long rounds = 1;
  // Calibrate to about 50 ms per run.
  for (;;) {
    double t0 = now_ns();
    body(rounds);
    double t = now_ns() - t0;
    if (t > 5e7 || rounds > (1L << 40)) break;
    rounds *= t < 5e6 ? 10 : 2;
  }
  double best = 1e300;
  for (int run = 0; run < 5; run++) {
    double t0 = now_ns();
    body(rounds);
    double t = (now_ns() - t0) / static_cast<double>(rounds * ops_per_round);
    if (t < best) best = t;
  }
  return best;
}

volatile uintptr_t sink;

void report(const char* name, double ns) { std::printf("%s %.3f\n", name, ns); }

}  // namespace

int main(int argc, char** argv) {
  const char* only = argc > 1 ? argv[1] : nullptr;
  auto wanted = [&](const char* name) { return !only || std::strstr(name, only); };
  runtime_init();
  Interpreter interp;
  ThreadState ts{&interp};
  ThreadStateScope scope{&ts};
  Object* one = int_from_int64(1);
  Object* two = int_from_int64(2);
  bool error = false;

  for (int n : {8, 1000, 100000}) {
    std::vector<Object*> keys = make_keys(n, "key");
    Object* d = make_dict(keys, one);
    std::string name = "get_hit_" + std::to_string(n);
    if (wanted(name.c_str()))
      report(name.c_str(), best_ns(n, [&](long rounds) {
               uintptr_t acc = 0;
               for (long r = 0; r < rounds; r++)
                 for (Object* k : keys) acc += reinterpret_cast<uintptr_t>(dict_get_item(d, k, &error));
               sink = acc;
             }));
    name = "get_str_hit_" + std::to_string(n);
    if (wanted(name.c_str()))
      report(name.c_str(), best_ns(n, [&](long rounds) {
               uintptr_t acc = 0;
               for (long r = 0; r < rounds; r++)
                 for (Object* k : keys) acc += reinterpret_cast<uintptr_t>(dict_get_item_str(d, k, &error));
               sink = acc;
             }));
    decref(d);
    for (Object* k : keys) decref(k);
  }

  std::vector<Object*> keys = make_keys(1000, "key");
  std::vector<Object*> equal_keys = make_keys(1000, "key");  // equal, not identical
  std::vector<Object*> absent = make_keys(1000, "absent");
  Object* d = make_dict(keys, one);
  if (wanted("get_hit_equal_1000"))
    report("get_hit_equal_1000", best_ns(1000, [&](long rounds) {
             uintptr_t acc = 0;
             for (long r = 0; r < rounds; r++)
               for (Object* k : equal_keys) acc += reinterpret_cast<uintptr_t>(dict_get_item(d, k, &error));
             sink = acc;
           }));
  if (wanted("get_miss_1000"))
    report("get_miss_1000", best_ns(1000, [&](long rounds) {
             uintptr_t acc = 0;
             for (long r = 0; r < rounds; r++)
               for (Object* k : absent) acc += reinterpret_cast<uintptr_t>(dict_get_item(d, k, &error));
             sink = acc;
           }));
  if (wanted("set_replace_1000"))
    report("set_replace_1000", best_ns(1000, [&](long rounds) {
             for (long r = 0; r < rounds; r++) {
               Object* v = r & 1 ? one : two;
               for (Object* k : keys) dict_set_item(d, k, v);
             }
           }));
  if (wanted("del_insert_1000"))
    report("del_insert_1000", best_ns(1000, [&](long rounds) {
             for (long r = 0; r < rounds; r++)
               for (Object* k : keys) {
                 dict_del_item(d, k);
                 dict_set_item(d, k, one);
               }
           }));
  if (wanted("build_1000"))
    report("build_1000", best_ns(1000, [&](long rounds) {
             for (long r = 0; r < rounds; r++) {
               Object* t = dict_new();
               for (Object* k : keys) dict_set_item(t, k, one);
               decref(t);
             }
           }));
  if (wanted("build_8"))
    report("build_8", best_ns(8, [&](long rounds) {
             for (long r = 0; r < rounds; r++) {
               Object* t = dict_new();
               for (int i = 0; i < 8; i++) dict_set_item(t, keys[static_cast<size_t>(i)], one);
               decref(t);
             }
           }));
  if (wanted("iterate_1000"))
    report("iterate_1000", best_ns(1000, [&](long rounds) {
             uintptr_t acc = 0;
             for (long r = 0; r < rounds; r++) {
               ssize pos = 0;
               Object *k, *v;
               while (dict_next(d, &pos, &k, &v)) acc += reinterpret_cast<uintptr_t>(v);
             }
             sink = acc;
           }));
  if (wanted("copy_1000"))
    report("copy_1000", best_ns(1000, [&](long rounds) {
             for (long r = 0; r < rounds; r++) decref(dict_copy(d));
           }));
  decref(d);
  for (auto* v : {&keys, &equal_keys, &absent})
    for (Object* k : *v) decref(k);
  return 0;
}
