// The sys module. Made on first use (the first import), from the
// interpreter's configuration; its values are CPython 3.11.2's where a
// program could compare them (version_info, the numeric limits), dx-py's
// where they describe the implementation (implementation.name, cache_tag).
#include <climits>
#include <cfloat>
#include <string>
#include <utility>

#include "cli/version.h"
#include "gc/gc.h"
#include "modules/builtins.h"
#include "modules/module_registry.h"
#include "modules/sys_streams.h"
#include "objects/dict.h"
#include "objects/float.h"
#include "objects/frame_object.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/simple_namespace.h"
#include "objects/slice.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/struct_seq.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"
#include "vm/arguments.h"
#include "vm/traceback.h"

namespace dx {

namespace {

TypeObject VersionInfoType, FloatInfoType, IntInfoType, HashInfoType, FlagsType;

template <typename F>
constexpr CFunction cfunc(F f) {
  return reinterpret_cast<CFunction>(reinterpret_cast<void*>(f));
}

Object* str_of(std::string_view s) { return str_from_utf8(s); }

// sys.exit([status]): raises SystemExit(status).
Object* sys_exit(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("exit", nargs, 0, 1)) return nullptr;
  Object* t = nargs ? tuple_pack({args[0]}) : tuple_new(0);
  if (!t) return nullptr;
  Object* e = exception_new(&exc::SystemExit, t);
  decref(t);
  if (!e) return nullptr;
  raise_object(&exc::SystemExit, e);
  decref(e);
  return nullptr;
}

Object* sys_getrecursionlimit(Object*, Object*) { return int_from_int64(current_thread()->interp->recursion_limit); }

// sys._getframe(depth=0, /): the frame object `depth` calls below the
// caller's (ValueError past the bottom of the stack).
Object* sys_getframe(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("_getframe", nargs, 0, 1)) return nullptr;
  int64_t depth = 0;
  if (nargs == 1) {
    Object* arg = args[0];
    if (is_float(arg)) return raise(&exc::TypeError, "'float' object cannot be interpreted as an integer");
    Object* i = number_index(arg);
    if (!i) return nullptr;
    auto v = int_to_int64(i);
    decref(i);
    if (!v || *v > INT_MAX || *v < INT_MIN) return raise(&exc::OverflowError, "Python int too large to convert to C int");
    depth = *v;
  }
  return frame_object_at_depth(current_thread(), static_cast<ssize>(depth));
}

Object* sys_setrecursionlimit(Object*, Object* arg) {
  if (is_float(arg)) return raise(&exc::TypeError, "'float' object cannot be interpreted as an integer");
  if (!is_int(arg))
    return raise(&exc::TypeError, "'%.200s' object cannot be interpreted as an integer", type_of(arg)->tp_name);
  auto v = int_to_int64(arg);
  if (!v || *v > INT_MAX) return raise(&exc::OverflowError, "Python int too large to convert to C int");
  if (*v < 1) return raise(&exc::ValueError, "recursion limit must be greater or equal than 1");
  ThreadState* ts = current_thread();
  int limit = static_cast<int>(*v);
  if (ts->recursion_depth >= limit)
    return raise(&exc::RecursionError,
                 "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", limit,
                 ts->recursion_depth);
  ts->interp->recursion_limit = limit;
  if (ts->call_limit != 0) ts->call_limit = limit;
  return return_none();
}

Object* sys_getrefcount(Object*, Object* arg) { return int_from_int64(arg->ob_refcnt); }

