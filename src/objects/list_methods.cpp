// list's Python-level methods over the C++ functions of list.cpp (argument
// checks with argument clinic's messages, nothing else), construction
// (list.__new__, list.__init__ and the vectorcall form of list(...)) and the
// iterators' __length_hint__.
#include "objects/builtin_function.h"
#include "objects/generic_alias.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "vm/arguments.h"

namespace dx {

namespace {

template <typename F>
constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

inline Object* none_or_null(int status) { return status < 0 ? nullptr : return_none(); }

Object* m_append(Object* self, Object* item) { return none_or_null(list_append(self, item)); }
Object* m_extend(Object* self, Object* iterable) { return none_or_null(list_extend(self, iterable)); }
Object* m_remove(Object* self, Object* value) { return none_or_null(list_remove(self, value)); }

Object* m_insert(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("insert", nargs, 2, 2)) return nullptr;
  ssize index;
  if (!ssize_arg(args[0], &index)) return nullptr;
  return none_or_null(list_insert(self, index, args[1]));
}

Object* m_pop(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("pop", nargs, 0, 1)) return nullptr;
  ssize index = -1;
  if (nargs == 1 && !ssize_arg(args[0], &index)) return nullptr;
  return list_pop(self, index);
}

Object* m_index(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("index", nargs, 1, 3)) return nullptr;
  ssize start = 0, stop = INT64_MAX;
  if (nargs >= 2 && !slice_index_not_none(args[1], &start)) return nullptr;
  if (nargs >= 3 && !slice_index_not_none(args[2], &stop)) return nullptr;
  ssize i = list_index(self, args[0], start, stop);
  return i < 0 ? nullptr : int_from_int64(i);
}

Object* m_count(Object* self, Object* value) {
  ssize n = list_count(self, value);
  return n < 0 ? nullptr : int_from_int64(n);
}

Object* m_reverse(Object* self, Object*) {
  list_reverse(self);
  return return_none();
}

Object* m_clear(Object* self, Object*) {
  list_clear(self);
  return return_none();
}

Object* m_copy(Object* self, Object*) { return list_copy(self); }

// sort(*, key=None, reverse=False); reverse is a C int, as in CPython.
Object* m_sort(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const names[] = {"key", "reverse"};
  Object* values[2];
  if (!parse_args(ArgSpec{"sort", names, 2, 0, 0, 0}, args, nargs, kwnames, values)) return nullptr;
  int reverse = 0;
  if (values[1] && !int_arg(values[1], &reverse)) return nullptr;
  return none_or_null(list_sort(self, values[0], reverse != 0));
}

Object* m_reversed(Object* self, Object*) { return list_reversed(self); }

Object* m_sizeof(Object* self, Object*) {
  return int_from_int64(type_of(self)->tp_basicsize +
                        static_cast<ListObject*>(self)->allocated * static_cast<ssize>(sizeof(Object*)));
}

Object* m_getitem(Object* self, Object* key) { return list_subscript(self, key); }

MethodDef list_methods[] = {
    {"__getitem__", cfunc(m_getitem), kMethO | kMethCoexist, "x.__getitem__(y) <==> x[y]"},
    {"__reversed__", cfunc(m_reversed), kMethNoArgs, "Return a reverse iterator over the list."},
    {"__sizeof__", cfunc(m_sizeof), kMethNoArgs, "Return the size of the list in memory, in bytes."},
    {"clear", cfunc(m_clear), kMethNoArgs, "Remove all items from list."},
    {"copy", cfunc(m_copy), kMethNoArgs, "Return a shallow copy of the list."},
    {"append", cfunc(m_append), kMethO | kMethNoRecursionCount, "Append object to the end of the list."},
    {"insert", cfunc(m_insert), kMethFastcall, "Insert object before index."},
    {"extend", cfunc(m_extend), kMethO, "Extend list by appending elements from the iterable."},
    {"pop", cfunc(m_pop), kMethFastcall,
     "Remove and return item at index (default last).\n\n"
     "Raises IndexError if list is empty or index is out of range."},
    {"remove", cfunc(m_remove), kMethO,
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", cfunc(m_index), kMethFastcall,
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", cfunc(m_count), kMethO, "Return number of occurrences of value."},
    {"reverse", cfunc(m_reverse), kMethNoArgs, "Reverse *IN PLACE*."},
    {"sort", cfunc(m_sort), kMethFastcall | kMethKeywords,
     "Sort the list in ascending order and return None.\n\n"
     "The sort is in-place (i.e. the list itself is modified) and stable (i.e. the\n"
     "order of two equal elements is maintained).\n\n"
     "If a key function is given, apply it once to each list item and sort them,\n"
     "ascending or descending, according to their function values.\n\n"
     "The reverse flag can be set to sort in descending order."},
    {"__class_getitem__", reinterpret_cast<CFunction>(class_getitem), kMethO | kMethClass, "See PEP 585"},
    {nullptr, nullptr, 0, nullptr},
};

// ---- construction -----------------------------------------------------------------

// list.__new__: an empty list of `type` (list.__init__ fills it).
Object* list_tp_new(TypeObject* type, Object*, Object*) {
  if (type == &ListType) return list_new(0);
  return object_new_instance(type);
}

int list_tp_init(Object* self, Object* args, Object* kwargs) {
  TypeObject* t = type_of(self);
  if ((t == &ListType || t->tp_new == ListType.tp_new) && kwargs && dict_size(kwargs) > 0) {
    raise(&exc::TypeError, "list() takes no keyword arguments");
    return -1;
  }
  ssize n = tuple_size(args);
  if (!check_positional("list", n, 0, 1)) return -1;
  return list_init(self, n ? tuple_item(args, 0) : nullptr);
}

// list(...) called directly: no argument tuple is built.
Object* list_vectorcall(Object*, Object* const* args, size_t nargsf, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) return raise(&exc::TypeError, "list() takes no keyword arguments");
  auto nargs = static_cast<ssize>(nargsf);
  if (!check_positional("list", nargs, 0, 1)) return nullptr;
  return nargs ? list_from_iterable(args[0]) : list_new(0);
}

Object* listiter_length_hint(Object* o, Object*) {
  auto* it = static_cast<ListIterObject*>(o);
  ssize n = 0;
  if (it->it_seq) {
    ssize size = list_size(it->it_seq);
    if (type_of(o) == &ListIterType) n = it->it_index < size ? size - it->it_index : 0;
    else n = it->it_index >= 0 && it->it_index < size ? it->it_index + 1 : 0;
  }
  return int_from_int64(n);
}

MethodDef listiter_methods[] = {
    {"__length_hint__", cfunc(listiter_length_hint), kMethNoArgs,
     "Private method returning an estimate of len(list(it))."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

void init_list_methods() {
  TypeObject& t = ListType;
  t.tp_methods = list_methods;
  t.tp_getattro = object_generic_getattr;
  ListIterType.tp_getattro = object_generic_getattr;
  ListRevIterType.tp_getattro = object_generic_getattr;
  t.tp_new = list_tp_new;
  t.tp_init = list_tp_init;
  t.tp_vectorcall = list_vectorcall;
  t.tp_doc =
      "Built-in mutable sequence.\n\n"
      "If no argument is given, the constructor creates a new empty list.\n"
      "The argument must be an iterable if specified.";
  ListIterType.tp_methods = listiter_methods;
  ListRevIterType.tp_methods = listiter_methods;
}

}  // namespace dx
