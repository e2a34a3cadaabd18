// Name suggestions (suggestions.h). The distance: inserting or deleting a
// character costs 2, replacing one 2, or 1 when it differs only in ASCII
// case; a candidate is kept when its distance is at most
// (len(wrong) + len(candidate) + 3) * 2 / 6 and better than the best so far.
#include "vm/suggestions.h"

#include <algorithm>

#include "objects/dict.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/abstract.h"
#include "runtime/errors.h"
#include "vm/traceback.h"

namespace dx {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;
  if (a == b) return 0;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; };
  return lower(a) == lower(b) ? kCaseCost : kMoveCost;
}

// The weighted edit distance, or max_cost + 1 once it is known to exceed it.
size_t distance(std::string_view a, std::string_view b, size_t max_cost) {
  if (a == b) return 0;
  // Common prefix and suffix do not count.
  while (!a.empty() && !b.empty() && a.front() == b.front()) {
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);  // a is the shorter
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  // One row of the table over a: row[i] = distance(a[:i+1], b[:j+1]).
  size_t row[kMaxStringSize];
  for (size_t i = 0; i < a.size(); i++) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t j = 0; j < b.size(); j++) {
    size_t diagonal = j * kMoveCost;  // distance(a[:0], b[:j])
    result = (j + 1) * kMoveCost;     // distance(a[:0], b[:j+1])
    size_t row_min = result;
    for (size_t i = 0; i < a.size(); i++) {
      size_t substitute = diagonal + substitution_cost(a[i], b[j]);
      diagonal = row[i];
      size_t insert_delete = std::min(result, row[i]) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[i] = result;
      row_min = std::min(row_min, result);
    }
    if (row_min > max_cost) return max_cost + 1;
  }
  return result;
}

// The str items of a list, tuple or the keys of a dict.
void collect(Object* from, std::vector<Object*>& out) {
  if (!from) return;
  if (is_dict(from)) {
    ssize pos = 0;
    Object* key;
    while (dict_next(from, &pos, &key, nullptr)) out.push_back(key);
  } else if (is_list(from)) {
    for (ssize i = 0; i < list_size(from); i++) out.push_back(list_item(from, i));
  } else if (is_tuple(from)) {
    for (ssize i = 0; i < tuple_size(from); i++) out.push_back(tuple_item(from, i));
  }
}

}  // namespace

std::string closest_name(std::string_view wrong, const std::vector<Object*>& candidates) {
  if (candidates.size() > kMaxCandidates || wrong.size() > kMaxStringSize) return {};
  Object* best = nullptr;
  size_t best_distance = SIZE_MAX;
  for (Object* c : candidates) {
    if (!is_str(c)) continue;
    std::string_view text = str_utf8(c);
    if (!text.data()) {
      clear_error();
      continue;
    }
    if (text == wrong) continue;
    size_t max_distance = (wrong.size() + text.size() + 3) * kMoveCost / 6;
    if (best_distance - 1 < max_distance) max_distance = best_distance - 1;
    size_t d = distance(wrong, text, max_distance);
    if (d > max_distance) continue;
    if (!best || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  return best ? std::string(str_utf8(best)) : std::string();
}

std::string suggestion_for(Object* exc) {
  std::string result;
  Object* saved = fetch_error();
  if (is_instance_of_type(exc, &exc::NameError)) {
    Object* name = static_cast<NameErrorObject*>(exc)->name;
    auto* tb = static_cast<TracebackObject*>(static_cast<BaseExceptionObject*>(exc)->traceback);
    while (tb && tb->tb_next) tb = static_cast<TracebackObject*>(tb->tb_next);
    if (name && is_str(name) && tb) {
      // Locals first, then globals, then builtins: the first that has a match.
      for (Object* scope : {tb->tb_locals, tb->tb_globals, tb->tb_builtins}) {
        std::vector<Object*> candidates;
        collect(scope, candidates);
        result = closest_name(str_utf8(name), candidates);
        if (!result.empty()) break;
      }
    }
  } else if (is_instance_of_type(exc, &exc::AttributeError)) {
    auto* ae = static_cast<AttributeErrorObject*>(exc);
    if (ae->name && is_str(ae->name) && ae->obj) {
      Object* names = object_dir(ae->obj);
      if (names) {
        std::vector<Object*> candidates;
        collect(names, candidates);
        result = closest_name(str_utf8(ae->name), candidates);
        decref(names);
      } else {
        clear_error();
      }
    }
  }
  restore_error(saved);
  return result;
}

}  // namespace dx
