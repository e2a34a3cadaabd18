// The interpreter loop: computed-goto dispatch over the register machine of
// opcodes.def. Python-to-Python calls push a frame on the thread's frame
// stack and continue in the same loop; only calls into C code recurse.
#include "vm/interpreter.h"

#include <cstring>
#include <string>

#include "gc/gc.h"
#include "objects/cell.h"
#include "objects/dict.h"
#include "objects/builtin_function.h"
#include "objects/descriptor.h"
#include "objects/exception_group.h"
#include "objects/frame_object.h"
#include "objects/generator.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"
#include "vm/arguments.h"
#include "vm/attr_cache.h"
#include "vm/context_ops.h"
#include "vm/frame.h"
#include "vm/function.h"
#include "vm/import.h"
#include "vm/namespace.h"
#include "vm/pattern_match.h"
#include "vm/traceback.h"
#include "vm/unpacking.h"

namespace dx {

namespace {

// Sets R[i] to a new reference, dropping the old value. When that value
// dies, what its deallocation runs (a __del__, the warning of a coroutine
// never awaited) sees the frame at instruction `pc`: it is stored first.
inline void set_reg(Frame* f, const CodeUnit* pc, int i, Object* v) {
  Object* old = f->regs[i];
  f->regs[i] = v;
  if (old && --old->ob_refcnt == 0) {
    f->pc = pc;
    dealloc(old);
  }
}

inline uint32_t jump_target(const CodeUnit* pc, int operand) {
  return static_cast<uint32_t>(pc[operand]) | (static_cast<uint32_t>(pc[operand + 1]) << 16);
}


// The local variable name of register i (for error messages).
std::string_view varname(CodeObject* code, int i) { return str_utf8(tuple_item(code->varnames, i)); }

// NameError for a global or module-level name.
// The name goes into the exception's .name (for "Did you mean").
std::nullptr_t set_error_name(Object* name) {
  Object* e = current_thread()->current_exception;
  if (e && is_instance_of_type(e, &exc::NameError)) {
    auto* ne = static_cast<NameErrorObject*>(e);
    if (!ne->name) ne->name = newref(name);
  }
  return nullptr;
}

std::nullptr_t raise_name_error(Object* name) {
  std::string_view n = str_utf8(name);
  raise(&exc::NameError, "name '%.*s' is not defined", static_cast<int>(n.size()), n.data());
  return set_error_name(name);
}

// UnboundLocalError for local variable `index` of `code`.
std::nullptr_t raise_unbound_local(CodeObject* code, int index) {
  std::string_view n = varname(code, index);
  raise(&exc::UnboundLocalError, "cannot access local variable '%.*s' where it is not associated with a value",
        static_cast<int>(n.size()), n.data());
  // No .name, so no "Did you mean" (as CPython 3.11).
  return nullptr;
}

// An empty cell read or deleted: variable `index` is the frame's own cell
// (UnboundLocalError) or a free variable (NameError).
std::nullptr_t raise_unbound_deref(CodeObject* code, int index) {
  if (index < code->nlocals + code->ncells) return raise_unbound_local(code, index);
  std::string_view n = varname(code, index);
  return raise(&exc::NameError,
               "cannot access free variable '%.*s' where it is not associated with a value in enclosing scope",
               static_cast<int>(n.size()), n.data());
}

// del name from a namespace: NameError when it is not there.
// Globals are deleted from as a plain dict (no subclass override).
int delete_name(Object* ns, Object* name, bool plain_dict = false) {
  if ((plain_dict ? dict_del_item(ns, name) : namespace_delete(ns, name)) == 0) return 0;
  if (error_matches(&exc::KeyError)) {
    clear_error();
    raise_name_error(name);
  }
  return -1;
}

// Finds the handler of the innermost exception-table entry covering `offset`.
const ExceptionEntry* find_handler(CodeObject* code, uint32_t offset) {
  const ExceptionEntry* best = nullptr;
  for (uint32_t i = 0; i < code->nexceptions; i++) {
    const ExceptionEntry& e = code->exceptions[i];
    if (e.start <= offset && offset < e.end) {
      if (!best || e.start >= best->start) best = &e;
    }
  }
  return best;
}

// ---- fast paths and inline caches --------------------------------------------

// The value of an exact int that fits in 63 bits (at most three digits).
inline bool small_int_value(Object* o, int64_t* v) {
  if (type_of(o) != &IntType) return false;
  auto* i = static_cast<IntObject*>(o);
  ssize n = i->ob_size;
  if (n == 0) {
    *v = 0;
    return true;
  }
  ssize m = n < 0 ? -n : n;
  if (m > 3) return false;
  uint64_t mag = i->ob_digit[0];
  if (m >= 2) mag |= static_cast<uint64_t>(i->ob_digit[1]) << kDigitBits;
  if (m == 3) {
    if (i->ob_digit[2] >= 8) return false;  // 2**63 and more
    mag |= static_cast<uint64_t>(i->ob_digit[2]) << (2 * kDigitBits);
  }
  *v = n < 0 ? -static_cast<int64_t>(mag) : static_cast<int64_t>(mag);
  return true;
}

// Ints within 2**53 convert to doubles exactly.
constexpr int64_t kExactDouble = int64_t(1) << 53;

// The value of a float, or of a small int that a double holds exactly.
inline bool exact_double(Object* o, double* v) {
  if (type_of(o) == &FloatType) {
    *v = static_cast<FloatObject*>(o)->ob_fval;
    return true;
  }
  int64_t i;
  if (small_int_value(o, &i) && i <= kExactDouble && i >= -kExactDouble) {
    *v = static_cast<double>(i);
    return true;
  }
  return false;
}

// a <op> b for two small ints or two floats without leaving the loop:
// true with *out set (null with an error set when the allocation failed),
// false when the general path must run.
inline bool binary_op_fast(Object* a, Object* b, BinaryOpKind op, Object** out) {
  int64_t x, y;
  if (small_int_value(a, &x) && small_int_value(b, &y)) {
    int64_t r;
    switch (op) {
      case BinaryOpKind::Add: case BinaryOpKind::InplaceAdd:
        if (__builtin_add_overflow(x, y, &r)) return false;
        break;
      case BinaryOpKind::Sub: case BinaryOpKind::InplaceSub:
        if (__builtin_sub_overflow(x, y, &r)) return false;
        break;
      case BinaryOpKind::Mul: case BinaryOpKind::InplaceMul:
        if (__builtin_mul_overflow(x, y, &r)) return false;
        break;
      case BinaryOpKind::RShift: case BinaryOpKind::InplaceRShift:
        if (y < 0) return false;  // ValueError: the general path says so
        r = x >> (y > 63 ? 63 : y);
        break;
      case BinaryOpKind::LShift: case BinaryOpKind::InplaceLShift:
        if (y < 0 || y > 62) return false;
        r = static_cast<int64_t>(static_cast<uint64_t>(x) << y);
        if ((r >> y) != x) return false;  // it overflowed: the general path
        break;
      case BinaryOpKind::FloorDiv: case BinaryOpKind::InplaceFloorDiv:
        if (y == 0) return false;
        r = x / y;
        if ((x % y != 0) && ((x < 0) != (y < 0))) r--;
        break;
      case BinaryOpKind::Mod: case BinaryOpKind::InplaceMod:
        if (y == 0) return false;
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        break;
      case BinaryOpKind::And: case BinaryOpKind::InplaceAnd: r = x & y; break;
      case BinaryOpKind::Or: case BinaryOpKind::InplaceOr: r = x | y; break;
      case BinaryOpKind::Xor: case BinaryOpKind::InplaceXor: r = x ^ y; break;
      case BinaryOpKind::TrueDiv: case BinaryOpKind::InplaceTrueDiv:
        // Both exact as doubles: the quotient is correctly rounded, as CPython's.
        if (y == 0 || x > kExactDouble || x < -kExactDouble || y > kExactDouble || y < -kExactDouble) return false;
        *out = float_from_double(static_cast<double>(x) / static_cast<double>(y));
        return true;
      default: return false;
    }
    *out = int_from_int64(r);
    return true;
  }
  double p, q;
  if (exact_double(a, &p) && exact_double(b, &q) && (type_of(a) == &FloatType || type_of(b) == &FloatType)) {
    double r;
    switch (op) {
      case BinaryOpKind::Add: case BinaryOpKind::InplaceAdd: r = p + q; break;
      case BinaryOpKind::Sub: case BinaryOpKind::InplaceSub: r = p - q; break;
      case BinaryOpKind::Mul: case BinaryOpKind::InplaceMul: r = p * q; break;
      case BinaryOpKind::TrueDiv: case BinaryOpKind::InplaceTrueDiv:
        if (q == 0) return false;
        r = p / q;
        break;
      default: return false;
    }
    *out = float_from_double(r);
    return true;
  }
  return false;
}

// a <cmp> b for two small ints or two floats: 1 or 0, or -1 when the
// general path must run.
inline int compare_fast(Object* a, Object* b, int op) {
  int64_t x, y;
  double p, q;
  if (small_int_value(a, &x) && small_int_value(b, &y)) {
    switch (op) {
      case kLt: return x < y;
      case kLe: return x <= y;
      case kEq: return x == y;
      case kNe: return x != y;
      case kGt: return x > y;
      default: return x >= y;
    }
  } else if ((type_of(a) == &FloatType || type_of(b) == &FloatType) && exact_double(a, &p) && exact_double(b, &q)) {
    // floats, or a float and an int a double holds exactly
  } else if ((op == kEq || op == kNe) && type_of(a) == &StrType && type_of(b) == &StrType) {
    return str_equal(a, b) == (op == kEq);
  } else {
    return -1;
  }
  switch (op) {
    case kLt: return p < q;
    case kLe: return p <= q;
    case kEq: return p == q;
    case kNe: return p != q;
    case kGt: return p > q;
    default: return p >= q;
  }
}

inline uint64_t read_u64(const CodeUnit* at) {
  uint64_t v;
  std::memcpy(&v, at, sizeof v);
  return v;
}
inline void write_u64(const CodeUnit* at, uint64_t v) { std::memcpy(const_cast<CodeUnit*>(at), &v, sizeof v); }

// LoadGlobal's cache: the versions of globals and builtins, and the value
// found (borrowed: alive while neither dict changes).
struct GlobalCache {
  static constexpr int kGlobals = 3, kBuiltins = 7, kValue = 11;  // unit offsets from the opcode
};

// The slow path of LoadGlobal: looks the name up and fills the cache.
// A new reference.
Object* load_global_slow(Frame* f, const CodeUnit* pc, Object* name) {
  if (!is_dict_exact(f->globals) || !is_dict_exact(f->builtins)) {
    // Not both plain dicts: the mapping protocol, as CPython's slow path.
    Object* v = namespace_get_ref(f->globals, name);
    if (!v && !error_occurred()) v = namespace_get_ref(f->builtins, name);
    if (!v && !error_occurred()) raise_name_error(name);
    return v;
  }
  Object* v = namespace_get(f->globals, name);
  if (!v) {
    if (error_occurred()) return nullptr;
    v = namespace_get(f->builtins, name);
    if (!v) {
      if (!error_occurred()) raise_name_error(name);
      return nullptr;
    }
  }
  if (is_dict_exact(f->globals) && is_dict_exact(f->builtins)) {
    write_u64(pc + GlobalCache::kGlobals, dict_version(f->globals));
    write_u64(pc + GlobalCache::kBuiltins, dict_version(f->builtins));
    write_u64(pc + GlobalCache::kValue, reinterpret_cast<uint64_t>(v));
  }
  return newref(v);
}

// PrintExpr: what sys.displayhook does for an interactive expression
// statement: builtins._ = value and its repr on stdout, unless None.
[[gnu::noinline, gnu::cold]] int display_value(Frame* f, Object* v) {
  if (Interpreter* interp = current_thread()->interp; interp->sys_module) {
    // sys.displayhook, which a program may have replaced.
    Object* hook = sys_get(interp, "displayhook");
    if (!hook) {
      raise(&exc::RuntimeError, "lost sys.displayhook");
      return -1;
    }
    incref(hook);
    Object* r = object_vectorcall(hook, &v, 1, nullptr);
    decref(hook);
    if (!r) return -1;
    decref(r);
    return 0;
  }
  if (is_none(v)) return 0;
  static Object* underscore = str_intern_static("_");
  if (namespace_set(f->builtins, underscore, none()) < 0) return -1;
  Object* r = object_repr(v);
  if (!r) return -1;
  std::string_view text = str_utf8(r);
  if (!text.data()) {
    decref(r);
    return -1;
  }
  OutputStream& out = current_thread()->interp->out;
  out.write(text);
  out.write("\n");
  decref(r);
  return namespace_set(f->builtins, underscore, v);
}

// SetupAnnotations: an empty __annotations__ dict in the namespace unless
// it has one.
int setup_annotations(Object* ns) {
  Object* name = names::dunder_annotations;
  Object* v = namespace_get_ref(ns, name);
  if (v) {
    decref(v);
    return 0;
  }
  if (error_occurred()) return -1;
  Object* d = dict_new();
  if (!d) return -1;
  int r = namespace_set(ns, name, d);
  decref(d);
  return r;
}

// `s += t` for strs when s is a variable whose string nothing else holds:
// the string grows in place (linear instead of quadratic loops, as CPython's
// BINARY_OP_INPLACE_ADD_UNICODE). The variable's register must be the left
// operand and receive the result, directly or by the Move that follows;
// the temporary that received the previous result may hold it too. Returns
// null (no error) when the pattern does not apply.
Object* inplace_concat_local(Frame* f, const CodeUnit* pc) {
  Object** R = f->regs;
  int dst = pc[1], var = pc[2];
  Object* s = R[var];
  if (s == R[pc[3]]) return nullptr;
  if (dst != var) {
    const CodeUnit* next = pc + instruction_length(Opcode::BinaryOp);
    if (static_cast<Opcode>(next[0]) != Opcode::Move || next[1] != var || next[2] != dst) return nullptr;
  }
  ssize refs = 1 + (dst != var && R[dst] == s);
  if (s->ob_refcnt != refs) return nullptr;
  // Take the references out of the registers: the string may move.
  R[var] = nullptr;
  if (dst != var && R[dst] == s) {
    R[dst] = nullptr;
    s->ob_refcnt--;
  }
  return str_append_inplace(s, R[pc[3]]);
}

// list.append(x) and the like: a method descriptor called on an instance
// of exactly its type goes straight to the C++ function for the common
// conventions (CPython's CALL_NO_KW_METHOD_DESCRIPTOR_*).
inline Object* call_method_descriptor(Object* callee, Object* const* args, size_t nargs) {
  auto* d = static_cast<MethodDescrObject*>(callee);
  if (type_of(args[0]) == d->d_type) {
    MethodDef* def = d->d_method;
    switch (def->ml_flags) {
      case kMethO:
        if (nargs == 2) return def->ml_meth(args[0], args[1]);
        break;
      case kMethNoArgs:
        if (nargs == 1) return def->ml_meth(args[0], nullptr);
        break;
      case kMethFastcall:
        return reinterpret_cast<Object* (*)(Object*, Object* const*, ssize)>(reinterpret_cast<void*>(def->ml_meth))(
            args[0], args + 1, static_cast<ssize>(nargs) - 1);
      case kMethFastcall | kMethKeywords:
        return reinterpret_cast<FastcallKeywordsFunc>(reinterpret_cast<void*>(def->ml_meth))(
            args[0], args + 1, static_cast<ssize>(nargs) - 1, nullptr);
      default:
        break;
    }
  }
  return object_vectorcall(callee, args, nargs, nullptr);
}

// format(v, ''): the value's __format__ with an empty spec.
Object* format_with_empty_spec(Object* v) {
  Object* empty = str_from_ascii("");
  if (!empty) return nullptr;
  Object* r = object_format(v, empty);
  decref(empty);
  return r;
}

// The concatenation of n str objects (BuildString).
Object* concat_strings(Object* const* items, int n) { return str_join_array(nullptr, items, n); }

// {a, b, ...}: the items are added in order, as CPython's BUILD_SET does
// (which item wins among equal ones, and the table's layout, depend on it).
Object* build_set(Object* const* items, int n) {
  Object* s = set_new(nullptr);
  if (!s) return nullptr;
  for (int i = 0; i < n; i++) {
    if (set_add(s, items[i]) < 0) {
      decref(s);
      return nullptr;
    }
  }
  return s;
}

// `raise X`: an exception instance, or a class called without arguments.
Object* make_exception(Object* x, const char* message) {
  if (is_type(x) && is_subtype(static_cast<TypeObject*>(x), &exc::BaseException)) {
    Object* e = object_vectorcall(x, nullptr, 0, nullptr);
    if (!e) return nullptr;
    if (!is_instance_of_type(e, &exc::BaseException)) {
      raise(&exc::TypeError, "calling %s should have returned an instance of BaseException, not %s",
            static_cast<TypeObject*>(x)->tp_name, type_of(e)->tp_name);
      decref(e);
      return nullptr;
    }
    return e;
  }
  if (is_instance_of_type(x, &exc::BaseException)) return newref(x);
  return raise(&exc::TypeError, "%s", message);
}

// except X: whether exception `e` is an instance of class X or of one of the
// classes in tuple X; -1 with TypeError when X is not such a class.
int exception_matches(Object* e, Object* x) {
  ssize n = is_tuple(x) ? tuple_size(x) : 1;
  int result = 0;
  for (ssize i = 0; i < n; i++) {
    Object* cls = is_tuple(x) ? tuple_item(x, i) : x;
    if (!is_type(cls) || !is_subtype(static_cast<TypeObject*>(cls), &exc::BaseException)) {
      raise(&exc::TypeError, "catching classes that do not inherit from BaseException is not allowed");
      return -1;
    }
    if (is_instance_of_type(e, static_cast<TypeObject*>(cls))) result = 1;
  }
  return result;
}

// An exception leaves frame f: its temporaries die first, while it is still
// the running frame at the failing instruction (CPython pops its value
// stack there); its locals die with the frame, seen from the caller.
void drop_temporaries(Frame* f) {
  CodeObject* code = f->code;
  int first = code->nlocals + code->ncells + code->nfrees;
  int i = first;
  while (i < code->nregs && !f->regs[i]) i++;
  if (i == code->nregs) return;
  Object* e = fetch_error();
  for (; i < code->nregs; i++) {
    Object* o = f->regs[i];
    f->regs[i] = nullptr;
    xdecref(o);
  }
  restore_error(e);
}

}  // namespace

// Pushes a frame for a call of `func`, its parameters bound: the common
// case (exact positional arguments, defaults) inline, the rest through
// bind_arguments.
static Frame* push_function_frame(ThreadState* ts, FunctionObject* func, Object* const* args, size_t nargs,
                                  Object* kwnames) {
  CodeObject* code = func->code;
  Frame* f = frame_push(ts, code);
  if (!f) return nullptr;
  f->func = static_cast<FunctionObject*>(newref(func));
  f->globals = func->globals;
  f->builtins = func->builtins;
  bool simple = !kwnames && !(code->flags & (kCoVarargs | kCoVarkeywords)) && code->kwonlyargcount == 0 &&
                nargs == static_cast<size_t>(code->argcount);
  if (simple) {
    for (size_t i = 0; i < nargs; i++) f->regs[i] = newref(args[i]);
  } else if (!bind_arguments(func, f->regs, args, nargs, kwnames)) {
    frame_pop(ts, f);
    return nullptr;
  }
  // The free variables' cells come from the closure.
  if (func->closure) {
    int first_free = code->nlocals + code->ncells;
    for (ssize i = 0; i < tuple_size(func->closure); i++) f->regs[first_free + i] = newref(tuple_item(func->closure, i));
  }
  return f;
}

// A call from run_frame whose callee and arguments are the caller's
// temporaries: callee_reg holds the function and args[0..nargs) its
// arguments. For the common case (exact positional arguments, no closure)
// the references move into the new frame, the caller's registers emptied:
// no reference-count traffic, and it is inline in the loop. Otherwise they
// are copied by push_function_frame (the caller drops its own afterwards).
static inline __attribute__((always_inline)) Frame* push_call_frame(ThreadState* ts, Object** callee_reg,
                                                                     Object** args, size_t nargs, Object* kwnames) {
  auto* func = static_cast<FunctionObject*>(*callee_reg);
  CodeObject* code = func->code;
  if (kwnames || func->closure || (code->flags & (kCoVarargs | kCoVarkeywords)) || code->kwonlyargcount != 0 ||
      nargs != static_cast<size_t>(code->argcount))
    return push_function_frame(ts, func, args, nargs, kwnames);
  Frame* f = frame_push(ts, code, static_cast<int>(nargs));
  if (!f) return nullptr;
  f->func = func;
  *callee_reg = nullptr;
  f->globals = func->globals;
  f->builtins = func->builtins;
  for (size_t i = 0; i < nargs; i++) {
    f->regs[i] = args[i];
    args[i] = nullptr;
  }
  return f;
}

Object* function_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  ThreadState* ts = current_thread();
  Frame* f = push_function_frame(ts, static_cast<FunctionObject*>(callable), args, nargsf, kwnames);
  if (!f) return nullptr;
  f->is_entry = true;
  return run_frame(ts, f);
}

