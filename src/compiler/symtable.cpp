// Building and analysing symbol tables.
//
// The builder walks the AST once, in CPython 3.11's order (which decides the
// order of nested blocks, the order symbols first appear, and which error is
// reported when there are several), recording flags per name and raising the
// errors that need no resolution. The analysis then visits the blocks in
// preorder and gives each name its scope, raising the errors that need the
// enclosing scopes (nonlocal without binding, ...).
//
// Resolution walks up the enclosing blocks instead of passing sets of bound
// names down the tree: a name used but not bound in a block is free when the
// nearest enclosing function that mentions it binds it (class bodies are
// skipped, except that a class binds `__class__` for its methods); a function
// that declares it `global` stops the search. The blocks crossed on the way
// receive the name as free too (a class that binds the name itself keeps its
// own binding and gets kDefFreeClass), and the binding block turns it into a
// cell. This gives the same scopes as CPython's set-based analysis.
#include "compiler/symtable.h"

#include <string_view>
#include <vector>

#include "compiler/nesting.h"

namespace dx::compiler {

// ---------------------------------------------------------------------------
// Block's symbol index

namespace {

inline uint32_t slot_hash(NameId id) {
  return id * 0x9E3779B1u;
}

Symbol* find_symbol(const Block* b, NameId name) {
  if (!b->index) {
    for (Symbol& s : b->symbols) {
      if (s.name == name) return &s;
    }
    return nullptr;
  }
  for (uint32_t i = slot_hash(name) & b->index_mask;; i = (i + 1) & b->index_mask) {
    uint32_t slot = b->index[i];
    if (slot == 0) return nullptr;
    if (b->symbols[slot - 1].name == name) return &b->symbols[slot - 1];
  }
}

// Small blocks are searched linearly; past this many symbols they get a hash index.
constexpr uint32_t kLinearSymbols = 8;

void index_insert(Block* b, uint32_t pos) {
  NameId name = b->symbols[pos].name;
  for (uint32_t i = slot_hash(name) & b->index_mask;; i = (i + 1) & b->index_mask) {
    if (b->index[i] == 0) {
      b->index[i] = pos + 1;
      return;
    }
  }
}

Symbol* add_symbol(Arena& arena, Block* b, NameId name, uint16_t flags, Scope scope) {
  b->symbols.push(arena, Symbol{name, flags, scope});
  uint32_t n = b->symbols.size();
  if (n > kLinearSymbols) {
    uint32_t capacity = b->index_mask + 1;
    if (!b->index || n * 2 > capacity) {
      capacity = b->index ? capacity * 2 : 32;
      b->index = arena.make_array<uint32_t>(capacity);
      b->index_mask = capacity - 1;
      for (uint32_t i = 0; i < n; i++)
        index_insert(b, i);
    } else {
      index_insert(b, n - 1);
    }
  }
  return &b->symbols[n - 1];
}

}  // namespace

const Symbol* Block::lookup(NameId name) const {
  return find_symbol(this, name);
}
Symbol* Block::lookup(NameId name) {
  return find_symbol(this, name);
}

// ---------------------------------------------------------------------------
// CPython 3.11's messages; `%` stands for the name.

namespace {
namespace msg {
constexpr const char* kDuplicateArgument = "duplicate argument '%' in function definition";
constexpr const char* kGlobalParam = "name '%' is parameter and global";
constexpr const char* kGlobalAfterUse = "name '%' is used prior to global declaration";
constexpr const char* kGlobalAnnot = "annotated name '%' can't be global";
constexpr const char* kGlobalAfterAssign = "name '%' is assigned to before global declaration";
constexpr const char* kNonlocalParam = "name '%' is parameter and nonlocal";
constexpr const char* kNonlocalAfterUse = "name '%' is used prior to nonlocal declaration";
constexpr const char* kNonlocalAnnot = "annotated name '%' can't be nonlocal";
constexpr const char* kNonlocalAfterAssign = "name '%' is assigned to before nonlocal declaration";
constexpr const char* kNonlocalAndGlobal = "name '%' is nonlocal and global";
constexpr const char* kNonlocalAtModuleLevel = "nonlocal declaration not allowed at module level";
constexpr const char* kNonlocalNoBinding = "no binding for nonlocal '%' found";
constexpr const char* kImportStar = "import * only allowed at module level";
constexpr const char* kNamedExprCompConflict =
    "assignment expression cannot rebind comprehension iteration variable '%'";
constexpr const char* kNamedExprCompInnerLoop =
    "comprehension inner loop cannot rebind assignment expression target '%'";
constexpr const char* kNamedExprCompInClass =
    "assignment expression within a comprehension cannot be used in a class body";
constexpr const char* kNamedExprCompIterExpr =
    "assignment expression cannot be used in a comprehension iterable expression";
constexpr const char* kInAnnotation = "'%' can not be used within an annotation";
constexpr const char* kRecursion = "maximum recursion depth exceeded during compilation";
}  // namespace msg

// CPython limits the nesting of statements and expressions it visits to
// three times the recursion limit (1000) when compiling from the top level.
constexpr int kRecursionLimit = kCompilerNestingLimit;

parser::SyntaxErrorInfo recursion_error(const std::string& filename) {
  parser::SyntaxErrorInfo e;
  e.type = parser::SyntaxErrorType::RecursionError;
  e.message = msg::kRecursion;
  e.filename = filename;
  return e;
}

// The error for `global x` / `nonlocal x` after x was already a parameter,
// used, annotated or assigned in the block; null when there is none.
const char* declaration_conflict(uint16_t flags, bool global) {
  if (flags & kDefParam) return global ? msg::kGlobalParam : msg::kNonlocalParam;
  if (flags & kUse) return global ? msg::kGlobalAfterUse : msg::kNonlocalAfterUse;
  if (flags & kDefAnnot) return global ? msg::kGlobalAnnot : msg::kNonlocalAnnot;
  if (flags & kDefLocal) return global ? msg::kGlobalAfterAssign : msg::kNonlocalAfterAssign;
  return nullptr;
}

}  // namespace

// ---------------------------------------------------------------------------
// The builder

class SymtableBuilder {
 public:
  SymtableBuilder(SymbolTable& table, const std::string& filename)
      : t_(table), arena_(table.arena_), names_(table.names_), filename_(filename) {}

