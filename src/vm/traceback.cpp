// Tracebacks: recording where an exception passed, and printing an uncaught
// exception the way CPython 3.11's default excepthook does, source lines and
// position markers (^^^ and ~~~^~~~) included.
#include "vm/traceback.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "gc/gc.h"
#include "objects/dict.h"
#include "objects/exception_group.h"
#include "objects/descriptor.h"
#include "objects/frame_object.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/names.h"
#include "objects/tuple.h"
#include "parser/ast.h"
#include "parser/parser.h"
#include "parser/source_decode.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "parser/syntax_error.h"
#include "support/unicode.h"
#include "vm/compile_source.h"
#include "vm/frame.h"
#include "vm/arguments.h"
#include "vm/suggestions.h"

namespace dx {

TypeObject TracebackType;

namespace {

// A NameError's entry keeps the globals dict, which may hold the exception.
int traceback_traverse(Object* o, visitproc visit, void* arg) {
  auto* tb = static_cast<TracebackObject*>(o);
  DX_VISIT(tb->tb_next);
  DX_VISIT(tb->tb_frame);
  DX_VISIT(tb->tb_globals);
  DX_VISIT(tb->tb_builtins);
  DX_VISIT(tb->tb_locals);
  return 0;
}

int traceback_clear(Object* o) {
  auto* tb = static_cast<TracebackObject*>(o);
  for (Object** field : {&tb->tb_next, &tb->tb_frame, &tb->tb_globals, &tb->tb_builtins, &tb->tb_locals}) {
    Object* v = *field;
    *field = nullptr;
    xdecref(v);
  }
  return 0;
}

void traceback_dealloc(Object* o) {
  gc_untrack(o);
  auto* tb = static_cast<TracebackObject*>(o);
  xdecref(tb->tb_next);
  xdecref(tb->tb_frame);
  xdecref(tb->code);
  xdecref(tb->tb_globals);
  xdecref(tb->tb_builtins);
  xdecref(tb->tb_locals);
  object_free(o);
}

// The lines of a source file as CPython's linecache gives them (decoded,
// universal newlines), cached for one printing.
class SourceLines {
 public:
  // Line `lineno` (1-based) without its newline; false if unavailable.
  bool get(const std::string& filename, int lineno, std::string* line) {
    auto it = files_.find(filename);
    if (it == files_.end()) it = files_.emplace(filename, load(filename)).first;
    const std::vector<std::string>& lines = it->second;
    if (lineno < 1 || static_cast<size_t>(lineno) > lines.size()) return false;
    *line = lines[static_cast<size_t>(lineno - 1)];
    return true;
  }

