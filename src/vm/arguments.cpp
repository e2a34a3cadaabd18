// Binding a call's arguments to a Python function's parameters, with
// CPython 3.11's rules and messages: positional-only, defaults, *args,
// keyword-only with their defaults, **kwargs.
#include "vm/arguments.h"

#include <string>
#include <vector>

#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"

namespace dx {

namespace {

std::string_view name_of(CodeObject* code, int i) { return str_utf8(tuple_item(code->varnames, i)); }

// "'a', 'b' and 'c'" as CPython lists missing parameters.
std::string quoted_list(const std::vector<std::string_view>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); i++) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'";
    out += names[i];
    out += "'";
  }
  return out;
}

void missing_error(FunctionObject* func, const std::vector<std::string_view>& names, bool keyword_only) {
  std::string_view f = str_utf8(func->qualname);
  raise(&exc::TypeError, "%.*s() missing %zu required %s argument%s: %s", static_cast<int>(f.size()), f.data(),
        names.size(), keyword_only ? "keyword-only" : "positional", names.size() == 1 ? "" : "s",
        quoted_list(names).c_str());
}

void too_many_positional(FunctionObject* func, size_t given, Object** regs) {
  CodeObject* code = func->code;
  std::string_view f = str_utf8(func->qualname);
  ssize ndefaults = func->defaults ? tuple_size(func->defaults) : 0;
  int argcount = code->argcount;
  std::string takes;
  if (ndefaults > 0)
    takes = "from " + std::to_string(argcount - ndefaults) + " to " + std::to_string(argcount) + " positional arguments";
  else
    takes = std::to_string(argcount) + " positional argument" + (argcount == 1 ? "" : "s");
  // Keyword-only arguments that were given are mentioned too.
  int kwonly_given = 0;
  for (int i = argcount; i < argcount + code->kwonlyargcount; i++)
    if (regs[i]) kwonly_given++;
  std::string given_text = std::to_string(given);
  if (kwonly_given > 0) {
    given_text += " positional argument" + std::string(given == 1 ? "" : "s") + " (and " +
                  std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given == 1 ? "" : "s") + ")";
    raise(&exc::TypeError, "%.*s() takes %s but %s were given", static_cast<int>(f.size()), f.data(), takes.c_str(),
          given_text.c_str());
    return;
  }
  raise(&exc::TypeError, "%.*s() takes %s but %s %s given", static_cast<int>(f.size()), f.data(), takes.c_str(),
        given_text.c_str(), given == 1 ? "was" : "were");
}

}  // namespace

bool bind_arguments(FunctionObject* func, Object** regs, Object* const* args, size_t nargs, Object* kwnames) {
  CodeObject* code = func->code;
  int argcount = code->argcount;
  int total = argcount + code->kwonlyargcount;
  bool has_varargs = code->flags & kCoVarargs;
  bool has_varkw = code->flags & kCoVarkeywords;
  int kwargs_index = total + (has_varargs ? 1 : 0);
  Object* kwdict = nullptr;
  if (has_varkw) {
    kwdict = dict_new();
    if (!kwdict) return false;
    regs[kwargs_index] = kwdict;
  }
  size_t n = nargs < static_cast<size_t>(argcount) ? nargs : static_cast<size_t>(argcount);
  for (size_t i = 0; i < n; i++) regs[i] = newref(args[i]);
  if (has_varargs) {
    Object* rest = tuple_new(static_cast<ssize>(nargs - n));
    if (!rest) return false;
    for (size_t i = n; i < nargs; i++) tuple_item(rest, static_cast<ssize>(i - n)) = newref(args[i]);
    regs[total] = rest;
  }
  // Keyword arguments.
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  std::string_view fname = str_utf8(func->qualname);
  std::vector<std::string_view> posonly_as_keyword;
  for (ssize k = 0; k < nkw; k++) {
    Object* key = tuple_item(kwnames, k);
    Object* value = args[nargs + static_cast<size_t>(k)];
    int found = -1;
    for (int j = code->posonlyargcount; j < total; j++) {
      Object* name = tuple_item(code->varnames, j);
      if (name == key || str_equal(name, key)) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      if (kwdict) {
        if (dict_set_item(kwdict, key, value) < 0) return false;
        continue;
      }
      for (int j = 0; j < code->posonlyargcount; j++)
        if (str_equal(tuple_item(code->varnames, j), key)) posonly_as_keyword.push_back(str_utf8(key));
      if (!posonly_as_keyword.empty()) continue;
      std::string_view k_text = str_utf8(key);
      raise(&exc::TypeError, "%.*s() got an unexpected keyword argument '%.*s'", static_cast<int>(fname.size()),
            fname.data(), static_cast<int>(k_text.size()), k_text.data());
      return false;
    }
    if (regs[found]) {
      std::string_view k_text = str_utf8(key);
      raise(&exc::TypeError, "%.*s() got multiple values for argument '%.*s'", static_cast<int>(fname.size()),
            fname.data(), static_cast<int>(k_text.size()), k_text.data());
      return false;
    }
    regs[found] = newref(value);
  }
  if (!posonly_as_keyword.empty()) {
    std::string list;
    for (size_t i = 0; i < posonly_as_keyword.size(); i++) {
      if (i) list += ", ";
      list += posonly_as_keyword[i];
    }
    raise(&exc::TypeError, "%.*s() got some positional-only arguments passed as keyword arguments: '%s'",
          static_cast<int>(fname.size()), fname.data(), list.c_str());
    return false;
  }
  if (nargs > static_cast<size_t>(argcount) && !has_varargs) {
    too_many_positional(func, nargs, regs);
    return false;
  }
  // Defaults for the positional parameters not given.
  ssize ndefaults = func->defaults ? tuple_size(func->defaults) : 0;
  int first_default = argcount - static_cast<int>(ndefaults);
  std::vector<std::string_view> missing;
  for (int i = static_cast<int>(n); i < argcount; i++) {
    if (regs[i]) continue;
    if (i >= first_default) regs[i] = newref(tuple_item(func->defaults, i - first_default));
    else missing.push_back(name_of(code, i));
  }
  if (!missing.empty()) {
    missing_error(func, missing, false);
    return false;
  }
  // Keyword-only defaults.
  for (int i = argcount; i < total; i++) {
    if (regs[i]) continue;
    Object* name = tuple_item(code->varnames, i);
    Object* d = nullptr;
    if (func->kwdefaults) {
      bool error = false;
      d = dict_get_item(func->kwdefaults, name, &error);
      if (error) return false;
    }
    if (d) regs[i] = newref(d);
    else missing.push_back(str_utf8(name));
  }
  if (!missing.empty()) {
    missing_error(func, missing, true);
    return false;
  }
  return true;
}

