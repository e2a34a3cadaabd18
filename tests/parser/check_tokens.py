#!/usr/bin/env python3.11
"""Tokenizes every .py file under a directory (default /usr/lib/python3.11)
with dx-py's tokenizer and with python3.11's tokenize module, and compares the
token kinds and positions.

Usage: check_tokens.py [--build] [DIR...]
  --build  first compile tests/parser/token_dump.cpp against
           build/release/libdxcore.a into build/release/token_dump.

The C tokenizer that CPython's parser uses differs from the tokenize module in
ways that are mapped away here: no NL/COMMENT tokens; NEWLINE ends at the
'\\n' (and starts at a comment before it); INDENT is empty at the end of the
indentation; DEDENT and ENDMARKER at the end of the file sit on the last line.
tokenize reports columns in characters, dx-py in UTF-8 bytes.
"""
import io
import os
import re
import subprocess
import sys
import token
import tokenize

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DUMP = os.path.join(ROOT, "build", "release", "token_dump")

KIND = {"Name": token.NAME, "Number": token.NUMBER, "String": token.STRING, "Newline": token.NEWLINE,
        "Indent": token.INDENT, "Dedent": token.DEDENT, "EndMarker": token.ENDMARKER}


def build():
    subprocess.run(["g++", "-std=c++20", "-O2", "-I" + os.path.join(ROOT, "src"),
                    os.path.join(ROOT, "tests", "parser", "token_dump.cpp"),
                    os.path.join(ROOT, "build", "release", "libdxcore.a"), "-lgmp", "-o", DUMP], check=True)


def reference(path):
    """python3.11's tokens, or None when tokenize rejects the file."""
    try:
        with open(path, "rb") as f:
            toks = list(tokenize.tokenize(f.readline))
    except (tokenize.TokenError, SyntaxError, UnicodeDecodeError, IndentationError):
        return None
    out = []
    for t in toks:
        if t.type in (token.NL, token.COMMENT, token.ENCODING):
            continue
        kind = t.exact_type if t.type == token.OP else t.type
        out.append((kind, t.start, t.end))
    return out


def byte_to_char(lines, line, col):
    if 1 <= line <= len(lines):
        return len(lines[line - 1].encode("utf-8")[:col].decode("utf-8", "replace"))
    return col


def ours(fields, lines):
    kind, l, c, el, ec = fields[0], *map(int, fields[1:])
    c, ec = byte_to_char(lines, l, c), byte_to_char(lines, el, ec)
    if kind in KIND:
        k = KIND[kind]
    else:
        k = token.EXACT_TOKEN_TYPES.get(OP_SPELLING[kind], token.OP)
    return (k, (l, c), (el, ec))


OP_SPELLING = {}


def load_spellings():
    spec = os.path.join(ROOT, "src", "parser", "tokens.def")
    for line in open(spec):
        m = re.match(r'TOKEN\((\w+), "(.*?)"\)', line)
        if m:
            OP_SPELLING[m.group(1)] = m.group(2)


def same(ref, mine, nlines):
    """Compares one token, with the C tokenizer's conventions mapped."""
    rk, rs, re_ = ref
    mk, ms, me = mine
    if rk != mk:
        return False
    if rk == token.NEWLINE:
        return me == rs
    if rk == token.INDENT:
        return ms == re_
    if rk in (token.DEDENT, token.ENDMARKER) and rs[0] > nlines:
        return True  # at the end of the file
    return (rs, re_) == (ms, me)


def compare(path, dumped):
    ref = reference(path)
    if dumped and dumped[-1][0] == "ERROR":
        return "rejected: " + " ".join(dumped[-1][1:]) if ref is not None else "both-rejected"
    if ref is None:
        return "tokenize-rejected"
    with open(path, "rb") as f:
        enc, _ = tokenize.detect_encoding(f.readline)
    with open(path, "rb") as f:
        text = f.read().decode(enc)
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = io.StringIO(text, newline=None).read().split("\n")
    mine = [ours(d, lines) for d in dumped]
    nlines = len(lines) - (1 if lines and lines[-1] == "" else 0)
    for i, (r, m) in enumerate(zip(ref, mine)):
        if not same(r, m, nlines):
            return f"token {i}: tokenize {token.tok_name[r[0]]} {r[1]}-{r[2]}, dx-py {token.tok_name[m[0]]} {m[1]}-{m[2]}"
    if len(ref) != len(mine):
        return f"token count: tokenize {len(ref)}, dx-py {len(mine)}"
    return None


def main():
    args = sys.argv[1:]
    if "--build" in args:
        args.remove("--build")
        build()
    load_spellings()
    dirs = args or ["/usr/lib/python3.11"]
    files = []
    for d in dirs:
        for base, _, names in os.walk(d):
            files += [os.path.join(base, n) for n in sorted(names) if n.endswith(".py")]
    matched, problems = 0, []
    for i in range(0, len(files), 200):
        chunk = files[i:i + 200]
        out = subprocess.run([DUMP] + chunk, capture_output=True, check=True).stdout.decode("utf-8", "replace")
        per_file, cur = {}, None
        for line in out.splitlines():
            if line.startswith("FILE "):
                cur = line[5:]
                per_file[cur] = []
            else:
                per_file[cur].append(line.split(" ", 4) if not line.startswith("ERROR") else line.split(" "))
        for path in chunk:
            why = compare(path, per_file.get(path, []))
            if why is None or why in ("tokenize-rejected", "both-rejected"):
                matched += 1
                if why:
                    problems.append((path, why))
            else:
                problems.append((path, why))
    for path, why in problems:
        print(f"{path}: {why}")
    print(f"{matched} of {len(files)} files match")


if __name__ == "__main__":
    main()
