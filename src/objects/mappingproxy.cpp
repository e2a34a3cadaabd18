// mappingproxy (mappingproxy.h): reads go to the mapping, writes fail.
#include "objects/mappingproxy.h"

#include <string>

#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "gc/gc.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject MappingProxyType;

namespace {

Object* inner(Object* o) { return static_cast<MappingProxyObject*>(o)->mapping; }

void mp_dealloc(Object* o) {
  gc_untrack(o);
  decref(inner(o));
  object_free(o);
}

int mp_traverse(Object* o, visitproc visit, void* arg) {
  DX_VISIT(inner(o));
  return 0;
}

ssize mp_len(Object* o) { return object_length(inner(o)); }
Object* mp_getitem(Object* o, Object* key) { return object_getitem(inner(o), key); }
int mp_contains(Object* o, Object* key) {
  if (is_dict(inner(o))) return dict_contains(inner(o), key);
  SequenceMethods* sq = type_of(inner(o))->tp_as_sequence;
  if (sq && sq->sq_contains) return sq->sq_contains(inner(o), key);
  return -1;
}
Object* mp_iter(Object* o) { return object_get_iter(inner(o)); }
Object* mp_str(Object* o) { return object_str(inner(o)); }

Object* mp_repr(Object* o) {
  Object* r = object_repr(inner(o));
  if (!r) return nullptr;
  std::string s = "mappingproxy(";
  s += str_utf8(r);
  s += ")";
  decref(r);
  return str_from_utf8(s);
}

Object* mp_richcompare(Object* a, Object* b, int op) { return object_richcompare(inner(a), b, op); }

// The methods forward to the mapping's own.
Object* forward(Object* self, const char* name, Object* const* args, ssize nargs) {
  Object* n = str_intern_utf8(name);
  if (!n) return nullptr;
  Object* m = object_getattr(inner(self), n);
  decref(n);
  if (!m) return nullptr;
  Object* r = object_vectorcall(m, args, static_cast<size_t>(nargs), nullptr);
  decref(m);
  return r;
}
Object* mp_keys(Object* self, Object*) { return forward(self, "keys", nullptr, 0); }
Object* mp_values(Object* self, Object*) { return forward(self, "values", nullptr, 0); }
Object* mp_items(Object* self, Object*) { return forward(self, "items", nullptr, 0); }
Object* mp_copy(Object* self, Object*) { return forward(self, "copy", nullptr, 0); }
Object* mp_get(Object* self, Object* const* args, ssize nargs) {
  if (nargs < 1 || nargs > 2)
    return raise(&exc::TypeError, "get expected at most 2 arguments, got %zd", nargs);
  return forward(self, "get", args, nargs);
}

MethodDef mp_methods[] = {
    {"keys", reinterpret_cast<CFunction>(mp_keys), kMethNoArgs, nullptr},
    {"values", reinterpret_cast<CFunction>(mp_values), kMethNoArgs, nullptr},
    {"items", reinterpret_cast<CFunction>(mp_items), kMethNoArgs, nullptr},
    {"copy", reinterpret_cast<CFunction>(mp_copy), kMethNoArgs, nullptr},
    {"get", reinterpret_cast<CFunction>(reinterpret_cast<void*>(mp_get)), kMethFastcall, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

MappingMethods mp_as_mapping = {mp_len, mp_getitem, nullptr};
SequenceMethods mp_as_sequence = {nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, mp_contains,
                                  nullptr, nullptr};

}  // namespace

Object* mappingproxy_new(Object* mapping) {
  auto* p = alloc_object<MappingProxyObject>(&MappingProxyType);
  if (!p) return nullptr;
  p->mapping = newref(mapping);
  return p;
}

void init_mappingproxy_type() {
  TypeObject& t = MappingProxyType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "mappingproxy";
  t.tp_basicsize = sizeof(MappingProxyObject);
  t.tp_dealloc = mp_dealloc;
  t.tp_repr = mp_repr;
  t.tp_str = mp_str;
  t.tp_as_mapping = &mp_as_mapping;
  t.tp_as_sequence = &mp_as_sequence;
  t.tp_iter = mp_iter;
  t.tp_richcompare = mp_richcompare;
  t.tp_methods = mp_methods;
  t.tp_traverse = mp_traverse;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpMapping;
}

}  // namespace dx
