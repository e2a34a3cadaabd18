// The builtins that drive iterators: next, iter, sum, any, all, min, max,
// sorted; and the iterator types the builtins module names (enumerate, zip,
// map, filter, reversed: objects/builtin_iterators.h).
#include <string_view>

#include "modules/builtins.h"
#include "objects/builtin_function.h"
#include "objects/builtin_iterators.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

namespace dx {

namespace {

bool no_keywords(const char* name, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  return true;
}

// _PyArg_CheckPositional's messages: "next expected at least 1 argument, got 0".
bool check_positional(const char* name, ssize nargs, ssize min, ssize max) {
  if (nargs < min) {
    if (min == max) raise(&exc::TypeError, "%s expected %zd argument%s, got %zd", name, min, min == 1 ? "" : "s", nargs);
    else raise(&exc::TypeError, "%s expected at least %zd argument%s, got %zd", name, min, min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    if (min == max) raise(&exc::TypeError, "%s expected %zd argument%s, got %zd", name, max, max == 1 ? "" : "s", nargs);
    else raise(&exc::TypeError, "%s expected at most %zd argument%s, got %zd", name, max, max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

Object* invalid_keyword(Object* key, const char* func) {
  std::string_view k = str_utf8(key);
  return raise(&exc::TypeError, "'%.*s' is an invalid keyword argument for %s()", static_cast<int>(k.size()), k.data(),
               func);
}

// Keyword-only arguments parsed as PyArg_ParseTupleAndKeywords does for
// "|$O...": at most names.size() of them, each one of `names`.
bool keyword_only(const char* func, Object* const* kwvalues, Object* kwnames, std::initializer_list<const char*> names,
                  Object** out) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  ssize max = static_cast<ssize>(names.size());
  if (nkw > max) {
    raise(&exc::TypeError, "%s() takes at most %zd keyword argument%s (%zd given)", func, max, max == 1 ? "" : "s",
          nkw);
    return false;
  }
  for (ssize i = 0; i < nkw; i++) {
    Object* key = tuple_item(kwnames, i);
    ssize j = 0;
    for (const char* n : names) {
      if (str_equal_ascii(key, n)) break;
      j++;
    }
    if (j == max) {
      invalid_keyword(key, func);
      return false;
    }
    out[j] = kwvalues[i];
  }
  return true;
}

bool is_callable(Object* o) {
  TypeObject* t = type_of(o);
  return t->tp_call || ((t->tp_flags & kTpHaveVectorcall) && t->tp_vectorcall_offset > 0);
}

// next(iterator[, default])
Object* builtin_next(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_keywords("next", kwnames) || !check_positional("next", nargs, 1, 2)) return nullptr;
  Object* it = args[0];
  iternextfunc next = type_of(it)->tp_iternext;
  if (!next) return raise(&exc::TypeError, "'%.200s' object is not an iterator", type_of(it)->tp_name);
  Object* r = next(it);
  if (r) return r;
  if (nargs > 1) {
    if (error_occurred()) {
      if (!error_matches(&exc::StopIteration)) return nullptr;
      clear_error();
    }
    return newref(args[1]);
  }
  if (!error_occurred()) raise_object(&exc::StopIteration, nullptr);
  return nullptr;
}

// iter(object) / iter(callable, sentinel)
Object* builtin_iter(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!no_keywords("iter", kwnames) || !check_positional("iter", nargs, 1, 2)) return nullptr;
  if (nargs == 1) return object_get_iter(args[0]);
  if (!is_callable(args[0])) return raise(&exc::TypeError, "iter(v, w): v must be callable");
  return call_iter_new(args[0], args[1]);
}

// Adds the items of `it` to `result` (consumed), left to right. Runs of
// machine ints and of floats are added without objects in between, which
// gives the same values as adding the objects (CPython does the same).
Object* sum_items(Object* result, Object* it, iternextfunc next) {
  for (;;) {
    if (is_int_exact(result)) {
      if (auto start = int_to_int64(result)) {
        int64_t acc = *start;
        Object* item;
        for (;;) {
          item = next(it);
          if (!item) break;
          if (is_int_exact(item) || is_bool(item)) {
            auto v = int_to_int64(item);
            int64_t sum;
            if (v && !__builtin_add_overflow(acc, *v, &sum)) {
              acc = sum;
              decref(item);
              continue;
            }
          }
          break;
        }
        decref(result);
        result = int_from_int64(acc);
        if (!item || !result) {
          xdecref(item);
          return result;
        }
        Object* r = binary_op(result, item, BinaryOpKind::Add);
        decref(item);
        decref(result);
        if (!(result = r)) return nullptr;
        continue;
      }
    }
    if (is_float_exact(result)) {
      double acc = float_value(result);
      Object* item;
      for (;;) {
        item = next(it);
        if (!item) break;
        if (is_float_exact(item)) {
          acc += float_value(item);
          decref(item);
          continue;
        }
        if (is_int(item)) {
          if (auto v = int_to_int64(item)) {
            acc += static_cast<double>(*v);
            decref(item);
            continue;
          }
        }
        break;
      }
      decref(result);
      result = float_from_double(acc);
      if (!item || !result) {
        xdecref(item);
        return result;
      }
      Object* r = binary_op(result, item, BinaryOpKind::Add);
      decref(item);
      decref(result);
      if (!(result = r)) return nullptr;
      continue;
    }
    Object* item = next(it);
    if (!item) return result;
    Object* r = binary_op(result, item, BinaryOpKind::Add);
    decref(item);
    decref(result);
    if (!(result = r)) return nullptr;
  }
}

// sum(iterable, /, start=0)
Object* builtin_sum(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (nargs + nkw > 2)
    return raise(&exc::TypeError, "sum() takes at most 2 %sarguments (%zd given)", nargs == 0 ? "keyword " : "",
                 nargs + nkw);
  if (nargs < 1) return raise(&exc::TypeError, "sum() takes at least 1 positional argument (%zd given)", nargs);
  Object* start = nargs > 1 ? args[1] : nullptr;
  for (ssize i = 0; i < nkw; i++) {
    if (!str_equal_ascii(tuple_item(kwnames, i), "start")) return invalid_keyword(tuple_item(kwnames, i), "sum");
    start = args[nargs + i];
  }
  Object* it = object_get_iter(args[0]);
  if (!it) return nullptr;
  Object* result;
  if (start) {
    if (is_str(start)) {
      decref(it);
      return raise(&exc::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    }
    if (is_bytes(start) || is_bytearray(start)) {
      decref(it);
      return raise(&exc::TypeError, "sum() can't sum %s [use b''.join(seq) instead]",
                   is_bytes(start) ? "bytes" : "bytearray");
    }
    result = newref(start);
  } else {
    result = int_from_int64(0);
  }
  iternextfunc next = type_of(it)->tp_iternext;
  result = sum_items(result, it, next);
  decref(it);
  if (result && error_occurred()) {
    if (!error_matches(&exc::StopIteration)) {
      decref(result);
      return nullptr;
    }
    clear_error();
  }
  return result;
}

// any(iterable) / all(iterable): stop at the first true / false item.
Object* any_all(Object* iterable, bool want) {
  Object* it = object_get_iter(iterable);
  if (!it) return nullptr;
  iternextfunc next = type_of(it)->tp_iternext;
  while (Object* item = next(it)) {
    int t = object_is_true(item);
    decref(item);
    if (t < 0) {
      decref(it);
      return nullptr;
    }
    if ((t != 0) == want) {
      decref(it);
      return newref(bool_object(want));
    }
  }
  decref(it);
  if (error_occurred()) {
    if (!error_matches(&exc::StopIteration)) return nullptr;
    clear_error();
  }
  return newref(bool_object(!want));
}

Object* builtin_any(Object*, Object* iterable) { return any_all(iterable, true); }
Object* builtin_all(Object*, Object* iterable) { return any_all(iterable, false); }

// min/max(iterable, *[, default=obj, key=func]), min/max(arg1, arg2, *args, *[, key=func])
Object* min_max(Object* const* args, ssize nargs, Object* kwnames, int op) {
  const char* name = op == kLt ? "min" : "max";
  if (nargs == 0) return raise(&exc::TypeError, "%s expected at least 1 argument, got 0", name);
  Object* kw[2] = {nullptr, nullptr};  // key, default
  if (!keyword_only(name, args + nargs, kwnames, {"key", "default"}, kw)) return nullptr;
  Object* keyfunc = kw[0];
  Object* defaultval = kw[1];
  bool positional = nargs > 1;
  if (positional && defaultval)
    return raise(&exc::TypeError, "Cannot specify a default for %s() with multiple positional arguments", name);
  Object* seq;
  if (positional) {
    seq = tuple_new(nargs);
    if (!seq) return nullptr;
    for (ssize i = 0; i < nargs; i++) tuple_item(seq, i) = newref(args[i]);
  } else {
    seq = newref(args[0]);
  }
  Object* it = object_get_iter(seq);
  decref(seq);
  if (!it) return nullptr;
  if (keyfunc && is_none(keyfunc)) keyfunc = nullptr;
  Object* best_item = nullptr;
  Object* best_val = nullptr;
  iternextfunc next = type_of(it)->tp_iternext;
  bool failed = false;
  while (Object* item = next(it)) {
    Object* val = keyfunc ? object_vectorcall(keyfunc, &item, 1, nullptr) : newref(item);
    if (!val) {
      decref(item);
      failed = true;
      break;
    }
    if (!best_val) {
      best_item = item;
      best_val = val;
      continue;
    }
    int cmp = object_richcompare_bool(val, best_val, op);
    if (cmp < 0) {
      decref(item);
      decref(val);
      failed = true;
      break;
    }
    if (cmp > 0) {
      decref(best_item);
      decref(best_val);
      best_item = item;
      best_val = val;
    } else {
      decref(item);
      decref(val);
    }
  }
  decref(it);
  if (!failed && error_occurred()) {
    if (error_matches(&exc::StopIteration)) clear_error();
    else failed = true;
  }
  xdecref(best_val);
  if (failed) {
    xdecref(best_item);
    return nullptr;
  }
  if (best_item) return best_item;
  if (defaultval) return newref(defaultval);
  return raise(&exc::ValueError, "%s() arg is an empty sequence", name);
}

Object* builtin_min(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return min_max(args, nargs, kwnames, kLt);
}
Object* builtin_max(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return min_max(args, nargs, kwnames, kGt);
}

// sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by
// list.sort (whose messages its keyword errors carry).
Object* builtin_sorted(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_positional("sorted", nargs, 1, 1)) return nullptr;
  Object* list = list_from_iterable(args[0]);
  if (!list) return nullptr;
  Object* kw[2] = {nullptr, nullptr};  // key, reverse
  bool reverse = false;
  if (!keyword_only("sort", args + nargs, kwnames, {"key", "reverse"}, kw)) {
    decref(list);
    return nullptr;
  }
  if (kw[1]) {
    // reverse is a C int: any index object.
    Object* v = number_index(kw[1]);
    if (!v) {
      decref(list);
      return nullptr;
    }
    auto n = int_to_int64(v);
    decref(v);
    if (!n || *n > INT32_MAX || *n < INT32_MIN) {
      decref(list);
      return raise(&exc::OverflowError, "Python int too large to convert to C int");
    }
    reverse = *n != 0;
  }
  if (list_sort(list, kw[0], reverse) < 0) {
    decref(list);
    return nullptr;
  }
  return list;
}

#define FASTCALL(f) reinterpret_cast<CFunction>(reinterpret_cast<void*>(f)), kMethFastcall | kMethKeywords

MethodDef iteration_functions[] = {
    {"all", reinterpret_cast<CFunction>(builtin_all), kMethO, nullptr},
    {"any", reinterpret_cast<CFunction>(builtin_any), kMethO, nullptr},
    {"iter", FASTCALL(builtin_iter), nullptr},
    {"max", FASTCALL(builtin_max), nullptr},
    {"min", FASTCALL(builtin_min), nullptr},
    {"next", FASTCALL(builtin_next), nullptr},
    {"sorted", FASTCALL(builtin_sorted), nullptr},
    {"sum", FASTCALL(builtin_sum), nullptr},
    {nullptr, nullptr, 0, nullptr},
};

#undef FASTCALL

int add(Object* dict, const char* name, Object* value) {
  Object* key = str_from_ascii(name);
  if (!key) return -1;
  int r = dict_set_item(dict, key, value);
  decref(key);
  return r;
}

}  // namespace

int add_iteration_builtins(Object* dict) {
  if (add_builtin_functions(dict, iteration_functions) < 0) return -1;
  if (add(dict, "enumerate", &EnumerateType) < 0 || add(dict, "zip", &ZipType) < 0 || add(dict, "map", &MapType) < 0 ||
      add(dict, "filter", &FilterType) < 0 || add(dict, "reversed", &ReversedType) < 0)
    return -1;
  return 0;
}

}  // namespace dx
