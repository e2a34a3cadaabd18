// The descriptors for C++ code in type dicts (descriptor.h).
#include "objects/descriptor.h"

#include <cstddef>
#include <cstdio>
#include <vector>
#include <string>

#include "gc/gc.h"
#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_slots.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "runtime/names.h"

namespace dx {

TypeObject MethodDescrType, ClassMethodDescrType, MemberDescrType, GetSetDescrType, WrapperDescrType,
    MethodWrapperType;

namespace {

const char* descr_name(DescrObject* d) { return str_utf8(d->d_name).data(); }

template <typename T>
T* descr_alloc(TypeObject* descr_type, TypeObject* owner, const char* name, Object* name_object = nullptr) {
  auto* d = alloc_object<T>(descr_type);
  if (!d) return nullptr;
  d->d_type = owner;
  incref(reinterpret_cast<Object*>(owner));
  d->d_name = name_object ? newref(name_object) : str_intern_utf8(name);
  d->d_qualname = nullptr;
  if (!d->d_name) {
    decref(d);
    return nullptr;
  }
  return d;
}

// A class's descriptors (its __slots__ members, __dict__) refer to it.
int descr_traverse(Object* o, visitproc visit, void* arg) {
  DX_VISIT(static_cast<DescrObject*>(o)->d_type);
  return 0;
}

void descr_dealloc(Object* o) {
  gc_untrack(o);
  auto* d = static_cast<DescrObject*>(o);
  decref(reinterpret_cast<Object*>(d->d_type));
  xdecref(d->d_name);
  xdecref(d->d_qualname);
  object_free(o);
}

// "<kind 'name' of 'T' objects>"
Object* descr_repr_as(Object* o, const char* kind) {
  auto* d = static_cast<DescrObject*>(o);
  std::string s = "<";
  s += kind;
  s += " '";
  s += str_utf8(d->d_name);
  s += "' of '";
  s += type_short_name(d->d_type);
  s += "' objects>";
  return str_from_utf8(s);
}
Object* method_descr_repr(Object* o) { return descr_repr_as(o, "method"); }
Object* member_descr_repr(Object* o) { return descr_repr_as(o, "member"); }
Object* getset_descr_repr(Object* o) { return descr_repr_as(o, "attribute"); }
Object* wrapper_descr_repr(Object* o) { return descr_repr_as(o, "slot wrapper"); }

// ---- method_descriptor ----------------------------------------------------------

Object* method_descr_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  auto* d = static_cast<MethodDescrObject*>(callable);
  auto nargs = static_cast<ssize>(nargsf);
  if (nargs < 1)
    return raise(&exc::TypeError, "unbound method %s.%s() needs an argument", type_short_name(d->d_type),
                 d->d_method->ml_name);
  if (!descr_check(d, args[0])) return nullptr;
  return call_method_def(d->d_method, args[0], args + 1, nargs - 1, kwnames, d->d_type);
}

Object* method_descr_get(Object* self, Object* obj, Object*) {
  auto* d = static_cast<MethodDescrObject*>(self);
  if (!obj) return newref(self);
  if (!descr_check(d, obj)) return nullptr;
  return builtin_function_new(d->d_method, obj, nullptr);
}

// classmethod_descriptor: dict.fromkeys; bound to the class.
Object* classmethod_descr_get(Object* self, Object* obj, Object* type) {
  auto* d = static_cast<MethodDescrObject*>(self);
  if (!type) type = reinterpret_cast<Object*>(type_of(obj));
  if (!is_type(type) || !is_subtype(reinterpret_cast<TypeObject*>(type), d->d_type))
    return raise(&exc::TypeError, "descriptor '%s' for type '%s' needs a subtype of '%s', not '%s'",
                 d->d_method->ml_name, type_short_name(d->d_type), type_short_name(d->d_type),
                 is_type(type) ? type_short_name(reinterpret_cast<TypeObject*>(type)) : type_of(type)->tp_name);
  return builtin_function_new(d->d_method, type, nullptr);
}

Object* classmethod_descr_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  auto* d = static_cast<MethodDescrObject*>(callable);
  auto nargs = static_cast<ssize>(nargsf);
  if (nargs < 1)
    return raise(&exc::TypeError, "descriptor '%s' of '%s' object needs an argument", d->d_method->ml_name,
                 type_short_name(d->d_type));
  Object* bound = classmethod_descr_get(callable, nullptr, args[0]);
  if (!bound) return nullptr;
  Object* r = object_vectorcall(bound, args + 1, static_cast<size_t>(nargs - 1), kwnames);
  decref(bound);
  return r;
}

