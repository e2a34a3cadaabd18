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
#include "objects/type.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"

namespace dx {

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

MethodDef builtin_functions[] = {
    {"len", reinterpret_cast<CFunction>(builtin_len), kMethO, nullptr},
    {"print", reinterpret_cast<CFunction>(reinterpret_cast<void*>(builtin_print)), kMethFastcall | kMethKeywords,
     nullptr},
    {"repr", reinterpret_cast<CFunction>(builtin_repr), kMethO, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int add_object(Object* dict, const char* name, Object* value) {
  Object* key = str_from_ascii(name);
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
            add_object(d, "list", &ListType) == 0 && add_object(d, "object", &ObjectType) == 0 &&
            add_object(d, "range", &RangeType) == 0 && add_object(d, "str", &StrType) == 0 &&
            add_object(d, "tuple", &TupleType) == 0 && add_object(d, "type", &TypeType) == 0;
  ok = ok && add_object(d, "None", none()) == 0 && add_object(d, "Ellipsis", ellipsis()) == 0 &&
            add_object(d, "NotImplemented", not_implemented()) == 0 &&
            add_object(d, "True", bool_object(true)) == 0 && add_object(d, "False", bool_object(false)) == 0;
  ok = ok && add_iteration_builtins(d) == 0;
#define EXCEPTION(Name, Base, Layout) ok = ok && add_object(d, #Name, &exc::Name) == 0;
#include "runtime/exceptions.def"
  if (!ok) {
    decref(d);
    return nullptr;
  }
  return d;
}

}  // namespace dx
