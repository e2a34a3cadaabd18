#include "objects/tuple.h"

#include <string>

#include "objects/int.h"
#include "objects/list.h"
#include "objects/builtin_function.h"
#include "objects/generic_alias.h"
#include "objects/dict.h"
#include "objects/seq_internal.h"
#include "objects/slice.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "gc/gc.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "vm/arguments.h"

namespace dx {

TypeObject TupleType;

namespace {
// The shared empty tuple (immortal, like CPython's): a tuple is a GC type,
// so it has the collector's header in front of it, never tracked.
struct {
  alignas(16) GcHead head;
  TupleObject tuple;
} empty_tuple_storage;
TupleObject& empty_tuple = empty_tuple_storage.tuple;
}  // namespace

Object* tuple_new(ssize size) {
  if (size == 0) return newref(&empty_tuple);
  if (size < 0 || static_cast<size_t>(size) > (SIZE_MAX - sizeof(TupleObject)) / sizeof(Object*))
    return raise_no_memory();
  if (kFreeListsEnabled && size < Interpreter::kTupleFreeSizes) {
    ThreadState* ts = current_thread();
    Interpreter* in = ts ? ts->interp : nullptr;
    if (Object* o = in ? in->tuple_free_list[size] : nullptr) {
      in->tuple_free_list[size] = *reinterpret_cast<Object**>(o);
      in->tuple_free_count[size]--;
      o->ob_refcnt = 1;
      auto* t = static_cast<TupleObject*>(o);  // its type and size are kept
      for (ssize i = 0; i < size; i++) t->ob_item[i] = nullptr;
      gc_link_new(ts, gc_head(o));
      return o;
    }
  }
  auto* t = static_cast<TupleObject*>(
      object_alloc(&TupleType, sizeof(TupleObject) + sizeof(Object*) * static_cast<size_t>(size - 1)));
  if (!t) return nullptr;
  t->ob_size = size;
  for (ssize i = 0; i < size; i++) t->ob_item[i] = nullptr;
  return t;
}

Object* iterator_result_tuple(Object** last, ssize n) {
  Object* r = *last;
  if (r && r->ob_refcnt == 1) {
    incref(r);
    // The collector may have stopped tracking it while it held atomic items.
    if (!gc_head(r)->next) gc_track(r);
    return r;
  }
  r = tuple_new(n);
  if (r && !*last) *last = newref(r);
  return r;
}

Object* tuple_pack(std::initializer_list<Object*> items) {
  Object* t = tuple_new(static_cast<ssize>(items.size()));
  if (!t) return nullptr;
  ssize i = 0;
  for (Object* o : items) tuple_item(t, i++) = newref(o);
  return t;
}

static void tuple_dealloc(Object* o) {
  gc_untrack(o);
  // In the trashcan unless a subclass's subtype_dealloc (which has its own) called it.
  bool trash = type_of(o)->tp_dealloc == tuple_dealloc;
  if (trash && trash_defer(o)) return;
  auto* t = static_cast<TupleObject*>(o);
  for (ssize i = t->ob_size; --i >= 0;) xdecref(t->ob_item[i]);  // last first, as CPython
  ThreadState* ts;
  Interpreter* in;
  if (kFreeListsEnabled && type_of(o) == &TupleType && t->ob_size < Interpreter::kTupleFreeSizes &&
      (ts = current_thread()) && (in = ts->interp) && in->tuple_free_count[t->ob_size] < Interpreter::kTupleFreeMax) {
    gc_note_freed(ts);
    *reinterpret_cast<Object**>(o) = in->tuple_free_list[t->ob_size];
    in->tuple_free_list[t->ob_size] = o;
    in->tuple_free_count[t->ob_size]++;
  } else {
    object_free(o);
  }
  if (trash) trash_done();
}

static int tuple_traverse(Object* o, visitproc visit, void* arg) {
  for (ssize i = tuple_size(o); --i >= 0;) DX_VISIT(tuple_item(o, i));
  return 0;
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

static Object* tuple_repr_items(Object* o, ssize n) {
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

static Object* tuple_repr(Object* o) {
  ssize n = tuple_size(o);
  if (n == 0) return str_from_ascii("()");
  // A tuple can reach itself through a mutable item: "(...)" as CPython.
  int seen = repr_enter(o);
  if (seen != 0) return seen > 0 ? str_from_ascii("(...)") : nullptr;
  Object* result = tuple_repr_items(o, n);
  repr_leave(o);
  return result;
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
  Object* seq = it->seq;
  it->seq = nullptr;
  decref(seq);
  return nullptr;
}

static Object* self_iter(Object* o) { return newref(o); }

static void tuple_iter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<TupleIterObject*>(o)->seq);
  object_free(o);
}

static int tuple_iter_traverse(Object* o, visitproc visit, void* arg) {
  DX_VISIT(static_cast<TupleIterObject*>(o)->seq);
  return 0;
}

static Object* tuple_item_at(Object* o, ssize i) {
  if (static_cast<size_t>(i) >= static_cast<size_t>(tuple_size(o)))
    return raise(&exc::IndexError, "tuple index out of range");
  return newref(tuple_item(o, i));
}

static int tuple_contains(Object* o, Object* value) {
  for (ssize i = 0; i < tuple_size(o); i++) {
    int r = object_eq(tuple_item(o, i), value);
    if (r != 0) return r;
  }
  return 0;
}

// A new exact tuple of items[0..n) (new references).
static Object* tuple_from_items(Object* const* items, ssize n) {
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (ssize i = 0; i < n; i++) tuple_item(t, i) = newref(items[i]);
  return t;
}

static Object* tuple_concat(Object* a, Object* b) {
  if (!is_tuple(b))
    return raise(&exc::TypeError, "can only concatenate tuple (not \"%.200s\") to tuple", type_of(b)->tp_name);
  ssize na = tuple_size(a), nb = tuple_size(b);
  if (nb == 0 && type_of(a) == &TupleType) return newref(a);
  if (na == 0 && type_of(b) == &TupleType) return newref(b);
  Object* r = tuple_new(na + nb);
  if (!r) return nullptr;
  for (ssize i = 0; i < na; i++) tuple_item(r, i) = newref(tuple_item(a, i));
  for (ssize i = 0; i < nb; i++) tuple_item(r, na + i) = newref(tuple_item(b, i));
  return r;
}

static Object* tuple_repeat(Object* a, ssize count) {
  ssize n = tuple_size(a);
  if (count == 1 && type_of(a) == &TupleType) return newref(a);
  if (count <= 0 || n == 0) return tuple_new(0);
  if (n > INT64_MAX / static_cast<ssize>(sizeof(Object*)) / count) return raise_no_memory();
  Object* r = tuple_new(n * count);
  if (!r) return nullptr;
  Object** dest = static_cast<TupleObject*>(r)->ob_item;
  for (ssize k = 0, j = 0; k < count; k++)
    for (ssize i = 0; i < n; i++) dest[j++] = newref(tuple_item(a, i));
  return r;
}

Object* tuple_subscript(Object* self, Object* key) {
  if (is_index(key)) {
    ssize i;
    if (!index_as_ssize(key, &exc::IndexError, &i)) return nullptr;
    if (i < 0) i += tuple_size(self);
    return tuple_item_at(self, i);
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
    ssize n = slice_adjust_indices(tuple_size(self), &start, &stop, step);
    if (n <= 0) return tuple_new(0);
    if (step == 1 && n == tuple_size(self) && type_of(self) == &TupleType) return newref(self);
    if (step == 1) return tuple_from_items(static_cast<TupleObject*>(self)->ob_item + start, n);
    Object* r = tuple_new(n);
    if (!r) return nullptr;
    for (ssize i = 0, cur = start; i < n; i++, cur += step) tuple_item(r, i) = newref(tuple_item(self, cur));
    return r;
  }
  return raise(&exc::TypeError, "tuple indices must be integers or slices, not %.200s", type_of(key)->tp_name);
}

// ---- methods ----------------------------------------------------------------------

template <typename F>
static constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

static Object* m_index(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("index", nargs, 1, 3)) return nullptr;
  ssize start = 0, stop = INT64_MAX, n = tuple_size(self);
  if (nargs >= 2 && !slice_index_not_none(args[1], &start)) return nullptr;
  if (nargs >= 3 && !slice_index_not_none(args[2], &stop)) return nullptr;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += n;
  else if (stop > n) stop = n;
  for (ssize i = start; i < stop; i++) {
    int r = object_eq(tuple_item(self, i), args[0]);
    if (r > 0) return int_from_int64(i);
    if (r < 0) return nullptr;
  }
  return raise(&exc::ValueError, "tuple.index(x): x not in tuple");
}