// ---- member_descriptor ------------------------------------------------------------

Object* member_get(Object* self, Object* obj, Object*) {
  auto* d = static_cast<MemberDescrObject*>(self);
  if (!obj) return newref(self);
  if (!descr_check(d, obj)) return nullptr;
  char* addr = reinterpret_cast<char*>(obj) + d->d_member->offset;
  switch (d->d_member->type) {
    case kMemberObject: {
      Object* v = *reinterpret_cast<Object**>(addr);
      return newref(v ? v : none());
    }
    case kMemberObjectEx: {
      Object* v = *reinterpret_cast<Object**>(addr);
      if (!v) return raise_attribute_error(obj, d->d_name);
      return newref(v);
    }
    case kMemberInt: return int_from_int64(*reinterpret_cast<int*>(addr));
    case kMemberLong: return int_from_int64(*reinterpret_cast<long*>(addr));
    case kMemberSsize: return int_from_int64(*reinterpret_cast<ssize*>(addr));
    case kMemberBool: return newref(bool_object(*addr != 0));
    case kMemberDouble: return float_from_double(*reinterpret_cast<double*>(addr));
    default: return raise(&exc::SystemError, "bad member type %d", d->d_member->type);
  }
}

int member_set(Object* self, Object* obj, Object* value) {
  auto* d = static_cast<MemberDescrObject*>(self);
  if (!descr_check(d, obj)) return -1;
  if (d->d_member->flags & kMemberReadonly) {
    raise(&exc::AttributeError, "readonly attribute");
    return -1;
  }
  char* addr = reinterpret_cast<char*>(obj) + d->d_member->offset;
  switch (d->d_member->type) {
    case kMemberObject:
    case kMemberObjectEx: {
      Object** slot = reinterpret_cast<Object**>(addr);
      Object* old = *slot;
      if (!value && d->d_member->type == kMemberObjectEx && !old) {
        raise_object(&exc::AttributeError, d->d_name);  // CPython's message: the bare name
        return -1;
      }
      *slot = value ? newref(value) : nullptr;
      xdecref(old);
      return 0;
    }
    default:
      if (!value) {
        raise(&exc::TypeError, "can't delete numeric/char attribute");
        return -1;
      }
      if (d->d_member->type == kMemberBool && !is_bool(value)) {
        raise(&exc::TypeError, "attribute value type must be bool");
        return -1;
      }
      if (!is_int(value)) {
        raise(&exc::TypeError, "an integer is required");
        return -1;
      }
      auto v = int_to_int64(value);
      if (!v) {
        raise(&exc::OverflowError, "Python int too large to convert to C long");
        return -1;
      }
      switch (d->d_member->type) {
        case kMemberInt: *reinterpret_cast<int*>(addr) = static_cast<int>(*v); break;
        case kMemberLong: *reinterpret_cast<long*>(addr) = static_cast<long>(*v); break;
        case kMemberSsize: *reinterpret_cast<ssize*>(addr) = static_cast<ssize>(*v); break;
        case kMemberBool: *addr = *v != 0; break;
        default: raise(&exc::SystemError, "bad member type"); return -1;
      }
      return 0;
  }
}

// ---- getset_descriptor --------------------------------------------------------------

Object* getset_get(Object* self, Object* obj, Object*) {
  auto* d = static_cast<GetSetDescrObject*>(self);
  if (!obj) return newref(self);
  if (!descr_check(d, obj)) return nullptr;
  if (!d->d_getset->get)
    return raise(&exc::AttributeError, "attribute '%s' of '%s' objects is not readable", descr_name(d),
                 type_short_name(d->d_type));
  return d->d_getset->get(obj, d->d_getset->closure);
}

int getset_set(Object* self, Object* obj, Object* value) {
  auto* d = static_cast<GetSetDescrObject*>(self);
  if (!descr_check(d, obj)) return -1;
  if (!d->d_getset->set) {
    raise(&exc::AttributeError, "attribute '%s' of '%s' objects is not writable", descr_name(d),
          type_short_name(d->d_type));
    return -1;
  }
  return d->d_getset->set(obj, value, d->d_getset->closure);
}

