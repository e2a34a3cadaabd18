// The dict core (objects/dict.h): order, deletion, growth, the str-keys
// mode, version tags, KeyError, mutation from a key's __eq__, and balanced
// reference counts (run under build/asan for LeakSanitizer).
#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <functional>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "objects/dict.h"
#include "objects/dict_internal.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"

using namespace dx;

namespace {

// ---- a key type with a chosen hash and a hookable __eq__ --------------------------
struct KeyObject : Object {
  int64_t value;
  hash_t hash;         // -1: __hash__ raises
  Object* equals_str;  // if set, == that str as well (borrowed from the test)
};

TypeObject KeyType;
TypeObject UnhashableType;  // no tp_hash: "unhashable type"
int live_keys = 0;
int eq_calls = 0;
// Runs inside __eq__ (before comparing); may mutate dicts or raise.
std::function<bool(KeyObject* self, Object* other)> eq_hook;  // false: __eq__ raises

hash_t key_hash(Object* o) {
  auto* k = static_cast<KeyObject*>(o);
  if (k->hash == -1) {
    raise(&exc::ValueError, "hash of %lld refused", static_cast<long long>(k->value));
    return -1;
  }
  return k->hash;
}

Object* key_richcompare(Object* a, Object* b, int op) {
  if (op != kEq && op != kNe) return newref(not_implemented());
  eq_calls++;
  auto* self = static_cast<KeyObject*>(a);
  // The hook's own dict operations compare without it (no nesting).
  static bool in_hook = false;
  if (eq_hook && !in_hook) {
    in_hook = true;
    bool ok = eq_hook(self, b);
    in_hook = false;
    if (!ok) return raise(&exc::RuntimeError, "__eq__ failed");
  }
  bool eq;
  if (type_of(b) == &KeyType)
    eq = static_cast<KeyObject*>(b)->value == self->value;
  else if (self->equals_str && is_str(b))
    eq = str_equal(self->equals_str, b);
  else
    return newref(not_implemented());
  return newref(bool_object(eq == (op == kEq)));
}

void key_dealloc(Object* o) {
  live_keys--;
  object_free(o);
}

Object* make_key(int64_t value, hash_t hash) {
  auto* k = static_cast<KeyObject*>(object_alloc(&KeyType, sizeof(KeyObject)));
  k->value = value;
  k->hash = hash;
  k->equals_str = nullptr;
  live_keys++;
  return k;
}

void plain_dealloc(Object* o) { object_free(o); }

void init_test_types() {
  KeyType.ob_refcnt = kImmortalRefcnt;
  KeyType.tp_name = "Key";
  KeyType.tp_basicsize = sizeof(KeyObject);
  KeyType.tp_dealloc = key_dealloc;
  KeyType.tp_hash = key_hash;
  KeyType.tp_richcompare = key_richcompare;
  UnhashableType.ob_refcnt = kImmortalRefcnt;
  UnhashableType.tp_name = "Unhashable";
  UnhashableType.tp_basicsize = sizeof(Object);
  UnhashableType.tp_dealloc = plain_dealloc;
}

Object* s(const std::string& text) { return str_from_utf8(text); }

int64_t key_value(Object* k) { return static_cast<KeyObject*>(k)->value; }

// The items in iteration order, as text ("a=1" for str keys with int values).
std::string describe(Object* d) {
  std::string out;
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(d, &pos, &k, &v)) {
    if (!out.empty()) out += ' ';
    out += is_str(k) ? std::string(str_utf8(k)) : "K" + std::to_string(key_value(k));
    out += '=';
    out += is_int(v) ? std::to_string(*int_to_int64(v)) : is_none(v) ? "None" : is_str(v) ? std::string(str_utf8(v)) : "?";
  }
  return out;
}

DictKeys* keys_of(Object* d) { return as_dict(d)->ma_keys; }

// Checks the table's invariants: live entries counted by ma_used, each live
// entry reachable from exactly one index slot through its own probe
// sequence, dummies only for holes, str-keys tables holding only str.
void check_invariants(Object* d) {
  DictObject* mp = as_dict(d);
  DictKeys* k = mp->ma_keys;
  ASSERT_LE(k->nentries + k->usable, usable_fraction(k->size()));
  ssize live = 0;
  DictEntry* ep = k->entries();
  for (ssize i = 0; i < k->nentries; i++) {
    if (!ep[i].key) {
      EXPECT_EQ(ep[i].value, nullptr);
      continue;
    }
    live++;
    if (k->kind == DictKind::kStrKeys) {
      EXPECT_TRUE(is_str_exact(ep[i].key));
    }
  }
  EXPECT_EQ(live, mp->ma_used);
  std::vector<int> seen(static_cast<size_t>(k->nentries), 0);
  ssize filled = 0;
  for (size_t i = 0; i < k->size(); i++) {
    ssize ix = k->index_at(i);
    if (ix == kIxEmpty) continue;
    filled++;
    if (ix == kIxDummy) continue;
    ASSERT_GE(ix, 0);
    ASSERT_LT(ix, k->nentries);
    EXPECT_NE(ep[ix].key, nullptr);
    seen[static_cast<size_t>(ix)]++;
  }
  EXPECT_LE(filled, k->nentries);
  for (ssize i = 0; i < k->nentries; i++) EXPECT_EQ(seen[static_cast<size_t>(i)], ep[i].key ? 1 : 0);
  // Each live entry is found from its hash before an empty slot.
  for (ssize e = 0; e < k->nentries; e++) {
    if (!ep[e].key) continue;
    size_t perturb = static_cast<size_t>(ep[e].hash), i = perturb & k->mask();
    while (k->index_at(i) != e) {
      ASSERT_NE(k->index_at(i), kIxEmpty) << "entry " << e << " unreachable";
      perturb >>= 5;
      i = (i * 5 + perturb + 1) & k->mask();
    }
  }
}