  bool build(const ast::Mod* mod);
  bool analyze();
  std::optional<parser::SyntaxErrorInfo> error;

 private:
  using Pos = ast::Position;

  // --- errors (always return false so callers can `return fail(...)`)
  bool fail(std::string message, const Pos& at) {
    parser::SyntaxErrorInfo e;
    e.message = std::move(message);
    e.filename = filename_;
    // CPython passes the AST's byte columns where character columns are
    // expected; its printer then counts them as bytes, as ours does.
    e.lineno = at.lineno;
    e.offset = at.col_offset + 1;
    e.end_lineno = at.end_lineno;
    e.end_offset = at.end_col_offset + 1;
    error = std::move(e);
    return false;
  }
  // The message with its `%` replaced by `name`.
  static std::string with_name(std::string_view pattern, std::string_view name) {
    size_t hole = pattern.find('%');
    if (hole == std::string_view::npos) return std::string(pattern);
    std::string out(pattern.substr(0, hole));
    out += name;
    out += pattern.substr(hole + 1);
    return out;
  }
  bool fail_name(const char* pattern, NameId name, const Pos& at) {
    return fail(with_name(pattern, names_.text(name)), at);
  }
  bool fail_recursion() {
    error = recursion_error(filename_);
    return false;
  }
  bool fail_at_directive(Block* b, std::string message, NameId name);

  // --- blocks
  void enter_block(NameId name, BlockKind kind, const ast::Node* node, const Pos& pos);
  void exit_block();

  // --- symbols
  NameId id(std::string_view text) { return names_.intern(text); }
  bool add_def(NameId name, uint16_t flag, const Pos& at) { return add_def_in(cur_, name, flag, at); }
  bool add_def_in(Block* b, NameId name, uint16_t flag, const Pos& at);
  uint16_t lookup_flags(NameId name) {
    const Symbol* s = cur_->lookup(names_.mangle(private_, name));
    return s ? s->flags : 0;
  }
  void record_directive(NameId name, const Pos& at) {
    cur_->directives.push(arena_, Directive{names_.mangle(private_, name), at});
  }

  // --- visitors; false after an error
  bool visit_stmts(const ast::Seq<ast::Stmt*>& seq) {
    for (const ast::Stmt* s : seq) {
      if (!visit_stmt(s)) return false;
    }
    return true;
  }
  bool visit_exprs(const ast::Seq<ast::Expr*>& seq) {
    for (const ast::Expr* e : seq) {
      if (e && !visit_expr(e)) return false;  // null: Dict's `**d` key, a missing kw default
    }
    return true;
  }
  bool visit_stmt(const ast::Stmt* s) {
    if (++depth_ > kRecursionLimit) return fail_recursion();
    bool ok = visit_stmt_kind(s);
    depth_--;
    return ok;
  }
  bool visit_expr(const ast::Expr* e) {
    if (++depth_ > kRecursionLimit) return fail_recursion();
    bool ok = visit_expr_kind(e);
    depth_--;
    return ok;
  }
  bool visit_pattern(const ast::Pattern* p) {
    if (++depth_ > kRecursionLimit) return fail_recursion();
    bool ok = visit_pattern_kind(p);
    depth_--;
    return ok;
  }
  bool visit_stmt_kind(const ast::Stmt* s);
  bool visit_expr_kind(const ast::Expr* e);
  bool visit_pattern_kind(const ast::Pattern* p);
  template <typename Def>
  bool visit_function_def(const Def* s, bool is_async);
  bool visit_class_def(const ast::ClassDefNode* s);
  bool visit_ann_assign(const ast::AnnAssignNode* s);
  bool visit_declaration(const ast::Stmt* s, const ast::Seq<ast::Identifier>& names, bool global);
  template <typename With>
  bool visit_with(const With* s);
  template <typename Try>
  bool visit_try(const Try* s);
  bool visit_alias(const ast::aliasNode* a);
  bool visit_arguments(const ast::argumentsNode* a);
  bool visit_params(const ast::Seq<ast::Arg*>& args);
  bool visit_param(const ast::Arg* a);
  bool visit_defaults(const ast::argumentsNode* a) { return visit_exprs(a->defaults) && visit_exprs(a->kw_defaults); }
  bool visit_annotations(const ast::Stmt* def, const ast::argumentsNode* a, const ast::Expr* returns);
  bool visit_arg_annotations(const ast::Seq<ast::Arg*>& args);
  bool visit_annotation(const ast::Expr* annotation);
  bool visit_named_expr(const ast::NamedExprNode* e);
  bool extend_named_expr_scope(const ast::NameNode* target);
  bool visit_comprehension_expr(const ast::Expr* e, NameId scope_name, ComprehensionKind kind,
                                const ast::Seq<ast::Comprehension*>& generators, const ast::Expr* elt,
                                const ast::Expr* value);
  bool visit_comprehension(const ast::comprehensionNode* c);
  bool visit_yield(const ast::Expr* e, const ast::Expr* value);
  bool raise_if_annotation_block(const char* what, const ast::Expr* e);
  bool visit_match_case(const ast::match_caseNode* c);
  bool visit_handler(const ast::ExceptHandlerNode* h);

