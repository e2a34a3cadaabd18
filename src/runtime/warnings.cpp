#include "runtime/warnings.h"

#include <string>

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "vm/frame.h"
#include "vm/traceback.h"

namespace dx {

namespace {

// The default filters of CPython 3.11 (no -W, no -X dev): true when a
// warning of `category` raised in module `module` is ignored.
bool ignored_by_default(TypeObject* category, Object* module) {
  if (is_subtype(category, &exc::DeprecationWarning))
    return !(module && is_str(module) && str_utf8(module) == "__main__");
  return is_subtype(category, &exc::PendingDeprecationWarning) || is_subtype(category, &exc::ImportWarning) ||
         is_subtype(category, &exc::ResourceWarning);
}

// The "default" action's memory: true if (text, category, lineno) was
// already shown from this module; else records it in the module's
// __warningregistry__ (made as CPython makes it, with 'version': 0).
// -1 on error.
int already_warned(Object* globals, Object* text, TypeObject* category, int lineno) {
  static Object* registry_name = str_intern_static("__warningregistry__");
  static Object* version_name = str_intern_static("version");
  bool error = false;
  Object* registry = dict_get_item(globals, registry_name, &error);
  if (!registry) {
    if (error) return -1;
    registry = dict_new();
    if (!registry) return -1;
    int r = dict_set_item(globals, registry_name, registry);
    decref(registry);
    if (r < 0) return -1;
  }
  if (!is_dict(registry)) return 0;
  if (!dict_get_item(registry, version_name, &error)) {
    if (error) return -1;
    Object* zero = int_from_int64(0);
    if (!zero || dict_set_item(registry, version_name, zero) < 0) {
      xdecref(zero);
      return -1;
    }
    decref(zero);
  }
  Object* line = int_from_int64(lineno);
  if (!line) return -1;
  Object* key = tuple_pack({text, static_cast<Object*>(category), line});
  decref(line);
  if (!key) return -1;
  Object* seen = dict_get_item(registry, key, &error);
  int result;
  if (seen) {
    result = 1;
  } else if (error) {
    result = -1;
  } else {
    result = dict_set_item(registry, key, bool_object(true)) < 0 ? -1 : 0;
  }
  decref(key);
  return result;
}

}  // namespace

int warn(TypeObject* category, std::string_view message, bool source_hint) {
  ThreadState* ts = current_thread();
  std::string out;
  const char* name = category->tp_name;
  Frame* f = ts->current_frame;
  if (!f) {
    // No Python code runs (the interpreter is finishing): CPython reports
    // these from "sys", line 1, without the source line or hint.
    out = std::string("sys:1: ") + name + ": " + std::string(message) + "\n";
    std::vector<std::string>& shown = ts->interp->exit_warnings;
    for (const std::string& w : shown)
      if (w == out) return 0;
    shown.push_back(out);
    ts->interp->err.write(out);
    return 0;
  }
  static Object* module_key = str_intern_static("__name__");
  bool error = false;
  Object* module = is_dict(f->globals) ? dict_get_item(f->globals, module_key, &error) : nullptr;
  if (error) return -1;
  if (ignored_by_default(category, module)) return 0;
  int offset = static_cast<int>(f->pc - f->code->code);
  const PositionEntry* p = code_position(f->code, static_cast<uint32_t>(offset));
  int lineno = p ? p->lineno : f->code->firstlineno;
  if (is_dict(f->globals)) {
    Object* text = str_from_utf8(message);
    if (!text) return -1;
    int seen = already_warned(f->globals, text, category, lineno);
    decref(text);
    if (seen < 0) return -1;
    if (seen) return 0;
  }
  std::string filename(str_utf8(f->code->filename));
  out = filename + ":" + std::to_string(lineno) + ": " + name + ": " + std::string(message) + "\n";
  std::string line;
  if (source_line_stripped(filename, lineno, &line) && !line.empty()) out += "  " + line + "\n";
  if (source_hint) out += std::string(name) + ": Enable tracemalloc to get the object allocation traceback\n";
  ts->interp->err.write(out);
  return 0;
}

int warn_explicit(TypeObject* category, std::string_view message, const std::string& filename, int lineno) {
  std::string out =
      filename + ":" + std::to_string(lineno) + ": " + category->tp_name + ": " + std::string(message) + "\n";
  std::string line;
  if (source_line_stripped(filename, lineno, &line) && !line.empty()) out += "  " + line + "\n";
  current_thread()->interp->err.write(out);
  return 0;
}

int warn_unawaited_coroutine(std::string_view message) { return warn(&exc::RuntimeWarning, message, true); }

}  // namespace dx
