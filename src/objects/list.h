// The list type (PyListObject layout: ob_size items in use out of
// `allocated` at ob_item) and its iterators.
//
// The functions below are the C++ forms of list's methods; the Python-visible
// method table (argument parsing) is laid over them. They follow D5: nullptr
// or -1 with an exception set on failure. Functions marked "runs Python code"
// may call __eq__/__lt__/__repr__/key functions, which may mutate the list:
// they re-read the size after every such call.
#pragma once
#include "runtime/object.h"

namespace dx {

extern TypeObject ListType, ListIterType, ListRevIterType;

// list_iterator and list_reverseiterator (CPython's listiterobject layout).
struct ListIterObject : Object {
  ssize it_index;
  Object* it_seq;  // null once exhausted
};

inline bool is_list(const Object* o) { return type_of(o)->tp_flags & kTpListSubclass; }
inline bool is_list_exact(const Object* o) { return type_of(o) == &ListType; }
inline ssize list_size(const Object* l) { return static_cast<const VarObject*>(l)->ob_size; }
inline Object*& list_item(Object* l, ssize i) { return static_cast<ListObject*>(l)->ob_item[i]; }

// A list of `size` null items for the caller to fill (each slot takes a
// reference), allocated exactly.
Object* list_new(ssize size);
// list(iterable). Runs Python code.
Object* list_from_iterable(Object* iterable);
// list.__init__(iterable): clears the list, then extends it (iterable may be
// null: only clears). Runs Python code.
int list_init(Object* list, Object* iterable);

// list.append(item): 0 or -1 (MemoryError).
int list_append(Object* list, Object* item);
// list.insert(index, item); the index is clamped as CPython does.
int list_insert(Object* list, ssize index, Object* item);
// list.extend(iterable). Runs Python code.
int list_extend(Object* list, Object* iterable);
// list.pop(index): the removed item (new reference). IndexError "pop from
// empty list" / "pop index out of range".
Object* list_pop(Object* list, ssize index = -1);
// list.remove(value). ValueError "list.remove(x): x not in list". Runs Python code.
int list_remove(Object* list, Object* value);
// list.index(value, start, stop): the position, or -1 with ValueError
// "<repr> is not in list". The bounds are clamped like slice bounds.
ssize list_index(Object* list, Object* value, ssize start = 0, ssize stop = INT64_MAX);
// list.count(value); -1 on error. Runs Python code.
ssize list_count(Object* list, Object* value);
void list_reverse(Object* list);
void list_clear(Object* list);
Object* list_copy(Object* list);
// list.sort(key=keyfunc, reverse=reverse): a stable timsort (list_sort.cpp).
// keyfunc may be null or None. Runs Python code.
int list_sort(Object* list, Object* keyfunc, bool reverse);
// list.__reversed__(): a reverse iterator.
Object* list_reversed(Object* list);

// self[key] for an int or a slice (the mp_subscript slot).
Object* list_subscript(Object* list, Object* key);
// self[low:high] as a new list (bounds clamped).
Object* list_get_slice(Object* list, ssize low, ssize high);
// self[low:high] = value (an iterable, or null to delete). Runs Python code.
int list_set_slice(Object* list, ssize low, ssize high, Object* value);
// self[index] = value with index in range.
int list_set_item(Object* list, ssize index, Object* value);
// A tuple of the list's items.
Object* list_as_tuple(Object* list);

// PySequence_Fast: an exact list or tuple as it is (a new reference),
// anything else iterated into a new list; a non-iterable raises TypeError
// `message`. Runs Python code.
Object* sequence_fast(Object* v, const char* message);
// Frees a list's item array of `capacity` items (list_sort's scratch lists).
void list_items_free(Object** items, ssize capacity);

// The item sequence behind a list or tuple (PySequence_Fast_ITEMS).
Object** sequence_fast_items(Object* seq);

void init_list_types();
void init_list_methods();  // objects/list_methods.cpp

}  // namespace dx