Object* eval_module_code(CodeObject* code, Object* globals, Object* builtins) {
  return eval_code(code, globals, globals, builtins);
}

Object* eval_code(CodeObject* code, Object* globals, Object* locals, Object* builtins) {
  ThreadState* ts = current_thread();
  Frame* f = frame_push(ts, code);
  if (!f) return nullptr;
  incref(code);  // the frame owns its code when it has no function
  f->globals = globals;
  f->builtins = builtins;
  f->locals = locals;
  f->is_entry = true;
  Object* r = run_frame(ts, f);
  decref(code);
  return r;
}

Object* eval_class_body(FunctionObject* func, Object* ns) {
  ThreadState* ts = current_thread();
  CodeObject* code = func->code;
  Frame* f = frame_push(ts, code);
  if (!f) return nullptr;
  f->func = static_cast<FunctionObject*>(newref(func));
  f->globals = func->globals;
  f->builtins = func->builtins;
  f->locals = ns;
  f->is_entry = true;
  if (func->closure) {
    int first_free = code->nlocals + code->ncells;
    for (ssize i = 0; i < tuple_size(func->closure); i++) f->regs[first_free + i] = newref(tuple_item(func->closure, i));
  }
  return run_frame(ts, f);
}

// ImportName, ImportFrom and ImportStar, out of line (rare instructions:
// keeping them out of run_frame keeps its hot paths' registers as they were).
[[gnu::noinline, gnu::cold]] bool import_op(Frame* f, const CodeUnit* pc, Opcode op) {
  CodeObject* code = f->code;
  Object* v;
  switch (op) {
    case Opcode::ImportName:
      v = import_name(f->builtins, f->globals, f->locals, tuple_item(code->names, pc[2]),
                      tuple_item(code->consts, pc[3]), pc[4]);
      break;
    case Opcode::ImportFrom:
      v = import_from(f->regs[pc[2]], tuple_item(code->names, pc[3]));
      break;
    default:
      return import_star(f->regs[pc[1]], f->locals) == 0;
  }
  if (!v) return false;
  set_reg(f, pc, pc[1], v);
  return true;
}

