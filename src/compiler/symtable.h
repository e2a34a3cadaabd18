// Symbol tables: the scope analysis done between parsing and code generation,
// with CPython 3.11's rules and errors.
//
// One Block per scope: the module, each class body, each function (def,
// async def, lambda), and each comprehension or generator expression (its
// first iterable is evaluated in the enclosing block). A block records every
// name used or bound in it (names are mangled inside classes) with flags
// saying how, then the analysis gives each name its scope: LOCAL, CELL,
// FREE, GLOBAL_EXPLICIT or GLOBAL_IMPLICIT.
//
// The flag bits and scope numbers are CPython's (its `_symtable` module
// exposes them), so that `dxpy --dump-symtable` can be compared with
// CPython's `symtable` module number for number.
//
// Everything is allocated in the Arena given to build_symtable (normally the
// one holding the AST), and dies with it.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "compiler/future.h"
#include "compiler/name_table.h"
#include "parser/ast.h"
#include "parser/syntax_error.h"
#include "support/arena.h"

namespace dx::compiler {

// How a name occurs in a block (CPython's DEF_* bits).
enum SymbolFlag : uint16_t {
  kDefGlobal = 1,      // `global` statement (or a comprehension's := at module level)
  kDefLocal = 2,       // assigned, deleted, defined (def/class/for/with/except/match/:=)
  kDefParam = 4,       // a parameter
  kDefNonlocal = 8,    // `nonlocal` statement (or a comprehension's := in a function)
  kUse = 16,           // read
  kDefFree = 32,       // (unused by CPython 3.11's analysis; kept for the bit layout)
  kDefFreeClass = 64,  // a class's own name that a method also uses as a free variable
  kDefImport = 128,    // bound by import
  kDefAnnot = 256,     // annotated (`x: int`)
  kDefCompIter = 512,  // a comprehension's iteration variable
  kDefBound = kDefLocal | kDefParam | kDefImport,
};

// The scope the analysis gives a name (CPython's numbers).
enum class Scope : uint8_t { None = 0, Local = 1, GlobalExplicit = 2, GlobalImplicit = 3, Free = 4, Cell = 5 };
constexpr int kScopeShift = 11;  // CPython packs the scope above the flags: flags | scope << 11

struct Symbol {
  NameId name;
  uint16_t flags;
  Scope scope;
  // The flags and scope as one number, the way CPython's tables store them.
  uint32_t packed() const { return flags | (static_cast<uint32_t>(scope) << kScopeShift); }
};

enum class BlockKind : uint8_t { Function, Class, Module, Annotation };
enum class ComprehensionKind : uint8_t { None, List, Set, Dict, Generator };

// A growable array in an arena (old storage is abandoned when it grows).
template <typename T>
struct ArenaVec {
  T* items = nullptr;
  uint32_t count = 0, capacity = 0;

  void push(Arena& arena, const T& v) {
    if (count == capacity) grow(arena);
    items[count++] = v;
  }
  T* begin() const { return items; }
  T* end() const { return items + count; }
  uint32_t size() const { return count; }
  bool empty() const { return count == 0; }
  T& operator[](uint32_t i) const { return items[i]; }

 private:
  void grow(Arena& arena) {
    uint32_t cap = capacity ? capacity * 2 : 4;
    T* p = static_cast<T*>(arena.allocate(sizeof(T) * cap, alignof(T)));
    for (uint32_t i = 0; i < count; i++)
      p[i] = items[i];
    items = p;
    capacity = cap;
  }
};

// Where a `global`/`nonlocal` statement (or a comprehension's :=) declared a
// name: errors found by the analysis point there.
struct Directive {
  NameId name;
  ast::Position pos;
};

struct Block {
  BlockKind kind = BlockKind::Module;
  ComprehensionKind comprehension = ComprehensionKind::None;
  NameId name = kNoName;            // "top", the def/class name (unmangled), "lambda", "listcomp", ...
  const ast::Node* node = nullptr;  // the Module, FunctionDef, ClassDef, Lambda, comprehension, ...
  int lineno = 0, col_offset = 0;
  Block* parent = nullptr;  // the enclosing block; null for the module