 private:
  static std::vector<std::string> load(const std::string& filename) {
    std::vector<std::string> lines;
    std::ifstream f(filename, std::ios::binary);
    if (!f) return lines;
    std::stringstream ss;
    ss << f.rdbuf();
    parser::DecodedSource d = parser::decode_source(ss.str(), filename, parser::SourceKind::CompileBytes);
    if (d.error) return lines;
    std::string_view text = d.text;
    while (!text.empty()) {
      size_t nl = text.find('\n');
      if (nl == std::string_view::npos) {
        lines.emplace_back(text);
        break;
      }
      lines.emplace_back(text.substr(0, nl));
      text.remove_prefix(nl + 1);
    }
    return lines;
  }
  std::unordered_map<std::string, std::vector<std::string>> files_;
};

// Code points in the first `bytes` bytes of UTF-8 text.
int char_offset(std::string_view text, int bytes) {
  int n = 0;
  for (int i = 0; i < bytes && i < static_cast<int>(text.size()); i++)
    if ((static_cast<unsigned char>(text[static_cast<size_t>(i)]) & 0xC0) != 0x80) n++;
  return n;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r' || c == '\n'; }

// CPython's anchors inside an error segment: for a binary operation the
// operator gets '^' and the operands '~'; for a subscript the brackets '^'.
struct Anchors {
  int left_end, right_start;  // character offsets within the segment
};

bool segment_anchors(std::string_view segment, Anchors* out) {
  Arena arena;
  parser::ParseResult r = parser::parse_text(segment, "<segment>", parser::ParseMode::File, arena);
  if (!r.mod) return false;
  auto* mod = static_cast<ast::ModuleNode*>(r.mod);
  if (mod->body.size() != 1 || mod->body[0]->kind != ast::NodeKind::Expr) return false;
  ast::Expr* e = static_cast<ast::ExprNode*>(mod->body[0])->value;
  // The segment's positions are on its first line when it is one line.
  if (e->kind == ast::NodeKind::BinOp) {
    auto* b = static_cast<ast::BinOpNode*>(e);
    if (b->left->pos.end_lineno != 1 || b->right->pos.lineno != 1) return false;
    int op_start = char_offset(segment, b->left->pos.end_col_offset);
    int op_end = char_offset(segment, b->right->pos.col_offset);
    std::u32string chars;
    for (size_t i = 0; i < segment.size();) chars.push_back(unicode::decode_utf8(segment, i));
    if (op_end < op_start) return false;
    std::u32string op(chars.begin() + op_start, chars.begin() + op_end);
    int lead = 0;
    while (lead < static_cast<int>(op.size()) && op[static_cast<size_t>(lead)] < 128 &&
           is_space(static_cast<char>(op[static_cast<size_t>(lead)])))
      lead++;
    int left = b->left->pos.end_col_offset + lead;
    int right = left + 1;
    if (lead + 1 < static_cast<int>(op.size()) &&
        !(op[static_cast<size_t>(lead + 1)] < 128 && is_space(static_cast<char>(op[static_cast<size_t>(lead + 1)]))))
      right++;
    out->left_end = char_offset(segment, left);
    out->right_start = char_offset(segment, right);
    return true;
  }
  if (e->kind == ast::NodeKind::Subscript) {
    auto* s = static_cast<ast::SubscriptNode*>(e);
    if (s->value->pos.end_lineno != 1 || s->slice->pos.end_lineno != 1) return false;
    out->left_end = char_offset(segment, s->value->pos.end_col_offset);
    out->right_start = char_offset(segment, s->slice->pos.end_col_offset + 1);
    return true;
  }
  return false;
}

// One entry: "  File ..., line N, in NAME", the source line and its
// markers, each line after `prefix` (an exception group's indentation).
void print_frame_line(std::string& out, SourceLines& sources, TracebackObject* tb, const std::string& prefix) {
  CodeObject* code = tb->code;
  std::string filename(str_utf8(code->filename));
  std::string name(str_utf8(code->name));
  out += prefix + "  File \"" + filename + "\", line " + std::to_string(tb->tb_lineno) + ", in " + name + "\n";
  std::string line;
  if (!sources.get(filename, tb->tb_lineno, &line)) return;
  size_t first = 0;
  while (first < line.size() && is_space(line[first])) first++;
  size_t last = line.size();
  while (last > first && is_space(line[last - 1])) last--;
  std::string_view stripped(line.data() + first, last - first);
  out += prefix;
  out += "    ";
  out += stripped;
  out += '\n';
  const PositionEntry* pos = code_position(code, static_cast<uint32_t>(tb->tb_lasti) / 2);
  if (!pos || pos->lineno != tb->tb_lineno || pos->col_offset < 0 || pos->end_col_offset < 0) return;
  int stripped_chars = char_offset(line, static_cast<int>(first));
  int stripped_len = char_offset(stripped, static_cast<int>(stripped.size()));
  int start = char_offset(line, pos->col_offset);
  int end;
  Anchors anchors{};
  bool have_anchors = false;
  if (pos->end_lineno == pos->lineno) {
    end = char_offset(line, pos->end_col_offset);
    std::string_view segment(line.data() + pos->col_offset,
                             static_cast<size_t>(std::max(0, pos->end_col_offset - pos->col_offset)));
    have_anchors = segment_anchors(segment, &anchors);
  } else {
    end = stripped_chars + stripped_len;
  }
  if (!(end - start < stripped_len || (have_anchors && anchors.right_start - anchors.left_end > 0))) return;
  out += prefix;
  out += "    ";
  out.append(static_cast<size_t>(std::max(0, start - stripped_chars)), ' ');
  if (have_anchors) {
    out.append(static_cast<size_t>(std::max(0, anchors.left_end)), '~');
    out.append(static_cast<size_t>(std::max(0, anchors.right_start - anchors.left_end)), '^');
    out.append(static_cast<size_t>(std::max(0, end - start - anchors.right_start)), '~');
  } else {
    out.append(static_cast<size_t>(std::max(0, end - start)), '^');
  }
  out += '\n';
}

// The names of a function frame's plain locals (its parameters and local
// variables, bound or not; cell-only variables excluded), as CPython 3.11
// offers them first.
Object* local_names(CodeObject* code) {
  Object* names = tuple_new(code->nlocals);
  if (!names) return nullptr;
  for (int i = 0; i < code->nlocals; i++) tuple_item(names, i) = newref(tuple_item(code->varnames, i));
  return names;
}

}  // namespace

void traceback_add(Frame* f) {
  ThreadState* ts = current_thread();
  auto* e = static_cast<BaseExceptionObject*>(ts->current_exception);
  if (!e) return;
  CodeObject* code = f->code;
  uint32_t offset = static_cast<uint32_t>(f->pc - code->code);
  FrameObject* fo = frame_get_object(f);
  auto* tb = fo ? alloc_object<TracebackObject>(&TracebackType) : nullptr;
  if (!tb) {
    clear_error();  // out of memory while recording: keep the original exception
    ts->current_exception = e;
    return;
  }
  tb->tb_next = e->traceback;  // moves the reference
  tb->tb_frame = newref(fo);
  tb->code = static_cast<CodeObject*>(newref(code));
  tb->tb_lasti = static_cast<int>(offset) * 2;
  const PositionEntry* p = code_position(code, offset);
  tb->tb_lineno = p ? p->lineno : code->firstlineno;
  tb->tb_globals = tb->tb_builtins = tb->tb_locals = nullptr;
  // A NameError keeps what its suggestion needs from the frame it came from.
  if (!tb->tb_next && is_instance_of_type(e, &exc::NameError)) {
    tb->tb_globals = f->globals ? newref(f->globals) : nullptr;
    tb->tb_builtins = f->builtins ? newref(f->builtins) : nullptr;
    if (!f->locals) {
      tb->tb_locals = local_names(code);
      if (!tb->tb_locals) clear_error();
      ts->current_exception = e;
    }
  }
  e->traceback = tb;
}

namespace {

// The state of printing one exception and what hangs off it, as CPython's
// default excepthook keeps it: the exceptions already printed, and the
// nesting of exception groups (each level indents by two and draws a
// margin).
struct PrintContext {
  std::string out;
  SourceLines sources;
  std::vector<Object*> seen;
  int depth = 0;          // exception groups entered
  bool need_close = false;
  static constexpr int kMaxGroupWidth = 15, kMaxGroupDepth = 10;

