// list.sort: a stable timsort (natural runs extended to a minimum length by
// binary insertion, merged in powersort's order with galloping merges), as
// Python 3.11 sorts, so that even comparison functions with side effects see
// the same sequence of calls.
//
// The algorithm is one template over the element type and the "less"
// relation. Homogeneous lists of exact ints (that fit int64) and of exact
// strs are sorted as packed (key, object) entries whose comparisons need no
// calls and cannot fail (ints with many short runs by a radix sort);
// everything else goes through __lt__ with errors propagated. A stable sort
// of a total order has one result, so the fast paths agree with the generic
// one.
#include <algorithm>
#include <cstring>

#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "runtime/abstract.h"
#include "runtime/alloc.h"
#include "runtime/errors.h"

namespace dx {

namespace {

// ---- timsort ---------------------------------------------------------------------

// Less(a, b) returns 1 if a < b, 0 if not, -1 with an exception set.
template <typename T, typename Less>
class TimSort {
 public:
  TimSort(T* base, ssize n, Less less) : base_(base), n_(n), less_(less) {}
  ~TimSort() {
    if (tmp_ != tmp_inline_) mem_free(tmp_);
  }
  TimSort(const TimSort&) = delete;
  TimSort& operator=(const TimSort&) = delete;

  // Sorts base[0..n): 0, or -1 with the exception of a failed comparison
  // (or MemoryError); the array is then a permutation of its input.
  int sort() {
    if (n_ < 2) return 0;
    ssize minrun = min_run_length(n_);
    T* lo = base_;
    ssize remaining = n_;
    do {
      bool descending;
      ssize run = count_run(lo, lo + remaining, &descending);
      if (run < 0) return -1;
      if (descending) std::reverse(lo, lo + run);
      if (run < minrun) {
        ssize force = remaining <= minrun ? remaining : minrun;
        if (binary_insertion_sort(lo, lo + force, lo + run) < 0) return -1;
        run = force;
      }
      if (found_new_run(run) < 0) return -1;
      runs_[nruns_++] = Run{lo, run, 0};
      lo += run;
      remaining -= run;
    } while (remaining);
    while (nruns_ > 1) {
      int i = nruns_ - 2;
      if (i > 0 && runs_[i - 1].len < runs_[i + 1].len) i--;
      if (merge_at(i) < 0) return -1;
    }
    return 0;
  }

 private:
  static constexpr ssize kMinGallop = 7;
  static constexpr int kMaxRuns = 85;  // enough for 2**64 items
  static constexpr ssize kTmpInline = 256;

  struct Run {
    T* base;
    ssize len;
    int power;  // of the boundary between this run and the next
  };

  // n itself below 64; otherwise n's top 6 bits, plus one if any lower bit
  // is set, so that n / minrun is a power of two or a little less.
  static ssize min_run_length(ssize n) {
    ssize low_bits = 0;
    while (n >= 64) {
      low_bits |= n & 1;
      n >>= 1;
    }
    return n + low_bits;
  }

  // The length of the run starting at lo: non-descending, or strictly
  // descending (*descending set; the caller reverses it, which keeps the
  // sort stable because no two items of it are equal).
  ssize count_run(T* lo, T* hi, bool* descending) {
    *descending = false;
    if (lo + 1 == hi) return 1;
    int c = less_(lo[1], lo[0]);
    if (c < 0) return -1;
    ssize n = 2;
    *descending = c;
    for (T* p = lo + 2; p < hi; p++, n++) {
      c = less_(*p, p[-1]);
      if (c < 0) return -1;
      if (c != *descending) break;
    }
    return n;
  }

  // Sorts [lo, hi) whose prefix [lo, start) is sorted, inserting each next
  // item after the equal ones already placed.
  int binary_insertion_sort(T* lo, T* hi, T* start) {
    if (lo == start) start++;
    for (; start < hi; start++) {
      T pivot = *start;
      T* left = lo;
      T* right = start;
      do {
        T* mid = left + ((right - left) >> 1);
        int c = less_(pivot, *mid);
        if (c < 0) return -1;
        if (c) right = mid;
        else left = mid + 1;
      } while (left < right);
      std::memmove(static_cast<void*>(left + 1), left, static_cast<size_t>(start - left) * sizeof(T));
      *left = pivot;
    }
    return 0;
  }

