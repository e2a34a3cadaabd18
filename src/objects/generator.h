// Generators. A generator owns its frame (DESIGN D8): the frame is allocated
// inside the generator object, after its fields, so it survives between
// resumptions. Calling a generator function runs its code's first
// instruction, ReturnGenerator, on an ordinary stack frame; that moves the
// frame into a new generator object and returns it (ordinary calls pay
// nothing for generators).
//
// A generator is resumed either from C (next(), send(), throw(), close():
// generator_send_ex runs its frame as an entry frame of the interpreter loop)
// or, without recursing on the C stack, by the loop itself: ForIter and Send
// (yield from) link the generator's frame after theirs and continue in the
// same loop; Yield and Return then come back to the instruction that resumed
// it. Coroutines (objects/coroutine.cpp) and async generators
// (objects/async_generator.cpp) share this layout and these functions: the
// three types differ in their methods and messages.
#pragma once
#include <cstddef>
#include <cstdint>

#include "runtime/object.h"
#include "runtime/thread_state.h"
#include "vm/code.h"
#include "vm/frame.h"

namespace dx {

// Where a generator's frame is (CPython's gi_frame_state, simplified).
enum class GenState : int8_t {
  kCreated,    // not started: pc is at ReturnGenerator
  kSuspended,  // pc is at the Yield it stopped at
  kExecuting,  // its frame is running (gi_running)
  kCompleted,  // returned or raised; the frame's registers are cleared
};

struct GeneratorObject : Object {
  Object* gi_weakreflist;
  Object* gi_name;      // str (the function's __name__ when it was called)
  Object* gi_qualname;  // str
  CodeObject* gi_code;  // owned
  // While suspended: the exception its except blocks are handling (the
  // generator's own sys.exc_info() entry), or null. While running the value
  // is ThreadState::handled_exception and exc_link keeps the outer one.
  Object* exc_value;
  ExcStateLink exc_link;
  GenState state;
  bool ag_running_async;  // async generators: an asend/athrow is being awaited
  bool ag_closed;         // async generators: closed or exhausted
  Frame frame;  // last: code->nregs registers follow
};

extern TypeObject GeneratorType, CoroutineType, AsyncGenType;
extern TypeObject CoroWrapperType, AsyncGenASendType, AsyncGenAThrowType;

inline bool is_generator(const Object* o) { return type_of(o) == &GeneratorType; }
inline bool is_coroutine(const Object* o) { return type_of(o) == &CoroutineType; }
inline bool is_async_generator(const Object* o) { return type_of(o) == &AsyncGenType; }
// A generator or a coroutine: what yield from / await resume in the loop.
inline bool is_gen_or_coro(const Object* o) { return is_generator(o) || is_coroutine(o); }

// The generator holding frame `f` (kFrameInGenerator is set).
inline GeneratorObject* generator_of_frame(Frame* f) {
  return reinterpret_cast<GeneratorObject*>(reinterpret_cast<char*>(f) - offsetof(GeneratorObject, frame));
}

// ReturnGenerator: moves the stack frame `f` (its arguments bound, its pc at
// the ReturnGenerator instruction) into a new generator. The stack frame is
// left empty for the caller to pop.
Object* generator_from_frame(Frame* f);

// ---- resuming (the interpreter loop's side) ----
// Makes gen's frame (created or suspended) the innermost one, after
// ts->current_frame: it becomes executing, and its except blocks' handled
// exception becomes the thread's. `value` is what the Yield it stopped at
// evaluates to; null means an exception is being thrown in (the current one,
// which gets the generator's handled exception as __context__), the frame's
// pc staying at the instruction that stopped it. The caller sets is_entry.
// False with RecursionError (the generator is then finished) past the limit.
bool generator_enter(ThreadState* ts, GeneratorObject* gen, Object* value);
// Unlinks gen's running frame: suspended (at a Yield), or finished (its
// registers released).
void generator_leave(ThreadState* ts, GeneratorObject* gen, bool finished);
// An exception leaves gen's frame: the generator is finished, and a
// StopIteration becomes RuntimeError("generator raised StopIteration")
// (PEP 479).
void generator_raised(ThreadState* ts, GeneratorObject* gen);

// ---- the send protocol (PySendResult) ----
enum class SendResult : int8_t { kError = -1, kReturn = 0, kNext = 1 };
// Runs gen until it yields (kNext, *result = the value), returns (kReturn,
// *result = its value) or raises (kError). `arg` is the value sent; null
// for next(): an exhausted generator then gives kError with no exception
// set. With `exc`, the current exception is thrown in instead.
// `closing`: from close(), where an exhausted coroutine is no error.
SendResult generator_send_ex(GeneratorObject* gen, Object* arg, bool exc, Object** result, bool closing = false);
// PyIter_Send: send `value` to any iterator (next() when it is None and
// the iterator has __next__, else its send method); kReturn carries the
// StopIteration's value.
SendResult iter_send(Object* iter, Object* value, Object** result);
// The iterator a suspended `yield from` delegates to (new reference), or null.
Object* generator_yield_from(GeneratorObject* gen);

// ---- the methods (also the MethodDef table's implementations) ----
Object* generator_send(Object* gen, Object* value);                        // gen.send(value)
// send(value), or next() when value is null (the asend of __anext__).
Object* generator_send_or_next(GeneratorObject* gen, Object* value);
Object* generator_throw(Object* gen, Object* typ, Object* val, Object* tb);  // gen.throw(typ[, val[, tb]])
Object* generator_close(Object* gen);                                       // gen.close()
// throw() with CPython's close_on_genexit flag: false (athrow, aclose)
// throws GeneratorExit into a delegate instead of closing it.
Object* generator_throw_ex(Object* gen, bool close_on_genexit, Object* typ, Object* val, Object* tb);
// The yielded value or null with StopIteration (or the error), as the
// Python-level send() gives it; for async generators, StopAsyncIteration
// at the end instead.
Object* generator_send_result(GeneratorObject* gen, SendResult s, Object* r);
// Whether a suspended async generator stopped at its own `yield` (the value
// it gave is an item), not at an await passing a value to the event loop.
bool async_gen_yielded_item(GeneratorObject* gen);
// "generator", "coroutine" or "async generator", for messages.
const char* generator_kind_name(const GeneratorObject* gen);
// The getters shared by the three types.
Object* generator_get_name(Object* o, void*);
Object* generator_get_qualname(Object* o, void*);
int generator_set_name(Object* o, Object* value, void*);
int generator_set_qualname(Object* o, Object* value, void*);
Object* generator_get_running(Object* o, void*);
Object* generator_get_suspended(Object* o, void*);
Object* generator_get_yieldfrom(Object* o, void*);
Object* generator_get_code(Object* o, void*);
Object* generator_get_frame(Object* o, void*);
// Shared slots: deallocation (closing a suspended one; a coroutine never
// started warns) and traversal.
void generator_dealloc(Object* o);
void generator_finalize(Object* o);
int generator_traverse(Object* o, visitproc visit, void* arg);
int generator_clear(Object* o);
// The repr "<KIND object QUALNAME at 0x...>".
Object* generator_repr_as(Object* o, const char* kind);
// The throw() method's argument checks, shared by the three types.
Object* generator_throw_method(Object* self, Object* const* args, ssize nargs, Object* kwnames);

// Raises StopIteration(value) as a generator's `return value` does (the
// value kept whole even when it is a tuple or an exception).
void raise_stop_iteration(Object* value);
// If the current exception is a StopIteration: takes it, *value = its value
// (new reference), returns 0. With no exception: *value = None, 0. Other
// exceptions stay set: -1.
int fetch_stop_iteration_value(Object** value);

void init_generator_type();
void init_coroutine_types();       // objects/coroutine.cpp
void init_async_generator_types(); // objects/async_generator.cpp

}  // namespace dx
