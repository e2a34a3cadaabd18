#!/usr/bin/python3.11
"""Random programs full of scopes, compared between dxpy and CPython 3.11.

Generates small programs that nest functions, classes, lambdas and
comprehensions and mix global, nonlocal, :=, super(), annotations, imports
and private names over a tiny pool of names, so that scope rules interact.
Each program must give the same `--dump-symtable` output as CPython's
symtable module (see symtable_test.py), or, when CPython's symbol table
refuses it, the same error as `python3.11 FILE`.

Not part of scripts/test.sh (the standard-library suite is); run it after
changing the symbol table:

    tests/compiler/symtable_random.py [--dxpy PATH] [-n COUNT] [--seed N] [-j N]

Failing programs are written to build/symtable-random/. The last line
printed is `N passed, N failed`.
"""
import argparse
import ast
import multiprocessing
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import symtable_test  # noqa: E402

REF_PYTHON = "/usr/bin/python3.11"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(ROOT, "build", "symtable-random")
ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
NAMES = ["a", "b", "c", "__p", "__class__", "super", "x"]


class Gen:
    def __init__(self, rng):
        self.r = rng
        self.lines = []
        self.counter = 0

    def name(self):
        return self.r.choice(NAMES)

    def fresh(self, prefix):
        self.counter += 1
        return f"{prefix}{self.counter}"

    def expr(self, depth, in_func, in_async):
        r = self.r
        k = r.randrange(16 if depth < 3 else 3)
        if k <= 1:
            return self.name()
        if k == 2:
            return str(r.randrange(10))
        if k == 3:
            return f"(lambda {self.params(depth)}: {self.expr(depth + 1, True, False)})"
        if k == 4:
            t = self.name()
            kind = r.choice(["[{e} for {t} in {i}{c}]", "{{{e} for {t} in {i}{c}}}", "({e} for {t} in {i}{c})",
                             "{{{e}: {e2} for {t} in {i}{c}}}", "[{e} for {t} in {i} for {t2} in {i2}{c}]"])
            cond = f" if {self.expr(depth + 1, True, False)}" if r.random() < 0.3 else ""
            return kind.format(e=self.expr(depth + 1, True, in_async), e2=self.expr(depth + 1, True, in_async), t=t,
                               t2=self.name(), i=self.expr(depth + 1, in_func, in_async),
                               i2=self.expr(depth + 1, True, in_async), c=cond)
        if k == 5:
            return f"({self.name()} := {self.expr(depth + 1, in_func, in_async)})"
        if k == 6:
            return "super()"
        if k == 7 and in_func:
            return f"(yield {self.expr(depth + 1, in_func, in_async)})"
        if k == 8 and in_async:
            return f"(await {self.expr(depth + 1, in_func, in_async)})"
        if k == 9:
            return f"{self.expr(depth + 1, in_func, in_async)}({self.expr(depth + 1, in_func, in_async)})"
        if k == 10:
            return f"{self.name()}.{self.name()}"
        return self.name()

    def params(self, depth):
        r = self.r
        ps = []
        names = r.sample(NAMES, 4)  # distinct, mostly: a duplicate now and then
        if r.random() < 0.05:
            names[1] = names[0]
        defaults = False
        for _ in range(r.randrange(3)):
            p = names.pop()
            if defaults or r.random() < 0.2:
                defaults = True
                p += f"={self.expr(depth + 1, False, False)}"
            ps.append(p)
        if r.random() < 0.2:
            ps.append("*" + names.pop())
        if r.random() < 0.1:
            ps.append("**" + names.pop())
        return ", ".join(ps)

    def body(self, indent, depth, kind, in_async):
        n = self.r.randrange(1, 5)
        for _ in range(n):
            self.stmt(indent, depth, kind, in_async)

    def emit(self, indent, text):
        self.lines.append("    " * indent + text)

    def stmt(self, indent, depth, kind, in_async):
        r = self.r
        in_func = kind == "function"
        e = lambda: self.expr(0, in_func, in_async)  # noqa: E731
        k = r.randrange(20 if depth < 3 else 12)
        if k <= 2:
            self.emit(indent, f"{self.name()} = {e()}")
        elif k == 3:
            self.emit(indent, f"{self.name()} += {e()}")
        elif k == 4 and r.random() < 0.5:
            self.emit(indent, f"global {self.name()}")
        elif k == 5 and kind != "module" and r.random() < 0.5:
            self.emit(indent, f"nonlocal {self.name()}")
        elif k == 6:
            self.emit(indent, f"print({e()})")
        elif k == 7:
            self.emit(indent, f"{self.name()}: {e()}" + (f" = {e()}" if r.random() < 0.5 else ""))
        elif k == 8:
            self.emit(indent, r.choice([f"import {self.name()}", f"from m import {self.name()}",
                                        f"import {self.name()}.q as {self.name()}"]))
        elif k == 9:
            self.emit(indent, f"del {self.name()}")
        elif k == 10 and in_func:
            self.emit(indent, f"return {e()}")
        elif k == 11:
            self.emit(indent, f"for {self.name()} in {e()}:")
            self.body(indent + 1, depth + 1, kind, in_async)
        elif k in (12, 13, 14):
            is_async = r.random() < 0.2
            name = r.choice([self.fresh("f"), self.name(), "__m"])
            ret = f" -> {self.expr(0, in_func, in_async)}" if r.random() < 0.2 else ""
            self.emit(indent, f"{'async ' if is_async else ''}def {name}({self.params(0)}){ret}:")
            self.body(indent + 1, depth + 1, "function", is_async)
        elif k in (15, 16):
            self.emit(indent, f"class {r.choice([self.fresh('C'), '__K', '_'])}:")
            self.body(indent + 1, depth + 1, "class", False)
        elif k == 17:
            self.emit(indent, "try:")
            self.body(indent + 1, depth + 1, kind, in_async)
            self.emit(indent, f"except E as {self.name()}:")
            self.body(indent + 1, depth + 1, kind, in_async)
        elif k == 18:
            self.emit(indent, f"with {e()} as {self.name()}:")
            self.body(indent + 1, depth + 1, kind, in_async)
        elif k == 19:
            self.emit(indent, f"match {e()}:")
            first, rest = r.sample(NAMES, 2)
            self.emit(indent + 1, f"case [{first}, *{rest}]:")
            self.body(indent + 2, depth + 1, kind, in_async)
            self.emit(indent + 1, f"case {{'k': {self.name()}, **{self.name()}}} | {self.name()}.{self.name()}():")
            self.body(indent + 2, depth + 1, kind, in_async)
        else:
            self.emit(indent, f"{self.name()} = {e()}")

    def program(self):
        if self.r.random() < 0.2:
            self.lines.append("from __future__ import annotations")
        self.body(0, 0, "module", False)
        return "\n".join(self.lines) + "\n"


