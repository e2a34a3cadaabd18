// The descriptors that put C++ code into type dicts (CPython's layouts):
// method_descriptor (a MethodDef: list.append), classmethod_descriptor
// (dict.fromkeys), member_descriptor (a MemberDef: a field at an offset,
// also __slots__), getset_descriptor (a GetSetDef: getter and setter), and
// wrapper_descriptor (a C slot seen as a dunder: int.__add__) with its bound
// form, method-wrapper ((1).__add__).
#pragma once
#include "runtime/object.h"

namespace dx {

struct SlotDef;  // objects/type_slots.h

struct DescrObject : Object {
  TypeObject* d_type;  // the type the descriptor belongs to
  Object* d_name;      // str
  Object* d_qualname;  // str or null
};
struct MethodDescrObject : DescrObject {
  MethodDef* d_method;
  vectorcallfunc vectorcall;
};
struct MemberDescrObject : DescrObject {
  MemberDef* d_member;
};
struct GetSetDescrObject : DescrObject {
  GetSetDef* d_getset;
};
struct WrapperDescrObject : DescrObject {
  const SlotDef* d_base;
  void* d_wrapped;  // the C slot function
};
struct MethodWrapperObject : Object {
  WrapperDescrObject* descr;
  Object* self;
};

extern TypeObject MethodDescrType, ClassMethodDescrType, MemberDescrType, GetSetDescrType, WrapperDescrType,
    MethodWrapperType;

// MemberDef.type codes (T_*) and flags.
constexpr int kMemberInt = 1;
constexpr int kMemberLong = 2;
constexpr int kMemberDouble = 4;
constexpr int kMemberObject = 6;     // None when null
constexpr int kMemberBool = 14;
constexpr int kMemberObjectEx = 16;  // AttributeError when null
constexpr int kMemberSsize = 19;
constexpr int kMemberReadonly = 1;

// `name` is the definition's name already interned (null: interned here).
Object* method_descr_new(TypeObject* owner, MethodDef* def, Object* name = nullptr);
Object* classmethod_descr_new(TypeObject* owner, MethodDef* def, Object* name = nullptr);
Object* member_descr_new(TypeObject* owner, MemberDef* def, Object* name = nullptr);
Object* getset_descr_new(TypeObject* owner, GetSetDef* def, Object* name = nullptr);
Object* wrapper_descr_new(TypeObject* owner, const SlotDef* slot, void* wrapped);

// Calls a MethodDef according to its ml_flags with `self` first: the one
// place that knows the calling conventions. `owner` (may be null) qualifies
// the name in argument-count messages ("list.append() takes ..."); its name
// is only computed for such a message.
Object* call_method_def(MethodDef* def, Object* self, Object* const* args, ssize nargs, Object* kwnames,
                        const TypeObject* owner);

// Calls wrapper descriptor `descr` (a WrapperDescrObject) on self.
Object* wrapper_descr_call_self(Object* descr, Object* self, Object* const* args, ssize nargs);
// PyVectorcall_Call: the tp_call of the static types that are called through
// their vectorcall pointer (functions, methods, builtins), so that they have
// __call__ like CPython's.
Object* vectorcall_call(Object* callable, Object* args, Object* kwargs);

// "descriptor 'x' for 'T' objects doesn't apply to a 'U' object" unless
// obj is an instance of the descriptor's type.
bool descr_check(DescrObject* d, Object* obj);

void init_descriptor_types();

}  // namespace dx
