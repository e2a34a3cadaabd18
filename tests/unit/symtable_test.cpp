// The symbol table's rules (tests/compiler/symtable_test.py compares whole
// tables with CPython's; these pin down the tricky cases one by one).
#include "compiler/symtable.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>

#include "parser/parser.h"

using dx::compiler::Block;
using dx::compiler::BlockKind;
using dx::compiler::NameId;
using dx::compiler::Scope;
using dx::compiler::Symbol;
using dx::compiler::SymbolTable;
namespace compiler = dx::compiler;

namespace {

struct Tables {
  dx::Arena arena;
  std::unique_ptr<SymbolTable> table;
  std::optional<dx::parser::SyntaxErrorInfo> error;

  const Block* top() const { return table->top(); }

  // The block at `path`: child names separated by '/', "name#2" for the third
  // child of that name ("" is the module).
  const Block* block(std::string_view path) const {
    const Block* b = table->top();
    while (!path.empty()) {
      size_t slash = path.find('/');
      std::string_view part = path.substr(0, slash);
      path = slash == std::string_view::npos ? std::string_view() : path.substr(slash + 1);
      int nth = 0;
      if (size_t hash = part.find('#'); hash != std::string_view::npos) {
        nth = std::stoi(std::string(part.substr(hash + 1)));
        part = part.substr(0, hash);
      }
      const Block* found = nullptr;
      for (const Block* c : b->children) {
        if (table->names().text(c->name) == part && nth-- == 0) {
          found = c;
          break;
        }
      }
      if (!found) {
        ADD_FAILURE() << "no block " << part;
        return b;
      }
      b = found;
    }
    return b;
  }

  const Symbol* symbol(std::string_view path, std::string_view name) const {
    NameId id = table->names().find(name);
    return id == compiler::kNoName ? nullptr : block(path)->lookup(id);
  }
  Scope scope(std::string_view path, std::string_view name) const {
    const Symbol* s = symbol(path, name);
    return s ? s->scope : Scope::None;
  }
  uint16_t flags(std::string_view path, std::string_view name) const {
    const Symbol* s = symbol(path, name);
    return s ? s->flags : 0;
  }
};

std::unique_ptr<Tables> build(std::string_view source) {
  auto t = std::make_unique<Tables>();
  dx::parser::ParseResult parsed = dx::parser::parse_text(source, "<test>", dx::parser::ParseMode::File, t->arena);
  if (parsed.error) {
    ADD_FAILURE() << "parse error: " << parsed.error->message;
    t->error = parsed.error;
    return t;
  }
  compiler::SymtableResult r = compiler::build_symtable(parsed.mod, "<test>", t->arena);
  t->table = std::move(r.table);
  t->error = std::move(r.error);
  return t;
}

// The error for `source`, as "message @ line:offset-end_line:end_offset".
std::string error_of(std::string_view source) {
  auto t = build(source);
  if (!t->error) return "no error";
  const auto& e = *t->error;
  return e.message + " @ " + std::to_string(e.lineno) + ":" + std::to_string(e.offset) + "-" +
         std::to_string(e.end_lineno) + ":" + std::to_string(e.end_offset);
}

}  // namespace

TEST(NameTable, InternsAndMangles) {
  dx::Arena arena;
  compiler::NameTable names(arena);
  NameId a = names.intern("spam");
  EXPECT_EQ(names.intern(std::string("spam")), a);
  EXPECT_EQ(names.find("top"), compiler::names::top);
  EXPECT_EQ(names.find("nothing"), compiler::kNoName);
  for (int i = 0; i < 5000; i++) {  // grows the table
    std::string name = "n";
    name += std::to_string(i);
    names.intern_copy(name);
  }
  EXPECT_EQ(names.text(names.find("n4321")), "n4321");
  EXPECT_EQ(names.find("spam"), a);

  NameId ham = names.intern("Ham");
  EXPECT_EQ(names.text(names.mangle(ham, names.intern("__x"))), "_Ham__x");
  EXPECT_EQ(names.text(names.mangle(names.intern("__Ham"), names.intern("__x"))), "_Ham__x");
  EXPECT_EQ(names.text(names.mangle(ham, names.intern("__x__"))), "__x__");
  EXPECT_EQ(names.text(names.mangle(ham, names.intern("__"))), "__");
  EXPECT_EQ(names.text(names.mangle(ham, names.intern("_x"))), "_x");
  EXPECT_EQ(names.text(names.mangle(ham, names.intern("__a.b"))), "__a.b");
  EXPECT_EQ(names.text(names.mangle(names.intern("___"), names.intern("__x"))), "__x");
  EXPECT_EQ(names.text(names.mangle(compiler::kNoName, names.intern("__x"))), "__x");
}

