// The import system. What importlib._bootstrap does for CPython, in C++:
// sys.modules first, then the built-in modules, then each directory of
// sys.path (or of the parent package's __path__) for NAME/__init__.py (a
// package), NAME.py, or a directory NAME (a namespace package). A module
// is in sys.modules while its body runs and is removed if the body raises.
// No finders, loaders or bytecode caches yet: __loader__ is None and
// __spec__ a simple ModuleSpec (objects/module.h).
#include "vm/import.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <mutex>
#include <cstring>
#include <string>
#include <vector>

#include "modules/module_registry.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/simple_namespace.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"
#include "vm/arguments.h"
#include "vm/code.h"
#include "vm/compile_source.h"
#include "vm/interpreter.h"
#include "vm/namespace.h"

namespace dx {

void init_sys_types();  // modules/sys_module.cpp

namespace {

std::string repr_of(Object* o) {
  Object* r = object_repr(o);
  if (!r) {
    clear_error();
    return "?";
  }
  std::string s(str_utf8(r));
  decref(r);
  return s;
}

// Raises ImportError (or a subclass) with the message and the name and
// path attributes (each may be null).
std::nullptr_t raise_import_error(TypeObject* type, const std::string& msg, Object* name, Object* path) {
  Object* m = str_from_utf8(msg);
  if (!m) return nullptr;
  Object* args = tuple_pack({m});
  decref(m);
  if (!args) return nullptr;
  Object* e = exception_new(type, args);
  decref(args);
  if (!e) return nullptr;
  auto* ie = static_cast<ImportErrorObject*>(e);
  if (name) {
    xdecref(ie->name);
    ie->name = newref(name);
  }
  if (path) {
    xdecref(ie->path);
    ie->path = newref(path);
  }
  raise_object(type, e);
  decref(e);
  return nullptr;
}

std::nullptr_t raise_not_found(Object* name, const std::string& extra = "") {
  return raise_import_error(&exc::ModuleNotFoundError, "No module named " + repr_of(name) + extra, name, nullptr);
}

Interpreter* interp_now() { return current_thread()->interp; }

// ---- files

enum class Entry { None, File, Dir };

Entry entry_kind(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return Entry::None;
  if (S_ISDIR(st.st_mode)) return Entry::Dir;
  if (S_ISREG(st.st_mode)) return Entry::File;
  return Entry::None;
}

bool read_file(const std::string& path, std::string* out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      return n == 0;
    }
    out->append(buf, static_cast<size_t>(n));
  }
}

std::string current_directory() {
  char buf[PATH_MAX];
  return getcwd(buf, sizeof buf) ? std::string(buf) : std::string(".");
}

// ---- sys.modules

// sys.modules (the interpreter's own dict; sys.modules is the same object).
Object* modules_dict() { return interp_now()->modules; }

// The module named `name` in sys.modules (borrowed) or null.
Object* cached_module(Object* name, bool* error) { return dict_get_item(modules_dict(), name, error); }

// Whether module object m's body is still running (__spec__._initializing).
bool initializing(Object* m) {
  Object* spec = object_getattr(m, names::dunder_spec);
  if (!spec) clear_error();
  bool r = spec_initializing(spec);
  xdecref(spec);
  return r;
}

int set_initializing(Object* spec, bool value) {
  Object* key = str_intern_utf8("_initializing");
  if (!key) return -1;
  int r = object_setattr(spec, key, bool_object(value));
  decref(key);
  return r;
}

// ---- loading

// `first`: the import system's own set-up, which takes the builtins module
// __main__ already has; later imports of a deleted sys.modules entry make
// a new module object, as CPython does.
Object* load_builtin(Interpreter* interp, Object* name, const BuiltinModuleDef* def, bool first = false) {
  Object* m = first && def->create == builtins_module_create && interp->builtins_module
                  ? newref(interp->builtins_module)
                  : def->create(interp);
  if (!m) return nullptr;
  Object* origin = str_from_ascii("built-in");
  Object* spec = origin ? module_spec_new(name, origin, false, nullptr) : nullptr;
  xdecref(origin);
  Object* package = str_empty();  // a top-level module's parent package
  if (!spec || dict_set_item(module_dict(m), names::dunder_spec, spec) < 0 ||
      dict_set_item(module_dict(m), names::dunder_package, package) < 0 ||
      dict_set_item(modules_dict(), name, m) < 0) {
    xdecref(spec);
    decref(package);
    decref(m);
    return nullptr;
  }
  decref(package);
  decref(spec);
  return m;
}

