// Code generation for the register machine.
//
// Each code object being built is a Unit. Its registers are: the locals
// (parameters first, in co_varnames order), the cells and free variables,
// then temporaries, allocated and released like a stack. An expression is
// compiled into a register: a local variable is used in place (no copy)
// unless a later part of the same expression could rebind it (a walrus).
#include "compiler/codegen.h"
#include "compiler/unparse.h"

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "support/bigint.h"

namespace dx::compiler {

using namespace dx::ast;

namespace {

constexpr CodeUnit kNoKwnames = 0xffff;

bool looks_like_identifier(std::string_view text) {
  for (char ch : text)
    if (!(ch == '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) return false;
  return true;
}

// Whether an expression contains an assignment expression (which could
// rebind a local that an earlier operand left in place).
bool has_walrus(const Node* n);

struct Label {
  int32_t offset = -1;             // where it was placed, or -1
  std::vector<uint32_t> fixups;   // jump operands to patch
};

enum class FBlockKind {
  Loop,              // while/for: the targets of break and continue
  TryExcept,         // a try body with except handlers
  ExceptionHandler,  // the except clauses (matching and bodies): the handled exception is set
  HandlerCleanup,    // one except clause's body: leaving it restores the handled exception
  FinallyTry,        // a try body with a finally: leaving it runs the finally body
  FinallyEnd,        // a finally body run for an exception: leaving it drops the exception
  With,              // a with body: leaving it calls __exit__(None, None, None)
  ExceptionGroupHandler,  // the except* clauses: nothing may leave them by return/break/continue
};

struct FBlock {
  FBlockKind kind;
  int handler_label = -1;  // where exceptions raised in it go (-1: the outer handler)
  int exc_reg = 0;         // the register that receives such an exception
  int continue_label = -1, break_label = -1;  // Loop
  int iter_reg = -1;       // Loop: a for loop's iterator (dropped by break and return)
  int previous_reg = 0;    // HandlerCleanup, FinallyEnd: the exception handled before
  NameId name = kNoName;   // HandlerCleanup: the name of `except E as name`
  const Seq<Stmt*>* finalbody = nullptr;  // FinallyTry
  int exit_reg = 0;        // With: the bound __exit__ (or __aexit__)
  bool async = false;      // With: async with
  const Node* stmt = nullptr;  // With: the statement (the location of the exit call)
};

struct Unit {
  Block* block = nullptr;
  std::vector<CodeUnit> code;
  std::vector<Object*> consts;          // owned references
  std::vector<Object*> names;           // owned str references
  std::unordered_map<NameId, int> name_index;
  std::vector<Object*> varnames;        // owned str references: locals, cells, frees
  std::vector<Object*> cellvars;        // owned str references: co_cellvars (parameters included)
  std::unordered_map<NameId, int> reg_of;  // local/cell/free name -> register
  int nlocals = 0, ncells = 0, nfrees = 0;
  int next_temp = 0, max_regs = 0;
  bool optimized = false;               // a function: locals live in registers
  std::string private_name;             // the enclosing class's name, for mangling
  // Locals that are certainly bound at the point being compiled (reads
  // need no CheckLocal), and locals that a del or an except-as may unbind
  // (never counted as bound). Functions only.
  std::unordered_set<NameId> assigned;
  std::unordered_set<NameId> unbindable;
  int assigned_frozen = 0;              // inside try/with/match: nothing is added
  std::vector<PositionEntry> positions;
  std::vector<Label> labels;
  struct PendingEntry {
    uint32_t start, end;
    int handler_label, reg;
  };
  // Exception-table ranges, made as instructions are emitted: each
  // instruction is covered by the handler of the innermost frame block that
  // has one, so code duplicated at an exit (a finally body run by `return`)
  // is covered by the outer handlers only.
  std::vector<PendingEntry> exception_entries;
  // The frame blocks (CPython's fblocks): the loops, try bodies and
  // handlers the code being compiled is in, innermost last. Leaving them by
  // return/break/continue runs their unwinding code.
  std::vector<FBlock> fblocks;
  std::string qualname;
};

class CodeGen {
 public:
  CodeGen(SymbolTable& table, const std::string& filename, int optimize)
      : table_(table), filename_(filename), optimize_(optimize) {}
  ~CodeGen() {
    for (auto& [id, s] : name_objects_) decref(s);
    for (Object* f : frozenset_consts_) decref(f);
  }

  CompileResult run(const Mod* mod);

 private:
  // ---- units
  CodeObject* compile_unit(Block* block, const std::string& qualname, const Node* node);
  void begin_unit(Block* block, const std::string& qualname);
  CodeObject* finish_unit(const std::string& name, int firstlineno, int argcount, int posonly, int kwonly, int flags);
  void free_unit(Unit& u);

  // ---- emitting
  void emit(Opcode op, std::initializer_list<int> operands);
  void emit_jump(Opcode op, std::initializer_list<int> operands, int label);
  // Adds [start, end) to the exception table under the current handler.
  void cover(uint32_t start, uint32_t end);
  int new_label() {
    u().labels.emplace_back();
    return static_cast<int>(u().labels.size() - 1);
  }
  void place(int label) { u().labels[label].offset = static_cast<int32_t>(u().code.size()); }
  void set_position(const Node* n) { pos_ = n->pos; }
  // Releases the temporaries of an expression and gives the register its
  // value goes to: `target`, or a fresh temporary (== mark).
  int result_reg(int target, int mark) {
    release(mark);
    return target >= 0 ? target : temp();
  }
  int temp() {
    int r = u().next_temp++;
    if (u().next_temp > u().max_regs) u().max_regs = u().next_temp;
    if (r > 0xfff0) fail("a function with more than 65000 registers");
    return r;
  }
  // Releases temporaries down to `mark` (temporaries are a stack).
  void release(int mark) { u().next_temp = mark; }
  [[gnu::noipa]] int const_index(Object* value);  // steals the reference (noipa: GCC clones it for None and misreads the casts)
  int name_index(NameId name);
  Object* name_object(NameId name);
  Unit& u() { return units_.back(); }
  // The __qualname__ of a function or comprehension named `name` defined
  // here: after a function's (or lambda's) ".<locals>.", a class's or a
  // comprehension's ".".
  std::string child_qualname(const std::string& name) {
    if (u().block->kind == BlockKind::Function)
      return u().qualname + (u().block->comprehension == ComprehensionKind::None ? ".<locals>." : ".") + name;
    if (u().block->kind == BlockKind::Class) return u().qualname + "." + name;
    return name;
  }

  // ---- statements
  void statements(const Seq<Stmt*>& body);
  void statement(const Stmt* s);
  void statement_body(const Stmt* s, int mark);
  // Definite assignment (to leave out CheckLocal): the names a target binds.
  void mark_assigned(const Expr* target);
  void mark_assigned(NameId id);
  bool definitely_assigned(NameId id);
  void scan_unbindable(const Seq<Stmt*>& body);
  // Stores the value in value_reg into target. `consume`: value_reg is a
  // temporary not needed after (a loop's item): a tuple or list target's
  // unpacking drops it (so the iterator may reuse its result tuple).
  void assign_to(const Expr* target, int value_reg, bool consume = false);
  void aug_assign(const AugAssignNode* a);
  bool parallel_assign(const Expr* target, const Expr* value);
  void ann_assign(const AnnAssignNode* a);
  void setup_annotations(const Seq<Stmt*>& body);
  // Loads the PEP 563 text of an annotation into a new register.
  int annotation_text(const Expr* annotation);
  void delete_target(const Expr* target);
  // A value operand that a later walrus could rebind is copied first.
  // The register an operand whose value only feeds the instruction that
  // writes `target` is computed in: the target itself when that is a
  // temporary (so no other temporary keeps the operand alive after the
  // statement, as CPython's stack does not: a __del__ runs at the same
  // point), else a new temporary. A local read in place stays in place.
  int operand(const Expr* e, int target) {
    bool temp_target = target >= u().nlocals + u().ncells + u().nfrees;
    if (!temp_target || reads_in_place(e)) return expr(e);
    return expr(e, target);
  }
  bool reads_in_place(const Expr* e) {
    if (e->kind == NodeKind::Constant) return true;
    if (e->kind != NodeKind::Name || !u().optimized) return false;
    const auto* n = static_cast<const NameNode*>(e);
    return n->id != "__debug__" && u().block->scope_of(mangled(n->id)) == Scope::Local;
  }
  int keep(int reg, int mark) {
    if (reg >= mark) return reg;
    int t = temp();
    emit(Opcode::Move, {t, reg});
    return t;
  }
  void function_def(const Stmt* s, Identifier name, const Arguments* args, const Seq<Stmt*>& body,
                    const Seq<Expr*>& decorators, const Expr* returns);
  void async_for_stmt(const AsyncForNode* f);
  // What kind of code the current unit is (CPython's scope types decide
  // where await, async for/with and yield from may appear).
  bool in_async_function() {
    const Node* n = u().block->node;
    return n && n->kind == NodeKind::AsyncFunctionDef;
  }
  bool in_comprehension() { return u().block->comprehension != ComprehensionKind::None; }
  bool in_async_generator() { return u().block->coroutine && u().block->generator; }
  void class_def(const ClassDefNode* c);
  int decorators_evaluate(const Seq<Expr*>& decorators);
  int decorators_apply(const Seq<Expr*>& decorators, int first, int value);
  int comprehension(const Expr* e, int target);
  int yield_expr(const Expr* e, int target, bool discard = false);
  void comprehension_loop(const Expr* comp, const Seq<Comprehension*>& gens, uint32_t i, const Expr* elt,
                          const Expr* value, int result, const Node* append_at);
  int make_function(const Node* fn, std::string_view name, const argumentsNode* args, const Seq<Stmt*>* body,
                    const Expr* expr_body, const Expr* returns);
  // The parts of a try or try/except* statement.
  struct TryParts {
    const Stmt* node;
    const Seq<Stmt*>& body;
    const Seq<ExceptHandler*>& handlers;
    const Seq<Stmt*>& orelse;
    const Seq<Stmt*>& finalbody;
    bool star;
  };
  void try_stmt(const TryParts& t);
  // What try/except and try/except* share: the body under a handler, the
  // else clause and the jump past the handlers; then, at the handler, the
  // caught exception (in `exc`) becomes the handled one (the one before in
  // `previous`) and the handlers' own block (kind) is pushed, its
  // exceptions going to `cleanup` (in cleanup_reg).
  struct TryHandlerEntry {
    int exc, previous, cleanup_reg;
    int end, cleanup;  // labels
  };
  TryHandlerEntry try_body_then_handler_entry(const TryParts& t, FBlockKind kind);
  // The handlers' cleanup: an exception raised in them goes on, the
  // handled exception restored.
  void try_handler_cleanup(const TryHandlerEntry& e);
  void try_star_except(const TryParts& t);
  // break/continue/return leaving an except* clause: CPython's error; true
  // if the blocks from `depth` up contain one.
  bool leaves_except_star(size_t depth, const Node* at);
  void with_stmt(const Stmt* s, const Seq<WithItem*>& items, const Seq<Stmt*>& body, uint32_t i, bool async);
  void with_exit_none(int exit_reg, bool async);
  // await of the value in `reg` (GetAwaitable with `where`, then the
  // yield from loop); the result replaces it.
  void await_reg(int reg, int where);
  // The Send/Yield loop of yield from and await over iterator `it`; the
  // result goes to `target` (or a temporary above mark). Returns its register.
  int yield_from_loop(int it, int target, int mark);
  // ---- match (patterns)
  struct PatternContext {
    std::vector<NameId> stores;  // the names bound so far, in order
    bool allow_irrefutable = false;
    int fail = -1;               // the label to go to when the pattern fails
  };
  void match_stmt(const MatchNode* m);
  static bool is_wildcard(const Pattern* p);
  void collect_captures(const Pattern* p, std::vector<NameId>& names);
  void pattern(const Pattern* p, int subject, PatternContext& pc);
  void subpattern(const Pattern* p, int subject, PatternContext& pc);
  void pattern_capture(Identifier name, int value, PatternContext& pc);
  void pattern_check(int test, PatternContext& pc);
  void pattern_sequence(const MatchSequenceNode* p, int subject, PatternContext& pc);
  void pattern_mapping(const MatchMappingNode* p, int subject, PatternContext& pc);
  void pattern_class(const MatchClassNode* p, int subject, PatternContext& pc);
  void pattern_or(const MatchOrNode* p, int subject, PatternContext& pc);
  Object* literal_key(const Expr* key);
  void at_pattern() { pos_ = pattern_pos_; }
  void assert_stmt(const AssertNode* a);
  void import_stmt(const ImportNode* imp);
  void import_from_stmt(const ImportFromNode* imp);
  void name_delete(NameId id);
  bool closure_registers(Block* block, const char* unsupported, std::vector<int>* regs);
  // The names of `block` with `scope`, sorted as CPython sorts co_cellvars
  // and co_freevars (which also orders the closure tuple).
  // The names of `scope` in `block`, sorted. For Scope::Free this includes a
  // class's own names that its methods also close over (kDefFreeClass): the
  // class code keeps the outer cell in its closure to pass it on.
  std::vector<NameId> sorted_names(const Block* block, Scope scope) {
    std::vector<NameId> out;
    for (const Symbol& sym : block->symbols)
      if (sym.scope == scope ||
          (scope == Scope::Free && block->kind == BlockKind::Class && (sym.flags & kDefFreeClass)))
        out.push_back(sym.name);
    std::sort(out.begin(), out.end(),
              [&](NameId a, NameId b) { return table_.names().text(a) < table_.names().text(b); });
    return out;
  }
  int emit_closure_tuple(const std::vector<int>& regs);
  void begin_function_unit(Block* block, const std::string& qualname, const Node* where, int firstlineno);
  void try_except(const TryParts& t);
  void try_finally(const TryParts& t);
  void except_clause(const ExceptHandlerNode* h, int exc_reg, int previous, int end);
  void clear_handler_name(NameId name);
  void push_fblock(const FBlock& b) { u().fblocks.push_back(b); }
  void pop_fblock() { u().fblocks.pop_back(); }
  // Emits the unwinding code of the frame blocks above `depth`, innermost
  // first, each compiled as if the blocks above it were already left.
  void unwind_fblocks(size_t depth);
  void loop_exit(const Stmt* s);

  // ---- expressions
  // Compiles e; the value is in the returned register (a local's own
  // register, or a temporary at or above the current mark). With target >= 0
  // the value goes to that register.
  int expr(const Expr* e, int target = -1);
  int expr_to_new_temp(const Expr* e);
  int constant(const ConstantNode* c, int target);
  int name_load(const NameNode* n, int target);
  void name_store(NameId name, int value_reg, const Node* where);
  void test_jump(const Expr* e, bool jump_if, int label);
  int call(const CallNode* c, int target);
  int call_ex(const CallNode* c, int target);
  void sequence_with_stars(const Seq<Expr*>& elts, int dst, bool tuple, const Node* where);
  int dict_with_stars(const DictNode* d, int target);
  int compare(const CompareNode* c, int target);
  int bool_op(const BoolOpNode* b, int target);
  Object* constant_object(const Constant& c);
  Object* fold_constant(const Expr* e);
  bool is_literal_operand(const Expr* e);
  const char* inferred_type_name(const Expr* e, Object** folded);
  void check_caller(const Expr* func);
  bool store_docstring(const Seq<Stmt*>& body);
  bool keywords_unique(const Seq<ast::Keyword*>& keywords, const Position& where);
  bool keywords_dict(const Seq<ast::Keyword*>& kws, int kwargs, int callee, const Node* where);
  void check_subscript(const Expr* value, const Expr* index, const Node* where);
  void check_compare(const CompareNode* c);
  bool compare_negated_ = false;  // the Compare compiled next is the operand of `not`
  Object* fold_constant_tuple(const Seq<Expr*>& elts);
  Object* frozenset_constant(Object* items);
  int set_display(const SetNode* s, int target);
  int iterable_expr(const Expr* e, int target = -1);

  void fail(const char* what) {
    if (unsupported_.empty()) unsupported_ = what;
  }
  // A SyntaxError found while compiling (CPython's compiler errors); it
  // stops the compilation like fail().
  void syntax_error(const Node* at, std::string message) { syntax_error(at->pos, std::move(message)); }
  void syntax_error(const Position& at, std::string message) {
    if (failed()) return;
    parser::SyntaxErrorInfo e;
    e.message = std::move(message);
    e.filename = filename_;
    e.lineno = at.lineno;
    e.offset = at.col_offset + 1;
    e.end_lineno = at.end_lineno;
    e.end_offset = at.end_col_offset + 1;
    error_ = std::move(e);
    unsupported_ = "a syntax error";
  }
  bool failed() const { return !unsupported_.empty(); }
  // CPython's forbidden_name: __debug__ cannot be bound (or deleted).
  bool forbidden_name(Identifier name, const Position& at, bool del = false) {
    if (name != "__debug__") return false;
    syntax_error(at, del ? "cannot delete __debug__" : "cannot assign to __debug__");
    return true;
  }
  bool forbidden_args(const argumentsNode* args, const Position& at);

  NameId intern(Identifier id) { return table_.names().intern(id); }
  NameId mangled(Identifier id);

  SymbolTable& table_;
  std::string filename_;
  std::vector<Unit> units_;
  std::unordered_map<NameId, Object*> name_objects_;
  // The frozenset constants made so far in the module (see frozenset_constant).
  std::vector<Object*> frozenset_consts_;
  Position pos_{};
  Position pattern_pos_{};                      // CPython's location while compiling patterns
  std::unordered_map<NameId, int> capture_reg_;  // the registers of a case's captured names
  int optimize_;  // -O: asserts are left out and __debug__ is False
  std::string unsupported_;
  std::optional<parser::SyntaxErrorInfo> error_;
  std::vector<CompileWarning> warnings_;
  bool interactive_ = false;  // 'single' mode: expression statements print their value
  Object* filename_obj_ = nullptr;
};

// ---- helpers ---------------------------------------------------------------------

BinaryOpKind binary_op_kind(OperatorKind op) {
  switch (op) {
    case OperatorKind::Add: return BinaryOpKind::Add;
    case OperatorKind::Sub: return BinaryOpKind::Sub;
    case OperatorKind::Mult: return BinaryOpKind::Mul;
    case OperatorKind::MatMult: return BinaryOpKind::MatMul;
    case OperatorKind::Div: return BinaryOpKind::TrueDiv;
    case OperatorKind::Mod: return BinaryOpKind::Mod;
    case OperatorKind::Pow: return BinaryOpKind::Pow;
    case OperatorKind::LShift: return BinaryOpKind::LShift;
    case OperatorKind::RShift: return BinaryOpKind::RShift;
    case OperatorKind::BitOr: return BinaryOpKind::Or;
    case OperatorKind::BitXor: return BinaryOpKind::Xor;
    case OperatorKind::BitAnd: return BinaryOpKind::And;
    case OperatorKind::FloorDiv: return BinaryOpKind::FloorDiv;
  }
  return BinaryOpKind::Add;
}

BinaryOpKind inplace_op_kind(OperatorKind op) {
  return static_cast<BinaryOpKind>(static_cast<int>(binary_op_kind(op)) + static_cast<int>(BinaryOpKind::InplaceAdd));
}

dx::UnaryOpKind unary_op_kind(ast::UnaryOpKind op) {
  switch (op) {
    case ast::UnaryOpKind::Invert: return dx::UnaryOpKind::Invert;
    case ast::UnaryOpKind::Not: return dx::UnaryOpKind::Not;
    case ast::UnaryOpKind::UAdd: return dx::UnaryOpKind::Positive;
    case ast::UnaryOpKind::USub: return dx::UnaryOpKind::Negative;
  }
  return dx::UnaryOpKind::Not;
}


// CPython 3.11's compiler sets the location of a comparison it compiles as
// a condition (compiler_jump_if) and does not restore it: the instructions
// after it in the same statement get that location (which tracebacks show).
// This finds the comparison whose location leaks out of condition `e`, or
// null when the statement's location stays.
const Expr* condition_location(const Expr* e) {
  switch (e->kind) {
    case NodeKind::Compare: return e;
    case NodeKind::UnaryOp: {
      auto* u = static_cast<const UnaryOpNode*>(e);
      return u->op == ast::UnaryOpKind::Not ? condition_location(u->operand) : nullptr;
    }
    case NodeKind::BoolOp: {
      const Expr* last = nullptr;
      for (Expr* v : static_cast<const BoolOpNode*>(e)->values)
        if (const Expr* l = condition_location(v)) last = l;
      return last;
    }
    case NodeKind::IfExp: {
      auto* i = static_cast<const IfExpNode*>(e);
      const Expr* last = nullptr;
      for (const Expr* v : {i->test, i->body, i->orelse})
        if (const Expr* l = condition_location(v)) last = l;
      return last;
    }
    default: return nullptr;
  }
}

// The location of an attribute access: a multi-line one starts at the
// attribute's name on its last line (CPython 3.11).
Position attribute_position(const AttributeNode* a) {
  Position p = a->pos;
  if (p.lineno != p.end_lineno) {
    p.lineno = p.end_lineno;
    int len = 0;
    for (char c : a->attr)
      if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) len++;
    if (len <= p.end_col_offset) {
      p.col_offset = p.end_col_offset - len;
    } else {
      p.col_offset = p.end_col_offset = -1;
    }
  }
  return p;
}

bool has_walrus(const Node* n) {
  if (!n) return false;
  if (n->kind == NodeKind::NamedExpr) return true;
  switch (n->kind) {
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOpNode*>(n);
      return has_walrus(b->left) || has_walrus(b->right);
    }
    case NodeKind::UnaryOp: return has_walrus(static_cast<const UnaryOpNode*>(n)->operand);
    case NodeKind::BoolOp:
      for (Expr* v : static_cast<const BoolOpNode*>(n)->values)
        if (has_walrus(v)) return true;
      return false;
    case NodeKind::Compare: {
      auto* c = static_cast<const CompareNode*>(n);
      if (has_walrus(c->left)) return true;
      for (Expr* v : c->comparators)
        if (has_walrus(v)) return true;
      return false;
    }
    case NodeKind::Call: {
      auto* c = static_cast<const CallNode*>(n);
      if (has_walrus(c->func)) return true;
      for (Expr* v : c->args)
        if (has_walrus(v)) return true;
      for (ast::Keyword* k : c->keywords)
        if (has_walrus(static_cast<keywordNode*>(k)->value)) return true;
      return false;
    }
    case NodeKind::IfExp: {
      auto* i = static_cast<const IfExpNode*>(n);
      return has_walrus(i->test) || has_walrus(i->body) || has_walrus(i->orelse);
    }
    case NodeKind::Attribute: return has_walrus(static_cast<const AttributeNode*>(n)->value);
    case NodeKind::Subscript: {
      auto* s = static_cast<const SubscriptNode*>(n);
      return has_walrus(s->value) || has_walrus(s->slice);
    }
    case NodeKind::Tuple:
    case NodeKind::List:
    case NodeKind::Set: {
      const Seq<Expr*>& elts = n->kind == NodeKind::Tuple ? static_cast<const TupleNode*>(n)->elts
                               : n->kind == NodeKind::List ? static_cast<const ListNode*>(n)->elts
                                                           : static_cast<const SetNode*>(n)->elts;
      for (Expr* v : elts)
        if (has_walrus(v)) return true;
      return false;
    }
    case NodeKind::Slice: {
      auto* sl = static_cast<const SliceNode*>(n);
      return has_walrus(sl->lower) || has_walrus(sl->upper) || has_walrus(sl->step);
    }
    case NodeKind::Constant:
    case NodeKind::Name: return false;
    default: return true;  // conservative for forms not analysed here
  }
}

// The code flags that make a function's calls return a generator, a
// coroutine or an async generator (CPython's compute_code_flags).
int generator_flags(const Block* b) {
  if (b->generator && b->coroutine) return kCoAsyncGenerator;
  if (b->coroutine) return kCoCoroutine;
  if (b->generator) return kCoGenerator;
  return 0;
}

// ---- units -------------------------------------------------------------------------

void CodeGen::begin_unit(Block* block, const std::string& qualname) {
  std::string private_name = units_.empty() ? std::string() : u().private_name;
  if (block->kind == BlockKind::Class) private_name = std::string(table_.names().text(block->name));
  units_.emplace_back();
  Unit& un = u();
  un.private_name = private_name;
  un.block = block;
  un.qualname = qualname;
  un.optimized = block->kind == BlockKind::Function;
  if (un.optimized) {
    // Parameters first, then the other locals, in the table's order.
    auto add_local = [&](NameId id) {
      if (un.reg_of.count(id)) return;
      un.reg_of[id] = static_cast<int>(un.varnames.size());
      un.varnames.push_back(newref(name_object(id)));
    };
    for (NameId p : block->varnames) add_local(p);
    for (const Symbol& s : block->symbols)
      if (s.scope == Scope::Local) add_local(s.name);
    un.nlocals = static_cast<int>(un.varnames.size());
  }
  // Cells (variables of this block that nested blocks use), then frees.
  for (NameId name : sorted_names(block, Scope::Cell)) {
    un.cellvars.push_back(newref(name_object(name)));
    if (un.reg_of.count(name)) continue;  // a parameter that is also a cell keeps its slot
    un.reg_of[name] = static_cast<int>(un.varnames.size());
    un.varnames.push_back(newref(name_object(name)));
    un.ncells++;
  }
  if (block->kind == BlockKind::Class && block->needs_class_closure) {
    NameId cls = names::dunder_class;
    un.reg_of[cls] = static_cast<int>(un.varnames.size());
    un.varnames.push_back(newref(name_object(cls)));
    un.cellvars.insert(un.cellvars.begin(), newref(name_object(cls)));
    un.ncells++;
  }
  for (NameId name : sorted_names(block, Scope::Free)) {
    un.reg_of[name] = static_cast<int>(un.varnames.size());
    un.varnames.push_back(newref(name_object(name)));
    un.nfrees++;
  }
  un.next_temp = un.max_regs = static_cast<int>(un.varnames.size());
}

void CodeGen::free_unit(Unit& un) {
  for (Object* o : un.consts) decref(o);
  for (Object* o : un.names) decref(o);
  for (Object* o : un.varnames) decref(o);
  for (Object* o : un.cellvars) decref(o);
}

static Object* tuple_of(std::vector<Object*>& items) {
  Object* t = tuple_new(static_cast<ssize>(items.size()));
  if (!t) return nullptr;
  for (size_t i = 0; i < items.size(); i++) {
    tuple_item(t, static_cast<ssize>(i)) = items[i];  // moves the reference
  }
  items.clear();
  return t;
}

CodeObject* CodeGen::finish_unit(const std::string& name, int firstlineno, int argcount, int posonly, int kwonly,
                                 int flags) {
  Unit& un = u();
  // Resolve jumps.
  for (Label& l : un.labels)
    for (uint32_t at : l.fixups) {
      un.code[at] = static_cast<CodeUnit>(l.offset & 0xffff);
      un.code[at + 1] = static_cast<CodeUnit>(static_cast<uint32_t>(l.offset) >> 16);
    }
  auto* c = alloc_object<CodeObject>(&CodeType);
  if (!c) return nullptr;
  c->code_size = static_cast<uint32_t>(un.code.size());
  c->code = static_cast<CodeUnit*>(mem_alloc(sizeof(CodeUnit) * (un.code.size() + 1)));
  std::memcpy(c->code, un.code.data(), sizeof(CodeUnit) * un.code.size());
  c->argcount = argcount;
  c->posonlyargcount = posonly;
  c->kwonlyargcount = kwonly;
  c->flags = flags | table_.future().code_flags;
  c->nlocals = un.nlocals;
  c->ncells = un.ncells;
  c->nfrees = un.nfrees;
  c->nregs = un.max_regs;
  c->firstlineno = firstlineno;
  c->consts = tuple_of(un.consts);
  c->names = tuple_of(un.names);
  c->varnames = tuple_of(un.varnames);
  c->cellvars = tuple_of(un.cellvars);
  c->filename = newref(filename_obj_);
  c->name = str_from_utf8(name);
  c->qualname = str_from_utf8(un.qualname);
  c->npositions = static_cast<uint32_t>(un.positions.size());
  c->positions = static_cast<PositionEntry*>(mem_alloc(sizeof(PositionEntry) * (un.positions.size() + 1)));
  if (!un.positions.empty())
    std::memcpy(c->positions, un.positions.data(), sizeof(PositionEntry) * un.positions.size());
  c->nexceptions = static_cast<uint32_t>(un.exception_entries.size());
  c->exceptions = static_cast<ExceptionEntry*>(mem_alloc(sizeof(ExceptionEntry) * (un.exception_entries.size() + 1)));
  for (size_t i = 0; i < un.exception_entries.size(); i++) {
    const Unit::PendingEntry& p = un.exception_entries[i];
    c->exceptions[i] = {p.start, p.end, static_cast<uint32_t>(un.labels[p.handler_label].offset),
                        static_cast<uint16_t>(p.reg)};
  }
  units_.pop_back();
  return c;
}

// ---- emitting --------------------------------------------------------------------

void CodeGen::emit(Opcode op, std::initializer_list<int> operands) {
  Unit& un = u();
  uint32_t at = static_cast<uint32_t>(un.code.size());
  if (un.positions.empty() || un.positions.back().lineno != pos_.lineno ||
      un.positions.back().col_offset != pos_.col_offset || un.positions.back().end_lineno != pos_.end_lineno ||
      un.positions.back().end_col_offset != pos_.end_col_offset)
    un.positions.push_back({at, pos_.lineno, pos_.col_offset, pos_.end_lineno, pos_.end_col_offset});
  un.code.push_back(static_cast<CodeUnit>(op));
  for (int v : operands) un.code.push_back(static_cast<CodeUnit>(v));
  int len = instruction_length(op);
  while (static_cast<int>(un.code.size() - at) < len) un.code.push_back(0);  // cache units
  cover(at, static_cast<uint32_t>(un.code.size()));
}

void CodeGen::cover(uint32_t start, uint32_t end) {
  Unit& un = u();
  const FBlock* h = nullptr;
  for (size_t i = un.fblocks.size(); i-- > 0;)
    if (un.fblocks[i].handler_label >= 0) {
      h = &un.fblocks[i];
      break;
    }
  if (!h) return;
  if (!un.exception_entries.empty()) {
    Unit::PendingEntry& last = un.exception_entries.back();
    if (last.end == start && last.handler_label == h->handler_label && last.reg == h->exc_reg) {
      last.end = end;
      return;
    }
  }
  un.exception_entries.push_back({start, end, h->handler_label, h->exc_reg});
}

void CodeGen::emit_jump(Opcode op, std::initializer_list<int> operands, int label) {
  Unit& un = u();
  uint32_t at = static_cast<uint32_t>(un.code.size());
  std::vector<int> all(operands);
  all.push_back(0);
  all.push_back(0);
  if (un.positions.empty() || un.positions.back().lineno != pos_.lineno ||
      un.positions.back().col_offset != pos_.col_offset)
    un.positions.push_back({at, pos_.lineno, pos_.col_offset, pos_.end_lineno, pos_.end_col_offset});
  un.code.push_back(static_cast<CodeUnit>(op));
  for (int v : all) un.code.push_back(static_cast<CodeUnit>(v));
  un.labels[label].fixups.push_back(at + 1 + static_cast<uint32_t>(operands.size()));
  cover(at, static_cast<uint32_t>(un.code.size()));
}

int CodeGen::const_index(Object* value) {
  Unit& un = u();
  // Reuse an identical constant: same type and equal value (so 1, 1.0 and
  // True stay distinct).
  for (size_t i = 0; i < un.consts.size(); i++) {
    Object* c = un.consts[i];
    if (c == value) {
      decref(value);
      return static_cast<int>(i);
    }
    if (type_of(c) == type_of(value) && is_complex_exact(c)) {
      ComplexValue x = complex_value(c), y = complex_value(value);
      if (std::memcmp(&x, &y, sizeof x) == 0) {
        decref(value);
        return static_cast<int>(i);
      }
      continue;
    }
    if (type_of(c) == type_of(value) && is_float_exact(c)) {
      double x = float_value(c), y = float_value(value);
      if (std::memcmp(&x, &y, sizeof x) == 0) {
        decref(value);
        return static_cast<int>(i);
      }
      continue;
    }
    if (type_of(c) == type_of(value) && (is_str_exact(c) || is_int_exact(c) || is_bytes_exact(c))) {
      if (object_richcompare_bool(c, value, kEq) == 1) {
        decref(value);
        return static_cast<int>(i);
      }
    }
  }
  un.consts.push_back(value);
  if (un.consts.size() > 0xfffe) fail("a code object with more than 65534 constants");
  return static_cast<int>(un.consts.size() - 1);
}

Object* CodeGen::name_object(NameId name) {
  auto it = name_objects_.find(name);
  if (it != name_objects_.end()) return it->second;
  Object* s = str_intern_utf8(table_.names().text(name));
  name_objects_[name] = s;
  return s;
}

int CodeGen::name_index(NameId name) {
  Unit& un = u();
  auto it = un.name_index.find(name);
  if (it != un.name_index.end()) return it->second;
  int i = static_cast<int>(un.names.size());
  un.names.push_back(newref(name_object(name)));
  un.name_index[name] = i;
  return i;
}

NameId CodeGen::mangled(Identifier id) {
  // Private names (__x) are mangled inside classes: _Class__x.
  const std::string& cls = u().private_name;
  if (cls.empty() || id.size() < 3 || id[0] != '_' || id[1] != '_') return intern(id);
  if (id.size() >= 4 && id[id.size() - 1] == '_' && id[id.size() - 2] == '_') return intern(id);
  if (id.find('.') != std::string_view::npos) return intern(id);
  size_t k = cls.find_first_not_of('_');
  if (k == std::string::npos) return intern(id);
  std::string text = "_" + cls.substr(k) + std::string(id);
  return table_.names().intern_copy(text);
}

// targets = values for a tuple or list display on both sides, of the same
// length and without starred items: no tuple is built.
bool CodeGen::parallel_assign(const Expr* target, const Expr* value) {
  auto items = [](const Expr* e) -> const Seq<Expr*>* {
    if (e->kind == NodeKind::Tuple) return &static_cast<const TupleNode*>(e)->elts;
    if (e->kind == NodeKind::List) return &static_cast<const ListNode*>(e)->elts;
    return nullptr;
  };
  const Seq<Expr*>* targets = items(target);
  const Seq<Expr*>* values = items(value);
  if (!targets || !values || targets->size() != values->size() || targets->empty()) return false;
  for (const Seq<Expr*>* seq : {targets, values})
    for (Expr* e : *seq)
      if (e->kind == NodeKind::Starred) return false;
  int mark = u().next_temp;
  int first = u().next_temp;
  for (Expr* v : *values) expr_to_new_temp(v);
  // Each temporary's reference goes to its target (a local takes it) or is
  // dropped after the store, as the stack's pops would.
  for (uint32_t i = 0; i < targets->size(); i++) {
    const Expr* t = (*targets)[i];
    int reg = first + static_cast<int>(i);
    if (t->kind == NodeKind::Name && u().optimized) {
      NameId id = mangled(static_cast<const NameNode*>(t)->id);
      if (u().block->scope_of(id) == Scope::Local) {
        if (forbidden_name(static_cast<const NameNode*>(t)->id, t->pos)) return true;
        set_position(t);
        emit(Opcode::Take, {u().reg_of[id], reg});
        mark_assigned(id);
        continue;
      }
    }
    assign_to(t, reg);
    set_position(target);
    emit(Opcode::Clear, {reg});
  }
  release(mark);
  return true;
}

// Whether statements (not nested functions or classes) annotate a name.
static bool has_annotations(const Seq<Stmt*>& body) {
  for (Stmt* st : body) {
    switch (st->kind) {
      case NodeKind::AnnAssign: return true;
      case NodeKind::If: {
        auto* n = static_cast<const IfNode*>(st);
        if (has_annotations(n->body) || has_annotations(n->orelse)) return true;
        break;
      }
      case NodeKind::For: case NodeKind::AsyncFor: {
        auto* n = static_cast<const ForNode*>(st);
        if (has_annotations(n->body) || has_annotations(n->orelse)) return true;
        break;
      }
      case NodeKind::While: {
        auto* n = static_cast<const WhileNode*>(st);
        if (has_annotations(n->body) || has_annotations(n->orelse)) return true;
        break;
      }
      case NodeKind::With: case NodeKind::AsyncWith:
        if (has_annotations(static_cast<const WithNode*>(st)->body)) return true;
        break;
      case NodeKind::Try: case NodeKind::TryStar: {
        auto* n = static_cast<const TryNode*>(st);
        if (has_annotations(n->body) || has_annotations(n->orelse) || has_annotations(n->finalbody)) return true;
        for (ast::ExceptHandler* h : n->handlers)
          if (has_annotations(static_cast<const ExceptHandlerNode*>(h)->body)) return true;
        break;
      }
      case NodeKind::Match: {
        auto* n = static_cast<const MatchNode*>(st);
        for (ast::MatchCase* mc : n->cases)
          if (has_annotations(static_cast<const match_caseNode*>(mc)->body)) return true;
        break;
      }
      default: break;
    }
  }
  return false;
}

// A module or class body that annotates names starts by making sure its
// namespace has an __annotations__ dict.
void CodeGen::setup_annotations(const Seq<Stmt*>& body) {
  if (has_annotations(body)) emit(Opcode::SetupAnnotations, {});
}

int CodeGen::annotation_text(const Expr* annotation) {
  int reg = temp();
  Object* text = unparse_annotation(annotation);
  if (!text) {
    clear_error();
    fail("an annotation it cannot turn into text");
    return reg;
  }
  emit(Opcode::LoadConst, {reg, const_index(text)});
  return reg;
}

// target: annotation [= value]. In a module or class body a simple name's
// annotation goes into __annotations__; in a function it is not evaluated.
void CodeGen::ann_assign(const AnnAssignNode* a) {
  int mark = u().next_temp;
  if (a->value) {
    int v = expr(a->value);
    assign_to(a->target, v);
    release(mark);
  }
  if (failed()) return;
  if (!a->value) {
    // Checked at the statement, as CPython's compiler does.
    if (a->target->kind == NodeKind::Name && forbidden_name(static_cast<const NameNode*>(a->target)->id, a->pos)) return;
    if (a->target->kind == NodeKind::Attribute &&
        forbidden_name(static_cast<const AttributeNode*>(a->target)->attr, a->pos))
      return;
  }
  bool module_or_class = !u().optimized;
  bool future = table_.future().flags & kFutureAnnotations;
  if (a->target->kind == NodeKind::Name && a->simple) {
    if (!module_or_class) return;
    int ann = future ? annotation_text(a->annotation) : expr(a->annotation);
    int dict = temp();
    set_position(a);
    emit(Opcode::LoadName, {dict, name_index(intern("__annotations__"))});
    int key = temp();
    emit(Opcode::LoadConst, {key, const_index(newref(name_object(mangled(static_cast<const NameNode*>(a->target)->id))))});
    emit(Opcode::StoreSubscr, {dict, key, ann});
    release(mark);
    return;
  }
  // Attributes, subscripts and parenthesized names: without a value the
  // target's parts are evaluated (for their errors); the annotation is
  // evaluated in modules and classes (and not even kept under PEP 563).
  if (!a->value) {
    if (a->target->kind == NodeKind::Attribute) {
      expr(static_cast<const AttributeNode*>(a->target)->value);
    } else if (a->target->kind == NodeKind::Subscript) {
      expr(static_cast<const SubscriptNode*>(a->target)->value);
      expr(static_cast<const SubscriptNode*>(a->target)->slice);
    }
  }
  if (module_or_class && !future) expr(a->annotation);
  release(mark);
}

// ---- the module ------------------------------------------------------------------

CompileResult CodeGen::run(const Mod* mod) {
  CompileResult r;
  filename_obj_ = str_from_utf8(filename_);
  struct MoveWarnings {
    CompileResult& r;
    std::vector<CompileWarning>& w;
    ~MoveWarnings() { r.warnings = std::move(w); }
  } move_warnings{r, warnings_};
  begin_unit(table_.top(), "<module>");
  if (mod->kind == NodeKind::Expression) {
    // eval(): the expression's value is the result.
    const Expr* body = static_cast<const ExpressionNode*>(mod)->body;
    int reg = expr(body);
    if (!failed()) {
      set_position(body);
      emit(Opcode::Return, {reg});
    }
  } else {
    const Seq<Stmt*>& body = mod->kind == NodeKind::Interactive ? static_cast<const InteractiveNode*>(mod)->body
                                                                : static_cast<const ModuleNode*>(mod)->body;
    interactive_ = mod->kind == NodeKind::Interactive;
    setup_annotations(body);
    if (interactive_) {
      statements(body);
    } else {
      // A module's docstring becomes __doc__ (not under -OO).
      uint32_t first = store_docstring(body) ? 1 : 0;
      for (uint32_t i = first; i < body.size() && !failed(); i++) statement(body[i]);
    }
    if (!failed()) {
      int reg = temp();
      emit(Opcode::LoadConst, {reg, const_index(return_none())});
      emit(Opcode::Return, {reg});
    }
  }
  if (failed()) {
    while (!units_.empty()) {
      free_unit(units_.back());
      units_.pop_back();
    }
    decref(filename_obj_);
    if (error_) r.error = std::move(error_);
    else r.unsupported = unsupported_;
    return r;
  }
  r.code = finish_unit("<module>", 1, 0, 0, 0, 0);
  decref(filename_obj_);
  return r;
}

// ---- statements ------------------------------------------------------------------

// A module's or class's docstring stored as __doc__ (CPython's
// compiler_body): true when it was, and the statement is done.
bool CodeGen::store_docstring(const Seq<Stmt*>& body) {
  if (optimize_ >= 2 || body.empty() || body[0]->kind != NodeKind::Expr) return false;
  auto* first = static_cast<const ExprNode*>(body[0])->value;
  if (first->kind != NodeKind::Constant || static_cast<const ConstantNode*>(first)->value.kind != Constant::Kind::Str)
    return false;
  set_position(body[0]);
  int d = expr(first);
  emit(Opcode::StoreName, {name_index(intern("__doc__")), d});
  release(d);
  return true;
}

void CodeGen::statements(const Seq<Stmt*>& body) {
  for (Stmt* s : body) {
    if (failed()) return;
    statement(s);
  }
}

void CodeGen::statement(const Stmt* s) {
  set_position(s);
  int mark = u().next_temp;
  // Names bound inside a compound statement are not certain after it; in
  // try, with and match bodies nothing is counted at all (an exception can
  // leave them anywhere).
  bool compound = false, freeze = false;
  switch (s->kind) {
    case NodeKind::If: case NodeKind::While: case NodeKind::For: compound = true; break;
    case NodeKind::Try: case NodeKind::TryStar: case NodeKind::With: case NodeKind::AsyncWith:
    case NodeKind::AsyncFor: case NodeKind::Match:
      compound = freeze = true;
      break;
    default: break;
  }
  std::unordered_set<NameId> before;
  if (compound) before = u().assigned;
  if (freeze) u().assigned_frozen++;
  statement_body(s, mark);
  if (freeze) u().assigned_frozen--;
  if (compound) {
    u().assigned = std::move(before);
    return;
  }
  switch (s->kind) {
    case NodeKind::Assign:
      for (Expr* t : static_cast<const AssignNode*>(s)->targets) mark_assigned(t);
      break;
    case NodeKind::AnnAssign:
      if (static_cast<const AnnAssignNode*>(s)->value) mark_assigned(static_cast<const AnnAssignNode*>(s)->target);
      break;
    case NodeKind::FunctionDef:
      mark_assigned(mangled(static_cast<const FunctionDefNode*>(s)->name));
      break;
    case NodeKind::ClassDef:
      mark_assigned(mangled(static_cast<const ClassDefNode*>(s)->name));
      break;
    default: break;
  }
}

void CodeGen::mark_assigned(NameId id) {
  if (u().optimized && !u().assigned_frozen) u().assigned.insert(id);
}

void CodeGen::mark_assigned(const Expr* target) {
  if (!u().optimized || u().assigned_frozen) return;
  switch (target->kind) {
    case NodeKind::Name: mark_assigned(mangled(static_cast<const NameNode*>(target)->id)); break;
    case NodeKind::Tuple:
      for (Expr* e : static_cast<const TupleNode*>(target)->elts) mark_assigned(e);
      break;
    case NodeKind::List:
      for (Expr* e : static_cast<const ListNode*>(target)->elts) mark_assigned(e);
      break;
    case NodeKind::Starred: mark_assigned(static_cast<const StarredNode*>(target)->value); break;
    default: break;
  }
}

bool CodeGen::definitely_assigned(NameId id) {
  return u().assigned.count(id) && !u().unbindable.count(id);
}

// The locals a del or an except-as target can unbind, in the statements of
// one function (not in nested functions or classes).
void CodeGen::scan_unbindable(const Seq<Stmt*>& body) {
  auto names_of = [&](const Expr* t, auto& self) -> void {
    switch (t->kind) {
      case NodeKind::Name: u().unbindable.insert(mangled(static_cast<const NameNode*>(t)->id)); break;
      case NodeKind::Tuple:
        for (Expr* e : static_cast<const TupleNode*>(t)->elts) self(e, self);
        break;
      case NodeKind::List:
        for (Expr* e : static_cast<const ListNode*>(t)->elts) self(e, self);
        break;
      default: break;
    }
  };
  for (Stmt* st : body) {
    switch (st->kind) {
      case NodeKind::Delete:
        for (Expr* t : static_cast<const DeleteNode*>(st)->targets) names_of(t, names_of);
        break;
      case NodeKind::If: {
        auto* n = static_cast<const IfNode*>(st);
        scan_unbindable(n->body);
        scan_unbindable(n->orelse);
        break;
      }
      case NodeKind::For: case NodeKind::AsyncFor: {
        auto* n = static_cast<const ForNode*>(st);
        scan_unbindable(n->body);
        scan_unbindable(n->orelse);
        break;
      }
      case NodeKind::While: {
        auto* n = static_cast<const WhileNode*>(st);
        scan_unbindable(n->body);
        scan_unbindable(n->orelse);
        break;
      }
      case NodeKind::With: case NodeKind::AsyncWith:
        scan_unbindable(static_cast<const WithNode*>(st)->body);
        break;
      case NodeKind::Try: case NodeKind::TryStar: {
        auto* n = static_cast<const TryNode*>(st);
        scan_unbindable(n->body);
        scan_unbindable(n->orelse);
        scan_unbindable(n->finalbody);
        for (ast::ExceptHandler* h : n->handlers) {
          auto* eh = static_cast<const ExceptHandlerNode*>(h);
          if (eh->name.data()) u().unbindable.insert(mangled(eh->name));
          scan_unbindable(eh->body);
        }
        break;
      }
      case NodeKind::Match: {
        auto* n = static_cast<const MatchNode*>(st);
        for (ast::MatchCase* mc : n->cases) scan_unbindable(static_cast<const match_caseNode*>(mc)->body);
        break;
      }
      default: break;
    }
  }
}

void CodeGen::statement_body(const Stmt* s, int mark) {
  switch (s->kind) {
    case NodeKind::Expr: {
      const Expr* value = static_cast<const ExprNode*>(s)->value;
      if (value->kind == NodeKind::Yield) {
        yield_expr(value, -1, true);  // the value sent is unused
      } else if (interactive_ && units_.size() == 1) {
        // 'single' mode (the REPL, compile(..., 'single')): the value is displayed.
        int v = expr(value);
        set_position(s);
        emit(Opcode::PrintExpr, {v});
      } else {
        int r = expr(value);
        // The value is dropped now, as CPython pops it (a __del__ or an
        // unawaited coroutine's warning happens on this line).
        if (r >= mark && value->kind != NodeKind::Constant) {
          set_position(s);
          emit(Opcode::Clear, {r});
        }
      }
      break;
    }
    case NodeKind::Pass:
      break;
    case NodeKind::Assign: {
      auto* a = static_cast<const AssignNode*>(s);
      // A single local target gets the value directly.
      if (a->targets.size() == 1 && a->targets[0]->kind == NodeKind::Name && u().optimized) {
        NameId id = mangled(static_cast<NameNode*>(a->targets[0])->id);
        Scope sc = u().block->scope_of(id);
        if (sc == Scope::Local) {
          expr(a->value, u().reg_of[id]);
          forbidden_name(static_cast<NameNode*>(a->targets[0])->id, a->targets[0]->pos);
          break;
        }
      }
      // a, b = b, a: the values into temporaries, then the targets in order,
      // without building a tuple (CPython's compiler swaps on its stack).
      if (a->targets.size() == 1 && parallel_assign(a->targets[0], a->value)) break;
      int v = expr(a->value);
      for (Expr* t : a->targets) assign_to(t, v);
      // The temporary's reference goes, as CPython's store pops it (a later
      // del or rebinding then frees the value at once).
      if (v >= mark) {
        set_position(s);
        emit(Opcode::Clear, {v});
      }
      break;
    }
    case NodeKind::AnnAssign:
      ann_assign(static_cast<const AnnAssignNode*>(s));
      break;
    case NodeKind::AugAssign:
      aug_assign(static_cast<const AugAssignNode*>(s));
      break;
    case NodeKind::If: {
      auto* i = static_cast<const IfNode*>(s);
      int else_label = new_label(), end = new_label();
      test_jump(i->test, false, else_label);
      release(mark);
      std::unordered_set<NameId> before = u().assigned;
      statements(i->body);
      u().assigned = before;
      if (!i->orelse.empty()) {
        set_position(s);
        emit_jump(Opcode::Jump, {}, end);
      }
      place(else_label);
      statements(i->orelse);
      place(end);
      break;
    }
    case NodeKind::While: {
      auto* w = static_cast<const WhileNode*>(s);
      int top = new_label(), orelse = new_label(), end = new_label();
      place(top);
      size_t test_warnings = warnings_.size();
      test_jump(w->test, false, orelse);
      // CPython compiles the test again after the body: its warnings repeat.
      std::vector<CompileWarning> repeated(warnings_.begin() + static_cast<ptrdiff_t>(test_warnings), warnings_.end());
      release(mark);
      FBlock loop{FBlockKind::Loop};
      loop.continue_label = top;
      loop.break_label = end;
      push_fblock(loop);
      std::unordered_set<NameId> before = u().assigned;
      statements(w->body);
      u().assigned = before;
      pop_fblock();
      warnings_.insert(warnings_.end(), repeated.begin(), repeated.end());
      set_position(s);
      emit_jump(Opcode::Jump, {}, top);
      place(orelse);
      statements(w->orelse);
      place(end);
      break;
    }
    case NodeKind::For: {
      auto* f = static_cast<const ForNode*>(s);
      int iterable = iterable_expr(f->iter);
      // The iterator replaces a temporary iterable (dropped then, as CPython does).
      int it = iterable >= mark ? iterable : temp();
      set_position(s);  // CPython places it at the whole statement
      emit(Opcode::GetIter, {it, iterable});
      int top = new_label(), orelse = new_label(), end = new_label();
      place(top);
      // A local target receives the items directly.
      int item = -1;
      if (f->target->kind == NodeKind::Name && u().optimized) {
        NameId id = mangled(static_cast<const NameNode*>(f->target)->id);
        if (u().block->scope_of(id) == Scope::Local) item = u().reg_of[id];
      }
      bool direct = item >= 0;
      if (!direct) item = temp();
      set_position(s);
      emit_jump(Opcode::ForIter, {item, it}, orelse);
      if (!direct) assign_to(f->target, item, /*consume=*/true);
      FBlock loop{FBlockKind::Loop};
      loop.continue_label = top;
      loop.break_label = end;
      loop.iter_reg = it;
      push_fblock(loop);
      std::unordered_set<NameId> before = u().assigned;
      mark_assigned(f->target);  // bound for the whole body
      statements(f->body);
      u().assigned = before;
      pop_fblock();
      set_position(s);
      emit_jump(Opcode::Jump, {}, top);
      place(orelse);
      statements(f->orelse);
      place(end);
      break;
    }
    case NodeKind::Break:
    case NodeKind::Continue:
      loop_exit(s);
      break;
    case NodeKind::Return: {
      auto* r = static_cast<const ReturnNode*>(s);
      if (!u().optimized) {
        syntax_error(s, "'return' outside function");
        break;
      }
      if (r->value && in_async_generator()) {
        syntax_error(s, "'return' with value in async generator");
        break;
      }
      // The value is computed before any finally body runs; a body that
      // could rebind a local read in place gets a copy.
      bool copy = false;
      for (const FBlock& b : u().fblocks)
        if (b.kind == FBlockKind::FinallyTry || (b.kind == FBlockKind::HandlerCleanup && b.name != kNoName))
          copy = true;
      // (CPython reports it at a constant value on the return's line)
      const Node* at = s;
      if (r->value && r->value->kind == NodeKind::Constant && r->value->pos.lineno == s->pos.lineno) at = r->value;
      if (leaves_except_star(0, at)) break;
      int v;
      if (r->value) {
        v = copy ? expr_to_new_temp(r->value) : expr(r->value);
      } else {
        v = temp();
        emit(Opcode::LoadConst, {v, const_index(return_none())});
      }
      unwind_fblocks(0);
      set_position(s);
      emit(Opcode::Return, {v});
      break;
    }
    case NodeKind::FunctionDef: {
      auto* fn = static_cast<const FunctionDefNode*>(s);
      function_def(s, fn->name, fn->args, fn->body, fn->decorator_list, fn->returns);
      break;
    }
    case NodeKind::AsyncFunctionDef: {
      auto* fn = static_cast<const AsyncFunctionDefNode*>(s);
      function_def(s, fn->name, fn->args, fn->body, fn->decorator_list, fn->returns);
      break;
    }
    case NodeKind::AsyncWith: {
      if (!in_async_function()) {
        syntax_error(s, "'async with' outside async function");
        break;
      }
      auto* w = static_cast<const AsyncWithNode*>(s);
      with_stmt(s, w->items, w->body, 0, true);
      break;
    }
    case NodeKind::AsyncFor:
      if (!in_async_function()) {
        syntax_error(s, "'async for' outside async function");
        break;
      }
      async_for_stmt(static_cast<const AsyncForNode*>(s));
      break;
    case NodeKind::ClassDef:
      class_def(static_cast<const ClassDefNode*>(s));
      break;
    case NodeKind::Raise: {
      auto* r = static_cast<const RaiseNode*>(s);
      if (!r->exc) {
        emit(Opcode::Raise, {0, 0, 0});
        break;
      }
      int e = expr(r->exc);
      int c = r->cause ? expr(r->cause) : 0;
      set_position(s);
      emit(Opcode::Raise, {e, c, r->cause ? 2 : 1});
      break;
    }
    case NodeKind::Try: {
      auto* t = static_cast<const TryNode*>(s);
      try_stmt({s, t->body, t->handlers, t->orelse, t->finalbody, false});
      break;
    }
    case NodeKind::TryStar: {
      auto* t = static_cast<const TryStarNode*>(s);
      try_stmt({s, t->body, t->handlers, t->orelse, t->finalbody, true});
      break;
    }
    case NodeKind::With: {
      auto* w = static_cast<const WithNode*>(s);
      with_stmt(s, w->items, w->body, 0, false);
      break;
    }
    case NodeKind::Assert:
      assert_stmt(static_cast<const AssertNode*>(s));
      break;
    case NodeKind::Match:
      match_stmt(static_cast<const MatchNode*>(s));
      break;
    case NodeKind::Global:
    case NodeKind::Nonlocal:
      break;  // the symbol table already placed these names
    case NodeKind::Delete:
      for (Expr* t : static_cast<const DeleteNode*>(s)->targets) delete_target(t);
      break;
    case NodeKind::ImportFrom: {
      // A future statement after the module's prologue is an error of the
      // compiler (before it would run).
      auto* imp = static_cast<const ImportFromNode*>(s);
      if (imp->module.data() && imp->module == "__future__" && s->pos.lineno > table_.future().lineno) {
        syntax_error(s, "from __future__ imports must occur at the beginning of the file");
        break;
      }
      import_from_stmt(imp);
      break;
    }
    case NodeKind::Import:
      import_stmt(static_cast<const ImportNode*>(s));
      break;
    default:
      fail(node_kind_name(s->kind));
      break;
  }
  release(mark);
}

// x op= v: the target's object (and key) are evaluated once, then its
// current value, v, the in-place operation and the store, with CPython's
// locations (the operation's is the statement's).
void CodeGen::aug_assign(const AugAssignNode* a) {
  const Expr* t = a->target;
  auto op = static_cast<int>(inplace_op_kind(a->op));
  bool walrus = has_walrus(a->value);
  int mark = u().next_temp;
  switch (t->kind) {
    case NodeKind::Name: {
      auto* n = static_cast<const NameNode*>(t);
      int cur = name_load(n, -1);
      if (walrus) cur = keep(cur, mark);
      int rhs = expr(a->value);
      int res = temp();
      set_position(a);
      emit(Opcode::BinaryOp, {res, cur, rhs, op});
      set_position(t);
      name_store(mangled(n->id), res, t);
      return;
    }
    case NodeKind::Attribute: {
      auto* at = static_cast<const AttributeNode*>(t);
      int obj = expr(at->value);
      if (walrus) obj = keep(obj, mark);
      int name = name_index(mangled(at->attr));
      pos_ = attribute_position(at);
      int cur = temp();
      emit(Opcode::LoadAttr, {cur, obj, name});
      int rhs = expr(a->value);
      set_position(a);
      emit(Opcode::BinaryOp, {cur, cur, rhs, op});
      pos_ = attribute_position(at);
      emit(Opcode::StoreAttr, {obj, name, cur});
      return;
    }
    case NodeKind::Subscript: {
      auto* sub = static_cast<const SubscriptNode*>(t);
      int obj = expr(sub->value);
      if (walrus || has_walrus(sub->slice)) obj = keep(obj, mark);
      int key_mark = u().next_temp;
      int key = expr(sub->slice);
      if (walrus) key = keep(key, key_mark);
      set_position(t);
      int cur = temp();
      emit(Opcode::BinarySubscr, {cur, obj, key});
      int rhs = expr(a->value);
      set_position(a);
      emit(Opcode::BinaryOp, {cur, cur, rhs, op});
      set_position(t);
      emit(Opcode::StoreSubscr, {obj, key, cur});
      return;
    }
    default:
      fail("augmented assignment to this target");
  }
}

// del target: names, attributes, items and slices, and tuples or lists of
// targets (deleted left to right).
void CodeGen::delete_target(const Expr* t) {
  int mark = u().next_temp;
  set_position(t);
  switch (t->kind) {
    case NodeKind::Name:
      if (forbidden_name(static_cast<const NameNode*>(t)->id, t->pos, true)) break;
      name_delete(mangled(static_cast<const NameNode*>(t)->id));
      break;
    case NodeKind::Attribute: {
      auto* a = static_cast<const AttributeNode*>(t);
      int obj = expr(a->value);
      pos_ = attribute_position(a);
      emit(Opcode::DeleteAttr, {obj, name_index(mangled(a->attr))});
      break;
    }
    case NodeKind::Subscript: {
      auto* sub = static_cast<const SubscriptNode*>(t);
      int obj = expr(sub->value);
      if (has_walrus(sub->slice)) obj = keep(obj, mark);
      int key = expr(sub->slice);
      set_position(t);
      emit(Opcode::DeleteSubscr, {obj, key});
      break;
    }
    case NodeKind::Tuple:
      for (Expr* e : static_cast<const TupleNode*>(t)->elts) delete_target(e);
      break;
    case NodeKind::List:
      for (Expr* e : static_cast<const ListNode*>(t)->elts) delete_target(e);
      break;
    default:
      fail("del of this target");
  }
  release(mark);
}

void CodeGen::assign_to(const Expr* target, int value_reg, bool consume) {
  set_position(target);
  switch (target->kind) {
    case NodeKind::Name:
      name_store(mangled(static_cast<const NameNode*>(target)->id), value_reg, target);
      return;
    case NodeKind::Attribute: {
      auto* a = static_cast<const AttributeNode*>(target);
      int mark = u().next_temp;
      int obj = expr(a->value);
      if (forbidden_name(a->attr, target->pos)) return;
      pos_ = attribute_position(a);
      emit(Opcode::StoreAttr, {obj, name_index(mangled(a->attr)), value_reg});
      release(mark);
      return;
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const SubscriptNode*>(target);
      int mark = u().next_temp;
      int obj = expr(s->value);
      int key = expr(s->slice);
      set_position(target);
      emit(Opcode::StoreSubscr, {obj, key, value_reg});
      release(mark);
      return;
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
      const Seq<Expr*>& elts = target->kind == NodeKind::Tuple ? static_cast<const TupleNode*>(target)->elts
                                                               : static_cast<const ListNode*>(target)->elts;
      int star = -1;
      for (uint32_t i = 0; i < elts.size(); i++)
        if (elts[i]->kind == NodeKind::Starred) {
          if (star >= 0) return syntax_error(target, "multiple starred expressions in assignment");
          if (i >= 256) return syntax_error(target, "too many expressions in star-unpacking assignment");
          star = static_cast<int>(i);
        }
      int mark = u().next_temp;
      int first = u().next_temp;
      for (uint32_t i = 0; i < elts.size(); i++) temp();
      int n = static_cast<int>(elts.size());
      if (star < 0) emit(Opcode::UnpackSequence, {first, value_reg, n | (consume && n < kUnpackTakesSource ? kUnpackTakesSource : 0)});
      else emit(Opcode::UnpackEx, {first, value_reg, star, n - star - 1});
      for (uint32_t i = 0; i < elts.size(); i++) {
        const Expr* t = elts[i];
        if (t->kind == NodeKind::Starred) t = static_cast<const StarredNode*>(t)->value;
        // A local takes the unpacked item's reference (no copy to drop later).
        if (t->kind == NodeKind::Name && u().optimized) {
          NameId id = mangled(static_cast<const NameNode*>(t)->id);
          if (u().block->scope_of(id) == Scope::Local) {
            if (forbidden_name(static_cast<const NameNode*>(t)->id, t->pos)) return;
            emit(Opcode::Take, {u().reg_of[id], first + static_cast<int>(i)});
            continue;
          }
        }
        assign_to(t, first + static_cast<int>(i));
      }
      release(mark);
      return;
    }
    case NodeKind::Starred:
      syntax_error(target, "starred assignment target must be in a list or tuple");
      return;
    default:
      fail("assignment to this target");
  }
}

// del name, by the name's scope.
void CodeGen::name_delete(NameId id) {
  Scope sc = u().block->scope_of(id);
  if (u().optimized && sc == Scope::Local) emit(Opcode::DeleteFast, {u().reg_of[id], u().reg_of[id]});
  else if (sc == Scope::Cell || sc == Scope::Free) emit(Opcode::DeleteDeref, {u().reg_of[id], u().reg_of[id]});
  else if (sc == Scope::GlobalExplicit || (u().optimized && sc == Scope::GlobalImplicit))
    emit(Opcode::DeleteGlobal, {name_index(id)});
  else emit(Opcode::DeleteName, {name_index(id)});
}

// The registers of this unit holding what `block` closes over (its free
// variables), in the block's order. False, after fail(unsupported), when one
// is a class body's variable, which closures cannot reach yet.
bool CodeGen::closure_registers(Block* block, const char* unsupported, std::vector<int>* regs) {
  for (NameId name : sorted_names(block, Scope::Free)) {
    auto it = u().reg_of.find(name);
    if (it == u().reg_of.end()) {
      fail(unsupported);
      return false;
    }
    regs->push_back(it->second);
  }
  return true;
}

// The closure tuple of `regs` in a new temporary.
int CodeGen::emit_closure_tuple(const std::vector<int>& regs) {
  int tuple_reg = temp();
  int first = u().next_temp;
  for (int r : regs) emit(Opcode::Move, {temp(), r});
  emit(Opcode::BuildTuple, {tuple_reg, first, static_cast<int>(regs.size())});
  release(tuple_reg + 1);
  return tuple_reg;
}

// A unit for a function-like block; its cells are made on entry. A
// generator's code starts with ReturnGenerator, placed on its first line
// without columns, where an exception thrown into a generator that has not
// started is reported.
void CodeGen::begin_function_unit(Block* block, const std::string& qualname, const Node* where, int firstlineno) {
  begin_unit(block, qualname);
  if (block->generator || block->coroutine) {
    pos_ = Position{firstlineno, -1, firstlineno, -1};
    emit(Opcode::ReturnGenerator, {});
  }
  for (const Symbol& sym : block->symbols)
    if (sym.scope == Scope::Cell) {
      set_position(where);
      emit(Opcode::MakeCell, {u().reg_of[sym.name]});
    }
}

void CodeGen::name_store(NameId id, int value_reg, const Node* where) {
  if (forbidden_name(table_.names().text(id), where ? where->pos : pos_)) return;
  Scope sc = u().block->scope_of(id);
  if (u().optimized && sc == Scope::Local) {
    int reg = u().reg_of[id];
    if (reg != value_reg) emit(Opcode::Move, {reg, value_reg});
    return;
  }
  if (sc == Scope::Cell || sc == Scope::Free) {
    emit(Opcode::StoreDeref, {u().reg_of[id], value_reg});
    return;
  }
  if (sc == Scope::GlobalExplicit || (u().optimized && sc == Scope::GlobalImplicit)) {
    emit(Opcode::StoreGlobal, {name_index(id), value_reg});
    return;
  }
  (void)where;
  emit(Opcode::StoreName, {name_index(id), value_reg});
}

// import a.b.c [as d]: ImportName gives the top package a (bound to the
// first component), or with `as` the submodule reached by ImportFrom steps
// through the components, as CPython 3.11 compiles it.
void CodeGen::import_stmt(const ImportNode* imp) {
  for (const Alias* a : imp->names) {
    auto* alias = static_cast<const aliasNode*>(a);
    int mark = u().next_temp;
    int r = temp();
    std::string_view name = alias->name;
    emit(Opcode::ImportName, {r, name_index(mangled(name)), const_index(return_none()), 0});
    NameId store;
    if (alias->asname.data()) {
      size_t start = name.find('.');
      while (start != std::string_view::npos) {
        size_t end = name.find('.', start + 1);
        std::string_view part = name.substr(start + 1, end == std::string_view::npos ? end : end - start - 1);
        emit(Opcode::ImportFrom, {r, r, name_index(mangled(part))});
        start = end;
      }
      store = mangled(alias->asname);
    } else {
      store = mangled(name.substr(0, name.find('.')));
    }
    name_store(store, r, imp);
    mark_assigned(store);
    emit(Opcode::Clear, {r});
    release(mark);
  }
}

// from [.]m import a [as b], ... / from m import *
void CodeGen::import_from_stmt(const ImportFromNode* imp) {
  int mark = u().next_temp;
  Object* names = tuple_new(static_cast<ssize>(imp->names.size()));
  if (!names) return fail("out of memory");
  for (size_t i = 0; i < imp->names.size(); i++) {
    Object* n = str_from_utf8(static_cast<const aliasNode*>(imp->names[i])->name);
    if (!n) {
      decref(names);
      return fail("out of memory");
    }
    tuple_item(names, static_cast<ssize>(i)) = n;
  }
  int r = temp();
  std::string_view module = imp->module.data() ? imp->module : std::string_view("");
  emit(Opcode::ImportName, {r, name_index(mangled(module)), const_index(names), imp->level});
  if (imp->names.size() == 1 && static_cast<const aliasNode*>(imp->names[0])->name == "*") {
    emit(Opcode::ImportStar, {r});
  } else {
    for (const Alias* a : imp->names) {
      auto* alias = static_cast<const aliasNode*>(a);
      int t = temp();
      emit(Opcode::ImportFrom, {t, r, name_index(mangled(alias->name))});
      NameId store = mangled(alias->asname.data() ? alias->asname : alias->name);
      name_store(store, t, imp);
      mark_assigned(store);
      emit(Opcode::Clear, {t});
      release(t);
    }
  }
  emit(Opcode::Clear, {r});
  release(mark);
}

void CodeGen::unwind_fblocks(size_t depth) {
  std::vector<FBlock> saved = u().fblocks;
  for (size_t i = saved.size(); i-- > depth;) {
    const FBlock& b = saved[i];
    u().fblocks.resize(i);
    switch (b.kind) {
      case FBlockKind::Loop:
        // A return leaves the loop: its iterator is dropped first.
        if (b.iter_reg >= 0) emit(Opcode::Clear, {b.iter_reg});
        break;
      case FBlockKind::TryExcept:
      case FBlockKind::ExceptionHandler:
      case FBlockKind::ExceptionGroupHandler:
        break;
      case FBlockKind::HandlerCleanup:
        emit(Opcode::PopExcInfo, {b.previous_reg});
        if (b.name != kNoName) clear_handler_name(b.name);
        break;
      case FBlockKind::FinallyTry: {
        Position at = pos_;
        statements(*b.finalbody);
        pos_ = at;
        break;
      }
      case FBlockKind::FinallyEnd:
        emit(Opcode::PopExcInfo, {b.previous_reg});
        break;
      case FBlockKind::With: {
        Position at = pos_;
        set_position(b.stmt);
        with_exit_none(b.exit_reg, b.async);
        pos_ = at;
        break;
      }
    }
  }
  u().fblocks = std::move(saved);
}

// break/continue: leaves the blocks inside the innermost loop, then jumps.
void CodeGen::loop_exit(const Stmt* s) {
  bool is_break = s->kind == NodeKind::Break;
  const std::vector<FBlock>& blocks = u().fblocks;
  size_t i = blocks.size();
  while (i > 0 && blocks[i - 1].kind != FBlockKind::Loop) i--;
  if (leaves_except_star(i, s)) return;
  if (i == 0) {
    syntax_error(s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    return;
  }
  FBlock loop = blocks[i - 1];
  unwind_fblocks(i);
  set_position(s);
  if (is_break && loop.iter_reg >= 0) emit(Opcode::Clear, {loop.iter_reg});
  emit_jump(Opcode::Jump, {}, is_break ? loop.break_label : loop.continue_label);
}

// `except E as name` ends with `name = None; del name`.
void CodeGen::clear_handler_name(NameId name) {
  int mark = u().next_temp;
  int none_reg = temp();
  emit(Opcode::LoadConst, {none_reg, const_index(return_none())});
  name_store(name, none_reg, nullptr);
  release(mark);
  name_delete(name);
}

// assert test, msg: `if not test: raise AssertionError(msg)`, the class
// being the builtin one whatever the name means here; nothing under -O.
void CodeGen::assert_stmt(const AssertNode* a) {
  const Expr* test = a->test;
  if (test->kind == NodeKind::Tuple && !static_cast<const TupleNode*>(test)->elts.empty())
    warnings_.push_back({a->pos.lineno, "assertion is always true, perhaps remove parentheses?"});
  if (optimize_) return;
  int end = new_label();
  test_jump(test, true, end);
  int mark = u().next_temp;
  int cls = temp();
  const Node* at = condition_location(test);
  if (!at) at = a;
  set_position(at);
  emit(Opcode::LoadAssertionError, {cls});
  if (a->msg) {
    expr_to_new_temp(a->msg);
    set_position(at);
    emit(Opcode::Call, {cls, cls, 1, kNoKwnames});
  }
  emit(Opcode::Raise, {cls, 0, 1});
  release(mark);
  place(end);
}

void CodeGen::try_stmt(const TryParts& t) {
  if (!t.finalbody.empty()) try_finally(t);
  else if (t.star) try_star_except(t);
  else try_except(t);
}

// try/finally: the finally body is compiled at each way out of the try
// body: after it, at each return/break/continue leaving it (unwind_fblocks)
// and in the handler, which runs it with the exception as the handled one
// and raises it again.
void CodeGen::try_finally(const TryParts& t) {
  int exc_reg = temp();
  int handler = new_label(), end = new_label(), cleanup = new_label();
  FBlock body{FBlockKind::FinallyTry};
  body.handler_label = handler;
  body.exc_reg = exc_reg;
  body.finalbody = &t.finalbody;
  push_fblock(body);
  if (t.handlers.empty()) statements(t.body);
  else if (t.star) try_star_except(t);
  else try_except(t);
  pop_fblock();
  statements(t.finalbody);
  emit_jump(Opcode::Jump, {}, end);
  // The exceptional path.
  place(handler);
  int previous = temp();
  int cleanup_reg = temp();
  emit(Opcode::PushExcInfo, {previous, exc_reg});
  FBlock fin{FBlockKind::FinallyEnd};
  fin.handler_label = cleanup;
  fin.exc_reg = cleanup_reg;
  fin.previous_reg = previous;
  push_fblock(fin);
  statements(t.finalbody);
  pop_fblock();
  emit(Opcode::PopExcInfo, {previous});
  emit(Opcode::Reraise, {exc_reg});
  // An exception in the finally body: the handled exception is restored
  // and the new one (whose context is the first) goes on.
  place(cleanup);
  emit(Opcode::PopExcInfo, {previous});
  emit(Opcode::Reraise, {cleanup_reg});
  place(end);
}

// try/except/else: the body's exceptions go to the handlers, which run with
// the exception as the one being handled (sys.exc_info) and restore the
// previous one on the way out, normal or not.
CodeGen::TryHandlerEntry CodeGen::try_body_then_handler_entry(const TryParts& t, FBlockKind kind) {
  TryHandlerEntry e;
  e.exc = temp();
  int handler = new_label();
  e.end = new_label();
  e.cleanup = new_label();
  FBlock body{FBlockKind::TryExcept};
  body.handler_label = handler;
  body.exc_reg = e.exc;
  push_fblock(body);
  statements(t.body);
  pop_fblock();
  statements(t.orelse);
  set_position(t.node);
  emit_jump(Opcode::Jump, {}, e.end);
  place(handler);
  e.previous = temp();
  e.cleanup_reg = temp();
  set_position(t.handlers[0]);
  emit(Opcode::PushExcInfo, {e.previous, e.exc});
  FBlock handlers{kind};
  handlers.handler_label = e.cleanup;
  handlers.exc_reg = e.cleanup_reg;
  push_fblock(handlers);
  return e;
}

void CodeGen::try_handler_cleanup(const TryHandlerEntry& e) {
  place(e.cleanup);
  emit(Opcode::PopExcInfo, {e.previous});
  emit(Opcode::Reraise, {e.cleanup_reg});
}

void CodeGen::try_except(const TryParts& t) {
  TryHandlerEntry e = try_body_then_handler_entry(t, FBlockKind::ExceptionHandler);
  for (ast::ExceptHandler* h : t.handlers)
    except_clause(static_cast<const ExceptHandlerNode*>(h), e.exc, e.previous, e.end);
  pop_fblock();
  // No handler matched: the exception goes on.
  emit(Opcode::PopExcInfo, {e.previous});
  emit(Opcode::Reraise, {e.exc});
  try_handler_cleanup(e);
  place(e.end);
}

// try/except*: the exception (a group, or a lone exception wrapped in one
// when a clause matches it) is split by each clause in turn; a clause runs
// with its part as the handled exception and what it raises is collected;
// at the end the collected exceptions and the unhandled rest are raised
// together (PrepReraiseStar), keeping the structure of re-raised parts.
// return/break/continue cannot leave a clause.
void CodeGen::try_star_except(const TryParts& t) {
  TryHandlerEntry e = try_body_then_handler_entry(t, FBlockKind::ExceptionGroupHandler);
  int exc_reg = e.exc;  // the exception, then what no clause matched yet
  int previous = e.previous;
  int nothing = new_label();
  int orig = temp();
  emit(Opcode::Move, {orig, exc_reg});
  int raised = temp();  // a list: what the clauses raised
  emit(Opcode::BuildList, {raised, raised, 0});
  for (ast::ExceptHandler* hp : t.handlers) {
    auto* h = static_cast<const ExceptHandlerNode*>(hp);
    int next = new_label(), clause_exc = new_label();
    int mark = u().next_temp;
    int cls = expr(h->type);
    int match = temp();
    set_position(h);
    emit_jump(Opcode::CheckEgMatch, {match, exc_reg, cls}, next);
    NameId name = h->name.data() ? mangled(h->name) : kNoName;
    if (name != kNoName) name_store(name, match, h);
    FBlock clause{FBlockKind::HandlerCleanup};
    clause.previous_reg = previous;
    clause.name = name;
    clause.handler_label = clause_exc;
    clause.exc_reg = temp();
    push_fblock(clause);
    statements(h->body);
    pop_fblock();
    set_position(h);
    if (name != kNoName) clear_handler_name(name);
    emit(Opcode::Clear, {match});
    emit_jump(Opcode::Jump, {}, next);
    // An exception from the clause is collected.
    place(clause_exc);
    if (name != kNoName) clear_handler_name(name);
    emit(Opcode::ListAppend, {raised, clause.exc_reg});
    emit(Opcode::Clear, {clause.exc_reg});
    release(mark);
    place(next);
  }
  emit(Opcode::ListAppend, {raised, exc_reg});  // the unhandled rest (or None)
  int result = temp();
  emit_jump(Opcode::PrepReraiseStar, {result, orig, raised}, nothing);
  pop_fblock();
  emit(Opcode::PopExcInfo, {previous});
  emit(Opcode::Reraise, {result});
  try_handler_cleanup(e);
  // Everything was handled.
  place(nothing);
  emit(Opcode::PopExcInfo, {previous});
  emit(Opcode::Clear, {orig});
  emit(Opcode::Clear, {raised});
  emit(Opcode::Clear, {exc_reg});
  place(e.end);
}

bool CodeGen::leaves_except_star(size_t depth, const Node* at) {
  for (size_t i = depth; i < u().fblocks.size(); i++)
    if (u().fblocks[i].kind == FBlockKind::ExceptionGroupHandler) {
      syntax_error(at, "'break', 'continue' and 'return' cannot appear in an except* block");
      return true;
    }
  return false;
}

// One `except [E [as name]]:` clause; goes on to the next clause when E
// does not match.
void CodeGen::except_clause(const ExceptHandlerNode* h, int exc_reg, int previous, int end) {
  int next = new_label();
  int mark = u().next_temp;
  if (h->type) {
    int cls = expr(h->type);
    int match = temp();
    set_position(h);
    emit(Opcode::CheckExcMatch, {match, exc_reg, cls});
    emit_jump(Opcode::JumpIfFalse, {match}, next);
  }
  release(mark);
  NameId name = h->name.data() ? mangled(h->name) : kNoName;
  FBlock clause{FBlockKind::HandlerCleanup};
  clause.previous_reg = previous;
  clause.name = name;
  int name_cleanup = -1, name_exc = 0;
  if (name != kNoName) {
    set_position(h);
    name_store(name, exc_reg, h);
    // An exception leaving the body clears the name too.
    name_cleanup = clause.handler_label = new_label();
    name_exc = clause.exc_reg = temp();
  }
  push_fblock(clause);
  statements(h->body);
  pop_fblock();
  set_position(h);
  emit(Opcode::PopExcInfo, {previous});
  if (name != kNoName) clear_handler_name(name);
  emit_jump(Opcode::Jump, {}, end);
  if (name != kNoName) {
    place(name_cleanup);
    clear_handler_name(name);
    emit(Opcode::Reraise, {name_exc});
  }
  release(mark);
  place(next);
}

// async for: the iterator is aiter(iterable); each item is awaited from its
// __anext__(), whose StopAsyncIteration (from the await only, not from the
// body) ends the loop.
void CodeGen::async_for_stmt(const AsyncForNode* f) {
  int mark = u().next_temp;
  int iterable = expr(f->iter);  // (no frozenset folding of a set display here, as in CPython)
  int it = iterable >= mark ? iterable : temp();
  set_position(f);
  emit(Opcode::GetAIter, {it, iterable});
  int exc_reg = temp();
  int item = temp();
  int top = new_label(), handler = new_label(), orelse = new_label(), end = new_label();
  place(top);
  FBlock next{FBlockKind::TryExcept};
  next.handler_label = handler;
  next.exc_reg = exc_reg;
  push_fblock(next);
  int aw = temp();
  set_position(f);
  emit(Opcode::GetANext, {aw, it});
  yield_from_loop(aw, item, aw);
  pop_fblock();
  release(item + 1);
  assign_to(f->target, item);
  FBlock loop{FBlockKind::Loop};
  loop.continue_label = top;
  loop.break_label = end;
  loop.iter_reg = it;
  push_fblock(loop);
  statements(f->body);
  pop_fblock();
  set_position(f);
  emit_jump(Opcode::Jump, {}, top);
  place(handler);
  set_position(f->iter);
  emit_jump(Opcode::EndAsyncFor, {exc_reg}, orelse);
  place(orelse);
  emit(Opcode::Clear, {it});
  statements(f->orelse);
  place(end);
  release(mark);
}

// with A() as a, B() as b: body  is  with A() as a: with B() as b: body.
// One item: the context manager's __exit__ is kept in a register for the
// body; the normal exit (and a return/break/continue, see unwind_fblocks)
// calls it with three Nones, an exception calls it with the exception
// (as the one being handled) and is dropped when it returns true. All of
// it, the enter and exit calls included, has the statement's location.
void CodeGen::with_stmt(const Stmt* s, const Seq<WithItem*>& items, const Seq<Stmt*>& body, uint32_t i,
                        bool async) {
  auto* item = static_cast<const withitemNode*>(items[i]);
  int mark = u().next_temp;
  int exit_reg = temp();
  int exc_reg = temp();
  int ctx_mark = u().next_temp;
  int ctx = expr(item->context_expr);
  bool ctx_temp = ctx >= ctx_mark;
  set_position(s);
  // The value of __enter__ goes straight to a local target, else to the
  // context manager's temporary (which CPython's stack drops there).
  const Expr* target = item->optional_vars;
  int value = -1;
  if (target && target->kind == NodeKind::Name && u().optimized && !async) {
    NameId id = mangled(static_cast<const NameNode*>(target)->id);
    if (u().block->scope_of(id) == Scope::Local) value = u().reg_of[id];
  }
  bool direct = value >= 0;
  if (!direct) value = ctx_temp ? ctx : temp();
  int flags = (async ? 1 : 0) | (ctx_temp && value != ctx ? 2 : 0);
  emit(Opcode::BeforeWith, {exit_reg, !target && !async ? kNoRegister : value, ctx, flags});
  if (async) await_reg(value, 1);
  int handler = new_label(), cleanup = new_label(), suppress = new_label(), end = new_label();
  FBlock block{FBlockKind::With};
  block.handler_label = handler;
  block.exc_reg = exc_reg;
  block.exit_reg = exit_reg;
  block.async = async;
  block.stmt = s;
  push_fblock(block);
  if (target && !direct) {
    assign_to(target, value);
    set_position(s);
    emit(Opcode::Clear, {value});
  } else if (!target && async) {
    emit(Opcode::Clear, {value});
  }
  release(ctx_mark);
  if (i + 1 < items.size()) {
    set_position(s);
    with_stmt(s, items, body, i + 1, async);
  } else {
    statements(body);
  }
  pop_fblock();
  set_position(s);
  with_exit_none(exit_reg, async);
  emit_jump(Opcode::Jump, {}, end);
  // An exception: __exit__(type, value, traceback) while it is handled.
  place(handler);
  int previous = temp();
  int cleanup_reg = temp();
  emit(Opcode::PushExcInfo, {previous, exc_reg});
  FBlock handling{FBlockKind::ExceptionHandler};
  handling.handler_label = cleanup;
  handling.exc_reg = cleanup_reg;
  push_fblock(handling);
  int res = temp();
  emit(Opcode::WithExceptStart, {res, exit_reg, exc_reg});
  if (async) await_reg(res, 2);
  emit_jump(Opcode::JumpIfTrue, {res}, suppress);
  pop_fblock();
  emit(Opcode::PopExcInfo, {previous});
  emit(Opcode::Reraise, {exc_reg});
  // An exception from __exit__ (its context is the first one).
  place(cleanup);
  emit(Opcode::PopExcInfo, {previous});
  emit(Opcode::Reraise, {cleanup_reg});
  // A true result: the exception is dropped.
  place(suppress);
  emit(Opcode::PopExcInfo, {previous});
  emit(Opcode::Clear, {res});
  emit(Opcode::Clear, {exc_reg});
  emit(Opcode::Clear, {exit_reg});
  place(end);
  release(mark);
}

// __exit__(None, None, None), its result dropped (awaited first by async with).
void CodeGen::with_exit_none(int exit_reg, bool async) {
  if (!async) {
    emit(Opcode::CallExit, {kNoRegister, exit_reg});
    return;
  }
  int mark = u().next_temp;
  int r = temp();
  emit(Opcode::CallExit, {r, exit_reg});
  await_reg(r, 2);
  emit(Opcode::Clear, {r});
  release(mark);
}

// ---- match ---------------------------------------------------------------------------
//
// A case's pattern is compiled against the subject's register: each check
// jumps to the case's failure label, values taken apart go to temporaries,
// and captured values to one register per name; the names are bound only
// once the whole pattern matched (before the guard), as in CPython.
// `pattern_pos_` follows CPython's compiler location, which each pattern
// sets and nothing restores: it places the instructions and the errors.

void CodeGen::match_stmt(const MatchNode* m) {
  int mark = u().next_temp;
  int subject = expr_to_new_temp(m->subject);
  int end = new_label();
  size_t n = m->cases.size();
  auto* last = static_cast<const match_caseNode*>(m->cases[n - 1]);
  bool has_default = is_wildcard(last->pattern) && n > 1;
  for (size_t i = 0; i < n; i++) {
    auto* c = static_cast<const match_caseNode*>(m->cases[i]);
    int case_mark = u().next_temp;
    int fail = new_label();
    if (!(has_default && i == n - 1)) {
      // A register for each name the pattern captures.
      std::vector<NameId> names;
      collect_captures(c->pattern, names);
      capture_reg_.clear();
      for (NameId id : names) capture_reg_[id] = temp();
      PatternContext pc;
      pc.allow_irrefutable = c->guard != nullptr || i == n - 1;
      pc.fail = fail;
      pattern(c->pattern, subject, pc);
      if (failed()) return;
      pos_ = pattern_pos_;
      for (NameId id : pc.stores) name_store(id, capture_reg_[id], c->pattern);
    }
    release(case_mark);
    if (c->guard) test_jump(c->guard, false, fail);
    statements(c->body);
    set_position(c->pattern);
    emit_jump(Opcode::Jump, {}, end);
    place(fail);
  }
  place(end);
  release(mark);
}

bool CodeGen::is_wildcard(const Pattern* p) {
  if (p->kind != NodeKind::MatchAs) return false;
  auto* as = static_cast<const MatchAsNode*>(p);
  return !as->pattern && !as->name.data();
}

// The names a pattern binds, each once, in the order they first appear.
void CodeGen::collect_captures(const Pattern* p, std::vector<NameId>& names) {
  auto add = [&](Identifier name) {
    if (!name.data()) return;
    NameId id = mangled(name);
    for (NameId n : names)
      if (n == id) return;
    names.push_back(id);
  };
  switch (p->kind) {
    case NodeKind::MatchAs: {
      auto* as = static_cast<const MatchAsNode*>(p);
      if (as->pattern) collect_captures(as->pattern, names);
      add(as->name);
      break;
    }
    case NodeKind::MatchStar: add(static_cast<const MatchStarNode*>(p)->name); break;
    case NodeKind::MatchSequence:
      for (Pattern* sub : static_cast<const MatchSequenceNode*>(p)->patterns) collect_captures(sub, names);
      break;
    case NodeKind::MatchMapping: {
      auto* mm = static_cast<const MatchMappingNode*>(p);
      for (Pattern* sub : mm->patterns) collect_captures(sub, names);
      add(mm->rest);
      break;
    }
    case NodeKind::MatchClass: {
      auto* mc = static_cast<const MatchClassNode*>(p);
      for (Pattern* sub : mc->patterns) collect_captures(sub, names);
      for (Pattern* sub : mc->kwd_patterns) collect_captures(sub, names);
      break;
    }
    case NodeKind::MatchOr:
      for (Pattern* sub : static_cast<const MatchOrNode*>(p)->patterns) collect_captures(sub, names);
      break;
    default: break;
  }
}

// Binds `name` (null: nothing) to the value in `value` once the case matches.
void CodeGen::pattern_capture(Identifier name, int value, PatternContext& pc) {
  if (!name.data()) return;
  if (name == "__debug__") return syntax_error(pattern_pos_, "cannot assign to __debug__");
  NameId id = mangled(name);
  for (NameId n : pc.stores)
    if (n == id) return syntax_error(pattern_pos_, "multiple assignments to name '" + std::string(name) + "' in pattern");
  at_pattern();
  emit(Opcode::Move, {capture_reg_[id], value});
  pc.stores.push_back(id);
}

// A pattern inside another: always allowed to be irrefutable.
void CodeGen::subpattern(const Pattern* p, int subject, PatternContext& pc) {
  bool saved = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  pattern(p, subject, pc);
  pc.allow_irrefutable = saved;
}

// Jumps to the failure label unless R[test] is true.
void CodeGen::pattern_check(int test, PatternContext& pc) {
  at_pattern();
  emit_jump(Opcode::JumpIfFalse, {test}, pc.fail);
}

void CodeGen::pattern(const Pattern* p, int subject, PatternContext& pc) {
  if (failed()) return;
  pattern_pos_ = p->pos;
  int mark = u().next_temp;
  switch (p->kind) {
    case NodeKind::MatchValue: {
      int v = expr(static_cast<const MatchValueNode*>(p)->value);
      at_pattern();
      int t = temp();
      emit(Opcode::CompareOp, {t, subject, v, kEq});
      pattern_check(t, pc);
      break;
    }
    case NodeKind::MatchSingleton: {
      at_pattern();
      int c = temp();
      emit(Opcode::LoadConst, {c, const_index(constant_object(static_cast<const MatchSingletonNode*>(p)->value))});
      emit(Opcode::IsOp, {c, subject, c, 0});
      pattern_check(c, pc);
      break;
    }
    case NodeKind::MatchAs: {
      auto* as = static_cast<const MatchAsNode*>(p);
      if (!as->pattern) {
        if (!pc.allow_irrefutable) {
          if (as->name.data())
            return syntax_error(pattern_pos_, "name capture '" + std::string(as->name) +
                                                  "' makes remaining patterns unreachable");
          return syntax_error(pattern_pos_, "wildcard makes remaining patterns unreachable");
        }
        pattern_capture(as->name, subject, pc);
        break;
      }
      pattern(as->pattern, subject, pc);
      pattern_capture(as->name, subject, pc);
      break;
    }
    case NodeKind::MatchStar:
      pattern_capture(static_cast<const MatchStarNode*>(p)->name, subject, pc);
      break;
    case NodeKind::MatchSequence:
      pattern_sequence(static_cast<const MatchSequenceNode*>(p), subject, pc);
      break;
    case NodeKind::MatchMapping:
      pattern_mapping(static_cast<const MatchMappingNode*>(p), subject, pc);
      break;
    case NodeKind::MatchClass:
      pattern_class(static_cast<const MatchClassNode*>(p), subject, pc);
      break;
    case NodeKind::MatchOr:
      pattern_or(static_cast<const MatchOrNode*>(p), subject, pc);
      break;
    default:
      fail(node_kind_name(p->kind));
  }
  release(mark);
}

// [p1, p2, *rest, p3]: a sequence (not str or bytes) of the right length,
// its items taken by index when the star is a wildcard, else unpacked.
void CodeGen::pattern_sequence(const MatchSequenceNode* p, int subject, PatternContext& pc) {
  const Seq<Pattern*>& items = p->patterns;
  int size = static_cast<int>(items.size());
  int star = -1;
  bool only_wildcard = true, star_wildcard = false;
  for (int i = 0; i < size; i++) {
    const Pattern* item = items[static_cast<uint32_t>(i)];
    if (item->kind == NodeKind::MatchStar) {
      if (star >= 0) return syntax_error(pattern_pos_, "multiple starred names in sequence pattern");
      star_wildcard = !static_cast<const MatchStarNode*>(item)->name.data();
      only_wildcard = only_wildcard && star_wildcard;
      star = i;
      continue;
    }
    only_wildcard = only_wildcard && is_wildcard(item);
  }
  at_pattern();
  int t = temp();
  emit(Opcode::MatchSequence, {t, subject});
  pattern_check(t, pc);
  if (star < 0 || size > 1) {
    emit(Opcode::GetLen, {t, subject});
    int k = temp();
    emit(Opcode::LoadConst, {k, const_index(int_from_int64(star < 0 ? size : size - 1))});
    emit(Opcode::CompareOp, {t, t, k, star < 0 ? kEq : kGe});
    pattern_check(t, pc);
  }
  if (only_wildcard) return;
  if (star_wildcard) {
    // By index: i before the star, len - (size - i) after it.
    for (int i = 0; i < size; i++) {
      const Pattern* item = items[static_cast<uint32_t>(i)];
      if (i == star || is_wildcard(item)) continue;
      int item_mark = u().next_temp;
      at_pattern();
      int v = temp();
      int k = temp();
      if (i < star) {
        emit(Opcode::LoadConst, {k, const_index(int_from_int64(i))});
      } else {
        emit(Opcode::GetLen, {v, subject});
        emit(Opcode::LoadConst, {k, const_index(int_from_int64(size - i))});
        emit(Opcode::BinaryOp, {k, v, k, static_cast<int>(BinaryOpKind::Sub)});
      }
      emit(Opcode::BinarySubscr, {v, subject, k});
      subpattern(item, v, pc);
      release(item_mark);
    }
    return;
  }
  if (star >= 256) return syntax_error(pattern_pos_, "too many expressions in star-unpacking sequence pattern");
  int first = u().next_temp;
  for (int i = 0; i < size; i++) temp();
  at_pattern();
  if (star < 0) emit(Opcode::UnpackSequence, {first, subject, size});
  else emit(Opcode::UnpackEx, {first, subject, star, size - star - 1});
  for (int i = 0; i < size; i++) subpattern(items[static_cast<uint32_t>(i)], first + i, pc);
}

// The value of a literal mapping-pattern key as CPython's AST optimizer
// folds it (a negated number included), or null.
Object* CodeGen::literal_key(const Expr* key) {
  if (key->kind == NodeKind::Constant) return constant_object(static_cast<const ConstantNode*>(key)->value);
  if (key->kind == NodeKind::UnaryOp) {
    auto* u = static_cast<const UnaryOpNode*>(key);
    if (u->op == ast::UnaryOpKind::USub && u->operand->kind == NodeKind::Constant) {
      Object* v = constant_object(static_cast<const ConstantNode*>(u->operand)->value);
      if (!v) return nullptr;
      Object* neg = dx::unary_op(v, dx::UnaryOpKind::Negative);
      decref(v);
      if (!neg) clear_error();
      return neg;
    }
  }
  return nullptr;
}

// {k1: p1, k2: p2, **rest}: a mapping with at least those keys (looked up
// with get), the values matched against the sub-patterns.
void CodeGen::pattern_mapping(const MatchMappingNode* p, int subject, PatternContext& pc) {
  const Seq<Expr*>& keys = p->keys;
  int size = static_cast<int>(keys.size());
  at_pattern();
  int t = temp();
  emit(Opcode::MatchMapping, {t, subject});
  pattern_check(t, pc);
  if (size == 0 && !p->rest.data()) return;
  if (size > 0) {
    emit(Opcode::GetLen, {t, subject});
    int k = temp();
    emit(Opcode::LoadConst, {k, const_index(int_from_int64(size))});
    emit(Opcode::CompareOp, {t, t, k, kGe});
    pattern_check(t, pc);
  }
  // Literal keys given twice are an error now, others when matching.
  Object* seen = dict_new();
  for (const Expr* key : keys) {
    Object* v = literal_key(key);
    if (!v) continue;
    int dup = dict_contains(seen, v);
    if (dup == 0 && dict_set_item(seen, v, none()) < 0) dup = -1;
    if (dup != 0) {
      Object* r = dup > 0 ? object_repr(v) : nullptr;
      decref(v);
      if (!r) {
        clear_error();
        decref(seen);
        return fail("an unhashable mapping pattern key");
      }
      std::string text(str_utf8(r));
      decref(r);
      decref(seen);
      return syntax_error(pattern_pos_, "mapping pattern checks duplicate key (" + text + ")");
    }
    decref(v);
  }
  decref(seen);
  int keys_reg = temp();
  int first = u().next_temp;
  for (const Expr* key : keys) expr_to_new_temp(key);
  at_pattern();
  emit(Opcode::BuildTuple, {keys_reg, first, size});
  release(first);
  int values = temp();
  emit(Opcode::MatchKeys, {values, subject, keys_reg});
  int none_reg = temp();
  emit(Opcode::LoadConst, {none_reg, const_index(return_none())});
  emit(Opcode::IsOp, {none_reg, values, none_reg, 1});
  pattern_check(none_reg, pc);
  release(none_reg);
  first = u().next_temp;
  for (int i = 0; i < size; i++) temp();
  emit(Opcode::UnpackSequence, {first, values, size});
  for (int i = 0; i < size; i++) subpattern(p->patterns[static_cast<uint32_t>(i)], first + i, pc);
  if (p->rest.data()) {
    at_pattern();
    int rest = temp();
    emit(Opcode::CopyDictWithoutKeys, {rest, subject, keys_reg});
    pattern_capture(p->rest, rest, pc);
  }
}

// Cls(p1, name=p2): an instance of Cls whose attributes (named by
// __match_args__ for the positional ones) match the sub-patterns.
void CodeGen::pattern_class(const MatchClassNode* p, int subject, PatternContext& pc) {
  const Seq<Identifier>& attrs = p->kwd_attrs;
  for (uint32_t i = 0; i < attrs.size(); i++) {
    pattern_pos_ = p->kwd_patterns[i]->pos;
    if (attrs[i] == "__debug__") return syntax_error(pattern_pos_, "cannot assign to __debug__");
    for (uint32_t j = i + 1; j < attrs.size(); j++)
      if (attrs[i] == attrs[j]) {
        pattern_pos_ = p->kwd_patterns[j]->pos;
        return syntax_error(pattern_pos_, "attribute name repeated in class pattern: " + std::string(attrs[i]));
      }
  }
  pattern_pos_ = p->pos;
  int nargs = static_cast<int>(p->patterns.size());
  int cls = expr(p->cls);
  std::vector<Object*> names;
  for (Identifier a : attrs) names.push_back(str_from_utf8(a));
  int names_const = const_index(tuple_of(names));
  at_pattern();
  int values = temp();
  emit(Opcode::MatchClass, {values, subject, cls, names_const, nargs});
  int none_reg = temp();
  emit(Opcode::LoadConst, {none_reg, const_index(return_none())});
  emit(Opcode::IsOp, {none_reg, values, none_reg, 1});
  pattern_check(none_reg, pc);
  release(none_reg);
  int total = nargs + static_cast<int>(attrs.size());
  int first = u().next_temp;
  for (int i = 0; i < total; i++) temp();
  emit(Opcode::UnpackSequence, {first, values, total});
  for (int i = 0; i < total; i++) {
    const Pattern* sub = i < nargs ? p->patterns[static_cast<uint32_t>(i)]
                                   : p->kwd_patterns[static_cast<uint32_t>(i - nargs)];
    if (is_wildcard(sub)) continue;
    subpattern(sub, first + i, pc);
  }
}

// p1 | p2 | ...: the first alternative that matches; all bind the same names.
void CodeGen::pattern_or(const MatchOrNode* p, int subject, PatternContext& pc) {
  int end = new_label();
  size_t n = p->patterns.size();
  std::vector<NameId> control;
  for (size_t i = 0; i < n; i++) {
    PatternContext alt;
    alt.allow_irrefutable = i == n - 1 && pc.allow_irrefutable;
    alt.fail = i == n - 1 ? pc.fail : new_label();
    pattern(p->patterns[static_cast<uint32_t>(i)], subject, alt);
    if (failed()) return;
    if (i == 0) {
      control = alt.stores;
    } else {
      bool same = alt.stores.size() == control.size();
      for (NameId id : control)
        if (std::find(alt.stores.begin(), alt.stores.end(), id) == alt.stores.end()) same = false;
      if (!same) return syntax_error(pattern_pos_, "alternative patterns bind different names");
    }
    if (i + 1 < n) {
      at_pattern();
      emit_jump(Opcode::Jump, {}, end);
      place(alt.fail);
    }
  }
  place(end);
  for (NameId id : control) {
    if (std::find(pc.stores.begin(), pc.stores.end(), id) != pc.stores.end())
      return syntax_error(pattern_pos_, "multiple assignments to name '" +
                                            std::string(table_.names().text(id)) + "' in pattern");
    pc.stores.push_back(id);
  }
}

// CPython's compiler_check_debug_args: no parameter may be named __debug__.
bool CodeGen::forbidden_args(const argumentsNode* args, const Position& at) {
  auto check = [&](const Arg* a) { return a && forbidden_name(static_cast<const argNode*>(a)->arg, at); };
  for (Arg* a : args->posonlyargs)
    if (check(a)) return true;
  for (Arg* a : args->args)
    if (check(a)) return true;
  if (check(args->vararg)) return true;
  for (Arg* a : args->kwonlyargs)
    if (check(a)) return true;
  return check(args->kwarg);
}

void CodeGen::function_def(const Stmt* fn, Identifier name, const Arguments* args, const Seq<Stmt*>& body,
                           const Seq<Expr*>& decorators, const Expr* returns) {
  if (forbidden_args(static_cast<const argumentsNode*>(args), fn->pos)) return;
  int mark = u().next_temp;
  int first = decorators_evaluate(decorators);
  int func = make_function(fn, name, static_cast<const argumentsNode*>(args), &body, nullptr, returns);
  if (failed()) return;
  func = decorators_apply(decorators, first, func);
  set_position(fn);
  name_store(mangled(name), func, fn);
  release(mark);
}

// class C(bases, **keywords): body  ->  C = __build_class__(<body function>,
// 'C', *bases, **keywords). The body runs as a function whose namespace is
// the class dict; it returns the __class__ cell when methods use it.
void CodeGen::class_def(const ClassDefNode* c) {
  Block* block = table_.block_for(c);
  if (!block) {
    fail("a class without a symbol table block");
    return;
  }
  // *bases or **keywords: __build_class__ is called with a tuple and a dict.
  bool unpacking = false;
  for (Expr* b : c->bases)
    if (b->kind == NodeKind::Starred) unpacking = true;
  for (ast::Keyword* k : c->keywords)
    if (!static_cast<keywordNode*>(k)->arg.data()) unpacking = true;
  if (!keywords_unique(c->keywords, c->pos)) return;
  int mark = u().next_temp;
  int decorators = decorators_evaluate(c->decorator_list);
  int callee = temp();
  set_position(c);
  emit(Opcode::LoadBuildClass, {callee});
  int body_reg = temp();
  std::vector<int> closure_regs;
  if (!closure_registers(block, "a class nested in a class body using its variables", &closure_regs)) return;
  std::string qualname = std::string(c->name);
  if (u().block->kind == BlockKind::Function) qualname = u().qualname + ".<locals>." + qualname;
  else if (u().block->kind == BlockKind::Class) qualname = u().qualname + "." + qualname;
  // The body.
  begin_unit(block, qualname);
  {
    set_position(c);
    if (block->needs_class_closure) emit(Opcode::MakeCell, {u().reg_of[names::dunder_class]});
    int t = temp();
    emit(Opcode::LoadName, {t, name_index(intern("__name__"))});
    emit(Opcode::StoreName, {name_index(intern("__module__")), t});
    emit(Opcode::LoadConst, {t, const_index(str_from_utf8(qualname))});
    emit(Opcode::StoreName, {name_index(intern("__qualname__")), t});
    release(t);
    const Seq<Stmt*>& body = c->body;
    setup_annotations(body);
    // A docstring becomes __doc__ (not under -OO).
    uint32_t first = store_docstring(body) ? 1 : 0;
    for (uint32_t i = first; i < body.size() && !failed(); i++) statement(body[i]);
    if (failed()) return;
    int r = temp();
    if (block->needs_class_closure) {
      int cell = u().reg_of[names::dunder_class];
      emit(Opcode::Move, {r, cell});
      emit(Opcode::StoreName, {name_index(intern("__classcell__")), r});
    } else {
      emit(Opcode::LoadConst, {r, const_index(return_none())});
    }
    emit(Opcode::Return, {r});
  }
  CodeObject* code = finish_unit(std::string(c->name), c->pos.lineno, 0, 0, 0, 0);
  if (!code) {
    fail("out of memory");
    return;
  }
  set_position(c);
  int flags = 0;
  int parts = 0;
  if (!closure_regs.empty()) {
    parts = emit_closure_tuple(closure_regs);
    flags |= 8;
  }
  emit(Opcode::MakeFunction, {body_reg, const_index(code), parts, flags});
  release(body_reg + 1);
  int name_reg = temp();
  emit(Opcode::LoadConst, {name_reg, const_index(str_intern_utf8(c->name))});
  if (unpacking) {
    // R[callee+1] = (body, name, *bases), R[callee+2] = the keywords.
    int args = body_reg;
    emit(Opcode::BuildList, {args, body_reg, 2});
    release(args + 1);
    for (Expr* b : c->bases) {
      bool star = b->kind == NodeKind::Starred;
      int v = expr(star ? static_cast<const StarredNode*>(b)->value : b);
      set_position(c);
      emit(star ? Opcode::ListExtend : Opcode::ListAppend, {args, v});
      release(args + 1);
    }
    set_position(c);
    emit(Opcode::ListToTuple, {args, args});
    int kwargs = temp();
    bool have_dict = keywords_dict(c->keywords, kwargs, callee, c);
    set_position(c);
    emit(Opcode::CallEx, {callee, callee, have_dict ? 1 : 0});
    int cls = decorators_apply(c->decorator_list, decorators, callee);
    set_position(c);
    name_store(mangled(c->name), cls, c);
    release(mark);
    return;
  }
  for (Expr* b : c->bases) expr_to_new_temp(b);
  std::vector<Object*> kwnames;
  for (ast::Keyword* k : c->keywords) {
    auto* kw = static_cast<keywordNode*>(k);
    expr_to_new_temp(kw->value);
    kwnames.push_back(str_intern_utf8(kw->arg));
  }
  int kw_const = kNoKwnames;
  if (!kwnames.empty()) kw_const = const_index(tuple_of(kwnames));
  set_position(c);
  int nargs = static_cast<int>(2 + c->bases.size() + c->keywords.size());
  emit(Opcode::Call, {callee, callee, nargs, kw_const});
  int cls = decorators_apply(c->decorator_list, decorators, callee);
  set_position(c);
  name_store(mangled(c->name), cls, c);
  release(mark);
}

// The decorators of a def or class, evaluated in order into consecutive
// registers before anything of the definition, with a register reserved
// after them for the defined object. Returns the first register.
int CodeGen::decorators_evaluate(const Seq<Expr*>& decorators) {
  int first = u().next_temp;
  for (Expr* d : decorators) expr_to_new_temp(d);
  if (!decorators.empty()) temp();
  return first;
}

// Applies the decorators to the object in `value` (the innermost, last
// listed, first): each call has the decorator's location. Returns the
// register holding the result.
int CodeGen::decorators_apply(const Seq<Expr*>& decorators, int first, int value) {
  if (decorators.empty()) return value;
  int n = static_cast<int>(decorators.size());
  if (value != first + n) emit(Opcode::Move, {first + n, value});
  for (int i = n - 1; i >= 0; i--) {
    set_position(decorators[static_cast<uint32_t>(i)]);
    emit(Opcode::Call, {first + i, first + i, 1, kNoKwnames});
  }
  return first;
}

// A function object for a def or lambda: evaluates the defaults (and the
// annotations), compiles the body as a new code object, and emits
// MakeFunction. Returns the register holding the function.
int CodeGen::make_function(const Node* fn, std::string_view fname, const argumentsNode* args,
                           const Seq<Stmt*>* body, const Expr* expr_body, const Expr* returns) {
  Block* block = table_.block_for(fn);
  if (!block) {
    fail("a function without a symbol table block");
    return 0;
  }
  int flags = 0;
  // The defaults are evaluated in the defining scope, before the body exists.
  int defaults_reg = -1;
  if (!args->defaults.empty()) {
    defaults_reg = temp();
    int first = u().next_temp;
    for (Expr* d : args->defaults) expr_to_new_temp(d);
    set_position(fn);
    emit(Opcode::BuildTuple, {defaults_reg, first, static_cast<int>(args->defaults.size())});
    release(defaults_reg + 1);
    flags |= 1;
  }
  // Keyword-only defaults: a dict of name -> value.
  int kwdefaults_reg = -1;
  {
    int count = 0;
    for (Expr* d : args->kw_defaults)
      if (d) count++;
    if (count > 0) {
      kwdefaults_reg = temp();
      int first = u().next_temp;
      for (uint32_t i = 0; i < args->kwonlyargs.size(); i++) {
        if (!args->kw_defaults[i]) continue;
        auto* a = static_cast<const argNode*>(args->kwonlyargs[i]);
        int k = temp();
        set_position(fn);
        emit(Opcode::LoadConst, {k, const_index(newref(name_object(mangled(a->arg))))});
        expr_to_new_temp(args->kw_defaults[i]);
      }
      set_position(fn);
      emit(Opcode::BuildMap, {kwdefaults_reg, first, count});
      release(kwdefaults_reg + 1);
      flags |= 2;
    }
  }
  // The annotations: a dict of parameter name (and 'return') to value,
  // evaluated here, after the defaults. Under `from __future__ import
  // annotations` the values are the expressions' text.
  int annotations_reg = -1;
  bool future = table_.future().flags & kFutureAnnotations;
  {
    int count = 0;
    auto counts = [&](const Arg* a) {
      if (a && static_cast<const argNode*>(a)->annotation) count++;
    };
    for (Arg* a : args->posonlyargs) counts(a);
    for (Arg* a : args->args) counts(a);
    counts(args->vararg);
    for (Arg* a : args->kwonlyargs) counts(a);
    counts(args->kwarg);
    if (returns) count++;
    if (count > 0) {
      annotations_reg = temp();
      int first = u().next_temp;
      auto add = [&](const Arg* a) {
        if (!a || !static_cast<const argNode*>(a)->annotation) return;
        auto* an = static_cast<const argNode*>(a);
        int k = temp();
        set_position(fn);
        emit(Opcode::LoadConst, {k, const_index(newref(name_object(mangled(an->arg))))});
        if (future) annotation_text(an->annotation);
        else expr_to_new_temp(an->annotation);
      };
      // CPython's order: the positional-or-keyword parameters come before
      // the positional-only ones.
      for (Arg* a : args->args) add(a);
      for (Arg* a : args->posonlyargs) add(a);
      add(args->vararg);
      for (Arg* a : args->kwonlyargs) add(a);
      add(args->kwarg);
      if (returns) {
        int k = temp();
        set_position(fn);
        emit(Opcode::LoadConst, {k, const_index(str_intern_utf8("return"))});
        if (future) annotation_text(returns);
        else expr_to_new_temp(returns);
      }
      set_position(fn);
      emit(Opcode::BuildMap, {annotations_reg, first, count});
      release(annotations_reg + 1);
      flags |= 4;
    }
  }
  // The closure: the cells of this block (or its own free variables) that
  // the function uses.
  std::vector<int> closure_regs;
  if (!closure_registers(block, "a closure over a class body's variable", &closure_regs)) return 0;
  std::string qualname = child_qualname(std::string(fname));

  begin_function_unit(block, qualname, fn, fn->pos.lineno);
  if (body) scan_unbindable(*body);
  int code_flags = kCoOptimized | kCoNewLocals;
  // A docstring is the first constant (none under -OO).
  if (body && optimize_ < 2 && !body->empty() && (*body)[0]->kind == NodeKind::Expr) {
    auto* first = static_cast<const ExprNode*>((*body)[0])->value;
    if (first->kind == NodeKind::Constant &&
        static_cast<const ConstantNode*>(first)->value.kind == Constant::Kind::Str) {
      const_index(constant_object(static_cast<const ConstantNode*>(first)->value));
      code_flags |= kCoHasDocstring;
    }
  }
  if (body) {
    statements(*body);
    if (failed()) return 0;
    int none_reg = temp();
    emit(Opcode::LoadConst, {none_reg, const_index(return_none())});
    emit(Opcode::Return, {none_reg});
  } else {
    set_position(expr_body);
    int v = expr(expr_body);
    if (failed()) return 0;
    set_position(expr_body);
    emit(Opcode::Return, {v});
  }
  if (block->nested) code_flags |= kCoNested;
  code_flags |= generator_flags(block);
  if (args->vararg) code_flags |= kCoVarargs;
  if (args->kwarg) code_flags |= kCoVarkeywords;
  int argcount = static_cast<int>(args->posonlyargs.size() + args->args.size());
  // A decorated def's code starts at its first decorator, as in CPython.
  int firstlineno = fn->pos.lineno;
  if (fn->kind == NodeKind::FunctionDef && !static_cast<const FunctionDefNode*>(fn)->decorator_list.empty())
    firstlineno = static_cast<const FunctionDefNode*>(fn)->decorator_list[0]->pos.lineno;
  if (fn->kind == NodeKind::AsyncFunctionDef && !static_cast<const AsyncFunctionDefNode*>(fn)->decorator_list.empty())
    firstlineno = static_cast<const AsyncFunctionDefNode*>(fn)->decorator_list[0]->pos.lineno;
  CodeObject* code = finish_unit(std::string(fname), firstlineno, argcount,
                                 static_cast<int>(args->posonlyargs.size()), static_cast<int>(args->kwonlyargs.size()),
                                 code_flags);
  if (!code) {
    fail("out of memory");
    return 0;
  }
  set_position(fn);
  int closure_reg = -1;
  if (!closure_regs.empty()) {
    closure_reg = emit_closure_tuple(closure_regs);
    flags |= 8;
  }
  int parts = defaults_reg >= 0      ? defaults_reg
              : kwdefaults_reg >= 0  ? kwdefaults_reg
              : annotations_reg >= 0 ? annotations_reg
              : closure_reg >= 0     ? closure_reg
                                     : 0;
  int func = temp();
  emit(Opcode::MakeFunction, {func, const_index(code), parts, flags});
  return func;
}

// A list, set or dict comprehension or a generator expression: a nested
// function (its own scope, 3.11) called at once with the iterator of the
// first iterable, which is evaluated in the enclosing scope. A generator
// expression's function is a generator, which the call returns.
int CodeGen::comprehension(const Expr* e, int target) {
  NodeKind kind = e->kind;
  bool dict = kind == NodeKind::DictComp;
  bool generator = kind == NodeKind::GeneratorExp;
  const Seq<Comprehension*>& gens = dict                         ? static_cast<const DictCompNode*>(e)->generators
                                    : kind == NodeKind::SetComp ? static_cast<const SetCompNode*>(e)->generators
                                    : generator                  ? static_cast<const GeneratorExpNode*>(e)->generators
                                                                 : static_cast<const ListCompNode*>(e)->generators;
  const Expr* elt = dict                         ? static_cast<const DictCompNode*>(e)->key
                    : kind == NodeKind::SetComp ? static_cast<const SetCompNode*>(e)->elt
                    : generator                  ? static_cast<const GeneratorExpNode*>(e)->elt
                                                 : static_cast<const ListCompNode*>(e)->elt;
  const Expr* value = dict ? static_cast<const DictCompNode*>(e)->value : nullptr;
  Block* block = table_.block_for(e);
  if (!block) {
    fail("a comprehension without a symbol table block");
    return 0;
  }
  // With await or async for in it, a comprehension is a coroutine (its
  // call is awaited) and a generator expression an async generator; only
  // async functions and other comprehensions may hold the former.
  bool is_coroutine = block->coroutine && !generator;
  if (is_coroutine && !in_async_function() && !in_comprehension()) {
    syntax_error(e, "asynchronous comprehension outside of an asynchronous function");
    return 0;
  }
  int mark = u().next_temp;
  // The callee and its argument go to consecutive registers.
  int callee = temp();
  int it = temp();
  auto* outermost = static_cast<const comprehensionNode*>(gens[0]);
  iterable_expr(outermost->iter, it);  // the iterator replaces it
  set_position(e);
  emit(outermost->is_async ? Opcode::GetAIter : Opcode::GetIter, {it, it});
  release(it + 1);
  std::vector<int> closure_regs;
  if (!closure_registers(block, "a comprehension in a class body using its variables", &closure_regs)) return 0;
  std::string name = dict                         ? "<dictcomp>"
                     : kind == NodeKind::SetComp ? "<setcomp>"
                     : generator                  ? "<genexpr>"
                                                  : "<listcomp>";
  std::string qualname = child_qualname(name);
  begin_function_unit(block, qualname, e, e->pos.lineno);
  int result = -1;  // a generator expression yields its items instead
  if (!generator) {
    result = temp();
    set_position(e);
    if (dict) emit(Opcode::BuildMap, {result, result, 0});
    else if (kind == NodeKind::SetComp) emit(Opcode::BuildSet, {result, result, 0});
    else emit(Opcode::BuildList, {result, result, 0});
  }
  // The append has the comprehension's location, or that of the last
  // comparison in an `if` (see condition_location).
  const Node* append_at = e;
  for (Comprehension* g : gens)
    for (Expr* cond : static_cast<const comprehensionNode*>(g)->ifs)
      if (const Expr* l = condition_location(cond)) append_at = l;
  comprehension_loop(e, gens, 0, elt, value, result, append_at);
  if (failed()) return 0;
  set_position(e);
  if (generator) {
    result = temp();
    emit(Opcode::LoadConst, {result, const_index(return_none())});
  }
  emit(Opcode::Return, {result});
  int code_flags = kCoOptimized | kCoNewLocals;
  if (block->nested) code_flags |= kCoNested;
  code_flags |= generator_flags(block);
  CodeObject* code = finish_unit(name, e->pos.lineno, 1, 0, 0, code_flags);
  if (!code) {
    fail("out of memory");
    return 0;
  }
  set_position(e);
  int flags = 0;
  int parts = 0;
  if (!closure_regs.empty()) {
    parts = emit_closure_tuple(closure_regs);
    flags = 8;
  }
  emit(Opcode::MakeFunction, {callee, const_index(code), parts, flags});
  int reg = target >= 0 ? target : callee;
  emit(Opcode::Call, {reg, callee, 1, kNoKwnames});
  if (is_coroutine) {
    release(reg >= mark ? reg + 1 : mark);
    await_reg(reg, 0);
  }
  release(mark);
  if (target < 0) temp();
  return reg;
}

// The loops of a comprehension. As in CPython, the instructions that are not
// part of a sub-expression (GetIter of the inner iterables, ForIter, the
// append, MapAdd or Yield) are placed at the whole comprehension (or, for
// the append, at the last comparison of an `if`: see condition_location).
void CodeGen::comprehension_loop(const Expr* comp, const Seq<Comprehension*>& gens, uint32_t i, const Expr* elt,
                                 const Expr* value, int result, const Node* append_at) {
  auto* g = static_cast<const comprehensionNode*>(gens[i]);
  int mark = u().next_temp;
  int it;
  if (i == 0) {
    it = 0;  // the parameter ".0": the first iterable's iterator
  } else {
    int iterable = iterable_expr(g->iter);
    it = iterable >= mark ? iterable : temp();
    set_position(comp);
    emit(g->is_async ? Opcode::GetAIter : Opcode::GetIter, {it, iterable});
  }
  int top = new_label(), end = new_label();
  place(top);
  int item = temp();
  int handler = -1, exc_reg = -1;
  if (g->is_async) {
    // item = await it.__anext__(); StopAsyncIteration ends the loop.
    handler = new_label();
    exc_reg = temp();
    FBlock next{FBlockKind::TryExcept};
    next.handler_label = handler;
    next.exc_reg = exc_reg;
    push_fblock(next);
    set_position(comp);
    int aw = temp();
    emit(Opcode::GetANext, {aw, it});
    yield_from_loop(aw, item, aw);
    pop_fblock();
    release(exc_reg + 1);
  } else {
    set_position(comp);
    emit_jump(Opcode::ForIter, {item, it}, end);
  }
  assign_to(g->target, item, /*consume=*/true);
  mark_assigned(g->target);
  for (Expr* cond : g->ifs) test_jump(cond, false, top);
  if (i + 1 < gens.size()) {
    comprehension_loop(comp, gens, i + 1, elt, value, result, append_at);
  } else {
    int inner = u().next_temp;
    int k = expr(elt);
    // The item is added at the comprehension's position (where CPython's
    // tracebacks point when a key is unhashable).
    if (comp->kind == NodeKind::DictComp) {
      int v = expr(value);
      set_position(append_at);
      emit(Opcode::MapAdd, {result, k, v});
    } else if (comp->kind == NodeKind::SetComp) {
      set_position(append_at);
      emit(Opcode::SetAdd, {result, k});
    } else if (result < 0) {
      set_position(append_at);
      emit(Opcode::Yield, {kNoRegister, k, in_async_generator() ? 2 : 0});
    } else {
      set_position(append_at);
      emit(Opcode::ListAppend, {result, k});
    }
    release(inner);
  }
  emit_jump(Opcode::Jump, {}, top);
  if (handler >= 0) {
    place(handler);
    emit_jump(Opcode::EndAsyncFor, {exc_reg}, end);
  }
  place(end);
  release(mark);
}

// `yield x` evaluates to the value sent in. `yield from it` sends what this
// generator receives to the iterator and yields what it yields, until it
// returns: its return value is the result.
int CodeGen::yield_expr(const Expr* e, int target, bool discard) {
  if (u().block->kind != BlockKind::Function) {
    syntax_error(e, "'yield' outside function");
    return target >= 0 ? target : temp();
  }
  int mark = u().next_temp;
  if (e->kind == NodeKind::Yield) {
    auto* y = static_cast<const YieldNode*>(e);
    int v;
    if (y->value) {
      v = expr(y->value);
    } else {
      v = temp();
      set_position(e);
      emit(Opcode::LoadConst, {v, const_index(return_none())});
    }
    set_position(e);
    int reg = result_reg(target, mark);
    emit(Opcode::Yield, {discard ? kNoRegister : reg, v, in_async_generator() ? 2 : 0});
    return reg;
  }
  if (in_async_function()) {
    syntax_error(e, "'yield from' inside async function");
    return target >= 0 ? target : temp();
  }
  auto* y = static_cast<const YieldFromNode*>(e);
  int iterable = expr(y->value);
  // The iterator replaces a temporary iterable (which CPython drops then).
  int it = iterable >= mark ? iterable : temp();
  set_position(e);
  emit(Opcode::GetYieldFromIter, {it, iterable});
  return yield_from_loop(it, target, mark);
}

int CodeGen::yield_from_loop(int it, int target, int mark) {
  // One register carries the value sent in and the value given out (the
  // Send consumes the first before it writes the second).
  int r = temp();
  emit(Opcode::LoadConst, {r, const_index(return_none())});
  int loop = new_label(), done = new_label();
  place(loop);
  // The Yield must follow its Send directly (throw() finds the Send there).
  emit_jump(Opcode::Send, {r, it, r}, done);
  emit(Opcode::Yield, {r, r, 1});
  emit_jump(Opcode::Jump, {}, loop);
  place(done);
  // The delegate is dropped now, as CPython pops it.
  emit(Opcode::Clear, {it});
  int reg = result_reg(target, mark);
  if (reg != r) {
    emit(Opcode::Move, {reg, r});
    emit(Opcode::Clear, {r});
  }
  return reg;
}

void CodeGen::await_reg(int reg, int where) {
  int mark = u().next_temp;
  int it = temp();
  emit(Opcode::GetAwaitable, {it, reg, where});
  yield_from_loop(it, reg, mark);
  release(mark);
}

// ---- expressions -------------------------------------------------------------------

int CodeGen::expr_to_new_temp(const Expr* e) {
  int t = temp();
  expr(e, t);
  return t;
}

Object* CodeGen::constant_object(const Constant& c) {
  switch (c.kind) {
    case Constant::Kind::None: return return_none();
    case Constant::Kind::True: return newref(bool_object(true));
    case Constant::Kind::False: return newref(bool_object(false));
    case Constant::Kind::Ellipsis: return newref(ellipsis());
    case Constant::Kind::Int: return int_from_int64(c.int_value);
    case Constant::Kind::Str:
      // Identifier-like constants are interned, as they are often names
      // (getattr(o, "x"), keys of attribute dicts).
      return looks_like_identifier(c.text) ? str_intern_utf8(c.text) : str_from_utf8(c.text);
    case Constant::Kind::Float: return float_from_double(c.float_value);
    case Constant::Kind::BigInt: {
      bigint::ParsedInt parsed = bigint::parse_int(c.text.data(), c.text.size(), 10, 0);
      if (parsed.status != bigint::Status::kOk) {
        fail("an integer constant it cannot convert");
        return nullptr;
      }
      IntObject* o = int_new_digits(static_cast<ssize>(parsed.capacity));
      if (!o) return nullptr;
      bigint::Result r = bigint::from_parsed(parsed, o->ob_digit);
      o->ob_size = static_cast<ssize>(r.size);
      return o;
    }
    case Constant::Kind::Bytes: return bytes_from_string(c.text);
    case Constant::Kind::Complex: return complex_from_doubles(0.0, c.float_value);
  }
  return nullptr;
}

int CodeGen::constant(const ConstantNode* c, int target) {
  Object* value = constant_object(c->value);
  if (!value) return target >= 0 ? target : temp();
  int reg = target >= 0 ? target : temp();
  emit(Opcode::LoadConst, {reg, const_index(value)});
  return reg;
}

int CodeGen::name_load(const NameNode* n, int target) {
  if (n->id == "__debug__") {
    // A constant, as CPython's AST optimizer makes it.
    set_position(n);
    int reg = target >= 0 ? target : temp();
    emit(Opcode::LoadConst, {reg, const_index(newref(bool_object(optimize_ == 0)))});
    return reg;
  }
  NameId id = mangled(n->id);
  Scope sc = u().block->scope_of(id);
  set_position(n);
  if (u().optimized && sc == Scope::Local) {
    int reg = u().reg_of[id];
    // Parameters are always bound; other locals may not be yet.
    bool param = false;
    for (NameId p : u().block->varnames)
      if (p == id) param = true;
    if (!param && !definitely_assigned(id)) emit(Opcode::CheckLocal, {reg, reg});
    if (target >= 0 && target != reg) {
      emit(Opcode::Move, {target, reg});
      return target;
    }
    return reg;
  }
  int reg = target >= 0 ? target : temp();
  if (sc == Scope::Free && u().block->kind == BlockKind::Class) {
    emit(Opcode::LoadClassDeref, {reg, u().reg_of[id], u().reg_of[id]});
  } else if (sc == Scope::Cell || sc == Scope::Free) {
    emit(Opcode::LoadDeref, {reg, u().reg_of[id], u().reg_of[id]});
  } else if (sc == Scope::GlobalExplicit || (u().optimized && sc == Scope::GlobalImplicit)) {
    emit(Opcode::LoadGlobal, {reg, name_index(id)});
  } else {
    emit(Opcode::LoadName, {reg, name_index(id)});
  }
  return reg;
}

int CodeGen::expr(const Expr* e, int target) {
  if (failed()) return target >= 0 ? target : 0;
  switch (e->kind) {
    case NodeKind::Constant:
      set_position(e);
      return constant(static_cast<const ConstantNode*>(e), target);
    case NodeKind::Name:
      return name_load(static_cast<const NameNode*>(e), target);
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOpNode*>(e);
      int mark = u().next_temp;
      int left = operand(b->left, target);
      // A local read in place keeps its old value if the right side rebinds it.
      if (left < mark && left != target && has_walrus(b->right)) left = expr_to_new_temp(b->left);
      int right = expr(b->right);
      set_position(e);
      int reg = result_reg(target, mark);
      emit(Opcode::BinaryOp, {reg, left, right, static_cast<int>(binary_op_kind(b->op))});
      return reg;
    }
    case NodeKind::UnaryOp: {
      auto* un = static_cast<const UnaryOpNode*>(e);
      // -1, +2.5, ~7: folded into a constant, as CPython's AST optimizer does.
      if (un->operand->kind == NodeKind::Constant && un->op != ast::UnaryOpKind::Not) {
        const Constant& c = static_cast<const ConstantNode*>(un->operand)->value;
        bool numeric = c.kind == Constant::Kind::Int || c.kind == Constant::Kind::BigInt ||
                       c.kind == Constant::Kind::Float || c.kind == Constant::Kind::Complex;
        bool integral = c.kind == Constant::Kind::Int || c.kind == Constant::Kind::BigInt;
        if (numeric && (integral || un->op != ast::UnaryOpKind::Invert)) {
          Object* operand = constant_object(c);
          Object* folded = operand ? unary_op(operand, unary_op_kind(un->op)) : nullptr;
          xdecref(operand);
          if (folded) {
            set_position(e);
            int reg = target >= 0 ? target : temp();
            emit(Opcode::LoadConst, {reg, const_index(folded)});
            return reg;
          }
          clear_error();
        }
      }
      int mark = u().next_temp;
      // CPython's AST optimizer makes `not a is b` into `a is not b` (and
      // in/not in): its warning names the inverted operator.
      if (un->op == ast::UnaryOpKind::Not && un->operand->kind == NodeKind::Compare &&
          static_cast<const CompareNode*>(un->operand)->ops.size() == 1)
        compare_negated_ = true;
      int value = operand(un->operand, target);
      set_position(e);
      int reg = result_reg(target, mark);
      emit(Opcode::UnaryOp, {reg, value, static_cast<int>(unary_op_kind(un->op))});
      return reg;
    }
    case NodeKind::Compare:
      return compare(static_cast<const CompareNode*>(e), target);
    case NodeKind::BoolOp:
      return bool_op(static_cast<const BoolOpNode*>(e), target);
    case NodeKind::Call:
      return call(static_cast<const CallNode*>(e), target);
    case NodeKind::IfExp: {
      auto* i = static_cast<const IfExpNode*>(e);
      int reg = target >= 0 ? target : temp();
      int mark = u().next_temp;
      int else_label = new_label(), end = new_label();
      test_jump(i->test, false, else_label);
      release(mark);
      expr(i->body, reg);
      emit_jump(Opcode::Jump, {}, end);
      place(else_label);
      expr(i->orelse, reg);
      place(end);
      return reg;
    }
    case NodeKind::Attribute: {
      auto* a = static_cast<const AttributeNode*>(e);
      int mark = u().next_temp;
      int obj = operand(a->value, target);
      pos_ = attribute_position(a);
      int reg = result_reg(target, mark);
      emit(Opcode::LoadAttr, {reg, obj, name_index(mangled(a->attr))});
      return reg;
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const SubscriptNode*>(e);
      check_subscript(s->value, s->slice, e);
      int mark = u().next_temp;
      int obj = operand(s->value, target);
      // A local read in place keeps its value if the key rebinds it (the
      // container is evaluated once: it may have side effects).
      if (obj < mark && obj != target && has_walrus(s->slice)) obj = keep(obj, mark);
      int key = expr(s->slice);
      set_position(e);
      int reg = result_reg(target, mark);
      emit(Opcode::BinarySubscr, {reg, obj, key});
      return reg;
    }
    case NodeKind::Tuple:
    case NodeKind::List: {
      const Seq<Expr*>& elts = e->kind == NodeKind::Tuple ? static_cast<const TupleNode*>(e)->elts
                                                          : static_cast<const ListNode*>(e)->elts;
      for (Expr* x : elts)
        if (x->kind == NodeKind::Starred) {
          // Built in a new register: a target local may be read by an item.
          int mark = u().next_temp;
          int dst = temp();
          sequence_with_stars(elts, dst, e->kind == NodeKind::Tuple, e);
          int reg = target >= 0 ? target : dst;
          if (reg != dst) emit(Opcode::Move, {reg, dst});
          release(mark);
          if (target < 0) temp();
          return reg;
        }
      int mark = u().next_temp;
      for (Expr* x : elts) expr_to_new_temp(x);
      set_position(e);
      // The items sit in mark, mark+1, ...; the result may overwrite the first.
      int reg = target >= 0 ? target : mark;
      emit(e->kind == NodeKind::Tuple ? Opcode::BuildTuple : Opcode::BuildList,
           {reg, mark, static_cast<int>(elts.size())});
      release(mark);
      if (target < 0) temp();
      return reg;
    }
    case NodeKind::Dict: {
      auto* d = static_cast<const DictNode*>(e);
      for (Expr* k : d->keys)
        if (!k) return dict_with_stars(d, target);
      int mark = u().next_temp;
      for (uint32_t i = 0; i < d->keys.size(); i++) {
        expr_to_new_temp(d->keys[i]);
        expr_to_new_temp(d->values[i]);
      }
      set_position(e);
      int reg = target >= 0 ? target : mark;
      emit(Opcode::BuildMap, {reg, mark, static_cast<int>(d->keys.size())});
      release(mark);
      if (target < 0) temp();
      return reg;
    }
    case NodeKind::Set:
      return set_display(static_cast<const SetNode*>(e), target);
    case NodeKind::ListComp:
    case NodeKind::SetComp:
    case NodeKind::DictComp:
    case NodeKind::GeneratorExp:
      return comprehension(e, target);
    case NodeKind::Yield:
    case NodeKind::YieldFrom:
      return yield_expr(e, target);
    case NodeKind::Await: {
      if (u().block->kind != BlockKind::Function) {
        syntax_error(e, "'await' outside function");
        return target >= 0 ? target : temp();
      }
      if (!in_async_function() && !in_comprehension()) {
        syntax_error(e, "'await' outside async function");
        return target >= 0 ? target : temp();
      }
      int mark = u().next_temp;
      int v = expr(static_cast<const AwaitNode*>(e)->value);
      // The iterator replaces a temporary value (which CPython drops then).
      int it = v >= mark ? v : temp();
      set_position(e);
      emit(Opcode::GetAwaitable, {it, v, 0});
      return yield_from_loop(it, target, mark);
    }
    case NodeKind::JoinedStr: {
      auto* j = static_cast<const JoinedStrNode*>(e);
      int mark = u().next_temp;
      for (Expr* part : j->values) {
        int t = temp();
        if (part->kind == NodeKind::FormattedValue) {
          auto* fv = static_cast<const FormattedValueNode*>(part);
          int inner = u().next_temp;
          int v = expr(fv->value);
          int spec = fv->format_spec ? expr(fv->format_spec) : 0;
          int conv = fv->conversion == 's' ? 1 : fv->conversion == 'r' ? 2 : fv->conversion == 'a' ? 3 : 0;
          set_position(e);
          emit(Opcode::FormatValue, {t, v, spec, conv | (fv->format_spec ? 4 : 0)});
          release(inner);
        } else {
          expr(part, t);
        }
      }
      set_position(e);
      int reg = result_reg(target, mark);
      emit(Opcode::BuildString, {reg, mark, static_cast<int>(j->values.size())});
      return reg;
    }
    case NodeKind::Lambda: {
      auto* l = static_cast<const LambdaNode*>(e);
      int mark = u().next_temp;
      if (forbidden_args(static_cast<const argumentsNode*>(l->args), l->pos)) return target >= 0 ? target : temp();
      int func = make_function(l, "<lambda>", static_cast<const argumentsNode*>(l->args), nullptr, l->body, nullptr);
      int reg = result_reg(target, mark);
      if (reg != func) emit(Opcode::Move, {reg, func});
      return reg;
    }
    case NodeKind::Slice: {
      auto* sl = static_cast<const SliceNode*>(e);
      int mark = u().next_temp;
      for (const Expr* part : {sl->lower, sl->upper, sl->step}) {
        int t = temp();
        if (part) expr(part, t);
        else emit(Opcode::LoadConst, {t, const_index(return_none())});
      }
      set_position(e);
      int reg = result_reg(target, mark);
      emit(Opcode::BuildSlice, {reg, mark});
      return reg;
    }
    case NodeKind::NamedExpr: {
      auto* n = static_cast<const NamedExprNode*>(e);
      int reg = expr(n->value, target);
      name_store(mangled(static_cast<const NameNode*>(n->target)->id), reg, n->target);
      return reg;
    }
    case NodeKind::Starred:
      syntax_error(e, static_cast<const StarredNode*>(e)->ctx == Context::Store
                          ? "starred assignment target must be in a list or tuple"
                          : "can't use starred expression here");
      return target >= 0 ? target : temp();
    default:
      fail(node_kind_name(e->kind));
      return target >= 0 ? target : temp();
  }
}

// The value CPython's AST optimizer gives an expression it folds into a
// constant: a constant, a unary operator applied to one, a tuple of them.
// A new reference, or nullptr (no error set) when it is not one. (Binary
// operators on constants, which CPython also folds, are not done yet.)
Object* CodeGen::fold_constant(const Expr* e) {
  switch (e->kind) {
    case NodeKind::Constant: return constant_object(static_cast<const ConstantNode*>(e)->value);
    case NodeKind::UnaryOp: {
      auto* un = static_cast<const UnaryOpNode*>(e);
      Object* operand = fold_constant(un->operand);
      if (!operand) return nullptr;
      Object* r = unary_op(operand, unary_op_kind(un->op));
      decref(operand);
      if (!r) clear_error();  // left to fail at run time, as CPython does
      return r;
    }
    case NodeKind::Tuple: return fold_constant_tuple(static_cast<const TupleNode*>(e)->elts);
    default: return nullptr;
  }
}

// A tuple of the folded constants of elts, or nullptr if one is not constant.
Object* CodeGen::fold_constant_tuple(const Seq<Expr*>& elts) {
  Object* t = tuple_new(static_cast<ssize>(elts.size()));
  if (!t) {
    clear_error();
    return nullptr;
  }
  for (uint32_t i = 0; i < elts.size(); i++) {
    Object* v = fold_constant(elts[i]);
    if (!v) {
      decref(t);
      return nullptr;
    }
    tuple_item(t, i) = v;
  }
  return t;
}

// Whether two constants are the same constant for CPython's compiler (its
// _PyCode_ConstantKey): equal values of the same type, floats bit for bit,
// tuples and frozensets item by item.
static bool same_constant(Object* a, Object* b) {
  if (type_of(a) != type_of(b)) return false;
  if (is_float_exact(a)) {
    double x = float_value(a), y = float_value(b);
    return std::memcmp(&x, &y, sizeof x) == 0;
  }
  if (is_complex_exact(a)) {
    ComplexValue x = complex_value(a), y = complex_value(b);
    return std::memcmp(&x, &y, sizeof x) == 0;
  }
  if (type_of(a) == &TupleType) {
    if (tuple_size(a) != tuple_size(b)) return false;
    for (ssize i = 0; i < tuple_size(a); i++)
      if (!same_constant(tuple_item(a, i), tuple_item(b, i))) return false;
    return true;
  }
  if (is_frozenset_exact(a)) {
    if (set_size(a) != set_size(b)) return false;
    ssize i = 0;
    Object* x;
    hash_t hx;
    while (set_next(a, &i, &x, &hx)) {
      bool found = false;
      ssize j = 0;
      Object* y;
      hash_t hy;
      while (!found && set_next(b, &j, &y, &hy)) found = hx == hy && same_constant(x, y);
      if (!found) return false;
    }
    return true;
  }
  int eq = object_richcompare_bool(a, b, kEq);
  if (eq < 0) clear_error();
  return eq == 1;
}

// The frozenset constant of folded items (a tuple), as CPython's compiler
// makes it: the first time a constant is seen in the module it is rebuilt
// from its own iteration order (which can place colliding items
// differently); an equal constant seen later is that same object. A new
// reference, or nullptr (no error set) if an item is unhashable.
Object* CodeGen::frozenset_constant(Object* items) {
  Object* first = frozenset_new(items);
  if (!first) {
    clear_error();
    return nullptr;
  }
  for (Object* known : frozenset_consts_) {
    if (same_constant(known, first)) {
      decref(first);
      return newref(known);
    }
  }
  Object* order = list_from_iterable(first);
  Object* result = order ? frozenset_new(order) : nullptr;
  xdecref(order);
  decref(first);
  if (!result) {
    clear_error();
    return nullptr;
  }
  frozenset_consts_.push_back(newref(result));
  return result;
}

// {a, b, ...}, in CPython 3.11's three forms, since each gives the set's
// table its own size (and so its order): more than two constant items are
// a frozenset constant merged into an empty set; up to 30 items are added
// in order once all are evaluated; more, or any *x, build the set item by
// item (*x merged with SetUpdate).
int CodeGen::set_display(const SetNode* s, int target) {
  const Seq<Expr*>& elts = s->elts;
  uint32_t n = elts.size();
  int mark = u().next_temp;
  Object* folded = n > 2 ? fold_constant_tuple(elts) : nullptr;
  Object* items = folded ? frozenset_constant(folded) : nullptr;
  xdecref(folded);
  if (items) {  // (else an unhashable constant: raised at run time)
    int reg = temp();
    int c = temp();
    set_position(s);
    emit(Opcode::BuildSet, {reg, reg, 0});
    emit(Opcode::LoadConst, {c, const_index(items)});
    emit(Opcode::SetUpdate, {reg, c});
    release(mark + 1);
    if (target < 0) return reg;
    emit(Opcode::Move, {target, reg});
    release(mark);
    return target;
  }
  bool starred = false;
  for (Expr* x : elts)
    if (x->kind == NodeKind::Starred) starred = true;
  bool big = n > 30;  // CPython's STACK_USE_GUIDELINE
  if (!starred && !big) {
    for (Expr* x : elts) expr_to_new_temp(x);
    set_position(s);
    int reg = target >= 0 ? target : mark;
    emit(Opcode::BuildSet, {reg, mark, static_cast<int>(n)});
    release(mark);
    if (target < 0) temp();
    return reg;
  }
  // The set is built in a temporary: the target may be a local the items read.
  int reg = temp();
  uint32_t i = 0;
  if (!big)
    while (elts[i]->kind != NodeKind::Starred) expr_to_new_temp(elts[i++]);
  set_position(s);
  emit(Opcode::BuildSet, {reg, reg + 1, static_cast<int>(i)});
  release(reg + 1);
  for (; i < n; i++) {
    bool star = elts[i]->kind == NodeKind::Starred;
    int v = expr(star ? static_cast<const StarredNode*>(elts[i])->value : elts[i]);
    set_position(s);
    emit(star ? Opcode::SetUpdate : Opcode::SetAdd, {reg, v});
    release(reg + 1);
  }
  if (target < 0) return reg;
  emit(Opcode::Move, {target, reg});
  release(mark);
  return target;
}

// An expression iterated by `for` or a comprehension, or searched by the
// last `in` of a comparison: CPython turns a set display of constants there
// into a frozenset constant (built in the items' order, with the table size
// adding one by one gives).
int CodeGen::iterable_expr(const Expr* e, int target) {
  if (e->kind == NodeKind::Set) {
    if (Object* folded = fold_constant_tuple(static_cast<const SetNode*>(e)->elts)) {
      Object* items = frozenset_constant(folded);
      decref(folded);
      if (items) {  // (else an unhashable constant: the display raises at run time)
        int reg = target >= 0 ? target : temp();
        set_position(e);
        emit(Opcode::LoadConst, {reg, const_index(items)});
        return reg;
      }
    }
  }
  return expr(e, target);
}

// CPython's check_is_arg: an operand of `is` that is a literal (after
// constant folding) other than None, True, False and Ellipsis.
bool CodeGen::is_literal_operand(const Expr* e) {
  if (e->kind != NodeKind::Constant && e->kind != NodeKind::UnaryOp && e->kind != NodeKind::Tuple) return false;
  Object* v = fold_constant(e);
  if (!v) return false;
  bool singleton = v == none() || v == bool_object(true) || v == bool_object(false) || v == ellipsis();
  decref(v);
  return !singleton;
}

// The type CPython's compiler infers for an expression (its infer_type,
// after constant folding), or null. *folded: the folded constant, if any
// (a new reference for the caller to drop).
const char* CodeGen::inferred_type_name(const Expr* e, Object** folded) {
  *folded = nullptr;
  switch (e->kind) {
    case NodeKind::Constant:
    case NodeKind::UnaryOp:
    case NodeKind::Tuple:
      *folded = fold_constant(e);
      if (*folded) return type_of(*folded)->tp_name;
      return e->kind == NodeKind::Tuple ? "tuple" : nullptr;
    case NodeKind::List:
    case NodeKind::ListComp: return "list";
    case NodeKind::Dict:
    case NodeKind::DictComp: return "dict";
    case NodeKind::Set:
    case NodeKind::SetComp: return "set";
    case NodeKind::GeneratorExp: return "generator";
    case NodeKind::Lambda: return "function";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue: return "str";
    default: return nullptr;
  }
}

// CPython's check_caller: calling a literal or display warns.
void CodeGen::check_caller(const Expr* func) {
  switch (func->kind) {
    case NodeKind::Constant: case NodeKind::Tuple: case NodeKind::List: case NodeKind::ListComp:
    case NodeKind::Dict: case NodeKind::DictComp: case NodeKind::Set: case NodeKind::SetComp:
    case NodeKind::GeneratorExp: case NodeKind::JoinedStr: case NodeKind::FormattedValue: case NodeKind::UnaryOp:
      break;
    default: return;
  }
  Object* folded;
  const char* name = inferred_type_name(func, &folded);
  xdecref(folded);
  // (A unary operator only counts once folded into a constant.)
  if (!name || (func->kind == NodeKind::UnaryOp && !folded)) return;
  warnings_.push_back({pos_.lineno, std::string("'") + name + "' object is not callable; perhaps you missed a comma?"});
}

// CPython's check_subscripter and check_index, for a subscript being read.
void CodeGen::check_subscript(const Expr* value, const Expr* index, const Node* where) {
  Object* folded;
  const char* name = inferred_type_name(value, &folded);
  if (!name) return;
  bool constant = folded != nullptr;
  TypeObject* t = folded ? type_of(folded) : nullptr;
  xdecref(folded);
  NodeKind k = value->kind;
  bool not_subscriptable = constant ? (t == &NoneType || t == &EllipsisType || t == &IntType || t == &BoolType ||
                                       t == &FloatType || t == &ComplexType || t == &FrozenSetType || t == &SetType)
                                    : (k == NodeKind::Set || k == NodeKind::SetComp || k == NodeKind::GeneratorExp ||
                                       k == NodeKind::Lambda);
  if (not_subscriptable) {
    warnings_.push_back(
        {where->pos.lineno, std::string("'") + name + "' object is not subscriptable; perhaps you missed a comma?"});
    return;
  }
  Object* index_folded;
  const char* index_name = inferred_type_name(index, &index_folded);
  bool int_like = index_folded && is_int(index_folded);
  xdecref(index_folded);
  if (!index_name || int_like) return;
  bool sequence = constant ? (t == &StrType || t == &BytesType || t == &TupleType)
                           : (k == NodeKind::Tuple || k == NodeKind::List || k == NodeKind::ListComp ||
                              k == NodeKind::JoinedStr || k == NodeKind::FormattedValue);
  if (sequence)
    warnings_.push_back({where->pos.lineno, std::string(name) + " indices must be integers or slices, not " +
                                                index_name + "; perhaps you missed a comma?"});
}

// The SyntaxWarning for `is` or `is not` with a literal operand (the first
// one of a chain only).
void CodeGen::check_compare(const CompareNode* c) {
  bool negated = compare_negated_;
  compare_negated_ = false;
  bool left = is_literal_operand(c->left);
  for (uint32_t i = 0; i < c->ops.size(); i++) {
    bool right = is_literal_operand(c->comparators[i]);
    CmpOpKind op = c->ops[i];
    if (negated && op == CmpOpKind::Is) op = CmpOpKind::IsNot;
    else if (negated && op == CmpOpKind::IsNot) op = CmpOpKind::Is;
    if ((op == CmpOpKind::Is || op == CmpOpKind::IsNot) && (left || right)) {
      warnings_.push_back({c->pos.lineno, op == CmpOpKind::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                                              : "\"is not\" with a literal. Did you mean \"!=\"?"});
      return;
    }
    left = right;
  }
}

int CodeGen::compare(const CompareNode* c, int target) {
  check_compare(c);
  int reg = target >= 0 ? target : temp();
  int mark = u().next_temp;
  int left = expr(c->left);
  int end = new_label();
  for (uint32_t i = 0; i < c->ops.size(); i++) {
    CmpOpKind op = c->ops[i];
    int right;
    // CPython folds a constant set display on the right of the last `in`
    // into a frozenset constant.
    if (i + 1 == c->ops.size() && (op == CmpOpKind::In || op == CmpOpKind::NotIn)) {
      right = temp();
      iterable_expr(c->comparators[i], right);
    } else {
      right = expr_to_new_temp(c->comparators[i]);
    }
    set_position(c);
    switch (op) {
      case CmpOpKind::Is:
      case CmpOpKind::IsNot:
        emit(Opcode::IsOp, {reg, left, right, op == CmpOpKind::IsNot ? 1 : 0});
        break;
      case CmpOpKind::In:
      case CmpOpKind::NotIn:
        emit(Opcode::ContainsOp, {reg, left, right, op == CmpOpKind::NotIn ? 1 : 0});
        break;
      default: {
        static constexpr int kOps[] = {kEq, kNe, kLt, kLe, kGt, kGe};
        emit(Opcode::CompareOp, {reg, left, right, kOps[static_cast<int>(op)]});
      }
    }
    if (i + 1 < c->ops.size()) {
      // a < b < c: stop at the first false comparison, keeping its value.
      emit_jump(Opcode::JumpIfFalse, {reg}, end);
      left = right;
    }
  }
  place(end);
  release(mark);
  return reg;
}

int CodeGen::bool_op(const BoolOpNode* b, int target) {
  int reg = target >= 0 ? target : temp();
  int mark = u().next_temp;
  int end = new_label();
  for (uint32_t i = 0; i < b->values.size(); i++) {
    expr(b->values[i], reg);
    release(mark);
    if (i + 1 < b->values.size()) {
      set_position(b);
      emit_jump(b->op == BoolOpKind::And ? Opcode::JumpIfFalse : Opcode::JumpIfTrue, {reg}, end);
    }
  }
  place(end);
  return reg;
}

void CodeGen::test_jump(const Expr* e, bool jump_if, int label) {
  int mark = u().next_temp;
  int v = expr(e);
  set_position(e);
  emit_jump(jump_if ? Opcode::JumpIfTrue : Opcode::JumpIfFalse, {v}, label);
  release(mark);
}

// CPython's validate_keywords: the same keyword name twice in one call
// (or class statement) is a compile-time error, at the second one.
// The keywords' names: none is __debug__ (reported at `where`) and none is
// repeated, as CPython's validate_keywords.
bool CodeGen::keywords_unique(const Seq<ast::Keyword*>& keywords, const Position& where) {
  for (uint32_t i = 0; i < keywords.size(); i++) {
    auto* k = static_cast<keywordNode*>(keywords[i]);
    if (!k->arg.data()) continue;
    if (forbidden_name(k->arg, where)) return false;
    for (uint32_t j = i + 1; j < keywords.size(); j++) {
      auto* other = static_cast<keywordNode*>(keywords[j]);
      if (other->arg.data() && other->arg == k->arg) {
        syntax_error(other, "keyword argument repeated: " + std::string(k->arg));
        return false;
      }
    }
  }
  return true;
}

int CodeGen::call(const CallNode* c, int target) {
  pos_ = c->pos;
  check_caller(c->func);
  if (!keywords_unique(c->keywords, c->pos)) return target >= 0 ? target : temp();
  for (Expr* a : c->args)
    if (a->kind == NodeKind::Starred) return call_ex(c, target);
  for (ast::Keyword* k : c->keywords)
    if (!static_cast<keywordNode*>(k)->arg.data()) return call_ex(c, target);
  int mark = u().next_temp;
  // The callee and its arguments go to consecutive registers; obj.name(...)
  // keeps self in the register after the callee (LoadMethod/CallMethod).
  int callee = temp();
  bool method = c->func->kind == NodeKind::Attribute;
  if (method) {
    auto* at = static_cast<const AttributeNode*>(c->func);
    int self = temp();
    int obj = expr(at->value, self);
    pos_ = attribute_position(at);
    emit(Opcode::LoadMethod, {callee, obj, name_index(mangled(at->attr))});
  } else {
    expr(c->func, callee);
  }
  for (Expr* a : c->args) expr_to_new_temp(a);
  std::vector<Object*> kwnames;
  for (ast::Keyword* k : c->keywords) {
    auto* kw = static_cast<keywordNode*>(k);
    expr_to_new_temp(kw->value);
    kwnames.push_back(str_intern_utf8(kw->arg));
  }
  int kw_const = kNoKwnames;
  if (!kwnames.empty()) kw_const = const_index(tuple_of(kwnames));
  set_position(c);
  int nargs = static_cast<int>(c->args.size() + c->keywords.size());
  // Without a target the result replaces the callee in its register.
  int reg = target >= 0 ? target : callee;
  emit(method ? Opcode::CallMethod : Opcode::Call, {reg, callee, nargs, kw_const});
  release(mark);
  if (target < 0) temp();
  return reg;
}

// The keyword arguments of a call with **mappings into the dict `kwargs`
// (made only if there are any): runs of name=value pairs make a dict merged
// like each mapping, which reports repeated names for `callee`. Returns
// whether the dict was made.
bool CodeGen::keywords_dict(const Seq<ast::Keyword*>& kws, int kwargs, int callee, const Node* where) {
  bool have_dict = false;
  // name=value pairs [begin, end) as a dict: the keyword dict itself, or
  // merged into it.
  auto named_run = [&](uint32_t begin, uint32_t end) {
    int run_mark = u().next_temp;
    int dict = have_dict ? temp() : kwargs;
    int first = u().next_temp;
    for (uint32_t i = begin; i < end; i++) {
      auto* kw = static_cast<keywordNode*>(kws[i]);
      int k = temp();
      set_position(where);
      emit(Opcode::LoadConst, {k, const_index(str_from_utf8(kw->arg))});
      expr_to_new_temp(kw->value);
    }
    set_position(where);
    emit(Opcode::BuildMap, {dict, first, static_cast<int>(end - begin)});
    if (have_dict) emit(Opcode::DictMerge, {kwargs, dict, callee});
    have_dict = true;
    release(run_mark);
  };
  uint32_t seen = 0;
  for (uint32_t i = 0; i < kws.size(); i++) {
    auto* kw = static_cast<keywordNode*>(kws[i]);
    if (kw->arg.data()) {
      seen++;
      continue;
    }
    if (seen) named_run(i - seen, i);
    seen = 0;
    set_position(where);
    if (!have_dict) emit(Opcode::BuildMap, {kwargs, kwargs, 0});
    have_dict = true;
    int run_mark = u().next_temp;
    int v = expr(kw->value);
    set_position(where);
    emit(Opcode::DictMerge, {kwargs, v, callee});
    release(run_mark);
  }
  if (seen) named_run(kws.size() - seen, kws.size());
  return have_dict;
}

// A call with *args or **kwargs: the positional arguments become a tuple
// (a single *x is passed as it is and converted by the call) and the
// keyword arguments a dict, in CPython's order: runs of name=value pairs
// make a dict merged like each **mapping, which reports repeated names.
int CodeGen::call_ex(const CallNode* c, int target) {
  int mark = u().next_temp;
  int callee = temp();
  expr(c->func, callee);
  int args = temp();
  int kwargs = temp();
  if (c->args.size() == 1 && c->args[0]->kind == NodeKind::Starred) {
    expr(static_cast<const StarredNode*>(c->args[0])->value, args);
  } else {
    sequence_with_stars(c->args, args, true, c);
  }
  bool have_dict = keywords_dict(c->keywords, kwargs, callee, c);
  set_position(c);
  int reg = target >= 0 ? target : callee;
  emit(Opcode::CallEx, {reg, callee, have_dict ? 1 : 0});
  release(mark);
  if (target < 0) temp();
  return reg;
}

// A list (or tuple) display with *items into `dst`: the items before the
// first star are built at once, the rest appended or extended one by one.
void CodeGen::sequence_with_stars(const Seq<Expr*>& elts, int dst, bool tuple, const Node* where) {
  int mark = u().next_temp;
  uint32_t i = 0;
  while (i < elts.size() && elts[i]->kind != NodeKind::Starred) expr_to_new_temp(elts[i++]);
  set_position(where);
  emit(Opcode::BuildList, {dst, mark, static_cast<int>(i)});
  release(mark);
  for (; i < elts.size(); i++) {
    bool star = elts[i]->kind == NodeKind::Starred;
    int v = expr(star ? static_cast<const StarredNode*>(elts[i])->value : elts[i]);
    set_position(where);
    emit(star ? Opcode::ListExtend : Opcode::ListAppend, {dst, v});
    release(mark);
  }
  if (tuple) emit(Opcode::ListToTuple, {dst, dst});
}

// A dict display with **mappings: runs of key: value pairs make a dict
// merged into the result like each mapping.
int CodeGen::dict_with_stars(const DictNode* d, int target) {
  int mark = u().next_temp;
  int dst = temp();
  bool have_dict = false;
  uint32_t n = d->keys.size(), run = 0;
  auto pairs = [&](uint32_t begin, uint32_t end) {
    int run_mark = u().next_temp;
    int dict = have_dict ? temp() : dst;
    int first = u().next_temp;
    for (uint32_t i = begin; i < end; i++) {
      expr_to_new_temp(d->keys[i]);
      expr_to_new_temp(d->values[i]);
    }
    set_position(d);
    emit(Opcode::BuildMap, {dict, first, static_cast<int>(end - begin)});
    if (have_dict) emit(Opcode::DictUpdate, {dst, dict});
    have_dict = true;
    release(run_mark);
  };
  for (uint32_t i = 0; i < n; i++) {
    if (d->keys[i]) {
      run++;
      continue;
    }
    if (run) pairs(i - run, i);
    run = 0;
    set_position(d);
    if (!have_dict) emit(Opcode::BuildMap, {dst, dst, 0});
    have_dict = true;
    int run_mark = u().next_temp;
    int v = expr(d->values[i]);
    set_position(d);
    emit(Opcode::DictUpdate, {dst, v});
    release(run_mark);
  }
  if (run) pairs(n - run, n);
  int reg = target >= 0 ? target : dst;
  if (reg != dst) emit(Opcode::Move, {reg, dst});
  release(mark);
  if (target < 0) temp();
  return reg;
}

}  // namespace

CompileResult compile_module(const Mod* mod, SymbolTable& table, const std::string& filename, int optimize) {
  CodeGen gen(table, filename, optimize);
  return gen.run(mod);
}

// ---- disassembly --------------------------------------------------------------------

std::string disassemble(CodeObject* code) {
  std::string out;
  char buf[160];
  snprintf(buf, sizeof buf, "code %s (%d registers)\n", std::string(str_utf8(code->qualname)).c_str(), code->nregs);
  out += buf;
  static const char* const kOperands[] = {
#define OPCODE(Name, operands, cache, semantics) operands,
#include "vm/opcodes.def"
  };
  for (uint32_t pc = 0; pc < code->code_size;) {
    auto op = static_cast<Opcode>(code->code[pc]);
    snprintf(buf, sizeof buf, "%6u %-16s", pc, opcode_name(op));
    out += buf;
    int k = 1;
    for (const char* p = kOperands[static_cast<int>(op)]; *p; p++) {
      uint32_t v = code->code[pc + k];
      if (*p == 'J') {
        v |= static_cast<uint32_t>(code->code[pc + k + 1]) << 16;
        k++;
      }
      k++;
      // UnpackSequence's count carries the flag that it empties its source.
      bool takes = op == Opcode::UnpackSequence && *p == 'I' && (v & kUnpackTakesSource);
      snprintf(buf, sizeof buf, " %c%u%s", *p, takes ? v & (kUnpackTakesSource - 1) : v, takes ? " (takes)" : "");
      out += buf;
    }
    out += '\n';
    pc += static_cast<uint32_t>(instruction_length(op));
  }
  for (ssize i = 0; i < tuple_size(code->consts); i++) {
    Object* c = tuple_item(code->consts, i);
    if (type_of(c) == &CodeType) out += disassemble(static_cast<CodeObject*>(c));
  }
  return out;
}

}  // namespace dx::compiler
