// frame_object_at_depth (what sys._getframe will call) and the frame
// objects it gives, checked against python3.11's sys._getframe: the test
// binds it as a builtin `_getframe` in the module's globals, runs the same
// program under both and compares what the program collected.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/codegen.h"
#include "compiler/symtable.h"
#include "gc/gc.h"
#include "modules/builtins.h"
#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/frame_object.h"
#include "objects/int.h"
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

// _getframe([depth]) as sys._getframe will be.
Object* getframe(Object*, Object* const* args, ssize nargs) {
  ssize depth = 0;
  if (nargs > 0) {
    std::optional<int64_t> v = int_to_int64(args[0]);
    if (!v) return nullptr;
    depth = static_cast<ssize>(*v);
  }
  return frame_object_at_depth(current_thread(), depth);
}

MethodDef getframe_def = {"_getframe", reinterpret_cast<CFunction>(reinterpret_cast<void*>(getframe)), kMethFastcall,
                          nullptr};

class FrameObjectTest : public ::testing::Test {
 protected:
  void SetUp() override {
    runtime_init();
    interp.builtins = make_builtins_dict();
    globals = dict_new();
    Object* fn = builtin_function_new(&getframe_def, nullptr, nullptr);
    Object* key = str_from_ascii("_getframe");
    dict_set_item(globals, key, fn);
    decref(key);
    decref(fn);
  }
  void TearDown() override {
    dict_clear(globals);
    decref(globals);
    gc_collect(current_thread(), 2);
    decref(interp.builtins);
  }

  // Runs `source` as module code; false (with the error in *out) if it fails.
  bool exec(const std::string& source, std::string* out) {
    Arena arena;
    parser::ParseResult p = parser::parse_text(source, "<frame_test>", parser::ParseMode::File, arena);
    if (!p.mod) return false;
    compiler::SymtableResult st = compiler::build_symtable(p.mod, "<frame_test>", arena);
    if (!st.table) return false;
    compiler::CompileResult cr = compiler::compile_module(p.mod, *st.table, "<frame_test>");
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

  // The program's `log` (a list of str), joined by newlines.
  std::string log() {
    Object* key = str_from_ascii("log");
    bool error = false;
    Object* v = dict_get_item(globals, key, &error);
    decref(key);
    if (!v) return "no log";
    Object* sep = str_from_ascii("\n");
    Object* joined = call_method(sep, "join", v);
    decref(sep);
    if (!joined) {
      clear_error();
      return "join failed";
    }
    std::string s(str_utf8(joined));
    decref(joined);
    return s;
  }

  static Object* call_method(Object* self, const char* name, Object* arg) {
    Object* key = str_from_ascii(name);
    Object* m = object_getattr(self, key);
    decref(key);
    if (!m) return nullptr;
    Object* r = object_vectorcall(m, &arg, 1, nullptr);
    decref(m);
    return r;
  }

  void check(const std::string& source) {
    if (!test::python311_available()) GTEST_SKIP() << "python3.11 not found";
    std::string ours;
    // The oracle's two lines of set-up, so that line numbers agree.
    ASSERT_TRUE(exec("#\n#\n" + source, &ours)) << ours;
    ours = log();
    std::string script = "import sys\n_getframe = sys._getframe\n" + source + "print('\\n'.join(log))\n";
    std::vector<std::string> lines;
    ASSERT_TRUE(test::run_python311(script, &lines));
    std::string theirs;
    for (size_t i = 0; i < lines.size(); i++) theirs += (i ? "\n" : "") + lines[i];
    EXPECT_EQ(ours, theirs);
  }

  Interpreter interp;
  ThreadState ts{&interp};
  ThreadStateScope scope{&ts};
  Object* globals = nullptr;
};

TEST_F(FrameObjectTest, DepthWalksOutward) {
  check(
      "log = []\n"
      "def inner():\n"
      "    f = _getframe()\n"
      "    log.append(f.f_code.co_name + ' ' + _getframe(1).f_code.co_name + ' ' + _getframe(2).f_code.co_name)\n"
      "    log.append(str(_getframe(0) is f) + ' ' + str(_getframe(-5) is f) + ' ' + str(f.f_back is _getframe(1)))\n"
      "    log.append(str(sorted(_getframe(1).f_locals)))\n"
      "    try:\n"
      "        _getframe(3)\n"
      "    except ValueError as e:\n"
      "        log.append(str(e))\n"
      "def outer(a, b=2):\n"
      "    c = a + b\n"
      "    inner()\n"
      "outer(1)\n"
      "m = _getframe()\n"
      "log.append(str(m.f_back) + ' ' + str(m.f_locals is globals()) + ' ' + str(m.f_lineno))\n");
}

TEST_F(FrameObjectTest, FrameOutlivesItsCall) {
  check(
      "log = []\n"
      "def f(x):\n"
      "    y = [x]\n"
      "    return _getframe()\n"
      "def g():\n"
      "    return f(5)\n"
      "fr = g()\n"
      "log.append(str(fr.f_locals) + ' ' + str(fr.f_lineno) + ' ' + fr.f_back.f_code.co_name)\n"
      "log.append(str(fr.f_back.f_back is _getframe()) + ' ' + str(fr.f_back.f_lineno))\n"
      "fr.clear()\n"
      "log.append(str(fr.f_locals))\n"
      "try:\n"
      "    _getframe().clear()\n"
      "except RuntimeError as e:\n"
      "    log.append(str(e))\n");
}

TEST_F(FrameObjectTest, CycleThroughLocalsIsCollected) {
  // frame -> locals -> list -> frame: only the collector frees it.
  std::string out;
  interp.gc.enabled = false;  // no automatic collection meanwhile
  ASSERT_TRUE(exec(
      "def f():\n"
      "    keep = []\n"
      "    keep.append(_getframe())\n"
      "    return keep\n"
      "for i in range(10):\n"
      "    f()\n",
      &out))
      << out;
  interp.gc.enabled = true;
  EXPECT_GE(gc_collect(&ts, 2), 20);
}

}  // namespace