// getsizeof(object[, default]): __sizeof__() plus the collector's header.
Object* sys_getsizeof(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"object", "default"};
  Object* v[2];
  if (!parse_args(ArgSpec{"getsizeof", kNames, 2, 1}, args, nargs, kwnames, v)) return nullptr;
  static Object* sizeof_name = str_intern_static("__sizeof__");
  bool found = false;
  Object* r = call_special(v[0], sizeof_name, nullptr, 0, &found);
  if (!r) {
    if (!found && !error_occurred())
      raise(&exc::TypeError, "Type %.100s doesn't define __sizeof__", type_of(v[0])->tp_name);
    if (v[1] && error_matches(&exc::TypeError)) {
      clear_error();
      return newref(v[1]);
    }
    return nullptr;
  }
  if (!is_int(r)) {
    decref(r);
    return raise(&exc::TypeError, "an integer is required");
  }
  auto n = int_to_int64(r);
  decref(r);
  if (!n) return nullptr;
  if (*n < 0) return raise(&exc::ValueError, "__sizeof__() should return >= 0");
  TypeObject* t = type_of(v[0]);
  bool gc = (t->tp_flags & kTpHaveGc) && (!t->tp_is_gc || t->tp_is_gc(v[0]));
  return int_from_int64(*n + (gc ? static_cast<int64_t>(sizeof(GcHead)) : 0));
}

Object* sys_intern(Object*, Object* arg) {
  if (!is_str_exact(arg))
    return raise(&exc::TypeError, "intern() argument must be str, not %.50s", type_of(arg)->tp_name);
  return str_intern(arg);
}

Object* sys_exc_info(Object*, Object*) {
  Object* e = handled_exception_topmost(current_thread());
  if (!e || is_none(e)) return tuple_pack({none(), none(), none()});
  Object* tb = static_cast<BaseExceptionObject*>(e)->traceback;
  return tuple_pack({reinterpret_cast<Object*>(type_of(e)), e, tb ? tb : none()});
}

Object* sys_exception(Object*, Object*) {
  Object* e = handled_exception_topmost(current_thread());
  return newref(e ? e : none());
}

Object* sys_false(Object*, Object*) { return newref(bool_object(false)); }
Object* sys_none(Object*, Object*) { return return_none(); }
Object* sys_utf8(Object*, Object*) { return str_from_ascii("utf-8"); }
Object* sys_fs_errors(Object*, Object*) { return str_from_ascii("surrogateescape"); }
Object* sys_switchinterval(Object*, Object*) { return float_from_double(0.005); }
// audit(event, *args) and addaudithook(hook): no audit hooks run.
Object* sys_audit(Object*, Object* const*, ssize nargs) {
  if (nargs < 1) return raise(&exc::TypeError, "audit() missing 1 required positional argument: 'event'");
  return return_none();
}
Object* sys_addaudithook(Object*, Object*) { return return_none(); }

// displayhook(value): its repr on sys.stdout and builtins._ = value.
Object* sys_displayhook(Object*, Object* v) {
  if (is_none(v)) return return_none();
  Interpreter* interp = current_thread()->interp;
  static Object* underscore = str_intern_static("_");
  if (dict_set_item(interp->builtins, underscore, none()) < 0) return nullptr;
  Object* r = object_repr(v);
  if (!r) return nullptr;
  std::string_view text = str_utf8(r);
  if (!text.data()) {
    decref(r);
    return nullptr;
  }
  interp->out.write(text);
  interp->out.write("\n");
  decref(r);
  if (dict_set_item(interp->builtins, underscore, v) < 0) return nullptr;
  return return_none();
}

// excepthook(type, value, traceback): the traceback as CPython prints it, on stderr.
Object* sys_excepthook(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("excepthook", nargs, 3, 3)) return nullptr;
  Interpreter* interp = current_thread()->interp;
  interp->out.flush();
  Object* e = args[1];
  if (!is_instance_of_type(e, &exc::BaseException)) {
    Object* r = object_str(e);
    if (!r) return nullptr;
    std::string text = "TypeError: print_exception(): Exception expected for value, ";
    text += type_of(e)->tp_name;
    text += " found\n";
    decref(r);
    interp->err.write(text);
    return return_none();
  }
  interp->err.write(format_exception(e));
  return return_none();
}

