#include "objects/struct_seq.h"

#include <cstddef>
#include <string>

#include "objects/descriptor.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"

namespace dx {

namespace {

// name(field=repr, ...) with the type's full dotted name, as CPython's.
Object* struct_seq_repr(Object* o) {
  TypeObject* t = type_of(o);
  std::string text = t->tp_name;
  text += "(";
  MemberDef* m = t->tp_members;
  for (ssize i = 0; i < tuple_size(o) && m && m[i].name; i++) {
    if (i) text += ", ";
    text += m[i].name;
    text += "=";
    Object* r = object_repr(tuple_item(o, i));
    if (!r) return nullptr;
    text += str_utf8(r);
    decref(r);
  }
  text += ")";
  return str_from_utf8(text);
}

}  // namespace

void struct_seq_init_type(TypeObject* t, const char* name, const char* const* fields, const char* doc) {
  int n = 0;
  while (fields[n]) n++;
  // Process-wide, like the static type itself.
  auto* members = new MemberDef[n + 1]();
  for (int i = 0; i < n; i++)
    members[i] = {fields[i], kMemberObject, static_cast<ssize>(offsetof(TupleObject, ob_item) + i * sizeof(Object*)),
                  kMemberReadonly, nullptr};
  t->ob_refcnt = kImmortalRefcnt;
  t->tp_name = name;
  t->tp_base = &TupleType;
  t->tp_basicsize = TupleType.tp_basicsize;
  t->tp_itemsize = TupleType.tp_itemsize;
  t->tp_flags = kTpDefault | kTpHaveGc | (TupleType.tp_flags & kTpTupleSubclass);
  t->tp_repr = struct_seq_repr;
  t->tp_members = members;
  t->tp_doc = doc;
}

int struct_seq_finish(TypeObject* t) {
  int n = 0;
  while (t->tp_members[n].name) n++;
  Object* v = int_from_int64(n);
  if (!v) return -1;
  int r = 0;
  for (const char* key : {"n_sequence_fields", "n_fields"}) {
    Object* k = str_intern_utf8(key);
    if (!k || dict_set_item(t->tp_dict, k, v) < 0) r = -1;
    xdecref(k);
  }
  decref(v);
  Object* k = str_intern_utf8("n_unnamed_fields");
  Object* zero = int_from_int64(0);
  if (!k || !zero || dict_set_item(t->tp_dict, k, zero) < 0) r = -1;
  xdecref(k);
  xdecref(zero);
  return r;
}

Object* struct_seq_new(TypeObject* t, Object* const* items, ssize n) {
  bool ok = true;
  for (ssize i = 0; i < n; i++) ok = ok && items[i];
  Object* o = ok ? object_new_var_instance(t, n) : nullptr;
  if (!o) {
    for (ssize i = 0; i < n; i++) xdecref(items[i]);
    return nullptr;
  }
  for (ssize i = 0; i < n; i++) tuple_item(o, i) = items[i];
  return o;
}

}  // namespace dx
