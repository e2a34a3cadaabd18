// Running code: the interpreter loop and the entry points into it.
#pragma once
#include <cstddef>

#include "runtime/object.h"
#include "vm/code.h"

namespace dx {

struct Frame;
struct ThreadState;

// Runs module (or exec'd) code with `globals` as its namespace.
Object* eval_module_code(CodeObject* code, Object* globals, Object* builtins);
// The same with separate local and global namespaces (exec, eval).
Object* eval_code(CodeObject* code, Object* globals, Object* locals, Object* builtins);
// Runs `f` (pushed by the caller, marked as the entry frame) from its pc to
// its return (or, for a generator's frame, its next yield). With
// `throwing`, the current exception is raised at the pc first (throw()).
Object* run_frame(ThreadState* ts, Frame* f, bool throwing = false);
struct FunctionObject;
// Runs the body of a class statement (a function's code) with `ns` as its
// namespace: the __class__ cell (a new reference), None, or null on error.
Object* eval_class_body(FunctionObject* func, Object* ns);
// The vectorcall of function objects.
Object* function_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames);

}  // namespace dx