// Runs the source file `file` as module `name`; `search` is the package's
// __path__ (a list) for a package, else null.
Object* load_source(Object* name, const std::string& file, Object* search) {
  Interpreter* interp = interp_now();
  std::string text;
  if (!read_file(file, &text)) {
    int e = errno;
    return raise(&exc::OSError, "[Errno %d] %s: '%s'", e, std::strerror(e), file.c_str());
  }
  Object* m = module_new(name);
  if (!m) return nullptr;
  Object* d = module_dict(m);
  Object* fileobj = str_from_utf8(file);
  Object* spec = fileobj ? module_spec_new(name, fileobj, true, search) : nullptr;
  Object* package = nullptr;
  if (search) {
    package = newref(name);
  } else {
    std::string_view n = str_utf8(name);
    size_t dot = n.rfind('.');
    package = str_from_utf8(dot == std::string_view::npos ? std::string_view() : n.substr(0, dot));
  }
  Object* cached = str_intern_utf8("__cached__");
  bool ok = cached && spec && package && dict_set_item(d, names::dunder_spec, spec) == 0 &&
            dict_set_item(d, names::dunder_package, package) == 0 &&
            (!search || dict_set_item(d, names::dunder_path, search) == 0) &&
            dict_set_item(d, names::dunder_file, fileobj) == 0 && dict_set_item(d, cached, none()) == 0 &&
            dict_set_item(d, names::dunder_builtins, interp->builtins) == 0;
  xdecref(package);
  xdecref(fileobj);
  xdecref(cached);
  Object* code = ok ? compile_source(text, false, file, CompileMode::Exec, interp->config.optimize) : nullptr;
  if (!code) {
    xdecref(spec);
    decref(m);
    return nullptr;
  }
  // In sys.modules while the body runs (a circular import finds it there).
  if (dict_set_item(modules_dict(), name, m) < 0 || set_initializing(spec, true) < 0) {
    decref(code);
    decref(spec);
    decref(m);
    return nullptr;
  }
  Object* r = eval_module_code(static_cast<CodeObject*>(code), d, interp->builtins);
  decref(code);
  if (set_initializing(spec, false) < 0) clear_error();
  decref(spec);
  if (!r) {
    Object* e = fetch_error();
    bool error = false;
    if (dict_get_item(modules_dict(), name, &error)) dict_del_item(modules_dict(), name);
    if (error_occurred()) clear_error();
    restore_error(e);
    decref(m);
    return nullptr;
  }
  decref(r);
  decref(m);
  // The module may have replaced itself in sys.modules.
  bool error = false;
  Object* final = dict_get_item(modules_dict(), name, &error);
  if (!final) {
    if (error) return nullptr;
    std::string_view n = str_utf8(name);
    return raise(&exc::KeyError, "'%.*s'", static_cast<int>(n.size()), n.data());
  }
  return newref(final);
}