Object* run_frame(ThreadState* ts, Frame* f, bool throwing) {
  static void* const kDispatch[] = {
#define OPCODE(Name, operands, cache, semantics) &&op_##Name,
#include "vm/opcodes.def"
  };
  CodeObject* code = f->code;
  const CodeUnit* pc = f->pc;
// The registers are reached through f (one register fewer to keep
// across the loop: a spilled pc costs more than the displacement).
#define R (f->regs)
  Object* result = nullptr;

#define DISPATCH() goto* kDispatch[*pc]
#define ERROR() goto error
// The frame's pc marks the instruction being run, for tracebacks and the
// exception table; it is stored before anything that can raise or call.
#define SAVE_PC() f->pc = pc
// Continues in frame `to` (a callee, a caller, a resumed generator).
#define SWITCH_FRAME(to) \
  do {                   \
    f = (to);            \
    code = f->code;      \
    pc = f->pc;          \
  } while (0)

  if (throwing) goto error;  // gen.throw(): raised where the generator stopped
  DISPATCH();

op_Nop:
  pc += instruction_length(Opcode::Nop);
  DISPATCH();

op_Move:
  set_reg(f, pc, pc[1], newref(R[pc[2]]));
  pc += instruction_length(Opcode::Move);
  DISPATCH();

op_Take: {
  Object* v = R[pc[2]];
  R[pc[2]] = nullptr;
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::Take);
  DISPATCH();
}