  std::string indent() const { return std::string(static_cast<size_t>(2 * depth), ' '); }
  std::string margin() const { return depth ? "| " : ""; }
  void write_margin() { out += indent() + margin(); }
};

// The traceback's entries after `prefix`, a line repeated more than three
// times in a row (deep recursion) summarized, as CPython does.
void print_entries(PrintContext& ctx, TracebackObject* first, const std::string& prefix) {
  constexpr int kRecursiveCutoff = 3;
  TracebackObject* previous = nullptr;
  int repeated = 0;
  auto flush_repeats = [&] {
    if (repeated > kRecursiveCutoff) {
      int more = repeated - kRecursiveCutoff;
      ctx.out += prefix + "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") +
                 "]\n";
    }
  };
  for (TracebackObject* tb = first; tb; tb = static_cast<TracebackObject*>(tb->tb_next)) {
    bool same = previous && previous->code->filename == tb->code->filename && previous->tb_lineno == tb->tb_lineno &&
                previous->code->name == tb->code->name;
    if (!same) {
      flush_repeats();
      repeated = 0;
    }
    previous = tb;
    repeated++;
    if (repeated <= kRecursiveCutoff) print_frame_line(ctx.out, ctx.sources, tb, prefix);
  }
  flush_repeats();
}

// The exception's class as the message line names it: its qualified name,
// after its module unless that is builtins or __main__.
std::string exception_type_name(TypeObject* t) {
  std::string module, qualname;
  if (t->tp_flags & kTpHeapType) {
    auto* ht = static_cast<HeapTypeObject*>(t);
    qualname = std::string(str_utf8(ht->ht_qualname));
    bool error = false;
    Object* m = t->tp_dict ? dict_get_item_str(t->tp_dict, names::dunder_module, &error) : nullptr;
    if (error) clear_error();
    if (!m || !is_str(m)) return "<unknown>." + qualname;
    module = std::string(str_utf8(m));
  } else {
    std::string_view name(t->tp_name);
    size_t dot = name.rfind('.');
    module = dot == std::string_view::npos ? "builtins" : std::string(name.substr(0, dot));
    qualname = std::string(dot == std::string_view::npos ? name : name.substr(dot + 1));
  }
  if (module == "builtins" || module == "__main__") return qualname;
  return module + "." + qualname;
}

// str.splitlines(keepends=True) of UTF-8 text.
std::vector<std::string> split_lines_keepends(std::string_view text) {
  std::vector<std::string> lines;
  size_t start = 0, i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = 0;
    if (c == '\r') len = i + 1 < text.size() && text[i + 1] == '\n' ? 2 : 1;
    else if (c == '\n' || c == '\v' || c == '\f' || c == 0x1c || c == 0x1d || c == 0x1e) len = 1;
    else if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) len = 2;
    else if (c == 0xe2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
             (static_cast<unsigned char>(text[i + 2]) == 0xa8 || static_cast<unsigned char>(text[i + 2]) == 0xa9))
      len = 3;
    if (len) {
      lines.emplace_back(text.substr(start, i + len - start));
      i += len;
      start = i;
    } else {
      i++;
    }
  }
  if (start < text.size()) lines.emplace_back(text.substr(start));
  return lines;
}

