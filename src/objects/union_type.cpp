// types.UnionType: what `int | None` makes (PEP 604). The arguments are
// flattened and deduplicated (None kept as NoneType); a union of one type
// is that type. Unions compare as sets, print as "int | None" and serve
// isinstance() and issubclass() (builtins.cpp looks at their arguments).
#include "objects/union_type.h"

#include <string>

#include "gc/gc.h"
#include "objects/descriptor.h"
#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject UnionType;

namespace {

struct UnionObject : Object {
  Object* args;        // a tuple of two or more
  Object* parameters;  // computed on first use (null until then)
};

inline UnionObject* as_union(Object* o) { return static_cast<UnionObject*>(o); }

void union_dealloc(Object* o) {
  gc_untrack(o);
  decref(as_union(o)->args);
  xdecref(as_union(o)->parameters);
  object_free(o);
}

int union_traverse(Object* o, visitproc visit, void* arg) {
  if (int r = visit(as_union(o)->args, arg)) return r;
  return as_union(o)->parameters ? visit(as_union(o)->parameters, arg) : 0;
}

// What may stand on either side of | (CPython 3.11's is_unionable).
bool is_unionable(Object* o) {
  return is_none(o) || is_type(o) || type_of(o) == &GenericAliasType || type_of(o) == &UnionType;
}

Object* attr_or_null(Object* o, const char* name) {
  Object* key = str_intern_utf8(name);
  if (!key) return nullptr;
  Object* v = object_getattr(o, key);
  decref(key);
  if (!v && error_matches(&exc::AttributeError)) clear_error();
  return v;
}

// One argument as it shows: None, a class by its qualified name, else repr.
bool append_item(std::string& out, Object* p) {
  if (p == reinterpret_cast<Object*>(&NoneType)) {
    out += "None";
    return true;
  }
  if (type_of(p) != &GenericAliasType) {
    Object* qualname = attr_or_null(p, "__qualname__");
    Object* module = qualname ? attr_or_null(p, "__module__") : nullptr;
    if (error_occurred()) {
      xdecref(qualname);
      xdecref(module);
      return false;
    }
    if (qualname && module && is_str(qualname) && is_str(module)) {
      if (!str_equal_ascii(module, "builtins")) {
        out += str_utf8(module);
        out += '.';
      }
      out += str_utf8(qualname);
      decref(qualname);
      decref(module);
      return true;
    }
    xdecref(qualname);
    xdecref(module);
  }
  Object* r = object_repr(p);
  if (!r) return false;
  out += str_utf8(r);
  decref(r);
  return true;
}

Object* union_repr(Object* o) {
  Object* args = as_union(o)->args;
  std::string out;
  for (ssize i = 0; i < tuple_size(args); i++) {
    if (i > 0) out += " | ";
    if (!append_item(out, tuple_item(args, i))) return nullptr;
  }
  return str_from_utf8(out);
}

// The arguments of a | b: unions expanded, None as NoneType, duplicates
// dropped (generic aliases compared with ==, everything else by identity).
Object* union_args_of(Object* a, Object* b) {
  Object* flat = list_new(0);
  if (!flat) return nullptr;
  for (Object* side : {a, b}) {
    Object* items = type_of(side) == &UnionType ? as_union(side)->args : nullptr;
    ssize n = items ? tuple_size(items) : 1;
    for (ssize i = 0; i < n; i++) {
      Object* arg = items ? tuple_item(items, i) : side;
      if (is_none(arg)) arg = reinterpret_cast<Object*>(&NoneType);
      int dup = 0;
      for (ssize j = 0; j < list_size(flat) && !dup; j++) {
        Object* seen = list_item(flat, j);
        bool both_ga = type_of(arg) == &GenericAliasType && type_of(seen) == &GenericAliasType;
        dup = both_ga ? object_richcompare_bool(arg, seen, kEq) : arg == seen;
        if (dup < 0) {
          decref(flat);
          return nullptr;
        }
      }
      if (!dup && list_append(flat, arg) < 0) {
        decref(flat);
        return nullptr;
      }
    }
  }
  Object* t = list_as_tuple(flat);
  decref(flat);
  return t;
}

Object* union_richcompare(Object* a, Object* b, int op) {
  if (type_of(a) != &UnionType || type_of(b) != &UnionType || (op != kEq && op != kNe))
    return newref(not_implemented());
  Object* sa = set_new(as_union(a)->args);
  Object* sb = sa ? set_new(as_union(b)->args) : nullptr;
  Object* r = sb ? object_richcompare(sa, sb, op) : nullptr;
  xdecref(sa);
  xdecref(sb);
  return r;
}

hash_t union_hash(Object* o) {
  Object* s = frozenset_new(as_union(o)->args);
  if (!s) return -1;
  hash_t h = object_hash(s);
  decref(s);
  return h;
}

Object* union_parameters(Object* o, void*) {
  auto* u = as_union(o);
  if (!u->parameters) {
    // The type variables of the arguments (none without the typing module).
    Object* ga = generic_alias_new(reinterpret_cast<Object*>(&UnionType), u->args);
    if (!ga) return nullptr;
    Object* key = str_intern_utf8("__parameters__");
    u->parameters = key ? object_getattr(ga, key) : nullptr;
    xdecref(key);
    decref(ga);
    if (!u->parameters) return nullptr;
  }
  return newref(u->parameters);
}

Object* union_getitem(Object* self, Object* key) {
  Object* params = union_parameters(self, nullptr);
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

MemberDef union_members[] = {
    {"__args__", kMemberObject, offsetof(UnionObject, args), kMemberReadonly, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

GetSetDef union_getset[] = {
    {"__parameters__", union_parameters, nullptr, "Type variables in the types.UnionType.", nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

NumberMethods union_as_number;
MappingMethods union_as_mapping;

}  // namespace

Object* union_or(Object* a, Object* b) {
  if (!is_unionable(a) || !is_unionable(b)) return newref(not_implemented());
  Object* args = union_args_of(a, b);
  if (!args) return nullptr;
  if (tuple_size(args) == 1) {
    Object* only = newref(tuple_item(args, 0));
    decref(args);
    return only;
  }
  auto* u = alloc_object<UnionObject>(&UnionType);
  if (!u) {
    decref(args);
    return nullptr;
  }
  u->args = args;
  u->parameters = nullptr;
  return u;
}

Object* union_args(Object* u) { return as_union(u)->args; }

void init_union_type() {
  union_as_number.nb_or = union_or;
  union_as_mapping.mp_subscript = union_getitem;
  TypeObject& t = UnionType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "types.UnionType";
  t.tp_basicsize = sizeof(UnionObject);
  t.tp_dealloc = union_dealloc;
  t.tp_traverse = union_traverse;
  t.tp_repr = union_repr;
  t.tp_as_number = &union_as_number;
  t.tp_as_mapping = &union_as_mapping;
  t.tp_hash = union_hash;
  t.tp_richcompare = union_richcompare;
  t.tp_getattro = object_generic_getattr;
  t.tp_members = union_members;
  t.tp_getset = union_getset;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
  t.tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str";
}

}  // namespace dx
