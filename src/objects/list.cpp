// The list type: storage, the methods' C++ forms, the sequence and mapping
// slots, comparison, repr and the iterators. Sorting is in list_sort.cpp.
#include "objects/list.h"

#include <sys/mman.h>

#include <cstring>

#include "objects/int.h"
#include "objects/range.h"
#include "objects/seq_internal.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "gc/gc.h"
#include "runtime/alloc.h"
#include "runtime/names.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"

namespace dx {

TypeObject ListType, ListIterType, ListRevIterType;

namespace {

constexpr ssize kMaxItems = INT64_MAX / static_cast<ssize>(sizeof(Object*));

inline ListObject* as_list(Object* o) { return static_cast<ListObject*>(o); }

// ---- storage ---------------------------------------------------------------------

// Item arrays of 256 KiB and more are mapped pages, grown and shrunk with
// mremap: the 1/8 growth of a long run of appends then moves page tables
// instead of copying and faulting in every byte (as glibc's realloc does for
// CPython). Whether an array is mapped follows from its capacity alone.
constexpr size_t kMapBytes = 256 * 1024;

inline bool is_mapped(size_t capacity) { return capacity * sizeof(Object*) >= kMapBytes; }
inline size_t page_round(size_t bytes) { return (bytes + 4095) & ~size_t(4095); }

void* map_items(size_t capacity) {
  void* p = mmap(nullptr, page_round(capacity * sizeof(Object*)), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                 -1, 0);
  return p == MAP_FAILED ? nullptr : p;
}

// A zeroed array of `capacity` items, or null.
Object** items_calloc(size_t capacity) {
  if (is_mapped(capacity)) return static_cast<Object**>(map_items(capacity));
  return static_cast<Object**>(mem_calloc(capacity, sizeof(Object*)));
}

Object** items_alloc(size_t capacity) {
  if (is_mapped(capacity)) return static_cast<Object**>(map_items(capacity));
  return static_cast<Object**>(mem_alloc(capacity * sizeof(Object*)));
}

// The array `items` of `old_capacity` (null when old_capacity <= 0) resized
// to `capacity` > 0, keeping the first `keep` items; null on failure (the
// old array is then untouched).
Object** items_realloc(Object** items, ssize old_capacity, size_t capacity, ssize keep) {
  size_t old = old_capacity > 0 && items ? static_cast<size_t>(old_capacity) : 0;
  bool was_mapped = old && is_mapped(old), mapped = is_mapped(capacity);
  if (!was_mapped && !mapped) return static_cast<Object**>(mem_realloc(items, capacity * sizeof(Object*)));
  if (was_mapped && mapped) {
    size_t from = page_round(old * sizeof(Object*)), to = page_round(capacity * sizeof(Object*));
    if (from == to) return items;
    void* p = mremap(items, from, to, MREMAP_MAYMOVE);
    return p == MAP_FAILED ? nullptr : static_cast<Object**>(p);
  }
  // Across the threshold: a new block and a copy.
  Object** fresh = items_alloc(capacity);
  if (!fresh) return nullptr;
  if (keep > 0) std::memcpy(fresh, items, static_cast<size_t>(keep) * sizeof(Object*));
  if (items) list_items_free(items, old_capacity);
  return fresh;
}

}  // namespace

void list_items_free(Object** items, ssize capacity) {
  if (!items) return;
  if (capacity > 0 && is_mapped(static_cast<size_t>(capacity))) munmap(items, page_round(static_cast<size_t>(capacity) * sizeof(Object*)));
  else mem_free(items);
}

namespace {

// Makes room for `newsize` items and sets ob_size; new slots are not
// initialized. Growth over-allocates (newsize + newsize/8 + 6, rounded down
// to a multiple of 4, as CPython does) so appends are amortized O(1); the
// array shrinks when less than half of it would be used.
int list_resize(ListObject* l, ssize newsize) {
  ssize allocated = l->allocated;
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    l->ob_size = newsize;
    return 0;
  }
  auto n = static_cast<size_t>(newsize);
  size_t new_allocated = (n + (n >> 3) + 6) & ~size_t(3);
  // A large jump (extend by many items) allocates just what is asked.
  if (newsize - l->ob_size > static_cast<ssize>(new_allocated - n)) new_allocated = (n + 3) & ~size_t(3);
  if (newsize == 0) new_allocated = 0;
  if (new_allocated > static_cast<size_t>(kMaxItems)) {
    raise_no_memory();
    return -1;
  }
  Object** items = new_allocated ? items_realloc(l->ob_item, allocated, new_allocated,
                                                newsize < l->ob_size ? newsize : l->ob_size)
                                 : nullptr;
  if (!new_allocated) list_items_free(l->ob_item, allocated);
  if (!items && new_allocated) {
    raise_no_memory();
    return -1;
  }
  l->ob_item = items;
  l->ob_size = newsize;
  l->allocated = static_cast<ssize>(new_allocated);
  return 0;
}

// Shrinking cannot fail: when the smaller block cannot be had, the old one
// is kept.
void list_shrink(ListObject* l, ssize newsize) {
  if (list_resize(l, newsize) < 0) {
    clear_error();
    l->ob_size = newsize;
  }
}

// The array of an empty list with no array, sized for `size` items (rounded
// up to even, as CPython's list.__init__ and extend do).
int list_preallocate_exact(ListObject* l, ssize size) {
  auto n = (static_cast<size_t>(size) + 1) & ~size_t(1);
  if (n > static_cast<size_t>(kMaxItems)) {
    raise_no_memory();
    return -1;
  }
  Object** items = items_alloc(n);
  if (!items) {
    raise_no_memory();
    return -1;
  }
  l->ob_item = items;
  l->allocated = static_cast<ssize>(n);
  return 0;
}

// Appends, taking over the reference to `item` (also on failure).
int list_append_steal(ListObject* l, Object* item) {
  ssize n = l->ob_size;
  if (n < l->allocated) {
    l->ob_item[n] = item;
    l->ob_size = n + 1;
    return 0;
  }
  if (list_resize(l, n + 1) < 0) {
    decref(item);
    return -1;
  }
  l->ob_item[n] = item;
  return 0;
}

// Empties the list; the items are released last to first, after the list
// is consistent (their finalizers may look at it).
void list_release_all(ListObject* l) {
  Object** items = l->ob_item;
  ssize n = l->ob_size, capacity = l->allocated;
  l->ob_item = nullptr;
  l->ob_size = 0;
  l->allocated = 0;
  if (!items) return;
  while (--n >= 0) decref(items[n]);
  list_items_free(items, capacity);
}

// A new list holding items[0..n) (new references).
Object* list_from_items(Object* const* items, ssize n) {
  Object* r = list_new(n);
  if (!r) return nullptr;
  Object** dest = as_list(r)->ob_item;
  for (ssize i = 0; i < n; i++) dest[i] = newref(items[i]);
  return r;
}

// The number of items `o` will produce, or `fallback` (PyObject_LengthHint
// without __length_hint__ methods, which come with the type machinery).
ssize length_hint(Object* o, ssize fallback) {
  TypeObject* t = type_of(o);
  if ((t->tp_as_sequence && t->tp_as_sequence->sq_length) || (t->tp_as_mapping && t->tp_as_mapping->mp_length)) {
    ssize n = object_length(o);
    if (n >= 0) return n;
    if (!error_matches(&exc::TypeError)) return -1;
    clear_error();
  }
  if (t == &RangeIterType) return range_iter_length_hint(o);
  if (t == &ListIterType || t == &ListRevIterType) {
    auto* it = static_cast<ListIterObject*>(o);
    if (!it->it_seq) return 0;
    ssize size = list_size(it->it_seq);
    if (t == &ListIterType) return it->it_index < size ? size - it->it_index : 0;
    return it->it_index >= 0 && it->it_index < size ? it->it_index + 1 : 0;
  }
  // Other objects: their __length_hint__, checked as CPython does.
  bool found = false;
  Object* r = call_special(o, names::dunder_length_hint, nullptr, 0, &found);
  if (!found) return fallback;
  if (!r) {
    if (!error_matches(&exc::TypeError)) return -1;
    clear_error();
    return fallback;
  }
  if (r == not_implemented()) {
    decref(r);
    return fallback;
  }
  if (!is_int(r)) {
    raise(&exc::TypeError, "__length_hint__ must be an integer, not %.100s", type_of(r)->tp_name);
    decref(r);
    return -1;
  }
  auto v = int_to_int64(r);
  decref(r);
  if (!v) {
    raise(&exc::OverflowError, "Python int too large to convert to C ssize_t");
    return -1;
  }
  if (*v < 0) {
    raise(&exc::ValueError, "__length_hint__() should return >= 0");
    return -1;
  }
  return static_cast<ssize>(*v);
}

}  // namespace

