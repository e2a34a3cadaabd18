// The `type` type (type.h): readying types, attribute lookup along the MRO
// with a cache keyed by version tags, the attributes of type objects,
// calling a type, and classes made at run time.
#include "objects/type.h"

#include <atomic>
#include <cstring>
#include <string>
#include <vector>

#include "gc/gc.h"
#include "objects/builtin_function.h"
#include "objects/cell.h"
#include "objects/descriptor.h"
#include "objects/dict.h"
#include "objects/instance_attrs.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/int.h"
#include "objects/method.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_slots.h"
#include "objects/union_type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"
#include "vm/frame.h"
#include "vm/function.h"

namespace dx {

// For __bases__ assignment, from type_new.cpp: the base a class with
// `bases` extends (TypeError on a layout conflict), and the base whose
// instance layout a class has.
TypeObject* type_best_base(Object* bases);
TypeObject* type_solid_base(TypeObject* t);

TypeObject TypeType, ObjectType;

namespace {

Object* type_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames);
Object* type_call(Object* callable, Object* args, Object* kwargs);

// Version tags are unique in the process and never reused, so a cache
// entry of a dead type can never match again.
std::atomic<unsigned int> next_version_tag{1};

void assign_version_tag(TypeObject* t) {
  t->tp_version_tag = next_version_tag.fetch_add(1, std::memory_order_relaxed);
  t->tp_flags |= kTpValidVersionTag;
}

// The subclasses registry: tp_subclasses is a dict {address: address} of
// ints, so that a base does not keep its subclasses alive.
void add_subclass(TypeObject* base, TypeObject* sub) {
  if (!base->tp_subclasses) {
    base->tp_subclasses = dict_new();
    if (!base->tp_subclasses) return;
  }
  Object* key = int_from_int64(reinterpret_cast<intptr_t>(sub));
  if (!key) return;
  dict_set_item(base->tp_subclasses, key, key);
  decref(key);
}

void remove_subclass(TypeObject* base, TypeObject* sub) {
  if (!base->tp_subclasses) return;
  Object* key = int_from_int64(reinterpret_cast<intptr_t>(sub));
  if (!key) return;
  if (dict_contains(base->tp_subclasses, key) == 1) dict_del_item(base->tp_subclasses, key);
  decref(key);
}

template <typename F>
void for_each_subclass(TypeObject* t, F f) {
  if (!t->tp_subclasses) return;
  ssize pos = 0;
  Object* value;
  while (dict_next(t->tp_subclasses, &pos, nullptr, &value))
    f(reinterpret_cast<TypeObject*>(static_cast<intptr_t>(*int_to_int64(value))));
}

Object* type_as_object(TypeObject* t) { return reinterpret_cast<Object*>(t); }
TypeObject* as_type(Object* o) { return reinterpret_cast<TypeObject*>(o); }

// ---- the MRO ---------------------------------------------------------------------

// C3 linearization of t and its bases: a new tuple, or null with TypeError.
Object* c3_mro(TypeObject* t) {
  Object* bases = t->tp_bases;
  ssize nb = tuple_size(bases);
  std::vector<std::vector<Object*>> seqs;
  for (ssize i = 0; i < nb; i++) {
    TypeObject* b = as_type(tuple_item(bases, i));
    for (ssize j = 0; j < i; j++) {
      if (tuple_item(bases, j) == type_as_object(b)) {
        raise(&exc::TypeError, "duplicate base class %s", type_short_name(b));
        return nullptr;
      }
    }
    std::vector<Object*> s;
    for (ssize k = 0; k < tuple_size(b->tp_mro); k++) s.push_back(tuple_item(b->tp_mro, k));
    seqs.push_back(std::move(s));
  }
  std::vector<Object*> tail;
  for (ssize i = 0; i < nb; i++) tail.push_back(tuple_item(bases, i));
  seqs.push_back(tail);
  std::vector<Object*> result{type_as_object(t)};
  std::vector<size_t> heads(seqs.size(), 0);
  for (;;) {
    bool empty = true;
    Object* candidate = nullptr;
    for (size_t i = 0; i < seqs.size() && !candidate; i++) {
      if (heads[i] >= seqs[i].size()) continue;
      empty = false;
      Object* c = seqs[i][heads[i]];
      bool in_tail = false;
      for (size_t j = 0; j < seqs.size() && !in_tail; j++)
        for (size_t k = heads[j] + 1; k < seqs[j].size(); k++)
          if (seqs[j][k] == c) {
            in_tail = true;
            break;
          }
      if (!in_tail) candidate = c;
    }
    if (empty) break;
    if (!candidate) {
      // The heads still waiting, each once, in order.
      std::string names;
      std::vector<Object*> listed;
      for (size_t i = 0; i < seqs.size(); i++) {
        if (heads[i] >= seqs[i].size()) continue;
        Object* head = seqs[i][heads[i]];
        bool seen = false;
        for (Object* l : listed) seen = seen || l == head;
        if (seen) continue;
        listed.push_back(head);
        if (!names.empty()) names += ", ";
        names += type_short_name(as_type(head));
      }
      raise(&exc::TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s",
            names.c_str());
      return nullptr;
    }
    result.push_back(candidate);
    for (size_t i = 0; i < seqs.size(); i++)
      if (heads[i] < seqs[i].size() && seqs[i][heads[i]] == candidate) heads[i]++;
  }
  Object* mro = tuple_new(static_cast<ssize>(result.size()));
  if (!mro) return nullptr;
  for (size_t i = 0; i < result.size(); i++) tuple_item(mro, static_cast<ssize>(i)) = newref(result[i]);
  return mro;
}

// A custom mro()'s result: each entry a class whose layout t's instances
// have (TypeError otherwise).
bool custom_mro_valid(TypeObject* t, Object* mro) {
  TypeObject* solid = solid_base(t);
  for (ssize i = 0; i < tuple_size(mro); i++) {
    Object* entry = tuple_item(mro, i);
    if (!is_type(entry)) {
      raise(&exc::TypeError, "mro() returned a non-class ('%.500s')", type_of(entry)->tp_name);
      return false;
    }
    if (!is_subtype(solid, solid_base(as_type(entry)))) {
      raise(&exc::TypeError, "mro() returned base with unsuitable layout ('%.500s')", as_type(entry)->tp_name);
      return false;
    }
  }
  return true;
}

// The MRO: mro() of a metaclass that overrides it, else C3.
Object* compute_mro(TypeObject* t) {
  TypeObject* meta = type_of(type_as_object(t));
  if (meta != &TypeType && (meta->tp_flags & kTpHeapType)) {
    Object* custom = type_lookup(meta, names::mro);
    if (custom && type_of(custom) != &MethodDescrType) {  // not type.mro itself
      bool found;
      Object* r = call_special(type_as_object(t), names::mro, nullptr, 0, &found);
      if (!r) return nullptr;
      Object* tuple = tuple_from_iterable(r);
      decref(r);
      if (tuple && !custom_mro_valid(t, tuple)) {
        decref(tuple);
        return nullptr;
      }
      return tuple;
    }
  }
  return c3_mro(t);
}

// ---- slot inheritance ---------------------------------------------------------------

template <typename Table>
void inherit_table(Table*& mine, Table* base, Table* inline_table) {
  if (!base) return;
  if (!mine) {
    if (inline_table) {
      mine = inline_table;
    } else {
      mine = base;  // static types share their base's table
      return;
    }
  }
  if (mine == base) return;
  void** dst = reinterpret_cast<void**>(mine);
  void* const* src = reinterpret_cast<void* const*>(base);
  for (size_t i = 0; i < sizeof(Table) / sizeof(void*); i++)
    if (!dst[i]) dst[i] = src[i];
}

#define INHERIT(field) \
  if (!t->field) t->field = base->field

void inherit_slots(TypeObject* t, TypeObject* base) {
  bool heap = t->tp_flags & kTpHeapType;
  auto* ht = static_cast<HeapTypeObject*>(t);
  inherit_table(t->tp_as_number, base->tp_as_number, heap ? &ht->as_number : nullptr);
  inherit_table(t->tp_as_sequence, base->tp_as_sequence, heap ? &ht->as_sequence : nullptr);
  inherit_table(t->tp_as_mapping, base->tp_as_mapping, heap ? &ht->as_mapping : nullptr);
  inherit_table(t->tp_as_async, base->tp_as_async, heap ? &ht->as_async : nullptr);
  inherit_table(t->tp_as_buffer, base->tp_as_buffer, heap ? &ht->as_buffer : nullptr);
  INHERIT(tp_dealloc);
  INHERIT(tp_getattro);
  INHERIT(tp_setattro);
  INHERIT(tp_repr);
  INHERIT(tp_str);
  // The comparison and the hash go together: a type that defines either
  // inherits neither.
  if (!t->tp_richcompare && !t->tp_hash) {
    bool dict_has_eq = false, dict_has_hash = false, error = false;
    if (t->tp_dict) {
      dict_has_eq = dict_get_item_str(t->tp_dict, names::dunder_eq, &error) != nullptr;
      dict_has_hash = dict_get_item_str(t->tp_dict, names::dunder_hash, &error) != nullptr;
    }
    if (!dict_has_eq && !dict_has_hash) {
      t->tp_richcompare = base->tp_richcompare;
      t->tp_hash = base->tp_hash;
    }
  }
  INHERIT(tp_call);
  INHERIT(tp_iter);
  INHERIT(tp_iternext);
  INHERIT(tp_descr_get);
  INHERIT(tp_descr_set);
  INHERIT(tp_init);
  INHERIT(tp_alloc);
  INHERIT(tp_free);
  INHERIT(tp_finalize);
  INHERIT(tp_is_gc);
  if (!t->tp_dictoffset) t->tp_dictoffset = base->tp_dictoffset;
  if (!t->tp_weaklistoffset) t->tp_weaklistoffset = base->tp_weaklistoffset;
  if (!t->tp_basicsize) t->tp_basicsize = base->tp_basicsize;
  if (!t->tp_itemsize) t->tp_itemsize = base->tp_itemsize;
  // Vectorcall is only inherited by static types (a class may define __call__).
  if (!heap && !t->tp_vectorcall_offset && (base->tp_flags & kTpHaveVectorcall)) {
    t->tp_vectorcall_offset = base->tp_vectorcall_offset;
    t->tp_flags |= kTpHaveVectorcall;
  }
  t->tp_flags |= base->tp_flags & (kTpLongSubclass | kTpListSubclass | kTpTupleSubclass | kTpBytesSubclass |
                                   kTpUnicodeSubclass | kTpDictSubclass | kTpBaseExcSubclass | kTpTypeSubclass |
                                   kTpSequence | kTpMapping);
}

// Adds value (a new reference, null on error) under the interned `key`.
int add_to_dict(TypeObject* t, Object* key, Object* value) {
  if (!value) return -1;
  int r = dict_set_item(t->tp_dict, key, value);
  decref(value);
  return r;
}

// The dict entries of a static type: its methods, members, getsets and slots.
// Each name is interned once and shared by the key and the descriptor.
int fill_static_dict(TypeObject* t) {
  bool error = false;
  if (MethodDef* m = t->tp_methods) {
    for (; m->ml_name; m++) {
      Object* name = str_intern_utf8(m->ml_name);
      if (!name) return -1;
      if (dict_get_item_str(t->tp_dict, name, &error) && !(m->ml_flags & kMethCoexist)) {
        decref(name);
        continue;
      }
      Object* d;
      if (m->ml_flags & kMethClass) d = classmethod_descr_new(t, m, name);
      else if (m->ml_flags & kMethStatic) d = staticmethod_new(builtin_function_new(m, nullptr, nullptr), true);
      else d = method_descr_new(t, m, name);
      int r = add_to_dict(t, name, d);
      decref(name);
      if (r < 0) return -1;
    }
  }
  if (MemberDef* m = t->tp_members)
    for (; m->name; m++) {
      Object* name = str_intern_utf8(m->name);
      int r = name ? add_to_dict(t, name, member_descr_new(t, m, name)) : -1;
      xdecref(name);
      if (r < 0) return -1;
    }
  if (GetSetDef* g = t->tp_getset)
    for (; g->name; g++) {
      Object* name = str_intern_utf8(g->name);
      int r = name ? add_to_dict(t, name, getset_descr_new(t, g, name)) : -1;
      xdecref(name);
      if (r < 0) return -1;
    }
  // Every static type has __doc__ in its dict (None without a docstring).
  if (!dict_get_item_str(t->tp_dict, names::dunder_doc, &error)) {
    Object* doc = t->tp_doc ? str_from_utf8(t->tp_doc) : newref(none());
    if (!doc || dict_set_item(t->tp_dict, names::dunder_doc, doc) < 0) {
      xdecref(doc);
      return -1;
    }
    decref(doc);
  }
  if (!t->tp_call && (t->tp_flags & kTpHaveVectorcall) && t->tp_vectorcall_offset > 0)
    t->tp_call = vectorcall_call;  // gives __call__
  return add_slot_wrappers(t);
}

// ---- lookup ----------------------------------------------------------------------------

Object* find_in_mro(TypeObject* t, Object* name) {
  Object* mro = t->tp_mro;
  bool error = false;
  if (!mro) {
    for (TypeObject* b = t; b; b = b->tp_base)
      if (b->tp_dict)
        if (Object* v = dict_get_item_str(b->tp_dict, name, &error)) return v;
    return nullptr;
  }
  ssize n = tuple_size(mro);
  for (ssize i = 0; i < n; i++) {
    Object* dict = as_type(tuple_item(mro, i))->tp_dict;
    if (!dict) continue;
    Object* v = is_str_exact(name) ? dict_get_item_str(dict, name, &error) : dict_get_item(dict, name, &error);
    if (error) {
      clear_error();
      error = false;
    }
    if (v) return v;
  }
  return nullptr;
}

}  // namespace

