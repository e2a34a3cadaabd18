#include "objects/exception_group.h"

#include <unordered_set>

#include "objects/builtin_function.h"
#include "objects/descriptor.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "vm/function.h"

namespace dx {

namespace {

ExceptionGroupObject* as_group(Object* o) { return static_cast<ExceptionGroupObject*>(o); }

bool is_exception_class(Object* o) {
  return is_type(o) && (static_cast<TypeObject*>(o)->tp_flags & kTpBaseExcSubclass);
}

// PySequence_Check: indexable and not a dict.
bool is_sequence(Object* o) {
  if (is_dict(o)) return false;
  SequenceMethods* sq = type_of(o)->tp_as_sequence;
  return sq && sq->sq_item;
}

// BaseExceptionGroup.__new__(cls, message, exceptions)
Object* group_new(TypeObject* type, Object* args, Object* kwargs) {
  ssize nargs = tuple_size(args);
  if (nargs != 2)
    return raise(&exc::TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)", nargs);
  Object* message = tuple_item(args, 0);
  if (!is_str(message))
    return raise(&exc::TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %.50s",
                 type_of(message)->tp_name);
  Object* seq = tuple_item(args, 1);
  if (!is_sequence(seq)) return raise(&exc::TypeError, "second argument (exceptions) must be a sequence");
  Object* excs = tuple_from_iterable(seq);
  if (!excs) return nullptr;
  ssize n = tuple_size(excs);
  if (n == 0) {
    decref(excs);
    return raise(&exc::ValueError, "second argument (exceptions) must be a non-empty sequence");
  }
  bool nested_base = false;
  for (ssize i = 0; i < n; i++) {
    Object* e = tuple_item(excs, i);
    if (!is_instance_of_type(e, &exc::BaseException)) {
      decref(excs);
      return raise(&exc::ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
    }
    if (!is_instance_of_type(e, &exc::Exception)) nested_base = true;
  }
  TypeObject* cls = type;
  if (cls == &exc::ExceptionGroup) {
    if (nested_base) {
      decref(excs);
      return raise(&exc::TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    }
  } else if (cls == &exc::BaseExceptionGroup) {
    // Only Exceptions inside: it is an ExceptionGroup.
    if (!nested_base) cls = &exc::ExceptionGroup;
  } else if (nested_base && is_subtype(cls, &exc::Exception)) {
    decref(excs);
    return raise(&exc::TypeError, "Cannot nest BaseExceptions in '%.200s'", cls->tp_name);
  }
  Object* self = exc::BaseException.tp_new(cls, args, kwargs);
  if (!self) {
    decref(excs);
    return nullptr;
  }
  as_group(self)->msg = newref(message);
  as_group(self)->excs = excs;
  return self;
}

int group_init(Object* self, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) {
    raise(&exc::TypeError, "%.200s() takes no keyword arguments", type_of(self)->tp_name);
    return -1;
  }
  return exc::BaseException.tp_init(self, args, nullptr);
}

// "message (N sub-exception[s])"
Object* group_str(Object* o) {
  ssize n = tuple_size(as_group(o)->excs);
  std::string s(str_utf8(as_group(o)->msg));
  s += " (" + std::to_string(n) + " sub-exception" + (n > 1 ? "s" : "") + ")";
  return str_from_utf8(s);
}

// derive(excs): a group like this one (its message) around excs.
Object* group_derive(Object* self, Object* const* args, ssize nargs) {
  if (nargs != 1) return raise(&exc::TypeError, "function takes exactly 1 argument (%zd given)", nargs);
  Object* init_args[2] = {as_group(self)->msg, args[0]};
  return object_vectorcall(&exc::BaseExceptionGroup, init_args, 2, nullptr);
}

// What split() and subgroup() select: by class, by a Python function, or
// (except*) by the identity of the leaves.
struct Matcher {
  enum Kind { kType, kPredicate, kLeaves } kind;
  Object* value = nullptr;
  const std::unordered_set<Object*>* leaves = nullptr;
};

bool matcher_of(Object* value, Matcher* m) {
  if (is_function(value)) {
    *m = {Matcher::kPredicate, value};
    return true;
  }
  if (is_exception_class(value)) {
    *m = {Matcher::kType, value};
    return true;
  }
  if (type_of(value) == &TupleType) {
    bool all = true;
    for (ssize i = 0; i < tuple_size(value); i++)
      if (!is_exception_class(tuple_item(value, i))) all = false;
    if (all) {
      *m = {Matcher::kType, value};
      return true;
    }
  }
  raise(&exc::TypeError, "expected a function, exception type or tuple of exception types");
  return false;
}

// PyErr_GivenExceptionMatches for an instance and a class or tuple of classes.
bool instance_matches(Object* e, Object* type) {
  if (is_tuple(type)) {
    for (ssize i = 0; i < tuple_size(type); i++)
      if (instance_matches(e, tuple_item(type, i))) return true;
    return false;
  }
  return is_type(type) && is_instance_of_type(e, static_cast<TypeObject*>(type));
}

int check_match(Object* e, const Matcher& m) {
  switch (m.kind) {
    case Matcher::kType: return instance_matches(e, m.value);
    case Matcher::kPredicate: {
      Object* r = object_vectorcall(m.value, &e, 1, nullptr);
      if (!r) return -1;
      int t = object_is_true(r);
      decref(r);
      return t;
    }
    case Matcher::kLeaves: return m.leaves->count(e) ? 1 : 0;
  }
  return 0;
}

// A group like `orig` (derive()) holding the exceptions of list `excs`,
// with orig's traceback, cause, context and a copy of its notes; null
// (no error) for an empty list.
int subset(Object* orig, Object* excs, Object** result) {
  *result = nullptr;
  if (list_size(excs) == 0) return 0;
  static Object* derive_name = str_intern_static("derive");
  Object* meth = object_getattr(orig, derive_name);
  if (!meth) return -1;
  Object* eg = object_vectorcall(meth, &excs, 1, nullptr);
  decref(meth);
  if (!eg) return -1;
  if (!is_exception_group(eg)) {
    decref(eg);
    raise(&exc::TypeError, "derive must return an instance of BaseExceptionGroup");
    return -1;
  }
  auto* o = static_cast<BaseExceptionObject*>(orig);
  auto* n = static_cast<BaseExceptionObject*>(eg);
  auto set = [](Object*& field, Object* value) {
    Object* old = field;
    field = value ? newref(value) : nullptr;
    xdecref(old);
  };
  if (o->traceback) set(n->traceback, o->traceback);
  set(n->context, o->context);
  set(n->cause, o->cause);
  n->suppress_context = 1;  // (setting __cause__ does, even to None)
  static Object* notes_name = str_intern_static("__notes__");
  Object* notes = object_getattr(orig, notes_name);
  if (!notes) {
    if (!error_matches(&exc::AttributeError)) {
      decref(eg);
      return -1;
    }
    clear_error();
  } else {
    if (is_sequence(notes)) {
      // The parts get lists of their own.
      Object* copy = list_from_iterable(notes);
      int r = copy ? object_setattr(eg, notes_name, copy) : -1;
      xdecref(copy);
      if (r < 0) {
        decref(notes);
        decref(eg);
        return -1;
      }
    }
    decref(notes);
  }
  *result = eg;
  return 0;
}

// The matching part of exception e (and, with `rest`, the other part).
int split_recursive(Object* e, const Matcher& m, Object** match, Object** rest) {
  *match = nullptr;
  if (rest) *rest = nullptr;
  int is_match = check_match(e, m);
  if (is_match < 0) return -1;
  if (is_match) {
    *match = newref(e);
    return 0;
  }
  if (!is_exception_group(e)) {
    if (rest) *rest = newref(e);
    return 0;
  }
  Object* match_list = list_new(0);
  Object* rest_list = rest ? list_new(0) : nullptr;
  int result = -1;
  if (!match_list || (rest && !rest_list)) goto done;
  {
    Object* excs = as_group(e)->excs;
    for (ssize i = 0; i < tuple_size(excs); i++) {
      Object *m_part, *r_part;
      if (!enter_recursive_call(" in exceptiongroup_split_recursive")) goto done;
      int r = split_recursive(tuple_item(excs, i), m, &m_part, rest ? &r_part : nullptr);
      leave_recursive_call();
      if (r < 0) goto done;
      if (m_part) {
        int a = list_append(match_list, m_part);
        decref(m_part);
        if (a < 0) {
          if (rest) xdecref(r_part);
          goto done;
        }
      }
      if (rest && r_part) {
        int a = list_append(rest_list, r_part);
        decref(r_part);
        if (a < 0) goto done;
      }
    }
  }
  if (subset(e, match_list, match) < 0) goto done;
  if (rest && subset(e, rest_list, rest) < 0) {
    xdecref(*match);
    *match = nullptr;
    goto done;
  }
  result = 0;
done:
  xdecref(match_list);
  xdecref(rest_list);
  return result;
}

Object* group_split(Object* self, Object* const* args, ssize nargs) {
  if (nargs != 1) return raise(&exc::TypeError, "split expected 1 argument, got %zd", nargs);
  Matcher m{};
  if (!matcher_of(args[0], &m)) return nullptr;
  Object *match, *rest;
  if (split_recursive(self, m, &match, &rest) < 0) return nullptr;
  Object* r = tuple_pack({match ? match : none(), rest ? rest : none()});
  xdecref(match);
  xdecref(rest);
  return r;
}

Object* group_subgroup(Object* self, Object* const* args, ssize nargs) {
  if (nargs != 1) return raise(&exc::TypeError, "subgroup expected 1 argument, got %zd", nargs);
  Matcher m{};
  if (!matcher_of(args[0], &m)) return nullptr;
  Object* match;
  if (split_recursive(self, m, &match, nullptr) < 0) return nullptr;
  return match ? match : return_none();
}

#define FASTCALL(f) reinterpret_cast<CFunction>(reinterpret_cast<void*>(f)), kMethFastcall
MethodDef group_methods[] = {
    {"derive", FASTCALL(group_derive), nullptr},
    {"split", FASTCALL(group_split), nullptr},
    {"subgroup", FASTCALL(group_subgroup), nullptr},
    {nullptr, nullptr, 0, nullptr},
};
#undef FASTCALL

MemberDef group_members[] = {
    {"message", kMemberObject, offsetof(ExceptionGroupObject, msg), kMemberReadonly, "exception message"},
    {"exceptions", kMemberObject, offsetof(ExceptionGroupObject, excs), kMemberReadonly, "nested exceptions"},
    {nullptr, 0, 0, 0, nullptr},
};

void collect_leaves(Object* e, std::unordered_set<Object*>& leaves) {
  if (is_none(e)) return;
  if (!is_exception_group(e)) {
    leaves.insert(e);
    return;
  }
  Object* excs = as_group(e)->excs;
  for (ssize i = 0; i < tuple_size(excs); i++) collect_leaves(tuple_item(excs, i), leaves);
}

// Whether e is orig (or a part split from it) re-raised: the same
// traceback, cause, context and notes.
bool same_metadata(Object* a, Object* b) {
  auto* x = static_cast<BaseExceptionObject*>(a);
  auto* y = static_cast<BaseExceptionObject*>(b);
  return x->notes == y->notes && x->traceback == y->traceback && x->cause == y->cause && x->context == y->context;
}

}  // namespace

bool is_exception_group(const Object* o) { return is_instance_of_type(const_cast<Object*>(o), &exc::BaseExceptionGroup); }

Object* exception_group_new(const char* message, Object* excs) {
  Object* msg = str_from_utf8(message);
  if (!msg) return nullptr;
  Object* args[2] = {msg, excs};
  Object* eg = object_vectorcall(&exc::BaseExceptionGroup, args, 2, nullptr);
  decref(msg);
  return eg;
}

Object* exception_group_match(Object* e, Object* type, Object** rest) {
  *rest = nullptr;
  if (is_none(e)) {
    *rest = return_none();
    return return_none();
  }
  if (instance_matches(e, type)) {
    Object* match;
    if (is_exception_group(e)) {
      match = newref(e);
    } else {
      // A lone exception is wrapped.
      Object* excs = tuple_pack({e});
      if (!excs) return nullptr;
      match = exception_group_new("", excs);
      decref(excs);
      if (!match) return nullptr;
    }
    *rest = return_none();
    return match;
  }
  if (is_exception_group(e)) {
    static Object* split_name = str_intern_static("split");
    Object* meth = object_getattr(e, split_name);
    if (!meth) return nullptr;
    Object* pair = object_vectorcall(meth, &type, 1, nullptr);
    decref(meth);
    if (!pair) return nullptr;
    if (!is_tuple(pair) || tuple_size(pair) != 2) {
      decref(pair);
      return raise(&exc::TypeError, "split must return a 2-tuple");
    }
    Object* match = newref(tuple_item(pair, 0));
    *rest = newref(tuple_item(pair, 1));
    decref(pair);
    return match;
  }
  *rest = return_none();
  return return_none();
}

Object* check_eg_match(Object* exc, Object* type, Object** rest) {
  *rest = nullptr;
  ssize n = is_tuple(type) ? tuple_size(type) : 1;
  for (ssize i = 0; i < n; i++) {
    Object* cls = is_tuple(type) ? tuple_item(type, i) : type;
    if (!is_exception_class(cls))
      return raise(&exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
  }
  for (ssize i = 0; i < n; i++) {
    Object* cls = is_tuple(type) ? tuple_item(type, i) : type;
    if (is_subtype(static_cast<TypeObject*>(cls), &exc::BaseExceptionGroup))
      return raise(&exc::TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  }
  return exception_group_match(exc, type, rest);
}

Object* prep_reraise_star(Object* orig, Object* excs) {
  ssize n = list_size(excs);
  if (n == 0) return return_none();
  if (!is_exception_group(orig)) {
    // A lone exception was caught (wrapped): one clause at most ran.
    return newref(list_item(excs, 0));
  }
  Object* raised = list_new(0);
  if (!raised) return nullptr;
  std::unordered_set<Object*> leaves;
  for (ssize i = 0; i < n; i++) {
    Object* e = list_item(excs, i);
    if (is_none(e)) continue;
    if (same_metadata(e, orig)) {
      collect_leaves(e, leaves);
    } else if (list_append(raised, e) < 0) {
      decref(raised);
      return nullptr;
    }
  }
  // The re-raised leaves keep their place in the original's structure.
  Matcher m{Matcher::kLeaves, nullptr, &leaves};
  Object* reraised;
  if (split_recursive(orig, m, &reraised, nullptr) < 0) {
    decref(raised);
    return nullptr;
  }
  Object* result;
  if (list_size(raised) == 0) {
    result = reraised ? reraised : return_none();
  } else {
    if (reraised) {
      int r = list_append(raised, reraised);
      decref(reraised);
      if (r < 0) {
        decref(raised);
        return nullptr;
      }
    }
    result = exception_group_new("", raised);
  }
  decref(raised);
  return result;
}

void init_exception_group_types() {
  TypeObject& b = exc::BaseExceptionGroup;
  b.tp_new = group_new;
  b.tp_init = group_init;
  b.tp_str = group_str;
  exc::ExceptionGroup.tp_str = group_str;  // (each builtin exception sets its own tp_str)
  b.tp_methods = group_methods;
  b.tp_members = group_members;
  // ExceptionGroup(BaseExceptionGroup, Exception).
  exc::ExceptionGroup.tp_bases = tuple_pack({static_cast<Object*>(&exc::BaseExceptionGroup), static_cast<Object*>(&exc::Exception)});
}

}  // namespace dx
