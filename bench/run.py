#!/usr/bin/python3.11
"""The dx-py benchmark table: every program in bench/programs/ (or those
named) is run by dxpy and by CPython 3.11 in alternation, --runs times each;
the table gives the median wall time of each and the speed-up (CPython time
/ dxpy time), plus the geometric mean of the speed-ups. Both must print the
same stdout: a difference or a dxpy error is shown as "FAIL: reason".
A start-up line follows: the median wall time of `-c pass`. On a busy
machine --cpu (the child's user+system time) gives steadier ratios.

Usage: bench/run.py [--runs N] [--dxpy PATH] [--pypy] [--cpu] [--startup N] [NAME ...]
"""
import argparse
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "bench", "programs")
CPYTHON = "/usr/bin/python3.11"


class Failure(Exception):
    def __str__(self):
        return super().__str__().replace("|", "\\|")     # keep the Markdown table intact


def cpu_children():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(command, timeout, cpu=False):
    """Run command; return (seconds, stdout) or raise Failure. The seconds are
    wall time, or with cpu the child's user+system time."""
    clock = cpu_children if cpu else time.perf_counter
    start = clock()
    try:
        proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              stdin=subprocess.DEVNULL, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failure(f"timeout after {timeout} s")
    except OSError as e:
        raise Failure(str(e))
    elapsed = clock() - start
    if proc.returncode != 0:
        lines = proc.stderr.decode(errors="replace").strip().splitlines()
        last = lines[-1] if lines else "(no message)"
        raise Failure(f"exit {proc.returncode}: {last[:120]}")
    return elapsed, proc.stdout


def first_difference(expected, got):
    a, b = expected.splitlines(), got.splitlines()
    for i, (x, y) in enumerate(zip(a, b), 1):
        if x != y:
            return f"output differs at line {i}"
    return f"output has {len(b)} lines, CPython's {len(a)}"


def bench_program(path, interpreters, runs, timeout, cpu):
    """Return {name: median seconds, or the Failure} for one program."""
    times = {name: [] for name, _ in interpreters}
    outputs = {name: [] for name, _ in interpreters}
    failed = {}
    for i in range(runs):
        # alternate who goes first, so neither always runs right after the other
        order = interpreters if i % 2 == 0 else interpreters[::-1]
        for name, exe in order:
            if name in failed:
                continue
            try:
                elapsed, out = run_once([exe, path], timeout, cpu)
            except Failure as e:
                failed[name] = e
                continue
            times[name].append(elapsed)
            outputs[name].append(out)
        if "CPython" in failed or len(failed) == len(interpreters) - 1:
            break               # nothing left to compare
    results = dict(failed)
    for name, _ in interpreters:
        if name in failed:
            continue
        if name != "CPython" and "CPython" not in failed:
            reference = outputs["CPython"][0]
            wrong = [out for out in outputs[name] if out != reference]
            if wrong:
                results[name] = Failure(first_difference(reference, wrong[0]))
                continue
        results[name] = statistics.median(times[name])
    return results


def startup(interpreters, runs):
    """Median wall time of `-c pass`, or the Failure, for each interpreter."""
    times = {name: [] for name, _ in interpreters}
    failed = {}
    for i in range(runs):
        order = interpreters if i % 2 == 0 else interpreters[::-1]
        for name, exe in order:
            if name not in failed:
                try:
                    times[name].append(run_once([exe, "-c", "pass"], 60)[0])
                except Failure as e:
                    failed[name] = e
    return {name: failed.get(name) or statistics.median(times[name]) for name, _ in interpreters}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="programs to run (default: all)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dxpy", default=os.path.join(ROOT, "build", "release", "dxpy"))
    parser.add_argument("--pypy", action="store_true", help="add a pypy3 column")
    parser.add_argument("--startup", type=int, default=50, metavar="N",
                        help="runs of `-c pass` each (0: skip)")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--cpu", action="store_true",
                        help="time user+system CPU instead of wall time (steadier on a busy machine)")
    args = parser.parse_args()

    interpreters = [("CPython", CPYTHON), ("dxpy", args.dxpy)]
    if args.pypy:
        pypy = shutil.which("pypy3")
        if pypy is None:
            sys.exit("run.py: --pypy: pypy3 is not installed")
        interpreters.append(("PyPy", pypy))
    names = args.names or sorted(f[:-3] for f in os.listdir(PROGRAMS) if f.endswith(".py"))

    others = [name for name, _ in interpreters[1:]]
    header = ["program", "CPython s"]
    for name in others:
        header += [f"{name} s", "speed-up" if len(others) == 1 else f"{name} speed-up"]
    clock = "user+system CPU time" if args.cpu else "wall time"
    print(f"{args.runs} runs each, median {clock} in seconds; speed-up = CPython time / time\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    speedups = {name: [] for name in others}
    for program in names:
        path = os.path.join(PROGRAMS, program.removesuffix(".py") + ".py")
        if not os.path.exists(path):
            sys.exit(f"run.py: no program {path}")
        results = bench_program(path, interpreters, args.runs, args.timeout, args.cpu)
        base = results["CPython"]
        if isinstance(base, Failure):
            row = [program, f"FAIL: {base}"] + [""] * (2 * len(others))
        else:
            row = [program, f"{base:.3f}"]
            for name in others:
                t = results[name]
                if isinstance(t, Failure):
                    row += [f"FAIL: {t}", ""]
                else:
                    speedups[name].append(base / t)
                    row += [f"{t:.3f}", f"{base / t:.2f}x"]
        print("| " + " | ".join(row) + " |", flush=True)
    for name in others:
        s = speedups[name]
        if s:
            mean = math.exp(sum(math.log(x) for x in s) / len(s))
            print(f"\n{name}: geometric mean speed-up {mean:.2f}x over the {len(s)} of"
                  f" {len(names)} programs that ran")
        else:
            print(f"\n{name}: no program ran")

    if args.startup > 0:
        medians = startup(interpreters, args.startup)
        parts = []
        for name, _ in interpreters:
            t = medians[name]
            if isinstance(t, Failure):
                parts.append(f"{name} FAIL: {t}")
            elif name == "CPython" or isinstance(medians["CPython"], Failure):
                parts.append(f"{name} {t * 1000:.1f} ms")
            else:
                parts.append(f"{name} {t * 1000:.1f} ms ({medians['CPython'] / t:.2f}x)")
        print(f"\nstart-up (`-c pass`, median wall time of {args.startup}): " + ", ".join(parts))


if __name__ == "__main__":
    main()
