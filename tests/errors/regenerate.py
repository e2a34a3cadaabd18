#!/usr/bin/python3.11
"""Regenerates the expected output of the error tests from CPython 3.11.

Each tests/errors/NAME.py is run as `python3.11 tests/errors/NAME.py` from the
repository root; its stderr is stored in NAME.stderr and its exit status in
NAME.status. CPython names the script by its absolute path, so the repository
root in the output is replaced by the token {ROOT} (run.py puts it back).

Only programs that CPython refuses before running anything are accepted: the
parser must reject them (ast.parse raises), or the symbol table must
(symtable.symtable raises: the future statements and scope errors CPython's
compiler finds before generating code), or, for decoding errors that only the
file reader reports, the file must not be valid UTF-8. Programs that get past
the symbol table (and so would run, or fail in the code generator) are
refused and never run.

Usage: tests/errors/regenerate.py [NAME.py ...]   (default: all)
"""
import ast
import os
import subprocess
import symtable
import sys

REF_PYTHON = "/usr/bin/python3.11"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ROOT_TOKEN = b"{ROOT}"
ERROR_TYPES = (b"SyntaxError", b"IndentationError", b"TabError", b"MemoryError", b"RecursionError")


def test_env():
    # A fixed environment: UTF-8 output whatever the caller's locale.
    return {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}


def refused_before_codegen(data, rel):
    try:
        ast.parse(data, rel)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return True
    try:
        symtable.symtable(data, rel, "exec")
    except (SyntaxError, RecursionError):
        return True
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True  # only the file reader's decoding rejects it
    return False


def regenerate(name):
    rel = f"tests/errors/{name}"
    with open(os.path.join(ROOT, rel), "rb") as f:
        data = f.read()
    if not refused_before_codegen(data, rel):
        return f"{rel}: CPython's parser and symbol table accept it; not an error test (code generator errors are left out)"
    r = subprocess.run([REF_PYTHON, rel], cwd=ROOT, env=test_env(), stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=60)
    last = r.stderr.rstrip(b"\n").rsplit(b"\n", 1)[-1]
    if r.returncode == 0 or r.stdout or not last.startswith(ERROR_TYPES) or b"Traceback" in r.stderr:
        return f"{rel}: not a parse or symbol table error under python3.11 (status {r.returncode}): {last[:100]!r}"
    stem = os.path.join(HERE, name[:-3])
    with open(stem + ".stderr", "wb") as f:
        f.write(r.stderr.replace(os.fsencode(ROOT), ROOT_TOKEN))
    with open(stem + ".status", "w") as f:
        f.write(f"{r.returncode}\n")
    return None


def main():
    names = [os.path.basename(a) for a in sys.argv[1:]] or sorted(n for n in os.listdir(HERE) if n.endswith(".py")
                                                                  and n not in ("regenerate.py", "run.py"))
    problems = [p for p in map(regenerate, names) if p]
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(names) - len(problems)} regenerated, {len(problems)} refused")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