// The args tuple of the pending exception (which is taken and cleared).
struct Raised {
  TypeObject* type = nullptr;
  Object* arg0 = nullptr;  // a new reference, or null
  ssize nargs = -1;
  ~Raised() { xdecref(arg0); }
};
Raised take_error() {
  Raised r;
  Object* e = fetch_error();
  if (!e) return r;
  r.type = type_of(e);
  Object* args = static_cast<BaseExceptionObject*>(e)->args;
  r.nargs = tuple_size(args);
  if (r.nargs > 0) r.arg0 = newref(tuple_item(args, 0));
  decref(e);
  return r;
}

}  // namespace

class DictTest : public ::testing::Test {
 protected:
  void SetUp() override {
    runtime_init();
    init_test_types();
    eq_hook = nullptr;
    eq_calls = 0;
    live_keys = 0;
  }
  void TearDown() override {
    eq_hook = nullptr;
    EXPECT_FALSE(error_occurred());
    EXPECT_EQ(live_keys, 0) << "Key objects leaked";
  }
  Interpreter interp;
  ThreadState ts{&interp};
  ThreadStateScope scope{&ts};
};

TEST_F(DictTest, InsertionOrderAndReplacement) {
  Object* d = dict_new();
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(is_dict(d));
  EXPECT_TRUE(is_dict_exact(d));
  EXPECT_EQ(dict_size(d), 0);
  for (const char* name : {"zeta", "alpha", "mid", "beta"}) {
    Object* k = s(name);
    Object* v = int_from_int64(static_cast<int64_t>(std::string(name).size()));
    ASSERT_EQ(dict_set_item(d, k, v), 0);
    decref(k);
    decref(v);
  }
  EXPECT_EQ(describe(d), "zeta=4 alpha=5 mid=3 beta=4");
  // Replacing keeps the position and the original key object.
  Object* alpha1 = s("alpha");
  Object* v = int_from_int64(99);
  ssize pos = 0;
  Object *first_key, *k;
  dict_next(d, &pos, &first_key, nullptr);
  dict_next(d, &pos, &k, nullptr);
  ASSERT_EQ(dict_set_item(d, alpha1, v), 0);
  EXPECT_EQ(describe(d), "zeta=4 alpha=99 mid=3 beta=4");
  pos = 1;
  Object* k2;
  dict_next(d, &pos, &k2, nullptr);
  EXPECT_EQ(k2, k);
  EXPECT_NE(k2, alpha1);
  EXPECT_EQ(dict_size(d), 4);
  bool error = true;
  Object* got = dict_get_item(d, alpha1, &error);
  EXPECT_EQ(got, v);
  Object* missing = s("nope");
  error = true;
  EXPECT_EQ(dict_get_item(d, missing, &error), nullptr);
  EXPECT_FALSE(error);
  error = true;
  EXPECT_EQ(dict_get_item_str(d, missing, &error), nullptr);
  EXPECT_FALSE(error);
  EXPECT_EQ(dict_get_item_str(d, alpha1, &error), v);
  EXPECT_EQ(dict_contains(d, alpha1), 1);
  EXPECT_EQ(dict_contains(d, missing), 0);
  decref(missing);
  decref(alpha1);
  decref(v);
  decref(d);
}

TEST_F(DictTest, DeleteAndReinsertGoesLast) {
  Object* d = dict_new();
  std::vector<Object*> keys;
  for (int i = 0; i < 6; i++) {
    keys.push_back(s("k" + std::to_string(i)));
    Object* v = int_from_int64(i);
    dict_set_item(d, keys.back(), v);
    decref(v);
  }
  auto filled_slots = [&] {
    int n = 0;
    for (size_t i = 0; i < keys_of(d)->size(); i++) n += keys_of(d)->index_at(i) != kIxEmpty;
    return n;
  };
  int filled = filled_slots();
  ASSERT_EQ(dict_del_item(d, keys[1]), 0);
  ASSERT_EQ(dict_del_item(d, keys[4]), 0);
  EXPECT_EQ(describe(d), "k0=0 k2=2 k3=3 k5=5");
  EXPECT_EQ(filled_slots(), filled);  // two dummies
  Object* v = int_from_int64(10);
  dict_set_item(d, keys[1], v);
  decref(v);
  EXPECT_EQ(describe(d), "k0=0 k2=2 k3=3 k5=5 k1=10");
  EXPECT_EQ(filled_slots(), filled);  // k1's probe met its old dummy first: reused
  EXPECT_EQ(dict_size(d), 5);
  check_invariants(d);
  // Iteration skips the holes: positions are entry numbers.
  ssize pos = 0;
  int count = 0;
  while (dict_next(d, &pos, nullptr, nullptr)) count++;
  EXPECT_EQ(count, 5);
  EXPECT_EQ(pos, keys_of(d)->nentries);
  for (Object* k : keys) decref(k);
  decref(d);
}

