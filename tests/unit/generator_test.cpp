// Generator methods (send, throw, close) called directly, since Python code
// cannot reach them before attribute lookup exists. Each scenario runs the
// same operations under python3.11 and compares the results line by line:
// "-> repr(value)" or the exception's formatted traceback.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/codegen.h"
#include "compiler/symtable.h"
#include "modules/builtins.h"
#include "objects/dict.h"
#include "objects/generator.h"
#include "objects/str.h"
#include "parser/parser.h"
#include "python_oracle.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/runtime.h"
#include "runtime/thread_state.h"
#include "support/arena.h"
#include "vm/interpreter.h"
#include "vm/traceback.h"

using namespace dx;

namespace {

// One call: "next", "send", "throw" (1 to 3 argument expressions), "close".
struct Op {
  const char* kind;
  const char* gen;
  std::vector<const char*> args;
};

class GeneratorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    runtime_init();
    interp.builtins = make_builtins_dict();
    globals = dict_new();
  }
  void TearDown() override {
    dict_clear(globals);
    decref(globals);
    decref(interp.builtins);
  }

  // Runs `source` as module code in `globals`; false (with the error
  // printed into *out) if it fails.
  bool exec(const std::string& source, std::string* out) {
    Arena arena;
    parser::ParseResult p = parser::parse_text(source, "<gen_test>", parser::ParseMode::File, arena);
    if (!p.mod) return false;
    compiler::SymtableResult st = compiler::build_symtable(p.mod, "<gen_test>", arena);
    if (!st.table) return false;
    compiler::CompileResult cr = compiler::compile_module(p.mod, *st.table, "<gen_test>");
    if (!cr.code) {
      *out += "cannot compile: " + cr.unsupported;
      return false;
    }
    Object* r = eval_module_code(cr.code, globals, interp.builtins);
    decref(cr.code);
    if (!r) {
      Object* e = fetch_error();
      *out += format_exception(e);
      decref(e);
      return false;
    }
    decref(r);
    return true;
  }

  Object* global(const char* name) {
    Object* key = str_from_ascii(name);
    bool error = false;
    Object* v = dict_get_item(globals, key, &error);
    decref(key);
    return v;
  }

  // The value of a Python expression (new reference).
  Object* value_of(const char* expr) {
    std::string out;
    if (!exec(std::string("__value__ = ") + expr + "\n", &out)) return nullptr;
    return newref(global("__value__"));
  }

  std::string run_op(const Op& op) {
    Object* gen = global(op.gen);
    if (!gen || !is_generator(gen)) return "no generator";
    std::vector<Object*> args;
    for (const char* a : op.args) args.push_back(value_of(a));
    Object* r = nullptr;
    std::string kind = op.kind;
    if (kind == "next") {
      r = type_of(gen)->tp_iternext(gen);
      if (!r && !error_occurred()) raise_object(&exc::StopIteration, nullptr);
    } else if (kind == "send") r = generator_send(gen, args[0]);
    else if (kind == "throw")
      r = generator_throw(gen, args[0], args.size() > 1 ? args[1] : nullptr, args.size() > 2 ? args[2] : nullptr);
    else if (kind == "close") r = generator_close(gen);
    for (Object* a : args) xdecref(a);
    if (r) {
      Object* text = object_repr(r);
      decref(r);
      std::string s = "-> " + std::string(str_utf8(text));
      decref(text);
      return s;
    }
    Object* e = fetch_error();
    if (!e) return "null without an exception";
    std::string s = format_exception(e);
    decref(e);
    if (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
  }

  // Runs the module and the operations here and under python3.11.
  void check(const std::string& source, const std::vector<Op>& ops) {
    if (!test::python311_available()) GTEST_SKIP() << "python3.11 not found";
    std::string ours;
    ASSERT_TRUE(exec(source, &ours)) << ours;
    for (const Op& op : ops) ours += run_op(op) + "\n";

    std::string script = "import traceback\nns = {}\nexec(compile(" + repr_py(source) + ", '<gen_test>', 'exec'), ns)\n";
    script += "def show(f):\n    try:\n        r = f()\n    except BaseException as e:\n"
              "        tb = e.__traceback__.tb_next.tb_next\n"
              "        print(''.join(traceback.format_exception(type(e), e, tb)), end='')\n    else:\n        print('-> ' + repr(r))\n";
    for (const Op& op : ops) {
      std::string call;
      std::string g = std::string("ns['") + op.gen + "']";
      std::string kind = op.kind;
      if (kind == "next") call = "next(" + g + ")";
      else if (kind == "close") call = g + ".close()";
      else {
        call = g + "." + kind + "(";
        for (size_t i = 0; i < op.args.size(); i++) call += std::string(i ? ", " : "") + "eval(" + repr_py(op.args[i]) + ", ns)";
        call += ")";
      }
      script += "show(lambda: " + call + ")\n";
    }
    std::vector<std::string> lines;
    ASSERT_TRUE(test::run_python311(script, &lines)) << script;
    std::string theirs;
    for (const std::string& l : lines) theirs += l + "\n";
    EXPECT_EQ(ours, theirs);
  }

  static std::string repr_py(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
      if (c == '\n') out += "\\n";
      else if (c == '\'' || c == '\\') out += std::string("\\") + c;
      else out += c;
    }
    return out + "'";
  }

  Interpreter interp;
  ThreadState ts{&interp};
  ThreadStateScope scope{&ts};
  Object* globals = nullptr;
};

