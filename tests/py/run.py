#!/usr/bin/python3.11
"""Runs dxpy on every program in tests/py/ and compares its stdout, stderr and
exit status, byte for byte, with CPython 3.11's (NAME.stdout, NAME.stderr and
NAME.status, made by regenerate.py).

Usage: tests/py/run.py [--dxpy PATH] [-v] [NAME.py ...]
The last line printed is `N passed, N failed`; the exit status is 1 on any failure.
"""
import argparse
import difflib
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ROOT_TOKEN = b"{ROOT}"
TIMEOUT = 60  # seconds; a hang is a failure
ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0"}


def expected(stem):
    with open(stem + ".stdout", "rb") as f:
        out = f.read()
    with open(stem + ".stderr", "rb") as f:
        err = f.read().replace(ROOT_TOKEN, os.fsencode(ROOT))
    with open(stem + ".status") as f:
        status = int(f.read())
    return out, err, status


def diff(label, want, got):
    lines = [f"    {label} differs:"]
    a = want.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    b = got.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    for line in list(difflib.unified_diff(a, b, "python3.11", "dxpy", n=2))[:40]:
        lines.append("      " + line.rstrip("\n"))
    return lines


def run_one(dxpy, name):
    rel = f"tests/py/{name}"
    try:
        want_out, want_err, want_status = expected(os.path.join(HERE, name[:-3]))
    except OSError as e:
        return f"{rel}: no expected output ({e.strerror}); run tests/py/regenerate.py"
    try:
        r = subprocess.run([dxpy, rel], cwd=ROOT, env=ENV, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return f"{rel}: timed out after {TIMEOUT} s"
    if (r.stdout, r.stderr, r.returncode) == (want_out, want_err, want_status):
        return None
    lines = [f"{rel}: exit status {r.returncode} (expected {want_status})"]
    if r.stdout != want_out:
        lines += diff("stdout", want_out, r.stdout)
    if r.stderr != want_err:
        lines += diff("stderr", want_err, r.stderr)
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dxpy", default=os.environ.get("DXPY", os.path.join(ROOT, "build/release/dxpy")))
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()
    dxpy = os.path.abspath(args.dxpy)
    names = [os.path.basename(n) for n in args.names] or sorted(
        n for n in os.listdir(HERE) if n.endswith(".py") and n not in ("regenerate.py", "run.py"))
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(lambda n: run_one(dxpy, n), names))
    failed = 0
    for name, problem in zip(names, results):
        if problem:
            failed += 1
            print("FAIL " + problem)
        elif args.verbose:
            print(f"ok   tests/py/{name}")
    print(f"{len(names) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
