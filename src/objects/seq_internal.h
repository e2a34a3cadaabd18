// Helpers shared by the sequence types (list, range, slice) until the str
// and int types grow the general forms.
#pragma once
#include <cstdint>
#include <string_view>

#include "objects/int.h"
#include "runtime/abstract.h"
#include "runtime/object.h"

namespace dx {

// open + items[0] + sep + items[1] + ... + close, where the items are strs of
// any kind and open/sep/close are ASCII. A new canonical str (the smallest
// kind that holds it), or nullptr with MemoryError.
Object* str_join_ascii(std::string_view open, std::string_view sep, std::string_view close, Object* const* items,
                       ssize n);

// An exact int's value clamped to the int64 range (the sign of ob_size
// decides the side when it does not fit).
int64_t int_clamped_int64(Object* o);
// An int of any 128-bit value (lengths of ranges may pass 2**63).
Object* int_from_int128(__int128 v);

// The result of comparing two sequence lengths with `op` (a new reference).
Object* compare_sizes(ssize a, ssize b, int op);

// Lexicographic comparison of sequences a and b: the first pair of items
// that differ decides; identical items are skipped without calling __eq__.
// size(x) and item(x, i) are re-read at each step, as __eq__ may mutate a
// list.
template <typename Size, typename Item>
Object* lexicographic_compare(Object* a, Object* b, int op, Size size, Item item) {
  if (size(a) != size(b) && (op == kEq || op == kNe)) return newref(bool_object(op == kNe));
  ssize i = 0;
  for (; i < size(a) && i < size(b); i++) {
    Object* x = item(a, i);
    Object* y = item(b, i);
    if (x == y) continue;
    incref(x);
    incref(y);
    int eq = object_richcompare_bool(x, y, kEq);
    decref(x);
    decref(y);
    if (eq < 0) return nullptr;
    if (!eq) break;
  }
  if (i >= size(a) || i >= size(b)) return compare_sizes(size(a), size(b), op);
  if (op == kEq) return newref(bool_object(false));
  if (op == kNe) return newref(bool_object(true));
  Object* x = newref(item(a, i));
  Object* y = newref(item(b, i));
  Object* r = object_richcompare(x, y, op);
  decref(x);
  decref(y);
  return r;
}

}  // namespace dx
