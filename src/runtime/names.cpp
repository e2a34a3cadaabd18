#include "runtime/names.h"

#include "objects/str.h"

namespace dx::names {
#define NAME(id, text) Object* id;
#include "runtime/names.def"

void init_names() {
#define NAME(id, text) id = str_intern_static(text);
#include "runtime/names.def"
}
}  // namespace dx::names
