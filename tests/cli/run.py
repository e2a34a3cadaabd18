#!/usr/bin/python3.11
"""The dxpy command line against python3.11's: option errors, version, missing
files, syntax errors from a file, -c, stdin and -m, symbol table errors, and
--dump-ast and --dump-symtable.

Both commands are run from the same scratch directory; each one's own path
(CPython prints argv[0] in its messages, and so does dxpy) is replaced by PROG
before comparing. The last line printed is `N passed, N failed`.

Usage: tests/cli/run.py [--dxpy PATH]
"""
import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile

REF_PYTHON = "/usr/bin/python3.11"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ENV = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
NOT_IMPLEMENTED = 70

FIXTURES = {
    "ok.py": b"print('hello')\n",
    "bad.py": b"x = 1\ny = (1,\n",
    "bad_indent.py": b"if x:\npass\n",
    "dup_arg.py": b"def f(a, a):\n    pass\n",
    "scopes.py": b"def f(a):\n    b = a\n    class C:\n        def m(self):\n            return super(), b\n",
    "latin1.py": "# -*- coding: latin-1 -*-\nname = 'café'\nprint(name +)\n".encode("latin-1"),
    "pkgdir/__main__.py": b"def f(:\n    pass\n",
    "nomain/placeholder.txt": b"",
    "input.py": (b"name = input('name? ')\nn = int(input())\nprint(f'hello {name}, {n * 2}')\n"
                 b"total = 0\nwhile True:\n    try:\n        line = input()\n    except EOFError:\n        break\n"
                 b"    total += len(line)\nprint(total, repr(line) if False else '')\n"),
    "argv.py": b"import sys\nprint(sys.argv, repr(sys.path[0]).endswith(\"'\"), __name__)\n",
    "stdin_lines.py": (b"import sys\nfirst = sys.stdin.readline()\nprint(repr(first))\n"
                       b"for i, line in enumerate(sys.stdin):\n    print(i, repr(line))\n    if i == 1:\n        break\n"
                       b"print(sys.stdin.readlines(), repr(sys.stdin.readline()), list(sys.stdin))\n"
                       b"sys.stdout.buffer.write(b'raw\\n')\nsys.stdout.writelines(['a\\n', 'b\\n'])\n"),
    "asserts.py": b"print(__debug__)\nassert (1, 2)\nassert 1 == 2, 'boom'\nprint('asserts are off')\n",
    "docstrings.py": b'"""module doc"""\nclass C:\n    "class doc"\ndef f():\n    "function doc"\n'
                     b'print(__doc__, C.__doc__, f.__doc__, sorted(globals())[:3])\n',
}

# (name, args, stdin, how): how is "same" (stdout, stderr and status equal to
# python3.11's) or a function checking dxpy's (status, stdout, stderr).
def cannot_run_yet(r):
    """A program using a construct the compiler does not translate yet."""
    return r[0] == NOT_IMPLEMENTED and r[1] == b"" and b"which dx-py cannot run yet" in r[2]


def needs_c_module(r):
    """A standard-library module that imports a C module dx-py lacks: a clean
    ModuleNotFoundError at the end of a traceback."""
    return (r[0] == 1 and r[1] == b"" and r[2].startswith(b"Traceback (most recent call last):\n")
            and r[2].splitlines()[-1].startswith(b"ModuleNotFoundError: No module named "))


def starts_with(prefix, status=0):
    return lambda r: r[0] == status and r[1].startswith(prefix) and r[2] == b""


def symtable_dump_of(path):
    sys.path.insert(0, os.path.join(ROOT, "tests", "compiler"))
    import symtable_test

    def check(r):
        with open(path, "rb") as f:
            want = symtable_test.dump(f.read(), path)
        return r == (0, want, b"")
    return check


def dump_of(path, positions):
    def check(r):
        with open(path, "rb") as f:
            tree = ast.parse(f.read(), path)
        want = (ast.dump(tree, include_attributes=positions) + "\n").encode()
        return r == (0, want, b"")
    return check