// ---- the trashcan: deep container deallocation without deep recursion --------
// (declared in thread_state.h: set and the other containers use it too)

constexpr int kTrashDepth = 50;

bool trash_defer(Object* o) {
  ThreadState* ts = current_thread();
  if (!ts || ts->trash_depth < kTrashDepth) {
    if (ts) ts->trash_depth++;
    return false;
  }
  // The object is dead: its count field links the chain.
  o->ob_refcnt = reinterpret_cast<ssize>(ts->trash_later);
  ts->trash_later = o;
  return true;
}

void trash_done() {
  ThreadState* ts = current_thread();
  if (!ts) return;
  if (--ts->trash_depth > 0 || !ts->trash_later) return;
  // Run the deferred deallocations at depth 1, so that the ones they defer
  // in turn join this loop instead of starting another.
  ts->trash_depth = 1;
  while (Object* o = ts->trash_later) {
    ts->trash_later = reinterpret_cast<Object*>(o->ob_refcnt);
    o->ob_refcnt = 0;
    type_of(o)->tp_dealloc(o);
  }
  ts->trash_depth = 0;
}

namespace {

void list_dealloc(Object* o) {
  gc_untrack(o);
  // In the trashcan unless a subclass's subtype_dealloc (which has its own) called it.
  bool trash = type_of(o)->tp_dealloc == list_dealloc;
  if (trash && trash_defer(o)) return;
  auto* l = as_list(o);
  if (Object** items = l->ob_item) {
    for (ssize i = l->ob_size; --i >= 0;) xdecref(items[i]);
    list_items_free(items, l->allocated);
  }
  object_free(o);
  if (trash) trash_done();
}

int list_traverse(Object* o, visitproc visit, void* arg) {
  auto* l = as_list(o);
  for (ssize i = l->ob_size; --i >= 0;)
    if (int r = visit(l->ob_item[i], arg)) return r;
  return 0;
}

int list_tp_clear(Object* o) {
  list_release_all(as_list(o));
  return 0;
}

}  // namespace