TEST_F(DictTest, DummiesAreCompactedOnResize) {
  Object* d = dict_new();
  EXPECT_EQ(keys_of(d)->usable, 0);  // the shared empty table
  std::vector<Object*> keys;
  for (int i = 0; i < 5; i++) {
    keys.push_back(s("x" + std::to_string(i)));
    dict_set_item(d, keys.back(), none());
  }
  DictKeys* k = keys_of(d);
  EXPECT_EQ(k->log2_size, 3);
  EXPECT_EQ(k->usable, 0);
  EXPECT_EQ(k->nentries, 5);
  for (int i = 0; i < 4; i++) ASSERT_EQ(dict_del_item(d, keys[i]), 0);
  EXPECT_EQ(k->nentries, 5);  // holes stay until the resize
  check_invariants(d);
  // The table is full: the next insertion resizes to 3 * used, here the
  // minimum, compacting the one live entry.
  Object* y = s("y");
  dict_set_item(d, y, none());
  k = keys_of(d);
  EXPECT_EQ(k->log2_size, 3);
  EXPECT_EQ(k->nentries, 2);
  EXPECT_EQ(k->usable, 3);
  EXPECT_EQ(describe(d), "x4=None y=None");
  check_invariants(d);
  decref(y);
  // Growth without deletions doubles; the index widens past 128 slots.
  std::vector<int> sizes;
  for (int i = 0; i < 40000; i++) {
    Object* key = s("g" + std::to_string(i));
    dict_set_item(d, key, none());
    decref(key);
    if (sizes.empty() || sizes.back() != keys_of(d)->log2_size) sizes.push_back(keys_of(d)->log2_size);
    if (keys_of(d)->log2_size < 8) EXPECT_EQ(keys_of(d)->log2_index_bytes, 0);
    else if (keys_of(d)->log2_size < 16) EXPECT_EQ(keys_of(d)->log2_index_bytes, 1);
    else EXPECT_EQ(keys_of(d)->log2_index_bytes, 2);
  }
  std::vector<int> expected;
  for (int i = 3; i <= 16; i++) expected.push_back(i);
  EXPECT_EQ(sizes, expected);
  check_invariants(d);
  // Deleting almost everything then inserting until the table is full
  // shrinks it at that resize: 3 * used rounded up to a power of two.
  for (int i = 0; i < 40000 - 3; i++) {
    Object* key = s("g" + std::to_string(i));
    ASSERT_EQ(dict_del_item(d, key), 0);
    decref(key);
  }
  EXPECT_EQ(keys_of(d)->log2_size, 16);
  ssize room = keys_of(d)->usable;
  EXPECT_EQ(room, usable_fraction(1 << 16) - keys_of(d)->nentries);
  EXPECT_EQ(keys_of(d)->nentries - dict_size(d), 40000 - 3);  // the holes
  for (ssize i = 0; i <= room; i++) {
    Object* key = s("h" + std::to_string(i));
    dict_set_item(d, key, none());
    decref(key);
  }
  EXPECT_EQ(dict_size(d), 5 + room + 1);
  EXPECT_EQ(keys_of(d)->log2_size, std::bit_width(static_cast<size_t>(3 * (5 + room)) - 1));  // 2**14
  EXPECT_EQ(keys_of(d)->nentries, dict_size(d));
  EXPECT_EQ(describe(d).substr(0, 58), "x4=None y=None g39997=None g39998=None g39999=None h0=None");
  check_invariants(d);
  for (Object* key : keys) decref(key);
  decref(d);
}

TEST_F(DictTest, GrowsToAMillion) {
  constexpr int kN = 1000000;
  Object* d = dict_new();
  std::vector<Object*> keys(kN);
  for (int i = 0; i < kN; i++) {
    char buf[32];
    snprintf(buf, sizeof buf, "key%d", i);
    keys[i] = str_from_ascii(buf);
    Object* v = int_from_int64(i);
    ASSERT_EQ(dict_set_item(d, keys[i], v), 0);
    decref(v);
  }
  EXPECT_EQ(dict_size(d), kN);
  EXPECT_EQ(keys_of(d)->log2_size, 21);
  EXPECT_EQ(keys_of(d)->log2_index_bytes, 2);
  EXPECT_EQ(keys_of(d)->kind, DictKind::kStrKeys);
  bool error = false;
  for (int i = 0; i < kN; i++) {
    Object* v = dict_get_item_str(d, keys[i], &error);
    ASSERT_NE(v, nullptr);
    ASSERT_EQ(*int_to_int64(v), i);
  }
  // Equal but distinct key objects are found too.
  for (int i = 0; i < kN; i += 997) {
    char buf[32];
    snprintf(buf, sizeof buf, "key%d", i);
    Object* k = str_from_ascii(buf);
    Object* v = dict_get_item(d, k, &error);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(*int_to_int64(v), i);
    decref(k);
  }
  for (int i = 0; i < kN; i += 2) ASSERT_EQ(dict_del_item(d, keys[i]), 0);
  EXPECT_EQ(dict_size(d), kN / 2);
  ssize pos = 0;
  Object *k, *v;
  int expect = 1;
  while (dict_next(d, &pos, &k, &v)) {
    ASSERT_EQ(k, keys[expect]);
    expect += 2;
  }
  EXPECT_EQ(expect, kN + 1);
  check_invariants(d);
  Object* copy = dict_copy(d);
  EXPECT_EQ(dict_size(copy), kN / 2);
  EXPECT_EQ(keys_of(copy)->nentries, kN / 2);  // compacted
  check_invariants(copy);
  decref(copy);
  for (Object* key : keys) decref(key);
  decref(d);
}