  // The depth, in powersort's implicit merge tree, of the boundary between
  // the adjacent runs [s1, s1+n1) and [s1+n1, s1+n1+n2): the position (from
  // 1) of the first binary digit where the runs' midpoints, as fractions of
  // the whole array, differ.
  static int boundary_power(ssize s1, ssize n1, ssize n2, ssize n) {
    // The midpoints are a/(2n) and b/(2n); the next digit of a fraction
    // x = a/(2n) is 1 when x >= 1/2, that is when a >= n.
    auto a = static_cast<uint64_t>(2 * s1 + n1);
    uint64_t b = a + static_cast<uint64_t>(n1 + n2);
    auto un = static_cast<uint64_t>(n);
    for (int power = 1;; power++) {
      bool da = a >= un, db = b >= un;
      if (da != db) return power;
      if (da) {
        a -= un;
        b -= un;
      }
      a <<= 1;
      b <<= 1;
    }
  }

  // Before pushing a run of n2 items: merges the pending runs whose
  // boundaries lie deeper in the tree than the new boundary.
  int found_new_run(ssize n2) {
    if (nruns_ == 0) return 0;
    Run& top = runs_[nruns_ - 1];
    int power = boundary_power(top.base - base_, top.len, n2, n_);
    while (nruns_ > 1 && runs_[nruns_ - 2].power > power)
      if (merge_at(nruns_ - 2) < 0) return -1;
    runs_[nruns_ - 1].power = power;
    return 0;
  }

  T* ensure_tmp(ssize need) {
    if (need <= tmp_cap_) return tmp_;
    if (tmp_ != tmp_inline_) mem_free(tmp_);
    tmp_ = static_cast<T*>(mem_alloc(static_cast<size_t>(need) * sizeof(T)));
    if (!tmp_) {
      tmp_ = tmp_inline_;
      tmp_cap_ = kTmpInline;
      raise_no_memory();
      return nullptr;
    }
    tmp_cap_ = need;
    return tmp_;
  }

  // The k in [0, n] with a[k-1] < key <= a[k]: the leftmost place for key
  // in the sorted a[0..n), searched from a[hint] outwards by doubling steps,
  // then by bisection.
  ssize gallop_left(const T& key, T* a, ssize n, ssize hint) {
    ssize last = 0, ofs = 1;
    int c = less_(a[hint], key);
    if (c < 0) return -1;
    if (c) {  // a[hint] < key: look right until a[hint+last] < key <= a[hint+ofs]
      ssize max = n - hint;
      while (ofs < max) {
        if ((c = less_(a[hint + ofs], key)) < 0) return -1;
        if (!c) break;
        last = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > max) ofs = max;
      last += hint;
      ofs += hint;
    } else {  // key <= a[hint]: look left until a[hint-ofs] < key <= a[hint-last]
      ssize max = hint + 1;
      while (ofs < max) {
        if ((c = less_(a[hint - ofs], key)) < 0) return -1;
        if (c) break;
        last = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > max) ofs = max;
      ssize k = last;
      last = hint - ofs;
      ofs = hint - k;
    }
    // a[last] < key <= a[ofs]: bisect (last, ofs].
    for (last++; last < ofs;) {
      ssize m = last + ((ofs - last) >> 1);
      if ((c = less_(a[m], key)) < 0) return -1;
      if (c) last = m + 1;
      else ofs = m;
    }
    return ofs;
  }

