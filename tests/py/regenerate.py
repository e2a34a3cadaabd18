#!/usr/bin/python3.11
"""Runs each tests/py/NAME.py with Debian's CPython 3.11 (from the repository
root, as `python3.11 tests/py/NAME.py`) and stores its stdout, stderr and exit
status as NAME.stdout, NAME.stderr and NAME.status; the repository's path in
stderr becomes {ROOT}. Run it after adding or changing a program.

Usage: tests/py/regenerate.py [NAME.py ...]
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
REF_PYTHON = "/usr/bin/python3.11"
ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0"}


def main():
    names = [os.path.basename(n) for n in sys.argv[1:]] or sorted(
        n for n in os.listdir(HERE) if n.endswith(".py") and n not in ("regenerate.py", "run.py"))
    for name in names:
        r = subprocess.run([REF_PYTHON, f"tests/py/{name}"], cwd=ROOT, env=ENV, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=120)
        stem = os.path.join(HERE, name[:-3])
        with open(stem + ".stdout", "wb") as f:
            f.write(r.stdout)
        with open(stem + ".stderr", "wb") as f:
            f.write(r.stderr.replace(os.fsencode(ROOT), b"{ROOT}"))
        with open(stem + ".status", "w") as f:
            f.write(f"{r.returncode}\n")
        print(f"{name}: status {r.returncode}, {len(r.stdout)} bytes of stdout")


if __name__ == "__main__":
    main()
