// Raising and inspecting exceptions (DESIGN D5). A failing function sets the
// thread's current exception and returns nullptr (or -1); the raise helpers
// return nullptr so a call site stays one line: `return raise(...)`.
#pragma once
#include <cstddef>

#include "runtime/object.h"

namespace dx {

struct TextStatus;

// The builtin exception classes, one static type each: exc::TypeError, ...
namespace exc {
#define EXCEPTION(Name, Base, Layout) extern TypeObject Name;
#include "runtime/exceptions.def"
}  // namespace exc

// Raises `type` with a message formatted printf-style (the text must be
// UTF-8). Returns nullptr.
std::nullptr_t raise(TypeObject* type, const char* format, ...) __attribute__((format(printf, 2, 3)));
// Raises `type` called with the single argument `value` (which may be null
// for no arguments); an exception instance is raised as it is.
std::nullptr_t raise_object(TypeObject* type, Object* value);
std::nullptr_t raise_no_memory();
// Raises the exception a TextStatus of the support/ text functions describes.
std::nullptr_t raise_text_status(const TextStatus& status);

bool error_occurred();
// Whether the current exception is an instance of `type` (or a subclass).
bool error_matches(TypeObject* type);
void clear_error();
// Takes the current exception (a new reference; null if none) and clears it.
Object* fetch_error();
// Sets `exc` (stealing the reference) as the current exception.
void restore_error(Object* exc);

// exc.__context__ = context (both exceptions), cutting the cycle this would
// close in context's chain. What raising while `context` is handled does.
void set_exception_context(Object* exc, Object* context);

// Creates an instance of exception class `type` with `args` (a tuple,
// borrowed). Returns nullptr with an error set on failure.
Object* exception_new(TypeObject* type, Object* args);

// Readies the static exception types; part of runtime start-up.
void init_exception_types();

}  // namespace dx