TEST(Symtable, LocalsAndImplicitGlobals) {
  auto t = build("import os.path as p, sys.x\ndef f(a):\n    b = a\n    return c\n");
  ASSERT_FALSE(t->error);
  EXPECT_EQ(t->scope("", "p"), Scope::Local);
  EXPECT_EQ(t->flags("", "sys"), compiler::kDefImport);
  EXPECT_EQ(t->scope("f", "a"), Scope::Local);
  EXPECT_EQ(t->flags("f", "a"), compiler::kDefParam | compiler::kUse);
  EXPECT_EQ(t->scope("f", "b"), Scope::Local);
  EXPECT_EQ(t->scope("f", "c"), Scope::GlobalImplicit);
  EXPECT_EQ(t->block("f")->kind, BlockKind::Function);
  EXPECT_FALSE(t->block("f")->nested);
}

TEST(Symtable, CellsAndFrees) {
  auto t = build("def f(p):\n    x = 1\n    def g():\n        def h():\n            return x + p\n        return h\n");
  ASSERT_FALSE(t->error);
  EXPECT_EQ(t->scope("f", "x"), Scope::Cell);
  EXPECT_EQ(t->scope("f", "p"), Scope::Cell);  // parameters become cells too
  // g does not mention x, but passes it through to h.
  EXPECT_EQ(t->scope("f/g", "x"), Scope::Free);
  EXPECT_EQ(t->flags("f/g", "x"), 0);
  EXPECT_EQ(t->scope("f/g/h", "x"), Scope::Free);
  EXPECT_TRUE(t->block("f/g/h")->nested);
}

TEST(Symtable, ClassBodiesAreSkipped) {
  auto t = build(
      "def f():\n"
      "    x = 1\n"
      "    y = 2\n"
      "    class C:\n"
      "        x = 3\n"
      "        def m(self):\n"
      "            return x, y\n");
  ASSERT_FALSE(t->error);
  // m's x is f's, not the class's; the class keeps its own x, marked so the
  // code generator knows a method closes over a name the class also binds.
  EXPECT_EQ(t->scope("f/C/m", "x"), Scope::Free);
  EXPECT_EQ(t->scope("f/C", "x"), Scope::Local);
  EXPECT_EQ(t->flags("f/C", "x"), compiler::kDefLocal | compiler::kDefFreeClass);
  EXPECT_EQ(t->scope("f/C", "y"), Scope::Free);  // added to the class on the way
  EXPECT_EQ(t->scope("f", "x"), Scope::Cell);
  EXPECT_EQ(t->scope("f", "y"), Scope::Cell);
}

TEST(Symtable, ClassNamesAreNotVisibleToMethods) {
  auto t = build("class C:\n    v = 1\n    def m(self):\n        return v\n    w = [v for _ in ()]\n");
  ASSERT_FALSE(t->error);
  EXPECT_EQ(t->scope("C/m", "v"), Scope::GlobalImplicit);
  EXPECT_EQ(t->scope("C/listcomp", "v"), Scope::GlobalImplicit);
  EXPECT_EQ(t->scope("C", "v"), Scope::Local);
}