// A namespace package over the directories `dirs` (a list).
Object* make_namespace_package(Object* name, Object* dirs) {
  Object* m = module_new(name);
  if (!m) return nullptr;
  Object* d = module_dict(m);
  Object* spec = module_spec_new(name, nullptr, false, dirs);
  bool ok = spec && dict_set_item(d, names::dunder_spec, spec) == 0 &&
            dict_set_item(d, names::dunder_package, name) == 0 && dict_set_item(d, names::dunder_path, dirs) == 0 &&
            dict_set_item(d, names::dunder_file, none()) == 0 && dict_set_item(modules_dict(), name, m) == 0;
  xdecref(spec);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

// Looks for `child` in the directories of `search` (sys.path or a
// package's __path__, iterated). Loads and returns the module, or null:
// with an error set on failure, without when nothing was found.
Object* find_and_load_in(Object* name, std::string_view child, Object* search) {
  Object* it = object_get_iter(search);
  if (!it) return nullptr;
  Object* namespace_dirs = nullptr;
  Object* result = nullptr;
  while (Object* entry = iter_next(it)) {
    if (!is_str(entry)) {
      decref(entry);
      continue;
    }
    std::string dir(str_utf8(entry));
    decref(entry);
    if (dir.empty()) dir = current_directory();
    std::string base = dir + "/" + std::string(child);
    if (entry_kind(base) == Entry::Dir) {
      std::string init = base + "/__init__.py";
      if (entry_kind(init) == Entry::File) {
        Object* locations = list_new(0);
        Object* loc = locations ? str_from_utf8(base) : nullptr;
        if (!loc || list_append(locations, loc) < 0) {
          xdecref(loc);
          xdecref(locations);
          decref(it);
          xdecref(namespace_dirs);
          return nullptr;
        }
        decref(loc);
        result = load_source(name, init, locations);
        decref(locations);
        break;
      }
      // A directory without __init__.py: a portion of a namespace package,
      // unless a module of that name comes later.
      if (!namespace_dirs && !(namespace_dirs = list_new(0))) break;
      Object* loc = str_from_utf8(base);
      if (!loc || list_append(namespace_dirs, loc) < 0) {
        xdecref(loc);
        break;
      }
      decref(loc);
    }
    std::string file = base + ".py";
    if (entry_kind(file) == Entry::File) {
      result = load_source(name, file, nullptr);
      break;
    }
  }
  decref(it);
  if (!result && !error_occurred() && namespace_dirs && list_size(namespace_dirs) > 0)
    result = make_namespace_package(name, namespace_dirs);
  xdecref(namespace_dirs);
  return result;
}

Object* import_absolute(Object* name);

// _find_and_load: the parent package first, then the module itself.
Object* find_and_load(Object* name) {
  Interpreter* interp = interp_now();
  std::string_view n = str_utf8(name);
  size_t dot = n.rfind('.');
  Object* parent_module = nullptr;
  Object* search = nullptr;
  Object* parent_name = nullptr;
  if (dot != std::string_view::npos) {
    parent_name = str_from_utf8(n.substr(0, dot));
    if (!parent_name) return nullptr;
    bool error = false;
    if (!cached_module(parent_name, &error)) {
      if (error) {
        decref(parent_name);
        return nullptr;
      }
      Object* p = import_absolute(parent_name);
      if (!p) {
        decref(parent_name);
        return nullptr;
      }
      decref(p);
    }
    // Importing the parent may have imported this module.
    if (Object* m = cached_module(name, &error)) {
      decref(parent_name);
      return newref(m);
    }
    parent_module = cached_module(parent_name, &error);
    if (!parent_module) {
      decref(parent_name);
      return error ? nullptr : raise_not_found(name);
    }
    incref(parent_module);
    search = object_getattr(parent_module, names::dunder_path);
    if (!search) {
      if (!error_matches(&exc::AttributeError)) {
        decref(parent_module);
        decref(parent_name);
        return nullptr;
      }
      clear_error();
      std::string msg = "; " + repr_of(parent_name) + " is not a package";
      decref(parent_module);
      decref(parent_name);
      return raise_not_found(name, msg);
    }
  } else if (const BuiltinModuleDef* def = find_builtin_module(n)) {
    return load_builtin(interp, name, def);
  } else {
    search = sys_get(interp, "path");
    if (!search || !is_list(search)) return raise(&exc::ImportError, "sys.path must be a list of directory names");
    incref(search);
  }
  std::string_view child = dot == std::string_view::npos ? n : n.substr(dot + 1);
  Object* m = find_and_load_in(name, child, search);
  decref(search);
  if (!m && !error_occurred()) raise_not_found(name);
  if (m && parent_module) {
    // The submodule becomes an attribute of its package.
    Object* attr = str_from_utf8(child);
    if (!attr || object_setattr(parent_module, attr, m) < 0) {
      decref(m);
      m = nullptr;
    }
    xdecref(attr);
  }
  xdecref(parent_module);
  xdecref(parent_name);
  return m;
}

// _gcd_import without the sanity checks: sys.modules, else find and load.
Object* import_absolute(Object* name) {
  bool error = false;
  Object* m = cached_module(name, &error);
  if (m) {
    if (is_none(m))
      return raise_import_error(&exc::ModuleNotFoundError,
                                "import of " + std::string(str_utf8(name)) + " halted; None in sys.modules", name,
                                nullptr);
    return newref(m);
  }
  if (error) return nullptr;
  return find_and_load(name);
}

// The package a relative import in `globals` is relative to
// (importlib's _calc___package__), a new reference; null with an error.
Object* calc_package(Object* globals) {
  bool error = false;
  Object* package = is_dict(globals) ? dict_get_item(globals, names::dunder_package, &error) : nullptr;
  if (error) return nullptr;
  if (package && !is_none(package)) {
    if (!is_str(package)) return raise(&exc::TypeError, "package must be a string");
    return newref(package);
  }
  Object* spec = is_dict(globals) ? dict_get_item(globals, names::dunder_spec, &error) : nullptr;
  if (spec && !is_none(spec)) {
    Object* parent = str_intern_utf8("parent");
    Object* r = parent ? object_getattr(spec, parent) : nullptr;
    xdecref(parent);
    return r;
  }
  Object* name = is_dict(globals) ? dict_get_item(globals, names::dunder_name, &error) : nullptr;
  if (!name) return error ? nullptr : raise(&exc::KeyError, "'__name__' not in globals");
  if (!is_str(name)) return raise(&exc::TypeError, "__name__ must be a string");
  if (dict_get_item(globals, names::dunder_path, &error)) return newref(name);
  std::string_view n = str_utf8(name);
  size_t dot = n.rfind('.');
  return str_from_utf8(dot == std::string_view::npos ? std::string_view() : n.substr(0, dot));
}

// The absolute name of a relative import (_resolve_name).
Object* resolve_name(Object* name, Object* globals, int level) {
  if (!globals) return raise(&exc::KeyError, "'__name__' not in globals");
  Object* package = calc_package(globals);
  if (!package) return nullptr;
  if (!is_str(package)) {
    decref(package);
    return raise(&exc::TypeError, "__package__ not set to a string");
  }
  std::string base(str_utf8(package));
  decref(package);
  if (base.empty()) return raise(&exc::ImportError, "attempted relative import with no known parent package");
  for (int i = 1; i < level; i++) {
    size_t dot = base.rfind('.');
    if (dot == std::string::npos)
      return raise(&exc::ImportError, "attempted relative import beyond top-level package");
    base.resize(dot);
  }
  if (str_length(name) == 0) return str_from_utf8(base);
  return str_from_utf8(base + "." + std::string(str_utf8(name)));
}

int object_has_attr(Object* o, Object* name) {
  Object* v = object_getattr(o, name);
  if (v) {
    decref(v);
    return 1;
  }
  if (!error_matches(&exc::AttributeError)) return -1;
  clear_error();
  return 0;
}

// _handle_fromlist: the submodules a from-import of a package names are
// imported (a missing one is not an error here: import_from reports it).
int handle_fromlist(Object* module, Object* fromlist, bool recursive) {
  Object* items = list_from_iterable(fromlist);
  if (!items) return -1;
  for (ssize i = 0; i < list_size(items); i++) {
    Object* x = list_item(items, i);
    if (!is_str(x)) {
      std::string where = "``from list''";
      if (recursive) {
        Object* mn = object_getattr(module, names::dunder_name);
        where = mn && is_str(mn) ? std::string(str_utf8(mn)) + ".__all__" : "__all__";
        xdecref(mn);
        clear_error();
      }
      raise(&exc::TypeError, "Item in %s must be str, not %.100s", where.c_str(), type_of(x)->tp_name);
      decref(items);
      return -1;
    }
    if (str_equal_ascii(x, "*")) {
      if (recursive) continue;
      Object* all = object_getattr(module, names::dunder_all);
      if (!all) {
        if (!error_matches(&exc::AttributeError)) {
          decref(items);
          return -1;
        }
        clear_error();
        continue;
      }
      int r = handle_fromlist(module, all, true);
      decref(all);
      if (r < 0) {
        decref(items);
        return -1;
      }
      continue;
    }
    int has = object_has_attr(module, x);
    if (has < 0) {
      decref(items);
      return -1;
    }
    if (has) continue;
    Object* mname = object_getattr(module, names::dunder_name);
    if (!mname || !is_str(mname)) {
      xdecref(mname);
      decref(items);
      return -1;
    }
    Object* from_name = str_from_utf8(std::string(str_utf8(mname)) + "." + std::string(str_utf8(x)));
    decref(mname);
    if (!from_name) {
      decref(items);
      return -1;
    }
    Object* sub = import_absolute(from_name);
    if (sub) {
      decref(sub);
    } else if (error_matches(&exc::ModuleNotFoundError)) {
      // Not found under exactly this name: import_from gives the error.
      Object* e = current_thread()->current_exception;
      Object* ename = static_cast<ImportErrorObject*>(e)->name;
      bool error = false;
      Object* cached = cached_module(from_name, &error);
      if (ename && is_str(ename) && str_equal(ename, from_name) && !(cached && is_none(cached))) {
        clear_error();
      } else {
        decref(from_name);
        decref(items);
        return -1;
      }
    } else {
      decref(from_name);
      decref(items);
      return -1;
    }
    decref(from_name);
  }
  decref(items);
  return 0;
}

}  // namespace