static Object* m_count(Object* self, Object* value) {
  ssize count = 0;
  for (ssize i = 0; i < tuple_size(self); i++) {
    int r = object_eq(tuple_item(self, i), value);
    if (r < 0) return nullptr;
    count += r;
  }
  return int_from_int64(count);
}

static Object* m_getnewargs(Object* self, Object*) {
  Object* copy = tuple_from_items(static_cast<TupleObject*>(self)->ob_item, tuple_size(self));
  if (!copy) return nullptr;
  Object* r = tuple_pack({copy});
  decref(copy);
  return r;
}

static Object* m_getitem(Object* self, Object* key) { return tuple_subscript(self, key); }

static MethodDef tuple_methods[] = {
    {"__getitem__", cfunc(m_getitem), kMethO | kMethCoexist, "x.__getitem__(y) <==> x[y]"},
    {"__getnewargs__", cfunc(m_getnewargs), kMethNoArgs, nullptr},
    {"index", cfunc(m_index), kMethFastcall,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", cfunc(m_count), kMethO, "Return number of occurrences of value."},
    {"__class_getitem__", reinterpret_cast<CFunction>(class_getitem), kMethO | kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

static Object* tupleiter_length_hint(Object* o, Object*) {
  auto* it = static_cast<TupleIterObject*>(o);
  return int_from_int64(it->seq ? tuple_size(it->seq) - it->index : 0);
}

static MethodDef tupleiter_methods[] = {
    {"__length_hint__", cfunc(tupleiter_length_hint), kMethNoArgs,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

// ---- construction -------------------------------------------------------------------

// tuple(iterable) as an instance of `type`, a subclass of tuple: the items
// copied after the subclass's header.
static Object* tuple_subtype_new(TypeObject* type, Object* iterable) {
  Object* tmp = iterable ? tuple_from_iterable(iterable) : tuple_new(0);
  if (!tmp) return nullptr;
  ssize n = tuple_size(tmp);
  Object* o = object_new_var_instance(type, n);
  if (o)
    for (ssize i = 0; i < n; i++) tuple_item(o, i) = newref(tuple_item(tmp, i));
  decref(tmp);
  return o;
}

static Object* tuple_tp_new(TypeObject* type, Object* args, Object* kwargs) {
  if (type == &TupleType && kwargs && dict_size(kwargs) > 0)
    return raise(&exc::TypeError, "tuple() takes no keyword arguments");
  ssize n = tuple_size(args);
  if (!check_positional("tuple", n, 0, 1)) return nullptr;
  Object* iterable = n ? tuple_item(args, 0) : nullptr;
  if (type != &TupleType) return tuple_subtype_new(type, iterable);
  return iterable ? tuple_from_iterable(iterable) : tuple_new(0);
}

static Object* tuple_vectorcall(Object*, Object* const* args, size_t nargsf, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) return raise(&exc::TypeError, "tuple() takes no keyword arguments");
  auto n = static_cast<ssize>(nargsf);
  if (!check_positional("tuple", n, 0, 1)) return nullptr;
  return n ? tuple_from_iterable(args[0]) : tuple_new(0);
}

static SequenceMethods tuple_as_sequence;
static MappingMethods tuple_as_mapping;

void init_tuple_type() {
  tuple_as_sequence.sq_length = tuple_length;
  tuple_as_sequence.sq_item = tuple_item_at;
  tuple_as_sequence.sq_contains = tuple_contains;
  tuple_as_sequence.sq_concat = tuple_concat;
  tuple_as_sequence.sq_repeat = tuple_repeat;
  tuple_as_mapping.mp_length = tuple_length;
  tuple_as_mapping.mp_subscript = tuple_subscript;
  TupleType.tp_as_mapping = &tuple_as_mapping;
  TupleType.tp_methods = tuple_methods;
  TupleType.tp_getattro = object_generic_getattr;
  TupleIterType.tp_getattro = object_generic_getattr;
  TupleType.tp_new = tuple_tp_new;
  TupleType.tp_vectorcall = tuple_vectorcall;
  TupleType.tp_doc =
      "Built-in immutable sequence.\n\n"
      "If no argument is given, the constructor returns an empty tuple.\n"
      "If iterable is specified the tuple is initialized from iterable's items.\n\n"
      "If the argument is a tuple, the return value is the same object.";
  TupleIterType.tp_methods = tupleiter_methods;
  TupleType.tp_iter = tuple_iter;
  TupleIterType.ob_refcnt = kImmortalRefcnt;
  TupleIterType.tp_name = "tuple_iterator";
  TupleIterType.tp_basicsize = sizeof(TupleIterObject);
  TupleIterType.tp_dealloc = tuple_iter_dealloc;
  TupleIterType.tp_iter = self_iter;
  TupleIterType.tp_iternext = tuple_iter_next;
  TupleIterType.tp_traverse = tuple_iter_traverse;
  TupleIterType.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
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
  t.tp_traverse = tuple_traverse;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType | kTpTupleSubclass | kTpImmutableType | kTpSequence | kTpMatchSelf;
  empty_tuple.ob_refcnt = kImmortalRefcnt;
  empty_tuple.ob_type = &TupleType;
  empty_tuple.ob_size = 0;
}

}  // namespace dx