  // --- analysis
  bool analyze_block(Block* b);
  bool analyze_symbol(Block* b, uint32_t index);
  Block* find_binding(const Block* b, NameId name) const;
  void make_free(Block* user, NameId name, Block* binder);

  SymbolTable& t_;
  Arena& arena_;
  NameTable& names_;
  const std::string& filename_;
  bool future_annotations_ = false;
  std::vector<Block*> stack_;
  Block* cur_ = nullptr;
  Block* module_ = nullptr;
  NameId private_ = kNoName;  // the class whose body (or methods) is being visited, for mangling
  int depth_ = 0;
};

void SymtableBuilder::enter_block(NameId name, BlockKind kind, const ast::Node* node, const Pos& pos) {
  Block* b = arena_.make<Block>();
  b->kind = kind;
  b->name = name;
  b->node = node;
  b->lineno = pos.lineno;
  b->col_offset = pos.col_offset;
  b->parent = cur_;
  Block* prev = cur_;
  if (prev && (prev->nested || prev->kind == BlockKind::Function)) b->nested = true;
  // Assignment expressions are refused anywhere inside a comprehension's
  // iterable, nested lambdas and comprehensions included.
  if (prev) b->comp_iter_expr = prev->comp_iter_expr;
  stack_.push_back(b);
  cur_ = b;
  // Annotation blocks (under `from __future__ import annotations`) only keep
  // the names of annotations out of the enclosing block: they are not
  // children, so nothing analyses them.
  if (kind == BlockKind::Annotation) return;
  if (kind == BlockKind::Module) module_ = b;
  if (prev) prev->children.push(arena_, b);
  t_.blocks_[node] = b;
}

void SymtableBuilder::exit_block() {
  stack_.pop_back();
  cur_ = stack_.empty() ? nullptr : stack_.back();
}

bool SymtableBuilder::add_def_in(Block* b, NameId raw, uint16_t flag, const Pos& at) {
  NameId name = names_.mangle(private_, raw);
  Symbol* s = b->lookup(name);
  uint16_t value = flag;
  if (s) {
    if ((flag & kDefParam) && (s->flags & kDefParam)) {
      return fail_name(msg::kDuplicateArgument, raw, at);
    }
    value = s->flags | flag;
  }
  if (b->comp_iter_target) {
    // An iteration variable may not rebind a name an assignment expression
    // of the same comprehension already bound.
    if (value & (kDefGlobal | kDefNonlocal)) {
      return fail_name(msg::kNamedExprCompInnerLoop, raw, at);
    }
    value |= kDefCompIter;
  }
  if (s) {
    s->flags = value;
  } else {
    add_symbol(arena_, b, name, value, Scope::None);
  }
  if (flag & kDefParam) {
    b->varnames.push(arena_, name);
  } else if (flag & kDefGlobal) {
    // A global declaration anywhere also marks the name in the module's table.
    if (Symbol* g = module_->lookup(name)) {
      g->flags |= flag;
    } else {
      add_symbol(arena_, module_, name, flag, Scope::None);
    }
  }
  return true;
}

bool SymtableBuilder::build(const ast::Mod* mod) {
  future_annotations_ = (t_.future_.flags & kFutureAnnotations) != 0;
  enter_block(names::top, BlockKind::Module, mod, Pos{});
  t_.top_ = cur_;
  bool ok = true;
  switch (mod->kind) {
    case ast::NodeKind::Module:
      ok = visit_stmts(static_cast<const ast::ModuleNode*>(mod)->body);
      break;
    case ast::NodeKind::Interactive:
      ok = visit_stmts(static_cast<const ast::InteractiveNode*>(mod)->body);
      break;
    case ast::NodeKind::Expression:
      ok = visit_expr(static_cast<const ast::ExpressionNode*>(mod)->body);
      break;
    default: {
      parser::SyntaxErrorInfo e;
      e.message = "this compiler does not handle FunctionTypes";
      e.filename = filename_;
      error = std::move(e);
      return false;
    }
  }
  if (!ok) return false;
  exit_block();
  return true;
}

// ---------------------------------------------------------------------------
// Statements

template <typename Def>
bool SymtableBuilder::visit_function_def(const Def* s, bool is_async) {
  auto* args = static_cast<const ast::argumentsNode*>(s->args);
  if (!add_def(id(s->name), kDefLocal, s->pos)) return false;
  if (!visit_defaults(args)) return false;
  if (!visit_annotations(s, args, s->returns)) return false;
  if (!visit_exprs(s->decorator_list)) return false;
  enter_block(id(s->name), BlockKind::Function, s, s->pos);
  if (is_async) cur_->coroutine = true;
  if (!visit_arguments(args) || !visit_stmts(s->body)) return false;
  exit_block();
  return true;
}

bool SymtableBuilder::visit_class_def(const ast::ClassDefNode* s) {
  if (!add_def(id(s->name), kDefLocal, s->pos)) return false;
  if (!visit_exprs(s->bases)) return false;
  for (ast::Keyword* k : s->keywords) {
    if (!visit_expr(static_cast<ast::keywordNode*>(k)->value)) return false;
  }
  if (!visit_exprs(s->decorator_list)) return false;
  enter_block(id(s->name), BlockKind::Class, s, s->pos);
  NameId saved = private_;
  private_ = id(s->name);
  if (!visit_stmts(s->body)) return false;
  private_ = saved;
  exit_block();
  return true;
}

bool SymtableBuilder::visit_ann_assign(const ast::AnnAssignNode* s) {
  if (auto* target = ast::as<ast::NameNode>(s->target)) {
    NameId name = id(target->id);
    uint16_t cur = lookup_flags(name);
    // At module level `global x` followed by `x: int` is allowed.
    if ((cur & (kDefGlobal | kDefNonlocal)) && cur_ != module_ && s->simple) {
      return fail_name((cur & kDefGlobal) ? msg::kGlobalAnnot : msg::kNonlocalAnnot, name, s->pos);
    }
    if (s->simple) {
      if (!add_def(name, kDefAnnot | kDefLocal, target->pos)) return false;
    } else if (s->value) {
      if (!add_def(name, kDefLocal, target->pos)) return false;
    }
  } else if (!visit_expr(s->target)) {
    return false;
  }
  if (!visit_annotation(s->annotation)) return false;
  return !s->value || visit_expr(s->value);
}

bool SymtableBuilder::visit_declaration(const ast::Stmt* s, const ast::Seq<ast::Identifier>& list, bool global) {
  for (ast::Identifier text : list) {
    NameId name = id(text);
    if (const char* message = declaration_conflict(lookup_flags(name), global)) {
      return fail_name(message, name, s->pos);
    }
    if (!add_def(name, global ? kDefGlobal : kDefNonlocal, s->pos)) return false;
    record_directive(name, s->pos);
  }
  return true;
}

bool SymtableBuilder::visit_alias(const ast::aliasNode* a) {
  // `import a.b.c` binds `a`; `import a.b as c` binds `c`.
  std::string_view bound = a->asname.data() ? a->asname : a->name;
  if (bound == "*") {
    if (cur_->kind != BlockKind::Module) return fail(msg::kImportStar, a->pos);
    return true;
  }
  size_t dot = bound.find('.');
  if (dot != std::string_view::npos) bound = bound.substr(0, dot);
  return add_def(id(bound), kDefImport, a->pos);
}

bool SymtableBuilder::visit_handler(const ast::ExceptHandlerNode* h) {
  if (h->type && !visit_expr(h->type)) return false;
  if (h->name.data() && !add_def(id(h->name), kDefLocal, h->pos)) return false;
  return visit_stmts(h->body);
}

bool SymtableBuilder::visit_match_case(const ast::match_caseNode* c) {
  if (!visit_pattern(c->pattern)) return false;
  if (c->guard && !visit_expr(c->guard)) return false;
  return visit_stmts(c->body);
}

template <typename With>
bool SymtableBuilder::visit_with(const With* s) {
  for (ast::WithItem* w : s->items) {
    auto* item = static_cast<const ast::withitemNode*>(w);
    if (!visit_expr(item->context_expr)) return false;
    if (item->optional_vars && !visit_expr(item->optional_vars)) return false;
  }
  return visit_stmts(s->body);
}

template <typename Try>
bool SymtableBuilder::visit_try(const Try* s) {
  // The else block is visited before the handlers.
  if (!visit_stmts(s->body) || !visit_stmts(s->orelse)) return false;
  for (ast::ExceptHandler* h : s->handlers) {
    if (!visit_handler(static_cast<const ast::ExceptHandlerNode*>(h))) return false;
  }
  return visit_stmts(s->finalbody);
}

bool SymtableBuilder::visit_stmt_kind(const ast::Stmt* s) {
  using K = ast::NodeKind;
  switch (s->kind) {
    case K::FunctionDef:
      return visit_function_def(static_cast<const ast::FunctionDefNode*>(s), false);
    case K::AsyncFunctionDef:
      return visit_function_def(static_cast<const ast::AsyncFunctionDefNode*>(s), true);
    case K::ClassDef:
      return visit_class_def(static_cast<const ast::ClassDefNode*>(s));
    case K::Return: {
      auto* r = static_cast<const ast::ReturnNode*>(s);
      if (r->value) {
        if (!visit_expr(r->value)) return false;
        cur_->returns_value = true;
      }
      return true;
    }
    case K::Delete:
      return visit_exprs(static_cast<const ast::DeleteNode*>(s)->targets);
    case K::Assign: {
      auto* a = static_cast<const ast::AssignNode*>(s);
      return visit_exprs(a->targets) && visit_expr(a->value);
    }
    case K::AugAssign: {
      auto* a = static_cast<const ast::AugAssignNode*>(s);
      return visit_expr(a->target) && visit_expr(a->value);
    }
    case K::AnnAssign:
      return visit_ann_assign(static_cast<const ast::AnnAssignNode*>(s));
    case K::For: {
      auto* f = static_cast<const ast::ForNode*>(s);
      return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) && visit_stmts(f->orelse);
    }
    case K::AsyncFor: {
      auto* f = static_cast<const ast::AsyncForNode*>(s);
      return visit_expr(f->target) && visit_expr(f->iter) && visit_stmts(f->body) && visit_stmts(f->orelse);
    }
    case K::While: {
      auto* w = static_cast<const ast::WhileNode*>(s);
      return visit_expr(w->test) && visit_stmts(w->body) && visit_stmts(w->orelse);
    }
    case K::If: {
      auto* i = static_cast<const ast::IfNode*>(s);
      return visit_expr(i->test) && visit_stmts(i->body) && visit_stmts(i->orelse);
    }
    case K::With:
      return visit_with(static_cast<const ast::WithNode*>(s));
    case K::AsyncWith:
      return visit_with(static_cast<const ast::AsyncWithNode*>(s));
    case K::Match: {
      auto* m = static_cast<const ast::MatchNode*>(s);
      if (!visit_expr(m->subject)) return false;
      for (ast::MatchCase* c : m->cases) {
        if (!visit_match_case(static_cast<const ast::match_caseNode*>(c))) return false;
      }
      return true;
    }
    case K::Raise: {
      auto* r = static_cast<const ast::RaiseNode*>(s);
      return (!r->exc || visit_expr(r->exc)) && (!r->cause || visit_expr(r->cause));
    }
    case K::Try:
      return visit_try(static_cast<const ast::TryNode*>(s));
    case K::TryStar:
      return visit_try(static_cast<const ast::TryStarNode*>(s));
    case K::Assert: {
      auto* a = static_cast<const ast::AssertNode*>(s);
      return visit_expr(a->test) && (!a->msg || visit_expr(a->msg));
    }
    case K::Import:
      for (ast::Alias* a : static_cast<const ast::ImportNode*>(s)->names) {
        if (!visit_alias(static_cast<const ast::aliasNode*>(a))) return false;
      }
      return true;
    case K::ImportFrom:
      for (ast::Alias* a : static_cast<const ast::ImportFromNode*>(s)->names) {
        if (!visit_alias(static_cast<const ast::aliasNode*>(a))) return false;
      }
      return true;
    case K::Global:
      return visit_declaration(s, static_cast<const ast::GlobalNode*>(s)->names, true);
    case K::Nonlocal:
      return visit_declaration(s, static_cast<const ast::NonlocalNode*>(s)->names, false);
    case K::Expr:
      return visit_expr(static_cast<const ast::ExprNode*>(s)->value);
    case K::Pass:
    case K::Break:
    case K::Continue:
      return true;
    default:
      return true;
  }
}