TEST_F(DictTest, StrKeysModeAndSwitch) {
  Object* d = dict_new();
  Object* a = s("a");
  Object* b = s("b");
  Object* one = int_from_int64(1);
  dict_set_item(d, a, one);
  dict_set_item(d, b, one);
  EXPECT_EQ(keys_of(d)->kind, DictKind::kStrKeys);
  // A non-str key equal to a str is found by the general comparison, and a
  // lookup alone does not leave the str mode.
  auto* alias = static_cast<KeyObject*>(make_key(7, str_hash(a)));
  alias->equals_str = a;
  bool error = false;
  EXPECT_EQ(dict_get_item(d, alias, &error), one);
  EXPECT_EQ(eq_calls, 1);
  EXPECT_EQ(keys_of(d)->kind, DictKind::kStrKeys);
  // Storing through it replaces a's value: the key stays the str.
  Object* two = int_from_int64(2);
  dict_set_item(d, alias, two);
  EXPECT_EQ(keys_of(d)->kind, DictKind::kStrKeys);
  EXPECT_EQ(describe(d), "a=2 b=1");
  // The first non-str key switches the table to the general mode for good.
  Object* k = make_key(1, 12345);
  dict_set_item(d, k, two);
  EXPECT_EQ(keys_of(d)->kind, DictKind::kGeneral);
  EXPECT_EQ(describe(d), "a=2 b=1 K1=2");
  dict_del_item(d, k);
  EXPECT_EQ(keys_of(d)->kind, DictKind::kGeneral);
  EXPECT_EQ(dict_get_item_str(d, b, &error), one);
  Object* b2 = s("b");
  EXPECT_EQ(dict_get_item_str(d, b2, &error), one);  // by contents, no __eq__ call
  check_invariants(d);
  // The mode survives a resize and a copy; clear returns to the str mode.
  for (int i = 0; i < 20; i++) {
    Object* key = s("n" + std::to_string(i));
    dict_set_item(d, key, one);
    decref(key);
  }
  EXPECT_EQ(keys_of(d)->kind, DictKind::kGeneral);
  Object* copy = dict_copy(d);
  EXPECT_EQ(keys_of(copy)->kind, DictKind::kGeneral);
  dict_clear(d);
  EXPECT_EQ(dict_size(d), 0);
  dict_set_item(d, a, one);
  EXPECT_EQ(keys_of(d)->kind, DictKind::kStrKeys);
  // The first item of an empty dict sets the mode directly.
  Object* d2 = dict_new();
  dict_set_item(d2, k, one);
  EXPECT_EQ(keys_of(d2)->kind, DictKind::kGeneral);
  for (Object* o : {d, d2, copy, a, b, b2, one, two, k, static_cast<Object*>(alias)}) decref(o);
}

TEST_F(DictTest, HashCollisionsAndGeneralKeys) {
  // 200 keys on 4 hashes: long probe chains through __eq__.
  Object* d = dict_new();
  for (int i = 0; i < 200; i++) {
    Object* k = make_key(i, i % 4);
    Object* v = int_from_int64(i);
    ASSERT_EQ(dict_set_item(d, k, v), 0);
    decref(k);
    decref(v);
  }
  check_invariants(d);
  for (int i = 0; i < 200; i++) {
    Object* k = make_key(i, i % 4);
    bool error = false;
    Object* v = dict_get_item(d, k, &error);
    ASSERT_NE(v, nullptr) << i;
    EXPECT_EQ(*int_to_int64(v), i);
    if (i % 3 == 0) {
      ASSERT_EQ(dict_del_item(d, k), 0);
    }
    decref(k);
  }
  EXPECT_EQ(dict_size(d), 200 - 67);
  check_invariants(d);
  // Negative hashes, and hashes that differ only in high bits.
  for (hash_t h : {hash_t(-2), hash_t(-12345678901LL), hash_t(1) << 62, (hash_t(1) << 62) + 8}) {
    Object* k = make_key(1000 + h % 1000, h);
    dict_set_item(d, k, none());
    bool error = false;
    EXPECT_EQ(dict_get_item(d, k, &error), none());
    decref(k);
  }
  check_invariants(d);
  decref(d);
}

