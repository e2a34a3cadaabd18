#include "objects/generator.h"

#include <cstdio>
#include <string>

#include "gc/gc.h"
#include "objects/builtin_function.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "vm/function.h"
#include "vm/interpreter.h"
#include "runtime/warnings.h"
#include "vm/traceback.h"

namespace dx {

TypeObject GeneratorType;

namespace {

inline uint32_t jump_target(const CodeUnit* pc, int operand) {
  return static_cast<uint32_t>(pc[operand]) | (static_cast<uint32_t>(pc[operand + 1]) << 16);
}

// Finishes a generator: its frame's registers, function and handled
// exception are released (state first: releasing may run Python code).
void clear_frame(GeneratorObject* gen) {
  gen->state = GenState::kCompleted;
  Frame* f = &gen->frame;
  for (int i = 0; i < f->code->nregs; i++) {
    Object* o = f->regs[i];
    f->regs[i] = nullptr;
    xdecref(o);
  }
  FunctionObject* fn = f->func;
  f->func = nullptr;
  xdecref(fn);
  Object* e = gen->exc_value;
  gen->exc_value = nullptr;
  xdecref(e);
}

// Links the frame in (see generator_enter); `value` null: an exception is
// thrown in; `place` false: the caller has set the frame's pc and registers.
bool enter(ThreadState* ts, GeneratorObject* gen, Object* value, bool place) {
  if (ts->recursion_depth + 1 > ts->interp->recursion_limit) {
    raise(&exc::RecursionError, "maximum recursion depth exceeded");
    clear_frame(gen);
    return false;
  }
  Frame* f = &gen->frame;
  bool created = gen->state == GenState::kCreated;
  gen->state = GenState::kExecuting;
  gen->exc_link.saved = ts->handled_exception;
  gen->exc_link.previous = ts->exc_outer;
  ts->exc_outer = &gen->exc_link;
  ts->handled_exception = gen->exc_value;
  gen->exc_value = nullptr;
  f->previous = ts->current_frame;
  ts->current_frame = f;
  ts->recursion_depth++;
  if (!value) {
    // A thrown exception gets the generator's own handled one as context.
    if (ts->handled_exception) set_exception_context(ts->current_exception, ts->handled_exception);
  } else if (place) {
    if (created) {
      f->pc += instruction_length(Opcode::ReturnGenerator);
    } else {
      // The Yield it stopped at evaluates to `value` (unless it is unused).
      if (f->pc[1] != kNoRegister) {
        Object*& slot = f->regs[f->pc[1]];
        Object* old = slot;
        slot = newref(value);
        xdecref(old);
      }
      f->pc += instruction_length(Opcode::Yield);
    }
  }
  return true;
}

// Runs gen's frame from the interpreter's entry until it yields, returns or
// raises.
SendResult run(ThreadState* ts, GeneratorObject* gen, bool exc, Object** result) {
  Frame* f = &gen->frame;
  f->is_entry = true;
  Object* r = run_frame(ts, f, exc);
  *result = r;
  if (!r) return SendResult::kError;
  return gen->state == GenState::kSuspended ? SendResult::kNext : SendResult::kReturn;
}


// _PyObject_LookupAttr: 1 with *out set, 0 when there is no such attribute
// (AttributeError swallowed), -1 on other errors.
int lookup_attr(Object* o, const char* name, Object** out) {
  *out = nullptr;
  Object* key = str_from_ascii(name);
  if (!key) return -1;
  Object* v = object_getattr(o, key);
  decref(key);
  if (v) {
    *out = v;
    return 1;
  }
  if (error_matches(&exc::AttributeError)) {
    clear_error();
    return 0;
  }
  return -1;
}

// Closes the iterator a yield from delegates to: 0, or -1 with its error.
int close_iter(Object* yf) {
  if (is_gen_or_coro(yf)) {
    Object* r = generator_close(yf);
    if (!r) return -1;
    decref(r);
    return 0;
  }
  Object* meth;
  if (lookup_attr(yf, "close", &meth) < 0) write_unraisable(yf);
  if (meth) {
    Object* r = object_vectorcall(meth, nullptr, 0, nullptr);
    decref(meth);
    if (!r) return -1;
    decref(r);
  }
  return 0;
}

// throw()'s arguments as an exception instance (PyErr_NormalizeException's
// rules), set as the current exception without chaining; false on error.
bool set_thrown_exception(Object* typ, Object* val, Object* tb) {
  if (tb && is_none(tb)) {
    tb = nullptr;
  } else if (tb && type_of(tb) != &TracebackType) {
    raise(&exc::TypeError, "throw() third argument must be a traceback object");
    return false;
  }
  Object* e;
  if (is_type(typ) && is_subtype(static_cast<TypeObject*>(typ), &exc::BaseException)) {
    auto* cls = static_cast<TypeObject*>(typ);
    if (val && is_instance_of_type(val, cls)) {
      e = newref(val);
    } else {
      if (!val || is_none(val)) e = object_vectorcall(typ, nullptr, 0, nullptr);
      else if (is_tuple(val)) e = object_vectorcall(typ, &tuple_item(val, 0), static_cast<size_t>(tuple_size(val)), nullptr);
      else e = object_vectorcall(typ, &val, 1, nullptr);
      if (!e) return false;
      if (!is_instance_of_type(e, &exc::BaseException)) {
        raise(&exc::TypeError, "calling %s should have returned an instance of BaseException, not %s", cls->tp_name,
              type_of(e)->tp_name);
        decref(e);
        return false;
      }
    }
    // A class is raised with the traceback given (none: a fresh one).
    auto* be = static_cast<BaseExceptionObject*>(e);
    Object* old = be->traceback;
    be->traceback = tb ? newref(tb) : nullptr;
    xdecref(old);
  } else if (is_instance_of_type(typ, &exc::BaseException)) {
    if (val && !is_none(val)) {
      raise(&exc::TypeError, "instance exception may not have a separate value");
      return false;
    }
    e = newref(typ);
    // An instance keeps its own traceback unless one is given.
    if (tb) {
      auto* be = static_cast<BaseExceptionObject*>(e);
      Object* old = be->traceback;
      be->traceback = newref(tb);
      xdecref(old);
    }
  } else {
    raise(&exc::TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
          type_of(typ)->tp_name);
    return false;
  }
  restore_error(e);
  return true;
}

// Whether throw()'s first argument is GeneratorExit (the class, a subclass
// or an instance).
bool is_generator_exit(Object* typ) {
  if (is_type(typ)) return is_subtype(static_cast<TypeObject*>(typ), &exc::GeneratorExit);
  return is_instance_of_type(typ, &exc::GeneratorExit);
}

// gen.throw() (CPython's _gen_throw): a delegating generator passes the
// exception to its subiterator first.
Object* gen_throw(GeneratorObject* gen, bool close_on_genexit, Object* typ, Object* val, Object* tb) {
  if (Object* yf = generator_yield_from(gen)) {
    Object* ret;
    if (close_on_genexit && is_generator_exit(typ)) {
      // GeneratorExit closes the subiterator, then goes to this generator.
      GenState saved = gen->state;
      gen->state = GenState::kExecuting;
      int err = close_iter(yf);
      gen->state = saved;
      decref(yf);
      if (err < 0) {
        Object* r;
        SendResult s = generator_send_ex(gen, none(), true, &r);
        return generator_send_result(gen, s, r);
      }
    } else {
      if (is_gen_or_coro(yf)) {
        GenState saved = gen->state;
        gen->state = GenState::kExecuting;
        ret = gen_throw(static_cast<GeneratorObject*>(yf), close_on_genexit, typ, val, tb);
        gen->state = saved;
      } else {
        Object* meth;
        if (lookup_attr(yf, "throw", &meth) < 0) {
          decref(yf);
          return nullptr;
        }
        if (!meth) {
          decref(yf);
          goto throw_here;
        }
        GenState saved = gen->state;
        gen->state = GenState::kExecuting;
        Object* args[3] = {typ, val, tb};
        size_t n = !val ? 1 : !tb ? 2 : 3;  // the arguments up to the first missing one
        ret = object_vectorcall(meth, args, n, nullptr);
        gen->state = saved;
        decref(meth);
      }
      decref(yf);
      if (!ret) {
        // The subiterator finished: its return value ends the yield from,
        // its exception is thrown in here.
        Object* v;
        Object* r;
        SendResult s;
        if (gen->state != GenState::kSuspended)
          return raise(&exc::ValueError, "%s already executing", generator_kind_name(gen));
        if (fetch_stop_iteration_value(&v) == 0) {
          Frame* f = &gen->frame;
          const CodeUnit* send = f->pc - instruction_length(Opcode::Send);
          Object* old = f->regs[send[1]];
          f->regs[send[1]] = v;
          xdecref(old);
          f->pc = f->code->code + jump_target(send, 4);
          ThreadState* ts = current_thread();
          if (!enter(ts, gen, v, false)) return nullptr;
          s = run(ts, gen, false, &r);
        } else {
          s = generator_send_ex(gen, none(), true, &r);
        }
        return generator_send_result(gen, s, r);
      }
      return ret;
    }
  }
throw_here:
  if (!set_thrown_exception(typ, val, tb)) return nullptr;
  Object* r;
  SendResult s = generator_send_ex(gen, none(), true, &r);
  return generator_send_result(gen, s, r);
}

// ---- the type's slots and methods ----

Object* gen_iternext(Object* o) {
  Object* r;
  SendResult s = generator_send_ex(static_cast<GeneratorObject*>(o), nullptr, false, &r);
  if (s == SendResult::kNext) return r;
  if (s == SendResult::kReturn) {
    if (!is_none(r)) raise_stop_iteration(r);
    decref(r);
  }
  return nullptr;
}

int gen_am_send(Object* o, Object* value, Object** result) {
  return static_cast<int>(generator_send_ex(static_cast<GeneratorObject*>(o), value, false, result));
}

Object* gen_repr(Object* o) { return generator_repr_as(o, "generator"); }

}  // namespace

Object* generator_repr_as(Object* o, const char* kind) {
  auto* gen = static_cast<GeneratorObject*>(o);
  std::string out = "<";
  out += kind;
  out += " object ";
  out += str_utf8(gen->gi_qualname);
  char buf[32];
  snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(o));
  out += buf;
  return str_from_utf8(out);
}

