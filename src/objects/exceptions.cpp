// The builtin exception classes (runtime/exceptions.def) and their instances.
// Only creation and deallocation for now; the attributes, __str__/__repr__,
// and the group operations come with the type machinery.
#include <algorithm>
#include <string>
#include <string_view>

#include <cerrno>
#include <cstddef>
#include <initializer_list>
#include <utility>

#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception_group.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/traceback.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

namespace exc {
#define EXCEPTION(Name, Base, Layout) TypeObject Name;
#include "runtime/exceptions.def"
}  // namespace exc

namespace {

// The references each family adds to BaseExceptionObject, for the
// deallocation, the collector's traverse and its clear.
template <typename F>
void family_fields(BaseExceptionObject*, F) {}
template <typename F>
void family_fields(ExceptionGroupObject* e, F f) {
  f(e->msg);
  f(e->excs);
}
template <typename F>
void family_fields(SyntaxErrorObject* e, F f) {
  for (Object** p : {&e->msg, &e->filename, &e->lineno, &e->offset, &e->end_lineno, &e->end_offset, &e->text,
                     &e->print_file_and_line})
    f(*p);
}
template <typename F>
void family_fields(ImportErrorObject* e, F f) {
  f(e->msg);
  f(e->name);
  f(e->path);
}
template <typename F>
void family_fields(UnicodeErrorObject* e, F f) {
  f(e->encoding);
  f(e->object);
  f(e->reason);
}
template <typename F>
void family_fields(SystemExitObject* e, F f) {
  f(e->code);
}
template <typename F>
void family_fields(OSErrorObject* e, F f) {
  f(e->myerrno);
  f(e->strerror);
  f(e->filename);
  f(e->filename2);
}
template <typename F>
void family_fields(StopIterationObject* e, F f) {
  f(e->value);
}
template <typename F>
void family_fields(NameErrorObject* e, F f) {
  f(e->name);
}
template <typename F>
void family_fields(AttributeErrorObject* e, F f) {
  f(e->obj);
  f(e->name);
}

// Every field, the family's first (CPython's order of clearing).
template <typename Layout, typename F>
void exception_fields(Layout* e, F f) {
  family_fields(e, f);
  f(e->dict);
  f(e->args);
  f(e->notes);
  f(e->traceback);
  f(e->context);
  f(e->cause);
}

template <typename Layout>
int exception_clear(Object* o) {
  exception_fields(static_cast<Layout*>(o), [](Object*& field) {
    Object* v = field;
    field = nullptr;
    xdecref(v);
  });
  return 0;
}

template <typename Layout>
void exception_dealloc(Object* o) {
  gc_untrack(o);
  exception_clear<Layout>(o);
  object_free(o);
}

template <typename Layout>
int exception_traverse(Object* o, visitproc visit, void* arg) {
  int r = 0;
  exception_fields(static_cast<Layout*>(o), [&](Object*& field) {
    if (r == 0 && field) r = visit(field, arg);
  });
  return r;
}

// BaseException.__str__: '' for no arguments, str(arg) for one, str(args).
Object* exception_str(Object* o) {
  Object* args = static_cast<BaseExceptionObject*>(o)->args;
  ssize n = args ? tuple_size(args) : 0;
  if (n == 0) return str_from_ascii("");
  if (n == 1) return object_str(tuple_item(args, 0));
  return object_str(args);
}

// KeyError shows its key as repr, so that KeyError('') is not blank.
Object* key_error_str(Object* o) {
  Object* args = static_cast<BaseExceptionObject*>(o)->args;
  if (args && tuple_size(args) == 1) return object_repr(tuple_item(args, 0));
  return exception_str(o);
}

// BaseException.__repr__: Name(arg, ...), without the tuple's comma for one.
Object* exception_repr(Object* o) {
  Object* args = static_cast<BaseExceptionObject*>(o)->args;
  std::string out = type_of(o)->tp_name;
  ssize n = args ? tuple_size(args) : 0;
  if (n == 1) {
    Object* r = object_repr(tuple_item(args, 0));
    if (!r) return nullptr;
    out += '(';
    out += str_utf8(r);
    out += ')';
    decref(r);
  } else {
    Object* r = object_repr(args ? args : tuple_new(0));
    if (!r) return nullptr;
    out += n == 0 ? std::string_view("()") : str_utf8(r);
    decref(r);
  }
  return str_from_utf8(out);
}

}  // namespace

