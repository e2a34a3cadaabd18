#!/usr/bin/python3.11
"""Compares dxpy's parser with CPython 3.11's on every .py file of the standard
library (its test/ package included when libpython3.11-testsuite is installed;
site-packages and dist-packages are skipped).

For each file F (read as bytes):
  dxpy --dump-ast F            must print ast.dump(ast.parse(src, F)) + newline
  dxpy --dump-ast-positions F  must print ast.dump(tree, include_attributes=True) + newline
If CPython refuses to parse F, both must give exactly the stderr and exit
status of `python3.11 F` (the SyntaxError as a script's is printed).

One line per failing file with a short hint; full diffs (of the dumps pretty-
printed one token per line) go to build/stdlib-dump-failures/. The last line
printed is `N passed, N failed` (one test per file); exit status 1 on any
difference.

Usage: tests/parser/stdlib_dump_test.py [--dxpy PATH] [-j N] [--stdlib DIR] [SUBSTRING ...]
"""
import argparse
import ast
import multiprocessing
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time

REF_PYTHON = "/usr/bin/python3.11"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FAILURE_DIR = os.path.join(ROOT, "build", "stdlib-dump-failures")
TIMEOUT = 120
ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}

_dxpy = None  # set in each worker


def find_files(stdlib):
    files = []
    for d, dirs, names in os.walk(stdlib):
        dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "dist-packages", "__pycache__"))
        files.extend(os.path.join(d, n) for n in sorted(names) if n.endswith(".py"))
    return files


def pretty(text):
    """Breaks an ast.dump() line into one token per line, indented by depth,
    so that a diff of two dumps is readable. String literals stay whole."""
    out, depth, i, n = [], 0, 0, len(text)
    line = []

    def flush():
        if line:
            out.append("  " * depth + "".join(line))
            line.clear()

    while i < n:
        c = text[i]
        if c in "'\"":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            line.append(text[i:j + 1])
            i = j + 1
            continue
        if c in "([" and i + 1 < n and text[i + 1] in ")]":
            line.append(text[i:i + 2])  # Load(), []
            i += 2
            continue
        if c in "([":
            line.append(c)
            flush()
            depth += 1
        elif c in ")]":
            flush()
            depth = max(depth - 1, 0)
            line.append(c)
        elif c == "," and text.startswith(", ", i):
            line.append(",")
            flush()
            i += 2
            continue
        else:
            line.append(c)
        i += 1
    flush()
    return "\n".join(out) + "\n"


def first_difference(want, got):
    i = 0
    m = min(len(want), len(got))
    while i < m and want[i] == got[i]:
        i += 1
    return i


def hint(want, got):
    """A short excerpt around the first difference."""
    i = first_difference(want, got)
    lo = max(i - 30, 0)
    w = want[lo:i + 40].decode("utf-8", "backslashreplace").replace("\n", "\\n")
    g = got[lo:i + 40].decode("utf-8", "backslashreplace").replace("\n", "\\n")
    return f"at byte {i}: expected ...{w}... got ...{g}..."


def write_diff(path, kind, want, got, is_dump):
    os.makedirs(FAILURE_DIR, exist_ok=True)
    name = path.strip("/").replace("/", "__") + f".{kind}.diff"
    out = os.path.join(FAILURE_DIR, name)
    with tempfile.TemporaryDirectory() as tmp:
        a, b = os.path.join(tmp, "python3.11"), os.path.join(tmp, "dxpy")
        for p, data in ((a, want), (b, got)):
            with open(p, "w", encoding="utf-8", errors="backslashreplace") as f:
                text = data.decode("utf-8", "backslashreplace")
                f.write(pretty(text) if is_dump else text)
        r = subprocess.run(["diff", "-u", "--label", f"python3.11 ({kind})", "--label", f"dxpy ({kind})", a, b],
                           capture_output=True)
    with open(out, "wb") as f:
        f.write(f"# {path}: dxpy --dump-ast{'-positions' if kind == 'positions' else ''} {path}\n".encode())
        f.write(r.stdout[:4_000_000])
    return out


def run_dxpy(option, path):
    try:
        r = subprocess.run([_dxpy, option, path], env=ENV, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=TIMEOUT)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return None, b"", b""