// tp_finalize (run once, from the deallocation or by the cycle collector):
// a coroutine never started warns; a suspended generator is closed
// (GeneratorExit thrown in), which may resurrect it.
void generator_finalize(Object* o) {
  auto* gen = static_cast<GeneratorObject*>(o);
  if (gen->state == GenState::kCreated && is_coroutine(o)) {
    // Never awaited: CPython's RuntimeWarning, where the program is now.
    Object* saved = fetch_error();
    std::string message = "coroutine '";
    message += str_utf8(gen->gi_qualname);
    message += "' was never awaited";
    if (warn_unawaited_coroutine(message) < 0) write_unraisable(o);
    restore_error(saved);
  } else if (gen->state == GenState::kSuspended) {
    Object* saved = fetch_error();
    Object* r = generator_close(o);
    if (!r) write_unraisable(o);
    else decref(r);
    restore_error(saved);
  }
}

void generator_dealloc(Object* o) {
  auto* gen = static_cast<GeneratorObject*>(o);
  gc_untrack(o);
  if (gen->state == GenState::kSuspended || (gen->state == GenState::kCreated && is_coroutine(o))) {
    gc_track(o);
    if (object_call_finalizer_from_dealloc(o)) return;
    gc_untrack(o);
  }
  if (gen->state != GenState::kCompleted) clear_frame(gen);
  decref(gen->gi_name);
  decref(gen->gi_qualname);
  decref(gen->gi_code);
  object_free(o);
}

