// The table that ties dunder names to the C slots of type objects (one
// table, type_slots.cpp): a static type's slots appear in its dict as
// wrapper_descriptors (int.__add__), and a class's dunders written in
// Python fill its slots with functions that call them (slot_nb_add calls
// __add__ or the other operand's __radd__).
#pragma once
#include <cstdint>

#include "runtime/object.h"

namespace dx {

enum class SlotTable : uint8_t { Type, Async, Number, Mapping, Sequence };

// Calls the C slot `wrapped` for a dunder called from Python with `self`
// and the remaining arguments.
using WrapperFunc = Object* (*)(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* wrapped);

struct SlotDef {
  const char* name;
  SlotTable table;
  uint16_t offset;      // of the slot in its table
  void* slot_function;  // the slot calling the Python dunder (null: heap types leave it)
  WrapperFunc wrapper;  // null: the dunder is not exposed for C slots (__getattr__)
  bool keywords;        // the wrapper accepts keyword arguments (__init__, __call__)
  Object* name_object;  // the interned name, set at start-up
};

// The address of the slot `d` in type t, or null when t has no such table.
void** slot_address(TypeObject* t, const SlotDef& d);

// Static types: adds a wrapper_descriptor to t's dict for each slot t
// itself defines whose name is not in the dict yet, and __new__.
int add_slot_wrappers(TypeObject* t);
// Heap types: sets every slot from the dunders found along the MRO.
void fixup_slots(TypeObject* t);
// Heap types: recomputes the slots tied to `name` (a dunder assigned or
// deleted on the class) for t and its subclasses.
void update_slots_for(TypeObject* t, Object* name);

// object.__new__ as a bound builtin: what T.__new__ is for a static type T.
Object* make_tp_new_wrapper(TypeObject* t);

// Calls `callable` with (self, *args) as a vectorcall; self may be null.
Object* call_prepend(Object* callable, Object* self, Object* const* args, size_t nargs, Object* kwnames);
// Calls `callable` with self (may be null) prepended to a tuple of
// arguments and a dict of keywords (may be null), as tp_call slots get them.
Object* call_prepend_tuple_dict(Object* callable, Object* self, Object* args, Object* kwargs);

// The slot functions compared against to recognise classes whose slot
// dispatches to Python code.
Object* slot_tp_getattr_hook(Object* self, Object* name);
Object* slot_tp_call(Object* self, Object* args, Object* kwargs);
int slot_tp_init(Object* self, Object* args, Object* kwargs);
Object* slot_tp_new(TypeObject* t, Object* args, Object* kwargs);
// tp_hash of classes with __hash__ = None: "unhashable type: 'X'".
hash_t hash_not_implemented(Object* o);

void init_slot_names();

}  // namespace dx
