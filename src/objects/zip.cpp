// zip(*iterables, strict=False): tuples of the iterables' items, in step.
#include "gc/gc.h"
#include "objects/builtin_iterators.h"

#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject ZipType;

namespace {

Object* zip_new(TypeObject*, Object* args, Object* kwargs) {
  int strict = 0;
  if (kwargs && dict_size(kwargs) > 0) {
    // The keyword-only `strict` (PyArg_ParseTupleAndKeywords "|$p:zip").
    if (dict_size(kwargs) > 1)
      return raise(&exc::TypeError, "zip() takes at most 1 keyword argument (%zd given)", dict_size(kwargs));
    ssize pos = 0;
    Object *k, *v;
    dict_next(kwargs, &pos, &k, &v);
    if (!str_equal_ascii(k, "strict")) {
      std::string_view n = str_utf8(k);
      return raise(&exc::TypeError, "'%.*s' is an invalid keyword argument for zip()", static_cast<int>(n.size()),
                   n.data());
    }
    strict = object_is_true(v);
    if (strict < 0) return nullptr;
  }
  ssize n = tuple_size(args);
  Object* iters = tuple_new(n);
  if (!iters) return nullptr;
  for (ssize i = 0; i < n; i++) {
    Object* it = object_get_iter(tuple_item(args, i));
    if (!it) {
      decref(iters);
      return nullptr;
    }
    tuple_item(iters, i) = it;
  }
  auto* z = alloc_object<ZipObject>(&ZipType);
  if (!z) {
    decref(iters);
    return nullptr;
  }
  z->tuplesize = n;
  z->ittuple = iters;
  z->result = nullptr;
  z->strict = strict;
  return z;
}

// "argument 2" / "arguments 1-2", as CPython words the strict errors.
Object* length_mismatch(ssize i, const char* how) {
  if (i == 1) return raise(&exc::ValueError, "zip() argument 2 is %s than argument 1", how);
  return raise(&exc::ValueError, "zip() argument %zd is %s than arguments 1-%zd", i + 1, how, i);
}

// A strict zip stopped at argument i: fine only if every argument is exhausted.
Object* check_strict(ZipObject* z, ssize i) {
  if (error_occurred()) {
    if (!error_matches(&exc::StopIteration)) return nullptr;
    clear_error();
  }
  if (i > 0) return length_mismatch(i, "shorter");
  for (i = 1; i < z->tuplesize; i++) {
    Object* it = tuple_item(z->ittuple, i);
    Object* item = type_of(it)->tp_iternext(it);
    if (item) {
      decref(item);
      return length_mismatch(i, "longer");
    }
    if (error_occurred()) {
      if (!error_matches(&exc::StopIteration)) return nullptr;
      clear_error();
    }
  }
  return nullptr;
}

Object* zip_next(Object* o) {
  auto* z = static_cast<ZipObject*>(o);
  if (z->tuplesize == 0) return nullptr;
  Object* result = iterator_result_tuple(&z->result, z->tuplesize);
  if (!result) return nullptr;
  for (ssize i = 0; i < z->tuplesize; i++) {
    Object* it = tuple_item(z->ittuple, i);
    Object* item = type_of(it)->tp_iternext(it);
    if (!item) {
      decref(result);
      return z->strict ? check_strict(z, i) : nullptr;
    }
    result_tuple_set(result, i, item);
  }
  return result;
}

void zip_dealloc(Object* o) {
  gc_untrack(o);
  auto* z = static_cast<ZipObject*>(o);
  xdecref(z->ittuple);
  xdecref(z->result);
  object_free(o);
}

int zip_traverse(Object* o, visitproc visit, void* arg) {
  auto* z = static_cast<ZipObject*>(o);
  DX_VISIT(z->ittuple);
  DX_VISIT(z->result);
  return 0;
}

}  // namespace

void init_zip_type() {
  TypeObject& t = ZipType;
  t.tp_name = "zip";
  t.tp_basicsize = sizeof(ZipObject);
  t.tp_dealloc = zip_dealloc;
  t.tp_traverse = zip_traverse;
  t.tp_iter = [](Object* o) { return newref(o); };
  t.tp_iternext = zip_next;
  t.tp_new = zip_new;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType;
  register_static_type(&t);
}

}  // namespace dx
