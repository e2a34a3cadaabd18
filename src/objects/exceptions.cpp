// The builtin exception classes (runtime/exceptions.def) and their instances.
// Only creation and deallocation for now; the attributes, __str__/__repr__,
// and the group operations come with the type machinery.
#include <algorithm>
#include <string>
#include <string_view>

#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

namespace exc {
#define EXCEPTION(Name, Base, Layout) TypeObject Name;
#include "runtime/exceptions.def"
}  // namespace exc

namespace {

// The references each family adds to BaseExceptionObject.
void clear_family_fields(BaseExceptionObject*) {}
void clear_family_fields(ExceptionGroupObject* e) {
  xdecref(e->msg);
  xdecref(e->excs);
}
void clear_family_fields(SyntaxErrorObject* e) {
  for (Object* f : {e->msg, e->filename, e->lineno, e->offset, e->end_lineno, e->end_offset, e->text,
                    e->print_file_and_line})
    xdecref(f);
}
void clear_family_fields(ImportErrorObject* e) {
  xdecref(e->msg);
  xdecref(e->name);
  xdecref(e->path);
}
void clear_family_fields(UnicodeErrorObject* e) {
  xdecref(e->encoding);
  xdecref(e->object);
  xdecref(e->reason);
}
void clear_family_fields(SystemExitObject* e) { xdecref(e->code); }
void clear_family_fields(OSErrorObject* e) {
  xdecref(e->myerrno);
  xdecref(e->strerror);
  xdecref(e->filename);
  xdecref(e->filename2);
}
void clear_family_fields(StopIterationObject* e) { xdecref(e->value); }
void clear_family_fields(NameErrorObject* e) { xdecref(e->name); }
void clear_family_fields(AttributeErrorObject* e) {
  xdecref(e->obj);
  xdecref(e->name);
}

template <typename Layout>
void exception_dealloc(Object* o) {
  auto* e = static_cast<Layout*>(o);
  clear_family_fields(e);
  xdecref(e->dict);
  xdecref(e->args);
  xdecref(e->notes);
  xdecref(e->traceback);
  xdecref(e->context);
  xdecref(e->cause);
  object_free(o);
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
  auto* e = static_cast<BaseExceptionObject*>(object_alloc(type, static_cast<size_t>(type->tp_basicsize)));
  if (!e) return nullptr;
  char* body = reinterpret_cast<char*>(e) + sizeof(Object);
  std::fill(body, reinterpret_cast<char*>(e) + type->tp_basicsize, 0);
  e->args = newref(args);
  // StopIteration keeps its first argument as its value (a generator's return value).
  if (is_subtype(type, &exc::StopIteration))
    static_cast<StopIterationObject*>(static_cast<Object*>(e))->value =
        newref(tuple_size(args) > 0 ? tuple_item(args, 0) : none());
  return e;
}

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
    t.tp_flags = kTpDefault | kTpBaseType | kTpBaseExcSubclass | kTpHaveGc;    \
    t.tp_base = base_of_##Base();                                              \
    t.tp_str = exception_str;                                                  \
    t.tp_repr = exception_repr;                                                \
  }
#include "runtime/exceptions.def"
  exc::KeyError.tp_str = key_error_str;
}

}  // namespace dx
