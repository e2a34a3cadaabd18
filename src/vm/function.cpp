#include "vm/function.h"

#include <cstddef>
#include <initializer_list>

#include "objects/dict.h"
#include "objects/str.h"
#include "runtime/alloc.h"
#include "vm/interpreter.h"

namespace dx {

TypeObject FunctionType;

namespace {

void function_dealloc(Object* o) {
  auto* f = static_cast<FunctionObject*>(o);
  for (Object* field : {static_cast<Object*>(f->code), f->globals, f->builtins, f->name, f->qualname, f->defaults,
                        f->kwdefaults, f->closure, f->doc, f->dict, f->module, f->annotations})
    xdecref(field);
  object_free(o);
}

}  // namespace

Object* function_new(CodeObject* code, Object* globals, Object* builtins, Object* qualname) {
  auto* f = alloc_object<FunctionObject>(&FunctionType);
  if (!f) return nullptr;
  f->vectorcall = function_vectorcall;
  f->code = static_cast<CodeObject*>(newref(code));
  f->globals = newref(globals);
  f->builtins = newref(builtins);
  f->name = newref(code->name);
  f->qualname = newref(qualname);
  f->defaults = f->kwdefaults = f->closure = f->doc = f->dict = f->module = f->annotations = nullptr;
  // __module__ is the defining module's __name__, as in CPython.
  if (is_dict(globals)) {
    Object* key = str_from_ascii("__name__");
    if (!key) {
      decref(f);
      return nullptr;
    }
    bool error = false;
    Object* name = dict_get_item(globals, key, &error);
    decref(key);
    if (error) {
      decref(f);
      return nullptr;
    }
    f->module = name ? newref(name) : nullptr;
  }
  return f;
}

void init_function_type() {
  FunctionType.ob_refcnt = kImmortalRefcnt;
  FunctionType.tp_name = "function";
  FunctionType.tp_basicsize = sizeof(FunctionObject);
  FunctionType.tp_dealloc = function_dealloc;
  FunctionType.tp_vectorcall_offset = offsetof(FunctionObject, vectorcall);
  FunctionType.tp_flags = kTpDefault | kTpHaveVectorcall | kTpMethodDescriptor;
}

}  // namespace dx
