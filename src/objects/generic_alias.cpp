// types.GenericAlias: what list[int], dict[str, int] and tuple[int, ...]
// make (PEP 585), through the types' __class_getitem__ and type[...]. It
// keeps the origin and the arguments, prints as "list[int]", calls the
// origin, forwards other attributes to it and refuses isinstance().
#include "objects/generic_alias.h"

#include <string>

#include "gc/gc.h"
#include "objects/builtin_function.h"
#include "objects/descriptor.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/union_type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/names.h"

namespace dx {

TypeObject GenericAliasType;

namespace {

struct GenericAliasObject : Object {
  Object* origin;
  Object* args;        // a tuple
  Object* parameters;  // a tuple, computed on first use (null until then)
};

inline GenericAliasObject* as_alias(Object* o) { return static_cast<GenericAliasObject*>(o); }

template <typename F>
constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

void ga_dealloc(Object* o) {
  gc_untrack(o);
  auto* a = as_alias(o);
  decref(a->origin);
  decref(a->args);
  xdecref(a->parameters);
  object_free(o);
}

int ga_traverse(Object* o, visitproc visit, void* arg) {
  auto* a = as_alias(o);
  if (int r = visit(a->origin, arg)) return r;
  if (int r = visit(a->args, arg)) return r;
  return a->parameters ? visit(a->parameters, arg) : 0;
}

// The attribute `name` of o, or null without an error when it has none.
Object* lookup_attr(Object* o, const char* name) {
  Object* key = str_intern_utf8(name);
  if (!key) return nullptr;
  Object* v = object_getattr(o, key);
  decref(key);
  if (!v && error_matches(&exc::AttributeError)) clear_error();
  return v;
}

// How an argument shows inside the brackets: "..." for Ellipsis, a class
// by its (module-qualified) name, anything else by its repr.
bool append_item(std::string& out, Object* p) {
  if (p == ellipsis()) {
    out += "...";
    return true;
  }
  if (type_of(p) != &GenericAliasType) {
    Object* origin = lookup_attr(p, "__origin__");
    Object* args = origin ? lookup_attr(p, "__args__") : nullptr;
    xdecref(origin);
    xdecref(args);
    if (error_occurred()) return false;
    if (!origin || !args) {
      Object* qualname = lookup_attr(p, "__qualname__");
      Object* module = qualname ? lookup_attr(p, "__module__") : nullptr;
      if (error_occurred()) {
        xdecref(qualname);
        xdecref(module);
        return false;
      }
      if (qualname && module && is_str(qualname)) {
        if (is_str(module) && !str_equal_ascii(module, "builtins")) {
          out += str_utf8(module);
          out += '.';
        } else if (!is_str(module) && !is_none(module)) {
          Object* r = object_str(module);
          if (!r) {
            decref(qualname);
            decref(module);
            return false;
          }
          out += str_utf8(r);
          out += '.';
          decref(r);
        }
        out += str_utf8(qualname);
        decref(qualname);
        decref(module);
        return true;
      }
      xdecref(qualname);
      xdecref(module);
    }
  }
  Object* r = object_repr(p);
  if (!r) return false;
  out += str_utf8(r);
  decref(r);
  return true;
}

Object* ga_repr(Object* o) {
  auto* a = as_alias(o);
  std::string out;
  if (!append_item(out, a->origin)) return nullptr;
  out += '[';
  ssize n = tuple_size(a->args);
  if (n == 0) out += "()";
  for (ssize i = 0; i < n; i++) {
    if (i > 0) out += ", ";
    if (!append_item(out, tuple_item(a->args, i))) return nullptr;
  }
  out += ']';
  return str_from_utf8(out);
}

// The type variables among the arguments: objects with __typing_subst__,
// and the __parameters__ of other arguments, each once, in order.
Object* make_parameters(Object* args) {
  Object* params = tuple_new(0);
  if (!params) return nullptr;
  auto add = [&](Object* p) -> bool {
    for (ssize i = 0; i < tuple_size(params); i++)
      if (tuple_item(params, i) == p) return true;
    ssize n = tuple_size(params);
    Object* grown = tuple_new(n + 1);
    if (!grown) return false;
    for (ssize i = 0; i < n; i++) tuple_item(grown, i) = newref(tuple_item(params, i));
    tuple_item(grown, n) = newref(p);
    decref(params);
    params = grown;
    return true;
  };
  for (ssize i = 0; i < tuple_size(args); i++) {
    Object* t = tuple_item(args, i);
    if (is_type(t)) continue;
    Object* subst = lookup_attr(t, "__typing_subst__");
    if (subst) {
      decref(subst);
      if (!add(t)) return nullptr;
      continue;
    }
    if (error_occurred()) break;
    Object* sub = lookup_attr(t, "__parameters__");
    if (sub && is_tuple(sub)) {
      for (ssize k = 0; k < tuple_size(sub); k++)
        if (!add(tuple_item(sub, k))) {
          decref(sub);
          return nullptr;
        }
    }
    xdecref(sub);
    if (error_occurred()) break;
  }
  if (error_occurred()) {
    decref(params);
    return nullptr;
  }
  return params;
}

Object* get_parameters(Object* o, void*) {
  auto* a = as_alias(o);
  if (!a->parameters && !(a->parameters = make_parameters(a->args))) return nullptr;
  return newref(a->parameters);
}

// alias(...): origin(...), remembering the alias in __orig_class__ when the
// instance takes attributes.
Object* ga_vectorcall(Object* self, Object* const* args, size_t nargsf, Object* kwnames) {
  Object* obj = object_vectorcall(as_alias(self)->origin, args, nargsf, kwnames);
  if (!obj) return nullptr;
  Object* key = str_intern_utf8("__orig_class__");
  if (!key || object_setattr(obj, key, self) < 0) {
    if (!error_matches(&exc::AttributeError) && !error_matches(&exc::TypeError)) {
      xdecref(key);
      decref(obj);
      return nullptr;
    }
    clear_error();
  }
  xdecref(key);
  return obj;
}

Object* ga_call(Object* self, Object* args, Object* kwargs) {
  Object* kwnames = nullptr;
  ssize n = tuple_size(args), nk = kwargs ? dict_size(kwargs) : 0;
  Object* all = tuple_new(n + nk);
  if (!all) return nullptr;
  for (ssize i = 0; i < n; i++) tuple_item(all, i) = newref(tuple_item(args, i));
  if (nk) {
    kwnames = tuple_new(nk);
    if (!kwnames) {
      decref(all);
      return nullptr;
    }
    ssize pos = 0, k = 0;
    Object *key, *value;
    while (dict_next(kwargs, &pos, &key, &value)) {
      tuple_item(kwnames, k) = newref(key);
      tuple_item(all, n + k) = newref(value);
      k++;
    }
  }
  Object* r = ga_vectorcall(self, &tuple_item(all, 0), static_cast<size_t>(n), kwnames);
  decref(all);
  xdecref(kwnames);
  return r;
}

// Attributes the alias answers itself; every other one is the origin's.
bool own_attribute(Object* name) {
  static const char* const own[] = {"__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
                                    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__",
                                    "__reduce__", "__copy__", "__deepcopy__"};
  for (const char* n : own)
    if (str_equal_ascii(name, n)) return true;
  return false;
}

Object* ga_getattro(Object* self, Object* name) {
  if (is_str(name) && !own_attribute(name)) return object_getattr(as_alias(self)->origin, name);
  return object_generic_getattr(self, name);
}

Object* ga_richcompare(Object* a, Object* b, int op) {
  if (type_of(a) != &GenericAliasType || type_of(b) != &GenericAliasType || (op != kEq && op != kNe))
    return newref(not_implemented());
  int eq = object_richcompare_bool(as_alias(a)->origin, as_alias(b)->origin, kEq);
  if (eq > 0) eq = object_richcompare_bool(as_alias(a)->args, as_alias(b)->args, kEq);
  if (eq < 0) return nullptr;
  return newref(bool_object((eq > 0) == (op == kEq)));
}

hash_t ga_hash(Object* o) {
  hash_t h0 = object_hash(as_alias(o)->origin);
  if (h0 == -1) return -1;
  hash_t h1 = object_hash(as_alias(o)->args);
  if (h1 == -1) return -1;
  hash_t h = h0 ^ h1;
  return h == -1 ? -2 : h;
}

Object* ga_getitem(Object* self, Object* key) {
  Object* params = get_parameters(self, nullptr);
  if (!params) return nullptr;
  ssize n = tuple_size(params);
  decref(params);
  if (n == 0) {
    Object* r = object_repr(self);
    if (!r) return nullptr;
    std::string_view text = str_utf8(r);
    raise(&exc::TypeError, "%.*s is not a generic class", static_cast<int>(text.size()), text.data());
    decref(r);
    return nullptr;
  }
  return raise(&exc::TypeError, "substituting type variables needs the typing module, which dx-py does not have yet");
}

Object* m_mro_entries(Object* self, Object*) { return tuple_pack({as_alias(self)->origin}); }

Object* m_instancecheck(Object*, Object*) {
  return raise(&exc::TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

Object* m_subclasscheck(Object*, Object*) {
  return raise(&exc::TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

Object* ga_tp_new(TypeObject*, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) return raise(&exc::TypeError, "GenericAlias() takes no keyword arguments");
  if (tuple_size(args) != 2)
    return raise(&exc::TypeError, "GenericAlias expected 2 arguments, got %zd", tuple_size(args));
  return generic_alias_new(tuple_item(args, 0), tuple_item(args, 1));
}

MethodDef ga_methods[] = {
    {"__mro_entries__", cfunc(m_mro_entries), kMethO, nullptr},
    {"__instancecheck__", cfunc(m_instancecheck), kMethO, nullptr},
    {"__subclasscheck__", cfunc(m_subclasscheck), kMethO, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

MemberDef ga_members[] = {
    {"__origin__", kMemberObject, offsetof(GenericAliasObject, origin), kMemberReadonly, nullptr},
    {"__args__", kMemberObject, offsetof(GenericAliasObject, args), kMemberReadonly, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

GetSetDef ga_getset[] = {
    {"__parameters__", get_parameters, nullptr, "Type variables in the GenericAlias.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MappingMethods ga_as_mapping;
NumberMethods ga_as_number;

}  // namespace

Object* generic_alias_new(Object* origin, Object* args) {
  auto* a = alloc_object<GenericAliasObject>(&GenericAliasType);
  if (!a) return nullptr;
  a->origin = newref(origin);
  a->args = is_tuple(args) ? newref(args) : tuple_pack({args});
  a->parameters = nullptr;
  if (!a->args) {
    decref(a->origin);
    object_free(a);
    return nullptr;
  }
  return a;
}

Object* class_getitem(Object* cls, Object* args) { return generic_alias_new(cls, args); }

void init_generic_alias_type() {
  ga_as_mapping.mp_subscript = ga_getitem;
  ga_as_number.nb_or = union_or;
  TypeObject& t = GenericAliasType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "types.GenericAlias";
  t.tp_basicsize = sizeof(GenericAliasObject);
  t.tp_dealloc = ga_dealloc;
  t.tp_traverse = ga_traverse;
  t.tp_repr = ga_repr;
  t.tp_as_mapping = &ga_as_mapping;
  t.tp_as_number = &ga_as_number;
  t.tp_hash = ga_hash;
  t.tp_call = ga_call;
  t.tp_getattro = ga_getattro;
  t.tp_richcompare = ga_richcompare;
  t.tp_methods = ga_methods;
  t.tp_members = ga_members;
  t.tp_getset = ga_getset;
  t.tp_new = ga_tp_new;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType;
  t.tp_doc =
      "Represent a PEP 585 generic type\n\n"
      "E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).";
}

}  // namespace dx
