#include "objects/builtin_function.h"

#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include "objects/descriptor.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "gc/gc.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject BuiltinFunctionType;

namespace {

// The owner named in messages: "list.append() takes ...". Builtin
// functions of modules (m_self null or a module) have none.
const char* owner_name(Object* self) {
  if (!self) return nullptr;
  if (is_type(self)) return type_short_name(reinterpret_cast<TypeObject*>(self));
  return type_of(self)->tp_name;
}

Object* builtin_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  auto* f = static_cast<BuiltinFunctionObject*>(callable);
  Object* self = f->m_self;
  const TypeObject* owner = !self ? nullptr : is_type(self) ? reinterpret_cast<TypeObject*>(self) : type_of(self);
  return call_method_def(f->m_ml, self, args, static_cast<ssize>(nargsf), kwnames, owner);
}

Object* builtin_repr(Object* o) {
  auto* f = static_cast<BuiltinFunctionObject*>(o);
  std::string s;
  if (!f->m_self) {
    s = "<built-in function ";
    s += f->m_ml->ml_name;
    s += ">";
  } else {
    char buf[48];
    std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(f->m_self));
    s = "<built-in method ";
    s += f->m_ml->ml_name;
    s += " of ";
    s += type_of(f->m_self)->tp_name;
    s += buf;
  }
  return str_from_utf8(s);
}

Object* builtin_get_name(Object* o, void*) { return str_from_utf8(static_cast<BuiltinFunctionObject*>(o)->m_ml->ml_name); }
Object* builtin_get_qualname(Object* o, void*) {
  auto* f = static_cast<BuiltinFunctionObject*>(o);
  const char* owner = owner_name(f->m_self);
  std::string s = owner ? std::string(owner) + "." + f->m_ml->ml_name : std::string(f->m_ml->ml_name);
  return str_from_utf8(s);
}
Object* builtin_get_self(Object* o, void*) {
  Object* self = static_cast<BuiltinFunctionObject*>(o)->m_self;
  return newref(self ? self : none());
}
Object* builtin_get_doc(Object* o, void*) {
  const char* doc = static_cast<BuiltinFunctionObject*>(o)->m_ml->ml_doc;
  return doc ? str_from_utf8(doc) : return_none();
}

Object* builtin_get_module(Object* o, void*) {
  Object* m = static_cast<BuiltinFunctionObject*>(o)->m_module;
  return newref(m ? m : none());
}
int builtin_set_module(Object* o, Object* v, void*) {
  auto* f = static_cast<BuiltinFunctionObject*>(o);
  Object* old = f->m_module;
  f->m_module = v ? newref(v) : nullptr;
  xdecref(old);
  return 0;
}

GetSetDef builtin_getset[] = {
    {"__module__", builtin_get_module, builtin_set_module, nullptr, nullptr},
    {"__name__", builtin_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", builtin_get_qualname, nullptr, nullptr, nullptr},
    {"__self__", builtin_get_self, nullptr, nullptr, nullptr},
    {"__doc__", builtin_get_doc, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

void builtin_dealloc(Object* o) {
  gc_untrack(o);
  auto* f = static_cast<BuiltinFunctionObject*>(o);
  xdecref(f->m_self);
  xdecref(f->m_module);
  object_free(o);
}

// A bound builtin method (l.append) refers to its object.
int builtin_traverse(Object* o, visitproc visit, void* arg) {
  auto* f = static_cast<BuiltinFunctionObject*>(o);
  DX_VISIT(f->m_self);
  DX_VISIT(f->m_module);
  return 0;
}

}  // namespace

Object* builtin_function_new(MethodDef* def, Object* self, Object* module) {
  auto* f = alloc_object<BuiltinFunctionObject>(&BuiltinFunctionType);
  if (!f) return nullptr;
  f->m_ml = def;
  f->m_self = self ? newref(self) : nullptr;
  f->m_module = module ? newref(module) : nullptr;
  f->m_weakreflist = nullptr;
  f->vectorcall = builtin_vectorcall;
  return f;
}

void init_builtin_function_type() {
  BuiltinFunctionType.ob_refcnt = kImmortalRefcnt;
  BuiltinFunctionType.tp_name = "builtin_function_or_method";
  BuiltinFunctionType.tp_basicsize = sizeof(BuiltinFunctionObject);
  BuiltinFunctionType.tp_dealloc = builtin_dealloc;
  BuiltinFunctionType.tp_vectorcall_offset = offsetof(BuiltinFunctionObject, vectorcall);
  BuiltinFunctionType.tp_traverse = builtin_traverse;
  BuiltinFunctionType.tp_flags = kTpDefault | kTpHaveGc | kTpHaveVectorcall;
  BuiltinFunctionType.tp_repr = builtin_repr;
  BuiltinFunctionType.tp_getset = builtin_getset;
}

}  // namespace dx