Object* type_lookup(TypeObject* t, Object* name) {
  if (!(t->tp_flags & kTpValidVersionTag) || !str_is_interned(name)) return find_in_mro(t, name);
  ThreadState* ts = current_thread();
  if (!ts || !ts->interp) return find_in_mro(t, name);
  Interpreter* interp = ts->interp;
  auto h = static_cast<size_t>((t->tp_version_tag * 2654435761u) ^ (reinterpret_cast<uintptr_t>(name) >> 4));
  if (!interp->type_cache) {
    interp->type_cache = static_cast<TypeCacheEntry*>(mem_calloc(kTypeCacheSize, sizeof(TypeCacheEntry)));
    if (!interp->type_cache) return find_in_mro(t, name);
  }
  TypeCacheEntry& e = interp->type_cache[h % kTypeCacheSize];
  if (e.version == t->tp_version_tag && e.name == name) return e.value;
  Object* v = find_in_mro(t, name);
  e.version = t->tp_version_tag;
  e.name = name;  // interned: alive as long as the entry can match
  e.value = v;
  return v;
}

void type_modified(TypeObject* t) {
  if (!(t->tp_flags & kTpReady)) return;
  assign_version_tag(t);
  for_each_subclass(t, [](TypeObject* sub) { type_modified(sub); });
}

