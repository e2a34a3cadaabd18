// exit and quit: the two _sitebuiltins.Quitter instances CPython's site
// module adds to builtins. dx-py has no site module, so they are native: an
// instance keeps `name` and `eof` in its __dict__ (as the Python class
// does), its repr tells how to leave the interactive prompt, and calling it
// raises SystemExit(code).
#include <cstddef>

#include "modules/builtins.h"
#include "objects/dict.h"
#include "objects/seq_internal.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "gc/gc.h"

namespace dx {

TypeObject QuitterType;

namespace {

struct QuitterObject : Object {
  Object* dict;
};

// "Use exit() or Ctrl-D (i.e. EOF) to exit", from the current attributes.
Object* quitter_repr(Object* self) {
  Object* parts[2] = {};
  const char* names[2] = {"name", "eof"};
  Object* result = nullptr;
  for (int i = 0; i < 2; i++) {
    Object* attr = str_intern_utf8(names[i]);
    Object* v = attr ? object_getattr(self, attr) : nullptr;
    xdecref(attr);
    if (!v) goto done;
    parts[i] = object_str(v);
    decref(v);
    if (!parts[i]) goto done;
  }
  result = str_join_ascii("Use ", "() or ", " to exit", parts, 2);
done:
  for (Object* p : parts) xdecref(p);
  return result;
}

// __call__(self, code=None): the argument errors of the Python method.
Object* quitter_call(Object* self, Object* args, Object* kwargs) {
  ssize nargs = tuple_size(args);
  Object* code = nargs > 0 ? tuple_item(args, 0) : nullptr;
  if (kwargs) {
    Object *key, *value;
    ssize pos = 0;
    while (dict_next(kwargs, &pos, &key, &value)) {
      if (!is_str(key) || str_utf8(key) != "code") {
        Object* r = object_repr(key);
        if (!r) return nullptr;
        raise(&exc::TypeError, "Quitter.__call__() got an unexpected keyword argument %s", str_utf8(r).data());
        decref(r);
        return nullptr;
      }
      if (code) return raise(&exc::TypeError, "Quitter.__call__() got multiple values for argument 'code'");
      code = value;
    }
  }
  if (nargs > 1)
    return raise(&exc::TypeError, "Quitter.__call__() takes from 1 to 2 positional arguments but %zd were given",
                 nargs + 1);
  // TODO(import): close sys.stdin first, as CPython does, once sys exists.
  Object* exit_args = tuple_pack({code ? code : none()});
  if (!exit_args) return nullptr;
  Object* e = exception_new(&exc::SystemExit, exit_args);
  decref(exit_args);
  if (!e) return nullptr;
  raise_object(&exc::SystemExit, e);
  decref(e);
  return nullptr;
}

Object* quitter_get_dict(Object* o, void*) {
  auto* q = static_cast<QuitterObject*>(o);
  if (!q->dict) q->dict = dict_new();
  return q->dict ? newref(q->dict) : nullptr;
}

int quitter_traverse(Object* o, visitproc visit, void* arg) {
  DX_VISIT(static_cast<QuitterObject*>(o)->dict);
  return 0;
}

int quitter_clear(Object* o) {
  auto* q = static_cast<QuitterObject*>(o);
  Object* d = q->dict;
  q->dict = nullptr;
  xdecref(d);
  return 0;
}

void quitter_dealloc(Object* o) {
  gc_untrack(o);
  quitter_clear(o);
  object_free(o);
}

GetSetDef quitter_getset[] = {
    {"__dict__", quitter_get_dict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

}  // namespace

void init_quitter_type() {
  TypeObject& t = QuitterType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "_sitebuiltins.Quitter";
  t.tp_basicsize = sizeof(QuitterObject);
  t.tp_dealloc = quitter_dealloc;
  t.tp_repr = quitter_repr;
  t.tp_call = quitter_call;
  t.tp_getattro = object_generic_getattr;
  t.tp_setattro = object_generic_setattr;
  t.tp_getset = quitter_getset;
  t.tp_dictoffset = offsetof(QuitterObject, dict);
  t.tp_traverse = quitter_traverse;
  t.tp_clear = quitter_clear;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType;
}

namespace {

// A Quitter named `name` in the builtins dict.
int add_quitter(Object* dict, const char* name) {
  Object* q = object_new_instance(&QuitterType);
  if (!q) return -1;
  Object* d = quitter_get_dict(q, nullptr);
  Object* key = str_intern_utf8(name);
  Object* name_str = str_from_utf8(name);
  Object* eof = str_from_utf8("Ctrl-D (i.e. EOF)");
  Object* name_key = str_intern_utf8("name");
  Object* eof_key = str_intern_utf8("eof");
  int r = d && key && name_str && eof && name_key && eof_key && dict_set_item(d, name_key, name_str) == 0 &&
                  dict_set_item(d, eof_key, eof) == 0 && dict_set_item(dict, key, q) == 0
              ? 0
              : -1;
  for (Object* o : {d, key, name_str, eof, name_key, eof_key, q}) xdecref(o);
  return r;
}

}  // namespace

int add_exit_builtins(Object* dict) {
  return add_quitter(dict, "exit") == 0 && add_quitter(dict, "quit") == 0 ? 0 : -1;
}

}  // namespace dx