Object* sequence_fast(Object* v, const char* message) {
  if (is_list_exact(v) || type_of(v) == &TupleType) return newref(v);
  Object* it = object_get_iter(v);
  if (!it) {
    if (error_matches(&exc::TypeError)) raise(&exc::TypeError, "%s", message);
    return nullptr;
  }
  Object* l = list_from_iterable(it);
  decref(it);
  return l;
}

namespace {

inline ssize fast_size(Object* seq) { return static_cast<VarObject*>(seq)->ob_size; }

// ---- sequence slots --------------------------------------------------------------

ssize list_length(Object* o) { return list_size(o); }

Object* list_sq_item(Object* o, ssize i) {
  if (static_cast<size_t>(i) >= static_cast<size_t>(list_size(o)))
    return raise(&exc::IndexError, "list index out of range");
  return newref(list_item(o, i));
}

int list_sq_ass_item(Object* o, ssize i, Object* v) {
  if (static_cast<size_t>(i) >= static_cast<size_t>(list_size(o))) {
    raise(&exc::IndexError, "list assignment index out of range");
    return -1;
  }
  if (!v) return list_set_slice(o, i, i + 1, nullptr);
  Object* old = list_item(o, i);
  list_item(o, i) = newref(v);
  decref(old);
  return 0;
}

int list_contains(Object* o, Object* value) {
  for (ssize i = 0; i < list_size(o); i++) {
    Object* item = newref(list_item(o, i));
    int cmp = object_richcompare_bool(item, value, kEq);
    decref(item);
    if (cmp != 0) return cmp;
  }
  return 0;
}

Object* list_concat(Object* a, Object* b) {
  if (!is_list(b))
    return raise(&exc::TypeError, "can only concatenate list (not \"%.200s\") to list", type_of(b)->tp_name);
  ssize na = list_size(a), nb = list_size(b);
  Object* r = list_new(na + nb);  // both below kMaxItems: no overflow
  if (!r) return nullptr;
  Object** dest = as_list(r)->ob_item;
  for (ssize i = 0; i < na; i++) dest[i] = newref(list_item(a, i));
  for (ssize i = 0; i < nb; i++) dest[na + i] = newref(list_item(b, i));
  return r;
}

// Fills dest[n..n*count) with copies of dest[0..n), doubling each time, and
// takes the extra references.
void repeat_fill(Object** dest, ssize n, ssize count) {
  for (ssize i = 0; i < n; i++) dest[i]->ob_refcnt += count - 1;
  ssize total = n * count, done = n;
  while (done < total) {
    ssize chunk = done <= total - done ? done : total - done;
    std::memcpy(dest + done, dest, static_cast<size_t>(chunk) * sizeof(Object*));
    done += chunk;
  }
}

Object* list_repeat(Object* a, ssize count) {
  ssize n = list_size(a);
  if (count <= 0 || n == 0) return list_new(0);
  if (n > kMaxItems / count) return raise_no_memory();
  Object* r = list_new(n * count);
  if (!r) return nullptr;
  Object** dest = as_list(r)->ob_item;
  for (ssize i = 0; i < n; i++) dest[i] = newref(list_item(a, i));
  repeat_fill(dest, n, count);
  return r;
}

Object* list_inplace_concat(Object* self, Object* other) {
  if (list_extend(self, other) < 0) return nullptr;
  return newref(self);
}

Object* list_inplace_repeat(Object* self, ssize count) {
  auto* l = as_list(self);
  ssize n = l->ob_size;
  if (n == 0 || count == 1) return newref(self);
  if (count < 1) {
    list_release_all(l);
    return newref(self);
  }
  if (n > kMaxItems / count) return raise_no_memory();
  if (list_resize(l, n * count) < 0) return nullptr;
  repeat_fill(l->ob_item, n, count);
  return newref(self);
}

// ---- mapping slots: int and slice keys --------------------------------------------

}  // namespace