// ---- wrapper_descriptor and method-wrapper ----------------------------------------

Object* call_wrapper(WrapperDescrObject* d, Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0 && !d->d_base->keywords)
    return raise(&exc::TypeError, "wrapper %s() takes no keyword arguments", d->d_base->name);
  return d->d_base->wrapper(self, args, nargs, kwnames, d->d_wrapped);
}

Object* wrapper_descr_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  auto* d = static_cast<WrapperDescrObject*>(callable);
  auto nargs = static_cast<ssize>(nargsf);
  if (nargs < 1)
    return raise(&exc::TypeError, "descriptor '%s' of '%s' object needs an argument", descr_name(d),
                 type_short_name(d->d_type));
  if (!is_instance_of_type(args[0], d->d_type))
    return raise(&exc::TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", descr_name(d),
                 type_short_name(d->d_type), type_of(args[0])->tp_name);
  return call_wrapper(d, args[0], args + 1, nargs - 1, kwnames);
}

Object* wrapper_descr_get(Object* self, Object* obj, Object*) {
  auto* d = static_cast<WrapperDescrObject*>(self);
  if (!obj) return newref(self);
  if (!descr_check(d, obj)) return nullptr;
  auto* w = alloc_object<MethodWrapperObject>(&MethodWrapperType);
  if (!w) return nullptr;
  w->descr = static_cast<WrapperDescrObject*>(newref(self));
  w->self = newref(obj);
  return w;
}

int method_wrapper_traverse(Object* o, visitproc visit, void* arg) {
  auto* w = static_cast<MethodWrapperObject*>(o);
  DX_VISIT(w->descr);
  DX_VISIT(w->self);
  return 0;
}

void method_wrapper_dealloc(Object* o) {
  gc_untrack(o);
  auto* w = static_cast<MethodWrapperObject*>(o);
  decref(w->descr);
  decref(w->self);
  object_free(o);
}

// tp_call's tuple and dict as a vector and keyword names (a new tuple or null).
bool unpack_call(Object* args, Object* kwargs, std::vector<Object*>& stack, Object** kwnames) {
  *kwnames = nullptr;
  for (ssize i = 0; i < tuple_size(args); i++) stack.push_back(tuple_item(args, i));
  if (!kwargs || dict_size(kwargs) == 0) return true;
  *kwnames = tuple_new(dict_size(kwargs));
  if (!*kwnames) return false;
  ssize pos = 0, i = 0;
  Object *key, *value;
  while (dict_next(kwargs, &pos, &key, &value)) {
    tuple_item(*kwnames, i++) = newref(key);
    stack.push_back(value);
  }
  return true;
}

Object* wrapper_descr_call(Object* o, Object* args, Object* kwargs) {
  std::vector<Object*> stack;
  Object* kwnames;
  if (!unpack_call(args, kwargs, stack, &kwnames)) return nullptr;
  Object* r = wrapper_descr_vectorcall(o, stack.data(), static_cast<size_t>(tuple_size(args)), kwnames);
  xdecref(kwnames);
  return r;
}

Object* method_wrapper_call(Object* o, Object* args, Object* kwargs) {
  auto* w = static_cast<MethodWrapperObject*>(o);
  std::vector<Object*> stack;
  Object* kwnames;
  if (!unpack_call(args, kwargs, stack, &kwnames)) return nullptr;
  Object* r = call_wrapper(w->descr, w->self, stack.data(), tuple_size(args), kwnames);
  xdecref(kwnames);
  return r;
}

Object* method_wrapper_repr(Object* o) {
  auto* w = static_cast<MethodWrapperObject*>(o);
  char buf[64];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(w->self));
  std::string s = "<method-wrapper '";
  s += str_utf8(w->descr->d_name);
  s += "' of ";
  s += type_of(w->self)->tp_name;
  s += buf;
  return str_from_utf8(s);
}

