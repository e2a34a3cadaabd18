// The builtins module: its functions (one table) and the builtin classes
// and exceptions it names.
#include "modules/builtins.h"

#include <initializer_list>
#include <string>
#include <utility>

#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/method.h"
#include "objects/property.h"
#include "objects/set.h"
#include "objects/super.h"
#include "objects/type.h"
#include "runtime/names.h"
#include "vm/frame.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"

namespace dx {

Object* build_class(Object*, Object* const* args, ssize nargs, Object* kwnames);  // objects/type_new.cpp

namespace {

// The keyword argument `name` among kwnames (a tuple of str), or nullptr.
// Unknown keywords raise CPython's "'x' is an invalid keyword argument for f()".
bool parse_keywords(const char* func, Object* const* args, ssize nargs, Object* kwnames,
                    std::initializer_list<std::pair<const char*, Object**>> wanted) {
  if (!kwnames) return true;
  for (ssize i = 0; i < tuple_size(kwnames); i++) {
    Object* key = tuple_item(kwnames, i);
    bool found = false;
    for (auto& [name, slot] : wanted) {
      if (str_equal_ascii(key, name)) {
        *slot = args[nargs + i];
        found = true;
        break;
      }
    }
    if (!found) {
      std::string_view k = str_utf8(key);
      raise(&exc::TypeError, "'%.*s' is an invalid keyword argument for %s()", static_cast<int>(k.size()), k.data(),
            func);
      return false;
    }
  }
  return true;
}

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Object* builtin_print(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object *sep = nullptr, *end = nullptr, *file = nullptr, *flush = nullptr;
  if (!parse_keywords("print", args, nargs, kwnames,
                      {{"sep", &sep}, {"end", &end}, {"file", &file}, {"flush", &flush}}))
    return nullptr;
  if (sep && is_none(sep)) sep = nullptr;
  if (end && is_none(end)) end = nullptr;
  if (sep && !is_str(sep)) return raise(&exc::TypeError, "sep must be None or a string, not %.200s", type_of(sep)->tp_name);
  if (end && !is_str(end)) return raise(&exc::TypeError, "end must be None or a string, not %.200s", type_of(end)->tp_name);
  if (file && !is_none(file)) {
    // Writing to a file object needs the io module.
    return raise(&exc::NotImplementedError, "print(file=...) needs the io module, which dx-py does not have yet");
  }
  std::string out;
  for (ssize i = 0; i < nargs; i++) {
    if (i > 0) {
      if (sep) {
        std::string_view s = str_utf8(sep);
        if (!s.data()) return nullptr;
        out += s;
      } else {
        out += ' ';
      }
    }
    Object* s = object_str(args[i]);
    if (!s) return nullptr;
    std::string_view text = str_utf8(s);
    if (!text.data()) {
      decref(s);
      return nullptr;
    }
    out += text;
    decref(s);
  }
  if (end) {
    std::string_view e = str_utf8(end);
    if (!e.data()) return nullptr;
    out += e;
  } else {
    out += '\n';
  }
  Interpreter* interp = current_thread()->interp;
  interp->out.write(out);
  if (flush) {
    int t = object_is_true(flush);
    if (t < 0) return nullptr;
    if (t) interp->out.flush();
  }
  return return_none();
}

Object* builtin_len(Object*, Object* arg) {
  ssize n = object_length(arg);
  if (n < 0) return nullptr;
  return int_from_int64(n);
}

Object* builtin_repr(Object*, Object* arg) { return object_repr(arg); }

// isinstance(o, cls) for one class: the metaclass's __instancecheck__
// unless cls is an exact `type` instance.
int instance_check(Object* o, Object* cls) {
  if (type_of(o) == reinterpret_cast<TypeObject*>(cls)) return 1;
  if (type_of(cls) == &TypeType) return is_instance_of_type(o, reinterpret_cast<TypeObject*>(cls));
  if (is_tuple(cls)) {
    for (ssize i = 0; i < tuple_size(cls); i++) {
      if (!enter_recursive_call(" in __instancecheck__")) return -1;
      int r = instance_check(o, tuple_item(cls, i));
      leave_recursive_call();
      if (r != 0) return r;
    }
    return 0;
  }
  bool found;
  Object* r = call_special(cls, names::dunder_instancecheck, &o, 1, &found);
  if (!found) {
    if (error_occurred()) return -1;
    raise(&exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  if (!r) return -1;
  int t = object_is_true(r);
  decref(r);
  return t;
}

int subclass_check(Object* derived, Object* cls) {
  if (type_of(cls) == &TypeType) {
    if (!is_type(derived)) {
      raise(&exc::TypeError, "issubclass() arg 1 must be a class");
      return -1;
    }
    return is_subtype(reinterpret_cast<TypeObject*>(derived), reinterpret_cast<TypeObject*>(cls));
  }
  if (is_tuple(cls)) {
    for (ssize i = 0; i < tuple_size(cls); i++) {
      if (!enter_recursive_call(" in __subclasscheck__")) return -1;
      int r = subclass_check(derived, tuple_item(cls, i));
      leave_recursive_call();
      if (r != 0) return r;
    }
    return 0;
  }
  bool found;
  Object* r = call_special(cls, names::dunder_subclasscheck, &derived, 1, &found);
  if (!found) {
    if (error_occurred()) return -1;
    raise(&exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  if (!r) return -1;
  int t = object_is_true(r);
  decref(r);
  return t;
}

bool exact_args(const char* name, ssize nargs, ssize n) {
  if (nargs == n) return true;
  raise(&exc::TypeError, "%s expected %zd argument%s, got %zd", name, n, n == 1 ? "" : "s", nargs);
  return false;
}

Object* builtin_isinstance(Object*, Object* const* args, ssize nargs) {
  if (!exact_args("isinstance", nargs, 2)) return nullptr;
  int r = instance_check(args[0], args[1]);
  return r < 0 ? nullptr : newref(bool_object(r));
}

Object* builtin_issubclass(Object*, Object* const* args, ssize nargs) {
  if (!exact_args("issubclass", nargs, 2)) return nullptr;
  int r = subclass_check(args[0], args[1]);
  return r < 0 ? nullptr : newref(bool_object(r));
}

bool check_attr_name(Object* name) {
  if (is_str(name)) return true;
  raise(&exc::TypeError, "attribute name must be string, not '%.200s'", type_of(name)->tp_name);
  return false;
}

Object* builtin_getattr(Object*, Object* const* args, ssize nargs) {
  if (nargs < 2) return raise(&exc::TypeError, "getattr expected at least 2 arguments, got %zd", nargs);
  if (nargs > 3) return raise(&exc::TypeError, "getattr expected at most 3 arguments, got %zd", nargs);
  if (!check_attr_name(args[1])) return nullptr;
  Object* r = object_getattr(args[0], args[1]);
  if (!r && nargs == 3 && error_matches(&exc::AttributeError)) {
    clear_error();
    return newref(args[2]);
  }
  return r;
}

Object* builtin_hasattr(Object*, Object* const* args, ssize nargs) {
  if (!exact_args("hasattr", nargs, 2) || !check_attr_name(args[1])) return nullptr;
  Object* r = object_getattr(args[0], args[1]);
  if (r) {
    decref(r);
    return newref(bool_object(true));
  }
  if (!error_matches(&exc::AttributeError)) return nullptr;
  clear_error();
  return newref(bool_object(false));
}

Object* builtin_setattr(Object*, Object* const* args, ssize nargs) {
  if (!exact_args("setattr", nargs, 3) || !check_attr_name(args[1])) return nullptr;
  if (object_setattr(args[0], args[1], args[2]) < 0) return nullptr;
  return return_none();
}

Object* builtin_delattr(Object*, Object* const* args, ssize nargs) {
  if (!exact_args("delattr", nargs, 2) || !check_attr_name(args[1])) return nullptr;
  if (object_setattr(args[0], args[1], nullptr) < 0) return nullptr;
  return return_none();
}

Object* builtin_callable(Object*, Object* arg) {
  TypeObject* t = type_of(arg);
  bool c = t->tp_call || ((t->tp_flags & kTpHaveVectorcall) && t->tp_vectorcall_offset > 0);
  return newref(bool_object(c));
}

Object* builtin_id(Object*, Object* arg) { return int_from_int64(reinterpret_cast<intptr_t>(arg)); }

Object* builtin_hash(Object*, Object* arg) {
  hash_t h = object_hash(arg);
  if (h == -1 && error_occurred()) return nullptr;
  return int_from_int64(h);
}

Object* builtin_vars(Object*, Object* const* args, ssize nargs) {
  if (nargs > 1) return raise(&exc::TypeError, "vars expected at most 1 argument, got %zd", nargs);
  if (nargs == 0) {
    Frame* f = current_thread()->current_frame;
    if (f && f->locals) return newref(f->locals);
    return raise(&exc::SystemError, "vars() of a function's locals is not supported yet");
  }
  Object* d = object_getattr(args[0], names::dunder_dict);
  if (!d && error_matches(&exc::AttributeError)) {
    clear_error();
    return raise(&exc::TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

// sorted(iterable, /, *, key=None, reverse=False): a new list, sorted by
// list.sort (whose keyword errors it reports, as CPython's does).
Object* builtin_sorted(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs != 1) return raise(&exc::TypeError, "sorted expected 1 argument, got %zd", nargs);
  Object *key = nullptr, *reverse = nullptr;
  if (!parse_keywords("sort", args, nargs, kwnames, {{"key", &key}, {"reverse", &reverse}})) return nullptr;
  int rev = 0;
  if (reverse) {
    if (!is_int(reverse))
      return raise(&exc::TypeError, "'%.200s' object cannot be interpreted as an integer", type_of(reverse)->tp_name);
    rev = object_is_true(reverse);
  }
  Object* list = list_from_iterable(args[0]);
  if (list && list_sort(list, key, rev != 0) < 0) {
    decref(list);
    return nullptr;
  }
  return list;
}

#define FASTCALL(f) reinterpret_cast<CFunction>(reinterpret_cast<void*>(f))

MethodDef builtin_functions[] = {
    {"__build_class__", FASTCALL(build_class), kMethFastcall | kMethKeywords, nullptr},
    {"callable", reinterpret_cast<CFunction>(builtin_callable), kMethO, nullptr},
    {"delattr", FASTCALL(builtin_delattr), kMethFastcall, nullptr},
    {"getattr", FASTCALL(builtin_getattr), kMethFastcall, nullptr},
    {"hasattr", FASTCALL(builtin_hasattr), kMethFastcall, nullptr},
    {"hash", reinterpret_cast<CFunction>(builtin_hash), kMethO, nullptr},
    {"id", reinterpret_cast<CFunction>(builtin_id), kMethO, nullptr},
    {"isinstance", FASTCALL(builtin_isinstance), kMethFastcall, nullptr},
    {"issubclass", FASTCALL(builtin_issubclass), kMethFastcall, nullptr},
    {"setattr", FASTCALL(builtin_setattr), kMethFastcall, nullptr},
    {"sorted", FASTCALL(builtin_sorted), kMethFastcall | kMethKeywords, nullptr},
    {"vars", FASTCALL(builtin_vars), kMethFastcall, nullptr},
    {"len", reinterpret_cast<CFunction>(builtin_len), kMethO, nullptr},
    {"print", reinterpret_cast<CFunction>(reinterpret_cast<void*>(builtin_print)), kMethFastcall | kMethKeywords,
     nullptr},
    {"repr", reinterpret_cast<CFunction>(builtin_repr), kMethO, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int add_object(Object* dict, const char* name, Object* value) {
  Object* key = str_intern_utf8(name);
  if (!key) return -1;
  int r = dict_set_item(dict, key, value);
  decref(key);
  return r;
}

}  // namespace

Object* make_builtins_dict() {
  Object* d = dict_new();
  if (!d) return nullptr;
  for (MethodDef* def = builtin_functions; def->ml_name; def++) {
    Object* f = builtin_function_new(def, nullptr, nullptr);
    if (!f || add_object(d, def->ml_name, f) < 0) {
      xdecref(f);
      decref(d);
      return nullptr;
    }
    decref(f);
  }
  bool ok = add_object(d, "bool", &BoolType) == 0 && add_object(d, "dict", &DictType) == 0 &&
            add_object(d, "float", &FloatType) == 0 && add_object(d, "int", &IntType) == 0 &&
            add_object(d, "frozenset", &FrozenSetType) == 0 && add_object(d, "set", &SetType) == 0 &&
            add_object(d, "list", &ListType) == 0 && add_object(d, "object", &ObjectType) == 0 &&
            add_object(d, "range", &RangeType) == 0 && add_object(d, "str", &StrType) == 0 &&
            add_object(d, "tuple", &TupleType) == 0 && add_object(d, "type", &TypeType) == 0 &&
            add_object(d, "super", &SuperType) == 0 && add_object(d, "property", &PropertyType) == 0 &&
            add_object(d, "classmethod", &ClassMethodType) == 0 &&
            add_object(d, "staticmethod", &StaticMethodType) == 0;
  ok = ok && add_object(d, "None", none()) == 0 && add_object(d, "Ellipsis", ellipsis()) == 0 &&
            add_object(d, "NotImplemented", not_implemented()) == 0 &&
            add_object(d, "True", bool_object(true)) == 0 && add_object(d, "False", bool_object(false)) == 0;
  ok = ok && add_iteration_builtins(d) == 0 && add_str_builtins(d) == 0;
#define EXCEPTION(Name, Base, Layout) ok = ok && add_object(d, #Name, &exc::Name) == 0;
#include "runtime/exceptions.def"
  if (!ok) {
    decref(d);
    return nullptr;
  }
  return d;
}

}  // namespace dx
