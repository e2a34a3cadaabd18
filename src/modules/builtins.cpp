// The builtins module: its functions (one table) and the builtin classes
// and exceptions it names.
#include "modules/builtins.h"

#include <initializer_list>
#include <string>
#include <utility>

#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/cell.h"
#include "objects/dict.h"
#include "objects/frame_object.h"
#include "objects/memoryview.h"
#include "objects/float.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/method.h"
#include "objects/property.h"
#include "objects/set.h"
#include "objects/slice.h"
#include "objects/super.h"
#include "objects/type.h"
#include "objects/union_type.h"
#include "runtime/buffer.h"
#include "runtime/names.h"
#include "vm/arguments.h"
#include "vm/code.h"
#include "vm/compile_source.h"
#include "vm/frame.h"
#include "vm/import.h"
#include "modules/sys_streams.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"

namespace dx {

Object* build_class(Object*, Object* const* args, ssize nargs, Object* kwnames);  // objects/type_new.cpp

// isinstance(o, cls) for one class: the metaclass's __instancecheck__
// unless cls is an exact `type` instance.
int object_is_instance(Object* o, Object* cls) {
  if (type_of(o) == reinterpret_cast<TypeObject*>(cls)) return 1;
  if (type_of(cls) == &TypeType) return object_real_isinstance(o, reinterpret_cast<TypeObject*>(cls));
  if (type_of(cls) == &UnionType) cls = union_args(cls);  // isinstance(x, int | str)
  if (is_tuple(cls)) {
    for (ssize i = 0; i < tuple_size(cls); i++) {
      if (!enter_recursive_call(" in __instancecheck__")) return -1;
      int r = object_is_instance(o, tuple_item(cls, i));
      leave_recursive_call();
      if (r != 0) return r;
    }
    return 0;
  }
  bool found;
  Object* r = call_special(cls, names::dunder_instancecheck, &o, 1, &found);
  if (!found) {
    if (error_occurred()) return -1;
    raise(&exc::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
  }
  if (!r) return -1;
  int t = object_is_true(r);
  decref(r);
  return t;
}

int object_is_subclass(Object* derived, Object* cls) {
  if (type_of(cls) == &TypeType) {
    if (!is_type(derived)) {
      raise(&exc::TypeError, "issubclass() arg 1 must be a class");
      return -1;
    }
    return is_subtype(reinterpret_cast<TypeObject*>(derived), reinterpret_cast<TypeObject*>(cls));
  }
  if (type_of(cls) == &UnionType) cls = union_args(cls);
  if (is_tuple(cls)) {
    for (ssize i = 0; i < tuple_size(cls); i++) {
      if (!enter_recursive_call(" in __subclasscheck__")) return -1;
      int r = object_is_subclass(derived, tuple_item(cls, i));
      leave_recursive_call();
      if (r != 0) return r;
    }
    return 0;
  }
  bool found;
  Object* r = call_special(cls, names::dunder_subclasscheck, &derived, 1, &found);
  if (!found) {
    if (error_occurred()) return -1;
    raise(&exc::TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  if (!r) return -1;
  int t = object_is_true(r);
  decref(r);
  return t;
}

namespace {

// The keyword argument `name` among kwnames (a tuple of str), or nullptr.
// Unknown keywords raise CPython's "'x' is an invalid keyword argument for f()".
bool parse_keywords(const char* func, Object* const* args, ssize nargs, Object* kwnames,
                    std::initializer_list<std::pair<const char*, Object**>> wanted) {
  if (!kwnames) return true;
  for (ssize i = 0; i < tuple_size(kwnames); i++) {
    Object* key = tuple_item(kwnames, i);
    bool found = false;
    for (auto& [name, slot] : wanted) {
      if (str_equal_ascii(key, name)) {
        *slot = args[nargs + i];
        found = true;
        break;
      }
    }
    if (!found) {
      std::string_view k = str_utf8(key);
      raise(&exc::TypeError, "'%.*s' is an invalid keyword argument for %s()", static_cast<int>(k.size()), k.data(),
            func);
      return false;
    }
  }
  return true;
}

// o.name(*args)
Object* call_method(Object* o, Object* name, Object* const* args, size_t nargs) {
  Object* m = object_getattr(o, name);
  if (!m) return nullptr;
  Object* r = object_vectorcall(m, args, nargs, nullptr);
  decref(m);
  return r;
}

// Writes str `s` to `file` by calling its write method (print to a file
// object that is not one of the interpreter's own streams).
bool file_write(Object* file, Object* s) {
  static Object* write_name = str_intern_static("write");
  Object* r = call_method(file, write_name, &s, 1);
  if (!r) return false;
  decref(r);
  return true;
}

// print() to any object with a write method: each piece separately, as CPython.
Object* print_to_file(Object* file, Object* const* args, ssize nargs, Object* sep, Object* end, Object* flush) {
  Object* space = nullptr;
  for (ssize i = 0; i < nargs; i++) {
    if (i > 0) {
      Object* sp = sep;
      if (!sp) {
        if (!space && !(space = str_from_ascii(" "))) return nullptr;
        sp = space;
      }
      if (!file_write(file, sp)) {
        xdecref(space);
        return nullptr;
      }
    }
    Object* s = object_str(args[i]);
    bool ok = s && file_write(file, s);
    xdecref(s);
    if (!ok) {
      xdecref(space);
      return nullptr;
    }
  }
  xdecref(space);
  Object* e = end ? newref(end) : str_from_ascii("\n");
  bool ok = e && file_write(file, e);
  xdecref(e);
  if (!ok) return nullptr;
  if (flush) {
    int t = object_is_true(flush);
    if (t < 0) return nullptr;
    if (t) {
      static Object* flush_name = str_intern_static("flush");
      Object* r = call_method(file, flush_name, nullptr, 0);
      if (!r) return nullptr;
      decref(r);
    }
  }
  return return_none();
}

// print()'s destination when a file is given or sys exists: 1 with
// *stream set to one of the interpreter's own streams or null (then *file
// is written to through its write method), 0 for nothing to do
// (sys.stdout is None), -1 on error.
[[gnu::noinline]] int print_destination(Interpreter* interp, Object** file, OutputStream** stream) {
  if (!*file || is_none(*file)) {
    // sys.stdout (a program may have replaced it).
    *file = sys_get(interp, names::sys_stdout);
    if (!*file) {
      raise(&exc::RuntimeError, "lost sys.stdout");
      return -1;
    }
    if (is_none(*file)) return 0;
  }
  int fd = text_stream_fd(*file);
  *stream = fd == 1 ? &interp->out : fd == 2 ? &interp->err : nullptr;
  return 1;
}

// print(*objects, sep=' ', end='\n', file=None, flush=False)
Object* builtin_print(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Object *sep = nullptr, *end = nullptr, *file = nullptr, *flush = nullptr;
  if (!parse_keywords("print", args, nargs, kwnames,
                      {{"sep", &sep}, {"end", &end}, {"file", &file}, {"flush", &flush}}))
    return nullptr;
  Interpreter* interp = current_thread()->interp;
  OutputStream* stream = &interp->out;
  if ((file && !is_none(file)) || interp->sys_module) {
    // Where a file argument or sys.stdout sends the output (out of line: the
    // usual print has neither).
    int r = print_destination(interp, &file, &stream);
    if (r <= 0) return r < 0 ? nullptr : return_none();
  }
  if (sep && is_none(sep)) sep = nullptr;
  if (end && is_none(end)) end = nullptr;
  if (sep && !is_str(sep)) return raise(&exc::TypeError, "sep must be None or a string, not %.200s", type_of(sep)->tp_name);
  if (end && !is_str(end)) return raise(&exc::TypeError, "end must be None or a string, not %.200s", type_of(end)->tp_name);
  if (!stream) {
    incref(file);  // the write methods may drop the last other reference
    Object* r = print_to_file(file, args, nargs, sep, end, flush);
    decref(file);
    return r;
  }
  std::string out;
  // CPython writes item by item: what came before a failing item is out.
  auto partial = [&]() -> Object* {
    stream->write(out);
    return nullptr;
  };
  int fd = stream == &interp->err ? 2 : 1;
  for (ssize i = 0; i < nargs; i++) {
    if (i > 0) {
      if (sep) {
        if (!text_stream_encode(fd, sep, &out)) return partial();
      } else {
        out += ' ';
      }
    }
    Object* s = object_str(args[i]);
    if (!s) return partial();
    bool ok = text_stream_encode(fd, s, &out);
    decref(s);
    if (!ok) return partial();
  }
  if (end) {
    if (!text_stream_encode(fd, end, &out)) return partial();
  } else {
    out += '\n';
  }
  stream->write(out);
  if (flush) {
    int t = object_is_true(flush);
    if (t < 0) return nullptr;
    if (t) stream->flush();
  }
  return return_none();
}

Object* builtin_len(Object*, Object* arg) {
  ssize n = object_length(arg);
  if (n < 0) return nullptr;
  return int_from_int64(n);
}

Object* builtin_repr(Object*, Object* arg) { return object_repr(arg); }

bool exact_args(const char* name, ssize nargs, ssize n) {
  if (nargs == n) return true;
  raise(&exc::TypeError, "%s expected %zd argument%s, got %zd", name, n, n == 1 ? "" : "s", nargs);
  return false;
}

Object* builtin_isinstance(Object*, Object* const* args, ssize nargs) {
  if (!exact_args("isinstance", nargs, 2)) return nullptr;
  int r = object_is_instance(args[0], args[1]);
  return r < 0 ? nullptr : newref(bool_object(r));
}

Object* builtin_issubclass(Object*, Object* const* args, ssize nargs) {
  if (!exact_args("issubclass", nargs, 2)) return nullptr;
  int r = object_is_subclass(args[0], args[1]);
  return r < 0 ? nullptr : newref(bool_object(r));
}

bool check_attr_name(Object* name) {
  if (is_str(name)) return true;
  raise(&exc::TypeError, "attribute name must be string, not '%.200s'", type_of(name)->tp_name);
  return false;
}

Object* builtin_getattr(Object*, Object* const* args, ssize nargs) {
  if (nargs < 2) return raise(&exc::TypeError, "getattr expected at least 2 arguments, got %zd", nargs);
  if (nargs > 3) return raise(&exc::TypeError, "getattr expected at most 3 arguments, got %zd", nargs);
  if (!check_attr_name(args[1])) return nullptr;
  Object* r = object_getattr(args[0], args[1]);
  if (!r && nargs == 3 && error_matches(&exc::AttributeError)) {
    clear_error();
    return newref(args[2]);
  }
  return r;
}

Object* builtin_hasattr(Object*, Object* const* args, ssize nargs) {
  if (!exact_args("hasattr", nargs, 2) || !check_attr_name(args[1])) return nullptr;
  Object* r = object_getattr(args[0], args[1]);
  if (r) {
    decref(r);
    return newref(bool_object(true));
  }
  if (!error_matches(&exc::AttributeError)) return nullptr;
  clear_error();
  return newref(bool_object(false));
}

Object* builtin_setattr(Object*, Object* const* args, ssize nargs) {
  if (!exact_args("setattr", nargs, 3) || !check_attr_name(args[1])) return nullptr;
  if (object_setattr(args[0], args[1], args[2]) < 0) return nullptr;
  return return_none();
}

Object* builtin_delattr(Object*, Object* const* args, ssize nargs) {
  if (!exact_args("delattr", nargs, 2) || !check_attr_name(args[1])) return nullptr;
  if (object_setattr(args[0], args[1], nullptr) < 0) return nullptr;
  return return_none();
}

Object* builtin_callable(Object*, Object* arg) {
  TypeObject* t = type_of(arg);
  bool c = t->tp_call || ((t->tp_flags & kTpHaveVectorcall) && t->tp_vectorcall_offset > 0);
  return newref(bool_object(c));
}

Object* builtin_id(Object*, Object* arg) { return int_from_int64(reinterpret_cast<intptr_t>(arg)); }

Object* builtin_hash(Object*, Object* arg) {
  hash_t h = object_hash(arg);
  if (h == -1 && error_occurred()) return nullptr;
  return int_from_int64(h);
}

Object* builtin_vars(Object*, Object* const* args, ssize nargs) {
  if (nargs > 1) return raise(&exc::TypeError, "vars expected at most 1 argument, got %zd", nargs);
  if (nargs == 0) {
    Frame* f = current_thread()->current_frame;
    if (!f) return raise(&exc::SystemError, "vars(): no current frame");
    return frame_locals(f);
  }
  Object* d = object_getattr(args[0], names::dunder_dict);
  if (!d && error_matches(&exc::AttributeError)) {
    clear_error();
    return raise(&exc::TypeError, "vars() argument must have __dict__ attribute");
  }
  return d;
}

// dir([o]): the sorted names of o's attributes, or of the current scope.
Object* builtin_dir(Object*, Object* const* args, ssize nargs) {
  if (nargs > 1) return raise(&exc::TypeError, "dir expected at most 1 argument, got %zd", nargs);
  if (nargs == 1) return object_dir(args[0]);
  // The keys of locals(): a module or class body's namespace, or a
  // function frame's f_locals dict refreshed from its variables (so names
  // exec added are there too).
  Frame* f = current_thread()->current_frame;
  Object* names = nullptr;
  if (f) {
    Object* scope = frame_locals(f);
    if (!scope) return nullptr;
    names = list_from_iterable(scope);
    decref(scope);
  }
  if (!names) return error_occurred() ? nullptr : list_new(0);
  if (list_sort(names, nullptr, false) < 0) {
    decref(names);
    return nullptr;
  }
  return names;
}

// The future features of the calling code, which exec/eval/compile pass on.
int caller_future_flags() {
  Frame* f = current_thread()->current_frame;
  return f ? f->code->flags & kCoFutureMask : 0;
}

// The caller's namespaces, for exec/eval/globals/locals without arguments.
Object* caller_globals() {
  Frame* f = current_thread()->current_frame;
  return f ? f->globals : nullptr;
}

// locals(): the namespace of a module or class body, or the function
// frame's f_locals dict (one per frame, refreshed at each call, as CPython's).
Object* caller_locals() {
  Frame* f = current_thread()->current_frame;
  if (!f) return raise(&exc::SystemError, "locals(): no current frame");
  return frame_locals(f);
}

Object* builtin_globals(Object*, Object*) {
  Object* g = caller_globals();
  return g ? newref(g) : return_none();
}

Object* builtin_locals(Object*, Object*) { return caller_locals(); }

// The text of a compile/exec/eval source argument: a str (UTF-8) or the
// bytes of a source file.
bool source_text(Object* source, std::string* text, bool* is_text) {
  if (is_str(source)) {
    std::string_view t = str_utf8(source);
    if (!t.data()) return false;
    *text = t;
    *is_text = true;
    return true;
  }
  // bytes, bytearray, memoryview...: the bytes of a source file, whose
  // coding declaration counts.
  if (!type_of(source)->tp_as_buffer) return false;
  BufferHolder h;
  if (!h.get(source)) return false;
  *text = std::string(h.bytes());
  *is_text = false;
  return true;
}

bool compile_mode(Object* mode, CompileMode* out) {
  if (is_str(mode)) {
    std::string_view m = str_utf8(mode);
    if (m == "exec") *out = CompileMode::Exec;
    else if (m == "eval") *out = CompileMode::Eval;
    else if (m == "single") *out = CompileMode::Single;
    else return raise(&exc::ValueError, "compile() mode must be 'exec', 'eval' or 'single'"), false;
    return true;
  }
  raise(&exc::TypeError, "compile() argument 'mode' must be str, not %s", type_of(mode)->tp_name);
  return false;
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
Object* builtin_compile(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize",
                                       "_feature_version"};
  Object* v[7];
  if (!parse_args(ArgSpec{"compile", kNames, 7, 3, 0, 6}, args, nargs, kwnames, v)) return nullptr;
  std::string text;
  bool is_text = false;
  if (!source_text(v[0], &text, &is_text))
    return error_occurred() ? nullptr
                            : raise(&exc::TypeError, "compile() arg 1 must be a string, bytes or AST object");
  if (!is_str(v[1]))
    return raise(&exc::TypeError, "compile() argument 'filename' must be str, not %s", type_of(v[1])->tp_name);
  int future_flags = 0;
  if (v[3] && is_int(v[3])) {
    auto flags = int_to_int64(v[3]);
    // The future features, the obsolete CO_NESTED, and the flags that
    // change what is compiled (PyCF_ONLY_AST, PyCF_TYPE_COMMENTS...).
    constexpr int64_t kAccepted = kCoFutureMask | 0x10 | 0x200 | 0x400 | 0x1000 | 0x2000 | 0x4000;
    if (!flags || (*flags & ~kAccepted)) return raise(&exc::ValueError, "compile(): unrecognised flags");
    if (*flags & 0x400)
      return raise(&exc::NotImplementedError, "compile() to an AST (PyCF_ONLY_AST) is not supported by dx-py yet");
    future_flags = static_cast<int>(*flags & kCoFutureMask);
  }
  if (v[4]) {
    int dont_inherit = object_is_true(v[4]);
    if (dont_inherit < 0) return nullptr;
    if (!dont_inherit) future_flags |= caller_future_flags();
  } else {
    future_flags |= caller_future_flags();
  }
  CompileMode mode;
  if (!compile_mode(v[2], &mode)) return nullptr;
  int optimize = 0;
  if (v[5] && is_int(v[5])) {
    auto o = int_to_int64(v[5]);
    if (o && *o > 0) optimize = static_cast<int>(*o);
  }
  return compile_source(text, is_text, std::string(str_utf8(v[1])), mode, optimize, future_flags);
}

// The namespaces of exec/eval: the caller's when not given.
bool exec_namespaces(const char* fname, Object* const* args, ssize nargs, Object** globals, Object** locals,
                     Object** owned_locals) {
  *owned_locals = nullptr;
  Object* g = nargs > 1 && !is_none(args[1]) ? args[1] : nullptr;
  Object* l = nargs > 2 && !is_none(args[2]) ? args[2] : nullptr;
  if (g && !is_dict(g)) {
    if (std::string_view(fname) == "exec")
      raise(&exc::TypeError, "exec() globals must be a dict, not %s", type_of(g)->tp_name);
    else
      raise(&exc::TypeError, type_of(g)->tp_as_mapping && type_of(g)->tp_as_mapping->mp_subscript
                                 ? "globals must be a real dict; try eval(expr, {}, mapping)"
                                 : "globals must be a dict");
    return false;
  }
  if (l && !type_of(l)->tp_as_mapping) {
    raise(&exc::TypeError, "locals must be a mapping or None, not %s", type_of(l)->tp_name);
    return false;
  }
  if (!g) {
    g = caller_globals();
    if (!g) {
      raise(&exc::SystemError, "%s(): no current frame", fname);
      return false;
    }
    if (!l) {
      *owned_locals = caller_locals();
      if (!*owned_locals) return false;
      l = *owned_locals;
    }
  } else if (!l) {
    l = g;
  }
  *globals = g;
  *locals = l;
  return true;
}

Object* exec_or_eval(const char* fname, CompileMode mode, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) > 0)
    return raise(&exc::TypeError, "%s() takes no keyword arguments", fname);
  if (nargs < 1) return raise(&exc::TypeError, "%s expected at least 1 argument, got 0", fname);
  if (nargs > 3) return raise(&exc::TypeError, "%s expected at most 3 arguments, got %zd", fname, nargs);
  Object *globals, *locals, *owned;
  if (!exec_namespaces(fname, args, nargs, &globals, &locals, &owned)) return nullptr;
  Object* code = nullptr;
  Object* source = args[0];
  if (type_of(source) == &CodeType) {
    code = newref(source);
    if (static_cast<CodeObject*>(code)->nfrees > 0) {
      decref(code);
      xdecref(owned);
      return raise(&exc::TypeError, "code object passed to %s() may not contain free variables", fname);
    }
  } else {
    std::string text;
    bool is_text = false;
    if (!source_text(source, &text, &is_text)) {
      xdecref(owned);
      if (error_occurred()) return nullptr;
      return raise(&exc::TypeError, "%s() arg 1 must be a string, bytes or code object", fname);
    }
    // eval() ignores leading spaces and tabs.
    if (mode == CompileMode::Eval) {
      size_t k = text.find_first_not_of(" \t");
      text.erase(0, k == std::string::npos ? text.size() : k);
    }
    code = compile_source(text, is_text, "<string>", mode, 0, caller_future_flags());
  }
  Object* r = code ? run_code(code, globals, locals) : nullptr;
  xdecref(code);
  xdecref(owned);
  if (r && mode == CompileMode::Exec) {
    decref(r);
    return return_none();
  }
  return r;
}

Object* builtin_exec(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return exec_or_eval("exec", CompileMode::Exec, args, nargs, kwnames);
}
Object* builtin_eval(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return exec_or_eval("eval", CompileMode::Eval, args, nargs, kwnames);
}

#define FASTCALL(f) reinterpret_cast<CFunction>(reinterpret_cast<void*>(f))

MethodDef builtin_functions[] = {
    {"__build_class__", FASTCALL(build_class), kMethFastcall | kMethKeywords, nullptr},
    {"__import__", FASTCALL(builtin_import), kMethFastcall | kMethKeywords,
     "__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module\n\nImport a module."},
    {"callable", reinterpret_cast<CFunction>(builtin_callable), kMethO, nullptr},
    {"delattr", FASTCALL(builtin_delattr), kMethFastcall, nullptr},
    {"compile", FASTCALL(builtin_compile), kMethFastcall | kMethKeywords, nullptr},
    {"dir", FASTCALL(builtin_dir), kMethFastcall, nullptr},
    {"eval", FASTCALL(builtin_eval), kMethFastcall | kMethKeywords, nullptr},
    {"exec", FASTCALL(builtin_exec), kMethFastcall | kMethKeywords, nullptr},
    {"globals", reinterpret_cast<CFunction>(builtin_globals), kMethNoArgs, nullptr},
    {"locals", reinterpret_cast<CFunction>(builtin_locals), kMethNoArgs, nullptr},
    {"getattr", FASTCALL(builtin_getattr), kMethFastcall, nullptr},
    {"hasattr", FASTCALL(builtin_hasattr), kMethFastcall, nullptr},
    {"hash", reinterpret_cast<CFunction>(builtin_hash), kMethO, nullptr},
    {"id", reinterpret_cast<CFunction>(builtin_id), kMethO, nullptr},
    {"isinstance", FASTCALL(builtin_isinstance), kMethFastcall, nullptr},
    {"issubclass", FASTCALL(builtin_issubclass), kMethFastcall, nullptr},
    {"setattr", FASTCALL(builtin_setattr), kMethFastcall, nullptr},
    {"vars", FASTCALL(builtin_vars), kMethFastcall, nullptr},
    {"len", reinterpret_cast<CFunction>(builtin_len), kMethO | kMethNoRecursionCount, nullptr},
    {"print", reinterpret_cast<CFunction>(reinterpret_cast<void*>(builtin_print)), kMethFastcall | kMethKeywords,
     nullptr},
    {"repr", reinterpret_cast<CFunction>(builtin_repr), kMethO, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

int add_object(Object* dict, const char* name, Object* value) {
  Object* key = str_intern_utf8(name);
  if (!key) return -1;
  int r = dict_set_item(dict, key, value);
  decref(key);
  return r;
}

}  // namespace

Object* builtins_module_name() {
  static Object* name = str_intern_static("builtins");
  return name;
}

int add_builtin_functions(Object* dict, MethodDef* defs) {
  for (MethodDef* def = defs; def->ml_name; def++) {
    Object* f = builtin_function_new(def, nullptr, builtins_module_name());
    if (!f) return -1;
    int r = add_object(dict, def->ml_name, f);
    decref(f);
    if (r < 0) return -1;
  }
  return 0;
}

Object* make_builtins_dict() {
  Object* d = dict_new();
  if (!d) return nullptr;
  for (MethodDef* def = builtin_functions; def->ml_name; def++) {
    Object* f = builtin_function_new(def, nullptr, builtins_module_name());
    if (!f || add_object(d, def->ml_name, f) < 0) {
      xdecref(f);
      decref(d);
      return nullptr;
    }
    decref(f);
  }
  bool ok = add_object(d, "bool", &BoolType) == 0 && add_object(d, "bytes", &BytesType) == 0 &&
            add_object(d, "bytearray", &ByteArrayType) == 0 && add_object(d, "complex", &ComplexType) == 0 && add_object(d, "memoryview", &MemoryViewType) == 0 &&
            add_object(d, "slice", &SliceType) == 0 && add_object(d, "dict", &DictType) == 0 &&
            add_object(d, "float", &FloatType) == 0 && add_object(d, "int", &IntType) == 0 &&
            add_object(d, "frozenset", &FrozenSetType) == 0 && add_object(d, "set", &SetType) == 0 &&
            add_object(d, "list", &ListType) == 0 && add_object(d, "object", &ObjectType) == 0 &&
            add_object(d, "range", &RangeType) == 0 && add_object(d, "str", &StrType) == 0 &&
            add_object(d, "tuple", &TupleType) == 0 && add_object(d, "type", &TypeType) == 0 &&
            add_object(d, "super", &SuperType) == 0 && add_object(d, "property", &PropertyType) == 0 &&
            add_object(d, "classmethod", &ClassMethodType) == 0 &&
            add_object(d, "staticmethod", &StaticMethodType) == 0;
  ok = ok && add_object(d, "None", none()) == 0 && add_object(d, "Ellipsis", ellipsis()) == 0 &&
            add_object(d, "NotImplemented", not_implemented()) == 0 &&
            add_object(d, "True", bool_object(true)) == 0 && add_object(d, "False", bool_object(false)) == 0;
  ok = ok && add_iteration_builtins(d) == 0 && add_number_builtins(d) == 0 && add_async_builtins(d) == 0 &&
       add_str_builtins(d) == 0 && add_hook_builtins(d) == 0 && add_exit_builtins(d) == 0;
  ok = ok && add_object(d, "slice", &SliceType) == 0;
  // The module attributes a class body's `__module__ = __name__` finds when
  // exec runs it in a namespace without __name__.
  Object* name = str_from_ascii("builtins");
  Object* doc = str_from_ascii(
      "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis "
      "represents `...' in slices.");
  Object* package = str_from_ascii("");
  ok = ok && name && doc && package && add_object(d, "__name__", name) == 0 && add_object(d, "__doc__", doc) == 0 &&
       add_object(d, "__package__", package) == 0;
  xdecref(name);
  xdecref(doc);
  xdecref(package);
#define EXCEPTION(Name, Base, Layout) ok = ok && add_object(d, #Name, &exc::Name) == 0;
#include "runtime/exceptions.def"
  // The old names of OSError.
  ok = ok && add_object(d, "EnvironmentError", &exc::OSError) == 0 && add_object(d, "IOError", &exc::OSError) == 0;
  if (!ok) {
    decref(d);
    return nullptr;
  }
  return d;
}

}  // namespace dx