  bool nested = false;     // inside a function, directly or not
  bool generator = false;  // contains yield (or is a generator expression)
  bool coroutine = false;  // contains await, or is an async comprehension
  bool varargs = false, varkeywords = false;
  bool returns_value = false;        // `return EXPR` somewhere in it
  bool needs_class_closure = false;  // a class whose methods use __class__ (or super)
  bool comp_iter_target = false;     // while building: visiting a comprehension's target
  uint16_t comp_iter_expr = 0;       // while building: depth inside a comprehension's iterable

  ArenaVec<Symbol> symbols;   // in the order names first occurred (CPython's dict order)
  ArenaVec<NameId> varnames;  // the parameters, in the order they were declared
  ArenaVec<Block*> children;  // nested blocks in source order (annotation blocks are left out)
  ArenaVec<Directive> directives;

  // The symbol of `name` (already mangled), or null.
  const Symbol* lookup(NameId name) const;
  Symbol* lookup(NameId name);
  Scope scope_of(NameId name) const {
    const Symbol* s = lookup(name);
    return s ? s->scope : Scope::None;
  }

  // A small open-addressing index into `symbols` (slot = index + 1; 0 is free).
  uint32_t* index = nullptr;
  uint32_t index_mask = 0;
};

class SymbolTable {
 public:
  explicit SymbolTable(Arena& arena) : arena_(arena), names_(arena) {}
  SymbolTable(const SymbolTable&) = delete;
  SymbolTable& operator=(const SymbolTable&) = delete;

  Block* top() const { return top_; }
  NameTable& names() { return names_; }
  const NameTable& names() const { return names_; }
  const FutureFeatures& future() const { return future_; }
  // The block a FunctionDef, AsyncFunctionDef, ClassDef, Lambda, ListComp,
  // SetComp, DictComp or GeneratorExp node opens; null for other nodes.
  Block* block_for(const ast::Node* node) const {
    auto it = blocks_.find(node);
    return it == blocks_.end() ? nullptr : it->second;
  }

 private:
  friend class SymtableBuilder;
  friend struct SymtableResult build_symtable(const ast::Mod*, const std::string&, Arena&, int);
  Arena& arena_;
  NameTable names_;
  FutureFeatures future_;
  Block* top_ = nullptr;
  std::unordered_map<const ast::Node*, Block*> blocks_;
};

struct SymtableResult {
  std::unique_ptr<SymbolTable> table;            // null when error is set
  std::optional<parser::SyntaxErrorInfo> error;  // SyntaxError or RecursionError
};

// Reads the future statements, then builds and analyses the symbol table of
// a parsed module. The blocks are allocated in `arena`, which must be the
// AST's arena or outlive it (names are not copied out of the AST). An error's `text` is
// left empty: CPython reads it back from the file (see attach_source_line).
// `compile_flags` are compile()'s CO_FUTURE_* bits (features on from the start).
SymtableResult build_symtable(const ast::Mod* mod, const std::string& filename, Arena& arena, int compile_flags = 0);

// CPython reports the errors found after parsing with the source line read
// back from the file named in the error (universal newlines, strict UTF-8:
// no line when it does not decode). This does the same from the source
// bytes the file held.
void attach_source_line(parser::SyntaxErrorInfo& err, std::string_view source);

// A deterministic text dump of the tables, equal to what
// tests/compiler/symtable_test.py prints from CPython's symtable module:
// per block its type, name, line, is_optimized and is_nested; per symbol
// (sorted) CPython's packed flags and the names of the Symbol predicates that
// hold; per function its parameters, locals, globals, nonlocals and frees.
std::string dump_symtable(const SymbolTable& table);

}  // namespace dx::compiler