// ---------------------------------------------------------------------------
// Parameters and annotations

bool SymtableBuilder::visit_param(const ast::Arg* a) {
  auto* arg = static_cast<const ast::argNode*>(a);
  return add_def(id(arg->arg), kDefParam, arg->pos);
}

bool SymtableBuilder::visit_params(const ast::Seq<ast::Arg*>& args) {
  for (const ast::Arg* a : args) {
    if (!visit_param(a)) return false;
  }
  return true;
}

bool SymtableBuilder::visit_arguments(const ast::argumentsNode* a) {
  // The order CPython declares them in: *args and **kwargs come last.
  if (!visit_params(a->posonlyargs) || !visit_params(a->args) || !visit_params(a->kwonlyargs)) return false;
  if (a->vararg) {
    if (!visit_param(a->vararg)) return false;
    cur_->varargs = true;
  }
  if (a->kwarg) {
    if (!visit_param(a->kwarg)) return false;
    cur_->varkeywords = true;
  }
  return true;
}

bool SymtableBuilder::visit_arg_annotations(const ast::Seq<ast::Arg*>& args) {
  for (const ast::Arg* a : args) {
    auto* arg = static_cast<const ast::argNode*>(a);
    if (arg->annotation && !visit_expr(arg->annotation)) return false;
  }
  return true;
}

