// The number protocol: binary and unary operators dispatched through the
// nb_* slots (abstract.h).
#include <cstddef>

#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

namespace dx {

namespace {

struct BinarySlot {
  size_t offset;          // of the binaryfunc in NumberMethods
  size_t inplace_offset;  // of the in-place form, or 0
  const char* symbol;
};

#define NB(field) offsetof(NumberMethods, field)
constexpr BinarySlot kBinary[] = {
    {NB(nb_add), 0, "+"},
    {NB(nb_subtract), 0, "-"},
    {NB(nb_multiply), 0, "*"},
    {NB(nb_matrix_multiply), 0, "@"},
    {NB(nb_true_divide), 0, "/"},
    {NB(nb_floor_divide), 0, "//"},
    {NB(nb_remainder), 0, "%"},
    {NB(nb_power), 0, "** or pow()"},
    {NB(nb_lshift), 0, "<<"},
    {NB(nb_rshift), 0, ">>"},
    {NB(nb_and), 0, "&"},
    {NB(nb_or), 0, "|"},
    {NB(nb_xor), 0, "^"},
    {NB(nb_add), NB(nb_inplace_add), "+="},
    {NB(nb_subtract), NB(nb_inplace_subtract), "-="},
    {NB(nb_multiply), NB(nb_inplace_multiply), "*="},
    {NB(nb_matrix_multiply), NB(nb_inplace_matrix_multiply), "@="},
    {NB(nb_true_divide), NB(nb_inplace_true_divide), "/="},
    {NB(nb_floor_divide), NB(nb_inplace_floor_divide), "//="},
    {NB(nb_remainder), NB(nb_inplace_remainder), "%="},
    {NB(nb_power), NB(nb_inplace_power), "**="},
    {NB(nb_lshift), NB(nb_inplace_lshift), "<<="},
    {NB(nb_rshift), NB(nb_inplace_rshift), ">>="},
    {NB(nb_and), NB(nb_inplace_and), "&="},
    {NB(nb_or), NB(nb_inplace_or), "|="},
    {NB(nb_xor), NB(nb_inplace_xor), "^="},
};
#undef NB
static_assert(sizeof(kBinary) / sizeof(kBinary[0]) == kBinaryOpCount);

// The slot at `offset` of a type's number methods (power is ternary; it is
// called with None as the modulus).
void* slot_at(TypeObject* t, size_t offset) {
  if (!t->tp_as_number) return nullptr;
  return *reinterpret_cast<void**>(reinterpret_cast<char*>(t->tp_as_number) + offset);
}

Object* call_slot(void* slot, size_t offset, Object* a, Object* b) {
  if (offset == offsetof(NumberMethods, nb_power) || offset == offsetof(NumberMethods, nb_inplace_power))
    return reinterpret_cast<ternaryfunc>(slot)(a, b, none());
  return reinterpret_cast<binaryfunc>(slot)(a, b);
}

// CPython's binary_op1: the left slot, the right slot, subclass first.
Object* binary_op1(Object* a, Object* b, size_t offset) {
  TypeObject* ta = type_of(a);
  TypeObject* tb = type_of(b);
  void* slota = slot_at(ta, offset);
  void* slotb = tb != ta ? slot_at(tb, offset) : nullptr;
  if (slotb == slota) slotb = nullptr;
  if (slota) {
    if (slotb && is_subtype(tb, ta)) {
      Object* r = call_slot(slotb, offset, a, b);
      if (r != not_implemented()) return r;
      decref(r);
      slotb = nullptr;
    }
    Object* r = call_slot(slota, offset, a, b);
    if (r != not_implemented()) return r;
    decref(r);
  }
  if (slotb) return call_slot(slotb, offset, a, b);
  return newref(not_implemented());
}

// The index value of `n` for sequence repetition.
bool repeat_count(Object* n, ssize* out) {
  if (!is_index(n)) return false;
  return index_as_ssize(n, &exc::OverflowError, out);
}

Object* sequence_fallback(Object* a, Object* b, BinaryOpKind op, bool inplace) {
  TypeObject* ta = type_of(a);
  SequenceMethods* sa = ta->tp_as_sequence;
  if (op == BinaryOpKind::Add || op == BinaryOpKind::InplaceAdd) {
    if (sa) {
      if (inplace && sa->sq_inplace_concat) return sa->sq_inplace_concat(a, b);
      if (sa->sq_concat) return sa->sq_concat(a, b);
    }
    return nullptr;
  }
  // Repetition: either operand may be the sequence.
  Object* seq = a;
  Object* count = b;
  SequenceMethods* s = sa;
  if (!s || !s->sq_repeat) {
    seq = b;
    count = a;
    s = type_of(b)->tp_as_sequence;
    inplace = false;
  }
  if (!s || !s->sq_repeat) return nullptr;
  ssize n;
  if (!repeat_count(count, &n)) {
    if (error_occurred()) return nullptr;
    return raise(&exc::TypeError, "can't multiply sequence by non-int of type '%.200s'", type_of(count)->tp_name);
  }
  if (inplace && s->sq_inplace_repeat) return s->sq_inplace_repeat(seq, n);
  return s->sq_repeat(seq, n);
}

}  // namespace

const char* binary_op_symbol(BinaryOpKind op) { return kBinary[static_cast<int>(op)].symbol; }

Object* binary_op(Object* a, Object* b, BinaryOpKind op) {
  const BinarySlot& s = kBinary[static_cast<int>(op)];
  bool inplace = s.inplace_offset != 0;
  if (inplace) {
    if (void* slot = slot_at(type_of(a), s.inplace_offset)) {
      Object* r = call_slot(slot, s.inplace_offset, a, b);
      if (r != not_implemented()) return r;
      decref(r);
    }
  }
  Object* r = binary_op1(a, b, s.offset);
  if (r != not_implemented()) return r;
  decref(r);
  bool sequence_op = op == BinaryOpKind::Add || op == BinaryOpKind::InplaceAdd || op == BinaryOpKind::Mul ||
                     op == BinaryOpKind::InplaceMul;
  if (sequence_op) {
    Object* q = sequence_fallback(a, b, op, inplace);
    if (q || error_occurred()) return q;
  }
  return raise(&exc::TypeError, "unsupported operand type(s) for %s: '%.100s' and '%.100s'", s.symbol,
               type_of(a)->tp_name, type_of(b)->tp_name);
}

Object* number_divmod(Object* a, Object* b) {
  Object* r = binary_op1(a, b, offsetof(NumberMethods, nb_divmod));
  if (r != not_implemented()) return r;
  decref(r);
  return raise(&exc::TypeError, "unsupported operand type(s) for divmod(): '%.100s' and '%.100s'", type_of(a)->tp_name,
               type_of(b)->tp_name);
}

// CPython's ternary_op for pow(a, b, c): a's slot, b's (first when b's type
// is a subclass of a's), then c's.
Object* number_power(Object* a, Object* b, Object* c) {
  auto slot = [](Object* o) -> ternaryfunc {
    NumberMethods* nb = type_of(o)->tp_as_number;
    return nb ? nb->nb_power : nullptr;
  };
  ternaryfunc fa = slot(a);
  ternaryfunc fb = type_of(b) != type_of(a) ? slot(b) : nullptr;
  if (fb == fa) fb = nullptr;
  if (fa) {
    if (fb && is_subtype(type_of(b), type_of(a))) {
      Object* r = fb(a, b, c);
      if (r != not_implemented()) return r;
      decref(r);
      fb = nullptr;
    }
    Object* r = fa(a, b, c);
    if (r != not_implemented()) return r;
    decref(r);
  }
  if (fb) {
    Object* r = fb(a, b, c);
    if (r != not_implemented()) return r;
    decref(r);
  }
  if (!is_none(c)) {
    ternaryfunc fc = slot(c);
    if (fc && (fc == fa || fc == fb)) fc = nullptr;
    if (fc) {
      Object* r = fc(a, b, c);
      if (r != not_implemented()) return r;
      decref(r);
    }
    return raise(&exc::TypeError, "unsupported operand type(s) for ** or pow(): '%.100s', '%.100s', '%.100s'",
                 type_of(a)->tp_name, type_of(b)->tp_name, type_of(c)->tp_name);
  }
  return raise(&exc::TypeError, "unsupported operand type(s) for ** or pow(): '%.100s' and '%.100s'",
               type_of(a)->tp_name, type_of(b)->tp_name);
}

Object* number_absolute(Object* a) {
  NumberMethods* nb = type_of(a)->tp_as_number;
  if (nb && nb->nb_absolute) return nb->nb_absolute(a);
  return raise(&exc::TypeError, "bad operand type for abs(): '%.200s'", type_of(a)->tp_name);
}

Object* unary_op(Object* a, UnaryOpKind op) {
  if (op == UnaryOpKind::Not) {
    int t = object_is_true(a);
    return t < 0 ? nullptr : newref(bool_object(!t));
  }
  NumberMethods* nb = type_of(a)->tp_as_number;
  unaryfunc f = nullptr;
  const char* name = "";
  switch (op) {
    case UnaryOpKind::Negative: f = nb ? nb->nb_negative : nullptr; name = "unary -"; break;
    case UnaryOpKind::Positive: f = nb ? nb->nb_positive : nullptr; name = "unary +"; break;
    default: f = nb ? nb->nb_invert : nullptr; name = "unary ~"; break;
  }
  if (f) return f(a);
  return raise(&exc::TypeError, "bad operand type for %s: '%.200s'", name, type_of(a)->tp_name);
}

}  // namespace dx