// The collector's clear (after the finalizer closed it): the frame's
// references go.
int generator_clear(Object* o) {
  auto* gen = static_cast<GeneratorObject*>(o);
  if (gen->state == GenState::kCreated || gen->state == GenState::kSuspended) clear_frame(gen);
  return 0;
}

// The frame's registers and function (the registers of a running one
// too: the generator is reachable then, and so are they).
int generator_traverse(Object* o, visitproc visit, void* arg) {
  auto* gen = static_cast<GeneratorObject*>(o);
  if (gen->state != GenState::kCompleted) {
    Frame* f = &gen->frame;
    for (int i = 0; i < f->code->nregs; i++) DX_VISIT(f->regs[i]);
    DX_VISIT(f->func);
  }
  DX_VISIT(gen->exc_value);
  DX_VISIT(gen->gi_code);
  return 0;
}

Object* generator_throw_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0) return raise(&exc::TypeError, "throw() takes no keyword arguments");
  if (nargs < 1) return raise(&exc::TypeError, "throw expected at least 1 argument, got %zd", nargs);
  if (nargs > 3) return raise(&exc::TypeError, "throw expected at most 3 arguments, got %zd", nargs);
  return generator_throw(self, args[0], nargs > 1 ? args[1] : nullptr, nargs > 2 ? args[2] : nullptr);
}