const char* type_short_name(const TypeObject* t) {
  const char* name = t->tp_name;
  if (t->tp_flags & kTpHeapType) return name;
  const char* dot = std::strrchr(name, '.');
  return dot ? dot + 1 : name;
}

int type_ready(TypeObject* t) {
  if (t->tp_flags & kTpReady) return 0;
  t->tp_flags |= kTpReadying;
  if (!t->ob_type) t->ob_type = &TypeType;
  TypeObject* base = t->tp_base;
  if (!base && t != &ObjectType) base = t->tp_base = &ObjectType;
  if (base && !(base->tp_flags & kTpReady) && type_ready(base) < 0) return -1;
  if (!t->tp_bases) {
    t->tp_bases = base ? tuple_new(1) : tuple_new(0);
    if (!t->tp_bases) return -1;
    if (base) tuple_item(t->tp_bases, 0) = newref(type_as_object(base));
  }
  bool heap = t->tp_flags & kTpHeapType;
  if (!t->tp_dict) {
    t->tp_dict = dict_new();
    if (!t->tp_dict) return -1;
  }
  if (!heap && fill_static_dict(t) < 0) return -1;
  // The MRO.
  if (heap || tuple_size(t->tp_bases) > 1) {  // (ExceptionGroup is a static type with two bases)
    t->tp_mro = compute_mro(t);
    if (!t->tp_mro) return -1;
  } else {
    ssize nbase = base ? tuple_size(base->tp_mro) : 0;
    t->tp_mro = tuple_new(nbase + 1);
    if (!t->tp_mro) return -1;
    tuple_item(t->tp_mro, 0) = newref(type_as_object(t));
    for (ssize i = 0; i < nbase; i++) tuple_item(t->tp_mro, i + 1) = newref(tuple_item(base->tp_mro, i));
  }
  // Static types that set no tp_new and derive from object cannot be
  // instantiated from Python; others inherit their base's tp_new.
  if (!heap && base == &ObjectType && !t->tp_new) t->tp_flags |= kTpDisallowInstantiation;
  if (!t->tp_new && base && !(t->tp_flags & kTpDisallowInstantiation) && !heap) t->tp_new = base->tp_new;
  if (!heap && t->tp_new && !(t->tp_flags & kTpDisallowInstantiation)) {
    bool error = false;
    if (!dict_get_item_str(t->tp_dict, names::dunder_new, &error)) {
      Object* w = make_tp_new_wrapper(t);
      if (!w || dict_set_item(t->tp_dict, names::dunder_new, w) < 0) return -1;
      decref(w);
    }
  }
  // Slots: from tp_base first, then the rest of the MRO.
  for (ssize i = 1; i < tuple_size(t->tp_mro); i++) inherit_slots(t, as_type(tuple_item(t->tp_mro, i)));
  // A type without a hash that defines comparison is unhashable.
  if (!t->tp_hash || t->tp_hash == hash_not_implemented) {
    bool error = false;
    if (!dict_get_item_str(t->tp_dict, names::dunder_hash, &error)) {
      if (dict_set_item(t->tp_dict, names::dunder_hash, none()) < 0) return -1;
    }
    t->tp_hash = hash_not_implemented;
  }
  if (!t->tp_vectorcall) t->tp_vectorcall = type_vectorcall;
  for (ssize i = 0; i < tuple_size(t->tp_bases); i++) add_subclass(as_type(tuple_item(t->tp_bases, i)), t);
  assign_version_tag(t);
  t->tp_flags = (t->tp_flags & ~kTpReadying) | kTpReady;
  return 0;
}

