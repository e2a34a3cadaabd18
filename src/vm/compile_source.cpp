// compile(), exec() and eval() support (compile_source.h).
#include "vm/compile_source.h"

#include <cstdio>
#include <memory>
#include <string>

#include "compiler/codegen.h"
#include "compiler/symtable.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "parser/parser.h"
#include "parser/syntax_error.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "runtime/names.h"
#include "runtime/thread_state.h"
#include "support/arena.h"
#include "vm/frame.h"
#include "vm/interpreter.h"
#include "vm/namespace.h"
#include "runtime/warnings.h"

namespace dx {

namespace {

TypeObject* syntax_error_type(parser::SyntaxErrorType t) {
  switch (t) {
    case parser::SyntaxErrorType::IndentationError: return &exc::IndentationError;
    case parser::SyntaxErrorType::TabError: return &exc::TabError;
    case parser::SyntaxErrorType::MemoryError: return &exc::MemoryError;
    case parser::SyntaxErrorType::RecursionError: return &exc::RecursionError;
    default: return &exc::SyntaxError;
  }
}

}  // namespace

std::nullptr_t raise_syntax_error(const parser::SyntaxErrorInfo& info) {
  TypeObject* type = syntax_error_type(info.type);
  if (type == &exc::MemoryError || type == &exc::RecursionError) return raise(type, "%s", info.message.c_str());
  Object* msg = str_from_utf8(info.message);
  Object* filename = str_from_utf8(info.filename);
  Object* lineno = int_from_int64(info.lineno);
  Object* offset = int_from_int64(info.offset);
  Object* text = info.has_text ? str_from_utf8(info.text) : return_none();
  Object* end_lineno = int_from_int64(info.end_lineno);
  Object* end_offset = info.no_end_offset ? return_none() : int_from_int64(info.end_offset);
  Object* details = msg && filename && lineno && offset && text && end_lineno && end_offset
                        ? tuple_pack({filename, lineno, offset, text, end_lineno, end_offset})
                        : nullptr;
  Object* args = details ? (info.location_in_attributes ? tuple_pack({msg}) : tuple_pack({msg, details})) : nullptr;
  if (args) {
    Object* e = exception_new(type, args);
    if (e) {
      auto* se = static_cast<SyntaxErrorObject*>(e);
      Object* fields[] = {msg, filename, lineno, offset, text, end_lineno, end_offset};
      Object** slots[] = {&se->msg, &se->filename, &se->lineno, &se->offset, &se->text, &se->end_lineno,
                          &se->end_offset};
      for (int i = 0; i < 7; i++) {
        xdecref(*slots[i]);
        *slots[i] = newref(fields[i]);
      }
      raise_object(type, e);
      decref(e);
    }
  }
  for (Object* o : {msg, filename, lineno, offset, text, end_lineno, end_offset, details, args}) xdecref(o);
  return nullptr;
}

bool syntax_error_info(Object* exc, parser::SyntaxErrorInfo* out) {
  auto* se = static_cast<SyntaxErrorObject*>(exc);
  if (!se->msg || !is_str(se->msg)) return false;
  out->type = is_instance_of_type(exc, &exc::TabError)           ? parser::SyntaxErrorType::TabError
              : is_instance_of_type(exc, &exc::IndentationError) ? parser::SyntaxErrorType::IndentationError
                                                                   : parser::SyntaxErrorType::SyntaxError;
  out->message = str_utf8(se->msg);
  out->filename = se->filename && is_str(se->filename) ? std::string(str_utf8(se->filename)) : "<string>";
  auto as_int = [](Object* o) -> int {
    if (!o || !is_int(o)) return 0;
    auto v = int_to_int64(o);
    return v ? static_cast<int>(*v) : 0;
  };
  out->lineno = as_int(se->lineno);
  out->offset = as_int(se->offset);
  out->end_lineno = as_int(se->end_lineno);
  out->end_offset = as_int(se->end_offset);
  out->has_text = se->text && is_str(se->text);
  out->text = out->has_text ? std::string(str_utf8(se->text)) : std::string();
  return true;
}

// The error's text from line `lineno` of the file its filename names, as
// CPython reads it back for the errors of compile(); no text when there is
// no such file or line. Returns whether a line was found.
static bool attach_file_line(parser::SyntaxErrorInfo& err) {
  std::string bytes;
  if (FILE* f = std::fopen(err.filename.c_str(), "rb")) {
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) bytes.append(buf, n);
    bool failed = std::ferror(f);
    std::fclose(f);
    if (failed) bytes.clear();
  }
  compiler::attach_source_line(err, bytes);
  return err.has_text;
}

Object* compile_source(std::string_view source, bool is_text, const std::string& filename, CompileMode mode,
                       int optimize, int future_flags) {
  if (source.find('\0') != std::string_view::npos)
    return raise(&exc::ValueError, "source code string cannot contain null bytes");
  Arena arena;
  parser::ParseMode pm = mode == CompileMode::Eval     ? parser::ParseMode::Eval
                         : mode == CompileMode::Single ? parser::ParseMode::Single
                                                       : parser::ParseMode::File;
  bool barry = future_flags & kCoFutureBarryAsBdfl;
  parser::ParseResult parsed =
      is_text ? parser::parse_text(source, filename, pm, arena, barry)
              : parser::parse_source(source, filename, pm, arena, parser::SourceKind::CompileBytes, barry);
  if (parsed.error) {
    // In exec mode CPython's parser shows the line of the file `filename`
    // names when there is one (not the source's): so does this.
    if (pm == parser::ParseMode::File && parsed.error->lineno > 0) {
      parser::SyntaxErrorInfo from_file = *parsed.error;
      if (attach_file_line(from_file)) parsed.error = from_file;
    }
    return raise_syntax_error(*parsed.error);
  }
  compiler::SymtableResult st = compiler::build_symtable(parsed.mod, filename, arena, future_flags);
  if (st.error) {
    // Errors found after parsing show the line read back from the file.
    attach_file_line(*st.error);
    st.error->location_in_attributes = true;
    return raise_syntax_error(*st.error);
  }
  compiler::CompileResult cr = compiler::compile_module(parsed.mod, *st.table, filename, optimize);
  for (const compiler::CompileWarning& w : cr.warnings) {
    if (warn_explicit(&exc::SyntaxWarning, w.message, filename, w.lineno) < 0) {
      if (cr.code) decref(cr.code);
      return nullptr;
    }
  }
  if (cr.error) {
    attach_file_line(*cr.error);
    return raise_syntax_error(*cr.error);
  }
  if (!cr.code) {
    if (error_occurred()) return nullptr;
    return raise(&exc::NotImplementedError, "the code uses %s, which dx-py cannot run yet", cr.unsupported.c_str());
  }
  return cr.code;
}

Object* run_code(Object* code, Object* globals, Object* locals) {
  bool error = false;
  Object* builtins = dict_get_item_str(globals, names::dunder_builtins, &error);
  if (error) return nullptr;
  if (!builtins) {
    Frame* f = current_thread()->current_frame;
    builtins = f ? f->builtins : current_thread()->interp->builtins;
    if (dict_set_item(globals, names::dunder_builtins, builtins) < 0) return nullptr;
  } else if (!is_dict(builtins)) {
    // A module object: its dict.
    builtins = is_module(builtins) ? module_dict(builtins) : current_thread()->interp->builtins;
  }
  return eval_code(static_cast<CodeObject*>(code), globals, locals, builtins);
}

}  // namespace dx