def check_file(path):
    """Returns (path, refused_reason or None, [problem lines])."""
    with open(path, "rb") as f:
        src = f.read()
    problems = []
    try:
        tree = ast.parse(src, path)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        reason = f"{type(e).__name__}: {e}"
        ref = subprocess.run([REF_PYTHON, path], env=ENV, stdin=subprocess.DEVNULL, capture_output=True,
                             timeout=TIMEOUT)
        for option, kind in (("--dump-ast", "dump"), ("--dump-ast-positions", "positions")):
            status, out, err = run_dxpy(option, path)
            if status is None:
                problems.append(f"{kind}: timed out")
            elif (status, out, err) != (ref.returncode, b"", ref.stderr):
                what = f"exit status {status}, expected {ref.returncode}" if status != ref.returncode else (
                    "stdout not empty" if out else "error output differs")
                h = hint(ref.stderr, err) if err != ref.stderr else ""
                diff = write_diff(path, kind, ref.stderr, err, False) if err != ref.stderr else ""
                problems.append(f"{kind} (CPython refuses it): {what} {h} {diff}".rstrip())
        return path, reason, problems
    expected = {
        "dump": (ast.dump(tree) + "\n").encode("utf-8"),
        "positions": (ast.dump(tree, include_attributes=True) + "\n").encode("utf-8"),
    }
    del tree
    for option, kind in (("--dump-ast", "dump"), ("--dump-ast-positions", "positions")):
        status, out, err = run_dxpy(option, path)
        want = expected[kind]
        if status is None:
            problems.append(f"{kind}: timed out")
        elif status != 0:
            first = err.decode("utf-8", "backslashreplace").strip().splitlines()[-1:] or ["(no stderr)"]
            problems.append(f"{kind}: exit status {status}: {first[0][:150]}")
        elif out != want:
            problems.append(f"{kind}: {hint(want, out)} {write_diff(path, kind, want, out, True)}")
        elif err:
            problems.append(f"{kind}: unexpected stderr: {err[:150]!r}")
        if kind == "dump" and problems:
            break  # the positions form would differ the same way
    return path, None, problems


def init_worker(dxpy):
    global _dxpy
    _dxpy = dxpy


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dxpy", default=os.environ.get("DXPY", os.path.join(ROOT, "build/release/dxpy")))
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--stdlib", default=None, help="default: python3.11's sysconfig stdlib path")
    ap.add_argument("filters", nargs="*", help="only files whose path contains one of these")
    args = ap.parse_args()
    dxpy = os.path.abspath(args.dxpy)
    if not os.access(dxpy, os.X_OK):
        print(f"dxpy not found at {dxpy}\n0 passed, 1 failed")
        return 1
    stdlib = args.stdlib or sysconfig.get_paths()["stdlib"]
    files = find_files(stdlib)
    if args.filters:
        files = [f for f in files if any(s in f for s in args.filters)]
    has_tests = os.path.isdir(os.path.join(stdlib, "test", "support"))
    shutil.rmtree(FAILURE_DIR, ignore_errors=True)

    start = time.monotonic()
    failed, refused = [], []
    with multiprocessing.Pool(args.jobs, initializer=init_worker, initargs=(dxpy,)) as pool:
        for path, reason, problems in pool.imap_unordered(check_file, files, chunksize=4):
            if reason:
                refused.append((path, reason, not problems))
            if problems:
                failed.append(path)
                for p in problems:
                    print(f"FAIL {path}: {p}", flush=True)
    elapsed = time.monotonic() - start

    print(f"\nstandard library: {stdlib} ({len(files)} files{', test/ included' if has_tests else ', NO test/ package'})")
    if refused:
        print(f"files CPython refuses to parse ({len(refused)}), which must give the same error:")
        for path, reason, same in sorted(refused):
            print(f"  {'same' if same else 'DIFF'}  {os.path.relpath(path, stdlib)}: {reason}")
    if failed:
        print(f"full diffs in {os.path.relpath(FAILURE_DIR, os.getcwd())}/")
    print(f"time: {elapsed:.1f} s with {args.jobs} workers")
    print(f"{len(files) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main())
