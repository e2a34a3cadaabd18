#include "vm/unpacking.h"

#include <string>
#include <string_view>

#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "vm/function.h"

namespace dx {

namespace {

// PySequence_Check: item access by index, and not a dict.
bool is_sequence(Object* o) {
  SequenceMethods* sq = type_of(o)->tp_as_sequence;
  return sq && sq->sq_item && !is_dict(o);
}

// The attribute `name` of `o`, or null with no error when it has none.
Object* lookup_attr(Object* o, const char* name) {
  Object* key = str_from_ascii(name);
  if (!key) return nullptr;
  Object* v = object_getattr(o, key);
  decref(key);
  if (!v && error_matches(&exc::AttributeError)) clear_error();
  return v;
}

// "module.qualname()" from the two attribute values (either may be null).
Object* format_function_str(Object* module, Object* qualname) {
  std::string_view q = str_utf8(qualname);
  if (!q.data()) return nullptr;
  if (module && is_str(module)) {
    std::string_view m = str_utf8(module);
    if (!m.data()) return nullptr;
    if (m != "builtins") {
      std::string text(m);
      text += '.';
      text += q;
      text += "()";
      return str_from_utf8(text);
    }
  }
  std::string text(q);
  text += "()";
  return str_from_utf8(text);
}

// Inserts the items of mapping `b` into dict `a` (dict.update's rules: a
// real dict's items directly, otherwise b.keys() then b[key] for each);
// kErrorOnDuplicate raises KeyError(key) for a key already in `a`.
int mapping_merge(Object* a, Object* b, DictMerge policy) {
  if (is_dict(b) && type_of(b)->tp_iter == DictType.tp_iter) return dict_merge(a, b, policy);
  Object* keys_method = str_from_ascii("keys");
  if (!keys_method) return -1;
  Object* meth = object_getattr(b, keys_method);
  decref(keys_method);
  if (!meth) return -1;
  Object* keys = object_vectorcall(meth, nullptr, 0, nullptr);
  decref(meth);
  if (!keys) return -1;
  Object* it = object_get_iter(keys);
  decref(keys);
  if (!it) return -1;
  int status = 0;
  while (Object* key = iter_next(it)) {
    if (policy != DictMerge::kOverride) {
      int found = dict_contains(a, key);
      if (found != 0) {
        if (found > 0) {
          if (policy == DictMerge::kKeepExisting) {
            decref(key);
            continue;
          }
          raise_object(&exc::KeyError, key);
        }
        decref(key);
        status = -1;
        break;
      }
    }
    Object* value = object_getitem(b, key);
    if (!value || dict_set_item(a, key, value) < 0) {
      xdecref(value);
      decref(key);
      status = -1;
      break;
    }
    decref(value);
    decref(key);
  }
  decref(it);
  if (status == 0 && error_occurred()) status = -1;
  return status;
}

}  // namespace

Object* function_str(Object* func) {
  if (is_function(func)) {
    auto* f = static_cast<FunctionObject*>(func);
    return format_function_str(f->module, f->qualname);
  }
  if (type_of(func) == &BuiltinFunctionType) {
    auto* b = static_cast<BuiltinFunctionObject*>(func);
    std::string name(b->m_ml->ml_name);
    // A method bound to an instance or a type is named Type.name.
    if (b->m_self && !is_type(b->m_self) && b->m_module == nullptr) {
      std::string_view t = type_of(b->m_self)->tp_name;
      size_t dot = t.rfind('.');
      name = std::string(dot == std::string_view::npos ? t : t.substr(dot + 1)) + "." + name;
    }
    Object* q = str_from_utf8(name);
    if (!q) return nullptr;
    Object* r = format_function_str(b->m_module, q);
    decref(q);
    return r;
  }
  if (is_type(func) && !(static_cast<TypeObject*>(func)->tp_flags & kTpHeapType)) {
    // A static type: tp_name is "module.qualname", or "qualname" for builtins.
    std::string_view n = static_cast<TypeObject*>(func)->tp_name;
    size_t dot = n.rfind('.');
    Object* q = str_from_utf8(dot == std::string_view::npos ? n : n.substr(dot + 1));
    Object* m = dot == std::string_view::npos ? nullptr : str_from_utf8(n.substr(0, dot));
    Object* r = q ? format_function_str(m, q) : nullptr;
    xdecref(q);
    xdecref(m);
    return r;
  }
  Object* qualname = lookup_attr(func, "__qualname__");
  if (!qualname) return error_occurred() ? nullptr : object_str(func);
  Object* module = lookup_attr(func, "__module__");
  Object* r = nullptr;
  if (module || !error_occurred()) {
    Object* q = object_str(qualname);
    if (q) r = format_function_str(module, q);
    xdecref(q);
  }
  xdecref(module);
  decref(qualname);
  return r;
}

int list_extend_star(Object* list, Object* iterable) {
  if (list_extend(list, iterable) == 0) return 0;
  if (error_matches(&exc::TypeError) && !type_of(iterable)->tp_iter && !is_sequence(iterable)) {
    clear_error();
    raise(&exc::TypeError, "Value after * must be an iterable, not %.200s", type_of(iterable)->tp_name);
  }
  return -1;
}

int dict_update_display(Object* dict, Object* mapping) {
  if (mapping_merge(dict, mapping, DictMerge::kOverride) == 0) return 0;
  if (error_matches(&exc::AttributeError)) {
    clear_error();
    raise(&exc::TypeError, "'%.200s' object is not a mapping", type_of(mapping)->tp_name);
  }
  return -1;
}

int dict_merge_kwargs(Object* dict, Object* mapping, Object* func) {
  if (mapping_merge(dict, mapping, DictMerge::kErrorOnDuplicate) == 0) return 0;
  if (error_matches(&exc::AttributeError)) {
    clear_error();
    Object* name = function_str(func);
    if (name) {
      std::string_view n = str_utf8(name);
      raise(&exc::TypeError, "%.*s argument after ** must be a mapping, not %.200s", static_cast<int>(n.size()),
            n.data(), type_of(mapping)->tp_name);
      decref(name);
    }
  } else if (error_matches(&exc::KeyError)) {
    // A duplicate: the KeyError holds the key.
    Object* e = fetch_error();
    Object* args = static_cast<BaseExceptionObject*>(e)->args;
    if (args && is_tuple(args) && tuple_size(args) == 1) {
      Object* name = function_str(func);
      Object* key = name ? object_str(tuple_item(args, 0)) : nullptr;
      if (key) {
        std::string_view n = str_utf8(name), k = str_utf8(key);
        raise(&exc::TypeError, "%.*s got multiple values for keyword argument '%.*s'", static_cast<int>(n.size()),
              n.data(), static_cast<int>(k.size()), k.data());
      }
      xdecref(key);
      xdecref(name);
      decref(e);
    } else {
      restore_error(e);
    }
  }
  return -1;
}

Object* star_call_arguments(Object* func, Object* args, Object* kwargs, size_t* npos, Object** kwnames) {
  *kwnames = nullptr;
  Object* positional;
  if (is_tuple(args) && type_of(args) == &TupleType) {
    positional = newref(args);
  } else {
    if (!type_of(args)->tp_iter && !is_sequence(args)) {
      Object* name = function_str(func);
      if (name) {
        std::string_view n = str_utf8(name);
        raise(&exc::TypeError, "%.*s argument after * must be an iterable, not %.200s", static_cast<int>(n.size()),
              n.data(), type_of(args)->tp_name);
        decref(name);
      }
      return nullptr;
    }
    Object* l = is_list_exact(args) ? newref(args) : list_from_iterable(args);
    if (!l) return nullptr;
    positional = list_as_tuple(l);
    decref(l);
    if (!positional) return nullptr;
  }
  ssize n = tuple_size(positional);
  *npos = static_cast<size_t>(n);
  if (!kwargs || dict_size(kwargs) == 0) return positional;
  ssize nkw = dict_size(kwargs);
  Object* all = tuple_new(n + nkw);
  Object* names = all ? tuple_new(nkw) : nullptr;
  if (!names) {
    xdecref(all);
    decref(positional);
    return nullptr;
  }
  for (ssize i = 0; i < n; i++) tuple_item(all, i) = newref(tuple_item(positional, i));
  decref(positional);
  ssize pos = 0, i = 0;
  Object *key, *value;
  bool strings = true;
  while (dict_next(kwargs, &pos, &key, &value)) {
    strings = strings && is_str(key);
    tuple_item(names, i) = newref(key);
    tuple_item(all, n + i) = newref(value);
    i++;
  }
  if (!strings) {
    decref(all);
    decref(names);
    return raise(&exc::TypeError, "keywords must be strings");
  }
  *kwnames = names;
  return all;
}

int unpack_with_star(Object* seq, int before, int after, Object** out) {
  Object* it = object_get_iter(seq);
  if (!it) {
    if (error_matches(&exc::TypeError) && !type_of(seq)->tp_iter && !is_sequence(seq)) {
      clear_error();
      raise(&exc::TypeError, "cannot unpack non-iterable %.200s object", type_of(seq)->tp_name);
    }
    return -1;
  }
  int got = 0;
  auto fail = [&] {
    for (int i = 0; i < got; i++) {
      decref(out[i]);
      out[i] = nullptr;
    }
    decref(it);
    return -1;
  };
  for (; got < before; got++) {
    Object* item = iter_next(it);
    if (!item) {
      if (!error_occurred())
        raise(&exc::ValueError, "not enough values to unpack (expected at least %d, got %d)", before + after, got);
      return fail();
    }
    out[got] = item;
  }
  Object* rest = list_from_iterable(it);
  if (!rest) return fail();
  decref(it);
  ssize nrest = list_size(rest);
  if (nrest < after) {
    raise(&exc::ValueError, "not enough values to unpack (expected at least %d, got %zd)", before + after,
          before + nrest);
    decref(rest);
    for (int i = 0; i < before; i++) {
      decref(out[i]);
      out[i] = nullptr;
    }
    return -1;
  }
  // The last `after` items move out of the list.
  for (int i = 0; i < after; i++) out[before + 1 + i] = newref(list_item(rest, nrest - after + i));
  if (after > 0 && list_set_slice(rest, nrest - after, nrest, nullptr) < 0) {
    for (int i = 0; i < before + 1 + after; i++)
      if (i != before) {
        decref(out[i]);
        out[i] = nullptr;
      }
    decref(rest);
    return -1;
  }
  out[before] = rest;
  return 0;
}

}  // namespace dx
