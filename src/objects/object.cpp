// The `object` type: the root of every class. Creation and initialization
// with CPython's rules for excess arguments, the generic attribute protocol
// (descriptors, then the instance's attributes), identity equality and hash,
// the default repr, and __class__ / __dict__.
#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "objects/descriptor.h"
#include "objects/dict.h"
#include "objects/instance_attrs.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/type_slots.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"
#include "objects/int.h"

namespace dx {

Object* object_new_instance(TypeObject* t) {
  // Instances of classes with shaped attributes get their value array in
  // the same block (instance_attrs.h).
  size_t values = is_heap_type(t) && (t->tp_flags & kTpManagedDict) ? instance_values_inline_bytes(t) : 0;
  Object* o = object_alloc_zeroed(t, static_cast<size_t>(t->tp_basicsize) + values);
  if (!o) return nullptr;
  if (is_heap_type(t)) {
    incref(reinterpret_cast<Object*>(t));
    if (values) instance_values_init_inline(o);
  }
  return o;
}

Object* object_new_var_instance(TypeObject* t, ssize nitems) {
  // One item more than asked and a round-up to words: where
  // instance_dict_slot looks for a dict after the items.
  size_t size = (static_cast<size_t>(t->tp_basicsize) + static_cast<size_t>(nitems + 1) * static_cast<size_t>(t->tp_itemsize) + 7) & ~size_t(7);
  auto* o = static_cast<VarObject*>(object_alloc_zeroed(t, size));
  if (!o) return nullptr;
  o->ob_size = nitems;
  if (is_heap_type(t)) incref(reinterpret_cast<Object*>(t));
  return o;
}

std::nullptr_t raise_attribute_error(Object* o, Object* name) {
  std::string_view n = is_str(name) ? str_utf8(name) : std::string_view("?");
  raise(&exc::AttributeError, "'%.100s' object has no attribute '%.*s'", type_of(o)->tp_name,
        static_cast<int>(n.size()), n.data());
  // AttributeError carries the name and the object (for suggestions).
  Object* e = current_thread()->current_exception;
  if (e && is_instance_of_type(e, &exc::AttributeError)) {
    auto* ae = static_cast<AttributeErrorObject*>(e);
    if (!ae->name) ae->name = newref(name);
    if (!ae->obj) ae->obj = newref(o);
  }
  return nullptr;
}

Object* object_generic_getattr(Object* o, Object* name) {
  if (!is_str(name))
    return raise(&exc::TypeError, "attribute name must be string, not '%.200s'", type_of(name)->tp_name);
  TypeObject* t = type_of(o);
  Object* descr = type_lookup(t, name);
  descrgetfunc get = nullptr;
  if (descr) {
    incref(descr);
    get = type_of(descr)->tp_descr_get;
    if (get && type_of(descr)->tp_descr_set) {
      Object* r = get(descr, o, reinterpret_cast<Object*>(t));
      decref(descr);
      return r;
    }
  }
  if (t->tp_dictoffset) {
    if (Object* v = instance_attr_get(o, name)) {
      xdecref(descr);
      return newref(v);
    }
    if (error_occurred()) {
      xdecref(descr);
      return nullptr;
    }
  }
  if (get) {
    Object* r = get(descr, o, reinterpret_cast<Object*>(t));
    decref(descr);
    return r;
  }
  if (descr) return descr;
  return raise_attribute_error(o, name);
}

Object* object_get_method(Object* o, Object* name, Object** self) {
  *self = nullptr;
  TypeObject* t = type_of(o);
  if (t->tp_getattro != object_generic_getattr || !is_str(name)) return object_getattr(o, name);
  Object* descr = type_lookup(t, name);
  // Functions and method descriptors are non-data descriptors: an instance
  // attribute of the same name hides them.
  if (!descr || !(type_of(descr)->tp_flags & kTpMethodDescriptor)) return object_generic_getattr(o, name);
  if (t->tp_dictoffset) {
    if (Object* v = instance_attr_get(o, name)) return newref(v);
    if (error_occurred()) return nullptr;
  }
  *self = newref(o);
  return newref(descr);
}

int object_generic_setattr(Object* o, Object* name, Object* value) {
  if (!is_str(name)) {
    raise(&exc::TypeError, "attribute name must be string, not '%.200s'", type_of(name)->tp_name);
    return -1;
  }
  TypeObject* t = type_of(o);
  Object* descr = type_lookup(t, name);
  if (descr) {
    if (descrsetfunc set = type_of(descr)->tp_descr_set) {
      incref(descr);
      int r = set(descr, o, value);
      decref(descr);
      return r;
    }
  }
  if (!t->tp_dictoffset) {
    std::string_view n = str_utf8(name);
    if (!descr)
      raise(&exc::AttributeError, "'%.100s' object has no attribute '%.*s'", t->tp_name, static_cast<int>(n.size()),
            n.data());
    else
      raise(&exc::AttributeError, "'%.100s' object attribute '%.*s' is read-only", t->tp_name,
            static_cast<int>(n.size()), n.data());
    return -1;
  }
  int r = instance_attr_set(o, name, value);
  if (r == 1) {
    raise_attribute_error(o, name);
    return -1;
  }
  return r;
}

Object* object_dir(Object* o) {
  bool found;
  static Object* dir_name = str_intern_static("__dir__");
  Object* r = call_special(o, dir_name, nullptr, 0, &found);
  if (!found) {
    if (!error_occurred()) raise(&exc::TypeError, "object does not provide __dir__");
    return nullptr;
  }
  if (!r) return nullptr;
  Object* list = list_from_iterable(r);
  decref(r);
  if (list && list_sort(list, nullptr, false) < 0) {
    decref(list);
    return nullptr;
  }
  return list;
}

namespace {

void object_dealloc(Object* o) { object_free(o); }

// Whether the call passed arguments beyond the type/instance.
bool excess_args(Object* args, Object* kwargs) {
  return tuple_size(args) > 0 || (kwargs && dict_size(kwargs) > 0);
}

int object_init(Object* self, Object* args, Object* kwargs);

Object* object_new(TypeObject* t, Object* args, Object* kwargs) {
  if (excess_args(args, kwargs)) {
    if (t->tp_new != object_new)
      return raise(&exc::TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (t->tp_init == object_init) return raise(&exc::TypeError, "%s() takes no arguments", t->tp_name);
  }
  if (t->tp_flags & kTpIsAbstract) {
    // "Can't instantiate abstract class A with abstract methods f, g"
    bool error = false;
    Object* abstract = dict_get_item_str(t->tp_dict, names::dunder_abstractmethods, &error);
    Object* sorted = abstract ? list_from_iterable(abstract) : nullptr;
    if (!sorted) return nullptr;
    if (list_sort(sorted, nullptr, false) < 0) {
      decref(sorted);
      return nullptr;
    }
    std::string joined;
    for (ssize i = 0; i < list_size(sorted); i++) {
      Object* item = list_item(sorted, i);
      if (i) joined += ", ";
      if (is_str(item)) joined += str_utf8(item);
    }
    ssize n = list_size(sorted);
    decref(sorted);
    return raise(&exc::TypeError, "Can't instantiate abstract class %s with abstract method%s %s", t->tp_name,
                 n > 1 ? "s" : "", joined.c_str());
  }
  return object_new_instance(t);
}

int object_init(Object* self, Object* args, Object* kwargs) {
  if (excess_args(args, kwargs)) {
    TypeObject* t = type_of(self);
    if (t->tp_init != object_init) {
      raise(&exc::TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
      return -1;
    }
    if (t->tp_new == object_new) {
      raise(&exc::TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", t->tp_name);
      return -1;
    }
  }
  return 0;
}

// <__main__.A object at 0x7f...>
Object* object_repr_slot(Object* o) {
  TypeObject* t = type_of(o);
  std::string s = "<";
  if (is_heap_type(t)) {
    bool error = false;
    Object* module = dict_get_item_str(t->tp_dict, names::dunder_module, &error);
    if (module && is_str(module) && !str_equal_ascii(module, "builtins")) {
      s += str_utf8(module);
      s += '.';
    }
    s += str_utf8(static_cast<HeapTypeObject*>(t)->ht_qualname);
  } else {
    s += t->tp_name;
  }
  char buf[48];
  std::snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(o));
  s += buf;
  return str_from_utf8(s);
}

Object* object_str_slot(Object* o) {
  reprfunc f = type_of(o)->tp_repr;
  return f ? f(o) : object_repr_slot(o);
}

Object* object_richcompare_slot(Object* a, Object* b, int op) {
  switch (op) {
    case kEq:
      return newref(a == b ? bool_object(true) : not_implemented());
    case kNe: {
      // The inverse of __eq__, unless that is NotImplemented.
      richcmpfunc eq = type_of(a)->tp_richcompare;
      if (!eq) return newref(not_implemented());
      Object* r = eq(a, b, kEq);
      if (!r || r == not_implemented()) return r;
      int t = object_is_true(r);
      decref(r);
      if (t < 0) return nullptr;
      return newref(bool_object(!t));
    }
    default:
      return newref(not_implemented());
  }
}

Object* object_get_class(Object* o, void*) { return newref(reinterpret_cast<Object*>(type_of(o))); }

// Whether instances of a and b have the same layout (__class__ assignment).
bool compatible_layout(TypeObject* a, TypeObject* b) {
  auto solid = [](TypeObject* t) {
    while (t->tp_base && t->tp_basicsize == t->tp_base->tp_basicsize && is_heap_type(t)) t = t->tp_base;
    return t;
  };
  if (!(a->tp_basicsize == b->tp_basicsize && a->tp_itemsize == b->tp_itemsize &&
        a->tp_dictoffset == b->tp_dictoffset && a->tp_weaklistoffset == b->tp_weaklistoffset &&
        ((a->tp_flags ^ b->tp_flags) & kTpManagedDict) == 0 && solid(a)->tp_dealloc == solid(b)->tp_dealloc))
    return false;
  // Classes that add slots must add the same ones (in any order), as
  // CPython's same_slots_added requires.
  TypeObject *sa = solid(a), *sb = solid(b);
  if (sa == sb || !is_heap_type(sa) || !is_heap_type(sb)) return true;
  if (sa->tp_base != sb->tp_base) return false;
  auto slots = [](TypeObject* t) {
    std::vector<std::string_view> names;
    Object* tuple = reinterpret_cast<HeapTypeObject*>(t)->ht_slots;
    for (ssize i = 0; tuple && i < tuple_size(tuple); i++) {
      Object* n = tuple_item(tuple, i);
      if (!str_equal(n, names::dunder_dict) && !str_equal(n, names::dunder_weakref)) names.push_back(str_utf8(n));
    }
    std::sort(names.begin(), names.end());
    return names;
  };
  return slots(sa) == slots(sb);
}

int object_set_class(Object* o, Object* value, void*) {
  if (!value) {
    raise(&exc::TypeError, "can't delete __class__ attribute");
    return -1;
  }
  if (!is_type(value)) {
    raise(&exc::TypeError, "__class__ must be set to a class, not '%s' object", type_of(value)->tp_name);
    return -1;
  }
  auto* newt = reinterpret_cast<TypeObject*>(value);
  TypeObject* oldt = type_of(o);
  bool modules = is_subtype(newt, &ModuleType) && is_subtype(oldt, &ModuleType);
  if (!modules && (!is_heap_type(newt) || !is_heap_type(oldt))) {
    raise(&exc::TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    return -1;
  }
  if (!compatible_layout(newt, oldt)) {
    raise(&exc::TypeError, "__class__ assignment: '%s' object layout differs from '%s'", newt->tp_name,
          oldt->tp_name);
    return -1;
  }
  // Shapes belong to a class: the attributes move into a dict first.
  if ((oldt->tp_flags & kTpManagedDict) && !instance_dict(o)) return -1;
  incref(value);
  o->ob_type = newt;
  decref(reinterpret_cast<Object*>(oldt));
  return 0;
}

GetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

Object* object_init_subclass(Object* cls, Object* const*, ssize nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0)
    return raise(&exc::TypeError, "%s.__init_subclass__() takes no keyword arguments",
                 type_short_name(reinterpret_cast<TypeObject*>(cls)));
  if (nargs > 0)
    return raise(&exc::TypeError, "%s.__init_subclass__() takes no arguments (%zd given)",
                 type_short_name(reinterpret_cast<TypeObject*>(cls)), nargs);
  return return_none();
}
Object* object_subclasshook(Object*, Object* const*, ssize, Object*) { return newref(not_implemented()); }

Object* object_format_method(Object* self, Object* spec) {
  if (!is_str(spec))
    return raise(&exc::TypeError, "__format__() argument must be str, not %.100s", type_of(spec)->tp_name);
  if (str_length(spec) > 0)
    return raise(&exc::TypeError, "unsupported format string passed to %.200s.__format__", type_of(self)->tp_name);
  return object_str(self);
}

Object* object_dir_method(Object* self, Object*) {
  Object* names = dict_new();
  if (!names) return nullptr;
  if (type_of(self)->tp_dictoffset) {
    Object* d = instance_dict(self);
    if (!d || dict_merge(names, d, DictMerge::kOverride) < 0) {
      decref(names);
      return nullptr;
    }
  }
  Object* mro = type_of(self)->tp_mro;
  for (ssize i = 0; i < tuple_size(mro); i++)
    if (dict_merge(names, reinterpret_cast<TypeObject*>(tuple_item(mro, i))->tp_dict, DictMerge::kKeepExisting) <
        0) {
      decref(names);
      return nullptr;
    }
  Object* list = list_new(0);
  ssize pos = 0;
  Object* key;
  while (list && dict_next(names, &pos, &key, nullptr))
    if (list_append(list, key) < 0) {
      decref(list);
      list = nullptr;
    }
  decref(names);
  return list;
}

Object* object_sizeof(Object* self, Object*) {
  TypeObject* t = type_of(self);
  ssize size = t->tp_basicsize;
  if (t->tp_itemsize) {
    ssize n = size_of(static_cast<VarObject*>(self));
    size += (n < 0 ? -n : n) * t->tp_itemsize;
  }
  return int_from_int64(size);
}

MethodDef object_methods[] = {
    {"__init_subclass__", reinterpret_cast<CFunction>(reinterpret_cast<void*>(object_init_subclass)),
     kMethClass | kMethFastcall | kMethKeywords, nullptr},
    {"__subclasshook__", reinterpret_cast<CFunction>(reinterpret_cast<void*>(object_subclasshook)),
     kMethClass | kMethFastcall | kMethKeywords, nullptr},
    {"__format__", reinterpret_cast<CFunction>(object_format_method), kMethO, nullptr},
    {"__dir__", reinterpret_cast<CFunction>(object_dir_method), kMethNoArgs, nullptr},
    {"__sizeof__", reinterpret_cast<CFunction>(object_sizeof), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

hash_t object_hash_slot(Object* o) { return object_identity_hash(o); }

}  // namespace

void init_object_type() {
  TypeObject& t = ObjectType;
  t.tp_name = "object";
  t.tp_basicsize = sizeof(Object);
  t.tp_dealloc = object_dealloc;
  t.tp_repr = object_repr_slot;
  t.tp_str = object_str_slot;
  t.tp_hash = object_hash_slot;
  t.tp_richcompare = object_richcompare_slot;
  t.tp_getattro = object_generic_getattr;
  t.tp_setattro = object_generic_setattr;
  t.tp_init = object_init;
  t.tp_new = object_new;
  t.tp_methods = object_methods;
  t.tp_getset = object_getset;
  t.tp_flags = kTpDefault | kTpBaseType;
}

}  // namespace dx