TEST(Symtable, SuperNeedsTheClassCell) {
  auto t = build(
      "class C:\n"
      "    def m(self):\n"
      "        return super()\n"
      "    def n(self):\n"
      "        def inner():\n"
      "            return __class__\n"
      "        return inner\n"
      "class D:\n"
      "    def m(self):\n"
      "        return 1\n"
      "def super_outside():\n"
      "    return super()\n");
  ASSERT_FALSE(t->error);
  EXPECT_TRUE(t->block("C")->needs_class_closure);
  EXPECT_FALSE(t->block("D")->needs_class_closure);
  EXPECT_EQ(t->scope("C/m", "__class__"), Scope::Free);
  EXPECT_EQ(t->flags("C/m", "__class__"), compiler::kUse);
  EXPECT_EQ(t->scope("C/n", "__class__"), Scope::Free);  // passed through to inner
  EXPECT_EQ(t->scope("C/n/inner", "__class__"), Scope::Free);
  EXPECT_EQ(t->symbol("C", "__class__"), nullptr);  // the class cell is not a symbol of the class
  EXPECT_EQ(t->scope("super_outside", "__class__"), Scope::GlobalImplicit);
}

TEST(Symtable, NonlocalAndGlobalDeclarations) {
  auto t = build(
      "def f():\n"
      "    x = 1\n"
      "    def g():\n"
      "        def h():\n"
      "            nonlocal x\n"
      "            x = 2\n"
      "        return h\n"
      "    def k():\n"
      "        global x\n"
      "        def l():\n"
      "            return x\n"
      "        return l\n");
  ASSERT_FALSE(t->error);
  EXPECT_EQ(t->scope("f/g/h", "x"), Scope::Free);
  EXPECT_EQ(t->flags("f/g/h", "x"), compiler::kDefNonlocal | compiler::kDefLocal);
  EXPECT_EQ(t->scope("f/g", "x"), Scope::Free);
  EXPECT_EQ(t->scope("f", "x"), Scope::Cell);
  // A global declaration hides the enclosing binding from nested functions.
  EXPECT_EQ(t->scope("f/k", "x"), Scope::GlobalExplicit);
  EXPECT_EQ(t->scope("f/k/l", "x"), Scope::GlobalImplicit);
  // ... and marks the name in the module's table.
  EXPECT_EQ(t->flags("", "x"), compiler::kDefGlobal);
  EXPECT_EQ(t->scope("", "x"), Scope::GlobalExplicit);
}

TEST(Symtable, ComprehensionsAreFunctions) {
  auto t = build("def f(seq):\n    return [a for a in seq if a], {k: v for k, v in seq}, (g for g in range(3))\n");
  ASSERT_FALSE(t->error);
  const Block* lc = t->block("f/listcomp");
  EXPECT_EQ(lc->comprehension, compiler::ComprehensionKind::List);
  EXPECT_EQ(lc->varnames.size(), 1u);
  EXPECT_EQ(t->table->names().text(lc->varnames[0]), ".0");
  // The first iterable belongs to the enclosing function.
  EXPECT_EQ(t->symbol("f/listcomp", "seq"), nullptr);
  EXPECT_EQ(t->flags("f", "seq"), compiler::kDefParam | compiler::kUse);
  EXPECT_EQ(t->flags("f/listcomp", "a"), compiler::kDefLocal | compiler::kUse | compiler::kDefCompIter);
  EXPECT_TRUE(t->block("f/genexpr")->generator);
  EXPECT_FALSE(t->block("f/dictcomp")->generator);
  EXPECT_EQ(t->symbol("f/genexpr", "range"), nullptr);
}

TEST(Symtable, AssignmentExpressionsInComprehensions) {
  auto t = build(
      "[m := 1 for x in ()]\n"
      "def f():\n"
      "    [[(n := a) for a in b] for b in ()]\n"
      "def g():\n"
      "    global o\n"
      "    [o := 1 for _ in ()]\n");
  ASSERT_FALSE(t->error);
  // At module level the target is declared global in the comprehension.
  EXPECT_EQ(t->flags("", "m"), compiler::kDefGlobal);
  EXPECT_EQ(t->scope("listcomp", "m"), Scope::GlobalExplicit);
  EXPECT_EQ(t->flags("listcomp", "m"), compiler::kDefGlobal | compiler::kDefLocal);
  // In a function it binds the function's name through every comprehension.
  EXPECT_EQ(t->scope("f", "n"), Scope::Cell);
  EXPECT_EQ(t->flags("f", "n"), compiler::kDefLocal);
  EXPECT_EQ(t->scope("f/listcomp", "n"), Scope::Free);
  EXPECT_EQ(t->flags("f/listcomp", "n"), 0);
  EXPECT_EQ(t->scope("f/listcomp/listcomp", "n"), Scope::Free);
  EXPECT_EQ(t->flags("f/listcomp/listcomp", "n"), compiler::kDefNonlocal | compiler::kDefLocal);
  // A function's global declaration carries over.
  EXPECT_EQ(t->scope("g/listcomp", "o"), Scope::GlobalExplicit);
}