op_LoadConst:
  set_reg(f, pc, pc[1], newref(tuple_item(code->consts, pc[2])));
  pc += instruction_length(Opcode::LoadConst);
  DISPATCH();

op_CheckLocal:
  if (!R[pc[1]]) {
    SAVE_PC();
    raise_unbound_local(code, pc[2]);
    ERROR();
  }
  pc += instruction_length(Opcode::CheckLocal);
  DISPATCH();

op_DeleteFast:
  if (!R[pc[1]]) {
    SAVE_PC();
    raise_unbound_local(code, pc[2]);
    ERROR();
  }
  set_reg(f, pc, pc[1], nullptr);
  pc += instruction_length(Opcode::DeleteFast);
  DISPATCH();

op_LoadGlobal: {
  Object* v;
  if (read_u64(pc + GlobalCache::kGlobals) == dict_version(f->globals) &&
      read_u64(pc + GlobalCache::kBuiltins) == dict_version(f->builtins)) {
    v = reinterpret_cast<Object*>(read_u64(pc + GlobalCache::kValue));
  } else {
    SAVE_PC();
    v = load_global_slow(f, pc, tuple_item(code->names, pc[2]));
    if (!v) ERROR();
    set_reg(f, pc, pc[1], v);
    pc += instruction_length(Opcode::LoadGlobal);
    DISPATCH();
  }
  set_reg(f, pc, pc[1], newref(v));
  pc += instruction_length(Opcode::LoadGlobal);
  DISPATCH();
}

op_StoreGlobal:
  SAVE_PC();
  // (A dict subclass's __setitem__ is not called, as in CPython.)
  if (dict_set_item(f->globals, tuple_item(code->names, pc[1]), R[pc[2]]) < 0) ERROR();
  pc += instruction_length(Opcode::StoreGlobal);
  DISPATCH();

op_DeleteGlobal:
  SAVE_PC();
  if (delete_name(f->globals, tuple_item(code->names, pc[1]), true) < 0) ERROR();
  pc += instruction_length(Opcode::DeleteGlobal);
  DISPATCH();

op_LoadName: {
  SAVE_PC();
  Object* name = tuple_item(code->names, pc[2]);
  Object* v = namespace_get_ref(f->locals, name);
  if (!v && !error_occurred() && f->locals != f->globals) v = namespace_get_ref(f->globals, name);
  if (!v && !error_occurred()) v = namespace_get_ref(f->builtins, name);
  if (!v) {
    if (!error_occurred()) raise_name_error(name);
    ERROR();
  }
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::LoadName);
  DISPATCH();
}

op_LoadBuildClass: {
  SAVE_PC();
  Object* v = namespace_get(f->builtins, names::dunder_build_class);
  if (!v) {
    if (!error_occurred()) raise(&exc::NameError, "__build_class__ not found");
    ERROR();
  }
  set_reg(f, pc, pc[1], newref(v));
  pc += instruction_length(Opcode::LoadBuildClass);
  DISPATCH();
}

op_LoadClassDeref: {
  // A free variable read in a class body: the class namespace first.
  SAVE_PC();
  Object* name = tuple_item(code->varnames, pc[3]);
  Object* v = namespace_get_ref(f->locals, name);
  if (!v) {
    if (error_occurred()) ERROR();
    v = xnewref(static_cast<CellObject*>(R[pc[2]])->ob_ref);
    if (!v) {
      std::string_view n = varname(code, pc[3]);
      raise(&exc::NameError,
            "cannot access free variable '%.*s' where it is not associated with a value in enclosing scope",
            static_cast<int>(n.size()), n.data());
      ERROR();
    }
  }
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::LoadClassDeref);
  DISPATCH();
}

op_PrintExpr: {
  SAVE_PC();
  if (display_value(f, R[pc[1]]) < 0) ERROR();
  pc += instruction_length(Opcode::PrintExpr);
  DISPATCH();
}

op_SetupAnnotations: {
  SAVE_PC();
  if (setup_annotations(f->locals) < 0) ERROR();
  pc += instruction_length(Opcode::SetupAnnotations);
  DISPATCH();
}

op_StoreName:
  SAVE_PC();
  if (namespace_set(f->locals, tuple_item(code->names, pc[1]), R[pc[2]]) < 0) ERROR();
  pc += instruction_length(Opcode::StoreName);
  DISPATCH();

op_DeleteName:
  SAVE_PC();
  if (delete_name(f->locals, tuple_item(code->names, pc[1])) < 0) ERROR();
  pc += instruction_length(Opcode::DeleteName);
  DISPATCH();

op_LoadAttr: {
  Object* v = attr_cache::load_attr_hit(pc, R[pc[2]]);
  if (v) {
    incref(v);
  } else {
    SAVE_PC();
    v = load_attr_miss(pc, R[pc[2]], tuple_item(code->names, pc[3]));
    if (!v) ERROR();
  }
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::LoadAttr);
  DISPATCH();
}

op_StoreAttr:
  if (!attr_cache::store_attr_hit(pc, R[pc[1]], R[pc[3]])) {
    SAVE_PC();
    if (store_attr_miss(pc, R[pc[1]], tuple_item(code->names, pc[2]), R[pc[3]]) < 0) ERROR();
  }
  pc += instruction_length(Opcode::StoreAttr);
  DISPATCH();

op_LoadMethod: {
  // R[A] = the method and R[A+1] = self, or R[A] = the attribute and
  // R[A+1] = null: CallMethod passes self only in the first case.
  Object* o = R[pc[2]];
  Object* m = attr_cache::load_method_hit(pc, o);
  if (m) {
    incref(m);
    incref(o);
    set_reg(f, pc, pc[1] + 1, o);
  } else {
    SAVE_PC();
    incref(o);  // R[B] may be R[A+1], which is overwritten below
    bool unbound = load_method_miss(pc, o, tuple_item(code->names, pc[3]), &m);
    if (!m) {
      decref(o);
      ERROR();
    }
    if (unbound) {
      set_reg(f, pc, pc[1] + 1, o);
    } else {
      decref(o);
      set_reg(f, pc, pc[1] + 1, nullptr);
    }
  }
  set_reg(f, pc, pc[1], m);
  pc += instruction_length(Opcode::LoadMethod);
  DISPATCH();
}

op_DeleteAttr:
  SAVE_PC();
  if (object_setattr(R[pc[1]], tuple_item(code->names, pc[2]), nullptr) < 0) ERROR();
  pc += instruction_length(Opcode::DeleteAttr);
  DISPATCH();

