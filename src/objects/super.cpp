// The super type: attribute lookup along the MRO of an object's type,
// starting after a given class. super() without arguments takes the class
// from the calling function's __class__ cell and the object from its first
// argument.
#include <cstddef>
#include <string>

#include "objects/cell.h"
#include "objects/dict.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/super.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "gc/gc.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"
#include "vm/frame.h"

namespace dx {

TypeObject SuperType;

namespace {

struct SuperObject : Object {
  TypeObject* type;
  Object* obj;
  TypeObject* obj_type;
};

SuperObject* as_super(Object* o) { return static_cast<SuperObject*>(o); }
Object* obj_of(TypeObject* t) { return reinterpret_cast<Object*>(t); }

// (The class of an instance of a subclass of super is released by
// subtype_dealloc, which calls this.)
void super_dealloc(Object* o) {
  gc_untrack(o);
  SuperObject* s = as_super(o);
  if (s->type) decref(obj_of(s->type));
  xdecref(s->obj);
  if (s->obj_type) decref(obj_of(s->obj_type));
  object_free(o);
}

Object* super_getattro(Object* self, Object* name) {
  SuperObject* s = as_super(self);
  // super().__class__ is the super type itself.
  bool skip = !s->obj_type || (is_str(name) && str_equal(name, names::dunder_class));
  if (!skip) {
    Object* mro = s->obj_type->tp_mro;
    ssize n = mro ? tuple_size(mro) : 0;
    ssize i = 0;
    while (i + 1 < n && tuple_item(mro, i) != obj_of(s->type)) i++;
    for (i++; i < n; i++) {
      Object* dict = reinterpret_cast<TypeObject*>(tuple_item(mro, i))->tp_dict;
      bool error = false;
      Object* res = dict ? dict_get_item(dict, name, &error) : nullptr;
      if (error) return nullptr;
      if (!res) continue;
      if (descrgetfunc get = type_of(res)->tp_descr_get) {
        incref(res);
        Object* r = get(res, s->obj == obj_of(s->obj_type) ? nullptr : s->obj, obj_of(s->obj_type));
        decref(res);
        return r;
      }
      return newref(res);
    }
  }
  return object_generic_getattr(self, name);
}

// The type whose MRO super() searches: obj's type, or obj if it is a
// subclass of `type`.
TypeObject* supercheck(TypeObject* type, Object* obj) {
  if (is_type(obj) && is_subtype(reinterpret_cast<TypeObject*>(obj), type)) return reinterpret_cast<TypeObject*>(obj);
  if (is_subtype(type_of(obj), type)) return type_of(obj);
  raise(&exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

// super(): the class from the __class__ cell, the first argument of the
// calling frame.
bool super_from_frame(TypeObject** type, Object** obj) {
  Frame* f = current_thread()->current_frame;
  if (!f) {
    raise(&exc::RuntimeError, "super(): no current frame");
    return false;
  }
  CodeObject* code = f->code;
  if (code->argcount == 0 && !(code->flags & kCoVarargs)) {
    raise(&exc::RuntimeError, "super(): no arguments");
    return false;
  }
  Object* first = f->regs[0];
  // A first argument that a closure captures lives in a cell.
  if (first && code_local_is_cell(code, 0)) first = static_cast<CellObject*>(first)->ob_ref;
  if (!first) {
    raise(&exc::RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  int first_free = code->nlocals + code->ncells;
  for (int i = first_free; i < first_free + code->nfrees; i++) {
    if (!str_equal(tuple_item(code->varnames, i), names::dunder_class)) continue;
    Object* cell = f->regs[i];
    Object* cls = cell ? static_cast<CellObject*>(cell)->ob_ref : nullptr;
    if (!cls) {
      raise(&exc::RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!is_type(cls)) {
      raise(&exc::RuntimeError, "super(): __class__ is not a type (%s)", type_of(cls)->tp_name);
      return false;
    }
    *type = reinterpret_cast<TypeObject*>(cls);
    *obj = first;
    return true;
  }
  raise(&exc::RuntimeError, "super(): __class__ cell not found");
  return false;
}

int super_init(Object* self, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) {
    raise(&exc::TypeError, "super() takes no keyword arguments");
    return -1;
  }
  ssize n = tuple_size(args);
  if (n > 2) {
    raise(&exc::TypeError, "super() takes at most 2 arguments (%zd given)", n);
    return -1;
  }
  TypeObject* type = nullptr;
  Object* obj = nullptr;
  if (n == 0) {
    if (!super_from_frame(&type, &obj)) return -1;
  } else {
    Object* t = tuple_item(args, 0);
    if (!is_type(t)) {
      raise(&exc::TypeError, "super() argument 1 must be a type, not %s", type_of(t)->tp_name);
      return -1;
    }
    type = reinterpret_cast<TypeObject*>(t);
    if (n == 2 && !is_none(tuple_item(args, 1))) obj = tuple_item(args, 1);
  }
  TypeObject* obj_type = nullptr;
  if (obj && !(obj_type = supercheck(type, obj))) return -1;
  SuperObject* s = as_super(self);
  incref(obj_of(type));
  if (obj) incref(obj);
  if (obj_type) incref(obj_of(obj_type));
  Object* olds[3] = {obj_of(s->type), s->obj, obj_of(s->obj_type)};
  s->type = type;
  s->obj = obj;
  s->obj_type = obj_type;
  for (Object* old : olds) xdecref(old);
  return 0;
}

int super_traverse(Object* o, visitproc visit, void* arg) {
  SuperObject* s = as_super(o);
  DX_VISIT(s->type);
  DX_VISIT(s->obj);
  DX_VISIT(s->obj_type);
  return 0;
}

Object* super_new(TypeObject* t, Object*, Object*) { return object_new_instance(t); }

Object* super_repr(Object* self) {
  SuperObject* s = as_super(self);
  // CPython shows the types' tp_name (a class's __name__, unqualified).
  std::string out = "<super: <class '";
  out += s->type ? s->type->tp_name : "NULL";
  out += "'>, ";
  if (s->obj_type) {
    out += "<";
    out += s->obj_type->tp_name;
    out += " object>";
  } else {
    out += "NULL";
  }
  out += ">";
  return str_from_utf8(out);
}

Object* super_descr_get(Object* self, Object* obj, Object*) {
  SuperObject* s = as_super(self);
  if (!obj || s->obj) return newref(self);
  TypeObject* obj_type = supercheck(s->type, obj);
  if (!obj_type) return nullptr;
  Object* copy = object_new_instance(&SuperType);
  if (!copy) return nullptr;
  SuperObject* c = as_super(copy);
  c->type = s->type;
  incref(obj_of(c->type));
  c->obj = newref(obj);
  c->obj_type = obj_type;
  incref(obj_of(obj_type));
  return copy;
}

MemberDef super_members[] = {
    {"__thisclass__", 6, offsetof(SuperObject, type), 1, nullptr},
    {"__self__", 6, offsetof(SuperObject, obj), 1, nullptr},
    {"__self_class__", 6, offsetof(SuperObject, obj_type), 1, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

}  // namespace

void init_super_type() {
  TypeObject& t = SuperType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "super";
  t.tp_basicsize = sizeof(SuperObject);
  t.tp_dealloc = super_dealloc;
  t.tp_repr = super_repr;
  t.tp_getattro = super_getattro;
  t.tp_descr_get = super_descr_get;
  t.tp_init = super_init;
  t.tp_new = super_new;
  t.tp_members = super_members;
  t.tp_traverse = super_traverse;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType;
}

}  // namespace dx