TEST_F(GeneratorTest, Send) {
  check(
      "def echo():\n"
      "    r = yield 'ready'\n"
      "    while r != 'stop':\n"
      "        r = yield 'got ' + str(r)\n"
      "    return 'stopped'\n"
      "g = echo()\n"
      "h = echo()\n",
      {{"send", "g", {"1"}},
       {"send", "g", {"None"}},
       {"send", "g", {"5"}},
       {"next", "g", {}},
       {"send", "g", {"'stop'"}},
       {"send", "g", {"1"}},
       {"next", "g", {}},
       {"next", "h", {}},
       {"close", "h", {}},
       {"send", "h", {"2"}}});
}

TEST_F(GeneratorTest, Throw) {
  check(
      "def catcher():\n"
      "    while True:\n"
      "        try:\n"
      "            yield 'waiting'\n"
      "        except ValueError as e:\n"
      "            yield 'caught ' + str(e)\n"
      "g = catcher()\n"
      "u = catcher()\n"
      "v = catcher()\n",
      {{"next", "g", {}},
       {"throw", "g", {"ValueError('x')"}},
       {"next", "g", {}},
       {"throw", "g", {"ValueError"}},
       {"throw", "g", {"ValueError", "'as value'"}},
       {"throw", "g", {"ValueError", "('a', 'b')"}},
       {"throw", "g", {"ValueError", "ValueError('instance')"}},
       {"throw", "g", {"ValueError('i')", "'v'"}},
       {"throw", "g", {"5"}},
       {"throw", "g", {"ValueError", "None", "5"}},
       {"throw", "g", {"KeyError('k')"}},
       {"next", "g", {}},
       {"throw", "g", {"KeyError('after')"}},
       {"throw", "u", {"TypeError('unstarted')"}},
       {"next", "u", {}},
       {"next", "v", {}},
       {"throw", "v", {"StopIteration('pep 479')"}}});
}

TEST_F(GeneratorTest, Close) {
  check(
      "def ignores():\n"
      "    try:\n"
      "        yield 1\n"
      "    except GeneratorExit:\n"
      "        pass\n"
      "    yield 2\n"
      "def returns():\n"
      "    try:\n"
      "        yield 1\n"
      "    except GeneratorExit:\n"
      "        return 'value'\n"
      "def raises():\n"
      "    try:\n"
      "        yield 1\n"
      "    except GeneratorExit:\n"
      "        raise KeyError('from close')\n"
      "a = ignores()\n"
      "b = returns()\n"
      "c = raises()\n"
      "d = ignores()\n",
      {{"next", "a", {}},
       {"close", "a", {}},
       {"next", "b", {}},
       {"close", "b", {}},
       {"close", "b", {}},
       {"next", "c", {}},
       {"close", "c", {}},
       {"close", "d", {}},
       {"next", "d", {}}});
}

