// The builtins module.
#pragma once
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
// Adds aiter and anext (builtins_async.cpp): 0 or -1.
int add_async_builtins(Object* dict);
// Adds exit and quit (builtins_exit.cpp): 0 or -1.
int add_exit_builtins(Object* dict);
// Their type, _sitebuiltins.Quitter (readied with the other static types).
extern TypeObject QuitterType;
void init_quitter_type();

}  // namespace dx