op_BinaryOp: {
  SAVE_PC();
  if (pc[4] == static_cast<CodeUnit>(BinaryOpKind::InplaceAdd) && is_str_exact(R[pc[2]]) &&
      is_str_exact(R[pc[3]])) {
    if (Object* v = inplace_concat_local(f, pc)) {
      set_reg(f, pc, pc[1], v);
      pc += instruction_length(Opcode::BinaryOp);
      DISPATCH();
    }
    if (error_occurred()) ERROR();
  }
  Object* v;
  if (!binary_op_fast(R[pc[2]], R[pc[3]], static_cast<BinaryOpKind>(pc[4]), &v))
    v = binary_op(R[pc[2]], R[pc[3]], static_cast<BinaryOpKind>(pc[4]));
  if (!v) ERROR();
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::BinaryOp);
  DISPATCH();
}

op_UnaryOp: {
  SAVE_PC();
  Object* v = unary_op(R[pc[2]], static_cast<UnaryOpKind>(pc[3]));
  if (!v) ERROR();
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::UnaryOp);
  DISPATCH();
}

op_CompareOp: {
  SAVE_PC();
  int fast = compare_fast(R[pc[2]], R[pc[3]], pc[4]);
  Object* v = fast >= 0 ? newref(bool_object(fast)) : object_richcompare(R[pc[2]], R[pc[3]], pc[4]);
  if (!v) ERROR();
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::CompareOp);
  DISPATCH();
}

op_IsOp:
  set_reg(f, pc, pc[1], newref(bool_object((R[pc[2]] == R[pc[3]]) != (pc[4] != 0))));
  pc += instruction_length(Opcode::IsOp);
  DISPATCH();

op_ContainsOp: {
  SAVE_PC();
  Object* container = R[pc[3]];
  SequenceMethods* sq = type_of(container)->tp_as_sequence;
  int r;
  if (sq && sq->sq_contains) {
    r = sq->sq_contains(container, R[pc[2]]);
  } else {
    r = object_contains(container, R[pc[2]]);  // by iteration
  }
  if (r < 0) ERROR();
  set_reg(f, pc, pc[1], newref(bool_object((r == 1) != (pc[4] != 0))));
  pc += instruction_length(Opcode::ContainsOp);
  DISPATCH();
}

op_Jump:
  // Loops end in a Jump: a safe point for the cycle collector (gc/gc.h).
  if (__builtin_expect(ts->gc_pending, 0)) {
    SAVE_PC();
    gc_collect_pending(ts);
  }
  pc = code->code + jump_target(pc, 1);
  DISPATCH();

op_JumpIfFalse: {
  Object* v = R[pc[1]];
  int t = v == bool_object(true) ? 1 : v == bool_object(false) ? 0 : (SAVE_PC(), object_is_true(v));
  if (t < 0) ERROR();
  if (!t) pc = code->code + jump_target(pc, 2);
  else pc += instruction_length(Opcode::JumpIfFalse);
  DISPATCH();
}

op_JumpIfTrue: {
  Object* v = R[pc[1]];
  int t = v == bool_object(true) ? 1 : v == bool_object(false) ? 0 : (SAVE_PC(), object_is_true(v));
  if (t < 0) ERROR();
  if (t) pc = code->code + jump_target(pc, 2);
  else pc += instruction_length(Opcode::JumpIfTrue);
  DISPATCH();
}

op_BinarySubscr: {
  SAVE_PC();
  Object* container = R[pc[2]];
  Object* key = R[pc[3]];
  Object* v;
  int64_t i;
  // list[int] and tuple[int] in range: no call (CPython's BINARY_SUBSCR_LIST_INT).
  if (type_of(container) == &ListType && small_int_value(key, &i) &&
      static_cast<uint64_t>(i < 0 ? i + list_size(container) : i) < static_cast<uint64_t>(list_size(container))) {
    v = newref(list_item(container, i < 0 ? i + list_size(container) : i));
  } else if (type_of(container) == &TupleType && small_int_value(key, &i) &&
             static_cast<uint64_t>(i < 0 ? i + tuple_size(container) : i) <
                 static_cast<uint64_t>(tuple_size(container))) {
    v = newref(tuple_item(container, i < 0 ? i + tuple_size(container) : i));
  } else {
    v = object_getitem(container, key);
  }
  if (!v) ERROR();
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::BinarySubscr);
  DISPATCH();
}

op_StoreSubscr: {
  SAVE_PC();
  Object* container = R[pc[1]];
  int64_t i;
  if (type_of(container) == &ListType && small_int_value(R[pc[2]], &i) &&
      static_cast<uint64_t>(i < 0 ? i + list_size(container) : i) < static_cast<uint64_t>(list_size(container))) {
    Object*& slot = list_item(container, i < 0 ? i + list_size(container) : i);
    Object* old = slot;
    slot = newref(R[pc[3]]);
    decref(old);
  } else if (object_setitem(container, R[pc[2]], R[pc[3]]) < 0) {
    ERROR();
  }
  pc += instruction_length(Opcode::StoreSubscr);
  DISPATCH();
}

op_DeleteSubscr:
  SAVE_PC();
  if (object_delitem(R[pc[1]], R[pc[2]]) < 0) ERROR();
  pc += instruction_length(Opcode::DeleteSubscr);
  DISPATCH();

op_BuildTuple: {
  SAVE_PC();
  Object* t = tuple_new(pc[3]);
  if (!t) ERROR();
  // The items move out of their temporaries (as CPython's stack gives them).
  for (int i = 0; i < pc[3]; i++) {
    tuple_item(t, i) = R[pc[2] + i];
    R[pc[2] + i] = nullptr;
  }
  set_reg(f, pc, pc[1], t);
  pc += instruction_length(Opcode::BuildTuple);
  DISPATCH();
}

op_BuildList: {
  SAVE_PC();
  Object* l = list_new(pc[3]);
  if (!l) ERROR();
  for (int i = 0; i < pc[3]; i++) {
    static_cast<ListObject*>(l)->ob_item[i] = R[pc[2] + i];
    R[pc[2] + i] = nullptr;
  }
  set_reg(f, pc, pc[1], l);
  pc += instruction_length(Opcode::BuildList);
  DISPATCH();
}

op_BuildSet: {
  SAVE_PC();
  Object* s = build_set(R + pc[2], pc[3]);
  if (!s) ERROR();
  set_reg(f, pc, pc[1], s);
  pc += instruction_length(Opcode::BuildSet);
  DISPATCH();
}

op_SetAdd:
  SAVE_PC();
  if (set_add(R[pc[1]], R[pc[2]]) < 0) ERROR();
  pc += instruction_length(Opcode::SetAdd);
  DISPATCH();

op_SetUpdate:
  SAVE_PC();
  if (set_update(R[pc[1]], R[pc[2]]) < 0) ERROR();
  pc += instruction_length(Opcode::SetUpdate);
  DISPATCH();

op_BuildSlice: {
  SAVE_PC();
  Object* sl = slice_new(R[pc[2]], R[pc[2] + 1], R[pc[2] + 2]);
  if (!sl) ERROR();
  set_reg(f, pc, pc[1], sl);
  pc += instruction_length(Opcode::BuildSlice);
  DISPATCH();
}

op_ListAppend:
  SAVE_PC();
  if (list_append(R[pc[1]], R[pc[2]]) < 0) ERROR();
  pc += instruction_length(Opcode::ListAppend);
  DISPATCH();

op_FormatValue: {
  SAVE_PC();
  Object* v = R[pc[2]];
  Object* converted = nullptr;
  switch (pc[4] & 3) {
    case 1: converted = object_str(v); break;
    case 2: converted = object_repr(v); break;
    case 3: converted = object_ascii(v); break;
    default: converted = newref(v); break;
  }
  if (!converted) ERROR();
  Object* r;
  if (pc[4] & 4) {
    r = object_format(converted, R[pc[3]]);
  } else if (is_str_exact(converted)) {
    r = newref(converted);
  } else if (is_int_exact(converted) || is_float_exact(converted)) {
    r = object_str(converted);  // what their __format__ gives for ''
  } else {
    r = format_with_empty_spec(converted);  // __format__('')
  }
  decref(converted);
  if (!r) ERROR();
  set_reg(f, pc, pc[1], r);
  pc += instruction_length(Opcode::FormatValue);
  DISPATCH();
}