MethodDef sys_methods[] = {
    {"exit", cfunc(sys_exit), kMethFastcall,
     "Exit the interpreter by raising SystemExit(status).\n\nIf the status is omitted or None, it defaults to zero "
     "(i.e., success).\nIf the status is an integer, it will be used as the system exit status.\nIf it is another "
     "kind of object, it will be printed and the system\nexit status will be one (i.e., failure)."},
    {"getrecursionlimit", cfunc(sys_getrecursionlimit), kMethNoArgs, nullptr},
    {"_getframe", cfunc(sys_getframe), kMethFastcall, nullptr},
    {"setrecursionlimit", cfunc(sys_setrecursionlimit), kMethO, nullptr},
    {"getrefcount", cfunc(sys_getrefcount), kMethO, nullptr},
    {"getsizeof", cfunc(sys_getsizeof), kMethFastcall | kMethKeywords, nullptr},
    {"intern", cfunc(sys_intern), kMethO, nullptr},
    {"exc_info", cfunc(sys_exc_info), kMethNoArgs, nullptr},
    {"exception", cfunc(sys_exception), kMethNoArgs, nullptr},
    {"is_finalizing", cfunc(sys_false), kMethNoArgs, nullptr},
    {"getdefaultencoding", cfunc(sys_utf8), kMethNoArgs, nullptr},
    {"getfilesystemencoding", cfunc(sys_utf8), kMethNoArgs, nullptr},
    {"getfilesystemencodeerrors", cfunc(sys_fs_errors), kMethNoArgs, nullptr},
    {"getswitchinterval", cfunc(sys_switchinterval), kMethNoArgs, nullptr},
    {"gettrace", cfunc(sys_none), kMethNoArgs, nullptr},
    {"getprofile", cfunc(sys_none), kMethNoArgs, nullptr},
    {"audit", cfunc(sys_audit), kMethFastcall, nullptr},
    {"addaudithook", cfunc(sys_addaudithook), kMethO, nullptr},
    {"displayhook", cfunc(sys_displayhook), kMethO, nullptr},
    {"excepthook", cfunc(sys_excepthook), kMethFastcall, nullptr},
    {"breakpointhook", cfunc(sys_breakpointhook), kMethFastcall | kMethKeywords, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

Object* str_list(const std::vector<std::string>& items) {
  Object* l = list_new(0);
  for (const std::string& s : items) {
    Object* v = l ? str_of(s) : nullptr;
    if (!v || list_append(l, v) < 0) {
      xdecref(v);
      xdecref(l);
      return nullptr;
    }
    decref(v);
  }
  return l;
}

Object* i64(int64_t v) { return int_from_int64(v); }

Object* make_version_info() {
  Object* items[] = {i64(3), i64(11), i64(2), str_from_ascii("final"), i64(0)};
  return struct_seq_new(&VersionInfoType, items, 5);
}

Object* make_float_info() {
  Object* items[] = {float_from_double(DBL_MAX), i64(DBL_MAX_EXP), i64(DBL_MAX_10_EXP), float_from_double(DBL_MIN),
                     i64(DBL_MIN_EXP), i64(DBL_MIN_10_EXP), i64(DBL_DIG), i64(DBL_MANT_DIG),
                     float_from_double(DBL_EPSILON), i64(FLT_RADIX), i64(FLT_ROUNDS)};
  return struct_seq_new(&FloatInfoType, items, 11);
}

Object* make_int_info() {
  Object* items[] = {i64(30), i64(4), i64(4300), i64(640)};
  return struct_seq_new(&IntInfoType, items, 4);
}

Object* make_hash_info() {
  Object* items[] = {i64(64), i64((int64_t(1) << 61) - 1), i64(314159), i64(0), i64(1000003), str_from_ascii("xxh3"),
                     i64(64), i64(64), i64(0)};
  return struct_seq_new(&HashInfoType, items, 9);
}

Object* make_flags(const InterpreterConfig& c) {
  Object* items[] = {i64(c.debug), i64(c.inspect), i64(c.interactive), i64(c.optimize), i64(c.dont_write_bytecode),
                     i64(c.no_user_site), i64(c.no_site), i64(c.ignore_environment), i64(c.verbose),
                     i64(c.bytes_warning), i64(c.quiet), i64(1), i64(c.isolated), newref(bool_object(false)), i64(0),
                     i64(0), newref(bool_object(c.safe_path)), i64(-1)};
  return struct_seq_new(&FlagsType, items, 18);
}

// sys.implementation: dx-py's name and cache tag (its bytecode files are
// NAME.dxpy-311.dpb, DESIGN D10), CPython's version.
Object* make_implementation(Object* version_info) {
  Object* d = dict_new();
  if (!d) return nullptr;
  Object* items[][2] = {
      {str_from_ascii("name"), str_from_ascii("dxpy")},
      {str_from_ascii("cache_tag"), str_from_ascii("dxpy-311")},
      {str_from_ascii("version"), newref(version_info)},
      {str_from_ascii("hexversion"), i64(0x030b02f0)},
      {str_from_ascii("_multiarch"), str_from_ascii("x86_64-linux-gnu")},
  };
  bool ok = true;
  for (auto& kv : items) {
    ok = ok && kv[0] && kv[1] && dict_set_item(d, kv[0], kv[1]) == 0;
    xdecref(kv[0]);
    xdecref(kv[1]);
  }
  Object* ns = ok ? simple_namespace_new(d) : nullptr;
  decref(d);
  return ns;
}

// The parent of a directory ("/usr/lib/python3.11" -> "/usr/lib").
std::string dirname(const std::string& p) {
  size_t k = p.find_last_of('/');
  if (k == std::string::npos) return "";
  return k == 0 ? "/" : p.substr(0, k);
}

}  // namespace

Object* sys_module_create(Interpreter* interp) {
  Object* name = str_from_ascii("sys");
  Object* doc = str_from_ascii(
      "This module provides access to some objects used or maintained by the\n"
      "interpreter and to functions that interact strongly with the interpreter.\n");
  Object* m = name && doc ? module_new(name, doc) : nullptr;
  xdecref(name);
  xdecref(doc);
  if (!m) return nullptr;
  const InterpreterConfig& c = interp->config;
  bool ok = module_add_functions(m, sys_methods) == 0;
  auto add = [&](const char* name, Object* v) {
    ok = ok && v && module_add_object(m, name, v) == 0;
    xdecref(v);
  };
  std::vector<std::string> path;
  if (c.has_path0) path.push_back(c.path0);
  path.insert(path.end(), c.pythonpath.begin(), c.pythonpath.end());
  if (!c.stdlib.empty()) path.push_back(c.stdlib);
  std::string prefix = c.stdlib.empty() ? "/usr" : dirname(dirname(c.stdlib));
  Object* version_info = make_version_info();
  add("argv", str_list(c.argv));
  add("orig_argv", str_list(c.orig_argv));
  add("executable", str_of(c.executable));
  add("_base_executable", str_of(c.executable));
  add("path", str_list(path));
  add("modules", newref(interp->modules));
  add("builtin_module_names", builtin_module_names());
  add("meta_path", list_new(0));
  add("path_hooks", list_new(0));
  add("path_importer_cache", dict_new());
  add("warnoptions", list_new(0));
  add("_xoptions", dict_new());
  for (const char* name : {"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"}) add(name, str_of(prefix));
  add("platlibdir", str_from_ascii("lib"));
  add("_stdlib_dir", c.stdlib.empty() ? newref(none()) : str_of(c.stdlib));
  add("pycache_prefix", newref(none()));
  add("maxsize", i64(INT64_MAX));
  add("maxunicode", i64(0x10FFFF));
  add("byteorder", str_from_ascii("little"));
  add("platform", str_from_ascii("linux"));
  add("api_version", i64(1013));
  add("hexversion", i64(0x030b02f0));
  add("abiflags", str_from_ascii(""));
  add("float_repr_style", str_from_ascii("short"));
  add("dont_write_bytecode", newref(bool_object(c.dont_write_bytecode)));
  add("version", str_of(std::string(cli::kPythonVersion) + " (dx-py " + cli::kDxpyVersion + ") [" +
                        cli::kCompilerDescription + "]"));
  add("copyright", str_from_ascii(
                       "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) "
                       "2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National "
                       "Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting "
                       "Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."));
  add("implementation", version_info ? make_implementation(version_info) : nullptr);
  add("version_info", version_info);
  add("float_info", make_float_info());
  add("int_info", make_int_info());
  add("hash_info", make_hash_info());
  add("flags", make_flags(c));
  const char* streams[][2] = {{"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"}};
  for (int fd = 0; fd < 3; fd++) {
    Object* s = text_stream_new(fd);
    if (s) incref(s);
    add(streams[fd][0], s);
    add(streams[fd][1], s);
  }
  // The original hooks, as __displayhook__, __excepthook__ and __breakpointhook__.
  for (const char* name : {"displayhook", "excepthook", "breakpointhook"}) {
    bool error = false;
    Object* key = str_intern_utf8(name);
    Object* f = key ? dict_get_item(module_dict(m), key, &error) : nullptr;
    xdecref(key);
    add((std::string("__") + name + "__").c_str(), f ? newref(f) : nullptr);
  }
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

void init_sys_types() {
  static const char* const version_fields[] = {"major", "minor", "micro", "releaselevel", "serial", nullptr};
  static const char* const float_fields[] = {"max",      "max_exp", "max_10_exp", "min",   "min_exp", "min_10_exp",
                                             "dig",      "mant_dig", "epsilon",   "radix", "rounds",  nullptr};
  static const char* const int_fields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                           "str_digits_check_threshold", nullptr};
  static const char* const hash_fields[] = {"width",     "modulus",   "inf",       "nan",    "imag",
                                            "algorithm", "hash_bits", "seed_bits", "cutoff", nullptr};
  static const char* const flag_fields[] = {
      "debug",   "inspect",        "interactive",        "optimize", "dont_write_bytecode", "no_user_site",
      "no_site", "ignore_environment", "verbose",       "bytes_warning", "quiet",           "hash_randomization",
      "isolated", "dev_mode",      "utf8_mode",          "warn_default_encoding", "safe_path", "int_max_str_digits",
      nullptr};
  struct {
    TypeObject* t;
    const char* name;
    const char* const* fields;
    const char* doc;
  } seqs[] = {
      {&VersionInfoType, "sys.version_info", version_fields,
       "sys.version_info\n\nVersion information as a named tuple."},
      {&FloatInfoType, "sys.float_info", float_fields,
       "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\n"
       "information about the precision and internal representation. Please study\nyour system's :file:`float.h` "
       "for more information."},
      {&IntInfoType, "sys.int_info", int_fields,
       "sys.int_info\n\nA named tuple that holds information about Python's\ninternal representation of integers.  "
       "The attributes are read only."},
      {&HashInfoType, "sys.hash_info", hash_fields,
       "hash_info\n\nA named tuple providing parameters used for computing\nhashes. The attributes are read only."},
      {&FlagsType, "sys.flags", flag_fields, "sys.flags\n\nFlags provided through command line arguments or "
                                             "environment vars."},
  };
  for (auto& s : seqs) struct_seq_init_type(s.t, s.name, s.fields, s.doc);
  init_text_stream_type();
  for (auto& s : seqs) {
    register_static_type(s.t);
    type_ready(s.t);
    struct_seq_finish(s.t);
  }
  ready_text_stream_types();
}

}  // namespace dx
