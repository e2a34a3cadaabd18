#!/usr/bin/python3.11
"""Extreme inputs for the tokenizer and parser: invalid UTF-8, NUL bytes,
100,000-deep nesting of every kind, 50 MB single lines. Each must end in a
tree or a Python exception, never a crash or a hang.

dxpy runs each input as a script. It passes when:
- it exits 0 (the program ran), 1 with an exception line (a SyntaxError, or
  any exception the program raised while running), or 70 (it uses something
  the compiler does not translate yet), within the time limit, killed by no
  signal; and
- for inputs small enough to give to python3.11 as well: when CPython's parser
  refuses the input, dxpy gives the same last line (exception and message);
  when CPython parses it (it may still fail later, in its compiler), dxpy
  parses it too or raises RecursionError/MemoryError.

The inputs are generated into build/limits/. The last line printed is
`N passed, N failed`.

Usage: tests/parser/limits_test.py [--dxpy PATH] [--no-large]
"""
import argparse
import os
import subprocess
import sys

REF_PYTHON = "/usr/bin/python3.11"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORK = os.path.join(ROOT, "build", "limits")
ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
EXCEPTIONS = (b"SyntaxError", b"IndentationError", b"TabError", b"MemoryError", b"RecursionError")
SYNTAX_ERRORS = (b"SyntaxError", b"IndentationError", b"TabError")


def is_exception_line(line):
    """`Name: message` or `Name`, as the last line of a printed exception."""
    name = line.split(b":", 1)[0]
    return bool(name) and name[:1].isupper() and name.replace(b".", b"").replace(b"_", b"").isalnum()
NOT_IMPLEMENTED = 70
TIMEOUT = 120
DEEP = 100_000
BIG = 50 * 1024 * 1024


def nested_ifs(depth):
    return "".join(" " * i + "if x:\n" for i in range(depth)) + " " * depth + "pass\n"


# name -> (source bytes, compare with python3.11)
def cases(large):
    c = {
        "invalid_utf8": (b"x = '\xff\xfe'\n", True),
        "invalid_utf8_in_comment": (b"# \xc3\x28\nx = 1\n", True),
        "nul_byte": (b"x = 1\x00\n", False),  # CPython's file reader stops the line at NUL and runs it
        "nul_in_string": (b"x = 'a\x00b'\n", True),
        "nul_only": (b"\x00", False),
        "deep_parens": (b"(" * DEEP, True),
        "deep_parens_closed": (b"(" * DEEP + b")" * DEEP + b"\n", True),
        "deep_brackets": (b"x = " + b"[" * DEEP + b"]" * DEEP + b"\n", True),
        "deep_unary_minus": (b"x = " + b"-" * DEEP + b"1\n", True),
        "deep_not": (b"x = " + b"not " * DEEP + b"y\n", True),
        "deep_lambda": (b"f = " + b"lambda: " * DEEP + b"0\n", True),
        "deep_power": (b"x = " + b"2 ** " * DEEP + b"2\n", True),
        "deep_await": (b"async def f():\n    return " + b"await " * DEEP + b"x\n", True),
        "deep_conditional": (b"x = " + b"a if b else " * DEEP + b"c\n", True),
        "deep_starred_tuple": (b"x = " + b"(*" * DEEP + b"a" + b",)" * DEEP + b"\n", True),
        "deep_indentation": (nested_ifs(1000).encode(), True),
        "long_attribute_chain": (b"x = a" + b".b" * DEEP + b"\n", True),
        "long_call_chain": (b"x = f" + b"()" * DEEP + b"\n", True),
        "long_subscript_chain": (b"x = a" + b"[0]" * DEEP + b"\n", True),
        "long_binop_chain": (b"x = 1" + b" + 1" * DEEP + b"\n", True),
        "long_comparison_chain": (b"x = a" + b" < a" * DEEP + b"\n", True),
        "long_boolop_chain": (b"x = a" + b" and a" * DEEP + b"\n", True),
        "long_string_concatenation": (b"x = " + b"'a' " * DEEP + b"\n", True),
        "many_statements_one_line": (b"x = 1; " * DEEP + b"\n", True),
        "many_lines": (b"x = 1\n" * DEEP, True),
        "many_fstring_parts": (b"x = f'" + b"{a}b" * (DEEP // 10) + b"'\n", True),
    }
    if large:
        c.update({
            "line_50mb_string": (b"x = '" + b"a" * BIG + b"'\n", False),
            "line_50mb_comment": (b"# " + b"a" * BIG + b"\n", False),
            "line_50mb_list": (b"x = [" + b"1, " * (BIG // 3) + b"]\n", False),
            "line_50mb_binop": (b"x = 1" + b"+1" * (BIG // 2) + b"\n", False),
            "line_50mb_unclosed": (b"x = (" + b"a, " * (BIG // 3) + b"\n", False),
            "line_50mb_invalid_char": (b"x = " + b"a + " * (BIG // 4) + b"$\n", False),
        })
    return c


def last_line(stderr):
    return stderr.rstrip(b"\n").rsplit(b"\n", 1)[-1]


def run(cmd, path):
    try:
        r = subprocess.run(cmd + [path], cwd=ROOT, env=ENV, stdin=subprocess.DEVNULL, capture_output=True,
                           timeout=TIMEOUT)
        return r.returncode, r.stderr
    except subprocess.TimeoutExpired:
        return None, b""


def check(dxpy, name, data, compare):
    path = os.path.join(WORK, name + ".py")
    if not (os.path.exists(path) and os.path.getsize(path) == len(data)):
        with open(path, "wb") as f:
            f.write(data)
    status, err = run([dxpy], path)
    if status is None:
        return f"timed out after {TIMEOUT} s"
    if status < 0:
        return f"killed by signal {-status}: {last_line(err)[:200]!r}"
    if status == 1 and not is_exception_line(last_line(err)):
        return f"exit status 1 without a Python exception: {last_line(err)[:200]!r}"
    if status not in (0, 1, NOT_IMPLEMENTED):
        return f"exit status {status}: {last_line(err)[:200]!r}"
    if not compare:
        return None
    ref_status, ref_err = run([REF_PYTHON], path)
    ref_last = last_line(ref_err)
    parser_refuses = ref_status not in (0, None) and ref_last.startswith(EXCEPTIONS) and b"Traceback" not in ref_err \
        and b"during compilation" not in ref_last
    if parser_refuses:
        if status != 1 or last_line(err) != ref_last:
            return f"expected {ref_last[:200]!r}, got exit status {status}: {last_line(err)[:200]!r}"
    elif status == 1 and last_line(err).startswith(SYNTAX_ERRORS):
        return f"CPython parses it, dxpy says {last_line(err)[:200]!r}"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dxpy", default=os.environ.get("DXPY", os.path.join(ROOT, "build/release/dxpy")))
    ap.add_argument("--no-large", action="store_true", help="skip the 50 MB inputs")
    args = ap.parse_args()
    dxpy = os.path.abspath(args.dxpy)
    os.makedirs(WORK, exist_ok=True)
    failed = 0
    all_cases = cases(not args.no_large)
    for name, (data, compare) in all_cases.items():
        problem = check(dxpy, name, data, compare)
        if problem:
            failed += 1
            print(f"FAIL {name}: {problem}", flush=True)
    print(f"{len(all_cases) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
