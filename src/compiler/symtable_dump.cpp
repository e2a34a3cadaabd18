// `dxpy --dump-symtable`: the symbol tables as text, in the form
// tests/compiler/symtable_test.py prints from CPython's symtable module, and
// the source line of errors found after parsing.
#include <algorithm>
#include <string_view>
#include <vector>

#include "compiler/symtable.h"

namespace dx::compiler {

namespace {

class Dumper {
 public:
  explicit Dumper(const NameTable& names) : names_(names) {}
  std::string out;

  void block(const Block* b, int depth) {
    std::string indent(static_cast<size_t>(depth) * 2, ' ');
    out += indent;
    out += b->kind == BlockKind::Function ? "function" : b->kind == BlockKind::Class ? "class" : "module";
    out += ' ';
    out += names_.text(b->name);
    out += " line=" + std::to_string(b->lineno);
    out += b->kind == BlockKind::Function ? " optimized=1" : " optimized=0";
    out += b->nested ? " nested=1\n" : " nested=0\n";

    std::vector<const Symbol*> sorted;
    for (const Symbol& s : b->symbols)
      sorted.push_back(&s);
    std::sort(sorted.begin(), sorted.end(),
              [&](const Symbol* x, const Symbol* y) { return names_.text(x->name) < names_.text(y->name); });
    // CPython's symtable module treats every table named "top" as the module's.
    bool module_scope = b->name == names::top;
    for (const Symbol* s : sorted)
      symbol(b, *s, module_scope, indent);

    if (b->kind == BlockKind::Function) {
      list(indent, "parameters", b, false, [](const Symbol& s) { return (s.flags & kDefParam) != 0; });
      list(indent, "locals", b, true,
           [](const Symbol& s) { return s.scope == Scope::Local || s.scope == Scope::Cell; });
      list(indent, "globals", b, true,
           [](const Symbol& s) { return s.scope == Scope::GlobalImplicit || s.scope == Scope::GlobalExplicit; });
      list(indent, "nonlocals", b, true, [](const Symbol& s) { return (s.flags & kDefNonlocal) != 0; });
      list(indent, "frees", b, true, [](const Symbol& s) { return s.scope == Scope::Free; });
    }
    for (const Block* c : b->children)
      block(c, depth + 1);
  }

 private:
  void symbol(const Block* b, const Symbol& s, bool module_scope, const std::string& indent) {
    out += indent;
    out += "  sym ";
    out += names_.text(s.name);
    out += ' ';
    out += std::to_string(s.packed());
    out += ':';
    bool bound_in_module = module_scope && (s.flags & kDefBound);
    bool namespace_ =
        std::any_of(b->children.begin(), b->children.end(), [&](const Block* c) { return c->name == s.name; });
    const std::pair<const char*, bool> predicates[] = {
        {"referenced", (s.flags & kUse) != 0},
        {"imported", (s.flags & kDefImport) != 0},
        {"parameter", (s.flags & kDefParam) != 0},
        {"global", s.scope == Scope::GlobalImplicit || s.scope == Scope::GlobalExplicit || bound_in_module},
        {"declared_global", s.scope == Scope::GlobalExplicit},
        {"local", s.scope == Scope::Local || s.scope == Scope::Cell || bound_in_module},
        {"annotated", (s.flags & kDefAnnot) != 0},
        {"free", s.scope == Scope::Free},
        {"assigned", (s.flags & kDefLocal) != 0},
        {"namespace", namespace_},
        {"nonlocal", (s.flags & kDefNonlocal) != 0},
    };
    for (const auto& [name, holds] : predicates) {
      if (!holds) continue;
      out += ' ';
      out += name;
    }
    out += '\n';
  }

  // One line of names: in table order (parameters), or sorted.
  template <typename Pred>
  void list(const std::string& indent, const char* label, const Block* b, bool sort, Pred pred) {
    std::vector<std::string_view> names;
    for (const Symbol& s : b->symbols) {
      if (pred(s)) names.push_back(names_.text(s.name));
    }
    if (sort) std::sort(names.begin(), names.end());
    out += indent;
    out += "  ";
    out += label;
    out += ':';
    for (std::string_view n : names) {
      out += ' ';
      out += n;
    }
    out += '\n';
  }

  const NameTable& names_;
};

// Strict UTF-8, as CPython's decoder: no overlong forms, no surrogates, nothing above U+10FFFF.
bool is_valid_utf8(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      i++;
      continue;
    }
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + len > n) return false;
    auto second = static_cast<unsigned char>(s[i + 1]);
    if (second < lo || second > hi) return false;
    for (size_t k = 2; k < len; k++) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

}  // namespace

std::string dump_symtable(const SymbolTable& table) {
  Dumper d(table.names());
  d.block(table.top(), 0);
  return std::move(d.out);
}

void attach_source_line(parser::SyntaxErrorInfo& err, std::string_view source) {
  err.text.clear();
  err.has_text = false;
  if (err.lineno < 1) return;
  // Lines end at "\n", "\r\n" or "\r" (the file is read with universal newlines).
  size_t start = 0;
  for (int line = 1; line < err.lineno; line++) {
    size_t end = source.find_first_of("\r\n", start);
    if (end == std::string_view::npos) return;
    start = end + (source[end] == '\r' && end + 1 < source.size() && source[end + 1] == '\n' ? 2 : 1);
  }
  if (start >= source.size()) return;
  size_t end = source.find_first_of("\r\n", start);
  std::string_view line = source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!is_valid_utf8(line)) return;
  err.text = std::string(line);
  if (end != std::string_view::npos) err.text += '\n';
  err.has_text = true;
}

}  // namespace dx::compiler