def check(args):
    dxpy, seed = args
    src = Gen(random.Random(seed)).program()
    try:
        ast.parse(src)
    except SyntaxError:
        return seed, None  # the generator made something the parser refuses: not interesting
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(src)
        path = f.name
    try:
        try:
            want = symtable_test.dump(src.encode(), path)
            r = subprocess.run([dxpy, "--dump-symtable", path], env=ENV, capture_output=True, timeout=60)
            if r.stdout == want and r.returncode == 0:
                return seed, None
            return seed, (src, symtable_test.first_difference(want, r.stdout) + " " + r.stderr.decode()[-300:])
        except (SyntaxError, RecursionError):
            ref = subprocess.run([REF_PYTHON, path], env=ENV, capture_output=True, timeout=60,
                                 stdin=subprocess.DEVNULL)
            r = subprocess.run([dxpy, "--dump-symtable", path], env=ENV, capture_output=True, timeout=60)
            if (r.returncode, r.stderr) == (ref.returncode, ref.stderr):
                return seed, None
            return seed, (src, f"python3.11: {ref.stderr.decode()[-300:]!r}\ndxpy: {r.stderr.decode()[-300:]!r}")
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dxpy", default=os.environ.get("DXPY", os.path.join(ROOT, "build/release/dxpy")))
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()
    dxpy = os.path.abspath(args.dxpy)
    seeds = range(args.seed, args.seed + args.n)
    failed = 0
    with multiprocessing.Pool(args.jobs) as pool:
        for seed, problem in pool.imap_unordered(check, [(dxpy, s) for s in seeds], chunksize=8):
            if problem:
                failed += 1
                os.makedirs(OUT_DIR, exist_ok=True)
                with open(os.path.join(OUT_DIR, f"seed{seed}.py"), "w") as f:
                    f.write(problem[0])
                print(f"FAIL seed {seed}: {problem[1]}", flush=True)
    print(f"{args.n - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