Object* sys_get(Interpreter* interp, Object* name) {
  if (!interp->sys_module) return nullptr;
  bool error = false;
  Object* v = dict_get_item(module_dict(interp->sys_module), name, &error);
  if (error) clear_error();
  return v;
}

Object* sys_get(Interpreter* interp, const char* name) {
  if (!interp->sys_module) return nullptr;
  Object* key = str_intern_utf8(name);
  if (!key) {
    clear_error();
    return nullptr;
  }
  bool error = false;
  Object* v = dict_get_item(module_dict(interp->sys_module), key, &error);
  decref(key);
  if (error) clear_error();
  return v;
}

int import_init(Interpreter* interp) {
  if (interp->modules) return 0;
  init_import_types();
  if (!interp->builtins) {
    raise(&exc::SystemError, "import before the builtins exist");
    return -1;
  }
  interp->modules = dict_new();
  if (!interp->modules) return -1;
  bool error = false;
  interp->import_func = xnewref(dict_get_item(interp->builtins, names::dunder_import, &error));
  Object* builtins_name = str_intern_utf8("builtins");
  Object* sys_name = str_intern_utf8("sys");
  bool ok = builtins_name && sys_name;
  if (ok) {
    Object* b = load_builtin(interp, builtins_name, find_builtin_module("builtins"), true);
    if (b && b != interp->builtins_module) {
      xdecref(interp->builtins_module);
      interp->builtins_module = b;
    } else {
      xdecref(b);
    }
    Object* s = b ? load_builtin(interp, sys_name, find_builtin_module("sys")) : nullptr;
    interp->sys_module = s;
    ok = b && s;
  }
  xdecref(builtins_name);
  xdecref(sys_name);
  if (ok && interp->main_globals) {
    // __main__: a module over the program's namespace.
    Object* m = module_new_utf8("__main__");
    if (m) {
      auto* mo = static_cast<ModuleObject*>(m);
      decref(mo->md_dict);
      mo->md_dict = newref(interp->main_globals);
      Object* key = str_intern_utf8("__main__");
      ok = key && dict_set_item(interp->modules, key, m) == 0;
      xdecref(key);
      decref(m);
    } else {
      ok = false;
    }
  }
  return ok ? 0 : -1;
}