// The __notes__ of an exception, one margin per line.
void print_notes(PrintContext& ctx, Object* value) {
  static Object* notes_name = str_intern_static("__notes__");
  Object* notes = object_getattr(value, notes_name);
  if (!notes) {
    clear_error();
    return;
  }
  bool sequence = !is_dict(notes) && type_of(notes)->tp_as_sequence && type_of(notes)->tp_as_sequence->sq_item;
  if (!sequence) {
    ctx.write_margin();
    Object* r = object_repr(notes);
    if (!r) {
      clear_error();
      ctx.out += "<__notes__ repr() failed>";
    } else {
      ctx.out += str_utf8(r);
      decref(r);
    }
    ctx.out += '\n';
    decref(notes);
    return;
  }
  ssize n = object_length(notes);
  if (n < 0) clear_error();
  for (ssize i = 0; i < n; i++) {
    Object* index = int_from_int64(i);
    Object* note = index ? object_getitem(notes, index) : nullptr;
    xdecref(index);
    Object* text = note ? object_str(note) : nullptr;
    xdecref(note);
    if (!text) {
      clear_error();
      ctx.out += "<note str() failed>";
    } else {
      for (const std::string& line : split_lines_keepends(str_utf8(text))) {
        ctx.write_margin();
        ctx.out += line;
      }
      decref(text);
    }
    ctx.out += '\n';
  }
  decref(notes);
}

// One exception without its chain: its traceback (under its header), the
// "Type: message" line and its notes (not for the unraisable hook, which
// prints the plain form).
void print_one(PrintContext& ctx, Object* value, bool unraisable = false) {
  auto* e = static_cast<BaseExceptionObject*>(value);
  bool group = !unraisable && is_exception_group(value);
  if (e->traceback) {
    std::string header_margin = ctx.margin();
    if (group && ctx.depth == 1) header_margin = "+ ";
    ctx.out += ctx.indent() + header_margin +
               (group ? "Exception Group Traceback (most recent call last):\n" : "Traceback (most recent call last):\n");
    print_entries(ctx, static_cast<TracebackObject*>(e->traceback), ctx.indent() + ctx.margin());
  }
  // A SyntaxError shows its own location and source line.
  parser::SyntaxErrorInfo info;
  if (is_instance_of_type(value, &exc::SyntaxError) && syntax_error_info(value, &info)) {
    std::string text = parser::format_syntax_error(info);
    // format_syntax_error names the builtin type; a subclass keeps its name.
    std::string builtin_name = parser::syntax_error_type_name(info.type);
    std::string name = exception_type_name(type_of(value));
    size_t at = text.rfind(builtin_name + ":");
    if (at == std::string::npos) at = text.rfind(builtin_name);
    if (at != std::string::npos && name != builtin_name) text.replace(at, builtin_name.size(), name);
    for (const std::string& line : split_lines_keepends(text)) {
      ctx.write_margin();
      ctx.out += line;
    }
    if (!unraisable) print_notes(ctx, value);
    return;
  }
  ctx.write_margin();
  ctx.out += exception_type_name(type_of(value));
  Object* s = object_str(value);
  if (!s) {
    clear_error();
    ctx.out += ": <exception str() failed>";
  } else {
    std::string_view text = str_utf8(s);
    if (!text.data()) {
      clear_error();
    } else if (!text.empty()) {
      ctx.out += ": ";
      ctx.out += text;
    }
    decref(s);
  }
  std::string suggestion = unraisable ? std::string() : suggestion_for(value);
  if (!suggestion.empty()) ctx.out += ". Did you mean: '" + suggestion + "'?";
  ctx.out += '\n';
  if (!unraisable) print_notes(ctx, value);
}