Object* exception_new(TypeObject* type, Object* args) {
  Object* e = type->tp_new(type, args, nullptr);
  if (e && type->tp_init && is_instance_of_type(e, type) && type->tp_init(e, args, nullptr) < 0) {
    decref(e);
    return nullptr;
  }
  return e;
}

namespace {

BaseExceptionObject* as_exc(Object* o) { return static_cast<BaseExceptionObject*>(o); }

void replace(Object*& field, Object* value) {
  Object* old = field;
  field = value ? newref(value) : nullptr;
  xdecref(old);
}

Object* base_exception_new(TypeObject* t, Object* args, Object*) {
  Object* o = object_new_instance(t);
  if (!o) return nullptr;
  as_exc(o)->args = args ? newref(args) : tuple_new(0);
  if (t->tp_basicsize >= static_cast<ssize>(sizeof(OSErrorObject)) && is_subtype(t, &exc::OSError))
    static_cast<OSErrorObject*>(o)->written = -1;
  return o;
}

int base_exception_init(Object* self, Object* args, Object* kwargs) {
  if (kwargs && dict_size(kwargs) > 0) {
    raise(&exc::TypeError, "%s() takes no keyword arguments", type_of(self)->tp_name);
    return -1;
  }
  replace(as_exc(self)->args, args);
  return 0;
}

// The first argument, or None (StopIteration.value, SystemExit.code).
Object* first_or(Object* args, Object* otherwise) {
  ssize n = tuple_size(args);
  return n == 0 ? otherwise : n == 1 ? tuple_item(args, 0) : args;
}

int stop_iteration_init(Object* self, Object* args, Object* kwargs) {
  if (base_exception_init(self, args, kwargs) < 0) return -1;
  replace(static_cast<StopIterationObject*>(self)->value, tuple_size(args) ? tuple_item(args, 0) : none());
  return 0;
}

int system_exit_init(Object* self, Object* args, Object* kwargs) {
  if (base_exception_init(self, args, kwargs) < 0) return -1;
  replace(static_cast<SystemExitObject*>(self)->code, first_or(args, none()));
  return 0;
}

// The keyword arguments some exceptions take: name=, obj=, path=.
bool take_keywords(Object* self, Object* kwargs, const char* type_name,
                   std::initializer_list<std::pair<const char*, Object**>> allowed) {
  if (!kwargs) return true;
  // As CPython's keyword-only argument parsing reports it.
  ssize given = dict_size(kwargs);
  if (given > static_cast<ssize>(allowed.size())) {
    raise(&exc::TypeError, "%s() takes at most %zu keyword argument%s (%zd given)", type_name, allowed.size(),
          allowed.size() == 1 ? "" : "s", given);
    return false;
  }
  ssize pos = 0;
  Object *key, *value;
  while (dict_next(kwargs, &pos, &key, &value)) {
    bool found = false;
    for (auto& [name, field] : allowed)
      if (str_equal_ascii(key, name)) {
        replace(*field, value);
        found = true;
      }
    if (!found) {
      std::string_view k = str_utf8(key);
      raise(&exc::TypeError, "'%.*s' is an invalid keyword argument for %s()", static_cast<int>(k.size()), k.data(),
            type_name);
      return false;
    }
  }
  return true;
}

int name_error_init(Object* self, Object* args, Object* kwargs) {
  auto* e = static_cast<NameErrorObject*>(self);
  if (!take_keywords(self, kwargs, "NameError", {{"name", &e->name}})) return -1;
  replace(e->args, args);
  return 0;
}

int attribute_error_init(Object* self, Object* args, Object* kwargs) {
  auto* e = static_cast<AttributeErrorObject*>(self);
  if (!take_keywords(self, kwargs, "AttributeError", {{"name", &e->name}, {"obj", &e->obj}})) return -1;
  replace(e->args, args);
  return 0;
}

int import_error_init(Object* self, Object* args, Object* kwargs) {
  auto* e = static_cast<ImportErrorObject*>(self);
  if (!take_keywords(self, kwargs, "ImportError", {{"name", &e->name}, {"path", &e->path}})) return -1;
  replace(e->args, args);
  replace(e->msg, tuple_size(args) == 1 ? tuple_item(args, 0) : nullptr);
  return 0;
}

Object* import_error_str(Object* o) {
  auto* e = static_cast<ImportErrorObject*>(o);
  if (e->msg && !is_none(e->msg)) return object_str(e->msg);
  return exception_str(o);
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]); an errno
// with a subclass of its own makes that subclass (OSError(2, ..) is a
// FileNotFoundError).
TypeObject* oserror_subclass_for(Object* args) {
  if (tuple_size(args) < 2 || tuple_size(args) > 5 || !is_int(tuple_item(args, 0))) return nullptr;
  auto v = int_to_int64(tuple_item(args, 0));
  if (!v) return nullptr;
  switch (*v) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &exc::BlockingIOError;
    case ECHILD: return &exc::ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &exc::BrokenPipeError;
    case ECONNABORTED: return &exc::ConnectionAbortedError;
    case ECONNREFUSED: return &exc::ConnectionRefusedError;
    case ECONNRESET: return &exc::ConnectionResetError;
    case EEXIST: return &exc::FileExistsError;
    case ENOENT: return &exc::FileNotFoundError;
    case EISDIR: return &exc::IsADirectoryError;
    case ENOTDIR: return &exc::NotADirectoryError;
    case EINTR: return &exc::InterruptedError;
    case EACCES: case EPERM: return &exc::PermissionError;
    case ESRCH: return &exc::ProcessLookupError;
    case ETIMEDOUT: return &exc::TimeoutError;
    default: return nullptr;
  }
}