bool SymtableBuilder::visit_annotations(const ast::Stmt* def, const ast::argumentsNode* a, const ast::Expr* returns) {
  // Under `from __future__ import annotations` the parameters' annotations
  // share one annotation block, the return annotation gets its own.
  if (future_annotations_) enter_block(names::annotation, BlockKind::Annotation, def, def->pos);
  if (!visit_arg_annotations(a->posonlyargs) || !visit_arg_annotations(a->args)) return false;
  for (const ast::Arg* star : {a->vararg, a->kwarg}) {
    auto* arg = static_cast<const ast::argNode*>(star);
    if (arg && arg->annotation && !visit_expr(arg->annotation)) return false;
  }
  if (!visit_arg_annotations(a->kwonlyargs)) return false;
  if (future_annotations_) exit_block();
  return !returns || visit_annotation(returns);
}

bool SymtableBuilder::visit_annotation(const ast::Expr* annotation) {
  if (future_annotations_) enter_block(names::annotation, BlockKind::Annotation, annotation, annotation->pos);
  if (!visit_expr(annotation)) return false;
  if (future_annotations_) exit_block();
  return true;
}

// ---------------------------------------------------------------------------
// Expressions

bool SymtableBuilder::raise_if_annotation_block(const char* what, const ast::Expr* e) {
  if (cur_->kind != BlockKind::Annotation) return true;
  return fail(with_name(msg::kInAnnotation, what), e->pos);
}

