// Well-known names (runtime/names.def): immortal interned strings made once
// by runtime_init and never changed afterwards, so every interpreter may
// use them: names::dunder_init is "__init__".
#pragma once
#include "runtime/object.h"

namespace dx::names {
#define NAME(id, text) extern Object* id;
#include "runtime/names.def"

void init_names();
}  // namespace dx::names
