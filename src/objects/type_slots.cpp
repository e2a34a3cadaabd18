// The dunder <-> slot table and the two directions it serves:
//  - wrappers: a C slot called from Python (int.__add__(1, 2) calls int's
//    nb_add), exposed on static types as wrapper_descriptors;
//  - slot functions: a class's Python dunder called from C (binary_op on an
//    instance whose class defines __add__ reaches slot_nb_binary<add>).
// The binary operators follow CPython's rules: the right operand's
// reflected method first when its type is a proper subclass that overrides
// it, NotImplemented falling through to the other side.
#include "objects/type_slots.h"

#include <cstddef>
#include <string>

#include "objects/builtin_function.h"
#include "objects/descriptor.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"
#include "vm/traceback.h"
#include "vm/function.h"

namespace dx {

Object* call_prepend(Object* callable, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  if (!self) return object_vectorcall(callable, args, nargs, kwnames);
  size_t total = nargs + 1 + (kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0);
  Object* small[8];
  Object** stack = total <= 8 ? small : new (std::nothrow) Object*[total];
  if (!stack) return raise_no_memory();
  stack[0] = self;
  for (size_t i = 1; i < total; i++) stack[i] = args[i - 1];
  Object* r = object_vectorcall(callable, stack, nargs + 1, kwnames);
  if (stack != small) delete[] stack;
  return r;
}

Object* call_prepend_tuple_dict(Object* callable, Object* self, Object* args, Object* kwargs) {
  ssize npos = tuple_size(args);
  ssize nkw = kwargs ? dict_size(kwargs) : 0;
  if (nkw == 0) return call_prepend(callable, self, &tuple_item(args, 0), static_cast<size_t>(npos), nullptr);
  Object* kwnames = tuple_new(nkw);
  if (!kwnames) return nullptr;
  size_t total = static_cast<size_t>(npos + nkw);
  Object** stack = new (std::nothrow) Object*[total];
  if (!stack) {
    decref(kwnames);
    return raise_no_memory();
  }
  for (ssize i = 0; i < npos; i++) stack[i] = tuple_item(args, i);
  ssize pos = 0, i = 0;
  Object *key, *value;
  while (dict_next(kwargs, &pos, &key, &value)) {
    tuple_item(kwnames, i) = newref(key);
    stack[npos + i++] = value;
  }
  Object* r = call_prepend(callable, self, stack, static_cast<size_t>(npos), kwnames);
  delete[] stack;
  decref(kwnames);
  return r;
}

// Calls the dunder `name` of type(self) on self: functions and method
// descriptors are called with self prepended (no bound method is made);
// other descriptors are bound first. *found tells whether the type has it.
Object* call_special(Object* self, Object* name, Object* const* args, size_t nargs, bool* found) {
  Object* descr = type_lookup(type_of(self), name);
  if (!descr) {
    *found = false;
    return nullptr;
  }
  *found = true;
  incref(descr);
  Object* r;
  TypeObject* dt = type_of(descr);
  if (dt == &FunctionType || dt == &MethodDescrType) {
    r = call_prepend(descr, self, args, nargs, nullptr);
  } else if (dt == &WrapperDescrType) {
    r = wrapper_descr_call_self(descr, self, args, static_cast<ssize>(nargs));
  } else if (dt->tp_descr_get) {
    Object* bound = dt->tp_descr_get(descr, self, reinterpret_cast<Object*>(type_of(self)));
    r = bound ? object_vectorcall(bound, args, nargs, nullptr) : nullptr;
    xdecref(bound);
  } else {
    r = object_vectorcall(descr, args, nargs, nullptr);
  }
  decref(descr);
  return r;
}

namespace {

// A dunder the slot knows exists (the slot is only set when it does).
Object* call_dunder(Object* self, Object* name, Object* const* args, size_t nargs) {
  bool found;
  Object* r = call_special(self, name, args, nargs, &found);
  // CPython's message is the bare name: AttributeError: __set__
  if (!found) raise_object(&exc::AttributeError, name);
  return r;
}

// ---- the binary and in-place operators ---------------------------------------

struct BinaryNames {
  const char* name;
  const char* rname;
  const char* iname;
  uint16_t offset, ioffset;  // in NumberMethods
  Object *name_obj, *rname_obj, *iname_obj;
};
#define NB(field) static_cast<uint16_t>(offsetof(NumberMethods, field))
BinaryNames kBinary[] = {
    {"__add__", "__radd__", "__iadd__", NB(nb_add), NB(nb_inplace_add), nullptr, nullptr, nullptr},
    {"__sub__", "__rsub__", "__isub__", NB(nb_subtract), NB(nb_inplace_subtract), nullptr, nullptr, nullptr},
    {"__mul__", "__rmul__", "__imul__", NB(nb_multiply), NB(nb_inplace_multiply), nullptr, nullptr, nullptr},
    {"__mod__", "__rmod__", "__imod__", NB(nb_remainder), NB(nb_inplace_remainder), nullptr, nullptr, nullptr},
    {"__divmod__", "__rdivmod__", nullptr, NB(nb_divmod), 0, nullptr, nullptr, nullptr},
    {"__lshift__", "__rlshift__", "__ilshift__", NB(nb_lshift), NB(nb_inplace_lshift), nullptr, nullptr, nullptr},
    {"__rshift__", "__rrshift__", "__irshift__", NB(nb_rshift), NB(nb_inplace_rshift), nullptr, nullptr, nullptr},
    {"__and__", "__rand__", "__iand__", NB(nb_and), NB(nb_inplace_and), nullptr, nullptr, nullptr},
    {"__xor__", "__rxor__", "__ixor__", NB(nb_xor), NB(nb_inplace_xor), nullptr, nullptr, nullptr},
    {"__or__", "__ror__", "__ior__", NB(nb_or), NB(nb_inplace_or), nullptr, nullptr, nullptr},
    {"__floordiv__", "__rfloordiv__", "__ifloordiv__", NB(nb_floor_divide), NB(nb_inplace_floor_divide), nullptr,
     nullptr, nullptr},
    {"__truediv__", "__rtruediv__", "__itruediv__", NB(nb_true_divide), NB(nb_inplace_true_divide), nullptr, nullptr,
     nullptr},
    {"__matmul__", "__rmatmul__", "__imatmul__", NB(nb_matrix_multiply), NB(nb_inplace_matrix_multiply), nullptr,
     nullptr, nullptr},
    {"__pow__", "__rpow__", "__ipow__", NB(nb_power), NB(nb_inplace_power), nullptr, nullptr, nullptr},
};
constexpr int kPowIndex = 13;

inline void* number_slot(TypeObject* t, uint16_t offset) {
  NumberMethods* nb = t->tp_as_number;
  return nb ? *reinterpret_cast<void**>(reinterpret_cast<char*>(nb) + offset) : nullptr;
}

// type(self).<name>(self, other), or NotImplemented when the type has none.
Object* call_maybe(Object* self, Object* name, Object* other) {
  bool found;
  Object* r = call_special(self, name, &other, 1, &found);
  if (!found) return newref(not_implemented());
  return r;
}

template <int I>
Object* slot_nb_binary(Object* self, Object* other);
Object* slot_nb_power(Object* self, Object* other, Object* modulus);

template <int I>
Object* binary_dispatch(Object* self, Object* other) {
  const BinaryNames& n = kBinary[I];
  // The slot function a class whose dunder is in Python has for this operator.
  void* ours = I == kPowIndex ? reinterpret_cast<void*>(&slot_nb_power) : reinterpret_cast<void*>(&slot_nb_binary<I>);
  TypeObject* ts = type_of(self);
  TypeObject* to = type_of(other);
  bool do_other = ts != to && number_slot(to, n.offset) == ours;
  if (number_slot(ts, n.offset) == ours) {
    // A subclass's reflected method that overrides its base's goes first.
    if (do_other && is_subtype(to, ts) && type_lookup(to, n.rname_obj) != type_lookup(ts, n.rname_obj)) {
      Object* r = call_maybe(other, n.rname_obj, self);
      if (r != not_implemented()) return r;
      decref(r);
      do_other = false;
    }
    Object* r = call_maybe(self, n.name_obj, other);
    if (r != not_implemented() || to == ts) return r;
    decref(r);
  }
  if (do_other) return call_maybe(other, n.rname_obj, self);
  return newref(not_implemented());
}

template <int I>
Object* slot_nb_binary(Object* self, Object* other) {
  return binary_dispatch<I>(self, other);
}

// pow(self, other[, modulus]): three-argument pow calls __pow__ only.
Object* slot_nb_power(Object* self, Object* other, Object* modulus) {
  if (is_none(modulus)) return binary_dispatch<kPowIndex>(self, other);
  if (number_slot(type_of(self), NB(nb_power)) != reinterpret_cast<void*>(&slot_nb_power))
    return newref(not_implemented());
  Object* args[2] = {other, modulus};
  bool found;
  Object* r = call_special(self, kBinary[kPowIndex].name_obj, args, 2, &found);
  return found ? r : newref(not_implemented());
}

template <int I>
Object* slot_nb_inplace(Object* self, Object* other) {
  return call_maybe(self, kBinary[I].iname_obj, other);
}

Object* slot_nb_inplace_power(Object* self, Object* other, Object*) {
  return call_maybe(self, kBinary[kPowIndex].iname_obj, other);
}

// ---- the other slot functions ----------------------------------------------------

template <Object** Name>
Object* slot_unary(Object* self) {
  return call_dunder(self, *Name, nullptr, 0);
}

// Result checks shared by __repr__ and __str__.
Object* expect_str(Object* r, const char* what) {
  if (r && !is_str(r)) {
    raise(&exc::TypeError, "%s returned non-string (type %.200s)", what, type_of(r)->tp_name);
    decref(r);
    return nullptr;
  }
  return r;
}
Object* slot_tp_repr(Object* self) { return expect_str(call_dunder(self, names::dunder_repr, nullptr, 0), "__repr__"); }
Object* slot_tp_str(Object* self) { return expect_str(call_dunder(self, names::dunder_str, nullptr, 0), "__str__"); }

hash_t slot_tp_hash(Object* self) {
  Object* r = call_dunder(self, names::dunder_hash, nullptr, 0);
  if (!r) return -1;
  if (!is_int(r)) {
    decref(r);
    raise(&exc::TypeError, "__hash__ method should return an integer");
    return -1;
  }
  // A big int is reduced as hash() reduces it.
  hash_t h = object_hash(r);
  decref(r);
  return h == -1 && !error_occurred() ? -2 : h;
}

// The rich comparison dunders by CompareOp, set at start-up.
Object* compare_names[6];

Object* slot_tp_richcompare(Object* self, Object* other, int op) {
  return call_maybe(self, compare_names[op], other);
}

Object* slot_tp_iter(Object* self) {
  bool found;
  // `__iter__ = None` declares the type not iterable.
  Object* descr = type_lookup(type_of(self), names::dunder_iter);
  if (descr && is_none(descr)) return raise(&exc::TypeError, "'%.200s' object is not iterable", type_of(self)->tp_name);
  Object* r = call_special(self, names::dunder_iter, nullptr, 0, &found);
  if (!found) return raise(&exc::TypeError, "'%.200s' object is not iterable", type_of(self)->tp_name);
  return r;
}

Object* slot_tp_iternext(Object* self) { return call_dunder(self, names::dunder_next, nullptr, 0); }

Object* slot_tp_descr_get(Object* self, Object* obj, Object* type) {
  Object* args[2] = {obj ? obj : none(), type ? type : none()};
  return call_dunder(self, names::dunder_get, args, 2);
}

int slot_tp_descr_set(Object* self, Object* obj, Object* value) {
  Object* args[2] = {obj, value};
  Object* r = value ? call_dunder(self, names::dunder_set, args, 2) : call_dunder(self, names::dunder_delete, args, 1);
  if (!r) return -1;
  decref(r);
  return 0;
}

int slot_tp_setattro(Object* self, Object* name, Object* value) {
  Object* args[2] = {name, value};
  Object* r = value ? call_dunder(self, names::dunder_setattr, args, 2)
                    : call_dunder(self, names::dunder_delattr, args, 1);
  if (!r) return -1;
  decref(r);
  return 0;
}

void slot_tp_finalize(Object* self);

ssize slot_length(Object* self) {
  Object* res = call_dunder(self, names::dunder_len, nullptr, 0);
  if (!res) return -1;
  // __len__ may return any object with __index__.
  Object* r = number_index(res);
  decref(res);
  if (!r) return -1;
  if (size_of(static_cast<VarObject*>(r)) < 0) {
    decref(r);
    raise(&exc::ValueError, "__len__() should return >= 0");
    return -1;
  }
  auto v = int_to_int64(r);
  decref(r);
  if (!v) {
    raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    return -1;
  }
  return static_cast<ssize>(*v);
}

Object* slot_mp_subscript(Object* self, Object* key) { return call_dunder(self, names::dunder_getitem, &key, 1); }

Object* slot_sq_item(Object* self, ssize i) {
  Object* key = int_from_int64(i);
  if (!key) return nullptr;
  Object* r = call_dunder(self, names::dunder_getitem, &key, 1);
  decref(key);
  return r;
}

int slot_mp_ass_subscript(Object* self, Object* key, Object* value) {
  Object* args[2] = {key, value};
  Object* r = value ? call_dunder(self, names::dunder_setitem, args, 2)
                    : call_dunder(self, names::dunder_delitem, args, 1);
  if (!r) return -1;
  decref(r);
  return 0;
}

int slot_sq_ass_item(Object* self, ssize i, Object* value) {
  Object* key = int_from_int64(i);
  if (!key) return -1;
  int r = slot_mp_ass_subscript(self, key, value);
  decref(key);
  return r;
}

int slot_sq_contains(Object* self, Object* value) {
  Object* descr = type_lookup(type_of(self), names::dunder_contains);
  if (descr && is_none(descr)) {
    raise(&exc::TypeError, "'%.200s' object is not a container", type_of(self)->tp_name);
    return -1;
  }
  Object* r = call_dunder(self, names::dunder_contains, &value, 1);
  if (!r) return -1;
  int t = object_is_true(r);
  decref(r);
  return t;
}

int slot_nb_bool(Object* self) {
  Object* r = call_dunder(self, names::dunder_bool, nullptr, 0);
  if (!r) return -1;
  if (!is_bool(r)) {
    raise(&exc::TypeError, "__bool__ should return bool, returned %.200s", type_of(r)->tp_name);
    decref(r);
    return -1;
  }
  int t = r == bool_object(true);
  decref(r);
  return t;
}

// ---- wrappers: C slots called from Python ------------------------------------

bool check_args(ssize nargs, ssize expected, Object* kwnames) {
  (void)kwnames;
  if (nargs != expected) {
    raise(&exc::TypeError, "expected %zd argument%s, got %zd", expected, expected == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

Object* wrap_unaryfunc(Object* self, Object* const*, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 0, kw)) return nullptr;
  return reinterpret_cast<unaryfunc>(f)(self);
}
Object* wrap_binaryfunc(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 1, kw)) return nullptr;
  return reinterpret_cast<binaryfunc>(f)(self, args[0]);
}
Object* wrap_binaryfunc_r(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 1, kw)) return nullptr;
  return reinterpret_cast<binaryfunc>(f)(args[0], self);
}
Object* wrap_ternaryfunc(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (nargs != 1 && nargs != 2) return raise(&exc::TypeError, "expected 1 or 2 arguments, got %zd", nargs);
  (void)kw;
  return reinterpret_cast<ternaryfunc>(f)(self, args[0], nargs == 2 ? args[1] : none());
}
Object* wrap_ternaryfunc_r(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (nargs != 1 && nargs != 2) return raise(&exc::TypeError, "expected 1 or 2 arguments, got %zd", nargs);
  (void)kw;
  return reinterpret_cast<ternaryfunc>(f)(args[0], self, nargs == 2 ? args[1] : none());
}
Object* wrap_inquirypred(Object* self, Object* const*, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 0, kw)) return nullptr;
  int r = reinterpret_cast<inquiry>(f)(self);
  if (r < 0) return nullptr;
  return newref(bool_object(r));
}
Object* wrap_lenfunc(Object* self, Object* const*, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 0, kw)) return nullptr;
  ssize n = reinterpret_cast<lenfunc>(f)(self);
  if (n < 0) return nullptr;
  return int_from_int64(n);
}
Object* wrap_hashfunc(Object* self, Object* const*, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 0, kw)) return nullptr;
  hash_t h = reinterpret_cast<hashfunc>(f)(self);
  if (h == -1 && error_occurred()) return nullptr;
  return int_from_int64(h);
}
Object* wrap_objobjproc(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 1, kw)) return nullptr;
  int r = reinterpret_cast<objobjproc>(f)(self, args[0]);
  if (r < 0) return nullptr;
  return newref(bool_object(r));
}
Object* wrap_objobjargproc(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 2, kw)) return nullptr;
  if (reinterpret_cast<objobjargproc>(f)(self, args[0], args[1]) < 0) return nullptr;
  return return_none();
}
Object* wrap_delitem(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 1, kw)) return nullptr;
  if (reinterpret_cast<objobjargproc>(f)(self, args[0], nullptr) < 0) return nullptr;
  return return_none();
}

