// The int type's core: representation, small-int cache, conversions. The
// arithmetic (src/support/bigint) and the methods come next.
#include "objects/int.h"

#include <cstdlib>

#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"

namespace dx {

TypeObject IntType, BoolType;
IntObject TrueObject, FalseObject;

namespace {

constexpr int kSmallMin = -5, kSmallMax = 256;
IntObject small_ints[kSmallMax - kSmallMin + 1];

constexpr int kFreeListMax = 256;
// Ints of up to two digits are all allocated with room for two, so any of
// them can be reused for another.
constexpr ssize kFreeListDigits = 2;

void int_dealloc(Object* o) {
  ThreadState* ts = current_thread();
  ssize n = static_cast<IntObject*>(o)->ob_size;
  if (kFreeListsEnabled && type_of(o) == &IntType && n >= -kFreeListDigits && n <= kFreeListDigits && ts &&
      ts->interp->int_free_count < kFreeListMax) {
    *reinterpret_cast<Object**>(o) = ts->interp->int_free_list;
    ts->interp->int_free_list = o;
    ts->interp->int_free_count++;
    return;
  }
  object_free(o);
}
void immortal_dealloc(Object*) {}

void set_small(IntObject& o, TypeObject* type, int64_t v) {
  o.ob_refcnt = kImmortalRefcnt;
  o.ob_type = type;
  o.ob_size = v == 0 ? 0 : v < 0 ? -1 : 1;
  o.ob_digit[0] = static_cast<digit>(v < 0 ? -v : v);
}

}  // namespace

IntObject* int_new_digits(ssize ndigits) {
  if (ndigits <= kFreeListDigits) {
    ThreadState* ts = current_thread();
    if (ts && ts->interp->int_free_list) {
      Interpreter* in = ts->interp;
      auto* o = reinterpret_cast<IntObject*>(in->int_free_list);
      in->int_free_list = *reinterpret_cast<Object**>(o);
      in->int_free_count--;
      o->ob_refcnt = 1;
      o->ob_size = 0;
      o->ob_digit[0] = 0;
      return o;
    }
  }
  size_t n = static_cast<size_t>(ndigits > kFreeListDigits ? ndigits : kFreeListDigits);
  auto* o = static_cast<IntObject*>(object_alloc(&IntType, sizeof(IntObject) + (n - 1) * sizeof(digit)));
  if (!o) return nullptr;
  o->ob_size = 0;
  o->ob_digit[0] = 0;
  return o;
}

Object* int_from_int64(int64_t v) {
  if (v >= kSmallMin && v <= kSmallMax) return &small_ints[v - kSmallMin];
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  ssize n = 0;
  for (uint64_t t = mag; t; t >>= kDigitBits) n++;
  IntObject* o = int_new_digits(n);
  if (!o) return nullptr;
  for (ssize i = 0; i < n; i++, mag >>= kDigitBits) o->ob_digit[i] = static_cast<digit>(mag & ((1u << kDigitBits) - 1));
  o->ob_size = v < 0 ? -n : n;
  return o;
}

std::optional<int64_t> int_to_int64(Object* o) {
  auto* i = static_cast<IntObject*>(o);
  if (i->ob_size >= -1 && i->ob_size <= 1) return i->ob_size * static_cast<int64_t>(i->ob_digit[0]);
  ssize n = std::abs(i->ob_size);
  if (n > 3) return std::nullopt;
  unsigned __int128 mag = 0;
  for (ssize k = n; k-- > 0;) mag = (mag << kDigitBits) | i->ob_digit[k];
  if (i->ob_size < 0) {
    if (mag > static_cast<unsigned __int128>(INT64_MAX) + 1) return std::nullopt;
    return static_cast<int64_t>(0 - static_cast<uint64_t>(mag));
  }
  if (mag > static_cast<unsigned __int128>(INT64_MAX)) return std::nullopt;
  return static_cast<int64_t>(mag);
}

void init_int_types() {
  IntType.ob_refcnt = kImmortalRefcnt;
  IntType.tp_name = "int";
  IntType.tp_basicsize = sizeof(IntObject) - sizeof(digit);
  IntType.tp_itemsize = sizeof(digit);
  IntType.tp_dealloc = int_dealloc;
  IntType.tp_flags = kTpDefault | kTpBaseType | kTpLongSubclass | kTpImmutableType | kTpMatchSelf;
  for (int v = kSmallMin; v <= kSmallMax; v++) set_small(small_ints[v - kSmallMin], &IntType, v);

  BoolType.ob_refcnt = kImmortalRefcnt;
  BoolType.tp_name = "bool";
  BoolType.tp_basicsize = IntType.tp_basicsize;
  BoolType.tp_itemsize = IntType.tp_itemsize;
  BoolType.tp_dealloc = immortal_dealloc;
  BoolType.tp_flags = kTpDefault | kTpLongSubclass | kTpImmutableType | kTpMatchSelf;
  BoolType.tp_base = &IntType;
  set_small(TrueObject, &BoolType, 1);
  set_small(FalseObject, &BoolType, 0);
  init_int_slots();
  init_int_methods();
}

}  // namespace dx