void print_recursive(PrintContext& ctx, Object* value);

// An exception of the chain before `value`, then the line joining them.
void print_chained(PrintContext& ctx, Object* value, const char* message) {
  bool need_close = ctx.need_close;
  print_recursive(ctx, value);
  ctx.need_close = need_close;
  ctx.write_margin();
  ctx.out += '\n';
  ctx.write_margin();
  ctx.out += message;
  ctx.write_margin();
  ctx.out += '\n';
}

bool seen(const PrintContext& ctx, Object* o) { return std::find(ctx.seen.begin(), ctx.seen.end(), o) != ctx.seen.end(); }

void print_cause_and_context(PrintContext& ctx, Object* value) {
  ctx.seen.push_back(value);
  auto* e = static_cast<BaseExceptionObject*>(value);
  if (e->cause) {
    if (!seen(ctx, e->cause))
      print_chained(ctx, e->cause, "The above exception was the direct cause of the following exception:\n");
    return;
  }
  if (e->suppress_context) return;
  if (e->context && !seen(ctx, e->context))
    print_chained(ctx, e->context, "During handling of the above exception, another exception occurred:\n");
}

// An exception group: itself, then each of its exceptions in a numbered
// box one level in (at most 15 shown, 10 levels deep).
void print_group(PrintContext& ctx, Object* value) {
  if (ctx.depth > PrintContext::kMaxGroupDepth) {
    ctx.write_margin();
    ctx.out += "... (max_group_depth is " + std::to_string(PrintContext::kMaxGroupDepth) + ")\n";
    return;
  }
  if (ctx.depth == 0) ctx.depth++;
  print_one(ctx, value);
  Object* excs = static_cast<ExceptionGroupObject*>(value)->excs;
  ssize count = tuple_size(excs);
  ssize n = count <= PrintContext::kMaxGroupWidth ? count : PrintContext::kMaxGroupWidth + 1;
  ctx.need_close = false;
  for (ssize i = 0; i < n; i++) {
    bool last = i == n - 1;
    if (last) ctx.need_close = true;  // (a nested group may draw the closing line instead)
    bool truncated = i >= PrintContext::kMaxGroupWidth;
    ctx.out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " +
               (truncated ? std::string("...") : std::to_string(i + 1)) + " ----------------\n";
    ctx.depth++;
    if (!truncated) {
      print_recursive(ctx, tuple_item(excs, i));
    } else {
      ssize remaining = count - PrintContext::kMaxGroupWidth;
      ctx.write_margin();
      ctx.out += "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s" : "") + "\n";
    }
    if (last && ctx.need_close) {
      ctx.out += ctx.indent() + "+------------------------------------\n";
      ctx.need_close = false;
    }
    ctx.depth--;
  }
  if (ctx.depth == 1) ctx.depth--;
}

void print_recursive(PrintContext& ctx, Object* value) {
  print_cause_and_context(ctx, value);
  if (is_exception_group(value)) print_group(ctx, value);
  else print_one(ctx, value);
}

}  // namespace

std::string format_exception(Object* exc) {
  PrintContext ctx;
  print_recursive(ctx, exc);
  return std::move(ctx.out);
}

void write_unraisable(Object* obj) {
  ThreadState* ts = current_thread();
  auto* e = static_cast<BaseExceptionObject*>(ts->current_exception);
  if (!e) return;
  // Without a traceback of its own, the exception shows where it was noticed.
  if (!e->traceback && ts->current_frame) traceback_add(ts->current_frame);
  Object* exc = fetch_error();
  std::string out = "Exception ignored in: ";
  Object* r = object_repr(obj);
  std::string_view text = r ? str_utf8(r) : std::string_view();
  if (!text.data()) {
    clear_error();
    out += "<object repr() failed>";
  } else {
    out += text;
  }
  xdecref(r);
  out += '\n';
  PrintContext ctx;
  print_one(ctx, exc, true);
  out += ctx.out;
  decref(exc);
  ts->interp->err.write(out);
}

