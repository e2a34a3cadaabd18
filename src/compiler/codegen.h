// Code generation: a module's AST and symbol table to register-machine code
// objects (vm/opcodes.def).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "compiler/symtable.h"
#include "parser/ast.h"
#include "parser/syntax_error.h"
#include "vm/code.h"

namespace dx::compiler {

// A SyntaxWarning the compiler found (printed by the warnings machinery).
struct CompileWarning {
  int lineno;
  std::string message;
};

struct CompileResult {
  CodeObject* code = nullptr;                    // a new reference, or null
  std::optional<parser::SyntaxErrorInfo> error;  // a SyntaxError found while compiling
  // Set when the program uses a construct this compiler cannot translate
  // yet (the code is null and no error is set): the construct's name.
  std::string unsupported;
  std::vector<CompileWarning> warnings;  // in the order found
};

// Compiles the module `mod` (its symbol table built by build_symtable).
// Needs a current ThreadState: code objects are runtime objects. `optimize`
// is the -O level (sys.flags.optimize).
CompileResult compile_module(const ast::Mod* mod, SymbolTable& table, const std::string& filename, int optimize = 0);

// Prints the instructions of `code` and of the code objects among its
// constants, one per line (dxpy --dis).
std::string disassemble(CodeObject* code);

}  // namespace dx::compiler