bool SymtableBuilder::visit_yield(const ast::Expr* e, const ast::Expr* value) {
  if (!raise_if_annotation_block("yield expression", e)) return false;
  if (value && !visit_expr(value)) return false;
  cur_->generator = true;
  switch (cur_->comprehension) {
    case ComprehensionKind::None:
      return true;
    case ComprehensionKind::List:
      return fail("'yield' inside list comprehension", e->pos);
    case ComprehensionKind::Set:
      return fail("'yield' inside set comprehension", e->pos);
    case ComprehensionKind::Dict:
      return fail("'yield' inside dict comprehension", e->pos);
    case ComprehensionKind::Generator:
      return fail("'yield' inside generator expression", e->pos);
  }
  return true;
}

bool SymtableBuilder::visit_named_expr(const ast::NamedExprNode* e) {
  if (!raise_if_annotation_block("named expression", e)) return false;
  if (cur_->comp_iter_expr > 0) {
    return fail(msg::kNamedExprCompIterExpr, e->pos);
  }
  if (cur_->comprehension != ComprehensionKind::None) {
    // Inside a comprehension the target binds in the enclosing function (or module).
    if (!extend_named_expr_scope(static_cast<const ast::NameNode*>(e->target))) return false;
  }
  return visit_expr(e->value) && visit_expr(e->target);
}

bool SymtableBuilder::extend_named_expr_scope(const ast::NameNode* target) {
  NameId name = id(target->id);
  for (size_t i = stack_.size(); i-- > 0;) {
    Block* b = stack_[i];
    // CPython looks the target up unmangled here.
    const Symbol* s = b->lookup(name);
    uint16_t flags = s ? s->flags : 0;
    if (b->comprehension != ComprehensionKind::None) {
      if (flags & kDefCompIter) {
        return fail_name(msg::kNamedExprCompConflict, name, target->pos);
      }
      continue;
    }
    if (b->kind == BlockKind::Function) {
      if (!add_def(name, (flags & kDefGlobal) ? kDefGlobal : kDefNonlocal, target->pos)) return false;
      record_directive(name, target->pos);
      return add_def_in(b, name, kDefLocal, target->pos);
    }
    if (b->kind == BlockKind::Module) {
      if (!add_def(name, kDefGlobal, target->pos)) return false;
      record_directive(name, target->pos);
      return add_def_in(b, name, kDefGlobal, target->pos);
    }
    if (b->kind == BlockKind::Class) {
      return fail(msg::kNamedExprCompInClass, target->pos);
    }
  }
  return true;  // not reached: the module is at the bottom of the stack
}

bool SymtableBuilder::visit_comprehension(const ast::comprehensionNode* c) {
  cur_->comp_iter_target = true;
  if (!visit_expr(c->target)) return false;
  cur_->comp_iter_target = false;
  cur_->comp_iter_expr++;
  if (!visit_expr(c->iter)) return false;
  cur_->comp_iter_expr--;
  if (!visit_exprs(c->ifs)) return false;
  if (c->is_async) cur_->coroutine = true;
  return true;
}

bool SymtableBuilder::visit_comprehension_expr(const ast::Expr* e, NameId scope_name, ComprehensionKind kind,
                                               const ast::Seq<ast::Comprehension*>& generators, const ast::Expr* elt,
                                               const ast::Expr* value) {
  auto* outermost = static_cast<const ast::comprehensionNode*>(generators[0]);
  // The first iterable is evaluated in the enclosing block.
  cur_->comp_iter_expr++;
  if (!visit_expr(outermost->iter)) return false;
  cur_->comp_iter_expr--;
  enter_block(scope_name, BlockKind::Function, e, e->pos);
  cur_->comprehension = kind;
  if (outermost->is_async) cur_->coroutine = true;
  // It is passed to the comprehension's function as the implicit parameter `.0`.
  if (!add_def(names::dot0, kDefParam, e->pos)) return false;
  cur_->comp_iter_target = true;
  if (!visit_expr(outermost->target)) return false;
  cur_->comp_iter_target = false;
  if (!visit_exprs(outermost->ifs)) return false;
  for (uint32_t i = 1; i < generators.size(); i++) {
    if (!visit_comprehension(static_cast<const ast::comprehensionNode*>(generators[i]))) return false;
  }
  if (value && !visit_expr(value)) return false;  // a dict comprehension's value comes before its key
  if (!visit_expr(elt)) return false;
  bool is_generator = kind == ComprehensionKind::Generator;
  cur_->generator = is_generator;
  bool is_async = cur_->coroutine && !is_generator;
  exit_block();
  if (is_async) cur_->coroutine = true;
  return true;
}