Object* oserror_new(TypeObject* t, Object* args, Object* kwargs) {
  if (t == &exc::OSError)
    if (TypeObject* sub = oserror_subclass_for(args)) t = sub;
  return base_exception_new(t, args, kwargs);
}

int oserror_init(Object* self, Object* args, Object* kwargs) {
  if (base_exception_init(self, args, kwargs) < 0) return -1;
  auto* e = static_cast<OSErrorObject*>(self);
  ssize n = tuple_size(args);
  if (n >= 2 && n <= 5) {
    replace(e->myerrno, tuple_item(args, 0));
    replace(e->strerror, tuple_item(args, 1));
    Object* filename = n >= 3 ? tuple_item(args, 2) : nullptr;
    if (filename && !is_none(filename)) {
      NumberMethods* nb = type_of(filename)->tp_as_number;
      if (type_of(self) == &exc::BlockingIOError && nb && (nb->nb_index || nb->nb_int || nb->nb_float)) {
        // BlockingIOError's third argument may be the characters written.
        if (!index_as_ssize(filename, &exc::ValueError, &e->written)) return -1;
      } else {
        replace(e->filename, filename);
        if (n == 5 && !is_none(tuple_item(args, 4))) replace(e->filename2, tuple_item(args, 4));
        // args keeps only (errno, strerror) when a filename was given.
        Object* two = tuple_pack({tuple_item(args, 0), tuple_item(args, 1)});
        if (!two) return -1;
        replace(e->args, two);
        decref(two);
      }
    }
  }
  return 0;
}

