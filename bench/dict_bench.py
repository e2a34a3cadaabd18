#!/usr/bin/python3.11
"""Benchmark: the dict core with str keys, dx-py (bench/dict_bench.cpp,
calling src/objects/dict.h directly) against CPython 3.11's dict through its
C API (bench/dict_bench_cpython.c, compiled here into an extension module and
run inside /usr/bin/python3.11). Both sides run the same loops; each number
is the best of 5 runs, in nanoseconds of thread CPU time per operation. For context, the table
also shows the same get/set written as Python loops run by python3.11.

The sides alternate --runs times and each workload keeps its best time,
which steadies the ratios on a loaded machine.

Usage: bench/dict_bench.py [--runs N] [--bench PATH] [--filter NAME]
Build first: cmake --preset release && cmake --build build/release --target dxpy_dict_bench
"""
import argparse
import os
import subprocess
import sys
import sysconfig

REF_PYTHON = "/usr/bin/python3.11"
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CPYTHON_SIDE = r"""
import importlib.util, sys
spec = importlib.util.spec_from_file_location("_dict_bench", sys.argv[1])
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
for name, ns in mod.run(None if sys.argv[2] == "-" else sys.argv[2]):
    print(name, f"{ns:.3f}")
"""

# The Python-level equivalents (interpreter overhead included), for scale.
PYTHON_LOOPS = r"""
import time
def best(f, n):
    b = 1e300
    for _ in range(5):
        t = time.thread_time_ns(); f(); b = min(b, (time.thread_time_ns() - t) / n)
    return b
keys = [f"key{i}" for i in range(1000)]
d = dict.fromkeys(keys, 1)
def get():
    for _ in range(200):
        for k in keys: d[k]
def put():
    for _ in range(200):
        for k in keys: d[k] = 2
def base():
    for _ in range(200):
        for k in keys: k
print("py_loop_get_1000", f"{best(get, 200000):.3f}")
print("py_loop_set_1000", f"{best(put, 200000):.3f}")
print("py_loop_empty_1000", f"{best(base, 200000):.3f}")
"""


def build_extension(out_dir):
    src = os.path.join(ROOT, "bench", "dict_bench_cpython.c")
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    target = os.path.join(out_dir, "_dict_bench" + suffix)
    include = subprocess.run([REF_PYTHON, "-c", "import sysconfig; print(sysconfig.get_paths()['include'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-I" + include, src, "-o", target], check=True)
    return target


def parse(text):
    result = {}
    for line in text.splitlines():
        name, ns = line.split()
        result[name] = float(ns)
    return result


def best(into, results):
    for name, ns in results.items():
        into[name] = min(ns, into.get(name, ns))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bench", default=os.path.join(ROOT, "build/release/dxpy_dict_bench"))
    ap.add_argument("--filter", default=None)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    out_dir = os.path.join(ROOT, "build", "bench")
    os.makedirs(out_dir, exist_ok=True)
    ext = build_extension(out_dir)
    cpython, dx, loops = {}, {}, {}
    for _ in range(args.runs):
        best(cpython, parse(subprocess.run([REF_PYTHON, "-c", CPYTHON_SIDE, ext, args.filter or "-"],
                                           capture_output=True, text=True, check=True).stdout))
        best(dx, parse(subprocess.run([args.bench] + ([args.filter] if args.filter else []),
                                      capture_output=True, text=True, check=True).stdout))
        best(loops, parse(subprocess.run([REF_PYTHON, "-c", PYTHON_LOOPS], capture_output=True, text=True,
                                         check=True).stdout))

    print(f"{'workload (str keys)':24}{'CPython ns':>12}{'dx-py ns':>10}{'CPython/dx':>12}")
    for name, ns in dx.items():
        base = name.replace("get_str_hit", "get_hit")
        if base in cpython:
            ref = cpython[base]
            note = "  (dx: dict_get_item_str)" if base != name else ""
            print(f"{name:24}{ref:>12.2f}{ns:>10.2f}{ref / ns:>11.2f}x{note}")
    print("python3.11 loops, per iteration: " + ", ".join(f"{k[8:]} {v:.1f} ns" for k, v in loops.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
