// Calling the builtin value types: int(), float(), bool(), tuple(),
// list() and range(). These are the types' tp_new slots; they live together
// until the class machinery (with __new__/__init__ lookup) gives each type
// file its methods table.
#include <string>

#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "support/bigint.h"
#include "support/float_text.h"

namespace dx {

namespace {

bool no_keywords(const char* name, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", name);
    return false;
  }
  return true;
}

bool at_most(const char* name, Object* args, ssize n) {
  if (tuple_size(args) > n) {
    raise(&exc::TypeError, "%s expected at most %zd argument%s, got %zd", name, n, n == 1 ? "" : "s",
          tuple_size(args));
    return false;
  }
  return true;
}

// repr(x) cut to 200 characters, as CPython's %.200R.
std::string short_repr(Object* x) {
  Object* r = object_repr(x);
  if (!r) {
    clear_error();
    return "?";
  }
  std::string s(str_utf8(r));
  decref(r);
  return s;
}

Object* int_from_text(Object* text, int base) {
  std::string ascii = number_text_to_ascii(str_utf8(text));
  bigint::ParsedInt parsed = bigint::parse_int(ascii.data(), ascii.size(), base, 4300);
  if (parsed.status == bigint::Status::kInvalidLiteral) {
    return raise(&exc::ValueError, "invalid literal for int() with base %d: %s", parsed.base == 0 ? 10 : base,
                 short_repr(text).c_str());
  }
  if (parsed.status == bigint::Status::kParseDigitsLimit) {
    char buf[256];
    bigint::format_digits_limit(parsed.status, 4300, parsed.ndigits, buf, sizeof buf);
    return raise(&exc::ValueError, "%s", buf);
  }
  if (parsed.status != bigint::Status::kOk) return raise(&exc::ValueError, "%s", bigint::status_message(parsed.status));
  IntObject* o = int_new_digits(static_cast<ssize>(parsed.capacity));
  if (!o) return nullptr;
  bigint::Result r = bigint::from_parsed(parsed, o->ob_digit);
  o->ob_size = static_cast<ssize>(r.size);
  if (o->ob_size >= -1 && o->ob_size <= 1) {
    auto v = int_to_int64(o);
    object_free(o);
    return int_from_int64(*v);
  }
  return o;
}

Object* int_new(TypeObject*, Object* args, Object* kwargs) {
  Object* base_obj = nullptr;
  if (kwargs && dict_size(kwargs) > 0) {
    ssize pos = 0;
    Object *key, *value;
    while (dict_next(kwargs, &pos, &key, &value)) {
      if (!str_equal_ascii(key, "base")) {
        std::string_view k = str_utf8(key);
        return raise(&exc::TypeError, "'%.*s' is an invalid keyword argument for int()", static_cast<int>(k.size()),
                     k.data());
      }
      base_obj = value;
    }
  }
  ssize n = tuple_size(args);
  if (n == 2) base_obj = tuple_item(args, 1);
  if (n > 2) return raise(&exc::TypeError, "int() takes at most 2 arguments (%zd given)", n);
  if (n == 0) {
    if (base_obj) return raise(&exc::TypeError, "int() missing string argument");
    return int_from_int64(0);
  }
  Object* x = tuple_item(args, 0);
  if (base_obj) {
    if (!is_int(base_obj))
      return raise(&exc::TypeError, "'%s' object cannot be interpreted as an integer", type_of(base_obj)->tp_name);
    auto base = int_to_int64(base_obj);
    if (!base || (*base != 0 && (*base < 2 || *base > 36)))
      return raise(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!is_str(x)) return raise(&exc::TypeError, "int() can't convert non-string with explicit base");
    return int_from_text(x, static_cast<int>(*base));
  }
  if (is_int_exact(x)) return newref(x);
  if (is_str(x)) return int_from_text(x, 10);
  NumberMethods* nb = type_of(x)->tp_as_number;
  if (nb && nb->nb_int) return nb->nb_int(x);
  if (nb && nb->nb_index) return nb->nb_index(x);
  return raise(&exc::TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
               type_of(x)->tp_name);
}

Object* float_new(TypeObject*, Object* args, Object* kwargs) {
  if (!no_keywords("float", kwargs) || !at_most("float", args, 1)) return nullptr;
  if (tuple_size(args) == 0) return float_from_double(0.0);
  Object* x = tuple_item(args, 0);
  if (is_float_exact(x)) return newref(x);
  if (is_str(x)) {
    double v;
    TextStatus s = float_from_text(str_utf8(x), false, &v);
    if (!s.ok()) return raise_text_status(s);
    return float_from_double(v);
  }
  NumberMethods* nb = type_of(x)->tp_as_number;
  if (is_int(x)) {
    double v;
    bigint::Status st = bigint::to_double({static_cast<IntObject*>(x)->ob_digit, static_cast<IntObject*>(x)->ob_size}, &v);
    if (st != bigint::Status::kOk) return raise(&exc::OverflowError, "%s", bigint::status_message(st));
    return float_from_double(v);
  }
  if (nb && nb->nb_float) return nb->nb_float(x);
  return raise(&exc::TypeError, "float() argument must be a string or a real number, not '%s'", type_of(x)->tp_name);
}

Object* bool_new(TypeObject*, Object* args, Object* kwargs) {
  if (!no_keywords("bool", kwargs) || !at_most("bool", args, 1)) return nullptr;
  if (tuple_size(args) == 0) return newref(bool_object(false));
  int t = object_is_true(tuple_item(args, 0));
  return t < 0 ? nullptr : newref(bool_object(t));
}

Object* tuple_new_slot(TypeObject*, Object* args, Object* kwargs) {
  if (!no_keywords("tuple", kwargs) || !at_most("tuple", args, 1)) return nullptr;
  if (tuple_size(args) == 0) return tuple_new(0);
  Object* x = tuple_item(args, 0);
  if (is_tuple(x) && type_of(x) == &TupleType) return newref(x);
  Object* l = list_from_iterable(x);
  if (!l) return nullptr;
  Object* t = list_as_tuple(l);
  decref(l);
  return t;
}

Object* list_new_slot(TypeObject*, Object* args, Object* kwargs) {
  if (!no_keywords("list", kwargs) || !at_most("list", args, 1)) return nullptr;
  if (tuple_size(args) == 0) return list_new(0);
  return list_from_iterable(tuple_item(args, 0));
}

Object* range_new_slot(TypeObject*, Object* args, Object* kwargs) {
  if (!no_keywords("range", kwargs)) return nullptr;
  return range_from_args(&tuple_item(args, 0), tuple_size(args));
}

}  // namespace

void init_constructors() {
  IntType.tp_new = int_new;
  FloatType.tp_new = float_new;
  BoolType.tp_new = bool_new;
  TupleType.tp_new = tuple_new_slot;
  ListType.tp_new = list_new_slot;
  RangeType.tp_new = range_new_slot;
}

}  // namespace dx