TEST_F(DictTest, KeyErrorCarriesTheKey) {
  Object* d = dict_new();
  Object* k = s("missing");
  EXPECT_EQ(dict_del_item(d, k), -1);
  {
    Raised r = take_error();
    EXPECT_EQ(r.type, &exc::KeyError);
    EXPECT_EQ(r.nargs, 1);
    EXPECT_EQ(r.arg0, k);
  }
  EXPECT_EQ(dict_pop(d, k, nullptr), nullptr);
  {
    Raised r = take_error();
    EXPECT_EQ(r.type, &exc::KeyError);
    EXPECT_EQ(r.arg0, k);
  }
  // An exception used as a key is the KeyError's argument, not raised itself.
  Object* args = tuple_pack({k});
  Object* exc_key = exception_new(&exc::ValueError, args);
  decref(args);
  EXPECT_EQ(dict_pop(d, exc_key, nullptr), nullptr);  // empty: no hashing
  {
    Raised r = take_error();
    EXPECT_EQ(r.type, &exc::KeyError);
    EXPECT_EQ(r.nargs, 1);
    EXPECT_EQ(r.arg0, exc_key);
  }
  // pop with a default: no error, a new reference to the default.
  Object* got = dict_pop(d, k, none());
  EXPECT_EQ(got, none());
  decref(got);
  decref(exc_key);
  decref(k);
  decref(d);
}

TEST_F(DictTest, UnhashableAndFailingKeys) {
  Object* d = dict_new();
  Object* u = object_alloc(&UnhashableType, sizeof(Object));
  bool error = false;
  EXPECT_EQ(dict_get_item(d, u, &error), nullptr);
  EXPECT_TRUE(error);
  {
    Raised r = take_error();
    EXPECT_EQ(r.type, &exc::TypeError);
    EXPECT_EQ(str_utf8(r.arg0), "unhashable type: 'Unhashable'");
  }
  EXPECT_EQ(dict_set_item(d, u, none()), -1);
  clear_error();
  EXPECT_EQ(dict_contains(d, u), -1);
  clear_error();
  EXPECT_EQ(dict_setdefault(d, u, none()), nullptr);
  clear_error();
  // As in CPython, popping from an empty dict does not hash: KeyError.
  EXPECT_EQ(dict_pop(d, u, nullptr), nullptr);
  EXPECT_TRUE(error_matches(&exc::KeyError));
  clear_error();
  Object* one = int_from_int64(1);
  Object* a = s("a");
  dict_set_item(d, a, one);
  EXPECT_EQ(dict_pop(d, u, nullptr), nullptr);
  EXPECT_TRUE(error_matches(&exc::TypeError));
  clear_error();
  // A __hash__ that raises leaves the dict unchanged.
  Object* bad = make_key(1, -1);
  uint64_t version = dict_version(d);
  EXPECT_EQ(dict_set_item(d, bad, one), -1);
  EXPECT_TRUE(error_matches(&exc::ValueError));
  clear_error();
  EXPECT_EQ(dict_version(d), version);
  EXPECT_EQ(dict_size(d), 1);
  // An __eq__ that raises propagates from every operation.
  Object* k1 = make_key(1, 5);
  Object* k2 = make_key(2, 5);
  dict_set_item(d, k1, one);
  eq_hook = [](KeyObject*, Object*) { return false; };
  EXPECT_EQ(dict_get_item(d, k2, &error), nullptr);
  EXPECT_TRUE(error);
  EXPECT_TRUE(error_matches(&exc::RuntimeError));
  clear_error();
  EXPECT_EQ(dict_set_item(d, k2, one), -1);
  clear_error();
  EXPECT_EQ(dict_del_item(d, k2), -1);
  EXPECT_TRUE(error_matches(&exc::RuntimeError));
  clear_error();
  EXPECT_EQ(dict_pop(d, k2, none()), nullptr);
  clear_error();
  eq_hook = nullptr;
  EXPECT_EQ(dict_size(d), 2);
  check_invariants(d);
  for (Object* o : {d, u, one, a, bad, k1, k2}) decref(o);
}