Object* list_subscript(Object* self, Object* key) {
  if (is_index(key)) {
    ssize i;
    if (!index_as_ssize(key, &exc::IndexError, &i)) return nullptr;
    if (i < 0) i += list_size(self);
    return list_sq_item(self, i);
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return nullptr;
    ssize n = slice_adjust_indices(list_size(self), &start, &stop, step);
    if (n <= 0) return list_new(0);
    if (step == 1) return list_get_slice(self, start, stop);
    Object* r = list_new(n);
    if (!r) return nullptr;
    Object** src = as_list(self)->ob_item;
    Object** dest = as_list(r)->ob_item;
    for (ssize i = 0, cur = start; i < n; i++, cur += step) dest[i] = newref(src[cur]);
    return r;
  }
  return raise(&exc::TypeError, "list indices must be integers or slices, not %.200s", type_of(key)->tp_name);
}

namespace {

// del self[start:stop:step] for a step other than 1; n items go.
int list_delete_extended(ListObject* l, ssize start, ssize step, ssize n) {
  if (n <= 0) return 0;
  if (step < 0) {  // the same items, visited upwards
    start += step * (n - 1);
    step = -step;
  }
  auto** garbage = static_cast<Object**>(mem_alloc(static_cast<size_t>(n) * sizeof(Object*)));
  if (!garbage) {
    raise_no_memory();
    return -1;
  }
  Object** items = l->ob_item;
  ssize size = l->ob_size, w = start, next = start, k = 0;
  for (ssize r = start; r < size; r++) {
    if (k < n && r == next) {
      garbage[k++] = items[r];
      next += step;
    } else {
      items[w++] = items[r];
    }
  }
  list_shrink(l, size - n);
  for (ssize i = 0; i < n; i++) decref(garbage[i]);
  mem_free(garbage);
  return 0;
}

// self[start:stop:step] = value for a step other than 1.
int list_assign_extended(Object* self, ssize start, ssize step, ssize n, Object* value) {
  Object* seq = value == self ? list_get_slice(self, 0, list_size(self))
                              : sequence_fast(value, "must assign iterable to extended slice");
  if (!seq) return -1;
  ssize seqlen = fast_size(seq);
  if (seqlen != n) {
    raise(&exc::ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd", seqlen, n);
    decref(seq);
    return -1;
  }
  if (n == 0) {
    decref(seq);
    return 0;
  }
  auto** garbage = static_cast<Object**>(mem_alloc(static_cast<size_t>(n) * sizeof(Object*)));
  if (!garbage) {
    decref(seq);
    raise_no_memory();
    return -1;
  }
  Object** src = sequence_fast_items(seq);
  Object** items = as_list(self)->ob_item;
  for (ssize i = 0, cur = start; i < n; i++, cur += step) {
    garbage[i] = items[cur];
    items[cur] = newref(src[i]);
  }
  for (ssize i = 0; i < n; i++) decref(garbage[i]);
  mem_free(garbage);
  decref(seq);
  return 0;
}

int list_ass_subscript(Object* self, Object* key, Object* value) {
  if (is_index(key)) {
    ssize i;
    if (!index_as_ssize(key, &exc::IndexError, &i)) return -1;
    if (i < 0) i += list_size(self);
    return list_sq_ass_item(self, i, value);
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (!slice_unpack(key, &start, &stop, &step)) return -1;
    ssize n = slice_adjust_indices(list_size(self), &start, &stop, step);
    if (step == 1) return list_set_slice(self, start, stop, value);
    if (!value) return list_delete_extended(as_list(self), start, step, n);
    return list_assign_extended(self, start, step, n, value);
  }
  raise(&exc::TypeError, "list indices must be integers or slices, not %.200s", type_of(key)->tp_name);
  return -1;
}

// ---- comparison and repr --------------------------------------------------------

}  // namespace

Object* compare_sizes(ssize a, ssize b, int op) {
  bool r;
  switch (op) {
    case kLt: r = a < b; break;
    case kLe: r = a <= b; break;
    case kEq: r = a == b; break;
    case kNe: r = a != b; break;
    case kGt: r = a > b; break;
    default: r = a >= b; break;
  }
  return newref(bool_object(r));
}

namespace {

Object* list_richcompare(Object* a, Object* b, int op) {
  if (!is_list(a) || !is_list(b)) return newref(not_implemented());
  return lexicographic_compare(a, b, op, list_size, list_item);
}

Object* list_repr(Object* self) {
  if (list_size(self) == 0) return str_from_ascii("[]");
  int seen = repr_enter(self);
  if (seen != 0) return seen > 0 ? str_from_ascii("[...]") : nullptr;
  Object* result = nullptr;
  // The reprs are kept in a list: an item's __repr__ may change `self`.
  Object* parts = list_new(0);
  if (parts) {
    ssize i = 0;
    for (; i < list_size(self); i++) {
      Object* item = newref(list_item(self, i));
      Object* r = object_repr(item);
      decref(item);
      if (!r || list_append_steal(as_list(parts), r) < 0) break;
    }
    if (i == list_size(self))
      result = str_join_ascii("[", ", ", "]", as_list(parts)->ob_item, list_size(parts));
    decref(parts);
  }
  repr_leave(self);
  return result;
}

// ---- iterators ------------------------------------------------------------------

Object* iter_self(Object* o) { return newref(o); }

Object* list_iter(Object* self) {
  auto* it = alloc_object<ListIterObject>(&ListIterType);
  if (!it) return nullptr;
  it->it_index = 0;
  it->it_seq = newref(self);
  return it;
}

Object* listiter_next(Object* o) {
  auto* it = static_cast<ListIterObject*>(o);
  Object* seq = it->it_seq;
  if (!seq) return nullptr;
  if (it->it_index < list_size(seq)) return newref(list_item(seq, it->it_index++));
  it->it_seq = nullptr;
  decref(seq);
  return nullptr;
}

Object* listreviter_next(Object* o) {
  auto* it = static_cast<ListIterObject*>(o);
  Object* seq = it->it_seq;
  if (!seq) return nullptr;
  ssize i = it->it_index;
  if (i >= 0 && i < list_size(seq)) {
    it->it_index = i - 1;
    return newref(list_item(seq, i));
  }
  it->it_index = -1;
  it->it_seq = nullptr;
  decref(seq);
  return nullptr;
}

void listiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<ListIterObject*>(o)->it_seq);
  object_free(o);
}