op_BuildString: {
  SAVE_PC();
  Object* s = concat_strings(R + pc[2], pc[3]);
  if (!s) ERROR();
  set_reg(f, pc, pc[1], s);
  pc += instruction_length(Opcode::BuildString);
  DISPATCH();
}

op_MapAdd:
  SAVE_PC();
  if (dict_set_item(R[pc[1]], R[pc[2]], R[pc[3]]) < 0) ERROR();
  pc += instruction_length(Opcode::MapAdd);
  DISPATCH();

op_GetIter: {
  SAVE_PC();
  Object* it = object_get_iter(R[pc[2]]);
  if (!it) ERROR();
  set_reg(f, pc, pc[1], it);
  pc += instruction_length(Opcode::GetIter);
  DISPATCH();
}

op_ForIter: {
  SAVE_PC();
  Object* it = R[pc[2]];
  if (type_of(it) == &GeneratorType) {
    // Resume the generator in this loop; its Yield comes back here.
    auto* gen = static_cast<GeneratorObject*>(it);
    if (gen->state <= GenState::kSuspended) {  // created or suspended
      if (!generator_enter(ts, gen, none())) ERROR();
      gen->frame.is_entry = false;
      SWITCH_FRAME(&gen->frame);
      DISPATCH();
    }
  }
  Object* v = type_of(it)->tp_iternext(it);
  if (!v) {
    if (error_occurred()) {
      if (!error_matches(&exc::StopIteration)) ERROR();
      clear_error();
    }
    set_reg(f, pc, pc[2], nullptr);  // the loop ends: its iterator is dropped (CPython pops it)
    pc = code->code + jump_target(pc, 3);
    DISPATCH();
  }
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::ForIter);
  DISPATCH();
}

op_Call: {
  SAVE_PC();
  Object* callee = R[pc[2]];
  size_t nargs = pc[3];
  Object* kwnames = pc[4] == 0xffff ? nullptr : tuple_item(code->consts, pc[4]);
  size_t npos = nargs - (kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0);
  if (is_function(callee)) {
    // A Python function: a new frame in this loop, no C recursion.
    Frame* callee_frame = push_call_frame(ts, R + pc[2], R + pc[2] + 1, npos, kwnames);
    if (!callee_frame) ERROR();
    callee_frame->result_reg = pc[1];
    // The callee and the arguments were temporaries: drop them now, as a
    // stack machine pops them (it matters for __del__ timing), unless they
    // moved into the callee's frame.
    if (R[pc[2]])
      for (int i = 0; i <= static_cast<int>(nargs); i++) set_reg(f, pc, pc[2] + i, nullptr);
    f = callee_frame;
    code = f->code;
    pc = f->pc;
    DISPATCH();
  }
  Object* v = object_vectorcall(callee, R + pc[2] + 1, npos, kwnames);
  for (int i = 0; i <= static_cast<int>(nargs); i++) set_reg(f, pc, pc[2] + i, nullptr);
  if (!v) ERROR();
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::Call);
  DISPATCH();
}

op_CallMethod: {
  SAVE_PC();
  Object* callee = R[pc[2]];
  bool with_self = R[pc[2] + 1] != nullptr;
  size_t nargs = pc[3];
  Object* kwnames = pc[4] == 0xffff ? nullptr : tuple_item(code->consts, pc[4]);
  size_t npos = nargs - (kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0) + (with_self ? 1 : 0);
  Object** args = R + pc[2] + (with_self ? 1 : 2);
  if (is_function(callee)) {
    Frame* callee_frame = push_call_frame(ts, R + pc[2], args, npos, kwnames);
    if (!callee_frame) ERROR();
    callee_frame->result_reg = pc[1];
    if (R[pc[2]])  // not moved into the callee's frame
      for (int i = 0; i <= static_cast<int>(nargs) + 1; i++) set_reg(f, pc, pc[2] + i, nullptr);
    f = callee_frame;
    code = f->code;
    pc = f->pc;
    DISPATCH();
  }
  Object* v = with_self && !kwnames && type_of(callee) == &MethodDescrType
                  ? call_method_descriptor(callee, args, npos)
                  : object_vectorcall(callee, args, npos, kwnames);
  for (int i = 0; i <= static_cast<int>(nargs) + 1; i++) set_reg(f, pc, pc[2] + i, nullptr);
  if (!v) ERROR();
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::CallMethod);
  DISPATCH();
}

op_CallEx: {
  SAVE_PC();
  Object* callee = R[pc[2]];
  size_t npos;
  Object* kwnames;
  Object* all = star_call_arguments(callee, R[pc[2] + 1], (pc[3] & 1) ? R[pc[2] + 2] : nullptr, &npos, &kwnames);
  if (!all) ERROR();
  Object* const* args = &tuple_item(all, 0);
  if (is_function(callee)) {
    Frame* callee_frame = push_function_frame(ts, static_cast<FunctionObject*>(callee), args, npos, kwnames);
    decref(all);
    xdecref(kwnames);
    if (!callee_frame) ERROR();
    callee_frame->result_reg = pc[1];
    for (int i = 0; i < 3; i++) set_reg(f, pc, pc[2] + i, nullptr);
    f = callee_frame;
    code = f->code;
    pc = f->pc;
    DISPATCH();
  }
  Object* v = object_vectorcall(callee, args, npos, kwnames);
  decref(all);
  xdecref(kwnames);
  for (int i = 0; i < 3; i++) set_reg(f, pc, pc[2] + i, nullptr);
  if (!v) ERROR();
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::CallEx);
  DISPATCH();
}

op_ListExtend:
  SAVE_PC();
  if (list_extend_star(R[pc[1]], R[pc[2]]) < 0) ERROR();
  pc += instruction_length(Opcode::ListExtend);
  DISPATCH();

op_ListToTuple: {
  SAVE_PC();
  Object* t = list_as_tuple(R[pc[2]]);
  if (!t) ERROR();
  set_reg(f, pc, pc[1], t);
  pc += instruction_length(Opcode::ListToTuple);
  DISPATCH();
}

op_DictUpdate:
  SAVE_PC();
  if (dict_update_display(R[pc[1]], R[pc[2]]) < 0) ERROR();
  pc += instruction_length(Opcode::DictUpdate);
  DISPATCH();

op_DictMerge:
  SAVE_PC();
  if (dict_merge_kwargs(R[pc[1]], R[pc[2]], R[pc[3]]) < 0) ERROR();
  pc += instruction_length(Opcode::DictMerge);
  DISPATCH();

op_UnpackEx: {
  SAVE_PC();
  int n = pc[3] + 1 + pc[4];
  for (int i = 0; i < n; i++) set_reg(f, pc, pc[1] + i, nullptr);
  if (unpack_with_star(R[pc[2]], pc[3], pc[4], R + pc[1]) < 0) ERROR();
  pc += instruction_length(Opcode::UnpackEx);
  DISPATCH();
}

op_MakeCell: {
  SAVE_PC();
  Object* cell = cell_new(R[pc[1]]);
  if (!cell) ERROR();
  set_reg(f, pc, pc[1], cell);
  pc += instruction_length(Opcode::MakeCell);
  DISPATCH();
}

op_LoadDeref: {
  Object* v = static_cast<CellObject*>(R[pc[2]])->ob_ref;
  if (!v) {
    SAVE_PC();
    raise_unbound_deref(code, pc[3]);
    ERROR();
  }
  set_reg(f, pc, pc[1], newref(v));
  pc += instruction_length(Opcode::LoadDeref);
  DISPATCH();
}

op_StoreDeref: {
  auto* cell = static_cast<CellObject*>(R[pc[1]]);
  Object* old = cell->ob_ref;
  cell->ob_ref = newref(R[pc[2]]);
  xdecref(old);
  pc += instruction_length(Opcode::StoreDeref);
  DISPATCH();
}