TEST(Symtable, BlocksInSourceOrder) {
  auto t = build(
      "@deco(lambda: 1)\n"
      "def f(a=lambda: 2, *, b=lambda: 3) -> (lambda: 4):\n"
      "    pass\n"
      "{(lambda: 5): (lambda: 6) for k in (lambda: 7)}\n");
  ASSERT_FALSE(t->error);
  const Block* top = t->top();
  ASSERT_EQ(top->children.size(), 7u);
  // Defaults, keyword defaults, annotations and decorators come before the function.
  for (int i = 0; i < 4; i++)
    EXPECT_EQ(t->table->names().text(top->children[i]->name), "lambda");
  EXPECT_EQ(top->children[2]->lineno, 2);
  EXPECT_EQ(top->children[3]->lineno, 1);
  EXPECT_EQ(t->table->names().text(top->children[4]->name), "f");
  // The first iterable's lambda, then the dict comprehension, whose value comes before its key.
  EXPECT_EQ(t->table->names().text(top->children[5]->name), "lambda");
  EXPECT_EQ(t->table->names().text(top->children[6]->name), "dictcomp");
  const Block* dc = top->children[6];
  ASSERT_EQ(dc->children.size(), 2u);
  EXPECT_EQ(t->table->block_for(dc->children[0]->node), dc->children[0]);
  auto* first = static_cast<const dx::ast::LambdaNode*>(dc->children[0]->node);
  EXPECT_EQ(first->pos.col_offset, 15);  // (lambda: 6)
}

TEST(Symtable, FutureAnnotationsAreNotUses) {
  const char* body =
      "def f(a: A, *b: B, c: C = d, **e: E) -> R:\n"
      "    x: X = 1\n"
      "y: Y\n";
  auto plain = build(body);
  auto future = build(std::string("from __future__ import annotations\n") + body);
  ASSERT_FALSE(plain->error);
  ASSERT_FALSE(future->error);
  for (const char* name : {"A", "B", "C", "E", "R", "Y"}) {
    EXPECT_EQ(plain->flags("", name), compiler::kUse) << name;
    EXPECT_EQ(future->symbol("", name), nullptr) << name;
  }
  EXPECT_EQ(plain->flags("f", "X"), compiler::kUse);
  EXPECT_EQ(future->symbol("f", "X"), nullptr);
  EXPECT_EQ(future->flags("", "d"), compiler::kUse);  // defaults are still evaluated
  EXPECT_EQ(future->flags("", "y"), compiler::kDefAnnot | compiler::kDefLocal);
  EXPECT_EQ(future->flags("f", "x"), compiler::kDefAnnot | compiler::kDefLocal);
  EXPECT_TRUE(future->table->future().flags & compiler::kFutureAnnotations);
  EXPECT_EQ(future->top()->children.size(), 1u);  // annotation blocks are not children
}

TEST(Symtable, NamesAreMangledInClasses) {
  auto t = build(
      "class C:\n"
      "    __a = 1\n"
      "    def __m(self, __p):\n"
      "        return __a, __p, __dunder__\n"
      "    class __D:\n"
      "        import __x.y\n");
  ASSERT_FALSE(t->error);
  EXPECT_NE(t->symbol("C", "_C__a"), nullptr);
  EXPECT_NE(t->symbol("C", "_C__m"), nullptr);
  EXPECT_NE(t->symbol("C", "_C__D"), nullptr);
  // Blocks keep their plain names.
  EXPECT_EQ(t->scope("C/__m", "_C__a"), Scope::GlobalImplicit);
  EXPECT_EQ(t->flags("C/__m", "_C__p"), compiler::kDefParam | compiler::kUse);
  EXPECT_NE(t->symbol("C/__m", "__dunder__"), nullptr);
  EXPECT_NE(t->symbol("C/__D", "_D__x"), nullptr);
}