void register_static_type(TypeObject* t) {
  t->ob_type = &TypeType;
  t->ob_refcnt = kImmortalRefcnt;
}

// ---- the special-method helpers --------------------------------------------------------

Object* lookup_special(Object* o, Object* name) {
  Object* descr = type_lookup(type_of(o), name);
  if (!descr) return nullptr;
  if (descrgetfunc get = type_of(descr)->tp_descr_get)
    return get(descr, o, type_as_object(type_of(o)));
  return newref(descr);
}


}  // namespace dx

// ---- the type object's own behaviour ------------------------------------------------

namespace dx {

namespace {

Object* type_repr(Object* o) {
  auto* t = as_type(o);
  std::string out = "<class '";
  if (is_heap_type(t)) {
    bool error = false;
    Object* module = dict_get_item_str(t->tp_dict, names::dunder_module, &error);
    if (module && is_str(module) && !str_equal_ascii(module, "builtins")) {
      out += str_utf8(module);
      out += '.';
      out += str_utf8(static_cast<HeapTypeObject*>(t)->ht_qualname);
    } else {
      out += t->tp_name;  // no module (or builtins): CPython shows tp_name, not the qualname
    }
  } else {
    out += t->tp_name;
  }
  out += "'>";
  return str_from_utf8(out);
}

// type.__getattribute__: the metatype's data descriptors, then the MRO of
// the type itself (descriptors bound to no instance), then the metatype's
// other attributes.
Object* type_getattro(Object* o, Object* name) {
  auto* t = as_type(o);
  TypeObject* meta = type_of(o);
  Object* meta_attr = type_lookup(meta, name);
  descrgetfunc meta_get = nullptr;
  if (meta_attr) {
    incref(meta_attr);
    meta_get = type_of(meta_attr)->tp_descr_get;
    if (meta_get && type_of(meta_attr)->tp_descr_set) {
      Object* r = meta_get(meta_attr, o, type_as_object(meta));
      decref(meta_attr);
      return r;
    }
  }
  if (Object* attr = type_lookup(t, name)) {
    incref(attr);
    xdecref(meta_attr);
    if (descrgetfunc local_get = type_of(attr)->tp_descr_get) {
      Object* r = local_get(attr, nullptr, o);
      decref(attr);
      return r;
    }
    return attr;
  }
  if (meta_get) {
    Object* r = meta_get(meta_attr, o, type_as_object(meta));
    decref(meta_attr);
    return r;
  }
  if (meta_attr) return meta_attr;
  std::string_view n = str_utf8(name);
  raise(&exc::AttributeError, "type object '%s' has no attribute '%.*s'", type_short_name(t),
        static_cast<int>(n.size()), n.data());
  // .name and .obj, for "Did you mean".
  if (Object* e = current_thread()->current_exception) {
    auto* ae = static_cast<AttributeErrorObject*>(e);
    if (!ae->name) ae->name = newref(name);
    if (!ae->obj) ae->obj = newref(o);
  }
  return nullptr;
}

int type_setattro(Object* o, Object* name, Object* value) {
  auto* t = as_type(o);
  if (!is_str(name)) {
    raise(&exc::TypeError, "attribute name must be string, not '%.200s'", type_of(name)->tp_name);
    return -1;
  }
  if (!is_heap_type(t) || (t->tp_flags & kTpImmutableType)) {
    std::string_view n = str_utf8(name);
    raise(&exc::TypeError, "cannot set '%.*s' attribute of immutable type '%s'", static_cast<int>(n.size()),
          n.data(), type_short_name(t));
    return -1;
  }
  // The metatype's data descriptors (__name__, __doc__...) first.
  TypeObject* meta = type_of(o);
  if (Object* meta_attr = type_lookup(meta, name)) {
    if (descrsetfunc set = type_of(meta_attr)->tp_descr_set) {
      incref(meta_attr);
      int r = set(meta_attr, o, value);
      decref(meta_attr);
      return r;
    }
  }
  Object* key = str_intern(name);
  if (!key) return -1;
  int r;
  if (value) {
    r = dict_set_item(t->tp_dict, key, value);
  } else {
    r = dict_del_item(t->tp_dict, key);
    if (r < 0 && error_matches(&exc::KeyError)) {
      clear_error();
      std::string_view n = str_utf8(name);
      raise(&exc::AttributeError, "type object '%s' has no attribute '%.*s'", type_short_name(t),
            static_cast<int>(n.size()), n.data());
    }
  }
  if (r == 0) {
    type_modified(t);
    update_slots_for(t, key);
  }
  decref(key);
  return r;
}

Object* type_call(Object* callable, Object* args, Object* kwargs) {
  auto* t = as_type(callable);
  // type(x): the type of x.
  if (t == &TypeType) {
    ssize n = tuple_size(args);
    ssize nk = kwargs ? dict_size(kwargs) : 0;
    if (n == 1 && nk == 0) return newref(type_as_object(type_of(tuple_item(args, 0))));
    if (n != 3) return raise(&exc::TypeError, "type() takes 1 or 3 arguments");
  }
  if (!t->tp_new || (t->tp_flags & kTpDisallowInstantiation))
    return raise(&exc::TypeError, "cannot create '%s' instances", t->tp_name);
  Object* o = t->tp_new(t, args, kwargs);
  if (!o || !is_instance_of_type(o, t)) return o;
  TypeObject* ot = type_of(o);
  if (ot->tp_init && ot->tp_init(o, args, kwargs) < 0) {
    decref(o);
    return nullptr;
  }
  return o;
}

// Calling a class from the interpreter: for classes whose instances come
// from object.__new__ and whose __init__ is a Python function, the
// arguments go straight to __init__ without a tuple and a dict.
Object* type_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  auto* t = as_type(callable);
  if (type_of(callable)->tp_call == type_call && t->tp_new == ObjectType.tp_new && t->tp_init == slot_tp_init &&
      !(t->tp_flags & kTpIsAbstract)) {
    Object* init = type_lookup(t, names::dunder_init);
    if (init && is_function(init)) {
      Object* o = object_new_instance(t);
      if (!o) return nullptr;
      incref(init);
      Object* r = call_prepend(init, o, args, nargsf, kwnames);
      decref(init);
      if (!r) {
        decref(o);
        return nullptr;
      }
      if (!is_none(r)) {
        raise(&exc::TypeError, "__init__() should return None, not '%.200s'", type_of(r)->tp_name);
        decref(r);
        decref(o);
        return nullptr;
      }
      decref(r);
      return o;
    }
  }
  // The general path: the metatype's tp_call with a tuple and a dict.
  return call_through_tp_call(callable, type_of(callable)->tp_call, args, nargsf, kwnames);
}

// Heap types are freed when their last reference goes (classes made in
// functions); static types never are.
void type_dealloc(Object* o) {
  auto* t = as_type(o);
  if (!is_heap_type(t)) return;
  gc_untrack(o);
  // A class that failed to build is freed while its error is pending.
  Object* pending = fetch_error();
  auto* ht = static_cast<HeapTypeObject*>(t);
  if (t->tp_base) decref(type_as_object(t->tp_base));
  if (t->tp_bases)
    for (ssize i = 0; i < tuple_size(t->tp_bases); i++) remove_subclass(as_type(tuple_item(t->tp_bases, i)), t);
  xdecref(t->tp_dict);
  xdecref(t->tp_bases);
  xdecref(t->tp_mro);
  xdecref(t->tp_subclasses);
  xdecref(ht->ht_name);
  xdecref(ht->ht_qualname);
  xdecref(ht->ht_slots);
  xdecref(ht->ht_module);
  shape_free_tree(ht->ht_cached_keys);
  mem_free(ht->_ht_tpname);
  mem_free(const_cast<char*>(t->tp_doc));
  if (t->tp_members) mem_free(t->tp_members);
  // A class's reference to a metaclass that is a class itself is dropped by
  // subtype_dealloc (the metaclass's tp_dealloc), which called this.
  object_free(o);
  restore_error(pending);
}

// Only classes (heap types) have the collector's header; static types are
// immortal and untracked.
int type_is_gc(Object* o) { return is_heap_type(as_type(o)); }

// What a class refers to that can lead back to it (its names and
// __slots__ are strings; the subclass registry holds addresses).
int type_traverse(Object* o, visitproc visit, void* arg) {
  auto* t = as_type(o);
  DX_VISIT(t->tp_dict);
  DX_VISIT(t->tp_mro);
  DX_VISIT(t->tp_bases);
  DX_VISIT(t->tp_base);
  DX_VISIT(static_cast<HeapTypeObject*>(t)->ht_module);
  return 0;
}

// Breaks a class's cycles (its MRO holds the class itself): the caches
// forget it first, so that nothing finds a method being destroyed.
int type_clear(Object* o) {
  auto* t = as_type(o);
  type_modified(t);
  if (t->tp_dict) dict_clear(t->tp_dict);
  auto* ht = static_cast<HeapTypeObject*>(t);
  Object* module = ht->ht_module;
  ht->ht_module = nullptr;
  xdecref(module);
  Object* mro = t->tp_mro;
  t->tp_mro = nullptr;
  xdecref(mro);
  return 0;
}

// ---- attributes of types ---------------------------------------------------------

Object* type_get_name(Object* o, void*) {
  auto* t = as_type(o);
  if (is_heap_type(t)) return newref(static_cast<HeapTypeObject*>(t)->ht_name);
  return str_from_utf8(type_short_name(t));
}

int check_set_special(TypeObject* t, Object* value, const char* name) {
  if (!is_heap_type(t)) {
    raise(&exc::TypeError, "cannot set '%s' attribute of immutable type '%s'", name, type_short_name(t));
    return -1;
  }
  if (!value) {
    raise(&exc::TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, type_short_name(t));
    return -1;
  }
  return 0;
}

int type_set_name(Object* o, Object* value, void*) {
  auto* t = as_type(o);
  if (check_set_special(t, value, "__name__") < 0) return -1;
  if (!is_str(value)) {
    raise(&exc::TypeError, "can only assign string to %s.__name__, not '%s'", type_short_name(t),
          type_of(value)->tp_name);
    return -1;
  }
  std::string_view text = str_utf8(value);
  if (text.find('\0') != std::string_view::npos) {
    raise(&exc::ValueError, "type name must not contain null characters");
    return -1;
  }
  auto* ht = static_cast<HeapTypeObject*>(t);
  char* copy = static_cast<char*>(mem_alloc(text.size() + 1));
  if (!copy) {
    raise_no_memory();
    return -1;
  }
  std::memcpy(copy, text.data(), text.size() + 1);
  mem_free(ht->_ht_tpname);
  ht->_ht_tpname = copy;
  t->tp_name = copy;
  Object* old = ht->ht_name;
  ht->ht_name = newref(value);
  decref(old);
  return 0;
}

Object* type_get_qualname(Object* o, void*) {
  auto* t = as_type(o);
  if (is_heap_type(t)) return newref(static_cast<HeapTypeObject*>(t)->ht_qualname);
  return str_from_utf8(type_short_name(t));
}

int type_set_qualname(Object* o, Object* value, void*) {
  auto* t = as_type(o);
  if (check_set_special(t, value, "__qualname__") < 0) return -1;
  if (!is_str(value)) {
    raise(&exc::TypeError, "can only assign string to %s.__qualname__, not '%s'", type_short_name(t),
          type_of(value)->tp_name);
    return -1;
  }
  auto* ht = static_cast<HeapTypeObject*>(t);
  Object* old = ht->ht_qualname;
  ht->ht_qualname = newref(value);
  decref(old);
  return 0;
}

Object* type_get_module(Object* o, void*) {
  auto* t = as_type(o);
  if (is_heap_type(t)) {
    bool error = false;
    Object* m = dict_get_item_str(t->tp_dict, names::dunder_module, &error);
    if (!m) return raise(&exc::AttributeError, "__module__");
    return newref(m);
  }
  const char* dot = std::strrchr(t->tp_name, '.');
  if (dot) return str_from_utf8(std::string_view(t->tp_name, static_cast<size_t>(dot - t->tp_name)));
  return newref(names::builtins);
}

int type_set_module(Object* o, Object* value, void*) {
  auto* t = as_type(o);
  if (check_set_special(t, value, "__module__") < 0) return -1;
  int r = dict_set_item(t->tp_dict, names::dunder_module, value);
  if (r == 0) type_modified(t);
  return r;
}

Object* type_get_bases(Object* o, void*) { return newref(as_type(o)->tp_bases); }

// Recomputes the MRO of t and of its subclasses (CPython's mro_hierarchy),
// keeping the old ones in `old` to restore on failure.
bool remake_mros(TypeObject* t, std::vector<std::pair<TypeObject*, Object*>>& old) {
  Object* mro = compute_mro(t);
  if (!mro) return false;
  old.emplace_back(t, t->tp_mro);
  t->tp_mro = mro;
  bool ok = true;
  for_each_subclass(t, [&](TypeObject* sub) {
    if (ok) ok = remake_mros(sub, old);
  });
  return ok;
}

void refresh_slots(TypeObject* t) {
  if (t->tp_flags & kTpHeapType) fixup_slots(t);
  for_each_subclass(t, [](TypeObject* sub) { refresh_slots(sub); });
}

// C.__bases__ = (...): CPython's checks, then the MROs of the class and its
// subclasses are recomputed, the subclass registries and slots updated.
int type_set_bases(Object* o, Object* value, void*) {
  auto* t = as_type(o);
  if (check_set_special(t, value, "__bases__") < 0) return -1;
  if (!is_tuple(value)) {
    raise(&exc::TypeError, "can only assign tuple to %s.__bases__, not %s", t->tp_name, type_of(value)->tp_name);
    return -1;
  }
  if (tuple_size(value) == 0) {
    raise(&exc::TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->tp_name);
    return -1;
  }
  for (ssize i = 0; i < tuple_size(value); i++) {
    Object* b = tuple_item(value, i);
    if (!is_type(b)) {
      raise(&exc::TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->tp_name, type_of(b)->tp_name);
      return -1;
    }
    if (is_subtype(as_type(b), t)) {
      raise(&exc::TypeError, "a __bases__ item causes an inheritance cycle");
      return -1;
    }
  }
  TypeObject* new_base = type_best_base(value);
  if (!new_base) return -1;
  TypeObject* old_base = t->tp_base;
  // CPython's compatible_for_assignment: the same tp_free (GC or not), then the same layout.
  if ((new_base->tp_flags & kTpHaveGc) != (old_base->tp_flags & kTpHaveGc)) {
    raise(&exc::TypeError, "__bases__ assignment: '%s' deallocator differs from '%s'", new_base->tp_name,
          old_base->tp_name);
    return -1;
  }
  if (type_solid_base(new_base) != type_solid_base(old_base)) {
    raise(&exc::TypeError, "__bases__ assignment: '%s' object layout differs from '%s'", new_base->tp_name,
          old_base->tp_name);
    return -1;
  }
  Object* old_bases = t->tp_bases;
  t->tp_bases = newref(value);
  t->tp_base = reinterpret_cast<TypeObject*>(newref(type_as_object(new_base)));
  std::vector<std::pair<TypeObject*, Object*>> old_mros;
  if (!remake_mros(t, old_mros)) {
    for (auto it = old_mros.rbegin(); it != old_mros.rend(); ++it) {
      Object* made = it->first->tp_mro;
      it->first->tp_mro = it->second;
      decref(made);
    }
    decref(t->tp_bases);
    decref(type_as_object(t->tp_base));
    t->tp_bases = old_bases;
    t->tp_base = old_base;
    return -1;
  }
  for (auto& [type, mro] : old_mros) decref(mro);
  for (ssize i = 0; i < tuple_size(old_bases); i++) remove_subclass(as_type(tuple_item(old_bases, i)), t);
  for (ssize i = 0; i < tuple_size(value); i++) add_subclass(as_type(tuple_item(value, i)), t);
  decref(old_bases);
  decref(type_as_object(old_base));
  type_modified(t);
  refresh_slots(t);
  return 0;
}
Object* type_get_base(Object* o, void*) {
  TypeObject* b = as_type(o)->tp_base;
  return newref(b ? type_as_object(b) : none());
}
Object* type_get_mro(Object* o, void*) {
  Object* mro = as_type(o)->tp_mro;
  return newref(mro ? mro : none());
}
Object* type_get_dict(Object* o, void*) { return mappingproxy_new(as_type(o)->tp_dict); }

Object* type_get_doc(Object* o, void*) {
  auto* t = as_type(o);
  if (!is_heap_type(t)) {
    if (!t->tp_doc) return return_none();
    return str_from_utf8(t->tp_doc);
  }
  bool error = false;
  Object* doc = dict_get_item_str(t->tp_dict, names::dunder_doc, &error);
  if (!doc) return return_none();
  if (descrgetfunc get = type_of(doc)->tp_descr_get) return get(doc, nullptr, o);
  return newref(doc);
}

int type_set_doc(Object* o, Object* value, void*) {
  auto* t = as_type(o);
  if (check_set_special(t, value, "__doc__") < 0) return -1;
  int r = dict_set_item(t->tp_dict, names::dunder_doc, value);
  if (r == 0) type_modified(t);
  return r;
}

Object* type_get_abstractmethods(Object* o, void*) {
  auto* t = as_type(o);
  bool error = false;
  Object* v = t != &TypeType ? dict_get_item_str(t->tp_dict, names::dunder_abstractmethods, &error) : nullptr;
  if (!v) return raise(&exc::AttributeError, "__abstractmethods__");
  return newref(v);
}

int type_set_abstractmethods(Object* o, Object* value, void*) {
  auto* t = as_type(o);
  int r;
  if (value) {
    int truth = object_is_true(value);
    if (truth < 0) return -1;
    r = dict_set_item(t->tp_dict, names::dunder_abstractmethods, value);
    if (truth) t->tp_flags |= kTpIsAbstract;
    else t->tp_flags &= ~kTpIsAbstract;
  } else {
    r = dict_del_item(t->tp_dict, names::dunder_abstractmethods);
    if (r < 0 && error_matches(&exc::KeyError)) {
      clear_error();
      raise(&exc::AttributeError, "__abstractmethods__");
    }
    t->tp_flags &= ~kTpIsAbstract;
  }
  if (r == 0) type_modified(t);
  return r;
}

GetSetDef type_getset[] = {
    {"__name__", type_get_name, type_set_name, nullptr, nullptr},
    {"__qualname__", type_get_qualname, type_set_qualname, nullptr, nullptr},
    {"__bases__", type_get_bases, type_set_bases, nullptr, nullptr},
    {"__base__", type_get_base, nullptr, nullptr, nullptr},
    {"__mro__", type_get_mro, nullptr, nullptr, nullptr},
    {"__module__", type_get_module, type_set_module, nullptr, nullptr},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, nullptr, nullptr},
    {"__dict__", type_get_dict, nullptr, nullptr, nullptr},
    {"__doc__", type_get_doc, type_set_doc, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MemberDef type_members[] = {
    {"__basicsize__", kMemberSsize, offsetof(TypeObject, tp_basicsize), kMemberReadonly, nullptr},
    {"__itemsize__", kMemberSsize, offsetof(TypeObject, tp_itemsize), kMemberReadonly, nullptr},
    {"__flags__", kMemberLong, offsetof(TypeObject, tp_flags), kMemberReadonly, nullptr},
    {"__dictoffset__", kMemberSsize, offsetof(TypeObject, tp_dictoffset), kMemberReadonly, nullptr},
    {"__weakrefoffset__", kMemberSsize, offsetof(TypeObject, tp_weaklistoffset), kMemberReadonly, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

// type.mro(): the linearization as a list (__mro__ keeps it as a tuple).
Object* type_mro_method(Object* self, Object*) {
  Object* t = c3_mro(as_type(self));
  if (!t) return nullptr;
  Object* l = list_from_iterable(t);
  decref(t);
  return l;
}

Object* type_subclasses_method(Object* self, Object*) {
  Object* list = list_new(0);
  if (!list) return nullptr;
  bool ok = true;
  for_each_subclass(as_type(self), [&](TypeObject* sub) {
    if (ok && list_append(list, type_as_object(sub)) < 0) ok = false;
  });
  if (!ok) {
    decref(list);
    return nullptr;
  }
  return list;
}

}  // namespace

int object_real_isinstance(Object* inst, TypeObject* cls) {
  if (is_instance_of_type(inst, cls)) return 1;
  TypeObject* t = type_of(inst);
  // Usually __class__ is object's descriptor read generically: type(inst).
  if (t->tp_getattro == object_generic_getattr &&
      type_lookup(t, names::dunder_class) == type_lookup(&ObjectType, names::dunder_class))
    return 0;
  Object* icls = object_getattr(inst, names::dunder_class);
  if (!icls) {
    if (!error_matches(&exc::AttributeError)) return -1;
    clear_error();
    return 0;
  }
  int r = icls != reinterpret_cast<Object*>(t) && is_type(icls) ? is_subtype(as_type(icls), cls) : 0;
  decref(icls);
  return r;
}

namespace {

Object* type_instancecheck(Object* self, Object* arg) {
  int r = object_real_isinstance(arg, as_type(self));
  return r < 0 ? nullptr : newref(bool_object(r));
}

Object* type_subclasscheck(Object* self, Object* arg) {
  if (!is_type(arg)) return raise(&exc::TypeError, "issubclass() arg 1 must be a class");
  return newref(bool_object(is_subtype(as_type(arg), as_type(self))));
}

Object* type_prepare(Object*, Object* const*, ssize, Object*) { return dict_new(); }

Object* type_dir_method(Object* self, Object*) {
  // The names in the dicts along the MRO.
  Object* result = dict_new();
  if (!result) return nullptr;
  Object* mro = as_type(self)->tp_mro;
  for (ssize i = tuple_size(mro) - 1; i >= 0; i--) {
    if (dict_merge(result, as_type(tuple_item(mro, i))->tp_dict, DictMerge::kOverride) < 0) {
      decref(result);
      return nullptr;
    }
  }
  Object* keys = list_new(0);
  ssize pos = 0;
  Object* key;
  while (keys && dict_next(result, &pos, &key, nullptr))
    if (list_append(keys, key) < 0) {
      decref(keys);
      keys = nullptr;
    }
  decref(result);
  return keys;
}

MethodDef type_methods[] = {
    {"mro", reinterpret_cast<CFunction>(type_mro_method), kMethNoArgs, nullptr},
    {"__subclasses__", reinterpret_cast<CFunction>(type_subclasses_method), kMethNoArgs, nullptr},
    {"__instancecheck__", reinterpret_cast<CFunction>(type_instancecheck), kMethO, nullptr},
    {"__subclasscheck__", reinterpret_cast<CFunction>(type_subclasscheck), kMethO, nullptr},
    {"__prepare__", reinterpret_cast<CFunction>(reinterpret_cast<void*>(type_prepare)),
     kMethFastcall | kMethKeywords | kMethClass, nullptr},
    {"__dir__", reinterpret_cast<CFunction>(type_dir_method), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* type_new_slot(TypeObject* meta, Object* args, Object* kwargs) {
  ssize n = tuple_size(args);
  if (meta == &TypeType && n == 1 && (!kwargs || dict_size(kwargs) == 0))
    return newref(type_as_object(type_of(tuple_item(args, 0))));
  if (n != 3) return raise(&exc::TypeError, "type() takes 1 or 3 arguments");
  Object* name = tuple_item(args, 0);
  Object* bases = tuple_item(args, 1);
  Object* ns = tuple_item(args, 2);
  if (!is_str(name))
    return raise(&exc::TypeError, "type.__new__() argument 1 must be str, not %s", type_of(name)->tp_name);
  if (!is_tuple(bases))
    return raise(&exc::TypeError, "type.__new__() argument 2 must be tuple, not %s", type_of(bases)->tp_name);
  if (!is_dict(ns))
    return raise(&exc::TypeError, "type.__new__() argument 3 must be dict, not %s", type_of(ns)->tp_name);
  return type_new_class(meta, name, bases, ns, kwargs);
}

int type_init_slot(Object*, Object* args, Object* kwargs) {
  ssize n = tuple_size(args);
  if (kwargs && dict_size(kwargs) > 0 && n == 1) {
    raise(&exc::TypeError, "type.__init__() takes no keyword arguments");
    return -1;
  }
  if (n != 1 && n != 3) {
    raise(&exc::TypeError, "type.__init__() takes 1 or 3 arguments");
    return -1;
  }
  return 0;
}

}  // namespace

void init_type_types() {
  TypeType.tp_name = "type";
  TypeType.tp_basicsize = sizeof(HeapTypeObject);
  TypeType.tp_itemsize = 0;
  TypeType.tp_dealloc = type_dealloc;
  TypeType.tp_traverse = type_traverse;
  TypeType.tp_clear = type_clear;
  TypeType.tp_is_gc = type_is_gc;
  TypeType.tp_repr = type_repr;
  TypeType.tp_call = type_call;
  TypeType.tp_getattro = type_getattro;
  // int | None (types.UnionType).
  static NumberMethods type_as_number;
  type_as_number.nb_or = union_or;
  TypeType.tp_as_number = &type_as_number;
  TypeType.tp_setattro = type_setattro;
  TypeType.tp_new = type_new_slot;
  TypeType.tp_init = type_init_slot;
  TypeType.tp_getset = type_getset;
  TypeType.tp_members = type_members;
  TypeType.tp_methods = type_methods;
  TypeType.tp_dictoffset = offsetof(TypeObject, tp_dict);
  TypeType.tp_vectorcall_offset = offsetof(TypeObject, tp_vectorcall);
  TypeType.tp_flags = kTpDefault | kTpHaveGc | kTpBaseType | kTpTypeSubclass | kTpHaveVectorcall;
  TypeType.tp_base = &ObjectType;
  register_static_type(&TypeType);
  init_object_type();
  register_static_type(&ObjectType);
}

}  // namespace dx
