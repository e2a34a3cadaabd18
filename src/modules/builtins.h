// The builtins module.
#pragma once
#include <string>

#include "runtime/object.h"

namespace dx {

// A new dict holding the builtins namespace: the builtin functions, the
// builtin exceptions and constants.
Object* make_builtins_dict();
// "builtins", the __module__ of the builtin functions (borrowed, immortal).
Object* builtins_module_name();

// Adds next, iter, sum, any, all, min, max, sorted, enumerate, zip, map,
// filter and reversed to a builtins dict (builtins_iter.cpp): 0 or -1.
int add_iteration_builtins(Object* dict);
// Adds chr, ord, format and ascii (builtins_str.cpp): 0 or -1.
int add_str_builtins(Object* dict);

// Adds abs, divmod, pow, round, bin, oct, hex and input (builtins_number.cpp).
int add_number_builtins(Object* dict);
// Decodes as sys.stdin does under a UTF-8 locale (errors="surrogateescape"):
// each byte of an invalid sequence becomes the lone surrogate U+DC80..U+DCFF,
// kept in the 3-byte form str_from_utf8 accepts (builtins_number.cpp).
std::string surrogate_escape(const std::string& bytes);

// Adds aiter and anext (builtins_async.cpp): 0 or -1.
int add_async_builtins(Object* dict);
// Adds breakpoint (builtins_hooks.cpp): 0 or -1.
int add_hook_builtins(Object* dict);
// sys.breakpointhook, the hook breakpoint() calls by default.
Object* sys_breakpointhook(Object* self, Object* const* args, ssize nargs, Object* kwnames);
// Adds the functions of a MethodDef table (ended by a null name) to a
// builtins dict as builtin functions of the module builtins: 0 or -1.
int add_builtin_functions(Object* dict, MethodDef* defs);
// Adds exit and quit (builtins_exit.cpp): 0 or -1.
int add_exit_builtins(Object* dict);
// Their type, _sitebuiltins.Quitter (readied with the other static types).
extern TypeObject QuitterType;
void init_quitter_type();

}  // namespace dx
