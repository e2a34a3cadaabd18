// The rules, as CPython 3.11 applies them (observed with python3.11):
// - only a module's leading statements count: an optional docstring, then
//   `from __future__ import` statements; the first other statement ends the
//   prologue, and so does reaching a later line after it;
// - a future import on the same line as the statement that ended the
//   prologue is refused here, pointing one column before the statement
//   (CPython passes the 0-based column where a 1-based one is expected);
// - only the module name is compared, so `from .__future__ import x` counts;
// - an unknown feature is refused, its name cut to 100 bytes; `braces` gets
//   "not a chance". Both point at the statement's first column.
#include "compiler/future.h"

#include <string_view>

#include "vm/code.h"

namespace dx::compiler {

namespace {

parser::SyntaxErrorInfo future_error(const std::string& filename, std::string message, const ast::Stmt* s, int offset) {
  parser::SyntaxErrorInfo e;
  e.message = std::move(message);
  e.filename = filename;
  e.lineno = s->pos.lineno;
  e.offset = offset;
  e.end_lineno = s->pos.lineno;
  e.no_end_offset = true;  // CPython's end_offset is None here
  return e;
}

// "%.100s" of a UTF-8 name: at most 100 bytes, and a character cut in the
// middle decodes as one U+FFFD, as CPython's formatter does.
std::string cut_to_100_bytes(std::string_view name) {
  if (name.size() <= 100) return std::string(name);
  size_t start = 100;
  while (start > 0 && (static_cast<unsigned char>(name[start]) & 0xC0) == 0x80)
    start--;
  if (start == 100) return std::string(name.substr(0, 100));
  return std::string(name.substr(0, start)) + "\xEF\xBF\xBD";
}

bool is_docstring(const ast::Stmt* s) {
  auto* e = ast::as<ast::ExprNode>(const_cast<ast::Stmt*>(s));
  if (!e) return false;
  auto* c = ast::as<ast::ConstantNode>(e->value);
  return c && c->value.kind == ast::Constant::Kind::Str;
}

std::optional<parser::SyntaxErrorInfo> check_features(const ast::ImportFromNode* s, const std::string& filename,
                                                      FutureFeatures& out) {
  for (ast::Alias* a : s->names) {
    auto* alias = static_cast<ast::aliasNode*>(a);
    std::string_view name = alias->name;
    if (name == "nested_scopes" || name == "generators" || name == "division" || name == "absolute_import" ||
        name == "with_statement" || name == "print_function" || name == "unicode_literals") {
      continue;  // mandatory in Python 3
    }
    if (name == "generator_stop") {
      out.flags |= kFutureGeneratorStop;
    } else if (name == "annotations") {
      out.flags |= kFutureAnnotations;
      out.code_flags |= kCoFutureAnnotations;
    } else if (name == "barry_as_FLUFL") {
      out.flags |= kFutureBarryAsFlufl;
      out.code_flags |= kCoFutureBarryAsBdfl;
    } else if (name == "braces") {
      return future_error(filename, "not a chance", s, s->pos.col_offset + 1);
    } else {
      std::string shown = cut_to_100_bytes(name);
      return future_error(filename, "future feature " + shown + " is not defined", s, s->pos.col_offset + 1);
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<parser::SyntaxErrorInfo> parse_future(const ast::Mod* mod, const std::string& filename,
                                                    FutureFeatures& out) {
  const ast::Seq<ast::Stmt*>* body = nullptr;
  if (mod->kind == ast::NodeKind::Module) {
    body = &static_cast<const ast::ModuleNode*>(mod)->body;
  } else if (mod->kind == ast::NodeKind::Interactive) {
    body = &static_cast<const ast::InteractiveNode*>(mod)->body;
  } else {
    return std::nullopt;
  }
  uint32_t i = 0;
  if (!body->empty() && is_docstring((*body)[0])) i = 1;
  bool done = false;
  int prev_line = 0;
  for (; i < body->size(); i++) {
    const ast::Stmt* s = (*body)[i];
    if (done && s->pos.lineno > prev_line) break;
    prev_line = s->pos.lineno;
    auto* from = ast::as<ast::ImportFromNode>(const_cast<ast::Stmt*>(s));
    if (from && from->module.data() != nullptr && from->module == "__future__") {
      if (done) {
        return future_error(filename, "from __future__ imports must occur at the beginning of the file", s,
                            s->pos.col_offset);
      }
      if (auto err = check_features(from, filename, out)) return err;
      out.lineno = s->pos.lineno;
    } else {
      done = true;
    }
  }
  return std::nullopt;
}

FutureFeatures features_from_code_flags(int code_flags) {
  FutureFeatures f;
  f.code_flags = code_flags & kCoFutureMask;
  if (code_flags & kCoFutureAnnotations) f.flags |= kFutureAnnotations;
  if (code_flags & kCoFutureBarryAsBdfl) f.flags |= kFutureBarryAsFlufl;
  return f;
}

}  // namespace dx::compiler