TEST_F(DictTest, IterationOrderMatchesAModel) {
  // Random operations against a list of (key, value) in insertion order,
  // mixing str and Key keys so tables switch mode mid-run.
  std::mt19937 rng(12345);
  Object* d = dict_new();
  std::vector<std::pair<std::string, int>> model;
  auto key_for = [](int id) -> Object* {
    if (id % 5 == 0) return make_key(id, id % 7);
    return str_from_ascii("s" + std::to_string(id));
  };
  auto name_of = [](int id) { return id % 5 == 0 ? "K" + std::to_string(id) : "s" + std::to_string(id); };
  auto find = [&](const std::string& name) {
    return std::find_if(model.begin(), model.end(), [&](auto& p) { return p.first == name; });
  };
  for (int step = 0; step < 20000; step++) {
    int id = static_cast<int>(rng() % 300);
    std::string name = name_of(id);
    Object* key = key_for(id);
    int op = static_cast<int>(rng() % 10);
    if (op < 5) {
      Object* v = int_from_int64(step);
      ASSERT_EQ(dict_set_item(d, key, v), 0);
      decref(v);
      auto it = find(name);
      if (it == model.end()) model.emplace_back(name, step);
      else it->second = step;
    } else if (op < 8) {
      auto it = find(name);
      int r = dict_del_item(d, key);
      if (it == model.end()) {
        ASSERT_EQ(r, -1);
        ASSERT_TRUE(error_matches(&exc::KeyError));
        clear_error();
      } else {
        ASSERT_EQ(r, 0);
        model.erase(it);
      }
    } else if (op < 9) {
      Object* v = int_from_int64(step);
      Object* got = dict_setdefault(d, key, v);
      auto it = find(name);
      if (it == model.end()) {
        EXPECT_EQ(got, v);
        model.emplace_back(name, step);
      } else {
        EXPECT_EQ(*int_to_int64(got), it->second);
      }
      decref(v);
    } else if (step % 50 == 9) {
      dict_clear(d);
      model.clear();
    } else {
      Object* copy = dict_copy(d);
      decref(d);
      d = copy;
    }
    decref(key);
    ASSERT_EQ(dict_size(d), static_cast<ssize>(model.size()));
    if (step % 500 == 0) {
      std::string expected;
      for (auto& [n, v] : model) expected += (expected.empty() ? "" : " ") + n + "=" + std::to_string(v);
      ASSERT_EQ(describe(d), expected) << "step " << step;
      check_invariants(d);
    }
  }
  decref(d);
}

TEST_F(DictTest, VersionTags) {
  Object* d = dict_new();
  Object* d2 = dict_new();
  EXPECT_NE(dict_version(d), dict_version(d2));
  Object* a = s("a");
  Object* b = s("b");
  Object* one = int_from_int64(1);
  Object* two = int_from_int64(2);
  uint64_t v = dict_version(d);
  auto changed = [&] {
    uint64_t now = dict_version(d);
    bool c = now != v;
    v = now;
    return c;
  };
  dict_set_item(d, a, one);
  EXPECT_TRUE(changed());
  bool error;
  dict_get_item(d, a, &error);
  dict_get_item(d, b, &error);
  dict_contains(d, a);
  ssize pos = 0;
  while (dict_next(d, &pos, nullptr, nullptr)) {
  }
  EXPECT_FALSE(changed());
  dict_set_item(d, a, one);  // same value: nothing changed
  EXPECT_FALSE(changed());
  dict_set_item(d, a, two);
  EXPECT_TRUE(changed());
  EXPECT_EQ(dict_del_item(d, b), -1);
  clear_error();
  EXPECT_FALSE(changed());
  Object* popped = dict_pop(d, b, none());
  decref(popped);
  EXPECT_FALSE(changed());
  dict_setdefault(d, a, one);
  EXPECT_FALSE(changed());
  dict_setdefault(d, b, one);
  EXPECT_TRUE(changed());
  dict_del_item(d, b);
  EXPECT_TRUE(changed());
  for (int i = 0; i < 50; i++) {  // through several resizes
    Object* k = s("v" + std::to_string(i));
    dict_set_item(d, k, one);
    decref(k);
    EXPECT_TRUE(changed());
  }
  popped = dict_pop(d, a, nullptr);
  decref(popped);
  EXPECT_TRUE(changed());
  dict_merge(d, d2, DictMerge::kOverride);  // empty source
  EXPECT_FALSE(changed());
  dict_set_item(d2, a, one);
  dict_merge(d, d2, DictMerge::kOverride);
  EXPECT_TRUE(changed());
  dict_clear(d);
  EXPECT_TRUE(changed());
  dict_clear(d);
  EXPECT_FALSE(changed());
  // Tags come from one interpreter-wide counter: all distinct, increasing.
  EXPECT_GT(dict_version(d), dict_version(d2));
  for (Object* o : {d, d2, a, b, one, two}) decref(o);
}

TEST_F(DictTest, ReferenceCountsBalance) {
  Object* k = s("key");
  Object* v = s("value");
  Object* w = s("other");
  ssize k0 = k->ob_refcnt, v0 = v->ob_refcnt, w0 = w->ob_refcnt;
  Object* d = dict_new();
  dict_set_item(d, k, v);
  EXPECT_EQ(k->ob_refcnt, k0 + 1);
  EXPECT_EQ(v->ob_refcnt, v0 + 1);
  dict_set_item(d, k, w);  // replaced: v released, the key not taken twice
  EXPECT_EQ(k->ob_refcnt, k0 + 1);
  EXPECT_EQ(v->ob_refcnt, v0);
  EXPECT_EQ(w->ob_refcnt, w0 + 1);
  Object* copy = dict_copy(d);
  EXPECT_EQ(k->ob_refcnt, k0 + 2);
  Object* merged = dict_new();
  dict_set_item(merged, w, w);
  dict_merge(merged, d, DictMerge::kOverride);
  EXPECT_EQ(k->ob_refcnt, k0 + 3);
  EXPECT_EQ(w->ob_refcnt, w0 + 5);  // d's value, copy's value, merged's key, value and k's value
  Object* popped = dict_pop(d, k, nullptr);
  EXPECT_EQ(popped, w);
  decref(popped);
  EXPECT_EQ(k->ob_refcnt, k0 + 2);
  EXPECT_EQ(dict_setdefault(d, k, v), v);
  EXPECT_EQ(v->ob_refcnt, v0 + 1);
  dict_del_item(d, k);
  EXPECT_EQ(v->ob_refcnt, v0);
  dict_clear(copy);
  EXPECT_EQ(k->ob_refcnt, k0 + 1);
  decref(merged);
  decref(copy);
  decref(d);
  EXPECT_EQ(k->ob_refcnt, k0);
  EXPECT_EQ(v->ob_refcnt, v0);
  EXPECT_EQ(w->ob_refcnt, w0);
  decref(k);
  decref(v);
  decref(w);
}