namespace {

Object* gen_send_method(Object* self, Object* value) { return generator_send(self, value); }
Object* gen_close_method(Object* self, Object*) { return generator_close(self); }

MethodDef gen_methods[] = {
    {"send", reinterpret_cast<CFunction>(gen_send_method), kMethO, nullptr},
    {"throw", reinterpret_cast<CFunction>(reinterpret_cast<void*>(generator_throw_method)),
     kMethFastcall | kMethKeywords, nullptr},
    {"close", reinterpret_cast<CFunction>(gen_close_method), kMethNoArgs, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* generator_get_name(Object* o, void*) { return newref(static_cast<GeneratorObject*>(o)->gi_name); }
Object* generator_get_qualname(Object* o, void*) { return newref(static_cast<GeneratorObject*>(o)->gi_qualname); }

namespace {

int set_name_field(Object*& field, Object* value, const char* what) {
  if (!value || !is_str(value)) {
    raise(&exc::TypeError, "%s must be set to a string object", what);
    return -1;
  }
  Object* old = field;
  field = newref(value);
  decref(old);
  return 0;
}
}  // namespace

int generator_set_name(Object* o, Object* value, void*) {
  return set_name_field(static_cast<GeneratorObject*>(o)->gi_name, value, "__name__");
}
int generator_set_qualname(Object* o, Object* value, void*) {
  return set_name_field(static_cast<GeneratorObject*>(o)->gi_qualname, value, "__qualname__");
}
Object* generator_get_running(Object* o, void*) {
  return newref(bool_object(static_cast<GeneratorObject*>(o)->state == GenState::kExecuting));
}
Object* generator_get_suspended(Object* o, void*) {
  return newref(bool_object(static_cast<GeneratorObject*>(o)->state == GenState::kSuspended));
}
Object* generator_get_yieldfrom(Object* o, void*) {
  Object* yf = generator_yield_from(static_cast<GeneratorObject*>(o));
  return yf ? yf : return_none();
}
Object* generator_get_code(Object* o, void*) { return newref(static_cast<GeneratorObject*>(o)->gi_code); }

namespace {

GetSetDef gen_getset[] = {
    {"__name__", generator_get_name, generator_set_name, nullptr, nullptr},
    {"__qualname__", generator_get_qualname, generator_set_qualname, nullptr, nullptr},
    {"gi_running", generator_get_running, nullptr, nullptr, nullptr},
    {"gi_suspended", generator_get_suspended, nullptr, nullptr, nullptr},
    {"gi_yieldfrom", generator_get_yieldfrom, nullptr, nullptr, nullptr},
    {"gi_code", generator_get_code, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

AsyncMethods gen_as_async;

}  // namespace

Object* generator_from_frame(Frame* f) {
  CodeObject* code = f->code;
  size_t extra = sizeof(Object*) * static_cast<size_t>(code->nregs > 0 ? code->nregs - 1 : 0);
  TypeObject* type = (code->flags & kCoCoroutine)        ? &CoroutineType
                     : (code->flags & kCoAsyncGenerator) ? &AsyncGenType
                                                         : &GeneratorType;
  auto* gen = alloc_object<GeneratorObject>(type, extra);
  if (!gen) return nullptr;
  FunctionObject* fn = f->func;
  gen->gi_weakreflist = nullptr;
  gen->gi_name = newref(fn ? fn->name : code->name);
  gen->gi_qualname = newref(fn ? fn->qualname : code->qualname);
  gen->gi_code = static_cast<CodeObject*>(newref(code));
  gen->exc_value = nullptr;
  gen->exc_link = {nullptr, nullptr};
  gen->state = GenState::kCreated;
  gen->ag_running_async = false;
  gen->ag_closed = false;
  Frame* g = &gen->frame;
  g->code = code;
  g->func = fn;  // the reference moves
  f->func = nullptr;
  g->globals = f->globals;
  g->builtins = f->builtins;
  g->locals = nullptr;
  g->pc = f->pc;
  g->previous = nullptr;
  g->result_reg = 0;
  g->is_entry = false;
  g->generator = true;
  for (int i = 0; i < code->nregs; i++) {
    g->regs[i] = f->regs[i];
    f->regs[i] = nullptr;
  }
  return gen;
}

bool generator_enter(ThreadState* ts, GeneratorObject* gen, Object* value) { return enter(ts, gen, value, true); }

void generator_leave(ThreadState* ts, GeneratorObject* gen, bool finished) {
  Frame* f = &gen->frame;
  gen->exc_value = ts->handled_exception;
  ts->handled_exception = gen->exc_link.saved;
  ts->exc_outer = gen->exc_link.previous;
  gen->exc_link = {nullptr, nullptr};
  ts->current_frame = f->previous;
  f->previous = nullptr;
  ts->recursion_depth--;
  if (finished) clear_frame(gen);
  else gen->state = GenState::kSuspended;
}

void generator_raised(ThreadState* ts, GeneratorObject* gen) {
  generator_leave(ts, gen, true);
  bool async_stop = false;
  if (!error_matches(&exc::StopIteration)) {
    if (!is_async_generator(gen) || !error_matches(&exc::StopAsyncIteration)) return;
    async_stop = true;
  }
  // PEP 479: the StopIteration becomes the cause of a RuntimeError.
  Object* stop = fetch_error();
  raise(&exc::RuntimeError, "%s raised %s", generator_kind_name(gen),
        async_stop ? "StopAsyncIteration" : "StopIteration");
  Object* e = ts->current_exception;
  if (!e || !is_instance_of_type(e, &exc::RuntimeError)) {
    decref(stop);
    return;
  }
  auto* be = static_cast<BaseExceptionObject*>(e);
  Object* old = be->cause;
  be->cause = newref(stop);
  be->suppress_context = 1;
  xdecref(old);
  set_exception_context(e, stop);
  decref(stop);
}

SendResult generator_send_ex(GeneratorObject* gen, Object* arg, bool exc, Object** result, bool closing) {
  *result = nullptr;
  if (gen->state == GenState::kCreated && arg && !is_none(arg)) {
    raise(&exc::TypeError, "can't send non-None value to a just-started %s", generator_kind_name(gen));
    return SendResult::kError;
  }
  if (gen->state == GenState::kExecuting) {
    raise(&exc::ValueError, "%s already executing", generator_kind_name(gen));
    return SendResult::kError;
  }
  if (gen->state == GenState::kCompleted) {
    // Exhausted: send() returns None; next() and throw() fail; a coroutine
    // cannot be resumed again (except by close()).
    if (is_coroutine(gen) && !closing) {
      raise(&exc::RuntimeError, "cannot reuse already awaited coroutine");
      return SendResult::kError;
    }
    if (arg && !exc) {
      *result = return_none();
      return SendResult::kReturn;
    }
    return SendResult::kError;
  }
  ThreadState* ts = current_thread();
  if (!enter(ts, gen, exc ? nullptr : arg ? arg : none(), true)) return SendResult::kError;
  return run(ts, gen, exc, result);
}

SendResult iter_send(Object* iter, Object* value, Object** result) {
  TypeObject* t = type_of(iter);
  if (t->tp_as_async && t->tp_as_async->am_send) return static_cast<SendResult>(t->tp_as_async->am_send(iter, value, result));
  if (is_none(value) && t->tp_iternext) {
    *result = t->tp_iternext(iter);
  } else {
    Object* meth;
    int found = lookup_attr(iter, "send", &meth);
    if (found <= 0) {
      if (found == 0)
        raise(&exc::AttributeError, "'%.100s' object has no attribute 'send'", t->tp_name);
      *result = nullptr;
      return SendResult::kError;
    }
    *result = object_vectorcall(meth, &value, 1, nullptr);
    decref(meth);
  }
  if (*result) return SendResult::kNext;
  if (fetch_stop_iteration_value(result) == 0) return SendResult::kReturn;
  return SendResult::kError;
}

Object* generator_yield_from(GeneratorObject* gen) {
  if (gen->state != GenState::kSuspended) return nullptr;
  const CodeUnit* pc = gen->frame.pc;
  if (static_cast<Opcode>(*pc) != Opcode::Yield || pc[3] != 1) return nullptr;
  const CodeUnit* send = pc - instruction_length(Opcode::Send);
  return newref(gen->frame.regs[send[2]]);
}

Object* generator_send_result(GeneratorObject* gen, SendResult s, Object* r) {
  if (s == SendResult::kNext) return r;
  if (s == SendResult::kReturn) {
    if (is_async_generator(gen)) raise_object(&exc::StopAsyncIteration, nullptr);
    else if (is_none(r)) raise_object(&exc::StopIteration, nullptr);
    else raise_stop_iteration(r);
    decref(r);
  }
  return nullptr;
}

bool async_gen_yielded_item(GeneratorObject* gen) {
  const CodeUnit* pc = gen->frame.pc;
  return gen->state == GenState::kSuspended && static_cast<Opcode>(*pc) == Opcode::Yield && pc[3] == 2;
}

const char* generator_kind_name(const GeneratorObject* gen) {
  return is_coroutine(gen) ? "coroutine" : is_async_generator(gen) ? "async generator" : "generator";
}

Object* generator_send(Object* gen, Object* value) {
  Object* r;
  SendResult s = generator_send_ex(static_cast<GeneratorObject*>(gen), value, false, &r);
  return generator_send_result(static_cast<GeneratorObject*>(gen), s, r);
}

Object* generator_send_or_next(GeneratorObject* gen, Object* value) {
  Object* r;
  SendResult s = generator_send_ex(gen, value, false, &r);
  return generator_send_result(gen, s, r);
}

Object* generator_throw(Object* gen, Object* typ, Object* val, Object* tb) {
  return gen_throw(static_cast<GeneratorObject*>(gen), true, typ, val, tb);
}

Object* generator_throw_ex(Object* gen, bool close_on_genexit, Object* typ, Object* val, Object* tb) {
  return gen_throw(static_cast<GeneratorObject*>(gen), close_on_genexit, typ, val, tb);
}

Object* generator_close(Object* o) {
  auto* gen = static_cast<GeneratorObject*>(o);
  int err = 0;
  if (Object* yf = generator_yield_from(gen)) {
    GenState saved = gen->state;
    gen->state = GenState::kExecuting;
    err = close_iter(yf);
    gen->state = saved;
    decref(yf);
  }
  if (err == 0) raise_object(&exc::GeneratorExit, nullptr);
  Object* r;
  SendResult s = generator_send_ex(gen, none(), true, &r, true);
  if (s == SendResult::kNext) {
    decref(r);
    return raise(&exc::RuntimeError, "%s ignored GeneratorExit", generator_kind_name(gen));
  }
  if (s == SendResult::kReturn) {
    decref(r);
    return return_none();
  }
  if (error_matches(&exc::StopIteration) || error_matches(&exc::GeneratorExit)) {
    clear_error();
    return return_none();
  }
  return nullptr;
}

void raise_stop_iteration(Object* value) {
  Object* args = tuple_pack({value});
  if (!args) return;
  Object* e = exception_new(&exc::StopIteration, args);
  decref(args);
  if (!e) return;
  raise_object(&exc::StopIteration, e);
  decref(e);
}

int fetch_stop_iteration_value(Object** value) {
  if (!error_occurred()) {
    *value = return_none();
    return 0;
  }
  if (!error_matches(&exc::StopIteration)) {
    *value = nullptr;
    return -1;
  }
  auto* e = static_cast<StopIterationObject*>(fetch_error());
  Object* v = e->value;
  if (!v) v = e->args && tuple_size(e->args) > 0 ? tuple_item(e->args, 0) : none();
  *value = newref(v);
  decref(e);
  return 0;
}

void init_generator_type() {
  TypeObject& t = GeneratorType;
  t.ob_refcnt = kImmortalRefcnt;
  t.tp_name = "generator";
  t.tp_basicsize = sizeof(GeneratorObject) - sizeof(Object*);
  t.tp_itemsize = sizeof(Object*);
  t.tp_dealloc = generator_dealloc;
  t.tp_repr = gen_repr;
  t.tp_traverse = generator_traverse;
  t.tp_clear = generator_clear;
  t.tp_finalize = generator_finalize;
  t.tp_iter = [](Object* o) { return newref(o); };
  t.tp_iternext = gen_iternext;
  t.tp_methods = gen_methods;
  t.tp_getset = gen_getset;
  gen_as_async.am_send = gen_am_send;
  t.tp_as_async = &gen_as_async;
  t.tp_flags = kTpDefault | kTpHaveGc | kTpDisallowInstantiation | kTpImmutableType;
  register_static_type(&t);
}

}  // namespace dx