bool SymtableBuilder::visit_expr_kind(const ast::Expr* e) {
  using K = ast::NodeKind;
  switch (e->kind) {
    case K::NamedExpr:
      return visit_named_expr(static_cast<const ast::NamedExprNode*>(e));
    case K::BoolOp:
      return visit_exprs(static_cast<const ast::BoolOpNode*>(e)->values);
    case K::BinOp: {
      auto* b = static_cast<const ast::BinOpNode*>(e);
      return visit_expr(b->left) && visit_expr(b->right);
    }
    case K::UnaryOp:
      return visit_expr(static_cast<const ast::UnaryOpNode*>(e)->operand);
    case K::Lambda: {
      auto* l = static_cast<const ast::LambdaNode*>(e);
      auto* args = static_cast<const ast::argumentsNode*>(l->args);
      if (!visit_defaults(args)) return false;
      enter_block(names::lambda, BlockKind::Function, e, e->pos);
      if (!visit_arguments(args) || !visit_expr(l->body)) return false;
      exit_block();
      return true;
    }
    case K::IfExp: {
      auto* i = static_cast<const ast::IfExpNode*>(e);
      return visit_expr(i->test) && visit_expr(i->body) && visit_expr(i->orelse);
    }
    case K::Dict: {
      auto* d = static_cast<const ast::DictNode*>(e);
      return visit_exprs(d->keys) && visit_exprs(d->values);  // all keys, then all values
    }
    case K::Set:
      return visit_exprs(static_cast<const ast::SetNode*>(e)->elts);
    case K::GeneratorExp: {
      auto* g = static_cast<const ast::GeneratorExpNode*>(e);
      return visit_comprehension_expr(e, names::genexpr, ComprehensionKind::Generator, g->generators, g->elt, nullptr);
    }
    case K::ListComp: {
      auto* c = static_cast<const ast::ListCompNode*>(e);
      return visit_comprehension_expr(e, names::listcomp, ComprehensionKind::List, c->generators, c->elt, nullptr);
    }
    case K::SetComp: {
      auto* c = static_cast<const ast::SetCompNode*>(e);
      return visit_comprehension_expr(e, names::setcomp, ComprehensionKind::Set, c->generators, c->elt, nullptr);
    }
    case K::DictComp: {
      auto* c = static_cast<const ast::DictCompNode*>(e);
      return visit_comprehension_expr(e, names::dictcomp, ComprehensionKind::Dict, c->generators, c->key, c->value);
    }
    case K::Yield:
      return visit_yield(e, static_cast<const ast::YieldNode*>(e)->value);
    case K::YieldFrom:
      return visit_yield(e, static_cast<const ast::YieldFromNode*>(e)->value);
    case K::Await:
      if (!raise_if_annotation_block("await expression", e)) return false;
      if (!visit_expr(static_cast<const ast::AwaitNode*>(e)->value)) return false;
      cur_->coroutine = true;
      return true;
    case K::Compare: {
      auto* c = static_cast<const ast::CompareNode*>(e);
      return visit_expr(c->left) && visit_exprs(c->comparators);
    }
    case K::Call: {
      auto* c = static_cast<const ast::CallNode*>(e);
      if (!visit_expr(c->func) || !visit_exprs(c->args)) return false;
      for (ast::Keyword* k : c->keywords) {
        if (!visit_expr(static_cast<ast::keywordNode*>(k)->value)) return false;
      }
      return true;
    }
    case K::FormattedValue: {
      auto* f = static_cast<const ast::FormattedValueNode*>(e);
      return visit_expr(f->value) && (!f->format_spec || visit_expr(f->format_spec));
    }
    case K::JoinedStr:
      return visit_exprs(static_cast<const ast::JoinedStrNode*>(e)->values);
    case K::Constant:
      return true;
    case K::Attribute:
      return visit_expr(static_cast<const ast::AttributeNode*>(e)->value);
    case K::Subscript: {
      auto* s = static_cast<const ast::SubscriptNode*>(e);
      return visit_expr(s->value) && visit_expr(s->slice);
    }
    case K::Starred:
      return visit_expr(static_cast<const ast::StarredNode*>(e)->value);
    case K::Slice: {
      auto* s = static_cast<const ast::SliceNode*>(e);
      return (!s->lower || visit_expr(s->lower)) && (!s->upper || visit_expr(s->upper)) &&
             (!s->step || visit_expr(s->step));
    }
    case K::Name: {
      auto* n = static_cast<const ast::NameNode*>(e);
      NameId name = id(n->id);
      bool load = n->ctx == ast::Context::Load;
      if (!add_def(name, load ? kUse : kDefLocal, e->pos)) return false;
      // super() needs the class cell: it counts as a use of __class__.
      if (load && cur_->kind == BlockKind::Function && name == names::super) {
        return add_def(names::dunder_class, kUse, e->pos);
      }
      return true;
    }
    case K::List:
      return visit_exprs(static_cast<const ast::ListNode*>(e)->elts);
    case K::Tuple:
      return visit_exprs(static_cast<const ast::TupleNode*>(e)->elts);
    default:
      return true;
  }
}

bool SymtableBuilder::visit_pattern_kind(const ast::Pattern* p) {
  using K = ast::NodeKind;
  switch (p->kind) {
    case K::MatchValue:
      return visit_expr(static_cast<const ast::MatchValueNode*>(p)->value);
    case K::MatchSingleton:
      return true;
    case K::MatchSequence:
      for (ast::Pattern* q : static_cast<const ast::MatchSequenceNode*>(p)->patterns) {
        if (!visit_pattern(q)) return false;
      }
      return true;
    case K::MatchStar: {
      auto* m = static_cast<const ast::MatchStarNode*>(p);
      return !m->name.data() || add_def(id(m->name), kDefLocal, p->pos);
    }
    case K::MatchMapping: {
      auto* m = static_cast<const ast::MatchMappingNode*>(p);
      if (!visit_exprs(m->keys)) return false;
      for (ast::Pattern* q : m->patterns) {
        if (!visit_pattern(q)) return false;
      }
      return !m->rest.data() || add_def(id(m->rest), kDefLocal, p->pos);
    }
    case K::MatchClass: {
      auto* m = static_cast<const ast::MatchClassNode*>(p);
      if (!visit_expr(m->cls)) return false;
      for (ast::Pattern* q : m->patterns) {
        if (!visit_pattern(q)) return false;
      }
      for (ast::Pattern* q : m->kwd_patterns) {
        if (!visit_pattern(q)) return false;
      }
      return true;
    }
    case K::MatchAs: {
      auto* m = static_cast<const ast::MatchAsNode*>(p);
      if (m->pattern && !visit_pattern(m->pattern)) return false;
      return !m->name.data() || add_def(id(m->name), kDefLocal, p->pos);
    }
    case K::MatchOr:
      for (ast::Pattern* q : static_cast<const ast::MatchOrNode*>(p)->patterns) {
        if (!visit_pattern(q)) return false;
      }
      return true;
    default:
      return true;
  }
}

