#!/usr/bin/python3.11
"""Compares dxpy's symbol tables with CPython 3.11's on every .py file of the
standard library (its test/ package included when libpython3.11-testsuite is
installed; site-packages and dist-packages are skipped), and on the programs
of tests/compiler/symtable_cases/, written for the rules the standard library
rarely exercises.

For each file F (read as bytes), `dxpy --dump-symtable F` must print what
dump(symtable.symtable(src, F, "exec")) below prints: for each table,
recursively, its type, name, line, is_optimized() and is_nested(); for each
symbol in sorted order its packed flags and the Symbol predicates that hold;
for function tables get_parameters() (in table order), get_locals(),
get_globals(), get_nonlocals() and get_frees() (sorted: CPython adds free
names in set order).

Files CPython refuses: when its parser refuses F, `dxpy --dump-symtable F`
must give the stderr and exit status of `python3.11 F`; when the parser
accepts F but the symbol table (or the future statements) refuses it, both
`dxpy F` and `dxpy --dump-symtable F` must give exactly that error.

One line per failing file; full diffs go to build/symtable-failures/. The last
line printed is `N passed, N failed` (one test per file); exit status 1 on
any difference.

Usage: tests/compiler/symtable_test.py [--dxpy PATH] [-j N] [--stdlib DIR] [SUBSTRING ...]
       tests/compiler/symtable_test.py --dump FILE   (print CPython's dump of FILE)
"""
import argparse
import ast
import difflib
import multiprocessing
import os
import shutil
import subprocess
import sys
import symtable
import sysconfig
import time

REF_PYTHON = "/usr/bin/python3.11"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FAILURE_DIR = os.path.join(ROOT, "build", "symtable-failures")
CASES_DIR = os.path.join(ROOT, "tests", "compiler", "symtable_cases")
TIMEOUT = 120
ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
PREDICATES = ("referenced", "imported", "parameter", "global", "declared_global", "local", "annotated", "free",
              "assigned", "namespace", "nonlocal")
METHODS = tuple((" " + p, "is_" + p) for p in PREDICATES)

_dxpy = None  # set in each worker


def dump_table(t, out, depth=0):
    ind = "  " * depth
    out.append(f"{ind}{t.get_type()} {t.get_name()} line={t.get_lineno()} "
               f"optimized={int(t.is_optimized())} nested={int(t.is_nested())}")
    raw = t._table.symbols  # the packed flags: flags | scope << 11
    children = t.get_children()
    # What t.lookup(name) builds, without its scan of the children per name.
    namespaces = {}
    for child in children:
        namespaces.setdefault(child.get_name(), []).append(child)
    module_scope = t.get_name() == "top"
    for name in sorted(raw):
        s = symtable.Symbol(name, raw[name], namespaces.get(name), module_scope=module_scope)
        out.append(f"{ind}  sym {name} {raw[name]}:" + "".join(p for p, m in METHODS if getattr(s, m)()))
    if isinstance(t, symtable.Function):
        out.append(f"{ind}  parameters:" + "".join(" " + n for n in t.get_parameters()))
        for label in ("locals", "globals", "nonlocals", "frees"):
            out.append(f"{ind}  {label}:" + "".join(" " + n for n in sorted(getattr(t, "get_" + label)())))
    for child in children:
        dump_table(child, out, depth + 1)


def dump(src, filename):
    out = []
    dump_table(symtable.symtable(src, filename, "exec"), out)
    return ("\n".join(out) + "\n").encode("utf-8")


def find_files(stdlib):
    files = []
    for d, dirs, names in os.walk(stdlib):
        dirs[:] = sorted(x for x in dirs if x not in ("site-packages", "dist-packages", "__pycache__"))
        files.extend(os.path.join(d, n) for n in sorted(names) if n.endswith(".py"))
    return files


def run(cmd):
    try:
        r = subprocess.run(cmd, env=ENV, stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return None, b"", b""


def write_diff(path, kind, want, got):
    os.makedirs(FAILURE_DIR, exist_ok=True)
    out = os.path.join(FAILURE_DIR, path.strip("/").replace("/", "__") + f".{kind}.diff")
    a = want.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    b = got.decode("utf-8", "backslashreplace").splitlines(keepends=True)
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"# {path}: {kind}\n")
        f.writelines(difflib.unified_diff(a, b, "python3.11", "dxpy", n=3))
    return out


