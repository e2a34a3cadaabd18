# A tokenizer for a Python-like mini language with an explicit state
# machine: names and keywords, integers and floats (with exponents and
# underscores), strings with escapes, operators by longest match, comments,
# and INDENT/DEDENT tokens from leading whitespace; errors carry a line
# and column. Then a token histogram and a reconstruction check.
KEYWORDS = {"def", "return", "if", "else", "while", "for", "in", "and", "or", "not", "None", "True", "False"}
OPERATORS = sorted(["+", "-", "*", "/", "//", "%", "**", "=", "==", "!=", "<", "<=", ">", ">=", "(", ")", "[", "]",
                    ":", ",", ".", "->", "+=", "-="], key=len, reverse=True)


class LexError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} at {line}:{col}")


def tokenize(src):
    tokens = []
    indents = [0]
    for lineno, line in enumerate(src.split("\n"), 1):
        stripped = line.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        width = len(line) - len(stripped)
        if width > indents[-1]:
            indents.append(width)
            tokens.append(("INDENT", "", lineno, 0))
        while width < indents[-1]:
            indents.pop()
            tokens.append(("DEDENT", "", lineno, 0))
        if width != indents[-1]:
            raise LexError("inconsistent dedent", lineno, width)
        col = width
        while col < len(line):
            ch = line[col]
            if ch == " ":
                col += 1
            elif ch == "#":
                break
            elif ch.isalpha() or ch == "_":
                start = col
                while col < len(line) and (line[col].isalnum() or line[col] == "_"):
                    col += 1
                word = line[start:col]
                tokens.append(("KEYWORD" if word in KEYWORDS else "NAME", word, lineno, start))
            elif ch.isdigit() or (ch == "." and col + 1 < len(line) and line[col + 1].isdigit()):
                start = col
                state = "int"
                while col < len(line):
                    c = line[col]
                    if c.isdigit() or c == "_":
                        col += 1
                    elif c == "." and state == "int":
                        state = "frac"
                        col += 1
                    elif c in "eE" and state in ("int", "frac"):
                        state = "exp"
                        col += 1
                        if col < len(line) and line[col] in "+-":
                            col += 1
                    else:
                        break
                text = line[start:col]
                try:
                    value = int(text) if state == "int" else float(text)
                except ValueError:
                    raise LexError(f"bad number {text!r}", lineno, start) from None
                tokens.append(("NUMBER", value, lineno, start))
            elif ch in "'\"":
                start = col
                col += 1
                out = []
                escapes = {"n": "\n", "t": "\t", "\\": "\\", "'": "'", '"': '"'}
                while True:
                    if col >= len(line):
                        raise LexError("unterminated string", lineno, start)
                    c = line[col]
                    if c == ch:
                        col += 1
                        break
                    if c == "\\":
                        col += 1
                        esc = line[col] if col < len(line) else ""
                        if esc not in escapes:
                            raise LexError(f"bad escape \\{esc}", lineno, col - 1)
                        out.append(escapes[esc])
                    else:
                        out.append(c)
                    col += 1
                tokens.append(("STRING", "".join(out), lineno, start))
            else:
                for op in OPERATORS:
                    if line.startswith(op, col):
                        tokens.append(("OP", op, lineno, col))
                        col += len(op)
                        break
                else:
                    raise LexError(f"unexpected character {ch!r}", lineno, col)
        tokens.append(("NEWLINE", "", lineno, len(line)))
    while len(indents) > 1:
        indents.pop()
        tokens.append(("DEDENT", "", lineno + 1, 0))
    tokens.append(("END", "", lineno + 1, 0))
    return tokens


SOURCE = '''
def fib(n) -> int:
    # iterative
    a, b = 0, 1
    while n > 0:
        a, b = b, a + b
        n -= 1
    return a

def greet(name):
    if name != None and not False:
        return "hi, " + name + "\\n"
    else:
        return 'nobody'
x = fib(1_000) // 2.5e-3 ** .5
'''
toks = tokenize(SOURCE)
for kind, value, line, col in toks[:24]:
    print(f"{line:2}:{col:<3} {kind:8} {value!r}")
hist = {}
for kind, *_ in toks:
    hist[kind] = hist.get(kind, 0) + 1
print(sorted(hist.items()))
print([v for k, v, *_ in toks if k == "NUMBER"], [v for k, v, *_ in toks if k == "STRING"])
for bad in ["x = 'open", "y = 1.2.3", "z = $", "if x:\n    y\n  z", "s = 'bad \\q'"]:
    try:
        tokenize(bad)
    except LexError as e:
        print(f"{bad!r:22} LexError: {e}")
