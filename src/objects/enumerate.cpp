// enumerate(iterable, start=0): (index, item) pairs.
#include "objects/builtin_iterators.h"

#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject EnumerateType;

namespace {

Object* make_enumerate(Object* iterable, Object* start) {
  ssize index = 0;
  Object* longindex = nullptr;
  if (start) {
    // The start is checked before the iterable, as CPython does.
    Object* s = number_index(start);
    if (!s) return nullptr;
    auto v = int_to_int64(s);
    if (v) {
      index = static_cast<ssize>(*v);
      decref(s);
    } else {
      index = INT64_MAX;
      longindex = s;
    }
  }
  Object* it = object_get_iter(iterable);
  if (!it) {
    xdecref(longindex);
    return nullptr;
  }
  auto* en = alloc_object<EnumerateObject>(&EnumerateType);
  if (!en) {
    decref(it);
    xdecref(longindex);
    return nullptr;
  }
  en->en_index = index;
  en->en_sit = it;
  en->en_result = nullptr;
  en->en_longindex = longindex;
  return en;
}

bool check_keyword(Object* key, const char* name) {
  if (str_equal_ascii(key, name)) return true;
  std::string_view k = str_utf8(key);
  raise(&exc::TypeError, "'%.*s' is an invalid keyword argument for enumerate()", static_cast<int>(k.size()),
        k.data());
  return false;
}

// CPython's enumerate takes iterable and start by position or by name,
// with messages of its own.
Object* enumerate_new(TypeObject*, Object* args, Object* kwargs) {
  ssize nargs = tuple_size(args);
  Object* names[2] = {nullptr, nullptr};
  Object* values[2] = {nullptr, nullptr};
  ssize nkw = 0;
  if (kwargs) {
    ssize pos = 0;
    Object *k, *v;
    while (dict_next(kwargs, &pos, &k, &v)) {
      if (nkw < 2) {
        names[nkw] = k;
        values[nkw] = v;
      }
      nkw++;
    }
  }
  if (nargs + nkw == 2) {
    if (nkw == 0) return make_enumerate(tuple_item(args, 0), tuple_item(args, 1));
    if (nkw == 1) {
      if (!check_keyword(names[0], "start")) return nullptr;
      return make_enumerate(tuple_item(args, 0), values[0]);
    }
    if (str_equal_ascii(names[0], "start")) {
      if (!check_keyword(names[1], "iterable")) return nullptr;
      return make_enumerate(values[1], values[0]);
    }
    if (!check_keyword(names[0], "iterable") || !check_keyword(names[1], "start")) return nullptr;
    return make_enumerate(values[0], values[1]);
  }
  if (nargs + nkw == 1) {
    if (nkw == 1) {
      if (!check_keyword(names[0], "iterable")) return nullptr;
      return make_enumerate(values[0], nullptr);
    }
    return make_enumerate(tuple_item(args, 0), nullptr);
  }
  if (nargs == 0) return raise(&exc::TypeError, "enumerate() missing required argument 'iterable'");
  return raise(&exc::TypeError, "enumerate() takes at most 2 arguments (%zd given)", nargs + nkw);
}

Object* enumerate_next(Object* o) {
  auto* en = static_cast<EnumerateObject*>(o);
  Object* item = type_of(en->en_sit)->tp_iternext(en->en_sit);
  if (!item) return nullptr;
  Object* index;
  if (en->en_index == INT64_MAX) {
    // Past the machine range: counting in ints.
    if (!en->en_longindex) {
      en->en_longindex = int_from_int64(INT64_MAX);
      if (!en->en_longindex) {
        decref(item);
        return nullptr;
      }
    }
    Object* one = int_from_int64(1);
    Object* next = binary_op(en->en_longindex, one, BinaryOpKind::Add);
    decref(one);
    if (!next) {
      decref(item);
      return nullptr;
    }
    index = en->en_longindex;
    en->en_longindex = next;
  } else {
    index = int_from_int64(en->en_index++);
    if (!index) {
      decref(item);
      return nullptr;
    }
  }
  Object* pair = iterator_result_tuple(&en->en_result, 2);
  if (!pair) {
    decref(index);
    decref(item);
    return nullptr;
  }
  result_tuple_set(pair, 0, index);
  result_tuple_set(pair, 1, item);
  return pair;
}

void enumerate_dealloc(Object* o) {
  gc_untrack(o);
  auto* en = static_cast<EnumerateObject*>(o);
  xdecref(en->en_sit);
  xdecref(en->en_result);
  xdecref(en->en_longindex);
  object_free(o);
}

int enumerate_traverse(Object* o, visitproc visit, void* arg) {
  auto* en = static_cast<EnumerateObject*>(o);
  DX_VISIT(en->en_sit);
  DX_VISIT(en->en_result);
  DX_VISIT(en->en_longindex);
  return 0;
}

}  // namespace

void init_enumerate_type() {
  TypeObject& t = EnumerateType;
  t.tp_name = "enumerate";
  t.tp_basicsize = sizeof(EnumerateObject);
  t.tp_dealloc = enumerate_dealloc;
  t.tp_traverse = enumerate_traverse;
  t.tp_iter = [](Object* o) { return newref(o); };
  t.tp_iternext = enumerate_next;
  t.tp_new = enumerate_new;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType;
  register_static_type(&t);
}

}  // namespace dx