bool source_line_stripped(const std::string& filename, int lineno, std::string* line) {
  SourceLines sources;
  std::string text;
  if (!sources.get(filename, lineno, &text)) return false;
  size_t first = 0;
  while (first < text.size() && is_space(text[first])) first++;
  size_t last = text.size();
  while (last > first && is_space(text[last - 1])) last--;
  *line = text.substr(first, last - first);
  return true;
}

namespace {

Object* tb_get_next(Object* o, void*) {
  Object* n = static_cast<TracebackObject*>(o)->tb_next;
  return n ? newref(n) : return_none();
}

// tb_next may be replaced by another traceback or None, without making a loop.
int tb_set_next(Object* o, Object* value, void*) {
  auto* tb = static_cast<TracebackObject*>(o);
  if (!value) {
    raise(&exc::TypeError, "can't delete tb_next attribute");
    return -1;
  }
  if (is_none(value)) {
    value = nullptr;
  } else if (type_of(value) != &TracebackType) {
    raise(&exc::TypeError, "expected traceback object, got '%s'", type_of(value)->tp_name);
    return -1;
  }
  for (Object* c = value; c; c = static_cast<TracebackObject*>(c)->tb_next) {
    if (c == o) {
      raise(&exc::ValueError, "traceback loop detected");
      return -1;
    }
  }
  Object* old = tb->tb_next;
  tb->tb_next = xnewref(value);
  xdecref(old);
  return 0;
}


// A C int argument, as argument clinic converts one.
bool c_int_arg(Object* o, int* out) {
  ssize v;
  if (!index_as_ssize(o, &exc::OverflowError, &v)) return false;
  if (v < INT32_MIN || v > INT32_MAX) {
    raise(&exc::OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)
Object* traceback_tp_new(TypeObject*, Object* args, Object* kwargs) {
  static const char* const kNames[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};
  Object* v[4];
  if (!parse_tuple_and_keywords(args, kwargs, "TracebackType", kNames, 4, 4, v)) return nullptr;
  if (!is_none(v[0]) && type_of(v[0]) != &TracebackType)
    return raise(&exc::TypeError, "expected traceback object or None, got '%s'", type_of(v[0])->tp_name);
  if (type_of(v[1]) != &FrameType)
    return raise(&exc::TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s",
                 type_of(v[1])->tp_name);
  int lasti, lineno;
  if (!c_int_arg(v[2], &lasti) || !c_int_arg(v[3], &lineno)) return nullptr;
  auto* tb = alloc_object<TracebackObject>(&TracebackType);
  if (!tb) return nullptr;
  tb->tb_next = is_none(v[0]) ? nullptr : newref(v[0]);
  tb->tb_frame = newref(v[1]);
  tb->code = static_cast<CodeObject*>(newref(static_cast<FrameObject*>(v[1])->frame->code));
  tb->tb_lasti = lasti;
  tb->tb_lineno = lineno;
  tb->tb_globals = tb->tb_builtins = tb->tb_locals = nullptr;
  return tb;
}

GetSetDef traceback_getset[] = {
    {"tb_next", tb_get_next, tb_set_next, nullptr, nullptr},
    {nullptr, nullptr, nullptr, nullptr, nullptr},
};

MemberDef traceback_members[] = {
    {"tb_frame", kMemberObject, offsetof(TracebackObject, tb_frame), kMemberReadonly, nullptr},
    {"tb_lasti", kMemberInt, offsetof(TracebackObject, tb_lasti), kMemberReadonly, nullptr},
    {"tb_lineno", kMemberInt, offsetof(TracebackObject, tb_lineno), kMemberReadonly, nullptr},
    {nullptr, 0, 0, 0, nullptr},
};

}  // namespace

void init_traceback_type() {
  TracebackType.ob_refcnt = kImmortalRefcnt;
  TracebackType.tp_name = "traceback";
  TracebackType.tp_basicsize = sizeof(TracebackObject);
  TracebackType.tp_dealloc = traceback_dealloc;
  TracebackType.tp_traverse = traceback_traverse;
  TracebackType.tp_clear = traceback_clear;
  TracebackType.tp_getset = traceback_getset;
  TracebackType.tp_members = traceback_members;
  TracebackType.tp_new = traceback_tp_new;
  TracebackType.tp_flags = kTpDefault | kTpHaveGc;
}

}  // namespace dx
