#include "objects/builtin_function.h"

#include <cstddef>
#include <string_view>

#include "objects/tuple.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

TypeObject BuiltinFunctionType;

namespace {

Object* builtin_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  auto* f = static_cast<BuiltinFunctionObject*>(callable);
  MethodDef* def = f->m_ml;
  ssize nargs = static_cast<ssize>(nargsf);
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  int flags = def->ml_flags & ~(kMethClass | kMethStatic | kMethCoexist);
  if (flags == (kMethFastcall | kMethKeywords))
    return reinterpret_cast<FastcallKeywordsFunc>(reinterpret_cast<void*>(def->ml_meth))(f->m_self, args, nargs,
                                                                                        kwnames);
  if (nkw > 0) return raise(&exc::TypeError, "%s() takes no keyword arguments", def->ml_name);
  switch (flags) {
    case kMethNoArgs:
      if (nargs != 0) return raise(&exc::TypeError, "%s() takes no arguments (%zd given)", def->ml_name, nargs);
      return def->ml_meth(f->m_self, nullptr);
    case kMethO:
      if (nargs != 1)
        return raise(&exc::TypeError, "%s() takes exactly one argument (%zd given)", def->ml_name, nargs);
      return def->ml_meth(f->m_self, args[0]);
    case kMethVarargs: {
      Object* t = tuple_new(nargs);
      if (!t) return nullptr;
      for (ssize i = 0; i < nargs; i++) tuple_item(t, i) = newref(args[i]);
      Object* r = def->ml_meth(f->m_self, t);
      decref(t);
      return r;
    }
    default:
      return raise(&exc::SystemError, "%s() uses an unsupported calling convention", def->ml_name);
  }
}

void builtin_dealloc(Object* o) {
  auto* f = static_cast<BuiltinFunctionObject*>(o);
  xdecref(f->m_self);
  xdecref(f->m_module);
  object_free(o);
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
  BuiltinFunctionType.tp_flags = kTpDefault | kTpHaveVectorcall;
}

}  // namespace dx