int listiter_traverse(Object* o, visitproc visit, void* arg) {
  Object* seq = static_cast<ListIterObject*>(o)->it_seq;
  return seq ? visit(seq, arg) : 0;
}

SequenceMethods list_as_sequence;
MappingMethods list_as_mapping;

void init_iter_type(TypeObject& t, const char* name, iternextfunc next) {
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = name;
  t.tp_basicsize = sizeof(ListIterObject);
  t.tp_dealloc = listiter_dealloc;
  t.tp_traverse = listiter_traverse;
  t.tp_iter = iter_self;
  t.tp_iternext = next;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
}

}  // namespace

// ---- creation ----------------------------------------------------------------------

Object* list_new(ssize size) {
  if (size < 0) return raise(&exc::SystemError, "bad argument to internal function");
  if (size > kMaxItems) return raise_no_memory();
  auto* l = alloc_object<ListObject>(&ListType);
  if (!l) return nullptr;
  l->ob_item = nullptr;
  if (size > 0) {
    l->ob_item = items_calloc(static_cast<size_t>(size));
    if (!l->ob_item) {
      object_free(l);
      return raise_no_memory();
    }
  }
  l->ob_size = size;
  l->allocated = size;
  return l;
}

int list_init(Object* self, Object* iterable) {
  auto* l = as_list(self);
  if (l->ob_item) list_release_all(l);
  if (!iterable) return 0;
  TypeObject* t = type_of(iterable);
  if ((t->tp_as_sequence && t->tp_as_sequence->sq_length) || (t->tp_as_mapping && t->tp_as_mapping->mp_length)) {
    ssize n = object_length(iterable);
    if (n < 0) {
      if (!error_matches(&exc::TypeError)) return -1;
      clear_error();
    } else if (n > 0 && !l->ob_item && list_preallocate_exact(l, n) < 0) {
      return -1;
    }
  }
  return list_extend(self, iterable);
}

