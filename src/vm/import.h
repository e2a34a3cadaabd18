// The import system (vm/import.cpp): sys.modules, the built-in modules
// (modules/module_registry.h) and source modules and packages found on
// sys.path, with importlib's rules and CPython's messages.
#pragma once
#include "runtime/object.h"

namespace dx {

struct Interpreter;

// Makes sys.modules with sys, builtins and __main__ (whose namespace is
// interp->main_globals) unless done: 0, or -1 with an error set.
int import_init(Interpreter* interp);
// The attribute `name` of sys (borrowed), or null (no error) when sys does
// not exist yet or lacks it.
Object* sys_get(Interpreter* interp, const char* name);
Object* sys_get(Interpreter* interp, Object* name);  // an interned str

// __import__(name, globals, locals, fromlist, level) as the import
// statement calls it: what it binds (the top package, or the module for
// a from-import). `fromlist` may be null or None.
Object* import_module_level(Object* name, Object* globals, Object* fromlist, int level);
// The ImportName instruction: calls builtins.__import__ (or the above when
// it is the builtin one).
Object* import_name(Object* builtins, Object* globals, Object* locals, Object* name, Object* fromlist, int level);
// `from module import name`: the attribute, the submodule in sys.modules,
// or CPython's ImportError.
Object* import_from(Object* module, Object* name);
// `from module import *` into the namespace `locals`: 0 or -1.
int import_star(Object* module, Object* locals);
// The builtin __import__.
Object* builtin_import(Object*, Object* const* args, ssize nargs, Object* kwnames);

// At exit: drops __main__ from sys.modules (before the main namespace is
// released), and later everything else.
void import_release_main(Interpreter* interp);
void import_release(Interpreter* interp);

// Readies the types of modules and sys, once per process (the first
// import_init does); init_module_types only the module type.
void init_import_types();
void init_module_types();
// The builtins module (__main__'s __builtins__), made on first use: borrowed.
Object* builtins_module(Interpreter* interp);

}  // namespace dx