op_DeleteDeref: {
  auto* cell = static_cast<CellObject*>(R[pc[1]]);
  Object* old = cell->ob_ref;
  if (!old) {
    SAVE_PC();
    raise_unbound_deref(code, pc[2]);
    ERROR();
  }
  cell->ob_ref = nullptr;
  decref(old);
  pc += instruction_length(Opcode::DeleteDeref);
  DISPATCH();
}

op_MakeFunction: {
  SAVE_PC();
  auto* fcode = static_cast<CodeObject*>(tuple_item(code->consts, pc[2]));
  auto* fn = static_cast<FunctionObject*>(function_new(fcode, f->globals, f->builtins, fcode->qualname));
  if (!fn) ERROR();
  int part = pc[3];
  if (pc[4] & 1) fn->defaults = newref(R[part++]);
  if (pc[4] & 2) fn->kwdefaults = newref(R[part++]);
  if (pc[4] & 4) fn->annotations = newref(R[part++]);
  if (pc[4] & 8) fn->closure = newref(R[part++]);
  set_reg(f, pc, pc[1], fn);
  pc += instruction_length(Opcode::MakeFunction);
  DISPATCH();
}

op_UnpackSequence: {
  SAVE_PC();
  Object* seq = R[pc[2]];
  int n = pc[3] & (kUnpackTakesSource - 1);
  if (is_tuple(seq) && tuple_size(seq) == n) {
    for (int i = 0; i < n; i++) set_reg(f, pc, pc[1] + i, newref(tuple_item(seq, i)));
  } else {
    Object* it = object_get_iter(seq);
    if (!it) {
      if (error_matches(&exc::TypeError) && !type_of(seq)->tp_iter) {
        clear_error();
        raise(&exc::TypeError, "cannot unpack non-iterable %.200s object", type_of(seq)->tp_name);
      }
      ERROR();
    }
    int got = 0;
    for (; got < n; got++) {
      Object* item = iter_next(it);
      if (!item) break;
      set_reg(f, pc, pc[1] + got, item);
    }
    if (got < n) {
      decref(it);
      if (!error_occurred())
        raise(&exc::ValueError, "not enough values to unpack (expected %d, got %d)", n, got);
      ERROR();
    }
    Object* extra = iter_next(it);
    decref(it);
    if (extra) {
      decref(extra);
      raise(&exc::ValueError, "too many values to unpack (expected %d)", n);
      ERROR();
    }
    if (error_occurred()) ERROR();
  }
  if (pc[3] & kUnpackTakesSource) set_reg(f, pc, pc[2], nullptr);
  pc += instruction_length(Opcode::UnpackSequence);
  DISPATCH();
}

op_Raise: {
  SAVE_PC();
  int kind = pc[3];
  if (kind == 0) {
    // A bare `raise`: the handled exception again, its traceback unchanged.
    Object* handled = handled_exception_topmost(ts);
    if (!handled) {
      raise(&exc::RuntimeError, "No active exception to reraise");
      ERROR();
    }
    restore_error(newref(handled));
    goto exception_unwind;
  }
  Object* e = make_exception(R[pc[1]], "exceptions must derive from BaseException");
  if (!e) ERROR();
  if (kind == 2) {
    Object* cause = R[pc[2]];
    Object* c = nullptr;
    if (!is_none(cause)) {
      c = make_exception(cause, "exception causes must derive from BaseException");
      if (!c) {
        decref(e);
        ERROR();
      }
    }
    auto* be = static_cast<BaseExceptionObject*>(e);
    Object* old = be->cause;
    be->cause = c;
    be->suppress_context = 1;
    xdecref(old);
  }
  raise_object(type_of(e), e);
  decref(e);
  ERROR();
}

op_LoadAssertionError:
  set_reg(f, pc, pc[1], newref(&exc::AssertionError));
  pc += instruction_length(Opcode::LoadAssertionError);
  DISPATCH();

op_Reraise:
  SAVE_PC();
  restore_error(newref(R[pc[1]]));
  goto exception_unwind;

op_CheckExcMatch: {
  SAVE_PC();
  int m = exception_matches(R[pc[2]], R[pc[3]]);
  if (m < 0) ERROR();
  set_reg(f, pc, pc[1], newref(bool_object(m)));
  pc += instruction_length(Opcode::CheckExcMatch);
  DISPATCH();
}

op_PushExcInfo: {
  Object* previous = ts->handled_exception;
  set_reg(f, pc, pc[1], previous ? previous : newref(none()));  // the reference moves to the register
  ts->handled_exception = newref(R[pc[2]]);
  pc += instruction_length(Opcode::PushExcInfo);
  DISPATCH();
}

op_PopExcInfo: {
  Object* old = ts->handled_exception;
  Object* restored = R[pc[1]];
  ts->handled_exception = is_none(restored) ? nullptr : newref(restored);
  xdecref(old);
  pc += instruction_length(Opcode::PopExcInfo);
  DISPATCH();
}

op_BuildMap: {
  SAVE_PC();
  Object* d = dict_new_presized(pc[3]);
  if (!d) ERROR();
  for (int i = 0; i < pc[3]; i++) {
    if (dict_set_item(d, R[pc[2] + 2 * i], R[pc[2] + 2 * i + 1]) < 0) {
      decref(d);
      ERROR();
    }
  }
  set_reg(f, pc, pc[1], d);
  pc += instruction_length(Opcode::BuildMap);
  DISPATCH();
}

op_MatchSequence:
  set_reg(f, pc, pc[1], newref(bool_object(type_of(R[pc[2]])->tp_flags & kTpSequence)));
  pc += instruction_length(Opcode::MatchSequence);
  DISPATCH();

op_MatchMapping:
  set_reg(f, pc, pc[1], newref(bool_object(type_of(R[pc[2]])->tp_flags & kTpMapping)));
  pc += instruction_length(Opcode::MatchMapping);
  DISPATCH();

op_GetLen: {
  SAVE_PC();
  ssize n = object_length(R[pc[2]]);
  if (n < 0) ERROR();
  Object* v = int_from_int64(n);
  if (!v) ERROR();
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::GetLen);
  DISPATCH();
}

op_MatchKeys: {
  SAVE_PC();
  Object* v = match_keys(R[pc[2]], R[pc[3]]);
  if (!v) ERROR();
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::MatchKeys);
  DISPATCH();
}

op_CopyDictWithoutKeys: {
  SAVE_PC();
  Object* v = copy_dict_without_keys(R[pc[2]], R[pc[3]]);
  if (!v) ERROR();
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::CopyDictWithoutKeys);
  DISPATCH();
}

op_MatchClass: {
  SAVE_PC();
  Object* v = match_class(R[pc[2]], R[pc[3]], pc[5], tuple_item(code->consts, pc[4]));
  if (!v) ERROR();
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::MatchClass);
  DISPATCH();
}

op_Clear:
  SAVE_PC();  // a __del__ run by the drop sees this line
  set_reg(f, pc, pc[1], nullptr);
  pc += instruction_length(Opcode::Clear);
  DISPATCH();

op_BeforeWith: {
  SAVE_PC();
  Object* ctx = newref(R[pc[3]]);
  Object* exit;
  Object* v = before_with(ctx, pc[4] & 1, &exit);
  decref(ctx);
  if (!v) ERROR();
  set_reg(f, pc, pc[1], exit);
  if (pc[4] & 2) set_reg(f, pc, pc[3], nullptr);
  if (pc[2] == kNoRegister) decref(v);
  else set_reg(f, pc, pc[2], v);
  pc += instruction_length(Opcode::BeforeWith);
  DISPATCH();
}

op_CallExit: {
  SAVE_PC();
  Object* exit = R[pc[2]];
  R[pc[2]] = nullptr;  // the reference is dropped after the call
  Object* v = call_exit_none(exit);
  decref(exit);
  if (!v) ERROR();
  if (pc[1] == kNoRegister) decref(v);
  else set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::CallExit);
  DISPATCH();
}