Object* import_module_level(Object* name, Object* globals, Object* fromlist, int level) {
  Interpreter* interp = interp_now();
  if (!interp->modules && import_init(interp) < 0) return nullptr;
  if (!is_str(name)) return raise(&exc::TypeError, "module name must be a string");
  if (level < 0) return raise(&exc::ValueError, "level must be >= 0");
  Object* abs_name;
  if (level > 0) {
    abs_name = resolve_name(name, globals, level);
    if (!abs_name) return nullptr;
  } else {
    if (str_length(name) == 0) return raise(&exc::ValueError, "Empty module name");
    abs_name = newref(name);
  }
  Object* module = import_absolute(abs_name);
  if (!module) {
    decref(abs_name);
    return nullptr;
  }
  int has_from = 0;
  if (fromlist && !is_none(fromlist)) {
    has_from = object_is_true(fromlist);
    if (has_from < 0) {
      decref(module);
      decref(abs_name);
      return nullptr;
    }
  }
  Object* result = nullptr;
  if (!has_from) {
    // `import a.b.c` binds a: the first component (of the name as written,
    // for a relative import).
    std::string_view n = str_utf8(name);
    size_t dot = n.find('.');
    if (level == 0 || n.empty()) {
      if (level == 0 && dot != std::string_view::npos) {
        Object* top = str_from_utf8(n.substr(0, dot));
        bool error = false;
        Object* m = top ? cached_module(top, &error) : nullptr;
        if (!m && top && !error) raise(&exc::KeyError, "%s", repr_of(top).c_str());
        xdecref(top);
        result = xnewref(m);
      } else {
        result = newref(module);
      }
    } else {
      size_t cut = n.size() - (dot == std::string_view::npos ? n.size() : dot);
      std::string_view full = str_utf8(abs_name);
      Object* top = str_from_utf8(full.substr(0, full.size() - cut));
      bool error = false;
      Object* m = top ? cached_module(top, &error) : nullptr;
      if (!m && top && !error) raise(&exc::KeyError, "%s not in sys.modules as expected", repr_of(top).c_str());
      xdecref(top);
      result = xnewref(m);
    }
  } else {
    int pkg = object_has_attr(module, names::dunder_path);
    if (pkg < 0 || (pkg && handle_fromlist(module, fromlist, false) < 0)) result = nullptr;
    else result = newref(module);
  }
  decref(module);
  decref(abs_name);
  return result;
}