Object* list_from_iterable(Object* iterable) {
  Object* l = list_new(0);
  if (l && list_init(l, iterable) < 0) {
    decref(l);
    return nullptr;
  }
  return l;
}

// ---- methods -----------------------------------------------------------------------

int list_append(Object* list, Object* item) { return list_append_steal(as_list(list), newref(item)); }

int list_insert(Object* list, ssize where, Object* item) {
  auto* l = as_list(list);
  ssize n = l->ob_size;
  if (list_resize(l, n + 1) < 0) return -1;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  Object** items = l->ob_item;
  std::memmove(items + where + 1, items + where, static_cast<size_t>(n - where) * sizeof(Object*));
  items[where] = newref(item);
  return 0;
}

int list_extend(Object* self, Object* iterable) {
  auto* l = as_list(self);
  if (is_list_exact(iterable) || type_of(iterable) == &TupleType || iterable == self) {
    ssize n = fast_size(iterable);
    if (n == 0) return 0;
    ssize m = l->ob_size;
    if (!l->ob_item) {
      if (list_preallocate_exact(l, n) < 0) return -1;
    } else if (list_resize(l, m + n) < 0) {
      return -1;
    }
    l->ob_size = m;
    // Read the source after the resize: when extending by itself it moved.
    Object** src = sequence_fast_items(iterable);
    Object** dest = l->ob_item + m;
    for (ssize i = 0; i < n; i++) dest[i] = newref(src[i]);
    l->ob_size = m + n;
    return 0;
  }

  Object* it = object_get_iter(iterable);
  if (!it) return -1;
  iternextfunc next = type_of(it)->tp_iternext;
  ssize n = length_hint(iterable, 8);
  if (n < 0) {
    decref(it);
    return -1;
  }
  ssize m = l->ob_size;
  if (m <= kMaxItems - n) {
    if (!l->ob_item) {
      if (n && list_preallocate_exact(l, n) < 0) {
        decref(it);
        return -1;
      }
    } else {
      if (list_resize(l, m + n) < 0) {
        decref(it);
        return -1;
      }
      l->ob_size = m;
    }
  }
  for (;;) {
    Object* item = next(it);
    if (!item) {
      if (error_occurred()) {
        if (!error_matches(&exc::StopIteration)) {
          decref(it);
          return -1;
        }
        clear_error();
      }
      break;
    }
    if (list_append_steal(l, item) < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  // Give back what the guess reserved and the items did not use.
  if (l->ob_size < l->allocated) list_shrink(l, l->ob_size);
  return 0;
}

Object* list_pop(Object* list, ssize index) {
  auto* l = as_list(list);
  ssize n = l->ob_size;
  if (n == 0) return raise(&exc::IndexError, "pop from empty list");
  if (index < 0) index += n;
  if (static_cast<size_t>(index) >= static_cast<size_t>(n)) return raise(&exc::IndexError, "pop index out of range");
  Object* v = l->ob_item[index];
  std::memmove(l->ob_item + index, l->ob_item + index + 1, static_cast<size_t>(n - index - 1) * sizeof(Object*));
  list_shrink(l, n - 1);
  return v;
}

int list_remove(Object* list, Object* value) {
  for (ssize i = 0; i < list_size(list); i++) {
    Object* item = newref(list_item(list, i));
    int cmp = object_richcompare_bool(item, value, kEq);
    decref(item);
    if (cmp > 0) return list_set_slice(list, i, i + 1, nullptr);
    if (cmp < 0) return -1;
  }
  raise(&exc::ValueError, "list.remove(x): x not in list");
  return -1;
}

ssize list_index(Object* list, Object* value, ssize start, ssize stop) {
  if (start < 0) {
    start += list_size(list);
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += list_size(list);
    if (stop < 0) stop = 0;
  }
  for (ssize i = start; i < stop && i < list_size(list); i++) {
    Object* item = newref(list_item(list, i));
    int cmp = object_richcompare_bool(item, value, kEq);
    decref(item);
    if (cmp > 0) return i;
    if (cmp < 0) return -1;
  }
  Object* r = object_repr(value);
  if (!r) return -1;
  Object* msg = str_join_ascii("", "", " is not in list", &r, 1);
  decref(r);
  if (msg) {
    raise_object(&exc::ValueError, msg);
    decref(msg);
  }
  return -1;
}

ssize list_count(Object* list, Object* value) {
  ssize count = 0;
  for (ssize i = 0; i < list_size(list); i++) {
    Object* item = list_item(list, i);
    if (item == value) {
      count++;
      continue;
    }
    incref(item);
    int cmp = object_richcompare_bool(item, value, kEq);
    decref(item);
    if (cmp < 0) return -1;
    count += cmp;
  }
  return count;
}

void list_reverse(Object* list) {
  Object** lo = as_list(list)->ob_item;
  if (!lo) return;
  Object** hi = lo + list_size(list) - 1;
  for (; lo < hi; lo++, hi--) {
    Object* t = *lo;
    *lo = *hi;
    *hi = t;
  }
}

void list_clear(Object* list) { list_release_all(as_list(list)); }

Object* list_copy(Object* list) { return list_get_slice(list, 0, list_size(list)); }

Object* list_reversed(Object* list) {
  auto* it = alloc_object<ListIterObject>(&ListRevIterType);
  if (!it) return nullptr;
  it->it_index = list_size(list) - 1;
  it->it_seq = newref(list);
  return it;
}

Object* list_get_slice(Object* list, ssize low, ssize high) {
  ssize size = list_size(list);
  if (low < 0) low = 0;
  else if (low > size) low = size;
  if (high < low) high = low;
  else if (high > size) high = size;
  return list_from_items(as_list(list)->ob_item + low, high - low);
}

int list_set_slice(Object* self, ssize low, ssize high, Object* value) {
  auto* l = as_list(self);
  if (value == self) {  // a[i:j] = a: assign a copy
    Object* copy = list_get_slice(self, 0, l->ob_size);
    if (!copy) return -1;
    int r = list_set_slice(self, low, high, copy);
    decref(copy);
    return r;
  }
  Object* seq = nullptr;
  ssize n = 0;
  if (value) {
    if (!(seq = sequence_fast(value, "can only assign an iterable"))) return -1;
    n = fast_size(seq);
  }
  ssize size = l->ob_size;
  if (low < 0) low = 0;
  else if (low > size) low = size;
  if (high < low) high = low;
  else if (high > size) high = size;
  ssize norig = high - low;
  ssize d = n - norig;
  if (size + d == 0) {
    xdecref(seq);
    list_release_all(l);
    return 0;
  }
  // The replaced items are released only once the list is consistent.
  Object* small[8];
  Object** recycle = small;
  if (norig > 8) {
    recycle = static_cast<Object**>(mem_alloc(static_cast<size_t>(norig) * sizeof(Object*)));
    if (!recycle) {
      xdecref(seq);
      raise_no_memory();
      return -1;
    }
  }
  if (norig > 0) std::memcpy(recycle, l->ob_item + low, static_cast<size_t>(norig) * sizeof(Object*));
  if (d < 0) {
    std::memmove(l->ob_item + high + d, l->ob_item + high, static_cast<size_t>(size - high) * sizeof(Object*));
    list_shrink(l, size + d);
  } else if (d > 0) {
    if (list_resize(l, size + d) < 0) {
      if (recycle != small) mem_free(recycle);
      xdecref(seq);
      return -1;
    }
    std::memmove(l->ob_item + high + d, l->ob_item + high, static_cast<size_t>(size - high) * sizeof(Object*));
  }
  if (n) {
    Object** src = sequence_fast_items(seq);
    for (ssize k = 0; k < n; k++) l->ob_item[low + k] = newref(src[k]);
  }
  for (ssize k = norig; --k >= 0;) decref(recycle[k]);
  if (recycle != small) mem_free(recycle);
  xdecref(seq);
  return 0;
}

int list_set_item(Object* list, ssize index, Object* value) { return list_sq_ass_item(list, index, value); }

Object* list_as_tuple(Object* list) {
  ssize n = list_size(list);
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (ssize i = 0; i < n; i++) tuple_item(t, i) = newref(list_item(list, i));
  return t;
}

Object** sequence_fast_items(Object* seq) {
  return is_list(seq) ? as_list(seq)->ob_item : static_cast<TupleObject*>(seq)->ob_item;
}

// ---- Py_ReprEnter / Py_ReprLeave (declared in thread_state.h) ----------------

int repr_enter(Object* o) {
  ThreadState* ts = current_thread();
  for (int i = ts->repr_depth; --i >= 0;)
    if (ts->repr_stack[i] == o) return 1;
  if (ts->repr_depth == ts->repr_capacity) {
    int capacity = ts->repr_capacity ? ts->repr_capacity * 2 : 16;
    auto* stack = static_cast<Object**>(mem_realloc(ts->repr_stack, static_cast<size_t>(capacity) * sizeof(Object*)));
    if (!stack) {
      raise_no_memory();
      return -1;
    }
    ts->repr_stack = stack;
    ts->repr_capacity = capacity;
  }
  ts->repr_stack[ts->repr_depth++] = o;
  return 0;
}

void repr_leave(Object* o) {
  ThreadState* ts = current_thread();
  for (int i = ts->repr_depth; --i >= 0;) {
    if (ts->repr_stack[i] != o) continue;
    std::memmove(ts->repr_stack + i, ts->repr_stack + i + 1, static_cast<size_t>(ts->repr_depth - i - 1) * sizeof(Object*));
    ts->repr_depth--;
    break;
  }
  if (ts->repr_depth == 0) {
    mem_free(ts->repr_stack);
    ts->repr_stack = nullptr;
    ts->repr_capacity = 0;
  }
}

void init_list_types() {
  list_as_sequence.sq_length = list_length;
  list_as_sequence.sq_concat = list_concat;
  list_as_sequence.sq_repeat = list_repeat;
  list_as_sequence.sq_item = list_sq_item;
  list_as_sequence.sq_ass_item = list_sq_ass_item;
  list_as_sequence.sq_contains = list_contains;
  list_as_sequence.sq_inplace_concat = list_inplace_concat;
  list_as_sequence.sq_inplace_repeat = list_inplace_repeat;
  list_as_mapping.mp_length = list_length;
  list_as_mapping.mp_subscript = list_subscript;
  list_as_mapping.mp_ass_subscript = list_ass_subscript;

  TypeObject& t = ListType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "list";
  t.tp_basicsize = sizeof(ListObject);
  t.tp_dealloc = list_dealloc;
  t.tp_repr = list_repr;
  t.tp_as_sequence = &list_as_sequence;
  t.tp_as_mapping = &list_as_mapping;
  t.tp_traverse = list_traverse;
  t.tp_clear = list_tp_clear;
  t.tp_richcompare = list_richcompare;
  t.tp_iter = list_iter;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType | kTpListSubclass | kTpSequence | kTpMatchSelf;
  // tp_hash stays null: lists are unhashable.

  init_iter_type(ListIterType, "list_iterator", listiter_next);
  init_iter_type(ListRevIterType, "list_reverseiterator", listreviter_next);
  init_list_methods();
}

}  // namespace dx