// An index argument for the sq_* wrappers; negative indexes count from the end.
bool sq_index(Object* self, Object* arg, ssize* out) {
  if (!is_int(arg)) {
    raise(&exc::TypeError, "'%.200s' object cannot be interpreted as an integer", type_of(arg)->tp_name);
    return false;
  }
  auto v = int_to_int64(arg);
  if (!v) {
    raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
    return false;
  }
  ssize i = static_cast<ssize>(*v);
  SequenceMethods* sq = type_of(self)->tp_as_sequence;
  if (i < 0 && sq && sq->sq_length) {
    ssize n = sq->sq_length(self);
    if (n < 0) return false;
    i += n;
  }
  *out = i;
  return true;
}
Object* wrap_sq_item(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  ssize i;
  if (!check_args(nargs, 1, kw) || !sq_index(self, args[0], &i)) return nullptr;
  return reinterpret_cast<ssizeargfunc>(f)(self, i);
}
Object* wrap_indexargfunc(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 1, kw)) return nullptr;
  if (!is_int(args[0]))
    return raise(&exc::TypeError, "'%.200s' object cannot be interpreted as an integer", type_of(args[0])->tp_name);
  auto v = int_to_int64(args[0]);
  if (!v) return raise(&exc::OverflowError, "cannot fit 'int' into an index-sized integer");
  return reinterpret_cast<ssizeargfunc>(f)(self, static_cast<ssize>(*v));
}
Object* wrap_sq_setitem(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  ssize i;
  if (!check_args(nargs, 2, kw) || !sq_index(self, args[0], &i)) return nullptr;
  if (reinterpret_cast<ssizeobjargproc>(f)(self, i, args[1]) < 0) return nullptr;
  return return_none();
}
Object* wrap_sq_delitem(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  ssize i;
  if (!check_args(nargs, 1, kw) || !sq_index(self, args[0], &i)) return nullptr;
  if (reinterpret_cast<ssizeobjargproc>(f)(self, i, nullptr) < 0) return nullptr;
  return return_none();
}
Object* wrap_setattr(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 2, kw)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "attribute name must be string, not '%.200s'", type_of(args[0])->tp_name);
  if (reinterpret_cast<setattrofunc>(f)(self, args[0], args[1]) < 0) return nullptr;
  return return_none();
}
Object* wrap_delattr(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 1, kw)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "attribute name must be string, not '%.200s'", type_of(args[0])->tp_name);
  if (reinterpret_cast<setattrofunc>(f)(self, args[0], nullptr) < 0) return nullptr;
  return return_none();
}
Object* wrap_getattr(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 1, kw)) return nullptr;
  if (!is_str(args[0]))
    return raise(&exc::TypeError, "attribute name must be string, not '%.200s'", type_of(args[0])->tp_name);
  return reinterpret_cast<getattrofunc>(f)(self, args[0]);
}
template <int Op>
Object* wrap_richcmp(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 1, kw)) return nullptr;
  return reinterpret_cast<richcmpfunc>(f)(self, args[0], Op);
}
Object* wrap_next(Object* self, Object* const*, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 0, kw)) return nullptr;
  Object* r = reinterpret_cast<iternextfunc>(f)(self);
  if (!r && !error_occurred()) raise_object(&exc::StopIteration, nullptr);
  return r;
}
Object* wrap_descr_get(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (nargs != 1 && nargs != 2) return raise(&exc::TypeError, "expected 1 or 2 arguments, got %zd", nargs);
  (void)kw;
  Object* obj = is_none(args[0]) ? nullptr : args[0];
  Object* type = nargs == 2 && !is_none(args[1]) ? args[1] : nullptr;
  if (!obj && !type) return raise(&exc::TypeError, "__get__(None, None) is invalid");
  return reinterpret_cast<descrgetfunc>(f)(self, obj, type);
}
Object* wrap_descr_set(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 2, kw)) return nullptr;
  if (reinterpret_cast<descrsetfunc>(f)(self, args[0], args[1]) < 0) return nullptr;
  return return_none();
}
Object* wrap_descr_delete(Object* self, Object* const* args, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 1, kw)) return nullptr;
  if (reinterpret_cast<descrsetfunc>(f)(self, args[0], nullptr) < 0) return nullptr;
  return return_none();
}