op_WithExceptStart: {
  SAVE_PC();
  Object* v = call_exit_exception(R[pc[2]], R[pc[3]]);
  if (!v) ERROR();
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(Opcode::WithExceptStart);
  DISPATCH();
}

op_GetAwaitable: {
  SAVE_PC();
  Object* it = get_awaitable(R[pc[2]], pc[3]);
  if (!it) ERROR();
  set_reg(f, pc, pc[1], it);
  pc += instruction_length(Opcode::GetAwaitable);
  DISPATCH();
}

op_GetAIter: {
  SAVE_PC();
  Object* it = get_aiter(R[pc[2]]);
  if (!it) ERROR();
  set_reg(f, pc, pc[1], it);
  pc += instruction_length(Opcode::GetAIter);
  DISPATCH();
}

op_GetANext: {
  SAVE_PC();
  Object* it = get_anext(R[pc[2]]);
  if (!it) ERROR();
  set_reg(f, pc, pc[1], it);
  pc += instruction_length(Opcode::GetANext);
  DISPATCH();
}

op_EndAsyncFor:
  SAVE_PC();
  if (is_instance_of_type(R[pc[1]], &exc::StopAsyncIteration)) {
    set_reg(f, pc, pc[1], nullptr);
    pc = code->code + jump_target(pc, 2);
    DISPATCH();
  }
  restore_error(newref(R[pc[1]]));
  goto exception_unwind;

op_CheckEgMatch: {
  SAVE_PC();
  Object* rest;
  Object* match = check_eg_match(R[pc[2]], R[pc[3]], &rest);
  if (!match) ERROR();
  if (is_none(match)) {
    decref(match);
    decref(rest);
    pc = code->code + jump_target(pc, 4);
    DISPATCH();
  }
  set_reg(f, pc, pc[2], rest);
  Object* old = ts->handled_exception;
  ts->handled_exception = newref(match);
  set_reg(f, pc, pc[1], match);
  xdecref(old);
  pc += instruction_length(Opcode::CheckEgMatch);
  DISPATCH();
}

op_PrepReraiseStar: {
  SAVE_PC();
  Object* e = prep_reraise_star(R[pc[2]], R[pc[3]]);
  if (!e) ERROR();
  if (is_none(e)) {
    decref(e);
    pc = code->code + jump_target(pc, 4);
    DISPATCH();
  }
  set_reg(f, pc, pc[1], e);
  pc += instruction_length(Opcode::PrepReraiseStar);
  DISPATCH();
}

op_ImportName:
  SAVE_PC();
  if (!import_op(f, pc, Opcode::ImportName)) ERROR();
  pc += instruction_length(Opcode::ImportName);
  DISPATCH();

op_ImportFrom:
  SAVE_PC();
  if (!import_op(f, pc, Opcode::ImportFrom)) ERROR();
  pc += instruction_length(Opcode::ImportFrom);
  DISPATCH();

op_ImportStar:
  SAVE_PC();
  if (!import_op(f, pc, Opcode::ImportStar)) ERROR();
  pc += instruction_length(Opcode::ImportStar);
  DISPATCH();

op_Return:
  result = R[pc[1]];
  R[pc[1]] = nullptr;  // the reference moves to the caller
  if (f->flags) {
    // A frame object keeps the line the frame ended at and its locals,
    // the returned one included (this copy dies with the registers).
    SAVE_PC();
    R[pc[1]] = newref(result);
    if (f->flags & kFrameInGenerator) goto generator_return;
    frame_object_detach(f);
  }
return_result: {
  if (f->is_entry) {
    frame_pop(ts, f);
    return result;
  }
  Frame* caller = f->previous;
  uint16_t dst = f->result_reg;
  frame_pop(ts, f);
  SWITCH_FRAME(caller);  // its pc is at its Call
  set_reg(f, pc, dst, result);
  pc += instruction_length(Opcode::Call);
  DISPATCH();
}

op_ReturnGenerator:
  // The frame moves into a new generator, which is this call's result.
  SAVE_PC();
  result = generator_from_frame(f);
  if (!result) ERROR();
  goto return_result;

op_Yield: {
  // The value moves out of a temporary (a local keeps its own).
  int src = pc[2];
  Object* v = R[src];
  if (src >= code->nlocals + code->ncells + code->nfrees) R[src] = nullptr;
  else incref(v);
  SAVE_PC();  // resuming continues from here
  bool entry = f->is_entry;
  Frame* caller = f->previous;
  generator_leave(ts, generator_of_frame(f), false);
  if (entry) return v;
  // The ForIter or Send that resumed the generator takes the value.
  SWITCH_FRAME(caller);
  set_reg(f, pc, pc[1], v);
  pc += instruction_length(static_cast<Opcode>(*pc));
  DISPATCH();
}

generator_return: {
  bool entry = f->is_entry;
  Frame* caller = f->previous;
  generator_leave(ts, generator_of_frame(f), true);
  if (entry) return result;
  SWITCH_FRAME(caller);
  if (static_cast<Opcode>(*pc) == Opcode::ForIter) {
    // A for loop ends; the return value and the generator are dropped.
    decref(result);
    set_reg(f, pc, pc[2], nullptr);
    pc = code->code + jump_target(pc, 3);
  } else {
    // The end of a yield from: its value.
    set_reg(f, pc, pc[1], result);
    pc = code->code + jump_target(pc, 4);
  }
  DISPATCH();
}

op_GetYieldFromIter: {
  Object* x = R[pc[2]];
  if (is_generator(x)) {
    set_reg(f, pc, pc[1], newref(x));
  } else if (is_coroutine(x)) {
    // Only a coroutine may yield from a coroutine (types.coroutine).
    if (!(code->flags & (kCoCoroutine | kCoIterableCoroutine))) {
      SAVE_PC();
      raise(&exc::TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
      ERROR();
    }
    set_reg(f, pc, pc[1], newref(x));
  } else {
    SAVE_PC();
    Object* it = object_get_iter(x);
    if (!it) ERROR();
    set_reg(f, pc, pc[1], it);
  }
  pc += instruction_length(Opcode::GetYieldFromIter);
  DISPATCH();
}

op_Send: {
  SAVE_PC();
  Object* it = R[pc[2]];
  Object* v = R[pc[3]];
  if (is_gen_or_coro(it)) {
    auto* gen = static_cast<GeneratorObject*>(it);
    if ((gen->state == GenState::kCreated && is_none(v)) || gen->state == GenState::kSuspended) {
      // Resume the delegate in this loop; its Yield or Return comes back here.
      if (!generator_enter(ts, gen, v)) ERROR();
      gen->frame.is_entry = false;
      SWITCH_FRAME(&gen->frame);
      DISPATCH();
    }
  }
  Object* r;
  SendResult s = iter_send(it, v, &r);
  if (s == SendResult::kError) ERROR();
  set_reg(f, pc, pc[1], r);
  if (s == SendResult::kNext) pc += instruction_length(Opcode::Send);
  else pc = code->code + jump_target(pc, 4);
  DISPATCH();
}

error:
  // The exception leaves or is handled in this frame: record where.
  traceback_add(f);
exception_unwind: {
  // The innermost handler of this frame, else the caller's.
  for (;;) {
    uint32_t offset = static_cast<uint32_t>(f->pc - code->code);
    if (const ExceptionEntry* h = find_handler(code, offset)) {
      Object* e = fetch_error();
      set_reg(f, f->pc, h->reg, e);
      pc = code->code + h->handler;
      DISPATCH();
    }
    drop_temporaries(f);
    bool entry = f->is_entry;
    Frame* caller = f->previous;
    if (f->flags & kFrameInGenerator) {
      generator_raised(ts, generator_of_frame(f));
    } else {
      if (f->flags & kFrameHasObject) frame_object_detach(f);
      frame_pop(ts, f);
    }
    if (entry) return nullptr;
    f = caller;
    code = f->code;
    traceback_add(f);
  }
}
#undef DISPATCH
#undef ERROR
#undef SAVE_PC
#undef SWITCH_FRAME
#undef R
}

}  // namespace dx