  // The k in [0, n] with a[k-1] <= key < a[k]: the rightmost place for key.
  ssize gallop_right(const T& key, T* a, ssize n, ssize hint) {
    ssize last = 0, ofs = 1;
    int c = less_(key, a[hint]);
    if (c < 0) return -1;
    if (c) {  // key < a[hint]: look left until a[hint-ofs] <= key < a[hint-last]
      ssize max = hint + 1;
      while (ofs < max) {
        if ((c = less_(key, a[hint - ofs])) < 0) return -1;
        if (!c) break;
        last = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > max) ofs = max;
      ssize k = last;
      last = hint - ofs;
      ofs = hint - k;
    } else {  // a[hint] <= key: look right until a[hint+last] <= key < a[hint+ofs]
      ssize max = n - hint;
      while (ofs < max) {
        if ((c = less_(key, a[hint + ofs])) < 0) return -1;
        if (c) break;
        last = ofs;
        ofs = (ofs << 1) + 1;
      }
      if (ofs > max) ofs = max;
      last += hint;
      ofs += hint;
    }
    // a[last] <= key < a[ofs]: bisect (last, ofs].
    for (last++; last < ofs;) {
      ssize m = last + ((ofs - last) >> 1);
      if ((c = less_(key, a[m])) < 0) return -1;
      if (c) ofs = m;
      else last = m + 1;
    }
    return ofs;
  }

  static void move(T* dest, const T* src, ssize n) {
    std::memmove(static_cast<void*>(dest), src, static_cast<size_t>(n) * sizeof(T));
  }

  // Merges the adjacent sorted runs a = pa[0..na) and b = pb[0..nb), with
  // na <= nb, b[0] < a[0] and a[na-1] > b[nb-1] (merge_at trimmed the rest).
  // a moves to the temporary array; the output fills from the left. On
  // failure the unmerged rest is put back, so nothing is lost.
  int merge_lo(T* pa, ssize na, T* pb, ssize nb) {
    T* a = ensure_tmp(na);
    if (!a) return -1;
    move(a, pa, na);
    T* b = pb;
    T* dest = pa;
    int result = 0;
    ssize min_gallop = min_gallop_;
    *dest++ = *b++;
    if (--nb == 0) goto done;
    if (na == 1) goto last_a;
    for (;;) {
      ssize acount = 0, bcount = 0;
      // One item at a time until one side wins min_gallop times in a row.
      for (;;) {
        int c = less_(*b, *a);
        if (c < 0) goto fail;
        if (c) {
          *dest++ = *b++;
          bcount++;
          acount = 0;
          if (--nb == 0) goto done;
          if (bcount >= min_gallop) break;
        } else {
          *dest++ = *a++;
          acount++;
          bcount = 0;
          if (--na == 1) goto last_a;
          if (acount >= min_gallop) break;
        }
      }
      // Galloping: find whole stretches by search while that pays.
      min_gallop++;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        ssize k = gallop_right(*b, a, na, 0);
        if (k < 0) goto fail;
        acount = k;
        if (k) {
          move(dest, a, k);
          dest += k;
          a += k;
          na -= k;
          if (na == 1) goto last_a;
          if (na == 0) goto done;  // only with an inconsistent order
        }
        *dest++ = *b++;
        if (--nb == 0) goto done;
        k = gallop_left(*a, b, nb, 0);
        if (k < 0) goto fail;
        bcount = k;
        if (k) {
          move(dest, b, k);
          dest += k;
          b += k;
          nb -= k;
          if (nb == 0) goto done;
        }
        *dest++ = *a++;
        if (--na == 1) goto last_a;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      min_gallop++;
      min_gallop_ = min_gallop;
    }
  fail:
    result = -1;
  done:
    if (na) move(dest, a, na);
    return result;
  last_a:
    // The last item of a is the largest: the rest of b, then it.
    move(dest, b, nb);
    dest[nb] = *a;
    return 0;
  }

