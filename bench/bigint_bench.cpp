// Times int multiplication, divmod and str() of 1000-, 10000- and
// 100000-decimal-digit operands (bench/bigint_bench.py times python3.11 on
// the same shapes): mul is D x D digits, divmod 2D by D digits, str D digits.
//   dxpy_bigint_bench            prints "op digits seconds" lines
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "support/bigint.h"

using namespace dx::bigint;

namespace {

struct Number {
  std::vector<Digit> d;
  int64_t size = 0;
  IntView v() const { return {d.data(), size}; }
};

// A random number of exactly `decimal` decimal digits.
Number random_number(std::mt19937_64& rng, int decimal) {
  std::string text(size_t(decimal), '0');
  for (auto& c : text)
    c = char('0' + rng() % 10);
  text[0] = char('1' + rng() % 9);
  ParsedInt p = parse_int(text.data(), text.size(), 10, 0);
  Number n;
  n.d.resize(size_t(p.capacity));
  n.size = from_parsed(p, n.d.data()).size;
  return n;
}

// Seconds per call: repeats until 0.2 s have passed, keeps the best of 3 rounds.
template <typename F>
double seconds_per_call(F f) {
  using Clock = std::chrono::steady_clock;
  double best = 1e30;
  for (int round = 0; round < 3; round++) {
    int64_t calls = 0;
    auto start = Clock::now();
    double elapsed;
    do {
      f();
      calls++;
      elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    } while (elapsed < 0.2);
    best = std::min(best, elapsed / double(calls));
  }
  return best;
}

}  // namespace

int main() {
  std::mt19937_64 rng(42);
  for (int digits : {1000, 10000, 100000}) {
    Number a = random_number(rng, digits), b = random_number(rng, digits), a2 = random_number(rng, 2 * digits);
    std::vector<Digit> out(size_t(mul_capacity(a.v(), b.v())));
    std::vector<Digit> q(size_t(div_capacity(a2.v(), b.v()))), r(size_t(mod_capacity(a2.v(), b.v())));
    std::string text(size_t(to_string_capacity(a.v(), 10, 0)), '\0');
    std::printf("mul %d %.3g\n", digits, seconds_per_call([&] { mul(a.v(), b.v(), out.data()); }));
    std::printf("divmod %d %.3g\n", digits, seconds_per_call([&] { divmod(a2.v(), b.v(), q.data(), r.data()); }));
    std::printf("str %d %.3g\n", digits, seconds_per_call([&] { to_string(a.v(), 10, 0, 0, text.data()); }));
  }
  return 0;
}