// ---------------------------------------------------------------------------
// Analysis

bool SymtableBuilder::fail_at_directive(Block* b, std::string message, NameId name) {
  for (const Directive& d : b->directives) {
    if (d.name == name) return fail(std::move(message), d.pos);
  }
  return fail(std::move(message), Pos{});
}

// The block whose binding of `name` a use in `b` refers to, or null for a global.
Block* SymtableBuilder::find_binding(const Block* b, NameId name) const {
  for (Block* a = b->parent; a; a = a->parent) {
    switch (a->kind) {
      case BlockKind::Module:
      case BlockKind::Annotation:
        return nullptr;
      case BlockKind::Class:
        if (name == names::dunder_class) return a;  // a class binds __class__ for its methods
        break;
      case BlockKind::Function:
        if (const Symbol* s = a->lookup(name)) {
          if (s->flags & kDefGlobal) return nullptr;  // declared global: hides outer bindings
          if (s->flags & kDefNonlocal) break;         // free there too: look further out
          if (s->flags & kDefBound) return a;
        }
        break;
    }
  }
  return nullptr;
}

void SymtableBuilder::make_free(Block* user, NameId name, Block* binder) {
  for (Block* a = user->parent; a != binder; a = a->parent) {
    if (Symbol* s = a->lookup(name)) {
      // A class that binds the name itself keeps its binding; its code must
      // look the name up in the class namespace before the closure.
      if (a->kind == BlockKind::Class && (s->flags & (kDefBound | kDefGlobal))) s->flags |= kDefFreeClass;
    } else {
      add_symbol(arena_, a, name, 0, Scope::Free);  // passes through to an inner block
    }
  }
  if (binder->kind == BlockKind::Class) {
    binder->needs_class_closure = true;  // __class__
    return;
  }
  Symbol* s = binder->lookup(name);
  if (s->scope == Scope::Local) s->scope = Scope::Cell;
}

bool SymtableBuilder::analyze_symbol(Block* b, uint32_t index) {
  Symbol& s = b->symbols[index];
  NameId name = s.name;
  uint16_t flags = s.flags;
  if (flags & kDefGlobal) {
    if (flags & kDefNonlocal) {
      return fail_at_directive(b, with_name(msg::kNonlocalAndGlobal, names_.text(name)), name);
    }
    s.scope = Scope::GlobalExplicit;
    return true;
  }
  if (flags & kDefNonlocal) {
    if (b->kind == BlockKind::Module) {
      return fail_at_directive(b, msg::kNonlocalAtModuleLevel, name);
    }
    Block* binder = find_binding(b, name);
    if (!binder) {
      return fail_at_directive(b, with_name(msg::kNonlocalNoBinding, names_.text(name)), name);
    }
    s.scope = Scope::Free;
    make_free(b, name, binder);
    return true;
  }
  if (flags & kDefBound) {
    s.scope = Scope::Local;
    return true;
  }
  Block* binder = find_binding(b, name);
  if (binder) {
    s.scope = Scope::Free;
    make_free(b, name, binder);
  } else {
    s.scope = Scope::GlobalImplicit;
  }
  return true;
}

bool SymtableBuilder::analyze_block(Block* b) {
  // Symbols added to `b` while analysing its children are already resolved
  // (as free); its own come first, in the order they appeared.
  uint32_t own = b->symbols.size();
  for (uint32_t i = 0; i < own; i++) {
    if (!analyze_symbol(b, i)) return false;
  }
  for (Block* child : b->children) {
    if (!analyze_block(child)) return false;
  }
  return true;
}

bool SymtableBuilder::analyze() {
  return analyze_block(t_.top_);
}

// ---------------------------------------------------------------------------

SymtableResult build_symtable(const ast::Mod* mod, const std::string& filename, Arena& arena, int compile_flags) {
  SymtableResult result;
  auto table = std::make_unique<SymbolTable>(arena);
  table->future_ = features_from_code_flags(compile_flags);
  if (auto err = parse_future(mod, filename, table->future_)) {
    result.error = std::move(err);
    return result;
  }
  SymtableBuilder builder(*table, filename);
  if (!builder.build(mod) || !builder.analyze()) {
    result.error = std::move(builder.error);
    // CPython's AST optimizer runs before its symbol table and refuses deep
    // nesting anywhere in the file; the builder stopped at the first error.
    if (result.error->type == parser::SyntaxErrorType::SyntaxError &&
        exceeds_nesting_limit(mod, (table->future_.flags & kFutureAnnotations) != 0)) {
      result.error = recursion_error(filename);
    }
    return result;
  }
  result.table = std::move(table);
  return result;
}

}  // namespace dx::compiler