Object* oserror_str(Object* o) {
  auto* e = static_cast<OSErrorObject*>(o);
  auto text = [](Object* x) -> std::string {
    Object* s = object_str(x);
    if (!s) return "";
    std::string r(str_utf8(s));
    decref(s);
    return r;
  };
  auto repr = [](Object* x) -> std::string {
    Object* s = object_repr(x);
    if (!s) return "";
    std::string r(str_utf8(s));
    decref(s);
    return r;
  };
  if (e->filename && e->filename2)
    return str_from_utf8("[Errno " + text(e->myerrno) + "] " + text(e->strerror) + ": " + repr(e->filename) +
                         " -> " + repr(e->filename2));
  if (e->filename)
    return str_from_utf8("[Errno " + text(e->myerrno) + "] " + text(e->strerror) + ": " + repr(e->filename));
  if (e->myerrno && e->strerror) return str_from_utf8("[Errno " + text(e->myerrno) + "] " + text(e->strerror));
  return exception_str(o);
}

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
int syntax_error_init(Object* self, Object* args, Object* kwargs) {
  if (base_exception_init(self, args, kwargs) < 0) return -1;
  auto* e = static_cast<SyntaxErrorObject*>(self);
  ssize n = tuple_size(args);
  if (n >= 1) replace(e->msg, tuple_item(args, 0));
  if (n == 2) {
    Object* info = tuple_from_iterable(tuple_item(args, 1));
    if (!info) return -1;
    ssize k = tuple_size(info);
    if (k < 4 || k > 6) {
      decref(info);
      raise(&exc::IndexError, "tuple index out of range");
      return -1;
    }
    Object** fields[] = {&e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno, &e->end_offset};
    for (ssize i = 0; i < k; i++) replace(*fields[i], tuple_item(info, i));
    decref(info);
  }
  return 0;
}

// "msg (file.py, line 3)": the file's base name.
Object* syntax_error_str(Object* o) {
  auto* e = static_cast<SyntaxErrorObject*>(o);
  Object* msg = e->msg ? object_str(e->msg) : exception_str(o);
  if (!msg) return nullptr;
  std::string out(str_utf8(msg));
  decref(msg);
  bool have_file = e->filename && is_str(e->filename);
  bool have_line = e->lineno && is_int(e->lineno);
  std::string file;
  if (have_file) {
    file = str_utf8(e->filename);
    size_t slash = file.rfind('/');
    if (slash != std::string::npos) file = file.substr(slash + 1);
  }
  std::string line;
  if (have_line) {
    auto v = int_to_int64(e->lineno);
    line = v ? std::to_string(*v) : "?";
  }
  if (have_file && have_line) out += " (" + file + ", line " + line + ")";
  else if (have_file) out += " (" + file + ")";
  else if (have_line) out += " (line " + line + ")";
  return str_from_utf8(out);
}

// ---- attributes ------------------------------------------------------------------

Object* get_args(Object* o, void*) { return as_exc(o)->args ? newref(as_exc(o)->args) : tuple_new(0); }
int set_args(Object* o, Object* v, void*) {
  if (!v) {
    raise(&exc::TypeError, "args may not be deleted");
    return -1;
  }
  Object* t = tuple_from_iterable(v);
  if (!t) return -1;
  replace(as_exc(o)->args, t);
  decref(t);
  return 0;
}
Object* get_traceback(Object* o, void*) { return newref(as_exc(o)->traceback ? as_exc(o)->traceback : none()); }
int set_traceback(Object* o, Object* v, void*) {
  if (!v) {
    raise(&exc::TypeError, "__traceback__ may not be deleted");
    return -1;
  }
  if (!is_none(v) && type_of(v) != &TracebackType) {
    raise(&exc::TypeError, "__traceback__ must be a traceback or None");
    return -1;
  }
  replace(as_exc(o)->traceback, is_none(v) ? nullptr : v);
  return 0;
}
Object* get_context(Object* o, void*) { return newref(as_exc(o)->context ? as_exc(o)->context : none()); }
int set_context(Object* o, Object* v, void*) {
  if (!v) {
    raise(&exc::TypeError, "__context__ may not be deleted");
    return -1;
  }
  if (!is_none(v) && !is_instance_of_type(v, &exc::BaseException)) {
    raise(&exc::TypeError, "exception context must be None or derive from BaseException");
    return -1;
  }
  replace(as_exc(o)->context, is_none(v) ? nullptr : v);
  return 0;
}
Object* get_cause(Object* o, void*) { return newref(as_exc(o)->cause ? as_exc(o)->cause : none()); }
int set_cause(Object* o, Object* v, void*) {
  if (!v) {
    raise(&exc::TypeError, "__cause__ may not be deleted");
    return -1;
  }
  if (!is_none(v) && !is_instance_of_type(v, &exc::BaseException)) {
    raise(&exc::TypeError, "exception cause must be None or derive from BaseException");
    return -1;
  }
  replace(as_exc(o)->cause, is_none(v) ? nullptr : v);
  as_exc(o)->suppress_context = 1;
  return 0;
}
Object* get_dict(Object* o, void*) {
  if (!as_exc(o)->dict && !(as_exc(o)->dict = dict_new())) return nullptr;
  return newref(as_exc(o)->dict);
}