CASES = [
    ("version", ["-V"], None, "same"),
    ("version_long_option", ["--version"], None, "same"),
    ("version_then_command", ["-Vc", "pass"], None, "same"),
    ("version_verbose", ["-VV"], None, starts_with(b"Python 3.11.2 (")),
    ("help", ["-h"], None, starts_with(b"usage: PROG [option] ... [-c cmd | -m mod | file | -] [arg] ...\n")),
    ("help_question_mark", ["-?"], None, starts_with(b"usage: PROG [option] ...")),
    ("help_before_bad_option", ["-hZ"], None, starts_with(b"usage: PROG [option] ...")),
    ("help_env", ["--help-env"], None, starts_with(b"Environment variables that change behavior:\n")),
    ("help_xoptions", ["--help-xoptions"], None, starts_with(b"The following implementation-specific options")),
    ("help_all", ["--help-all"], None, starts_with(b"usage: PROG")),
    ("unknown_short_option", ["-Z"], None, "same"),
    ("unknown_option_in_group", ["-bZ"], None, "same"),
    ("unknown_option_after_version", ["-V", "-Z"], None, "same"),
    ("unknown_long_option", ["--foo"], None, "same"),
    ("long_option_with_value", ["--help=1"], None, "same"),
    ("jython_option", ["-J"], None, "same"),
    ("missing_command", ["-c"], None, "same"),
    ("missing_module", ["-m"], None, "same"),
    ("missing_warning_option", ["-W"], None, "same"),
    ("missing_x_option", ["-E", "-X"], None, "same"),
    ("missing_hash_pycs_value", ["--check-hash-based-pycs"], None, "same"),
    ("bad_hash_pycs_value", ["--check-hash-based-pycs", "sometimes"], None, "same"),
    ("missing_file", ["nosuchfile.py"], None, "same"),
    ("missing_file_in_directory", ["nodir/../x.py", "arg"], None, "same"),
    ("missing_file_after_double_dash", ["--", "-c"], None, "same"),
    ("missing_file_with_flags", ["-u", "-B", "-X", "dev", "-W", "error", "nosuch.py"], None, "same"),
    ("directory_without_main", ["nomain"], None, "same"),
    ("syntax_error_file", ["bad.py"], None, "same"),
    ("syntax_error_file_args", ["-E", "-s", "bad.py", "-x", "--", "y"], None, "same"),
    ("indentation_error_file", ["bad_indent.py"], None, "same"),
    ("syntax_error_latin1_file", ["latin1.py"], None, "same"),
    ("syntax_error_command", ["-c", "x = (1,\n"], None, "same"),
    ("syntax_error_command_attached", ["-cfor x in y"], None, "same"),
    ("syntax_error_stdin", [], b"if True:\nprint(1)\n", "same"),
    ("syntax_error_stdin_dash", ["-", "a", "b"], b"x = = 1\n", "same"),
    ("skip_first_line", ["-x", "bad.py"], None, "same"),
    ("module_not_found", ["-m", "no_such_module_dxpy"], None, "same"),
    ("module_package_without_main", ["-m", "json"], None, "same"),
    ("module_relative", ["-m", ".foo"], None, "same"),
    ("valid_file", ["ok.py"], None, "same"),
    ("sys_argv_file", ["argv.py", "a", "-b"], None, "same"),
    ("pythonpath", [{"PYTHONPATH": "pkgdir:/nonexistent/../x::./a/../b"}, "-c",
                    "import sys; print([p.endswith(('pkgdir', '/x', '/b')) for p in sys.path[1:6]])"], None, "same"),
    ("pythonpath_ignored", [{"PYTHONPATH": "pkgdir"}, "-E", "-c", "import sys; print(any(p.endswith('pkgdir') for p in sys.path))"], None, "same"),
    ("stdin_lines", ["stdin_lines.py"], b"l1\nl2\nl3\nl4\nl5", "same"),
    ("sys_argv_module", ["-m", "argv", "x"], None, "same"),
    ("sys_argv_command", ["-c", "import sys; print(sys.argv, repr(sys.path[0]))", "x"], None, "same"),
    ("sys_argv_stdin", ["-", "y"], b"import sys; print(sys.argv, repr(sys.path[0]))", "same"),
    ("valid_command", ["-c", "pass"], None, "same"),
    ("valid_command_prints", ["-c", "print(6 * 7)"], None, "same"),
    ("valid_stdin", [], b"x = 1\nprint(x + 1)\n", "same"),
    ("valid_module", ["-m", "json.tool"], None, needs_c_module),
    ("assert_fails", ["asserts.py"], None, "same"),
    ("assert_optimized", ["-O", "asserts.py"], None, "same"),
    ("assert_optimized_twice", ["-OO", "asserts.py"], None, "same"),
    ("docstrings", ["docstrings.py"], None, "same"),
    ("docstrings_optimized", ["-O", "docstrings.py"], None, "same"),
    ("docstrings_removed", ["-OO", "docstrings.py"], None, "same"),
    ("assert_warning_command", ["-c", "assert (1, 'x')\nassert 0"], None, "same"),
    ("dump_ast", ["--dump-ast", "ok.py"], None, dump_of("ok.py", False)),
    ("dump_ast_positions", ["--dump-ast-positions", "ok.py"], None, dump_of("ok.py", True)),
    ("dump_ast_missing_file", ["--dump-ast", "nosuch.py"], None, lambda r: r == REF["missing_file_for_dump"]),
    ("dump_ast_syntax_error", ["--dump-ast", "bad.py"], None, lambda r: r == REF["bad_py"]),
    ("dump_symtable", ["--dump-symtable", "scopes.py"], None, symtable_dump_of("scopes.py")),
    ("dump_symtable_syntax_error", ["--dump-symtable", "bad.py"], None, lambda r: r == REF["bad_py"]),
    ("dump_symtable_symtable_error", ["--dump-symtable", "dup_arg.py"], None, lambda r: r == REF["dup_arg_py"]),
    ("dis", ["--dis", "scopes.py"], None, lambda r: r[0] == 0 and r[2] == b"" and r[1].startswith(b"code <module> (")
     and b"\ncode f (" in r[1] and b"\ncode f.<locals>.C.m (" in r[1] and b" MakeFunction " in r[1]),
    ("dis_syntax_error", ["--dis", "bad.py"], None, lambda r: r == REF["bad_py"]),
    ("dis_missing_argument", ["--dis"], None, lambda r: r[0] == 2 and b"Argument expected for the --dis option" in r[2]),
    ("symtable_error_file", ["dup_arg.py"], None, "same"),
    ("symtable_error_command", ["-c", "def f(a, a): pass"], None, "same"),  # no source line
    ("symtable_error_stdin", [], b"def f():\n    nonlocal x\n", "same"),
    ("input_lines", ["input.py"], b"alice\n21\nab\n\ncd\u00e9f\nlast-without-newline", "same"),
    ("input_eof_at_once", ["input.py"], b"", "same"),
    ("input_utf8", ["input.py"], "h\u00e9llo w\u00f6rld\n7\n\u20ac\n".encode(), "same"),
    ("input_invalid_utf8", ["input.py"], b"ok\n1\n\xff\n", "same"),
    ("input_newlines", ["input.py"], b"crlf\r\n3\rlone\r\rcr\r\n\r", "same"),
]
REF = {}


