// Interned identifiers for the compiler: each distinct name gets a small
// dense id, so symbol tables compare and hash integers, not strings.
//
// The text of a name is not copied when it already lives as long as the
// table (identifiers of the AST point into the parse arena's source text);
// names the compiler makes up (mangled `_Class__name`) are copied into the
// arena given to the table.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "support/arena.h"

namespace dx::compiler {

using NameId = uint32_t;
constexpr NameId kNoName = UINT32_MAX;

// The names the symbol table itself needs, interned first with fixed ids.
#define DX_WELL_KNOWN_NAMES(X) \
  X(top, "top")                \
  X(lambda, "lambda")          \
  X(listcomp, "listcomp")      \
  X(setcomp, "setcomp")        \
  X(dictcomp, "dictcomp")      \
  X(genexpr, "genexpr")        \
  X(annotation, "_annotation") \
  X(dot0, ".0")                \
  X(dunder_class, "__class__") \
  X(super, "super")            \
  X(star, "*")                 \
  X(dunder_future, "__future__")

namespace names {
enum : NameId {
#define X(id, text) id,
  DX_WELL_KNOWN_NAMES(X)
#undef X
      kCount
};
}  // namespace names

class NameTable {
 public:
  // `storage` must outlive the table and every string_view it hands out.
  explicit NameTable(Arena& storage);
  NameTable(const NameTable&) = delete;
  NameTable& operator=(const NameTable&) = delete;

  // The id of `text`. The text is referenced, not copied: it must outlive the table.
  NameId intern(std::string_view text);
  // The same, copying the text into the arena when it is new.
  NameId intern_copy(std::string_view text);
  // The id of `text` if it was interned, else kNoName.
  NameId find(std::string_view text) const;

  std::string_view text(NameId id) const { return names_[id]; }
  uint32_t size() const { return static_cast<uint32_t>(names_.size()); }

  // CPython's private name mangling: `__spam` inside class `Ham` is
  // `_Ham__spam`; dunder names, dotted names and classes named only by
  // underscores are left alone. `class_name` is kNoName outside classes.
  NameId mangle(NameId class_name, NameId name);

 private:
  NameId insert(std::string_view text, uint64_t hash, bool copy);
  void grow();

  Arena& arena_;
  std::vector<std::string_view> names_;
  std::vector<uint32_t> hashes_;  // low 32 bits of each name's hash
  std::vector<NameId> slots_;     // open addressing; kNoName marks a free slot
};

}  // namespace dx::compiler