// Keyword-taking wrappers get the arguments as tuple and dict.
bool pack_args(Object* const* args, ssize nargs, Object* kwnames, Object** tuple, Object** dict) {
  *dict = nullptr;
  *tuple = tuple_new(nargs);
  if (!*tuple) return false;
  for (ssize i = 0; i < nargs; i++) tuple_item(*tuple, i) = newref(args[i]);
  if (kwnames && tuple_size(kwnames) > 0) {
    *dict = dict_new();
    if (!*dict) return false;
    for (ssize i = 0; i < tuple_size(kwnames); i++)
      if (dict_set_item(*dict, tuple_item(kwnames, i), args[nargs + i]) < 0) return false;
  }
  return true;
}
Object* wrap_init(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  Object *t, *d;
  Object* r = nullptr;
  if (pack_args(args, nargs, kwnames, &t, &d) && reinterpret_cast<initproc>(f)(self, t, d) == 0) r = return_none();
  xdecref(t);
  xdecref(d);
  return r;
}
Object* wrap_call(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* f) {
  Object *t, *d;
  Object* r = nullptr;
  if (pack_args(args, nargs, kwnames, &t, &d)) r = reinterpret_cast<ternaryfunc>(f)(self, t, d);
  xdecref(t);
  xdecref(d);
  return r;
}
Object* wrap_del(Object* self, Object* const*, ssize nargs, Object* kw, void* f) {
  if (!check_args(nargs, 0, kw)) return nullptr;
  reinterpret_cast<destructor>(f)(self);
  return return_none();
}

