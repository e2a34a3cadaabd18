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

#include "objects/str.h"
#include "objects/tuple.h"
#include "parser/ast.h"
#include "parser/parser.h"
#include "parser/source_decode.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"
#include "runtime/thread_state.h"
#include "support/unicode.h"
#include "vm/frame.h"

namespace dx {

TypeObject TracebackType;

namespace {

void traceback_dealloc(Object* o) {
  auto* tb = static_cast<TracebackObject*>(o);
  xdecref(tb->tb_next);
  xdecref(tb->code);
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

void print_frame_line(std::string& out, SourceLines& sources, TracebackObject* tb) {
  CodeObject* code = tb->code;
  std::string filename(str_utf8(code->filename));
  std::string name(str_utf8(code->name));
  out += "  File \"" + filename + "\", line " + std::to_string(tb->tb_lineno) + ", in " + name + "\n";
  std::string line;
  if (!sources.get(filename, tb->tb_lineno, &line)) return;
  size_t first = 0;
  while (first < line.size() && is_space(line[first])) first++;
  size_t last = line.size();
  while (last > first && is_space(line[last - 1])) last--;
  std::string_view stripped(line.data() + first, last - first);
  out += "    ";
  out += stripped;
  out += '\n';
  const PositionEntry* pos = code_position(code, static_cast<uint32_t>(tb->tb_lasti));
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

}  // namespace

void traceback_add(CodeObject* code, uint32_t offset) {
  ThreadState* ts = current_thread();
  auto* e = static_cast<BaseExceptionObject*>(ts->current_exception);
  if (!e) return;
  auto* tb = alloc_object<TracebackObject>(&TracebackType);
  if (!tb) {
    clear_error();  // out of memory while recording: keep the original exception
    ts->current_exception = e;
    return;
  }
  tb->tb_next = e->traceback;  // moves the reference
  tb->code = static_cast<CodeObject*>(newref(code));
  tb->tb_lasti = static_cast<int>(offset);
  const PositionEntry* p = code_position(code, offset);
  tb->tb_lineno = p ? p->lineno : code->firstlineno;
  e->traceback = tb;
}

// One exception, without its chain.
static void format_one(std::string& out, Object* exc) {
  auto* e = static_cast<BaseExceptionObject*>(exc);
  if (e->traceback) {
    out += "Traceback (most recent call last):\n";
    SourceLines sources;
    // A line repeated more than three times in a row (deep recursion) is
    // summarized, as CPython does.
    constexpr int kRecursiveCutoff = 3;
    TracebackObject* previous = nullptr;
    int repeated = 0;
    auto flush_repeats = [&] {
      if (repeated > kRecursiveCutoff) {
        int more = repeated - kRecursiveCutoff;
        out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
      }
    };
    for (auto* tb = static_cast<TracebackObject*>(e->traceback); tb; tb = static_cast<TracebackObject*>(tb->tb_next)) {
      bool same = previous && previous->code->filename == tb->code->filename && previous->tb_lineno == tb->tb_lineno &&
                  previous->code->name == tb->code->name;
      if (!same) {
        flush_repeats();
        repeated = 0;
      }
      previous = tb;
      repeated++;
      if (repeated <= kRecursiveCutoff) print_frame_line(out, sources, tb);
    }
    flush_repeats();
  }
  out += type_of(exc)->tp_name;
  Object* s = object_str(exc);
  if (!s) {
    clear_error();
    out += ": <exception str() failed>\n";
    return;
  }
  std::string_view text = str_utf8(s);
  if (!text.data()) {
    clear_error();
  } else if (!text.empty()) {
    out += ": ";
    out += text;
  }
  decref(s);
  out += '\n';
}

// The exception with its causes and contexts first, as CPython prints them.
static void format_chain(std::string& out, Object* exc, std::vector<Object*>& seen) {
  seen.push_back(exc);
  auto* e = static_cast<BaseExceptionObject*>(exc);
  auto unseen = [&](Object* o) { return o && std::find(seen.begin(), seen.end(), o) == seen.end(); };
  if (unseen(e->cause)) {
    format_chain(out, e->cause, seen);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && unseen(e->context)) {
    format_chain(out, e->context, seen);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  format_one(out, exc);
}

std::string format_exception(Object* exc) {
  std::string out;
  std::vector<Object*> seen;
  format_chain(out, exc, seen);
  return out;
}

void write_unraisable(Object* obj) {
  ThreadState* ts = current_thread();
  auto* e = static_cast<BaseExceptionObject*>(ts->current_exception);
  if (!e) return;
  // Without a traceback of its own, the exception shows where it was noticed.
  if (!e->traceback && ts->current_frame) {
    Frame* f = ts->current_frame;
    traceback_add(f->code, static_cast<uint32_t>(f->pc - f->code->code));
  }
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
  format_one(out, exc);
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

void init_traceback_type() {
  TracebackType.ob_refcnt = kImmortalRefcnt;
  TracebackType.tp_name = "traceback";
  TracebackType.tp_basicsize = sizeof(TracebackObject);
  TracebackType.tp_dealloc = traceback_dealloc;
  TracebackType.tp_flags = kTpDefault;
}

}  // namespace dx