// The attributes every descriptor has: __name__, __qualname__ ("list.append"),
// __objclass__ and __doc__.
Object* descr_get_qualname(Object* o, void*) {
  auto* d = static_cast<DescrObject*>(o);
  Object* owner_name = object_getattr(reinterpret_cast<Object*>(d->d_type), names::dunder_qualname);
  if (!owner_name) return nullptr;
  std::string s(is_str(owner_name) ? str_utf8(owner_name) : std::string_view("?"));
  decref(owner_name);
  s += '.';
  s += str_utf8(d->d_name);
  return str_from_utf8(s);
}

Object* descr_get_objclass(Object* o, void*) {
  return newref(reinterpret_cast<Object*>(static_cast<DescrObject*>(o)->d_type));
}

Object* doc_or_none(const char* doc) { return doc ? str_from_utf8(doc) : return_none(); }

Object* method_descr_get_doc(Object* o, void*) { return doc_or_none(static_cast<MethodDescrObject*>(o)->d_method->ml_doc); }
Object* member_descr_get_doc(Object* o, void*) { return doc_or_none(static_cast<MemberDescrObject*>(o)->d_member->doc); }
Object* getset_descr_get_doc(Object* o, void*) { return doc_or_none(static_cast<GetSetDescrObject*>(o)->d_getset->doc); }
Object* no_doc(Object*, void*) { return return_none(); }