TEST_F(DictTest, MergePolicies) {
  Object* a = dict_new();
  Object* b = dict_new();
  Object* x = s("x");
  Object* y = s("y");
  Object* z = s("z");
  Object* one = int_from_int64(1);
  Object* two = int_from_int64(2);
  dict_set_item(a, x, one);
  dict_set_item(a, y, one);
  dict_set_item(b, y, two);
  dict_set_item(b, z, two);
  Object* a2 = dict_copy(a);
  ASSERT_EQ(dict_merge(a, b, DictMerge::kOverride), 0);
  EXPECT_EQ(describe(a), "x=1 y=2 z=2");
  ASSERT_EQ(dict_merge(a2, b, DictMerge::kKeepExisting), 0);
  EXPECT_EQ(describe(a2), "x=1 y=1 z=2");
  Object* a3 = dict_new();
  dict_set_item(a3, x, one);
  dict_set_item(a3, y, one);
  EXPECT_EQ(dict_merge(a3, b, DictMerge::kErrorOnDuplicate), -1);
  {
    Raised r = take_error();
    EXPECT_EQ(r.type, &exc::KeyError);
    EXPECT_EQ(r.arg0, y);
  }
  // Into an empty dict: a copy of the source's table.
  Object* e = dict_new();
  ASSERT_EQ(dict_merge(e, a, DictMerge::kErrorOnDuplicate), 0);
  EXPECT_EQ(describe(e), "x=1 y=2 z=2");
  check_invariants(e);
  // Into itself: nothing happens.
  ASSERT_EQ(dict_merge(a, a, DictMerge::kErrorOnDuplicate), 0);
  // A large merge resizes once up front.
  Object* big = dict_new();
  for (int i = 0; i < 1000; i++) {
    Object* k = s("m" + std::to_string(i));
    dict_set_item(big, k, one);
    decref(k);
  }
  ASSERT_EQ(dict_merge(a, big, DictMerge::kOverride), 0);
  EXPECT_EQ(dict_size(a), 1003);
  check_invariants(a);
  for (Object* o : {a, a2, a3, b, e, big, x, y, z, one, two}) decref(o);
}

// ---- a key's __eq__ mutating the dict being searched -----------------------------

TEST_F(DictTest, EqClearsTheDict) {
  Object* d = dict_new();
  Object* k1 = make_key(1, 42);
  Object* one = int_from_int64(1);
  dict_set_item(d, k1, one);
  decref(k1);  // the dict holds the only reference: clearing frees it mid-compare
  eq_hook = [d](KeyObject*, Object*) {
    dict_clear(d);
    return true;
  };
  Object* k2 = make_key(2, 42);
  bool error = true;
  EXPECT_EQ(dict_get_item(d, k2, &error), nullptr);
  EXPECT_FALSE(error);
  EXPECT_EQ(dict_size(d), 0);
  // The same during an insertion: the item lands in the emptied dict.
  dict_set_item(d, make_key(3, 42), one);  // the dict takes it; drop ours below
  {
    ssize pos = 0;
    Object* k3;
    dict_next(d, &pos, &k3, nullptr);
    decref(k3);
  }
  EXPECT_EQ(dict_set_item(d, k2, one), 0);
  EXPECT_EQ(dict_size(d), 1);
  EXPECT_EQ(describe(d), "K2=1");
  check_invariants(d);
  // And during a deletion: the key is gone, so KeyError.
  Object* k4 = make_key(4, 42);
  EXPECT_EQ(dict_del_item(d, k4), -1);
  EXPECT_TRUE(error_matches(&exc::KeyError));
  clear_error();
  EXPECT_EQ(dict_size(d), 0);
  eq_hook = nullptr;
  for (Object* o : {d, k2, k4, one}) decref(o);
}

TEST_F(DictTest, EqResizesTheDict) {
  Object* d = dict_new();
  Object* one = int_from_int64(1);
  Object* k1 = make_key(1, 42);
  dict_set_item(d, k1, one);
  int grown = 0;
  eq_hook = [&](KeyObject*, Object*) {
    if (grown++ == 0) {
      for (int i = 0; i < 100; i++) {
        Object* k = str_from_ascii("fill" + std::to_string(i));
        dict_set_item(d, k, one);
        decref(k);
      }
    }
    return true;
  };
  Object* k2 = make_key(2, 42);
  uint8_t log2_before = keys_of(d)->log2_size;
  ASSERT_EQ(dict_set_item(d, k2, one), 0);  // k1 != k2: a new entry after a restart
  EXPECT_GT(keys_of(d)->log2_size, log2_before);
  EXPECT_EQ(dict_size(d), 102);
  check_invariants(d);
  bool error = false;
  EXPECT_EQ(dict_get_item(d, k2, &error), one);
  eq_hook = nullptr;
  for (Object* o : {d, k1, k2, one}) decref(o);
}

