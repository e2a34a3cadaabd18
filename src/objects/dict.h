// The dict type's storage and core operations. The header (DictObject:
// ma_used, ma_version_tag, ma_keys, ma_values) is CPython's (DESIGN D2); the
// table behind ma_keys is ours (objects/dict_internal.h): a compact,
// insertion-ordered entries array with a separate open-addressing index.
// ma_values is always null (instances keep attributes by shape, D9).
//
// Every function follows D5: nullptr / -1 means an exception is set. The
// functions marked "may run Python code" call a key's __hash__ or __eq__.
#pragma once
#include <cstdint>

#include "runtime/object.h"

namespace dx {

extern TypeObject DictType;
// The views (dict_keys, dict_values, dict_items) and the iterators, forward
// and reversed (objects/dict_views.cpp).
extern TypeObject DictKeysType, DictValuesType, DictItemsType;
extern TypeObject DictKeyIterType, DictValueIterType, DictItemIterType;
extern TypeObject DictRevKeyIterType, DictRevValueIterType, DictRevItemIterType;

inline bool is_dict(const Object* o) { return type_of(o)->tp_flags & kTpDictSubclass; }
inline bool is_dict_exact(const Object* o) { return type_of(o) == &DictType; }

// len(d).
inline ssize dict_size(const Object* d) { return static_cast<const DictObject*>(d)->ma_used; }
// Changes on every mutation, never on a lookup, and is unique within the
// interpreter: an unchanged tag means an unchanged dict (globals caches).
inline uint64_t dict_version(const Object* d) { return static_cast<const DictObject*>(d)->ma_version_tag; }

// A new empty dict (allocates no table until the first insertion).
Object* dict_new();
// A new empty instance of dict or a subclass of it (dict.__new__).
Object* dict_new_instance(TypeObject* t);
// A new empty dict with room for `n` items without resizing.
Object* dict_new_presized(ssize n);

// The value for `key`, BORROWED, or nullptr: then *error says whether an
// exception is set (true) or the key is missing (false). May run Python code.
Object* dict_get_item(Object* d, Object* key, bool* error);
// The same for an exact str key: in a str-keys dict no Python code runs.
Object* dict_get_item_str(Object* d, Object* key, bool* error);
// The same with the key's hash already computed.
Object* dict_get_item_known_hash(Object* d, Object* key, hash_t hash, bool* error);
// `key in d`: 1, 0 or -1. May run Python code.
int dict_contains(Object* d, Object* key);

// d[key] = value. The dict takes its own references (the caller keeps
// its). An equal key already present stays; only its value is replaced.
// 0 or -1. May run Python code.
int dict_set_item(Object* d, Object* key, Object* value);
int dict_set_item_known_hash(Object* d, Object* key, hash_t hash, Object* value);
// del d[key]: KeyError(key) when missing. 0 or -1. May run Python code.
int dict_del_item(Object* d, Object* key);

// d.pop(key[, deflt]): the removed value (a new reference); when missing,
// a new reference to `deflt`, or KeyError(key) if deflt is null.
Object* dict_pop(Object* d, Object* key, Object* deflt);
// d.setdefault(key, deflt): the value now stored for key, BORROWED.
Object* dict_setdefault(Object* d, Object* key, Object* deflt);

// d.popitem(): the last item as a (key, value) tuple; KeyError
// "popitem(): dictionary is empty".
Object* dict_popitem(Object* d);
// d[key] as the mp_subscript slot: KeyError(key) when missing, unless a
// subclass's __missing__ answers. May run Python code.
Object* dict_subscript(Object* d, Object* key);
// `key in d` as the sq_contains slot.
int dict_sq_contains(Object* d, Object* key);
// KeyError(key), with the key as the only argument even if it is an exception.
void raise_missing_key(Object* key);
// d.__sizeof__().
ssize dict_sizeof(Object* d);

// Iteration in insertion order: start with *pos = 0; each call stores the
// next item (borrowed; any out pointer may be null) and returns true, or
// returns false at the end. *pos is an index into the entries array, so it
// stays valid across value replacements; an iterator that must detect other
// mutations compares dict_size() with the size it started with, as CPython's
// ("dictionary changed size during iteration").
bool dict_next(Object* d, ssize* pos, Object** key, Object** value, hash_t* hash = nullptr);

// d.clear(): drops every item (no-op, no version change, on an empty dict).
void dict_clear(Object* d);
// d.copy() as a new exact dict: same order and contents.
Object* dict_copy(Object* d);

// What dict_merge does with a key already in the target.
enum class DictMerge {
  kKeepExisting,      // a.update-if-missing: the target's value stays
  kOverride,          // a.update(b): b's value wins
  kErrorOnDuplicate,  // f(**a, **b): KeyError(key) (the caller rewords it)
};
// Inserts every item of dict `b` into `a`, in b's order. May run Python
// code; RuntimeError "dict mutated during update" if that code changes b.
int dict_merge(Object* a, Object* b, DictMerge policy);

// dict.update(arg) for one positional argument: a dict, a mapping (any
// object with keys()), or an iterable of pairs. May run Python code.
int dict_update_arg(Object* d, Object* arg);
// Inserts the items of any mapping (a dict directly, else b.keys() and
// b[key]). May run Python code.
int dict_merge_mapping(Object* a, Object* b, DictMerge policy);
// dict.update(iterable of pairs): "dictionary update sequence element #0
// has length 1; 2 is required". override false keeps existing keys.
int dict_merge_pairs(Object* d, Object* pairs, bool override);

// iter(d), reversed(d), and the views d.keys(), d.values(), d.items().
Object* dict_iter(Object* d);
Object* dict_reversed(Object* d);
Object* dict_keys_view(Object* d);
Object* dict_values_view(Object* d);
Object* dict_items_view(Object* d);

void init_dict_type();
void init_dict_methods();  // objects/dict_methods.cpp
void init_dict_views();    // objects/dict_views.cpp

}  // namespace dx