  // The mirror image of merge_lo for na >= nb: b moves to the temporary
  // array and the output fills from the right.
  int merge_hi(T* pa, ssize na, T* pb, ssize nb) {
    T* base_b = ensure_tmp(nb);
    if (!base_b) return -1;
    move(base_b, pb, nb);
    T* base_a = pa;
    T* a = pa + na - 1;
    T* b = base_b + nb - 1;
    T* dest = pb + nb - 1;
    int result = 0;
    ssize min_gallop = min_gallop_;
    *dest-- = *a--;
    if (--na == 0) goto done;
    if (nb == 1) goto first_b;
    for (;;) {
      ssize acount = 0, bcount = 0;
      for (;;) {
        int c = less_(*b, *a);
        if (c < 0) goto fail;
        if (c) {
          *dest-- = *a--;
          acount++;
          bcount = 0;
          if (--na == 0) goto done;
          if (acount >= min_gallop) break;
        } else {
          *dest-- = *b--;
          bcount++;
          acount = 0;
          if (--nb == 1) goto first_b;
          if (bcount >= min_gallop) break;
        }
      }
      min_gallop++;
      do {
        min_gallop -= min_gallop > 1;
        min_gallop_ = min_gallop;
        ssize k = gallop_right(*b, base_a, na, na - 1);
        if (k < 0) goto fail;
        k = na - k;
        acount = k;
        if (k) {
          dest -= k;
          a -= k;
          move(dest + 1, a + 1, k);
          na -= k;
          if (na == 0) goto done;
        }
        *dest-- = *b--;
        if (--nb == 1) goto first_b;
        k = gallop_left(*a, base_b, nb, nb - 1);
        if (k < 0) goto fail;
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k;
          b -= k;
          move(dest + 1, b + 1, k);
          nb -= k;
          if (nb == 1) goto first_b;
          if (nb == 0) goto done;  // only with an inconsistent order
        }
        *dest-- = *a--;
        if (--na == 0) goto done;
      } while (acount >= kMinGallop || bcount >= kMinGallop);
      min_gallop++;
      min_gallop_ = min_gallop;
    }
  fail:
    result = -1;
  done:
    if (nb) move(dest - (nb - 1), base_b, nb);
    return result;
  first_b:
    // The first item of b is the smallest: it, then the rest of a.
    dest -= na;
    a -= na;
    move(dest + 1, a + 1, na);
    *dest = *b;
    return 0;
  }

  // Merges runs i and i+1 of the stack.
  int merge_at(int i) {
    T* pa = runs_[i].base;
    ssize na = runs_[i].len;
    T* pb = runs_[i + 1].base;
    ssize nb = runs_[i + 1].len;
    runs_[i].len = na + nb;
    if (i == nruns_ - 3) runs_[i + 1] = runs_[i + 2];
    nruns_--;
    // Items of a before b[0]'s place, and of b after a's last item's place,
    // are already where they belong.
    ssize k = gallop_right(*pb, pa, na, 0);
    if (k < 0) return -1;
    pa += k;
    na -= k;
    if (na == 0) return 0;
    nb = gallop_left(pa[na - 1], pb, nb, nb - 1);
    if (nb <= 0) return static_cast<int>(nb);
    return na <= nb ? merge_lo(pa, na, pb, nb) : merge_hi(pa, na, pb, nb);
  }