def first_difference(want, got):
    wl, gl = want.splitlines(), got.splitlines()
    for i, (w, g) in enumerate(zip(wl, gl)):
        if w != g:
            return f"line {i + 1}: expected {w[:120]!r}, got {g[:120]!r}"
    return f"expected {len(wl)} lines, got {len(gl)}"


def check_refused(path, options):
    """CPython refuses the file: each dxpy run must print python3.11's error."""
    ref_status, _, ref_err = run([REF_PYTHON, path])
    problems = []
    for opts in options:
        status, out, err = run([_dxpy] + opts + [path])
        what = " ".join(opts + ["F"])
        if status is None:
            problems.append(f"dxpy {what}: timed out")
        elif (status, out, err) != (ref_status, b"", ref_err):
            detail = (f"exit status {status}, expected {ref_status}" if status != ref_status else
                      "stdout not empty" if out else first_difference(ref_err, err))
            diff = write_diff(path, "error", ref_err, err) if err != ref_err else ""
            problems.append(f"dxpy {what} (CPython refuses it): {detail} {diff}".rstrip())
    return problems


def check_file(path):
    """Returns (path, refusal or None, [problems])."""
    with open(path, "rb") as f:
        src = f.read()
    try:
        want = dump(src, path)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
        reason = f"{type(e).__name__}: {e}"
        try:
            ast.parse(src, path)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return path, "parser: " + reason, check_refused(path, [["--dump-symtable"]])
        return path, "symtable: " + reason, check_refused(path, [["--dump-symtable"], []])
    status, out, err = run([_dxpy, "--dump-symtable", path])
    if status is None:
        return path, None, ["timed out"]
    if status != 0:
        last = err.decode("utf-8", "backslashreplace").strip().splitlines()[-1:] or ["(no stderr)"]
        return path, None, [f"exit status {status}: {last[0][:200]}"]
    if out != want:
        return path, None, [f"{first_difference(want, out)} {write_diff(path, 'dump', want, out)}"]
    if err:
        return path, None, [f"unexpected stderr: {err[:200]!r}"]
    return path, None, []


def init_worker(dxpy):
    global _dxpy
    _dxpy = dxpy


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dxpy", default=os.environ.get("DXPY", os.path.join(ROOT, "build/release/dxpy")))
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--stdlib", default=None, help="default: python3.11's sysconfig stdlib path")
    ap.add_argument("--dump", metavar="FILE", help="print CPython's dump of FILE and exit")
    ap.add_argument("filters", nargs="*", help="only files whose path contains one of these")
    args = ap.parse_args()
    if args.dump:
        with open(args.dump, "rb") as f:
            sys.stdout.buffer.write(dump(f.read(), args.dump))
        return 0
    dxpy = os.path.abspath(args.dxpy)
    if not os.access(dxpy, os.X_OK):
        print(f"dxpy not found at {dxpy}\n0 passed, 1 failed")
        return 1
    stdlib = args.stdlib or sysconfig.get_paths()["stdlib"]
    files = find_files(stdlib) + find_files(CASES_DIR)
    if args.filters:
        files = [f for f in files if any(s in f for s in args.filters)]
    has_tests = os.path.isdir(os.path.join(stdlib, "test", "support"))
    shutil.rmtree(FAILURE_DIR, ignore_errors=True)

    start = time.monotonic()
    failed, refused = [], []
    with multiprocessing.Pool(args.jobs, initializer=init_worker, initargs=(dxpy,)) as pool:
        for path, reason, problems in pool.imap_unordered(check_file, files, chunksize=8):
            if reason:
                refused.append((path, reason, not problems))
            if problems:
                failed.append(path)
                for p in problems:
                    print(f"FAIL {path}: {p}", flush=True)
    elapsed = time.monotonic() - start

    print(f"\nstandard library: {stdlib} (test/ {'included' if has_tests else 'NOT included'}) and "
          f"{os.path.relpath(CASES_DIR, ROOT)}/: {len(files)} files")
    if refused:
        print(f"files CPython refuses ({len(refused)}), which must give the same error:")
        for path, reason, same in sorted(refused):
            shown = os.path.relpath(path, stdlib if path.startswith(stdlib) else ROOT)
            print(f"  {'same' if same else 'DIFF'}  {shown}: {reason}")
    if failed:
        print(f"full diffs in {os.path.relpath(FAILURE_DIR, os.getcwd())}/")
    print(f"time: {elapsed:.1f} s with {args.jobs} workers")
    print(f"{len(files) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed or not files else 0


if __name__ == "__main__":
    sys.exit(main())