Object* import_name(Object* builtins, Object* globals, Object* locals, Object* name, Object* fromlist, int level) {
  Interpreter* interp = interp_now();
  Object* f = namespace_get(builtins, names::dunder_import);
  if (!f) {
    if (!error_occurred()) raise(&exc::ImportError, "__import__ not found");
    return nullptr;
  }
  if (!interp->modules && import_init(interp) < 0) return nullptr;
  if (f == interp->import_func) return import_module_level(name, globals, fromlist, level);
  Object* lv = int_from_int64(level);
  if (!lv) return nullptr;
  incref(f);
  Object* args[] = {name, globals ? globals : none(), locals ? locals : none(), fromlist ? fromlist : none(), lv};
  Object* r = object_vectorcall(f, args, 5, nullptr);
  decref(f);
  decref(lv);
  return r;
}

Object* import_from(Object* module, Object* name) {
  Object* v = object_getattr(module, name);
  if (v || !error_matches(&exc::AttributeError)) return v;
  clear_error();
  // A submodule being imported is in sys.modules before it is an
  // attribute of its package (circular imports).
  Object* pkgname = object_getattr(module, names::dunder_name);
  if (!pkgname) clear_error();
  if (pkgname && is_str(pkgname)) {
    Object* full = str_from_utf8(std::string(str_utf8(pkgname)) + "." + std::string(str_utf8(name)));
    bool error = false;
    Object* m = full ? cached_module(full, &error) : nullptr;
    xdecref(full);
    if (m) {
      decref(pkgname);
      return newref(m);
    }
    if (error) clear_error();
  }
  std::string pkg_text = pkgname && is_str(pkgname) ? repr_of(pkgname) : "'<unknown module name>'";
  Object* path = object_getattr(module, names::dunder_file);
  if (!path) clear_error();
  bool init = initializing(module);
  std::string msg = "cannot import name " + repr_of(name) + " from " +
                    (init ? "partially initialized module " + pkg_text + " (most likely due to a circular import)"
                          : pkg_text);
  if (path && is_str(path)) {
    msg += " (" + std::string(str_utf8(path)) + ")";
  } else {
    msg += " (unknown location)";
  }
  raise_import_error(&exc::ImportError, msg, pkgname && is_str(pkgname) ? pkgname : nullptr,
                     path && is_str(path) ? path : nullptr);
  xdecref(pkgname);
  xdecref(path);
  return nullptr;
}