  T* base_;
  ssize n_;
  Less less_;
  Run runs_[kMaxRuns];
  int nruns_ = 0;
  ssize min_gallop_ = kMinGallop;
  T tmp_inline_[kTmpInline];
  T* tmp_ = tmp_inline_;
  ssize tmp_cap_ = kTmpInline;
};

template <typename T, typename Less>
int timsort(T* base, ssize n, Less less) {
  if (n < 2) return 0;
  TimSort<T, Less> ts(base, n, less);
  return ts.sort();
}

// ---- comparisons -------------------------------------------------------------------

// a < b through __lt__; when every key has the same type, its slot is called
// directly (no reflected operand can apply between equal types).
struct ObjectLess {
  TypeObject* same_type;  // null for mixed types
  int operator()(Object* a, Object* b) const {
    if (!same_type) return object_richcompare_bool(a, b, kLt);
    Object* r = same_type->tp_richcompare(a, b, kLt);
    if (!r) return -1;
    if (r == not_implemented()) {
      decref(r);
      return object_richcompare_bool(a, b, kLt);
    }
    int v = r == bool_object(true) ? 1 : r == bool_object(false) ? 0 : object_is_true(r);
    decref(r);
    return v;
  }
};

struct KeyValue {
  Object* key;
  Object* value;
};
struct KeyValueLess {
  ObjectLess less;
  int operator()(const KeyValue& a, const KeyValue& b) const { return less(a.key, b.key); }
};

struct IntEntry {
  int64_t key;
  Object* value;
};
struct IntEntryLess {
  int operator()(const IntEntry& a, const IntEntry& b) const { return a.key < b.key; }
};

// Many short natural runs (random data) sort faster by radix than by
// merging; few long runs (nearly sorted data) faster by timsort. The result
// is the same: both are stable sorts of a total order.
constexpr ssize kRadixMinItems = 1024;
constexpr ssize kRadixMinRuns = 64;

template <typename Entry, typename Less>
bool has_many_runs(const Entry* a, ssize n, Less less) {
  ssize runs = 0;
  for (ssize i = 0; i < n;) {
    if (++runs > kRadixMinRuns) return true;
    ssize j = i + 1;
    if (j < n && less(a[j], a[i])) {
      while (j < n && less(a[j], a[j - 1])) j++;
    } else {
      while (j < n && !less(a[j], a[j - 1])) j++;
    }
    i = j;
  }
  return false;
}

// A stable LSD radix sort by the 64-bit key(entry), a byte per pass,
// skipping the bytes that all keys share. False (nothing changed) when the
// scratch memory cannot be allocated.
template <typename Entry, typename Key>
bool radix_sort(Entry* a, ssize n, Key key) {
  static constexpr int kBytes = 8;
  auto* scratch = static_cast<Entry*>(mem_alloc(static_cast<size_t>(n) * sizeof(Entry)));
  auto* counts = static_cast<ssize(*)[256]>(mem_calloc(kBytes, sizeof(ssize[256])));
  if (!scratch || !counts) {
    mem_free(scratch);
    mem_free(counts);
    return false;
  }
  for (ssize i = 0; i < n; i++) {
    uint64_t k = key(a[i]);
    for (int b = 0; b < kBytes; b++) counts[b][(k >> (8 * b)) & 0xff]++;
  }
  Entry* src = a;
  Entry* dst = scratch;
  uint64_t first = key(a[0]);
  for (int b = 0; b < kBytes; b++) {
    ssize* count = counts[b];
    if (count[(first >> (8 * b)) & 0xff] == n) continue;
    ssize offset = 0;
    for (int v = 0; v < 256; v++) {
      ssize c = count[v];
      count[v] = offset;
      offset += c;
    }
    for (ssize i = 0; i < n; i++) dst[count[(key(src[i]) >> (8 * b)) & 0xff]++] = src[i];
    std::swap(src, dst);
  }
  if (src != a) std::memcpy(static_cast<void*>(a), src, static_cast<size_t>(n) * sizeof(Entry));
  mem_free(counts);
  mem_free(scratch);
  return true;
}

int sort_int_entries(IntEntry* a, ssize n) {
  if (n >= kRadixMinItems && has_many_runs(a, n, IntEntryLess{}) &&
      radix_sort(a, n, [](const IntEntry& e) { return static_cast<uint64_t>(e.key) ^ (uint64_t(1) << 63); }))
    return 0;
  return timsort(a, n, IntEntryLess{});
}

// A str with its first code points packed into an integer whose order is
// the strings' order on those code points (shorter strings padded with 0).
struct StrEntry {
  uint64_t prefix;
  Object* key;
  Object* value;
};

// Code point order, any kinds.
bool str_less(Object* a, Object* b) {
  ssize na = str_length(a), nb = str_length(b);
  ssize n = na < nb ? na : nb;
  int ka = str_kind(a), kb = str_kind(b);
  if (ka == 1 && kb == 1) {
    int c = std::memcmp(str_data(a), str_data(b), static_cast<size_t>(n));
    if (c) return c < 0;
  } else {
    for (ssize i = 0; i < n; i++) {
      uint32_t ca = str_char_at(a, i), cb = str_char_at(b, i);
      if (ca != cb) return ca < cb;
    }
  }
  return na < nb;
}

struct StrEntryLess {
  int operator()(const StrEntry& a, const StrEntry& b) const {
    if (a.prefix != b.prefix) return a.prefix < b.prefix;
    return str_less(a.key, b.key);
  }
};

// 8 code points of 8 bits when every string is of kind 1, else 3 of 21 bits.
uint64_t str_prefix(Object* s, bool all_one_byte) {
  ssize n = str_length(s);
  uint64_t p = 0;
  if (all_one_byte) {
    const auto* d = static_cast<const uint8_t*>(str_data(s));
    for (int i = 0; i < 8; i++) p = (p << 8) | (i < n ? d[i] : 0);
  } else {
    for (int i = 0; i < 3; i++) p = (p << 21) | (i < n ? str_char_at(s, i) : 0);
  }
  return p;
}

// By radix on the prefixes, then timsort within each group of equal
// prefixes (the radix pass kept them in their original order).
int sort_str_entries(StrEntry* a, ssize n) {
  if (n < kRadixMinItems || !has_many_runs(a, n, StrEntryLess{}) ||
      !radix_sort(a, n, [](const StrEntry& e) { return e.prefix; }))
    return timsort(a, n, StrEntryLess{});
  for (ssize i = 0; i < n;) {
    ssize j = i + 1;
    while (j < n && a[j].prefix == a[i].prefix) j++;
    if (j - i > 1 && timsort(a + i, j - i, StrEntryLess{}) < 0) return -1;
    i = j;
  }
  return 0;
}

// ---- driving the sort ----------------------------------------------------------------

// The value of an int known to fit int64.
inline int64_t int_value(Object* o) {
  auto* v = static_cast<IntObject*>(o);
  switch (v->ob_size) {
    case 0: return 0;
    case 1: return v->ob_digit[0];
    case -1: return -static_cast<int64_t>(v->ob_digit[0]);
    case 2: return static_cast<int64_t>(v->ob_digit[1]) << kDigitBits | v->ob_digit[0];
    case -2: return -(static_cast<int64_t>(v->ob_digit[1]) << kDigitBits | v->ob_digit[0]);
    default: return *int_to_int64(o);
  }
}

enum class KeyKind { kInt64, kStr, kObject };

// What all keys have in common decides the comparison.
KeyKind classify(Object* const* keys, ssize n, TypeObject** same_type, bool* all_one_byte) {
  TypeObject* t = type_of(keys[0]);
  bool same = true, int64_ok = t == &IntType, one_byte = true;
  for (ssize i = 0; i < n && same; i++) {
    Object* k = keys[i];
    if (type_of(k) != t) {
      same = false;
    } else if (t == &IntType) {
      // Two 30-bit digits always fit; three only sometimes.
      ssize size = static_cast<VarObject*>(k)->ob_size;
      if (size > 2 || size < -2) int64_ok &= (size == 3 || size == -3) && int_to_int64(k).has_value();
    } else if (t == &StrType) {
      one_byte &= str_kind(k) == 1;
    }
  }
  *same_type = same && t->tp_richcompare ? t : nullptr;
  *all_one_byte = one_byte;
  if (!same) return KeyKind::kObject;
  if (t == &IntType && int64_ok) return KeyKind::kInt64;
  if (t == &StrType) return KeyKind::kStr;
  return KeyKind::kObject;
}

bool int_keys_sorted(Object* const* keys, ssize n) {
  int64_t previous = int_value(keys[0]);
  for (ssize i = 1; i < n; i++) {
    int64_t v = int_value(keys[i]);
    if (v < previous) return false;
    previous = v;
  }
  return true;
}

// Sorts entries (of one of the entry types) built from keys and items and
// stores the items back in their sorted order.
template <typename Entry, typename Sort, typename Make>
int sort_entries(Object** items, Object* const* keys, ssize n, bool reverse, Sort sort, Make make) {
  auto* entries = static_cast<Entry*>(mem_alloc(static_cast<size_t>(n) * sizeof(Entry)));
  if (!entries) {
    raise_no_memory();
    return -1;
  }
  for (ssize i = 0; i < n; i++) entries[i] = make(keys[i], items[i]);
  // Reversing before and after keeps equal items in their original order.
  if (reverse) std::reverse(entries, entries + n);
  int result = sort(entries, n);
  for (ssize i = 0; i < n; i++) items[i] = entries[i].value;
  if (reverse) std::reverse(items, items + n);
  mem_free(entries);
  return result;
}

int sort_items(Object** items, Object* const* keys, ssize n, bool reverse) {
  TypeObject* same_type;
  bool one_byte;
  switch (classify(keys, n, &same_type, &one_byte)) {
    case KeyKind::kInt64:
      // Sorting a sorted list is common: found without building entries.
      if (!reverse && int_keys_sorted(keys, n)) return 0;
      return sort_entries<IntEntry>(items, keys, n, reverse, sort_int_entries, [](Object* k, Object* v) {
        return IntEntry{int_value(k), v};
      });
    case KeyKind::kStr:
      return sort_entries<StrEntry>(
          items, keys, n, reverse, sort_str_entries,
          [one_byte](Object* k, Object* v) { return StrEntry{str_prefix(k, one_byte), k, v}; });
    case KeyKind::kObject: break;
  }
  ObjectLess less{same_type};
  if (keys != items)
    return sort_entries<KeyValue>(
        items, keys, n, reverse, [less](KeyValue* a, ssize m) { return timsort(a, m, KeyValueLess{less}); },
        [](Object* k, Object* v) { return KeyValue{k, v}; });
  if (reverse) std::reverse(items, items + n);
  int result = timsort(items, n, less);
  if (reverse) std::reverse(items, items + n);
  return result;
}

}  // namespace

