// Compiling source text at run time: compile(), exec() and eval(), with
// syntax errors raised as SyntaxError exceptions (the command line prints
// them itself, cli/main.cpp).
#pragma once
#include <string>
#include <string_view>

#include "runtime/object.h"

namespace dx {

namespace parser {
struct SyntaxErrorInfo;
}

enum class CompileMode { Exec, Eval, Single };

// Compiles `source` (UTF-8 text when is_text, else the bytes of a source
// file with its coding cookie) to a code object, or raises. `future_flags`
// are CO_FUTURE_* bits: the features on from the start (compile()'s flags).
Object* compile_source(std::string_view source, bool is_text, const std::string& filename, CompileMode mode,
                       int optimize, int future_flags = 0);

// Raises the SyntaxError (IndentationError, TabError...) a parser error
// describes, its fields set as CPython's.
std::nullptr_t raise_syntax_error(const parser::SyntaxErrorInfo& info);

// Rebuilds the parser's description from a SyntaxError instance (for
// printing it as CPython does). False when `exc` lacks the fields.
bool syntax_error_info(Object* exc, parser::SyntaxErrorInfo* out);

// Runs `code` with `globals` and `locals` (any mapping) as its namespaces;
// the builtins come from globals['__builtins__'] (added when missing).
Object* run_code(Object* code, Object* globals, Object* locals);

}  // namespace dx
