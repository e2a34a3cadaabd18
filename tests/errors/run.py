#!/usr/bin/python3.11
"""Runs dxpy on every invalid program in tests/errors/ and compares its stderr
and exit status, byte for byte, with CPython 3.11's (NAME.stderr, NAME.status,
made by regenerate.py).

Usage: tests/errors/run.py [--dxpy PATH] [-v] [NAME.py ...]
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
TIMEOUT = 20  # seconds; a hang is a failure


def run_one(dxpy, name):
    """Returns None on success, else a description with a diff."""
    rel = f"tests/errors/{name}"
    stem = os.path.join(HERE, name[:-3])
    try:
        with open(stem + ".stderr", "rb") as f:
            want_err = f.read().replace(ROOT_TOKEN, os.fsencode(ROOT))
        with open(stem + ".status") as f:
            want_status = int(f.read())
    except OSError as e:
        return f"{rel}: no expected output ({e.strerror}); run tests/errors/regenerate.py"
    try:
        r = subprocess.run([dxpy, rel], cwd=ROOT, env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"},
                           stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return f"{rel}: timed out after {TIMEOUT} s"
    if r.returncode == want_status and r.stderr == want_err and not r.stdout:
        return None
    lines = [f"{rel}: "]
    if r.returncode != want_status:
        lines[0] += f"exit status {r.returncode}, expected {want_status}"
    else:
        lines[0] += "stderr differs" if r.stderr != want_err else "unexpected stdout"
    if r.stderr != want_err:
        want = want_err.decode("utf-8", "backslashreplace").splitlines(keepends=True)
        got = r.stderr.decode("utf-8", "backslashreplace").splitlines(keepends=True)
        for line in difflib.unified_diff(want, got, "python3.11", "dxpy", n=2):
            lines.append("    " + line.rstrip("\n") + ("" if line.endswith("\n") else "  (no newline)"))
    if r.stdout:
        lines.append("    stdout: " + r.stdout[:200].decode("utf-8", "backslashreplace"))
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dxpy", default=os.environ.get("DXPY", os.path.join(ROOT, "build/release/dxpy")))
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true", help="print passing tests too")
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
            print(f"ok   tests/errors/{name}")
    print(f"{len(names) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