bool parse_args(const ArgSpec& spec, Object* const* args, ssize nargs, Object* kwnames, Object** values) {
  int max_pos = spec.max_positional < 0 ? spec.count : spec.max_positional;
  for (int i = 0; i < spec.count; i++) values[i] = nullptr;
  if (nargs > max_pos) {
    if (max_pos == 0 && spec.count > 0)
      raise(&exc::TypeError, "%s() takes no positional arguments", spec.fname);
    else if (max_pos < spec.count)
      raise(&exc::TypeError, "%s() takes at most %d positional argument%s (%zd given)", spec.fname, max_pos,
            max_pos == 1 ? "" : "s", nargs);
    else if (spec.count == 0)
      raise(&exc::TypeError, "%s() takes no arguments (%zd given)", spec.fname, nargs);
    else
      raise(&exc::TypeError, "%s() takes at most %d argument%s (%zd given)", spec.fname, spec.count,
            spec.count == 1 ? "" : "s", nargs);
    return false;
  }
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  if (nkw > 0 && nargs + nkw > spec.count) {
    // Argument clinic counts keywords too ("keyword" when all are).
    raise(&exc::TypeError, "%s() takes at most %d %sargument%s (%zd given)", spec.fname, spec.count,
          nargs == 0 ? "keyword " : "", spec.count == 1 ? "" : "s", nargs + nkw);
    return false;
  }
  for (ssize i = 0; i < nargs; i++) values[i] = args[i];
  for (ssize k = 0; k < nkw; k++) {
    Object* key = tuple_item(kwnames, k);
    std::string_view name = str_utf8(key);
    int found = -1;
    for (int i = spec.positional_only; i < spec.count; i++)
      if (name == spec.names[i]) found = i;
    if (found < 0) {
      raise(&exc::TypeError, "'%.*s' is an invalid keyword argument for %s()", static_cast<int>(name.size()),
            name.data(), spec.fname);
      return false;
    }
    if (values[found]) {
      raise(&exc::TypeError, "argument for %s() given by name ('%s') and position (%d)", spec.fname,
            spec.names[found], found + 1);
      return false;
    }
    values[found] = args[nargs + k];
  }
  for (int i = 0; i < spec.required; i++) {
    if (!values[i]) {
      raise(&exc::TypeError, "%s() missing required argument '%s' (pos %d)", spec.fname, spec.names[i], i + 1);
      return false;
    }
  }
  return true;
}

bool parse_tuple_and_keywords(Object* args, Object* kwargs, const char* fname, const char* const* names, int count,
                              int required, Object** values) {
  ssize nargs = tuple_size(args);
  ssize nkw = kwargs ? dict_size(kwargs) : 0;
  ArgSpec spec{fname, names, count, required};
  if (nkw == 0) return parse_args(spec, &tuple_item(args, 0), nargs, nullptr, values);
  Object* kwnames = tuple_new(nkw);
  if (!kwnames) return false;
  Object* small[16];
  if (nargs + nkw > 16) {
    decref(kwnames);
    raise(&exc::TypeError, "%s() takes at most %d arguments (%zd given)", fname, count, nargs + nkw);
    return false;
  }
  for (ssize i = 0; i < nargs; i++) small[i] = tuple_item(args, i);
  ssize pos = 0, i = 0;
  Object *key, *value;
  while (dict_next(kwargs, &pos, &key, &value)) {
    tuple_item(kwnames, i) = newref(key);
    small[nargs + i++] = value;
  }
  bool ok = parse_args(spec, small, nargs, kwnames, values);
  decref(kwnames);
  return ok;
}

bool check_positional(const char* name, ssize nargs, ssize min, ssize max) {
  if (nargs >= min && nargs <= max) return true;
  ssize n = nargs < min ? min : max;
  const char* qualifier = min == max ? "" : nargs < min ? "at least " : "at most ";
  raise(&exc::TypeError, "%.200s expected %s%zd argument%s, got %zd", name, qualifier, n, n == 1 ? "" : "s", nargs);
  return false;
}

}  // namespace dx