GetSetDef exception_getset[] = {
    {"args", get_args, set_args, nullptr, nullptr},
    {"__traceback__", get_traceback, set_traceback, nullptr, nullptr},
    {"__context__", get_context, set_context, nullptr, nullptr},
    {"__cause__", get_cause, set_cause, nullptr, nullptr},
    {"__dict__", get_dict, nullptr, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MemberDef exception_members[] = {
    {"__suppress_context__", 14, offsetof(BaseExceptionObject, suppress_context), 0, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

Object* with_traceback(Object* self, Object* tb) {
  if (set_traceback(self, tb, nullptr) < 0) return nullptr;
  return newref(self);
}

Object* add_note(Object* self, Object* note) {
  if (!is_str(note))
    return raise(&exc::TypeError, "note must be a str, not '%s'", type_of(note)->tp_name);
  static Object* notes_name = str_intern_static("__notes__");
  Object* notes = object_getattr(self, notes_name);
  if (!notes) {
    if (!error_matches(&exc::AttributeError)) return nullptr;
    clear_error();
    notes = list_new(0);
    if (!notes || object_setattr(self, notes_name, notes) < 0) {
      xdecref(notes);
      return nullptr;
    }
  }
  if (!is_list(notes)) {
    decref(notes);
    return raise(&exc::TypeError, "Cannot add note: __notes__ is not a list");
  }
  int r = list_append(notes, note);
  decref(notes);
  return r < 0 ? nullptr : return_none();
}

MethodDef exception_methods[] = {
    {"with_traceback", reinterpret_cast<CFunction>(with_traceback), kMethO, nullptr},
    {"add_note", reinterpret_cast<CFunction>(add_note), kMethO, nullptr},
    {nullptr, nullptr, 0, nullptr},
};

#define OBJ_MEMBER(Layout, field, name) {name, 6, offsetof(Layout, field), 0, nullptr}
#define END_MEMBERS {nullptr, 0, 0, 0, nullptr}
MemberDef stop_iteration_members[] = {OBJ_MEMBER(StopIterationObject, value, "value"), END_MEMBERS};
MemberDef system_exit_members[] = {OBJ_MEMBER(SystemExitObject, code, "code"), END_MEMBERS};
MemberDef name_error_members[] = {OBJ_MEMBER(NameErrorObject, name, "name"), END_MEMBERS};
MemberDef attribute_error_members[] = {OBJ_MEMBER(AttributeErrorObject, name, "name"),
                                       OBJ_MEMBER(AttributeErrorObject, obj, "obj"), END_MEMBERS};
MemberDef import_error_members[] = {OBJ_MEMBER(ImportErrorObject, msg, "msg"),
                                    OBJ_MEMBER(ImportErrorObject, name, "name"),
                                    OBJ_MEMBER(ImportErrorObject, path, "path"), END_MEMBERS};
// BlockingIOError.characters_written: absent (AttributeError) until set.
Object* get_written(Object* o, void*) {
  ssize w = static_cast<OSErrorObject*>(o)->written;
  if (w == -1) return raise(&exc::AttributeError, "characters_written");
  return int_from_int64(w);
}
int set_written(Object* o, Object* v, void*) {
  auto* e = static_cast<OSErrorObject*>(o);
  if (!v) {
    if (e->written == -1) {
      raise(&exc::AttributeError, "characters_written");
      return -1;
    }
    e->written = -1;
    return 0;
  }
  ssize w;
  if (!index_as_ssize(v, &exc::ValueError, &w)) return -1;
  e->written = w;
  return 0;
}
GetSetDef oserror_getset[] = {
    {"characters_written", get_written, set_written, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MemberDef oserror_members[] = {OBJ_MEMBER(OSErrorObject, myerrno, "errno"),
                               OBJ_MEMBER(OSErrorObject, strerror, "strerror"),
                               OBJ_MEMBER(OSErrorObject, filename, "filename"),
                               OBJ_MEMBER(OSErrorObject, filename2, "filename2"), END_MEMBERS};
MemberDef syntax_error_members[] = {
    OBJ_MEMBER(SyntaxErrorObject, msg, "msg"),           OBJ_MEMBER(SyntaxErrorObject, filename, "filename"),
    OBJ_MEMBER(SyntaxErrorObject, lineno, "lineno"),     OBJ_MEMBER(SyntaxErrorObject, offset, "offset"),
    OBJ_MEMBER(SyntaxErrorObject, text, "text"),         OBJ_MEMBER(SyntaxErrorObject, end_lineno, "end_lineno"),
    OBJ_MEMBER(SyntaxErrorObject, end_offset, "end_offset"),
    OBJ_MEMBER(SyntaxErrorObject, print_file_and_line, "print_file_and_line"), END_MEMBERS};
MemberDef unicode_error_members[] = {OBJ_MEMBER(UnicodeErrorObject, encoding, "encoding"),
                                     OBJ_MEMBER(UnicodeErrorObject, object, "object"),
                                     {"start", 19, offsetof(UnicodeErrorObject, start), 0, nullptr},
                                     {"end", 19, offsetof(UnicodeErrorObject, end), 0, nullptr},
                                     OBJ_MEMBER(UnicodeErrorObject, reason, "reason"), END_MEMBERS};

}  // namespace

// base_of_<Name>(): the static type named in a row's Base column.
TypeObject* base_of_Object() { return nullptr; }  // `object` comes with the type machinery
#define EXCEPTION(Name, Base, Layout) \
  [[maybe_unused]] TypeObject* base_of_##Name() { return &exc::Name; }
#include "runtime/exceptions.def"

void init_exception_types() {
#define EXCEPTION(Name, Base, Layout)                                          \
  {                                                                            \
    TypeObject& t = exc::Name;                                                 \
    t.ob_refcnt = kImmortalRefcnt;                                             \
    t.tp_name = #Name;                                                         \
    t.tp_basicsize = sizeof(Layout);                                           \
    t.tp_dealloc = exception_dealloc<Layout>;                                  \
    t.tp_traverse = exception_traverse<Layout>;                                \
    t.tp_clear = exception_clear<Layout>;                                      \
    t.tp_flags = kTpDefault | kTpBaseType | kTpBaseExcSubclass | kTpHaveGc;    \
    t.tp_base = base_of_##Base();                                              \
  }
#include "runtime/exceptions.def"
  // Subclasses inherit __str__ and __repr__ (OSError's str reaches FileNotFoundError).
  exc::BaseException.tp_str = exception_str;
  exc::BaseException.tp_repr = exception_repr;
  exc::KeyError.tp_str = key_error_str;
  exc::BaseException.tp_new = base_exception_new;
  exc::BaseException.tp_init = base_exception_init;
  exc::BaseException.tp_getset = exception_getset;
  exc::BaseException.tp_members = exception_members;
  exc::BaseException.tp_methods = exception_methods;
  exc::BaseException.tp_dictoffset = offsetof(BaseExceptionObject, dict);
  exc::StopIteration.tp_init = stop_iteration_init;
  exc::StopIteration.tp_members = stop_iteration_members;
  exc::SystemExit.tp_init = system_exit_init;
  exc::SystemExit.tp_members = system_exit_members;
  exc::NameError.tp_init = name_error_init;
  exc::NameError.tp_members = name_error_members;
  exc::AttributeError.tp_init = attribute_error_init;
  exc::AttributeError.tp_members = attribute_error_members;
  exc::ImportError.tp_init = import_error_init;
  exc::ImportError.tp_members = import_error_members;
  exc::ImportError.tp_str = import_error_str;
  exc::OSError.tp_new = oserror_new;
  exc::OSError.tp_init = oserror_init;
  exc::OSError.tp_members = oserror_members;
  exc::OSError.tp_getset = oserror_getset;
  exc::OSError.tp_str = oserror_str;
  exc::SyntaxError.tp_members = syntax_error_members;
  exc::SyntaxError.tp_init = syntax_error_init;
  exc::SyntaxError.tp_str = syntax_error_str;
  exc::UnicodeError.tp_members = unicode_error_members;
  init_exception_group_types();
}

}  // namespace dx