int import_star(Object* module, Object* locals) {
  if (!locals) {
    raise(&exc::SystemError, "no locals found during 'import *'");
    return -1;
  }
  bool skip_private = false;
  Object* all = object_getattr(module, names::dunder_all);
  if (!all) {
    if (!error_matches(&exc::AttributeError)) return -1;
    clear_error();
    Object* d = object_getattr(module, names::dunder_dict);
    if (!d) {
      if (error_matches(&exc::AttributeError)) {
        clear_error();
        raise(&exc::ImportError, "from-import-* object has no __dict__ and no __all__");
      }
      return -1;
    }
    all = list_from_iterable(d);  // its keys
    decref(d);
    if (!all) return -1;
    skip_private = true;
  }
  Object* names_list = list_from_iterable(all);
  decref(all);
  if (!names_list) return -1;
  int r = 0;
  for (ssize i = 0; i < list_size(names_list) && r == 0; i++) {
    Object* n = list_item(names_list, i);
    if (!is_str(n)) {
      Object* mn = object_getattr(module, names::dunder_name);
      if (!mn) clear_error();
      std::string where = mn && is_str(mn) ? std::string(str_utf8(mn)) + "." : "";
      xdecref(mn);
      raise(&exc::TypeError, "%s in %s%s must be str, not %.100s", skip_private ? "Key" : "Item", where.c_str(),
            skip_private ? "__dict__" : "__all__", type_of(n)->tp_name);
      r = -1;
      break;
    }
    if (skip_private && str_length(n) > 0 && str_char_at(n, 0) == '_') continue;
    Object* v = object_getattr(module, n);
    if (!v) {
      r = -1;
      break;
    }
    r = namespace_set(locals, n, v);
    decref(v);
  }
  decref(names_list);
  return r;
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
Object* builtin_import(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const char* const kNames[] = {"name", "globals", "locals", "fromlist", "level"};
  Object* v[5];
  if (!parse_args(ArgSpec{"__import__", kNames, 5, 1}, args, nargs, kwnames, v)) return nullptr;
  int level = 0;
  if (v[4]) {
    if (!is_int(v[4]))
      return raise(&exc::TypeError, "'%.200s' object cannot be interpreted as an integer", type_of(v[4])->tp_name);
    auto l = int_to_int64(v[4]);
    if (!l || *l > INT_MAX || *l < INT_MIN) return raise(&exc::OverflowError, "Python int too large to convert to C int");
    level = static_cast<int>(*l);
  }
  Object* globals = v[1] && !is_none(v[1]) ? v[1] : nullptr;
  if (globals && !is_dict(globals) && level > 0) return raise(&exc::TypeError, "globals must be a dict");
  return import_module_level(v[0], globals, v[3], level);
}

void import_release_main(Interpreter* interp) {
  if (!interp->modules) return;
  Object* key = str_intern_utf8("__main__");
  bool error = false;
  if (key && dict_get_item(interp->modules, key, &error)) dict_del_item(interp->modules, key);
  xdecref(key);
  if (error_occurred()) clear_error();
}

void import_release(Interpreter* interp) {
  Object* modules = interp->modules;
  if (!modules) {
    Object* b = interp->builtins_module;
    interp->builtins_module = nullptr;
    xdecref(b);
    return;
  }
  interp->modules = nullptr;
  Object* import_func = interp->import_func;
  interp->import_func = nullptr;
  xdecref(import_func);
  Object* sys = interp->sys_module;
  Object* b = interp->builtins_module;
  interp->sys_module = interp->builtins_module = nullptr;
  // The modules' namespaces hold cycles (functions and their globals): the
  // cycle collector that follows frees them.
  dict_clear(modules);
  decref(modules);
  xdecref(sys);
  xdecref(b);
}

// Types are readied once per process as runtime_init readies them: with no
// thread state, so their dicts' names are shared and their objects untracked.
void init_module_types() {
  static std::once_flag once;
  std::call_once(once, [] {
    ThreadStateScope none(nullptr);
    init_module_type();
    register_static_type(&ModuleType);
    type_ready(&ModuleType);
  });
}

void init_import_types() {
  // Not at start-up (readying them was a tenth of `dxpy -c pass`): on the
  // first import.
  init_module_types();
  static std::once_flag once;
  std::call_once(once, [] {
    ThreadStateScope none(nullptr);
    init_simple_namespace_type();
    for (TypeObject* t : {&ModuleSpecType, &SimpleNamespaceType}) register_static_type(t);
    for (TypeObject* t : {&ModuleSpecType, &SimpleNamespaceType}) type_ready(t);
    init_sys_types();
  });
}

Object* builtins_module(Interpreter* interp) {
  if (!interp->builtins_module) {
    init_module_types();
    interp->builtins_module = builtins_module_create(interp);
  }
  return interp->builtins_module;
}

}  // namespace dx