// ---- the table ------------------------------------------------------------------

#define FN(f) ((void*)(f))  // NOLINT: also takes nullptr
#define TP(name, field, fn, wrap) {name, SlotTable::Type, offsetof(TypeObject, field), FN(fn), wrap, false, nullptr}
#define TPK(name, field, fn, wrap) {name, SlotTable::Type, offsetof(TypeObject, field), FN(fn), wrap, true, nullptr}
#define AS(name, field, fn, wrap) {name, SlotTable::Async, offsetof(AsyncMethods, field), FN(fn), wrap, false, nullptr}
#define NBS(name, field, fn, wrap) {name, SlotTable::Number, offsetof(NumberMethods, field), FN(fn), wrap, false, nullptr}
#define MP(name, field, fn, wrap) {name, SlotTable::Mapping, offsetof(MappingMethods, field), FN(fn), wrap, false, nullptr}
#define SQ(name, field, fn, wrap) {name, SlotTable::Sequence, offsetof(SequenceMethods, field), FN(fn), wrap, false, nullptr}
#define BIN(i, field)                                                     \
  NBS(kBinary[i].name, field, (&slot_nb_binary<i>), wrap_binaryfunc),     \
      NBS(kBinary[i].rname, field, (&slot_nb_binary<i>), wrap_binaryfunc_r)
