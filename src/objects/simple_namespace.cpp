// types.SimpleNamespace: attributes in a dict, made from keyword
// arguments, shown as namespace(a=1, b=2), equal when the dicts are.
#include "objects/simple_namespace.h"

#include <cstddef>
#include <string>

#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"

namespace dx {

TypeObject SimpleNamespaceType;

namespace {

struct NamespaceObject : Object {
  Object* dict;
};

Object* ns_tp_new(TypeObject* type, Object*, Object*) {
  Object* o = object_new_instance(type);
  if (!o) return nullptr;
  auto* ns = static_cast<NamespaceObject*>(o);
  ns->dict = dict_new();
  if (!ns->dict) {
    decref(o);
    return nullptr;
  }
  return o;
}

int ns_tp_init(Object* self, Object* args, Object* kwargs) {
  if (tuple_size(args) != 0) {
    raise(&exc::TypeError, "no positional arguments expected");
    return -1;
  }
  if (!kwargs) return 0;
  ssize pos = 0;
  Object *k, *v;
  while (dict_next(kwargs, &pos, &k, &v)) {
    if (!is_str(k)) {
      raise(&exc::TypeError, "keywords must be strings");
      return -1;
    }
  }
  return dict_merge(static_cast<NamespaceObject*>(self)->dict, kwargs, DictMerge::kOverride);
}

void ns_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<NamespaceObject*>(o)->dict);
  object_free(o);
}

int ns_traverse(Object* o, visitproc visit, void* arg) {
  DX_VISIT(static_cast<NamespaceObject*>(o)->dict);
  return 0;
}

int ns_clear(Object* o) {
  auto* ns = static_cast<NamespaceObject*>(o);
  Object* d = ns->dict;
  ns->dict = nullptr;
  xdecref(d);
  return 0;
}

Object* ns_repr(Object* o) {
  const char* name = type_of(o) == &SimpleNamespaceType ? "namespace" : type_of(o)->tp_name;
  int r = repr_enter(o);
  if (r < 0) return nullptr;
  if (r > 0) return str_from_utf8(std::string(name) + "(...)");
  std::string text = std::string(name) + "(";
  Object* d = static_cast<NamespaceObject*>(o)->dict;
  ssize pos = 0;
  Object *k, *v;
  bool first = true;
  while (d && dict_next(d, &pos, &k, &v)) {
    if (!is_str(k)) continue;
    Object* vr = object_repr(v);
    if (!vr) {
      repr_leave(o);
      return nullptr;
    }
    if (!first) text += ", ";
    first = false;
    text += str_utf8(k);
    text += "=";
    text += str_utf8(vr);
    decref(vr);
  }
  repr_leave(o);
  text += ")";
  return str_from_utf8(text);
}

Object* ns_richcompare(Object* a, Object* b, int op) {
  if (!is_instance_of_type(a, &SimpleNamespaceType) || !is_instance_of_type(b, &SimpleNamespaceType) ||
      (op != kEq && op != kNe))
    return newref(not_implemented());
  return object_richcompare(static_cast<NamespaceObject*>(a)->dict, static_cast<NamespaceObject*>(b)->dict, op);
}

}  // namespace

Object* simple_namespace_new(Object* dict) {
  Object* o = ns_tp_new(&SimpleNamespaceType, nullptr, nullptr);
  if (o && dict && dict_merge(static_cast<NamespaceObject*>(o)->dict, dict, DictMerge::kOverride) < 0) {
    decref(o);
    return nullptr;
  }
  return o;
}

void init_simple_namespace_type() {
  SimpleNamespaceType.ob_refcnt = kImmortalRefcnt;
  SimpleNamespaceType.tp_name = "types.SimpleNamespace";
  SimpleNamespaceType.tp_basicsize = sizeof(NamespaceObject);
  SimpleNamespaceType.tp_dealloc = ns_dealloc;
  SimpleNamespaceType.tp_traverse = ns_traverse;
  SimpleNamespaceType.tp_clear = ns_clear;
  SimpleNamespaceType.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType;
  SimpleNamespaceType.tp_new = ns_tp_new;
  SimpleNamespaceType.tp_init = ns_tp_init;
  SimpleNamespaceType.tp_repr = ns_repr;
  SimpleNamespaceType.tp_richcompare = ns_richcompare;
  SimpleNamespaceType.tp_getattro = object_generic_getattr;
  SimpleNamespaceType.tp_setattro = object_generic_setattr;
  SimpleNamespaceType.tp_dictoffset = offsetof(NamespaceObject, dict);
  SimpleNamespaceType.tp_doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)";
}

}  // namespace dx
