#include "objects/tuple.h"

#include <string>

#include "objects/int.h"
#include "objects/list.h"
#include "objects/seq_internal.h"
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
  for (ssize i = t->ob_size; --i >= 0;) xdecref(t->ob_item[i]);  // last first, as CPython
  object_free(o);
}

Object* tuple_from_iterable(Object* iterable) {
  if (type_of(iterable) == &TupleType) return newref(iterable);
  Object* l = list_from_iterable(iterable);
  if (!l) return nullptr;
  Object* t = list_as_tuple(l);
  decref(l);
  return t;
}

// CPython's tuple hash (3.8+): xxHash's mixing over the items' hashes, so
// hash((1, 2)) is the same number in both.
static hash_t tuple_hash(Object* o) {
  constexpr uint64_t kPrime1 = 11400714785074694791ULL;
  constexpr uint64_t kPrime2 = 14029467366897019727ULL;
  constexpr uint64_t kPrime5 = 2870177450012600261ULL;
  uint64_t acc = kPrime5;
  ssize n = tuple_size(o);
  for (ssize i = 0; i < n; i++) {
    hash_t lane = object_hash(tuple_item(o, i));
    if (lane == -1) return -1;
    acc += static_cast<uint64_t>(lane) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uint64_t>(n) ^ (kPrime5 ^ 3527539ULL);
  if (acc == static_cast<uint64_t>(-1)) return 1546275796;
  return static_cast<hash_t>(acc);
}

static ssize tuple_len_of(const Object* o) { return tuple_size(o); }
static Object* tuple_item_of(Object* o, ssize i) { return tuple_item(o, i); }

static Object* tuple_richcompare(Object* a, Object* b, int op) {
  if (!is_tuple(a) || !is_tuple(b)) return newref(not_implemented());
  return lexicographic_compare(a, b, op, tuple_len_of, tuple_item_of);
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

// The tuple iterator.
struct TupleIterObject : Object {
  ssize index;
  Object* seq;  // null once exhausted
};
TypeObject TupleIterType;

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
  t.tp_flags = kTpDefault | kTpBaseType | kTpTupleSubclass | kTpImmutableType | kTpSequence | kTpMatchSelf;
  empty_tuple.ob_refcnt = kImmortalRefcnt;
  empty_tuple.ob_type = &TupleType;
  empty_tuple.ob_size = 0;
}

}  // namespace dx
