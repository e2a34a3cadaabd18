"""Times python3.11's int multiplication, divmod and str() on the shapes of
bench/bigint_bench.cpp and prints the ratios to dx-py's times.

    /usr/bin/python3.11 bench/bigint_bench.py [build/release/dxpy_bigint_bench]
"""
import random
import subprocess
import sys
import time

sys.set_int_max_str_digits(0)


def seconds_per_call(f):
    best = float("inf")
    for _ in range(3):
        calls = 0
        start = time.perf_counter()
        while True:
            f()
            calls += 1
            elapsed = time.perf_counter() - start
            if elapsed >= 0.2:
                break
        best = min(best, elapsed / calls)
    return best


def number(rng, digits):
    return int(str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(digits - 1)))


def main():
    rng = random.Random(42)
    times = {}
    for digits in (1000, 10000, 100000):
        a, b, a2 = number(rng, digits), number(rng, digits), number(rng, 2 * digits)
        times[("mul", digits)] = seconds_per_call(lambda: a * b)
        times[("divmod", digits)] = seconds_per_call(lambda: divmod(a2, b))
        times[("str", digits)] = seconds_per_call(lambda: str(a))
    ours = {}
    if len(sys.argv) > 1:
        for line in subprocess.run([sys.argv[1]], capture_output=True, text=True, check=True).stdout.split("\n"):
            if line:
                op, digits, seconds = line.split()
                ours[(op, int(digits))] = float(seconds)
    print(f"{'op':8}{'digits':>8}{'python3.11 s':>15}{'dx-py s':>12}{'ratio':>9}")
    for (op, digits), t in times.items():
        mine = ours.get((op, digits))
        ratio = f"{t / mine:8.1f}x" if mine else ""
        print(f"{op:8}{digits:>8}{t:>15.3g}{(mine or float('nan')):>12.3g}{ratio:>9}")


main()
