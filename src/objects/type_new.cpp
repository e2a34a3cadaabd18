// Classes made at run time: the class statement's __build_class__, the
// metaclass calculation, type.__new__ (bases, layout, __slots__, the
// namespace's special entries, __set_name__, __init_subclass__) and the
// deallocation of instances of such classes.
#include <cctype>
#include <cstring>
#include <string>
#include <vector>

#include "gc/gc.h"
#include "objects/cell.h"
#include "objects/descriptor.h"
#include "objects/dict.h"
#include "objects/instance_attrs.h"
#include "objects/int.h"
#include "objects/method.h"
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
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/interpreter.h"
#include "vm/namespace.h"

namespace dx {

// The base whose instance layout a class extends: the nearest static
// ancestor, or a class that added __slots__ or a dict.
TypeObject* solid_base(TypeObject* t) {
  TypeObject* base = t->tp_base ? solid_base(t->tp_base) : &ObjectType;
  bool extra = t->tp_basicsize != base->tp_basicsize || t->tp_itemsize != base->tp_itemsize;
  if (is_heap_type(t) && t->tp_base) {
    // Only __slots__ make a heap type's layout its own (the dict and the
    // weakref slot do not conflict).
    auto* ht = reinterpret_cast<HeapTypeObject*>(t);
    extra = ht->ht_slots && tuple_size(ht->ht_slots) > 0;
    for (ssize i = 0; extra && i < tuple_size(ht->ht_slots); i++) {
      Object* s = tuple_item(ht->ht_slots, i);
      if (str_equal(s, names::dunder_dict) || str_equal(s, names::dunder_weakref)) extra = false;
    }
  }
  return extra ? t : base;
}

namespace {

Object* obj_of(TypeObject* t) { return reinterpret_cast<Object*>(t); }
TypeObject* as_type(Object* o) { return reinterpret_cast<TypeObject*>(o); }

// The base a new class extends (tp_base): TypeError on a layout conflict.
TypeObject* best_base(Object* bases) {
  TypeObject* base = nullptr;
  TypeObject* winner = nullptr;
  for (ssize i = 0; i < tuple_size(bases); i++) {
    Object* b = tuple_item(bases, i);
    if (!is_type(b)) {
      raise(&exc::TypeError, "bases must be types");
      return nullptr;
    }
    auto* bt = as_type(b);
    if (!(bt->tp_flags & kTpBaseType)) {
      raise(&exc::TypeError, "type '%s' is not an acceptable base type", type_short_name(bt));
      return nullptr;
    }
    TypeObject* candidate = solid_base(bt);
    if (!winner) {
      winner = candidate;
      base = bt;
    } else if (is_subtype(winner, candidate)) {
      // winner is the more derived layout already
    } else if (is_subtype(candidate, winner)) {
      winner = candidate;
      base = bt;
    } else {
      raise(&exc::TypeError, "multiple bases have instance lay-out conflict");
      return nullptr;
    }
  }
  return base;
}

// The __slots__ values a class added to its instances' layout.
template <typename F>
void for_each_slot(TypeObject* t, Object* o, F f) {
  if (MemberDef* m = t->tp_members)
    for (; m->name; m++)
      if (m->type == kMemberObjectEx) f(reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + m->offset));
}

void clear_slot(Object** slot) {
  Object* v = *slot;
  *slot = nullptr;
  xdecref(v);
}

// Instances of heap types: __del__ (once: PEP 442), the attributes, the
// __slots__ values, then the nearest static base's deallocation, then the
// class reference. In the trashcan: a long chain of instances (a linked
// list, or a ring the collector frees) does not recurse without bound.
void subtype_dealloc(Object* o) {
  TypeObject* t = type_of(o);
  gc_untrack(o);
  if (trash_defer(o)) return;
  if (t->tp_finalize) {
    // Tracked while __del__ runs, which may resurrect the object.
    gc_track(o);
    if (object_call_finalizer_from_dealloc(o)) {
      trash_done();
      return;
    }
    gc_untrack(o);
  }
  TypeObject* base = t;
  while (is_heap_type(base)) {
    for_each_slot(base, o, clear_slot);
    base = base->tp_base;
  }
  if (t->tp_dictoffset && !base->tp_dictoffset) instance_attrs_clear(o);
  base->tp_dealloc(o);
  decref(obj_of(t));
  trash_done();
}

// What an instance of a class refers to: its __slots__ values, its
// attributes, its class, then what its static base's traverse reports.
int subtype_traverse(Object* o, visitproc visit, void* arg) {
  TypeObject* t = type_of(o);
  TypeObject* base = t;
  do {
    if (MemberDef* m = base->tp_members)
      for (; m->name; m++)
        if (m->type == kMemberObjectEx) DX_VISIT(*reinterpret_cast<Object**>(reinterpret_cast<char*>(o) + m->offset));
    base = base->tp_base;
  } while (is_heap_type(base));
  if (t->tp_dictoffset && !base->tp_dictoffset)
    if (int r = instance_attrs_traverse(o, visit, arg)) return r;
  DX_VISIT(t);
  return base->tp_traverse ? base->tp_traverse(o, visit, arg) : 0;
}

// Breaks an instance's cycles: its __slots__ values and attributes, then
// what its static base's clear drops.
int subtype_clear(Object* o) {
  TypeObject* t = type_of(o);
  TypeObject* base = t;
  while (is_heap_type(base)) {
    for_each_slot(base, o, clear_slot);
    base = base->tp_base;
  }
  if (t->tp_dictoffset && !base->tp_dictoffset) instance_attrs_clear(o);
  return base->tp_clear ? base->tp_clear(o) : 0;
}

// The __dict__ of instances (added to classes that give them one).
Object* subtype_get_dict(Object* o, void*) {
  Object* d = instance_dict(o);
  return d ? newref(d) : nullptr;
}
int subtype_set_dict(Object* o, Object* value, void*) {
  if (!value) {
    raise(&exc::TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!is_dict(value)) {
    raise(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%.200s'", type_of(value)->tp_name);
    return -1;
  }
  return instance_set_dict(o, value);
}
Object* subtype_get_weakref(Object*, void*) { return return_none(); }

GetSetDef subtype_getset_dict[] = {
    {"__dict__", subtype_get_dict, subtype_set_dict, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};
GetSetDef subtype_getset_weakref[] = {
    {"__weakref__", subtype_get_weakref, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

// A valid identifier for __slots__ entries.
bool valid_identifier(Object* s) {
  std::string_view text = str_utf8(s);
  if (text.empty()) return false;
  auto c0 = static_cast<unsigned char>(text[0]);
  if (!(c0 == '_' || c0 >= 0x80 || std::isalpha(c0))) return false;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (!(c == '_' || c >= 0x80 || std::isalnum(c))) return false;
  }
  return true;
}

// "_Name__x" for a private name inside class Name.
Object* mangle(Object* class_name, Object* name) {
  std::string_view n = str_utf8(name);
  if (n.size() < 2 || n[0] != '_' || n[1] != '_' || (n.size() >= 4 && n.substr(n.size() - 2) == "__") ||
      n.find('.') != std::string_view::npos)
    return newref(name);
  std::string_view c = str_utf8(class_name);
  size_t k = 0;
  while (k < c.size() && c[k] == '_') k++;
  if (k == c.size()) return newref(name);
  std::string out = "_";
  out += c.substr(k);
  out += n;
  return str_intern_utf8(out);
}

// Calls __set_name__ on the namespace's values that have one.
int call_set_names(TypeObject* t) {
  Object* items = dict_copy(t->tp_dict);
  if (!items) return -1;
  ssize pos = 0;
  Object *key, *value;
  int status = 0;
  while (dict_next(items, &pos, &key, &value)) {
    Object* set_name = type_lookup(type_of(value), names::dunder_set_name);
    if (!set_name) continue;
    Object* args[2] = {obj_of(t), key};
    bool found;
    Object* r = call_special(value, names::dunder_set_name, args, 2, &found);
    if (!r) {
      // 3.11 wraps the error in RuntimeError with the original as cause.
      Object* cause = fetch_error();
      Object* vr = object_repr(reinterpret_cast<Object*>(type_of(value)));
      std::string_view kn = str_utf8(key);
      raise(&exc::RuntimeError, "Error calling __set_name__ on '%s' instance '%.*s' in '%s'",
            type_of(value)->tp_name, static_cast<int>(kn.size()), kn.data(), t->tp_name);
      xdecref(vr);
      Object* e = current_thread()->current_exception;
      if (e && cause) {
        auto* be = static_cast<BaseExceptionObject*>(e);
        Object* old = be->cause;
        be->cause = cause;
        xdecref(old);
        be->suppress_context = 1;
        if (!be->context) be->context = newref(cause);
      } else {
        xdecref(cause);
      }
      status = -1;
      break;
    }
    decref(r);
  }
  decref(items);
  return status;
}

// super(t, t).__init_subclass__(**kwds)
int call_init_subclass(TypeObject* t, Object* kwds) {
  Object* mro = t->tp_mro;
  Object* func = nullptr;
  // The search starts after t in its MRO (a custom mro() may leave t out,
  // and then super() refuses, as CPython's does).
  ssize start = 0;
  while (start < tuple_size(mro) && tuple_item(mro, start) != obj_of(t)) start++;
  if (start == tuple_size(mro)) {
    raise(&exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return -1;
  }
  for (ssize i = start + 1; i < tuple_size(mro) && !func; i++) {
    bool error = false;
    Object* d = as_type(tuple_item(mro, i))->tp_dict;
    func = dict_get_item_str(d, names::dunder_init_subclass, &error);
  }
  if (!func) return 0;
  incref(func);
  Object* bound;
  if (descrgetfunc get = type_of(func)->tp_descr_get) bound = get(func, obj_of(t), obj_of(t));
  else bound = newref(func);
  decref(func);
  if (!bound) return -1;
  Object* empty = tuple_new(0);
  Object* r = empty ? call_prepend_tuple_dict(bound, nullptr, empty, kwds) : nullptr;
  xdecref(empty);
  decref(bound);
  if (!r) return -1;
  decref(r);
  return 0;
}

// __slots__: the names as a tuple of str, mangled, checked.
Object* slot_names(Object* slots, Object* class_name, bool* add_dict, bool* add_weak, TypeObject* base) {
  Object* seq = is_str(slots) ? tuple_pack({slots}) : tuple_from_iterable(slots);
  if (!seq) return nullptr;
  ssize n = tuple_size(seq);
  Object* result = tuple_new(n);
  if (!result) {
    decref(seq);
    return nullptr;
  }
  ssize k = 0;
  for (ssize i = 0; i < n; i++) {
    Object* s = tuple_item(seq, i);
    if (!is_str(s)) {
      raise(&exc::TypeError, "__slots__ items must be strings, not '%.200s'", type_of(s)->tp_name);
      goto fail;
    }
    if (!valid_identifier(s)) {
      raise(&exc::TypeError, "__slots__ must be identifiers");
      goto fail;
    }
    if (str_equal(s, names::dunder_dict)) {
      if (*add_dict || base->tp_dictoffset) {
        raise(&exc::TypeError, "__dict__ slot disallowed: we already got one");
        goto fail;
      }
      *add_dict = true;
    } else if (str_equal(s, names::dunder_weakref)) {
      if (*add_weak || base->tp_weaklistoffset) {
        raise(&exc::TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        goto fail;
      }
      *add_weak = true;
    }
    {
      Object* m = mangle(class_name, s);
      if (!m) goto fail;
      // A repeated name gets a second slot, which the later descriptor
      // reaches (CPython does not refuse it).
      tuple_item(result, k++) = m;
    }
  }
  static_cast<VarObject*>(result)->ob_size = k;
  decref(seq);
  return result;
fail:
  static_cast<VarObject*>(result)->ob_size = k;
  decref(result);
  decref(seq);
  return nullptr;
}

Object* current_module_name() {
  Frame* f = current_thread()->current_frame;
  if (!f || !f->globals) return nullptr;
  bool error = false;
  return dict_get_item_str(f->globals, names::dunder_name, &error);
}

}  // namespace

TypeObject* calculate_metaclass(TypeObject* meta, Object* bases) {
  TypeObject* winner = meta;
  for (ssize i = 0; i < tuple_size(bases); i++) {
    TypeObject* t = type_of(tuple_item(bases, i));
    if (is_subtype(winner, t)) continue;
    if (is_subtype(t, winner)) {
      winner = t;
      continue;
    }
    raise(&exc::TypeError,
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses "
          "of all its bases");
    return nullptr;
  }
  return winner;
}

Object* type_new_class(TypeObject* meta, Object* name, Object* bases, Object* ns, Object* kwds) {
  // A more derived metaclass among the bases' types takes over.
  TypeObject* winner = calculate_metaclass(meta, bases);
  if (!winner) return nullptr;
  if (winner != meta && winner->tp_new != meta->tp_new) {
    Object* args = tuple_pack({name, bases, ns});
    if (!args) return nullptr;
    Object* r = winner->tp_new(winner, args, kwds);
    decref(args);
    return r;
  }
  meta = winner;
  Object* owned_bases = nullptr;
  if (tuple_size(bases) == 0) {
    owned_bases = tuple_pack({obj_of(&ObjectType)});
    if (!owned_bases) return nullptr;
    bases = owned_bases;
  } else {
    incref(bases);
    owned_bases = bases;
  }
  TypeObject* base = best_base(bases);
  if (!base) {
    decref(owned_bases);
    return nullptr;
  }
  // The class dict, its str keys interned so that lookups compare pointers
  // (made before the class, as CPython does: the collector's order follows).
  Object* dict = dict_new_presized(dict_size(ns));
  if (!dict) {
    decref(owned_bases);
    return nullptr;
  }
  {
    ssize pos = 0;
    Object *key, *value;
    while (dict_next(ns, &pos, &key, &value)) {
      Object* k = is_str_exact(key) ? str_intern(key) : newref(key);
      if (!k || dict_set_item(dict, k, value) < 0) {
        xdecref(k);
        decref(dict);
        decref(owned_bases);
        return nullptr;
      }
      decref(k);
    }
  }
  auto* t = reinterpret_cast<HeapTypeObject*>(object_alloc_zeroed(meta, static_cast<size_t>(meta->tp_basicsize)));
  if (!t) {
    decref(owned_bases);
    decref(dict);
    return nullptr;
  }
  incref(obj_of(meta));
  TypeObject* tt = t;
  // Every class is a GC type (CPython 3.11 too): any instance can be in a
  // cycle through its class or its attributes.
  tt->tp_flags = kTpDefault | kTpHeapType | kTpBaseType | kTpHaveVectorcall | kTpHaveGc;
  tt->tp_as_async = &t->as_async;
  tt->tp_as_number = &t->as_number;
  tt->tp_as_sequence = &t->as_sequence;
  tt->tp_as_mapping = &t->as_mapping;
  tt->tp_as_buffer = &t->as_buffer;
  tt->tp_bases = owned_bases;
  tt->tp_base = base;
  incref(obj_of(base));
  tt->tp_dict = dict;
  t->ht_name = newref(name);
  tt->tp_vectorcall_offset = 0;
  // Owned from here: errors go through `fail`, which frees the class.
  auto fail = [&]() -> Object* {
    decref(obj_of(tt));
    return nullptr;
  };
  {
    std::string_view text = str_utf8(name);
    if (!text.data()) return fail();
    if (text.find('\0') != std::string_view::npos) {
      raise(&exc::ValueError, "type name must not contain null characters");
      return fail();
    }
    t->_ht_tpname = static_cast<char*>(mem_alloc(text.size() + 1));
    if (!t->_ht_tpname) return fail();
    std::memcpy(t->_ht_tpname, text.data(), text.size());
    t->_ht_tpname[text.size()] = 0;
    tt->tp_name = t->_ht_tpname;
  }
  bool error = false;
  // __qualname__ from the namespace (then removed), else the name.
  if (Object* q = dict_get_item_str(dict, names::dunder_qualname, &error)) {
    if (!is_str(q)) {
      raise(&exc::TypeError, "type __qualname__ must be a str, not %s", type_of(q)->tp_name);
      return fail();
    }
    t->ht_qualname = newref(q);
    if (dict_del_item(dict, names::dunder_qualname) < 0) return fail();
  } else {
    t->ht_qualname = newref(name);
  }
  // __module__ from the caller's globals when the body did not set it.
  if (!dict_get_item_str(dict, names::dunder_module, &error)) {
    if (Object* m = current_module_name())
      if (dict_set_item(dict, names::dunder_module, m) < 0) return fail();
  }
  if (!dict_get_item_str(dict, names::dunder_doc, &error)) {
    if (dict_set_item(dict, names::dunder_doc, none()) < 0) return fail();
  }
  // __new__ is a static method; __init_subclass__ and __class_getitem__
  // are class methods, without being declared so.
  if (Object* f = dict_get_item_str(dict, names::dunder_new, &error); f && is_function(f)) {
    Object* sm = staticmethod_new(f);
    if (!sm || dict_set_item(dict, names::dunder_new, sm) < 0) return fail();
    decref(sm);
  }
  for (Object* cm_name : {names::dunder_init_subclass, names::dunder_class_getitem}) {
    if (Object* f = dict_get_item_str(dict, cm_name, &error); f && is_function(f)) {
      Object* cm = classmethod_new(f);
      if (!cm || dict_set_item(dict, cm_name, cm) < 0) return fail();
      decref(cm);
    }
  }
  // The layout: the base's, then __slots__ members, a dict, a weakref slot.
  ssize size = base->tp_basicsize;
  tt->tp_itemsize = base->tp_itemsize;
  bool add_dict = false, add_weak = false;
  Object* slots = dict_get_item_str(dict, names::dunder_slots, &error);
  ssize nslots = 0;
  if (!slots) {
    add_dict = base->tp_dictoffset == 0;
    add_weak = base->tp_weaklistoffset == 0 && base->tp_itemsize == 0;
  } else {
    t->ht_slots = slot_names(slots, name, &add_dict, &add_weak, base);
    if (!t->ht_slots) return fail();
    nslots = tuple_size(t->ht_slots);
    ssize members = 0;
    for (ssize i = 0; i < nslots; i++) {
      Object* s = tuple_item(t->ht_slots, i);
      if (!str_equal(s, names::dunder_dict) && !str_equal(s, names::dunder_weakref)) members++;
    }
    if (members > 0 && base->tp_itemsize != 0) {
      raise(&exc::TypeError, "nonempty __slots__ not supported for subtype of '%s'", type_short_name(base));
      return fail();
    }
    // A slot name may not also be a class attribute.
    for (ssize i = 0; i < nslots; i++) {
      Object* s = tuple_item(t->ht_slots, i);
      if (str_equal(s, names::dunder_dict) || str_equal(s, names::dunder_weakref)) continue;
      if (dict_get_item(dict, s, &error)) {
        std::string_view sn = str_utf8(s);
        raise(&exc::ValueError, "'%.*s' in __slots__ conflicts with class variable", static_cast<int>(sn.size()),
              sn.data());
        return fail();
      }
    }
    if (members > 0) {
      auto* defs = static_cast<MemberDef*>(mem_calloc(static_cast<size_t>(members + 1), sizeof(MemberDef)));
      if (!defs) return fail();
      tt->tp_members = defs;
      ssize k = 0;
      for (ssize i = 0; i < nslots; i++) {
        Object* s = tuple_item(t->ht_slots, i);
        if (str_equal(s, names::dunder_dict) || str_equal(s, names::dunder_weakref)) continue;
        defs[k].name = str_utf8(s).data();  // the name lives in ht_slots
        defs[k].type = kMemberObjectEx;
        defs[k].offset = size;
        size += static_cast<ssize>(sizeof(Object*));
        k++;
      }
    }
  }
  if (add_dict) {
    if (base->tp_itemsize) {
      tt->tp_dictoffset = -static_cast<ssize>(sizeof(Object*));
      size += static_cast<ssize>(sizeof(Object*));
    } else {
      // Managed: the values pointer, then the dict pointer.
      tt->tp_flags |= kTpManagedDict;
      tt->tp_dictoffset = size + static_cast<ssize>(sizeof(Object*));
      size += 2 * static_cast<ssize>(sizeof(Object*));
    }
  }
  // Instances of a subclass of a class with shaped attributes keep them the
  // same way (the values and dict words are where the base put them).
  if (!add_dict && (base->tp_flags & kTpManagedDict)) tt->tp_flags |= kTpManagedDict;
  if (add_weak) {
    tt->tp_weaklistoffset = size;
    size += static_cast<ssize>(sizeof(Object*));
  }
  tt->tp_basicsize = size;
  tt->tp_dealloc = subtype_dealloc;
  tt->tp_traverse = subtype_traverse;
  tt->tp_clear = subtype_clear;
  tt->tp_alloc = nullptr;
  if (add_dict) tt->tp_getset = subtype_getset_dict;
  // The descriptors of the layout: __slots__ members, __dict__, __weakref__.
  if (MemberDef* m = tt->tp_members) {
    for (; m->name; m++) {
      Object* d = member_descr_new(tt, m);
      Object* key = d ? str_intern_utf8(m->name) : nullptr;
      if (!key || dict_set_item(dict, key, d) < 0) {
        xdecref(key);
        xdecref(d);
        return fail();
      }
      decref(key);
      decref(d);
    }
  }
  if (add_dict && !dict_get_item_str(dict, names::dunder_dict, &error)) {
    Object* d = getset_descr_new(tt, &subtype_getset_dict[0]);
    if (!d || dict_set_item(dict, names::dunder_dict, d) < 0) {
      xdecref(d);
      return fail();
    }
    decref(d);
  }
  if (add_weak && !dict_get_item_str(dict, names::dunder_weakref, &error)) {
    Object* d = getset_descr_new(tt, &subtype_getset_weakref[0]);
    if (!d || dict_set_item(dict, names::dunder_weakref, d) < 0) {
      xdecref(d);
      return fail();
    }
    decref(d);
  }
  tt->tp_getset = nullptr;
  if (type_ready(tt) < 0) return fail();
  fixup_slots(tt);
  // The __class__ cell of the methods that use super() or __class__.
  if (Object* cell = dict_get_item_str(dict, names::dunder_classcell, &error)) {
    if (type_of(cell) != &CellType) {
      Object* r = object_repr(obj_of(type_of(cell)));
      raise(&exc::TypeError, "__classcell__ must be a nonlocal cell, not %s", r ? str_utf8(r).data() : "?");
      xdecref(r);
      return fail();
    }
    auto* c = static_cast<CellObject*>(cell);
    Object* old = c->ob_ref;
    c->ob_ref = newref(obj_of(tt));
    xdecref(old);
    if (dict_del_item(dict, names::dunder_classcell) < 0) return fail();
  }
  if (call_set_names(tt) < 0 || call_init_subclass(tt, kwds) < 0) return fail();
  return obj_of(tt);
}

Object* build_class(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 2) return raise(&exc::TypeError, "__build_class__: not enough arguments");
  Object* func = args[0];
  if (!is_function(func)) return raise(&exc::TypeError, "__build_class__: func must be a function");
  Object* name = args[1];
  if (!is_str(name)) return raise(&exc::TypeError, "__build_class__: name is not a string");
  Object* orig_bases = tuple_new(nargs - 2);
  if (!orig_bases) return nullptr;
  for (ssize i = 2; i < nargs; i++) tuple_item(orig_bases, i - 2) = newref(args[i]);
  // __mro_entries__ of bases that are not classes.
  Object* bases = newref(orig_bases);
  for (ssize i = 0; i < tuple_size(orig_bases); i++) {
    Object* b = tuple_item(orig_bases, i);
    if (is_type(b)) continue;
    Object* me = object_getattr(b, names::dunder_mro_entries);
    if (!me) {
      if (!error_matches(&exc::AttributeError)) {
        decref(bases);
        decref(orig_bases);
        return nullptr;
      }
      clear_error();
      continue;
    }
    Object* entries = object_vectorcall(me, &orig_bases, 1, nullptr);
    decref(me);
    if (!entries || !is_tuple(entries)) {
      if (entries) {
        raise(&exc::TypeError, "__mro_entries__ must return a tuple");
        decref(entries);
      }
      decref(bases);
      decref(orig_bases);
      return nullptr;
    }
    // bases = what precedes base i (already expanded), its entries, the rest.
    Object* cur = bases;
    ssize before = tuple_size(cur) - (tuple_size(orig_bases) - i);
    ssize after = tuple_size(orig_bases) - i - 1;
    Object* rebuilt = tuple_new(before + tuple_size(entries) + after);
    if (!rebuilt) {
      decref(entries);
      decref(bases);
      decref(orig_bases);
      return nullptr;
    }
    ssize k = 0;
    for (ssize j = 0; j < before; j++) tuple_item(rebuilt, k++) = newref(tuple_item(cur, j));
    for (ssize j = 0; j < tuple_size(entries); j++) tuple_item(rebuilt, k++) = newref(tuple_item(entries, j));
    for (ssize j = 0; j < after; j++) tuple_item(rebuilt, k++) = newref(tuple_item(orig_bases, i + 1 + j));
    decref(entries);
    decref(bases);
    bases = rebuilt;
  }
  // The metaclass and the class keywords.
  Object* meta = nullptr;
  Object* kwds = nullptr;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (nkw > 0) {
    kwds = dict_new();
    if (!kwds) {
      decref(bases);
      decref(orig_bases);
      return nullptr;
    }
    for (ssize i = 0; i < nkw; i++) {
      Object* key = tuple_item(kwnames, i);
      if (str_equal_ascii(key, "metaclass")) meta = args[nargs + i];
      else if (dict_set_item(kwds, key, args[nargs + i]) < 0) {
        decref(kwds);
        decref(bases);
        decref(orig_bases);
        return nullptr;
      }
    }
  }
  bool meta_is_class = false;
  if (!meta) {
    meta = tuple_size(bases) ? obj_of(type_of(tuple_item(bases, 0))) : obj_of(&TypeType);
    meta_is_class = true;
  } else {
    meta_is_class = is_type(meta);
  }
  if (meta_is_class) {
    TypeObject* winner = calculate_metaclass(as_type(meta), bases);
    if (!winner) {
      xdecref(kwds);
      decref(bases);
      decref(orig_bases);
      return nullptr;
    }
    meta = obj_of(winner);
  }
  incref(meta);
  Object* result = nullptr;
  Object* ns = nullptr;
  // ns = meta.__prepare__(name, bases, **kwds)
  Object* prepare = object_getattr(meta, names::dunder_prepare);
  if (!prepare) {
    if (error_matches(&exc::AttributeError)) {
      clear_error();
      ns = dict_new();
    }
  } else {
    Object* pargs = tuple_pack({name, bases});
    if (pargs) {
      ns = call_prepend_tuple_dict(prepare, nullptr, pargs, kwds);
      decref(pargs);
    }
    decref(prepare);
    if (ns && !(type_of(ns)->tp_as_mapping && type_of(ns)->tp_as_mapping->mp_subscript)) {
      raise(&exc::TypeError, "%s.__prepare__() must return a mapping, not %s",
            is_type(meta) ? type_short_name(as_type(meta)) : "<metaclass>", type_of(ns)->tp_name);
      decref(ns);
      ns = nullptr;
    }
  }
  if (ns) {
    Object* orig_key = bases != orig_bases ? str_intern_utf8("__orig_bases__") : nullptr;
    int set = orig_key ? namespace_set(ns, orig_key, orig_bases) : 0;
    xdecref(orig_key);
    if (set == 0) {
      Object* cell = eval_class_body(static_cast<FunctionObject*>(func), ns);
      if (cell) {
        Object* margs = tuple_pack({name, bases, ns});
        if (margs) {
          result = call_prepend_tuple_dict(meta, nullptr, margs, kwds);
          decref(margs);
        }
        if (result && type_of(cell) == &CellType) {
          Object* in_cell = static_cast<CellObject*>(cell)->ob_ref;
          if (in_cell != result) {
            Object* rr = object_repr(result);
            Object* cr = in_cell ? object_repr(in_cell) : nullptr;
            std::string_view n = str_utf8(name);
            if (!in_cell)
              raise(&exc::RuntimeError,
                    "__class__ not set defining '%.*s' as %s. Was __classcell__ propagated to type.__new__?",
                    static_cast<int>(n.size()), n.data(), rr ? str_utf8(rr).data() : "?");
            else
              raise(&exc::TypeError, "__class__ set to %s defining '%.*s' as %s", cr ? str_utf8(cr).data() : "?",
                    static_cast<int>(n.size()), n.data(), rr ? str_utf8(rr).data() : "?");
            xdecref(rr);
            xdecref(cr);
            decref(result);
            result = nullptr;
          }
        }
        decref(cell);
      }
    }
    decref(ns);
  }
  decref(meta);
  xdecref(kwds);
  decref(bases);
  decref(orig_bases);
  return result;
}

TypeObject* type_best_base(Object* bases) { return best_base(bases); }
TypeObject* type_solid_base(TypeObject* t) { return solid_base(t); }

}  // namespace dx
