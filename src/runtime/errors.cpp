#include "runtime/errors.h"

#include <cstdarg>
#include <cstdio>
#include <string>

#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/abstract.h"
#include "runtime/thread_state.h"
#include "support/text_status.h"

namespace dx {

namespace {

void set_current(Object* exc) {
  ThreadState* ts = current_thread();
  Object* old = ts->current_exception;
  ts->current_exception = exc;
  xdecref(old);
}

// Implicit chaining: an exception raised while another is handled gets it as
// __context__.
void chain_context(Object* exc) {
  Object* handled = handled_exception_topmost(current_thread());
  if (handled) set_exception_context(exc, handled);
}

}  // namespace

void set_exception_context(Object* exc, Object* context) {
  if (context == exc) return;
  // Cut any cycle this would make, as CPython does.
  for (auto* o = static_cast<BaseExceptionObject*>(context); o;) {
    auto* next = static_cast<BaseExceptionObject*>(o->context);
    if (next == exc) {
      o->context = nullptr;
      decref(next);
      break;
    }
    o = next;
  }
  auto* e = static_cast<BaseExceptionObject*>(exc);
  Object* old = e->context;
  e->context = newref(context);
  xdecref(old);
}

std::nullptr_t raise_object(TypeObject* type, Object* value) {
  if (value && is_subtype(type_of(value), &exc::BaseException)) {
    chain_context(value);
    set_current(newref(value));
    return nullptr;
  }
  Object* args = value ? tuple_pack({value}) : tuple_new(0);
  if (!args) return nullptr;
  Object* e = exception_new(type, args);
  decref(args);
  if (e) {
    chain_context(e);
    set_current(e);
  }
  return nullptr;
}

std::nullptr_t raise(TypeObject* type, const char* format, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, format);
  int n = vsnprintf(buf, sizeof buf, format, ap);
  va_end(ap);
  std::string text;
  if (n >= static_cast<int>(sizeof buf)) {
    text.resize(static_cast<size_t>(n));
    va_start(ap, format);
    vsnprintf(text.data(), text.size() + 1, format, ap);
    va_end(ap);
  } else {
    text.assign(buf, n < 0 ? 0 : static_cast<size_t>(n));
  }
  Object* msg = str_from_utf8(text);
  if (!msg) return nullptr;
  raise_object(type, msg);
  decref(msg);
  return nullptr;
}

std::nullptr_t raise_no_memory() {
  // No allocation here: MemoryError is raised when memory has run out.
  static thread_local bool raising = false;
  if (raising) return nullptr;
  raising = true;
  Object* args = tuple_new(0);
  Object* e = args ? exception_new(&exc::MemoryError, args) : nullptr;
  xdecref(args);
  if (e) set_current(e);
  raising = false;
  return nullptr;
}

std::nullptr_t raise_text_status(const TextStatus& s) {
  switch (s.kind) {
    case ExcKind::kValueError: return raise(&exc::ValueError, "%s", s.message.c_str());
    case ExcKind::kOverflowError: return raise(&exc::OverflowError, "%s", s.message.c_str());
    case ExcKind::kTypeError: return raise(&exc::TypeError, "%s", s.message.c_str());
    case ExcKind::kZeroDivisionError: return raise(&exc::ZeroDivisionError, "%s", s.message.c_str());
    case ExcKind::kMemoryError: return raise_no_memory();
    case ExcKind::kNone:
    case ExcKind::kPending: break;  // nothing to raise: none, or already raised
  }
  return nullptr;
}

bool error_occurred() { return current_thread()->current_exception != nullptr; }

bool error_matches(TypeObject* type) {
  Object* e = current_thread()->current_exception;
  return e && is_subtype(type_of(e), type);
}

void clear_error() { set_current(nullptr); }

Object* fetch_error() {
  ThreadState* ts = current_thread();
  Object* e = ts->current_exception;
  ts->current_exception = nullptr;
  return e;
}

void restore_error(Object* exc) { set_current(exc); }

}  // namespace dx