MemberDef descr_members[] = {
    {"__name__", kMemberObject, offsetof(DescrObject, d_name), kMemberReadonly, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

#define DESCR_GETSET(doc_getter)                                                          \
  {{"__qualname__", descr_get_qualname, nullptr, nullptr, nullptr},                      \
   {"__objclass__", descr_get_objclass, nullptr, nullptr, nullptr},                      \
   {"__doc__", doc_getter, nullptr, nullptr, nullptr},                                    \
   {nullptr, nullptr, nullptr, nullptr, nullptr}}
GetSetDef method_descr_getset[] = DESCR_GETSET(method_descr_get_doc);
GetSetDef member_descr_getset[] = DESCR_GETSET(member_descr_get_doc);
GetSetDef getset_descr_getset[] = DESCR_GETSET(getset_descr_get_doc);
GetSetDef wrapper_descr_getset[] = DESCR_GETSET(no_doc);

// A method-wrapper ((1).__add__) shows its descriptor's attributes and its
// __self__; two are equal when they wrap the same descriptor and object.
WrapperDescrObject* wrapped(Object* o) { return static_cast<MethodWrapperObject*>(o)->descr; }
Object* mw_get_self(Object* o, void*) { return newref(static_cast<MethodWrapperObject*>(o)->self); }
Object* mw_get_name(Object* o, void*) { return newref(wrapped(o)->d_name); }
Object* mw_get_qualname(Object* o, void*) { return descr_get_qualname(wrapped(o), nullptr); }
Object* mw_get_objclass(Object* o, void*) { return descr_get_objclass(wrapped(o), nullptr); }
Object* mw_get_doc(Object* o, void*) {
  Object* d = wrapped(o);
  return object_getattr(d, names::dunder_doc);
}
GetSetDef method_wrapper_getset[] = {
    {"__self__", mw_get_self, nullptr, nullptr, nullptr},
    {"__name__", mw_get_name, nullptr, nullptr, nullptr},
    {"__qualname__", mw_get_qualname, nullptr, nullptr, nullptr},
    {"__objclass__", mw_get_objclass, nullptr, nullptr, nullptr},
    {"__doc__", mw_get_doc, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
Object* method_wrapper_richcompare(Object* a, Object* b, int op) {
  if ((op != kEq && op != kNe) || type_of(b) != &MethodWrapperType) return newref(not_implemented());
  auto* x = static_cast<MethodWrapperObject*>(a);
  auto* y = static_cast<MethodWrapperObject*>(b);
  bool eq = x->descr == y->descr && x->self == y->self;
  return newref(bool_object(op == kEq ? eq : !eq));
}
hash_t method_wrapper_hash(Object* o) {
  auto* w = static_cast<MethodWrapperObject*>(o);
  hash_t h = object_identity_hash(w->self) ^ object_identity_hash(w->descr);
  return h == -1 ? -2 : h;
}
#undef DESCR_GETSET

void init_descr_type(TypeObject& t, const char* name, size_t size, reprfunc repr) {
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = name;
  t.tp_basicsize = static_cast<ssize>(size);
  t.tp_dealloc = descr_dealloc;
  t.tp_traverse = descr_traverse;
  t.tp_repr = repr;
  t.tp_flags = kTpDefault | kTpHaveGc;
  t.tp_members = descr_members;
}

}  // namespace

Object* wrapper_descr_call_self(Object* descr, Object* self, Object* const* args, ssize nargs) {
  auto* d = static_cast<WrapperDescrObject*>(descr);
  if (!is_instance_of_type(self, d->d_type))
    return raise(&exc::TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", descr_name(d),
                 type_short_name(d->d_type), type_of(self)->tp_name);
  return call_wrapper(d, self, args, nargs, nullptr);
}

bool descr_check(DescrObject* d, Object* obj) {
  if (is_instance_of_type(obj, d->d_type)) return true;
  raise(&exc::TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", descr_name(d),
        type_short_name(d->d_type), type_of(obj)->tp_name);
  return false;
}

Object* call_method_def(MethodDef* def, Object* self, Object* const* args, ssize nargs, Object* kwnames,
                        const TypeObject* owner_type) {
  int flags = def->ml_flags & ~(kMethClass | kMethStatic | kMethCoexist | kMethNoRecursionCount);
  bool counted = !(def->ml_flags & kMethNoRecursionCount);
  if (flags == (kMethFastcall | kMethKeywords))
    return reinterpret_cast<FastcallKeywordsFunc>(reinterpret_cast<void*>(def->ml_meth))(self, args, nargs, kwnames);
  // The qualified name is only computed for an error message: this is the
  // path of every call of a builtin method.
  auto owner = [&] { return owner_type ? type_short_name(owner_type) : ""; };
  const char* dot = owner_type ? "." : "";
  if (kwnames && tuple_size(kwnames) > 0)
    return raise(&exc::TypeError, "%s%s%s() takes no keyword arguments", owner(), dot, def->ml_name);
  switch (flags) {
    // These two conventions count as a level of recursion, as CPython's
    // vectorcall functions for them do (which changes where a deep
    // recursion stops, and the message it stops with).
    case kMethNoArgs: {
      if (nargs != 0)
        return raise(&exc::TypeError, "%s%s%s() takes no arguments (%zd given)", owner(), dot, def->ml_name, nargs);
      if (!counted) return def->ml_meth(self, nullptr);
      if (!enter_recursive_call(" while calling a Python object")) return nullptr;
      Object* r = def->ml_meth(self, nullptr);
      leave_recursive_call();
      return r;
    }
    case kMethO: {
      if (nargs != 1)
        return raise(&exc::TypeError, "%s%s%s() takes exactly one argument (%zd given)", owner(), dot, def->ml_name,
                     nargs);
      if (!counted) return def->ml_meth(self, args[0]);
      if (!enter_recursive_call(" while calling a Python object")) return nullptr;
      Object* r = def->ml_meth(self, args[0]);
      leave_recursive_call();
      return r;
    }
    case kMethFastcall:
      return reinterpret_cast<Object* (*)(Object*, Object* const*, ssize)>(reinterpret_cast<void*>(def->ml_meth))(
          self, args, nargs);
    case kMethVarargs: {
      Object* t = tuple_new(nargs);
      if (!t) return nullptr;
      for (ssize i = 0; i < nargs; i++) tuple_item(t, i) = newref(args[i]);
      Object* r = def->ml_meth(self, t);
      decref(t);
      return r;
    }
    default:
      return raise(&exc::SystemError, "%s() uses an unsupported calling convention", def->ml_name);
  }
}

Object* method_descr_new(TypeObject* owner, MethodDef* def, Object* name) {
  auto* d = descr_alloc<MethodDescrObject>(&MethodDescrType, owner, def->ml_name, name);
  if (!d) return nullptr;
  d->d_method = def;
  d->vectorcall = method_descr_vectorcall;
  return d;
}

Object* classmethod_descr_new(TypeObject* owner, MethodDef* def, Object* name) {
  auto* d = descr_alloc<MethodDescrObject>(&ClassMethodDescrType, owner, def->ml_name, name);
  if (!d) return nullptr;
  d->d_method = def;
  d->vectorcall = classmethod_descr_vectorcall;
  return d;
}

Object* member_descr_new(TypeObject* owner, MemberDef* def, Object* name) {
  auto* d = descr_alloc<MemberDescrObject>(&MemberDescrType, owner, def->name, name);
  if (!d) return nullptr;
  d->d_member = def;
  return d;
}

Object* getset_descr_new(TypeObject* owner, GetSetDef* def, Object* name) {
  auto* d = descr_alloc<GetSetDescrObject>(&GetSetDescrType, owner, def->name, name);
  if (!d) return nullptr;
  d->d_getset = def;
  return d;
}

Object* wrapper_descr_new(TypeObject* owner, const SlotDef* slot, void* wrapped) {
  auto* d = descr_alloc<WrapperDescrObject>(&WrapperDescrType, owner, slot->name, slot->name_object);
  if (!d) return nullptr;
  d->d_base = slot;
  d->d_wrapped = wrapped;
  return d;
}

void init_descriptor_types() {
  init_descr_type(MethodDescrType, "method_descriptor", sizeof(MethodDescrObject), method_descr_repr);
  MethodDescrType.tp_descr_get = method_descr_get;
  MethodDescrType.tp_getset = method_descr_getset;
  MethodDescrType.tp_vectorcall_offset = offsetof(MethodDescrObject, vectorcall);
  MethodDescrType.tp_flags |= kTpHaveVectorcall | kTpMethodDescriptor;

  init_descr_type(ClassMethodDescrType, "classmethod_descriptor", sizeof(MethodDescrObject), method_descr_repr);
  ClassMethodDescrType.tp_descr_get = classmethod_descr_get;
  ClassMethodDescrType.tp_getset = method_descr_getset;
  ClassMethodDescrType.tp_vectorcall_offset = offsetof(MethodDescrObject, vectorcall);
  ClassMethodDescrType.tp_flags |= kTpHaveVectorcall;

  init_descr_type(MemberDescrType, "member_descriptor", sizeof(MemberDescrObject), member_descr_repr);
  MemberDescrType.tp_descr_get = member_get;
  MemberDescrType.tp_getset = member_descr_getset;
  MemberDescrType.tp_descr_set = member_set;

  init_descr_type(GetSetDescrType, "getset_descriptor", sizeof(GetSetDescrObject), getset_descr_repr);
  GetSetDescrType.tp_descr_get = getset_get;
  GetSetDescrType.tp_getset = getset_descr_getset;
  GetSetDescrType.tp_descr_set = getset_set;

  init_descr_type(WrapperDescrType, "wrapper_descriptor", sizeof(WrapperDescrObject), wrapper_descr_repr);
  WrapperDescrType.tp_descr_get = wrapper_descr_get;
  WrapperDescrType.tp_getset = wrapper_descr_getset;
  WrapperDescrType.tp_call = wrapper_descr_call;

  MethodWrapperType.ob_refcnt = kImmortalRefcnt;
  MethodWrapperType.tp_name = "method-wrapper";
  MethodWrapperType.tp_basicsize = sizeof(MethodWrapperObject);
  MethodWrapperType.tp_dealloc = method_wrapper_dealloc;
  MethodWrapperType.tp_repr = method_wrapper_repr;
  MethodWrapperType.tp_call = method_wrapper_call;
  MethodWrapperType.tp_traverse = method_wrapper_traverse;
  MethodWrapperType.tp_flags = kTpDefault | kTpHaveGc;
  MethodWrapperType.tp_getset = method_wrapper_getset;
  MethodWrapperType.tp_richcompare = method_wrapper_richcompare;
  MethodWrapperType.tp_hash = method_wrapper_hash;
}

Object* vectorcall_call(Object* callable, Object* args, Object* kwargs) {
  TypeObject* t = type_of(callable);
  auto fn = *reinterpret_cast<vectorcallfunc*>(reinterpret_cast<char*>(callable) + t->tp_vectorcall_offset);
  if (!fn) return raise(&exc::TypeError, "'%.200s' object is not callable", t->tp_name);
  std::vector<Object*> stack;
  Object* kwnames;
  if (!unpack_call(args, kwargs, stack, &kwnames)) return nullptr;
  Object* r = fn(callable, stack.data(), static_cast<size_t>(tuple_size(args)), kwnames);
  xdecref(kwnames);
  return r;
}

}  // namespace dx
