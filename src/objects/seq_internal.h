// Helpers shared by the sequence types (list, range, slice) until the str
// and int types grow the general forms.
#pragma once
#include <cstdint>
#include <string_view>

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

}  // namespace dx
