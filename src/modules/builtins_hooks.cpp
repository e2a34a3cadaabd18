// The builtins that hand over to a hook in sys: breakpoint().
#include "modules/builtins.h"

#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/builtin_function.h"
#include "objects/dict.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "runtime/warnings.h"
#include "vm/import.h"

namespace dx {

namespace {

// breakpoint(*args, **kws): sys.breakpointhook(*args, **kws).
Object* builtin_breakpoint(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  Interpreter* interp = current_thread()->interp;
  if (import_init(interp) < 0) return nullptr;
  Object* hook = sys_get(interp, "breakpointhook");
  if (!hook) return raise(&exc::RuntimeError, "lost sys.breakpointhook");
  incref(hook);
  Object* r = object_vectorcall(hook, args, static_cast<size_t>(nargs), kwnames);
  decref(hook);
  return r;
}

MethodDef hook_functions[] = {
    {"breakpoint", reinterpret_cast<CFunction>(reinterpret_cast<void*>(builtin_breakpoint)),
     kMethFastcall | kMethKeywords, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

// sys.breakpointhook(*args, **kws): calls what $PYTHONBREAKPOINT names
// ("module.attr", or a builtin's name; pdb.set_trace when unset), nothing
// when it is "0"; a name that cannot be imported is a RuntimeWarning.
Object* sys_breakpointhook(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  const char* env = std::getenv("PYTHONBREAKPOINT");
  std::string hookname = env && *env ? env : "pdb.set_trace";
  if (hookname == "0") return newref(none());
  size_t dot = hookname.rfind('.');
  std::string module_path = dot == std::string::npos ? "builtins" : hookname.substr(0, dot);
  std::string attr = dot == std::string::npos ? hookname : hookname.substr(dot + 1);
  Object* hook = nullptr;
  Object* name = str_from_utf8(module_path);
  if (!name) return nullptr;
  // __import__ gives the top package; the module itself is in sys.modules.
  Object* top = import_module_level(name, nullptr, nullptr, 0);
  if (top) {
    decref(top);
    Object* modules = sys_get(current_thread()->interp, "modules");
    bool error = false;
    Object* module = modules && is_dict(modules) ? dict_get_item(modules, name, &error) : nullptr;
    Object* attr_name = module ? str_from_utf8(attr) : nullptr;
    hook = attr_name ? object_getattr(module, attr_name) : nullptr;
    xdecref(attr_name);
    if (!hook && error_occurred() && !error_matches(&exc::AttributeError)) {
      decref(name);
      return nullptr;
    }
  } else if (!error_matches(&exc::ImportError)) {
    decref(name);
    return nullptr;
  }
  decref(name);
  if (!hook) {
    clear_error();
    if (warn(&exc::RuntimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \"" + hookname + "\"") < 0)
      return nullptr;
    return newref(none());
  }
  Object* r = object_vectorcall(hook, args, static_cast<size_t>(nargs), kwnames);
  decref(hook);
  return r;
}

int add_hook_builtins(Object* dict) { return add_builtin_functions(dict, hook_functions); }

}  // namespace dx
