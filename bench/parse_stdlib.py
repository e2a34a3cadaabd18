#!/usr/bin/python3.11
"""Benchmark: the time to parse every file of the standard library in one
process, dxpy's parser (bench/parse_bench.cpp) against CPython 3.11's
ast.parse. Both read all files as bytes first and time only the parsing
(source to AST, one file after another). Runs alternate between the two
sides; the table gives median, min and max seconds, and the ratio of medians.

Usage: bench/parse_stdlib.py [--runs N] [--bench PATH] [--stdlib DIR]
Build first: cmake --preset release && cmake --build build/release --target dxpy_parse_bench
"""
import argparse
import ast
import os
import statistics
import subprocess
import sys
import sysconfig

REF_PYTHON = "/usr/bin/python3.11"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Runs in a fresh python3.11: reads the listed files, then times ast.parse over them.
CPYTHON_SIDE = r"""
import ast, sys, time
paths = open(sys.argv[1]).read().split("\n")
sources = [(p, open(p, "rb").read()) for p in paths if p]
start = time.perf_counter()
for path, src in sources:
    ast.parse(src, path)
print(f"{time.perf_counter() - start:.6f}")
"""


def stdlib_files(stdlib):
    files = []
    for d, dirs, names in os.walk(stdlib):
        dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "dist-packages", "__pycache__"))
        files.extend(os.path.join(d, n) for n in sorted(names) if n.endswith(".py"))
    return files


def parses(path):
    try:
        with open(path, "rb") as f:
            ast.parse(f.read(), path)
        return True
    except (SyntaxError, ValueError):
        return False


def time_cpython(list_file):
    out = subprocess.run([REF_PYTHON, "-c", CPYTHON_SIDE, list_file], capture_output=True, text=True, check=True)
    return float(out.stdout.split()[-1])


def time_dxpy(bench, list_file):
    out = subprocess.run([bench, "--list", list_file], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{bench} failed: {out.stderr.strip()}")
    for line in out.stdout.splitlines():
        if line.startswith("run 1:"):
            return float(line.split()[2]), out.stdout.splitlines()[-1]
    sys.exit(f"unexpected output from {bench}: {out.stdout!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bench", default=os.path.join(ROOT, "build/release/dxpy_parse_bench"))
    ap.add_argument("--stdlib", default=sysconfig.get_paths()["stdlib"])
    args = ap.parse_args()

    files = [f for f in stdlib_files(args.stdlib) if parses(f)]
    total = sum(os.path.getsize(f) for f in files)
    os.makedirs(os.path.join(ROOT, "build", "bench"), exist_ok=True)
    list_file = os.path.join(ROOT, "build", "bench", "parse_stdlib_files.txt")
    with open(list_file, "w") as f:
        f.write("\n".join(files) + "\n")

    cpython, dxpy = [], []
    summary = ""
    for i in range(args.runs):
        cpython.append(time_cpython(list_file))
        t, summary = time_dxpy(args.bench, list_file)
        dxpy.append(t)
        print(f"run {i + 1}/{args.runs}: CPython {cpython[-1]:.3f} s, dxpy {dxpy[-1]:.3f} s", file=sys.stderr)

    print(f"files: {len(files)} from {args.stdlib} ({total / 1e6:.1f} MB; files CPython cannot parse left out)")
    print(f"runs: {args.runs} per side, alternating; parse only, files already in memory")
    print(f"dxpy: {summary}")
    print(f"{'':28}{'median':>10}{'min':>10}{'max':>10}")
    for name, times in (("CPython 3.11 ast.parse", cpython), ("dxpy parse_source", dxpy)):
        print(f"{name:28}{statistics.median(times):>9.3f}s{min(times):>9.3f}s{max(times):>9.3f}s")
    ratio = statistics.median(cpython) / statistics.median(dxpy)
    print(f"ratio (CPython / dxpy, medians): {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