def run(cmd, args, stdin, cwd):
    env = ENV
    if args and isinstance(args[0], dict):  # extra environment variables first
        env, args = {**ENV, **args[0]}, args[1:]
    r = subprocess.run([cmd] + args, cwd=cwd, env=env, input=stdin if stdin is not None else b"",
                       capture_output=True, timeout=60)
    prog = os.fsencode(cmd)
    return r.returncode, r.stdout.replace(prog, b"PROG"), r.stderr.replace(prog, b"PROG")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dxpy", default=os.environ.get("DXPY", os.path.join(ROOT, "build/release/dxpy")))
    args = ap.parse_args()
    dxpy = os.path.abspath(args.dxpy)
    tmp = tempfile.mkdtemp(prefix="dxpy-cli-")
    try:
        for name, data in FIXTURES.items():
            os.makedirs(os.path.join(tmp, os.path.dirname(name)), exist_ok=True)
            with open(os.path.join(tmp, name), "wb") as f:
                f.write(data)
        os.chdir(tmp)
        REF["missing_file_for_dump"] = run(REF_PYTHON, ["nosuch.py"], None, tmp)
        REF["bad_py"] = run(REF_PYTHON, ["bad.py"], None, tmp)
        REF["dup_arg_py"] = run(REF_PYTHON, ["dup_arg.py"], None, tmp)
        failed = 0
        for name, cmd_args, stdin, how in CASES:
            got = run(dxpy, cmd_args, stdin, tmp)
            if how == "same":
                want = run(REF_PYTHON, cmd_args, stdin, tmp)
                ok = got == want
            else:
                want = None
                ok = how(got)
            if not ok:
                failed += 1
                print(f"FAIL {name}: dxpy {' '.join(a for a in cmd_args if isinstance(a, str))!r}")
                print(f"    dxpy:       status {got[0]}, stdout {got[1][:300]!r}, stderr {got[2][:300]!r}")
                if want:
                    print(f"    python3.11: status {want[0]}, stdout {want[1][:300]!r}, stderr {want[2][:300]!r}")
        print(f"{len(CASES) - failed} passed, {failed} failed")
        return 1 if failed else 0
    finally:
        os.chdir(ROOT)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