TEST_F(DictTest, EqDeletesTheComparedKey) {
  Object* d = dict_new();
  Object* one = int_from_int64(1);
  Object* two = int_from_int64(2);
  Object* k1 = make_key(1, 42);
  Object* k1b = make_key(1, 42);  // equal to k1
  dict_set_item(d, k1, one);
  decref(k1);
  bool fired = false;
  eq_hook = [&](KeyObject* self, Object*) {
    if (std::exchange(fired, true)) return true;
    EXPECT_EQ(dict_del_item(d, self), 0);
    return true;
  };
  // The compared key vanished: the search restarts and appends k1b.
  ASSERT_EQ(dict_set_item(d, k1b, two), 0);
  EXPECT_EQ(dict_size(d), 1);
  EXPECT_EQ(describe(d), "K1=2");
  ssize pos = 0;
  Object* stored;
  dict_next(d, &pos, &stored, nullptr);
  EXPECT_EQ(stored, k1b);
  check_invariants(d);
  for (Object* o : {d, k1b, one, two}) decref(o);
}

TEST_F(DictTest, EqMutatesOnEveryCall) {
  // Adversarial: each comparison inserts and deletes other keys, across many
  // lookups; the table must stay consistent and nothing may leak.
  Object* d = dict_new();
  Object* one = int_from_int64(1);
  for (int i = 0; i < 64; i++) {
    Object* k = make_key(i, i % 3);
    dict_set_item(d, k, one);
    decref(k);
  }
  int n = 0;
  eq_hook = [&](KeyObject*, Object*) {
    n++;
    if (n % 3 == 0) {
      Object* k = make_key(1000 + n, n % 5);
      dict_set_item(d, k, one);
      decref(k);
    } else if (n % 3 == 1) {
      Object* k = make_key(n % 64, n % 64 % 3);
      if (dict_del_item(d, k) < 0) clear_error();
      decref(k);
    }
    return n < 2000;
  };
  for (int round = 0; round < 200 && n < 2000; round++) {
    Object* k = make_key(round % 70, round % 3);
    bool error = false;
    dict_get_item(d, k, &error);
    if (error) clear_error();
    if (dict_set_item(d, k, one) < 0) clear_error();
    decref(k);
  }
  eq_hook = nullptr;
  check_invariants(d);
  decref(d);
  decref(one);
}

TEST_F(DictTest, MergeDetectsMutationOfTheSource) {
  Object* a = dict_new();
  Object* b = dict_new();
  Object* one = int_from_int64(1);
  Object* ka = make_key(1, 9);
  dict_set_item(a, ka, one);  // so merging b's keys compares with ka
  for (int i = 2; i < 6; i++) {
    Object* k = make_key(i, 9);
    dict_set_item(b, k, one);
    decref(k);
  }
  Object* victim = make_key(5, 9);
  bool fired = false;
  eq_hook = [&](KeyObject*, Object*) {
    if (std::exchange(fired, true)) return true;
    if (dict_del_item(b, victim) < 0) clear_error();
    return true;
  };
  EXPECT_EQ(dict_merge(a, b, DictMerge::kOverride), -1);
  {
    Raised r = take_error();
    EXPECT_EQ(r.type, &exc::RuntimeError);
    EXPECT_EQ(str_utf8(r.arg0), "dict mutated during update");
  }
  check_invariants(a);
  check_invariants(b);
  for (Object* o : {a, b, one, ka, victim}) decref(o);
}

TEST_F(DictTest, PresizedAndCopyShapes) {
  Object* d = dict_new_presized(1000);
  EXPECT_GE(keys_of(d)->usable, 1000);
  EXPECT_EQ(keys_of(d)->log2_size, 11);
  DictKeys* before = keys_of(d);
  for (int i = 0; i < 1000; i++) {
    Object* k = s("p" + std::to_string(i));
    dict_set_item(d, k, none());
    decref(k);
  }
  EXPECT_EQ(keys_of(d), before);  // no resize
  // A dense dict is copied as a clone; a sparse one compacted.
  Object* c1 = dict_copy(d);
  EXPECT_EQ(keys_of(c1)->log2_size, 11);
  for (int i = 0; i < 900; i++) {
    Object* k = s("p" + std::to_string(i));
    dict_del_item(d, k);
    decref(k);
  }
  Object* c2 = dict_copy(d);
  EXPECT_EQ(keys_of(c2)->nentries, 100);
  EXPECT_LT(keys_of(c2)->log2_size, 11);
  EXPECT_EQ(describe(c2), describe(d));
  check_invariants(c1);
  check_invariants(c2);
  Object* small = dict_new_presized(0);
  EXPECT_EQ(keys_of(small)->usable, 0);  // still the shared empty table
  Object* empty = dict_copy(small);
  EXPECT_EQ(dict_size(empty), 0);
  for (Object* o : {d, c1, c2, small, empty}) decref(o);
}
