#include "objects/tuple.h"

#include <string>

#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject TupleType;

namespace {
// The shared empty tuple (immortal, like CPython's).
TupleObject empty_tuple;
}  // namespace

Object* tuple_new(ssize size) {
  if (size == 0) return newref(&empty_tuple);
  if (size < 0 || static_cast<size_t>(size) > (SIZE_MAX - sizeof(TupleObject)) / sizeof(Object*))
    return raise_no_memory();
  auto* t = static_cast<TupleObject*>(
      object_alloc(&TupleType, sizeof(TupleObject) + sizeof(Object*) * static_cast<size_t>(size - 1)));
  if (!t) return nullptr;
  t->ob_size = size;
  for (ssize i = 0; i < size; i++) t->ob_item[i] = nullptr;
  return t;
}

Object* tuple_pack(std::initializer_list<Object*> items) {
  Object* t = tuple_new(static_cast<ssize>(items.size()));
  if (!t) return nullptr;
  ssize i = 0;
  for (Object* o : items) tuple_item(t, i++) = newref(o);
  return t;
}

static void tuple_dealloc(Object* o) {
  auto* t = static_cast<TupleObject*>(o);
  for (ssize i = 0; i < t->ob_size; i++) xdecref(t->ob_item[i]);
  object_free(o);
}

static Object* tuple_repr(Object* o) {
  ssize n = tuple_size(o);
  if (n == 0) return str_from_ascii("()");
  std::string out = "(";
  for (ssize i = 0; i < n; i++) {
    if (i > 0) out += ", ";
    Object* r = object_repr(tuple_item(o, i));
    if (!r) return nullptr;
    std::string_view t = str_utf8(r);
    if (!t.data()) {
      decref(r);
      return nullptr;
    }
    out += t;
    decref(r);
  }
  out += n == 1 ? ",)" : ")";
  return str_from_utf8(out);
}

static ssize tuple_length(Object* o) { return tuple_size(o); }

// CPython's tuple hash (a form of xxHash's 64-bit round over the items'
// hashes), so that hash((1, 2)) and the order of sets of tuples agree.
static hash_t tuple_hash(Object* o) {
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  ssize n = tuple_size(o);
  uint64_t acc = kPrime5;
  for (ssize i = 0; i < n; i++) {
    hash_t lane = object_hash(tuple_item(o, i));
    if (lane == -1) return -1;
    acc += static_cast<uint64_t>(lane) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(n) ^ (kPrime5 ^ 3527539ULL);
  if (acc == ~uint64_t{0}) return 1546275796;
  return static_cast<hash_t>(acc);
}

// Lexicographic, as list's: the first pair of items that differ decides.
static Object* tuple_richcompare(Object* a, Object* b, int op) {
  if (!is_tuple(a) || !is_tuple(b)) return newref(not_implemented());
  ssize na = tuple_size(a), nb = tuple_size(b);
  ssize i = 0;
  for (; i < na && i < nb; i++) {
    int eq = object_richcompare_bool(tuple_item(a, i), tuple_item(b, i), kEq);
    if (eq < 0) return nullptr;
    if (!eq) break;
  }
  if (i >= na || i >= nb) {
    bool r;
    switch (op) {
      case kLt: r = na < nb; break;
      case kLe: r = na <= nb; break;
      case kEq: r = na == nb; break;
      case kNe: r = na != nb; break;
      case kGt: r = na > nb; break;
      default: r = na >= nb; break;
    }
    return newref(bool_object(r));
  }
  if (op == kEq) return newref(bool_object(false));
  if (op == kNe) return newref(bool_object(true));
  return object_richcompare(tuple_item(a, i), tuple_item(b, i), op);
}

// The tuple iterator.
struct TupleIterObject : Object {
  ssize index;
  Object* seq;  // null once exhausted
};
static TypeObject TupleIterType;

static Object* tuple_iter(Object* o) {
  auto* it = alloc_object<TupleIterObject>(&TupleIterType);
  if (!it) return nullptr;
  it->index = 0;
  it->seq = newref(o);
  return it;
}

static Object* tuple_iter_next(Object* o) {
  auto* it = static_cast<TupleIterObject*>(o);
  if (!it->seq) return nullptr;
  if (it->index < tuple_size(it->seq)) return newref(tuple_item(it->seq, it->index++));
  decref(it->seq);
  it->seq = nullptr;
  return nullptr;
}

static Object* self_iter(Object* o) { return newref(o); }

static void tuple_iter_dealloc(Object* o) {
  xdecref(static_cast<TupleIterObject*>(o)->seq);
  object_free(o);
}

static Object* tuple_item_at(Object* o, ssize i) {
  if (i < 0 || i >= tuple_size(o)) return raise(&exc::IndexError, "tuple index out of range");
  return newref(tuple_item(o, i));
}

static int tuple_contains(Object* o, Object* value) {
  for (ssize i = 0; i < tuple_size(o); i++) {
    int r = object_eq(tuple_item(o, i), value);
    if (r != 0) return r;
  }
  return 0;
}

static SequenceMethods tuple_as_sequence;

void init_tuple_type() {
  tuple_as_sequence.sq_length = tuple_length;
  tuple_as_sequence.sq_item = tuple_item_at;
  tuple_as_sequence.sq_contains = tuple_contains;
  TupleType.tp_iter = tuple_iter;
  TupleIterType.ob_refcnt = kImmortalRefcnt;
  TupleIterType.tp_name = "tuple_iterator";
  TupleIterType.tp_basicsize = sizeof(TupleIterObject);
  TupleIterType.tp_dealloc = tuple_iter_dealloc;
  TupleIterType.tp_iter = self_iter;
  TupleIterType.tp_iternext = tuple_iter_next;
  TupleIterType.tp_flags = kTpDefault;
  register_static_type(&TupleIterType);
  TupleType.tp_as_sequence = &tuple_as_sequence;
  TupleType.tp_repr = tuple_repr;
  TupleType.tp_hash = tuple_hash;
  TupleType.tp_richcompare = tuple_richcompare;
  TypeObject& t = TupleType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "tuple";
  t.tp_basicsize = sizeof(TupleObject) - sizeof(Object*);
  t.tp_itemsize = sizeof(Object*);
  t.tp_dealloc = tuple_dealloc;
  t.tp_flags = kTpDefault | kTpBaseType | kTpTupleSubclass | kTpImmutableType;
  empty_tuple.ob_refcnt = kImmortalRefcnt;
  empty_tuple.ob_type = &TupleType;
  empty_tuple.ob_size = 0;
}

}  // namespace dx