TEST(Symtable, BlockFlags) {
  auto t = build(
      "def g(*a, **k):\n    yield\n    return 1\n"
      "async def c():\n    await x\n"
      "def ac():\n    return [y async for y in z]\n");
  ASSERT_FALSE(t->error);
  const Block* g = t->block("g");
  EXPECT_TRUE(g->varargs && g->varkeywords && g->generator && g->returns_value);
  EXPECT_TRUE(t->block("c")->coroutine);
  EXPECT_TRUE(t->block("ac/listcomp")->coroutine);
  EXPECT_TRUE(t->block("ac")->coroutine);  // an async list comprehension makes its function a coroutine
}

TEST(Symtable, ErrorsAndTheirLocations) {
  EXPECT_EQ(error_of("def f(a, b, a): pass\n"), "duplicate argument 'a' in function definition @ 1:13-1:14");
  EXPECT_EQ(error_of("def f(x):\n    global x\n"), "name 'x' is parameter and global @ 2:5-2:13");
  EXPECT_EQ(error_of("def f():\n    x: int\n    global x\n"), "annotated name 'x' can't be global @ 3:5-3:13");
  EXPECT_EQ(error_of("def f():\n    global x\n    x: int = 1\n"), "annotated name 'x' can't be global @ 3:5-3:15");
  EXPECT_EQ(error_of("global x\nx: int = 1\n"), "no error");  // allowed at module level
  EXPECT_EQ(error_of("def f():\n    import x\n    global x\n"), "no error");
  EXPECT_EQ(error_of("def f():\n    from m import *\n"), "import * only allowed at module level @ 2:19-2:20");
  // Errors of the analysis point at the first declaration of the name.
  EXPECT_EQ(error_of("def f():\n    nonlocal x\n    global x\n"), "name 'x' is nonlocal and global @ 2:5-2:15");
  EXPECT_EQ(error_of("nonlocal x\n"), "nonlocal declaration not allowed at module level @ 1:1-1:11");
  EXPECT_EQ(error_of("class A:\n    def f(self):\n        nonlocal __x\n"),
            "no binding for nonlocal '_A__x' found @ 3:9-3:21");
  // Errors found while building come before those of the analysis.
  EXPECT_EQ(error_of("def f():\n    nonlocal x\ndef g(a, a): pass\n"),
            "duplicate argument 'a' in function definition @ 3:10-3:11");
  EXPECT_EQ(error_of("[i := 0 for i in ()]\n"),
            "assignment expression cannot rebind comprehension iteration variable 'i' @ 1:2-1:3");
  EXPECT_EQ(error_of("[i for i in () if (j := 0) for j in ()]\n"),
            "comprehension inner loop cannot rebind assignment expression target 'j' @ 1:32-1:33");
  EXPECT_EQ(error_of("[i for i in (j := ())]\n"),
            "assignment expression cannot be used in a comprehension iterable expression @ 1:14-1:21");
  EXPECT_EQ(error_of("class C:\n    [(j := i) for i in ()]\n"),
            "assignment expression within a comprehension cannot be used in a class body @ 2:7-2:8");
  EXPECT_EQ(error_of("def f():\n    {(yield): 1 for x in ()}\n"), "'yield' inside dict comprehension @ 2:7-2:12");
  EXPECT_EQ(error_of("def f():\n    [x for x in (yield)]\n"), "no error");  // the first iterable is f's
  EXPECT_EQ(error_of("from __future__ import annotations\ndef f(x: (y := 1)): pass\n"),
            "'named expression' can not be used within an annotation @ 2:11-2:17");
  EXPECT_EQ(error_of("x: (yield)\n"), "no error");  // evaluated normally without the future import
  // Offsets count bytes, as CPython's do here.
  EXPECT_EQ(error_of("def f(b='\xc3\xa4', a=1, a=2): pass\n"),
            "duplicate argument 'a' in function definition @ 1:20-1:21");
}

