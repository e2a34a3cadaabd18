#include "compiler/name_table.h"

#include <string>

namespace dx::compiler {

namespace {

// FNV-1a: identifiers are short, and this needs no tables.
uint64_t hash_text(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

}  // namespace

NameTable::NameTable(Arena& storage) : arena_(storage) {
  slots_.assign(256, kNoName);
  static constexpr std::string_view kWellKnown[] = {
#define X(id, text) text,
      DX_WELL_KNOWN_NAMES(X)
#undef X
  };
  for (std::string_view s : kWellKnown)
    intern(s);
}

NameId NameTable::find(std::string_view text) const {
  uint64_t h = hash_text(text);
  size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    NameId id = slots_[i];
    if (id == kNoName) return kNoName;
    if (hashes_[id] == static_cast<uint32_t>(h) && names_[id] == text) return id;
  }
}

NameId NameTable::intern(std::string_view text) {
  return insert(text, hash_text(text), false);
}

NameId NameTable::intern_copy(std::string_view text) {
  return insert(text, hash_text(text), true);
}

NameId NameTable::insert(std::string_view text, uint64_t h, bool copy) {
  size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  for (;; i = (i + 1) & mask) {
    NameId id = slots_[i];
    if (id == kNoName) break;
    if (hashes_[id] == static_cast<uint32_t>(h) && names_[id] == text) return id;
  }
  NameId id = static_cast<NameId>(names_.size());
  names_.push_back(copy ? arena_.copy(text) : text);
  hashes_.push_back(static_cast<uint32_t>(h));
  slots_[i] = id;
  if (names_.size() * 2 > slots_.size()) grow();
  return id;
}

void NameTable::grow() {
  std::vector<NameId> slots(slots_.size() * 2, kNoName);
  size_t mask = slots.size() - 1;
  for (NameId id = 0; id < names_.size(); id++) {
    // Rehash from the text: only 32 bits of the hash are kept.
    size_t i = hash_text(names_[id]) & mask;
    while (slots[i] != kNoName)
      i = (i + 1) & mask;
    slots[i] = id;
  }
  slots_.swap(slots);
}

NameId NameTable::mangle(NameId class_name, NameId name) {
  if (class_name == kNoName) return name;
  std::string_view n = names_[name];
  if (n.size() < 2 || n[0] != '_' || n[1] != '_') return name;
  if (n.back() == '_' && n[n.size() - 2] == '_') return name;  // __dunder__ (and "__" itself)
  if (n.find('.') != std::string_view::npos) return name;      // dotted import names
  std::string_view cls = names_[class_name];
  size_t skip = 0;
  while (skip < cls.size() && cls[skip] == '_')
    skip++;
  if (skip == cls.size()) return name;
  cls.remove_prefix(skip);
  std::string mangled;
  mangled.reserve(1 + cls.size() + n.size());
  mangled += '_';
  mangled += cls;
  mangled += n;
  return intern_copy(mangled);
}

}  // namespace dx::compiler