#define INPLACE(i, field) NBS(kBinary[i].iname, field, (&slot_nb_inplace<i>), wrap_binaryfunc)

Object* unary_name_neg;
SlotDef kSlots[] = {
    TP("__getattribute__", tp_getattro, slot_tp_getattr_hook, wrap_getattr),
    TP("__getattr__", tp_getattro, slot_tp_getattr_hook, nullptr),
    TP("__setattr__", tp_setattro, slot_tp_setattro, wrap_setattr),
    TP("__delattr__", tp_setattro, slot_tp_setattro, wrap_delattr),
    TP("__repr__", tp_repr, slot_tp_repr, wrap_unaryfunc),
    TP("__hash__", tp_hash, slot_tp_hash, wrap_hashfunc),
    TPK("__call__", tp_call, slot_tp_call, wrap_call),
    TP("__str__", tp_str, slot_tp_str, wrap_unaryfunc),
    TP("__lt__", tp_richcompare, slot_tp_richcompare, wrap_richcmp<kLt>),
    TP("__le__", tp_richcompare, slot_tp_richcompare, wrap_richcmp<kLe>),
    TP("__eq__", tp_richcompare, slot_tp_richcompare, wrap_richcmp<kEq>),
    TP("__ne__", tp_richcompare, slot_tp_richcompare, wrap_richcmp<kNe>),
    TP("__gt__", tp_richcompare, slot_tp_richcompare, wrap_richcmp<kGt>),
    TP("__ge__", tp_richcompare, slot_tp_richcompare, wrap_richcmp<kGe>),
    TP("__iter__", tp_iter, slot_tp_iter, wrap_unaryfunc),
    TP("__next__", tp_iternext, slot_tp_iternext, wrap_next),
    TP("__get__", tp_descr_get, slot_tp_descr_get, wrap_descr_get),
    TP("__set__", tp_descr_set, slot_tp_descr_set, wrap_descr_set),
    TP("__delete__", tp_descr_set, slot_tp_descr_set, wrap_descr_delete),
    TPK("__init__", tp_init, slot_tp_init, wrap_init),
    TP("__del__", tp_finalize, slot_tp_finalize, wrap_del),
    AS("__await__", am_await, (&slot_unary<&names::dunder_await>), wrap_unaryfunc),
    AS("__aiter__", am_aiter, (&slot_unary<&names::dunder_aiter>), wrap_unaryfunc),
    AS("__anext__", am_anext, (&slot_unary<&names::dunder_anext>), wrap_unaryfunc),
    BIN(0, nb_add),
    BIN(1, nb_subtract),
    BIN(2, nb_multiply),
    BIN(3, nb_remainder),
    BIN(4, nb_divmod),
    NBS("__pow__", nb_power, slot_nb_power, wrap_ternaryfunc),
    NBS("__rpow__", nb_power, slot_nb_power, wrap_ternaryfunc_r),
    NBS("__neg__", nb_negative, (&slot_unary<&unary_name_neg>), wrap_unaryfunc),
    NBS("__pos__", nb_positive, nullptr, wrap_unaryfunc),
    NBS("__abs__", nb_absolute, nullptr, wrap_unaryfunc),
    NBS("__bool__", nb_bool, slot_nb_bool, wrap_inquirypred),
    NBS("__invert__", nb_invert, nullptr, wrap_unaryfunc),
    BIN(5, nb_lshift),
    BIN(6, nb_rshift),
    BIN(7, nb_and),
    BIN(8, nb_xor),
    BIN(9, nb_or),
    NBS("__int__", nb_int, nullptr, wrap_unaryfunc),
    NBS("__float__", nb_float, nullptr, wrap_unaryfunc),
    INPLACE(0, nb_inplace_add),
    INPLACE(1, nb_inplace_subtract),
    INPLACE(2, nb_inplace_multiply),
    INPLACE(3, nb_inplace_remainder),
    NBS("__ipow__", nb_inplace_power, slot_nb_inplace_power, wrap_binaryfunc),
    INPLACE(5, nb_inplace_lshift),
    INPLACE(6, nb_inplace_rshift),
    INPLACE(7, nb_inplace_and),
    INPLACE(8, nb_inplace_xor),
    INPLACE(9, nb_inplace_or),
    BIN(10, nb_floor_divide),
    BIN(11, nb_true_divide),
    INPLACE(10, nb_inplace_floor_divide),
    INPLACE(11, nb_inplace_true_divide),
    NBS("__index__", nb_index, nullptr, wrap_unaryfunc),
    BIN(12, nb_matrix_multiply),
    INPLACE(12, nb_inplace_matrix_multiply),
    MP("__len__", mp_length, slot_length, wrap_lenfunc),
    MP("__getitem__", mp_subscript, slot_mp_subscript, wrap_binaryfunc),
    MP("__setitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_objobjargproc),
    MP("__delitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_delitem),
    SQ("__len__", sq_length, slot_length, wrap_lenfunc),
    SQ("__add__", sq_concat, nullptr, wrap_binaryfunc),
    SQ("__mul__", sq_repeat, nullptr, wrap_indexargfunc),
    SQ("__rmul__", sq_repeat, nullptr, wrap_indexargfunc),
    SQ("__getitem__", sq_item, slot_sq_item, wrap_sq_item),
    SQ("__setitem__", sq_ass_item, slot_sq_ass_item, wrap_sq_setitem),
    SQ("__delitem__", sq_ass_item, slot_sq_ass_item, wrap_sq_delitem),
    SQ("__contains__", sq_contains, slot_sq_contains, wrap_objobjproc),
    SQ("__iadd__", sq_inplace_concat, nullptr, wrap_binaryfunc),
    SQ("__imul__", sq_inplace_repeat, nullptr, wrap_indexargfunc),
};
constexpr size_t kSlotCount = sizeof(kSlots) / sizeof(kSlots[0]);

// The unary slots calling their dunder: one template instance per name.
Object* name_pos;
Object* name_abs;
Object* name_invert;
Object* name_int;
Object* name_float;
Object* name_index;

void set_unary_slot_functions() {
  struct Unary {
    const char* name;
    Object** holder;
    void* fn;
  };
  static const Unary kUnary[] = {
      {"__neg__", &unary_name_neg, FN(&slot_unary<&unary_name_neg>)},
      {"__pos__", &name_pos, FN(&slot_unary<&name_pos>)},
      {"__abs__", &name_abs, FN(&slot_unary<&name_abs>)},
      {"__invert__", &name_invert, FN(&slot_unary<&name_invert>)},
      {"__int__", &name_int, FN(&slot_unary<&name_int>)},
      {"__float__", &name_float, FN(&slot_unary<&name_float>)},
      {"__index__", &name_index, FN(&slot_unary<&name_index>)},
  };
  for (const Unary& u : kUnary) {
    *u.holder = str_intern_static(u.name);
    for (SlotDef& d : kSlots)
      if (std::string_view(d.name) == u.name) d.slot_function = u.fn;
  }
}

}  // namespace

// ---- slot functions needed by name elsewhere ----------------------------------

Object* slot_tp_getattr_hook(Object* self, Object* name) {
  TypeObject* t = type_of(self);
  Object* getattribute = type_lookup(t, names::dunder_getattribute);
  Object* r;
  if (getattribute && type_of(getattribute) == &WrapperDescrType &&
      static_cast<WrapperDescrObject*>(getattribute)->d_wrapped == reinterpret_cast<void*>(&object_generic_getattr)) {
    r = object_generic_getattr(self, name);
  } else {
    r = call_dunder(self, names::dunder_getattribute, &name, 1);
  }
  if (r || !error_matches(&exc::AttributeError)) return r;
  if (!type_lookup(t, names::dunder_getattr)) return nullptr;
  clear_error();
  return call_dunder(self, names::dunder_getattr, &name, 1);
}

namespace {

// Calls `descr`, the type's attribute for a dunder, bound to self (a plain
// function gets self prepended without a bound method) with a tuple and a
// dict of arguments.
Object* call_bound_descriptor(Object* descr, Object* self, Object* args, Object* kwargs) {
  incref(descr);
  Object* r;
  if (is_function(descr)) {
    r = call_prepend_tuple_dict(descr, self, args, kwargs);
  } else {
    Object* bound = type_of(descr)->tp_descr_get
                        ? type_of(descr)->tp_descr_get(descr, self, reinterpret_cast<Object*>(type_of(self)))
                        : newref(descr);
    r = bound ? call_prepend_tuple_dict(bound, nullptr, args, kwargs) : nullptr;
    xdecref(bound);
  }
  decref(descr);
  return r;
}

}  // namespace

Object* slot_tp_call(Object* self, Object* args, Object* kwargs) {
  Object* descr = type_lookup(type_of(self), names::dunder_call);
  if (!descr) return raise(&exc::TypeError, "'%.200s' object is not callable", type_of(self)->tp_name);
  return call_bound_descriptor(descr, self, args, kwargs);
}

int slot_tp_init(Object* self, Object* args, Object* kwargs) {
  Object* descr = type_lookup(type_of(self), names::dunder_init);
  if (!descr) return 0;
  Object* r = call_bound_descriptor(descr, self, args, kwargs);
  if (!r) return -1;
  if (!is_none(r)) {
    raise(&exc::TypeError, "__init__() should return None, not '%.200s'", type_of(r)->tp_name);
    decref(r);
    return -1;
  }
  decref(r);
  return 0;
}

Object* slot_tp_new(TypeObject* t, Object* args, Object* kwargs) {
  // __new__ is a static method: called with the class first.
  Object* fn = object_getattr(reinterpret_cast<Object*>(t), names::dunder_new);
  if (!fn) return nullptr;
  Object* r = call_prepend_tuple_dict(fn, reinterpret_cast<Object*>(t), args, kwargs);
  decref(fn);
  return r;
}

hash_t hash_not_implemented(Object* o) {
  raise(&exc::TypeError, "unhashable type: '%.200s'", type_of(o)->tp_name);
  return -1;
}

namespace {

void slot_tp_finalize(Object* self) {
  Object* saved = fetch_error();
  bool found;
  Object* del = type_lookup(type_of(self), names::dunder_del);
  if (del) {
    incref(del);
    Object* r = call_special(self, names::dunder_del, nullptr, 0, &found);
    if (r) decref(r);
    else write_unraisable(del);
    decref(del);
  }
  restore_error(saved);
}

}  // namespace

// ---- applying the table ---------------------------------------------------------

void** slot_address(TypeObject* t, const SlotDef& d) {
  char* table = nullptr;
  switch (d.table) {
    case SlotTable::Type: table = reinterpret_cast<char*>(t); break;
    case SlotTable::Async: table = reinterpret_cast<char*>(t->tp_as_async); break;
    case SlotTable::Number: table = reinterpret_cast<char*>(t->tp_as_number); break;
    case SlotTable::Mapping: table = reinterpret_cast<char*>(t->tp_as_mapping); break;
    case SlotTable::Sequence: table = reinterpret_cast<char*>(t->tp_as_sequence); break;
  }
  return table ? reinterpret_cast<void**>(table + d.offset) : nullptr;
}

int add_slot_wrappers(TypeObject* t) {
  Object* dict = t->tp_dict;
  for (const SlotDef& d : kSlots) {
    if (!d.wrapper) continue;
    void** p = slot_address(t, d);
    if (!p || !*p) continue;
    // __hash__ = None for unhashable types is set by type_ready.
    if (*p == reinterpret_cast<void*>(&hash_not_implemented)) continue;
    bool error = false;
    if (dict_get_item_str(dict, d.name_object, &error)) continue;
    Object* w = wrapper_descr_new(t, &d, *p);
    if (!w || dict_set_item(dict, d.name_object, w) < 0) {
      xdecref(w);
      return -1;
    }
    decref(w);
  }
  if (t->tp_new && !(t->tp_flags & kTpHeapType)) {
    bool error = false;
    if (!dict_get_item_str(dict, names::dunder_new, &error)) {
      Object* w = make_tp_new_wrapper(t);
      if (!w || dict_set_item(dict, names::dunder_new, w) < 0) {
        xdecref(w);
        return -1;
      }
      decref(w);
    }
  }
  return 0;
}

namespace {

// Sets the one slot at d's address in heap type t from the dunders of
// every table entry sharing that address.
void update_one_slot(TypeObject* t, const SlotDef& first) {
  void** p = slot_address(t, first);
  if (!p) return;
  void* specific = nullptr;
  void* generic = nullptr;
  bool use_generic = false;
  bool any = false;
  for (const SlotDef& d : kSlots) {
    if (d.table != first.table || d.offset != first.offset) continue;
    Object* descr = type_lookup(t, d.name_object);
    if (!descr) continue;
    any = true;
    if (d.slot_function) generic = d.slot_function;
    if (type_of(descr) == &WrapperDescrType && static_cast<WrapperDescrObject*>(descr)->d_base == &d) {
      void* w = static_cast<WrapperDescrObject*>(descr)->d_wrapped;
      if (specific && specific != w) use_generic = true;
      specific = w;
    } else if (is_none(descr) && d.name_object == names::dunder_hash) {
      specific = reinterpret_cast<void*>(&hash_not_implemented);
    } else if (d.name_object == names::dunder_getattr) {
      use_generic = true;  // __getattr__ needs the hook
    } else {
      use_generic = true;
    }
  }
  if (!any) *p = nullptr;
  else if (use_generic || !specific) *p = generic;
  else *p = specific;
}

}  // namespace

void fixup_slots(TypeObject* t) {
  for (size_t i = 0; i < kSlotCount; i++) {
    // Each address once: the first entry of its group.
    bool seen = false;
    for (size_t j = 0; j < i; j++)
      if (kSlots[j].table == kSlots[i].table && kSlots[j].offset == kSlots[i].offset) seen = true;
    if (!seen) update_one_slot(t, kSlots[i]);
  }
  // __new__: a Python __new__ goes through slot_tp_new; otherwise the
  // nearest base's C tp_new is inherited.
  Object* nw = type_lookup(t, names::dunder_new);
  if (nw && type_of(nw) != &BuiltinFunctionType) {
    t->tp_new = slot_tp_new;
  } else {
    for (TypeObject* b = t->tp_base; b; b = b->tp_base) {
      if (!(b->tp_flags & kTpHeapType) || b->tp_new != slot_tp_new) {
        t->tp_new = b->tp_new;
        break;
      }
    }
  }
}

void update_slots_for(TypeObject* t, Object* name) {
  bool affects = name == names::dunder_new;
  for (const SlotDef& d : kSlots)
    if (d.name_object == name || (is_str(name) && str_equal(d.name_object, name))) affects = true;
  if (!affects) return;
  if (t->tp_flags & kTpHeapType) fixup_slots(t);
  if (Object* subs = t->tp_subclasses) {
    ssize pos = 0;
    Object* value;
    while (dict_next(subs, &pos, nullptr, &value))
      update_slots_for(reinterpret_cast<TypeObject*>(static_cast<intptr_t>(*int_to_int64(value))), name);
  }
}

// ---- T.__new__ for static types ---------------------------------------------------

namespace {

Object* tp_new_wrapper(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  auto* type = reinterpret_cast<TypeObject*>(self);
  if (nargs < 1) return raise(&exc::TypeError, "%s.__new__(): not enough arguments", type->tp_name);
  Object* arg0 = args[0];
  if (!is_type(arg0))
    return raise(&exc::TypeError, "%s.__new__(X): X is not a type object (%s)", type->tp_name,
                 type_of(arg0)->tp_name);
  auto* sub = reinterpret_cast<TypeObject*>(arg0);
  if (!is_subtype(sub, type))
    return raise(&exc::TypeError, "%s.__new__(%s): %s is not a subtype of %s", type->tp_name, sub->tp_name,
                 sub->tp_name, type->tp_name);
  // The most derived static base of sub must use this tp_new.
  TypeObject* staticbase = sub;
  while (staticbase && staticbase->tp_new == slot_tp_new) staticbase = staticbase->tp_base;
  if (staticbase && staticbase->tp_new != type->tp_new)
    return raise(&exc::TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", type->tp_name, sub->tp_name,
                 staticbase->tp_name);
  Object *t, *d;
  Object* r = nullptr;
  if (pack_args(args + 1, nargs - 1, kwnames, &t, &d)) r = type->tp_new(sub, t, d);
  xdecref(t);
  xdecref(d);
  return r;
}

MethodDef tp_new_def = {"__new__", reinterpret_cast<CFunction>(reinterpret_cast<void*>(&tp_new_wrapper)),
                        kMethFastcall | kMethKeywords, nullptr};

}  // namespace

Object* make_tp_new_wrapper(TypeObject* t) {
  return builtin_function_new(&tp_new_def, reinterpret_cast<Object*>(t), nullptr);
}

void init_slot_names() {
  for (BinaryNames& b : kBinary) {
    b.name_obj = str_intern_static(b.name);
    b.rname_obj = str_intern_static(b.rname);
    if (b.iname) b.iname_obj = str_intern_static(b.iname);
  }
  for (SlotDef& d : kSlots) d.name_object = str_intern_static(d.name);
  static const char* const kCompareNames[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
  for (int i = 0; i < 6; i++) compare_names[i] = str_intern_static(kCompareNames[i]);
  set_unary_slot_functions();
}

}  // namespace dx