TEST(Symtable, FutureStatements) {
  EXPECT_EQ(error_of("from __future__ import braces\n"), "not a chance @ 1:1-1:0");
  EXPECT_EQ(error_of("'''doc'''\nfrom __future__ import division, spam\n"),
            "future feature spam is not defined @ 2:1-2:0");
  EXPECT_EQ(error_of("import os; from __future__ import division\n"),
            "from __future__ imports must occur at the beginning of the file @ 1:11-1:0");
  // On a later line it is the code generator's error, not this one's.
  EXPECT_EQ(error_of("import os\nfrom __future__ import spam\n"), "no error");
  auto t = build("'''doc'''\nfrom __future__ import generator_stop\nfrom __future__ import annotations\nx = 1\n");
  ASSERT_FALSE(t->error);
  EXPECT_EQ(t->table->future().lineno, 3);
  EXPECT_TRUE(t->table->future().flags & compiler::kFutureAnnotations);
}

TEST(Symtable, RecursionLimit) {
  // A statement at depth 1, its expressions below: CPython refuses depth 3001.
  auto ok = build("x = " + std::string(2998, '-') + "y\n");
  EXPECT_FALSE(ok->error);
  auto deep = build("x = " + std::string(2999, '-') + "y\n");
  ASSERT_TRUE(deep->error);
  EXPECT_EQ(deep->error->type, dx::parser::SyntaxErrorType::RecursionError);
  EXPECT_EQ(deep->error->message, "maximum recursion depth exceeded during compilation");
  // CPython's optimizer checks the nesting of the whole file before the
  // symbol table reports an earlier error ...
  auto both = build("def f(a, a): pass\nx = " + std::string(2999, '-') + "y\n");
  ASSERT_TRUE(both->error);
  EXPECT_EQ(both->error->type, dx::parser::SyntaxErrorType::RecursionError);
  // ... but leaves annotations alone under PEP 563.
  auto annotation =
      build("from __future__ import annotations\ndef f(a, a): pass\nx: " + std::string(2999, '-') + "y = 1\n");
  ASSERT_TRUE(annotation->error);
  EXPECT_EQ(annotation->error->type, dx::parser::SyntaxErrorType::SyntaxError);
}

TEST(Symtable, SourceLineOfAnError) {
  dx::parser::SyntaxErrorInfo e;
  e.lineno = 2;
  compiler::attach_source_line(e, "a\r\nb = 1\r\nc");
  EXPECT_TRUE(e.has_text);
  EXPECT_EQ(e.text, "b = 1\n");
  compiler::attach_source_line(e, "a\rb\rc");
  EXPECT_EQ(e.text, "b\n");
  e.lineno = 3;
  compiler::attach_source_line(e, "a\nb\nc");
  EXPECT_EQ(e.text, "c");
  e.lineno = 4;
  compiler::attach_source_line(e, "a\nb\nc\n");
  EXPECT_FALSE(e.has_text);
  e.lineno = 1;
  compiler::attach_source_line(e, "x = '\xe4'\n");  // not UTF-8: CPython shows no line
  EXPECT_FALSE(e.has_text);
  compiler::attach_source_line(e, "x = '\xed\xa0\x80'\n");  // an encoded surrogate is not UTF-8 either
  EXPECT_FALSE(e.has_text);
}

TEST(Symtable, Dump) {
  auto t = build("def top(a):\n    b = a\n    return lambda: b\n");
  ASSERT_FALSE(t->error);
  EXPECT_EQ(compiler::dump_symtable(*t->table),
            "module top line=0 optimized=0 nested=0\n"
            "  sym top 2050: global local assigned namespace\n"
            "  function top line=1 optimized=1 nested=0\n"
            "    sym a 2068: referenced parameter global local\n"  // a table named "top" counts as the module's
            "    sym b 10242: global local assigned\n"
            "    parameters: a\n"
            "    locals: a b\n"
            "    globals:\n"
            "    nonlocals:\n"
            "    frees:\n"
            "    function lambda line=3 optimized=1 nested=1\n"
            "      sym b 8208: referenced free\n"
            "      parameters:\n"
            "      locals:\n"
            "      globals:\n"
            "      nonlocals:\n"
            "      frees: b\n");
}