int list_sort(Object* self, Object* keyfunc, bool reverse) {
  if (keyfunc && is_none(keyfunc)) keyfunc = nullptr;
  auto* l = static_cast<ListObject*>(self);
  // While sorting, the list looks empty; any change made meanwhile (by a key
  // function or __lt__) shows as allocated != -1 afterwards.
  ssize n = l->ob_size;
  Object** items = l->ob_item;
  ssize allocated = l->allocated;
  l->ob_size = 0;
  l->ob_item = nullptr;
  l->allocated = -1;

  int result = 0;
  Object** keys = nullptr;
  if (keyfunc && n > 0) {
    keys = static_cast<Object**>(mem_alloc(static_cast<size_t>(n) * sizeof(Object*)));
    if (!keys) {
      raise_no_memory();
      result = -1;
    }
    for (ssize i = 0; keys && i < n; i++) {
      if (!(keys[i] = object_vectorcall(keyfunc, &items[i], 1, nullptr))) {
        while (--i >= 0) decref(keys[i]);
        mem_free(keys);
        keys = nullptr;
        result = -1;
      }
    }
  }
  if (result == 0 && n > 1) result = sort_items(items, keys ? keys : items, n, reverse);
  if (keys) {
    for (ssize i = 0; i < n; i++) decref(keys[i]);
    mem_free(keys);
  }

  if (l->allocated != -1 && result == 0) {
    raise(&exc::ValueError, "list modified during sort");
    result = -1;
  }
  Object** extra = l->ob_item;
  ssize extra_n = l->ob_size, extra_capacity = l->allocated;
  l->ob_size = n;
  l->ob_item = items;
  l->allocated = allocated;
  if (extra) {
    while (--extra_n >= 0) decref(extra[extra_n]);
    list_items_free(extra, extra_capacity);
  }
  return result;
}

}  // namespace dx