TEST_F(GeneratorTest, DelegationForwardsSendThrowClose) {
  check(
      "log = {}\n"
      "def inner():\n"
      "    try:\n"
      "        x = yield 'inner start'\n"
      "        while True:\n"
      "            try:\n"
      "                x = yield 'inner got ' + str(x)\n"
      "            except ValueError as e:\n"
      "                x = yield 'inner caught ' + str(e)\n"
      "            if x == 'end':\n"
      "                return 'inner result'\n"
      "    except GeneratorExit:\n"
      "        log['inner'] = 'closed'\n"
      "        raise\n"
      "def outer():\n"
      "    r = yield from inner()\n"
      "    yield 'outer got ' + str(r)\n"
      "    try:\n"
      "        yield from inner()\n"
      "    except KeyError as e:\n"
      "        yield 'outer caught ' + str(e)\n"
      "g = outer()\n"
      "h = outer()\n",
      {{"next", "g", {}},
       {"send", "g", {"1"}},
       {"throw", "g", {"ValueError('v')"}},
       {"send", "g", {"'end'"}},
       {"next", "g", {}},
       {"send", "g", {"2"}},
       {"throw", "g", {"KeyError('k')"}},
       {"close", "g", {}},
       {"next", "g", {}},
       {"next", "h", {}},
       {"close", "h", {}},
       {"next", "h", {}}});
  Object* log = global("log");
  ASSERT_TRUE(log);
  Object* r = object_repr(log);
  EXPECT_EQ(std::string(str_utf8(r)), "{'inner': 'closed'}");
  decref(r);
}

TEST_F(GeneratorTest, ThrowIntoDelegationEndingInner) {
  check(
      "def inner():\n"
      "    try:\n"
      "        yield 1\n"
      "    except ValueError:\n"
      "        return 'returned on throw'\n"
      "def outer():\n"
      "    r = yield from inner()\n"
      "    yield r\n"
      "def plain():\n"
      "    yield from [1, 2, 3]\n"
      "g = outer()\n"
      "p = plain()\n"
      "q = plain()\n",
      {{"next", "g", {}},
       {"throw", "g", {"ValueError"}},
       {"next", "g", {}},
       {"next", "p", {}},
       {"throw", "p", {"IndexError('into a list iterator')"}},
       {"next", "q", {}},
       {"close", "q", {}},
       {"next", "q", {}}});
}

TEST_F(GeneratorTest, NamesAndRepr) {
  std::string out;
  ASSERT_TRUE(exec(
      "def f():\n"
      "    return (x for x in [1])\n"
      "a = f()\n"
      "b = [(y for y in [1]) for z in [1]][0]\n"
      "c = (lambda: (w for w in [1]))()\n"
      "def outer():\n"
      "    def inner():\n"
      "        yield 1\n"
      "    return inner()\n"
      "d = outer()\n"
      "e = (v for v in [1])\n",
      &out))
      << out;
  struct Case {
    const char* var;
    const char* name;
    const char* qualname;
  } cases[] = {{"a", "<genexpr>", "f.<locals>.<genexpr>"},
               {"b", "<genexpr>", "<listcomp>.<genexpr>"},
               {"c", "<genexpr>", "<lambda>.<locals>.<genexpr>"},
               {"d", "inner", "outer.<locals>.inner"},
               {"e", "<genexpr>", "<genexpr>"}};
  for (const Case& c : cases) {
    auto* gen = static_cast<GeneratorObject*>(global(c.var));
    ASSERT_TRUE(gen && is_generator(gen)) << c.var;
    EXPECT_EQ(std::string(str_utf8(gen->gi_name)), c.name);
    EXPECT_EQ(std::string(str_utf8(gen->gi_qualname)), c.qualname);
    Object* r = object_repr(gen);
    std::string text(str_utf8(r));
    decref(r);
    std::string prefix = std::string("<generator object ") + c.qualname + " at 0x";
    EXPECT_EQ(text.substr(0, prefix.size()), prefix);
    EXPECT_EQ(text.back(), '>');
  }
}

}  // namespace
