// The generic object protocol (abstract.h).
#include "runtime/abstract.h"

#include <cstdio>

#include "objects/dict.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/iter.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"

namespace dx {

namespace {

const char* kOpSymbols[] = {"<", "<=", "==", "!=", ">", ">="};
constexpr int kSwappedOp[] = {kGt, kGe, kEq, kNe, kLt, kLe};

// CPython's identity hash: the address rotated so that the alignment zeros
// do not all land in the low bits.
hash_t pointer_hash(const void* p) {
  auto y = reinterpret_cast<uintptr_t>(p);
  y = (y >> 4) | (y << (8 * sizeof(y) - 4));
  auto h = static_cast<hash_t>(y);
  return h == -1 ? -2 : h;
}

}  // namespace

bool is_subtype(TypeObject* a, TypeObject* b) {
  if (a == b) return true;
  if (Object* mro = a->tp_mro) {
    for (ssize i = 0; i < tuple_size(mro); i++)
      if (tuple_item(mro, i) == b) return true;
    return false;
  }
  for (TypeObject* t = a->tp_base; t; t = t->tp_base)
    if (t == b) return true;
  return false;
}

hash_t object_hash(Object* o) {
  TypeObject* t = type_of(o);
  if (t->tp_hash) return t->tp_hash(o);
  raise(&exc::TypeError, "unhashable type: '%s'", t->tp_name);
  return -1;
}

hash_t object_identity_hash(Object* o) { return pointer_hash(o); }

Object* object_richcompare(Object* a, Object* b, int op) {
  if (!enter_recursive_call(" in comparison")) return nullptr;
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  Object* res;
  bool checked_reverse = false;
  // A subclass's reflected method goes first, so it can override its base.
  if (ta != tb && tb->tp_richcompare && is_subtype(tb, ta)) {
    checked_reverse = true;
    res = tb->tp_richcompare(b, a, kSwappedOp[op]);
    if (res != not_implemented()) goto done;
    decref(res);
  }
  if (ta->tp_richcompare) {
    res = ta->tp_richcompare(a, b, op);
    if (res != not_implemented()) goto done;
    decref(res);
  }
  if (!checked_reverse && tb->tp_richcompare) {
    res = tb->tp_richcompare(b, a, kSwappedOp[op]);
    if (res != not_implemented()) goto done;
    decref(res);
  }
  // Neither side knows: == and != fall back to identity.
  switch (op) {
    case kEq: res = newref(bool_object(a == b)); break;
    case kNe: res = newref(bool_object(a != b)); break;
    default:
      res = raise(&exc::TypeError, "'%s' not supported between instances of '%.100s' and '%.100s'", kOpSymbols[op],
                  ta->tp_name, tb->tp_name);
  }
done:
  leave_recursive_call();
  return res;
}

int object_richcompare_bool(Object* a, Object* b, int op) {
  if (a == b) {
    if (op == kEq) return 1;
    if (op == kNe) return 0;
  }
  Object* res = object_richcompare(a, b, op);
  if (!res) return -1;
  int r = res == bool_object(true) ? 1 : res == bool_object(false) ? 0 : object_is_true(res);
  decref(res);
  return r;
}

Object* object_repr(Object* o) {
  TypeObject* t = type_of(o);
  if (!t->tp_repr) {
    char buf[256];
    snprintf(buf, sizeof buf, "<%s object at %p>", t->tp_name, static_cast<void*>(o));
    return str_from_utf8(buf);
  }
  if (!enter_recursive_call(" while getting the repr of an object")) return nullptr;
  Object* r = t->tp_repr(o);
  leave_recursive_call();
  if (r && !is_str(r)) {
    raise(&exc::TypeError, "__repr__ returned non-string (type %.200s)", type_of(r)->tp_name);
    decref(r);
    return nullptr;
  }
  return r;
}

Object* object_str(Object* o) {
  if (is_str_exact(o)) return newref(o);
  TypeObject* t = type_of(o);
  if (!t->tp_str) return object_repr(o);
  if (!enter_recursive_call(" while getting the str of an object")) return nullptr;
  Object* r = t->tp_str(o);
  leave_recursive_call();
  if (r && !is_str(r)) {
    raise(&exc::TypeError, "__str__ returned non-string (type %.200s)", type_of(r)->tp_name);
    decref(r);
    return nullptr;
  }
  return r;
}

int object_is_true(Object* o) {
  if (o == bool_object(true)) return 1;
  if (o == bool_object(false) || is_none(o)) return 0;
  TypeObject* t = type_of(o);
  if (t->tp_as_number && t->tp_as_number->nb_bool) return t->tp_as_number->nb_bool(o);
  ssize n;
  if (t->tp_as_mapping && t->tp_as_mapping->mp_length) n = t->tp_as_mapping->mp_length(o);
  else if (t->tp_as_sequence && t->tp_as_sequence->sq_length) n = t->tp_as_sequence->sq_length(o);
  else return 1;
  return n < 0 ? -1 : n > 0;
}

Object* object_getattr(Object* o, Object* name) {
  TypeObject* t = type_of(o);
  if (t->tp_getattro) return t->tp_getattro(o, name);
  std::string_view n = str_utf8(name);
  return raise(&exc::AttributeError, "'%.100s' object has no attribute '%.*s'", t->tp_name, static_cast<int>(n.size()),
               n.data());
}

int object_setattr(Object* o, Object* name, Object* value) {
  TypeObject* t = type_of(o);
  if (t->tp_setattro) return t->tp_setattro(o, name, value);
  std::string_view n = str_utf8(name);
  if (t->tp_getattro)
    raise(&exc::AttributeError, "'%.100s' object has no attribute '%.*s'", t->tp_name, static_cast<int>(n.size()),
          n.data());
  else
    raise(&exc::TypeError, "'%.100s' object has no attributes (%s .%.*s)", t->tp_name,
          value ? "assign to" : "del", static_cast<int>(n.size()), n.data());
  return -1;
}

Object* object_vectorcall(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
  TypeObject* t = type_of(callable);
  if ((t->tp_flags & kTpHaveVectorcall) && t->tp_vectorcall_offset > 0) {
    auto fn = *reinterpret_cast<vectorcallfunc*>(reinterpret_cast<char*>(callable) + t->tp_vectorcall_offset);
    if (fn) return fn(callable, args, nargs, kwnames);
  }
  if (!t->tp_call) return raise(&exc::TypeError, "'%.200s' object is not callable", t->tp_name);
  return call_through_tp_call(callable, t->tp_call, args, nargs, kwnames);
}

Object* call_through_tp_call(Object* callable, ternaryfunc call, Object* const* args, size_t nargs,
                             Object* kwnames) {
  // tp_call takes the positional arguments as a tuple and the keyword
  // arguments as a dict.
  Object* kwargs = nullptr;
  if (kwnames && tuple_size(kwnames) > 0) {
    kwargs = dict_new();
    if (!kwargs) return nullptr;
    for (ssize i = 0; i < tuple_size(kwnames); i++) {
      if (dict_set_item(kwargs, tuple_item(kwnames, i), args[nargs + static_cast<size_t>(i)]) < 0) {
        decref(kwargs);
        return nullptr;
      }
    }
  }
  Object* tuple = tuple_new(static_cast<ssize>(nargs));
  if (!tuple) {
    xdecref(kwargs);
    return nullptr;
  }
  for (size_t i = 0; i < nargs; i++) tuple_item(tuple, static_cast<ssize>(i)) = newref(args[i]);
  Object* r = nullptr;
  if (enter_recursive_call(" while calling a Python object")) {
    r = call(callable, tuple, kwargs);
    leave_recursive_call();
  }
  decref(tuple);
  xdecref(kwargs);
  return r;
}

Object* object_get_iter(Object* o) {
  TypeObject* t = type_of(o);
  if (t->tp_iter) {
    Object* it = t->tp_iter(o);
    if (it && !type_of(it)->tp_iternext) {
      raise(&exc::TypeError, "iter() returned non-iterator of type '%.100s'", type_of(it)->tp_name);
      decref(it);
      return nullptr;
    }
    return it;
  }
  // An object with only __getitem__ is iterated by index (not a dict).
  if (t->tp_as_sequence && t->tp_as_sequence->sq_item && !(t->tp_flags & kTpDictSubclass)) return seq_iter_new(o);
  return raise(&exc::TypeError, "'%.200s' object is not iterable", t->tp_name);
}

int object_contains(Object* container, Object* value) {
  SequenceMethods* sq = type_of(container)->tp_as_sequence;
  if (sq && sq->sq_contains) return sq->sq_contains(container, value);
  // Search by iteration.
  Object* it = object_get_iter(container);
  if (!it) {
    if (error_matches(&exc::TypeError)) {
      clear_error();
      raise(&exc::TypeError, "argument of type '%.200s' is not iterable", type_of(container)->tp_name);
    }
    return -1;
  }
  int r = 0;
  while (Object* item = iter_next(it)) {
    int eq = object_eq(item, value);
    decref(item);
    if (eq != 0) {
      r = eq;
      break;
    }
  }
  decref(it);
  if (r == 0 && error_occurred()) r = -1;
  return r;
}

Object* iter_next(Object* it) {
  TypeObject* t = type_of(it);
  if (!t->tp_iternext) return raise(&exc::TypeError, "'%.200s' object is not an iterator", t->tp_name);
  Object* r = t->tp_iternext(it);
  if (!r && error_matches(&exc::StopIteration)) clear_error();
  return r;
}

// The ssize value of an index object (int or __index__), for sequences.
static bool index_value(Object* key, ssize* out) {
  if (is_int(key)) {
    auto v = int_to_int64(key);
    if (!v) {
      raise(&exc::IndexError, "cannot fit 'int' into an index-sized integer");
      return false;
    }
    *out = static_cast<ssize>(*v);
    return true;
  }
  return false;
}

Object* object_getitem(Object* o, Object* key) {
  TypeObject* t = type_of(o);
  if (t->tp_as_mapping && t->tp_as_mapping->mp_subscript) return t->tp_as_mapping->mp_subscript(o, key);
  if (t->tp_as_sequence && t->tp_as_sequence->sq_item) {
    ssize i;
    if (index_value(key, &i)) {
      if (i < 0 && t->tp_as_sequence->sq_length) {
        ssize n = t->tp_as_sequence->sq_length(o);
        if (n < 0) return nullptr;
        i += n;
      }
      return t->tp_as_sequence->sq_item(o, i);
    }
    if (error_occurred()) return nullptr;
    return raise(&exc::TypeError, "sequence index must be integer, not '%.200s'", type_of(key)->tp_name);
  }
  if (t->tp_flags & kTpTypeSubclass) {
    // Types: type[int] directly, others through __class_getitem__ (list[int]).
    if (o == reinterpret_cast<Object*>(&TypeType)) return generic_alias_new(o, key);
    Object* meth = object_getattr(o, names::dunder_class_getitem);
    if (!meth) {
      if (!error_matches(&exc::AttributeError)) return nullptr;
      clear_error();
    } else if (!is_none(meth)) {
      Object* r = object_vectorcall(meth, &key, 1, nullptr);
      decref(meth);
      return r;
    } else {
      decref(meth);
    }
    return raise(&exc::TypeError, "type '%.200s' is not subscriptable", reinterpret_cast<TypeObject*>(o)->tp_name);
  }
  return raise(&exc::TypeError, "'%.200s' object is not subscriptable", t->tp_name);
}

// PySequence_SetItem/DelItem's path for an index key on a type without a
// mapping slot (value null: deletion). The messages differ by path, as
// CPython's do: "does not" from the generic path, "doesn't" for deletion
// from a sequence type without sq_ass_item.
static int sequence_ass_index(Object* o, Object* key, Object* value) {
  TypeObject* t = type_of(o);
  ssize i;
  if (!index_as_ssize(key, &exc::IndexError, &i)) return -1;
  SequenceMethods* sq = t->tp_as_sequence;
  if (!sq->sq_ass_item) {
    if (value)
      raise(&exc::TypeError, "'%.200s' object does not support item assignment", t->tp_name);
    else
      raise(&exc::TypeError, "'%.200s' object doesn't support item deletion", t->tp_name);
    return -1;
  }
  if (i < 0 && sq->sq_length) {
    ssize n = sq->sq_length(o);
    if (n < 0) return -1;
    i += n;
  }
  return sq->sq_ass_item(o, i, value);
}

int object_setitem(Object* o, Object* key, Object* value) {
  TypeObject* t = type_of(o);
  if (t->tp_as_mapping && t->tp_as_mapping->mp_ass_subscript) return t->tp_as_mapping->mp_ass_subscript(o, key, value);
  if (t->tp_as_sequence) {
    if (is_index(key)) return sequence_ass_index(o, key, value);
    if (t->tp_as_sequence->sq_ass_item) {
      raise(&exc::TypeError, "sequence index must be integer, not '%.200s'", type_of(key)->tp_name);
      return -1;
    }
  }
  raise(&exc::TypeError, "'%.200s' object does not support item assignment", t->tp_name);
  return -1;
}

int object_delitem(Object* o, Object* key) {
  TypeObject* t = type_of(o);
  if (t->tp_as_mapping && t->tp_as_mapping->mp_ass_subscript)
    return t->tp_as_mapping->mp_ass_subscript(o, key, nullptr);
  if (t->tp_as_sequence) {
    if (is_index(key)) return sequence_ass_index(o, key, nullptr);
    if (t->tp_as_sequence->sq_ass_item) {
      raise(&exc::TypeError, "sequence index must be integer, not '%.200s'", type_of(key)->tp_name);
      return -1;
    }
  }
  raise(&exc::TypeError, "'%.200s' object does not support item deletion", t->tp_name);
  return -1;
}

ssize object_length(Object* o) {
  TypeObject* t = type_of(o);
  if (t->tp_as_sequence && t->tp_as_sequence->sq_length) return t->tp_as_sequence->sq_length(o);
  if (t->tp_as_mapping && t->tp_as_mapping->mp_length) return t->tp_as_mapping->mp_length(o);
  raise(&exc::TypeError, "object of type '%.200s' has no len()", t->tp_name);
  return -1;
}

}  // namespace dx
