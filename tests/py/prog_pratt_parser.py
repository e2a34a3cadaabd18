# A Pratt (precedence-climbing) parser and tree-walking evaluator for an
# expression language with variables, assignment, function definitions,
# calls, comparisons, the ternary `a ? b : c`, right-associative `^`, unary
# minus, and error reporting with positions.
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at column {pos}")
        self.pos = pos


class Tok:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


def tokenize(src):
    i, out = 0, []
    two = {"==", "!=", "<=", ">=", "&&", "||"}
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            out.append(Tok("num", src[i:j], i))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            out.append(Tok("kw" if word in ("def", "let") else "name", word, i))
            i = j
        elif src[i:i + 2] in two:
            out.append(Tok("op", src[i:i + 2], i))
            i += 2
        elif ch in "+-*/%^()<>=?:,!":
            out.append(Tok("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    out.append(Tok("eof", "", len(src)))
    return out


BINARY = {"||": (1, "L"), "&&": (2, "L"), "==": (3, "L"), "!=": (3, "L"), "<": (4, "L"), ">": (4, "L"),
          "<=": (4, "L"), ">=": (4, "L"), "+": (5, "L"), "-": (5, "L"), "*": (6, "L"), "/": (6, "L"),
          "%": (6, "L"), "^": (8, "R")}


class Parser:
    def __init__(self, src):
        self.toks = tokenize(src)
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t

    def expect(self, text):
        t = self.next()
        if t.text != text:
            raise ParseError(f"expected {text!r}, got {t.text or 'end of input'!r}", t.pos)
        return t

    def statement(self):
        t = self.peek()
        if t.kind == "kw" and t.text == "def":
            self.next()
            name = self.next().text
            self.expect("(")
            params = []
            while self.peek().text != ")":
                params.append(self.next().text)
                if self.peek().text == ",":
                    self.next()
            self.expect(")")
            self.expect("=")
            body = self.expr(0)
            node = ("def", name, tuple(params), body)
        elif t.kind == "kw" and t.text == "let":
            self.next()
            name = self.next().text
            self.expect("=")
            node = ("let", name, self.expr(0))
        else:
            node = self.expr(0)
        if self.peek().kind != "eof":
            raise ParseError(f"unexpected {self.peek().text!r}", self.peek().pos)
        return node

    def expr(self, min_prec):
        left = self.prefix()
        while True:
            t = self.peek()
            if t.text == "?" and min_prec == 0:
                self.next()
                a = self.expr(0)
                self.expect(":")
                b = self.expr(0)
                left = ("if", left, a, b)
                continue
            if t.kind != "op" or t.text not in BINARY:
                return left
            prec, assoc = BINARY[t.text]
            if prec < min_prec or (prec == min_prec and assoc == "L"):
                return left
            self.next()
            right = self.expr(prec if assoc == "L" else prec - 1 if False else prec)
            left = ("bin", t.text, left, right)

    def prefix(self):
        t = self.next()
        if t.kind == "num":
            return ("num", float(t.text) if "." in t.text else int(t.text))
        if t.kind == "name":
            if self.peek().text == "(":
                self.next()
                args = []
                while self.peek().text != ")":
                    args.append(self.expr(0))
                    if self.peek().text == ",":
                        self.next()
                    elif self.peek().text != ")":
                        raise ParseError("expected ',' or ')'", self.peek().pos)
                self.expect(")")
                return ("call", t.text, tuple(args))
            return ("var", t.text)
        if t.text == "(":
            e = self.expr(0)
            self.expect(")")
            return e
        if t.text == "-":
            return ("neg", self.expr(7))
        if t.text == "!":
            return ("not", self.expr(7))
        raise ParseError(f"unexpected {t.text or 'end of input'!r}", t.pos)


class Env:
    def __init__(self, parent=None):
        self.vars, self.parent = {}, parent

    def get(self, name):
        env = self
        while env:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise NameError(f"undefined variable {name!r}")


def evaluate(node, env, funcs, depth=0):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        return env.get(node[1])
    if kind == "neg":
        return -evaluate(node[1], env, funcs, depth)
    if kind == "not":
        return int(not evaluate(node[1], env, funcs, depth))
    if kind == "if":
        return evaluate(node[2] if evaluate(node[1], env, funcs, depth) else node[3], env, funcs, depth)
    if kind == "bin":
        op = node[1]
        a = evaluate(node[2], env, funcs, depth)
        if op == "&&":
            return evaluate(node[3], env, funcs, depth) if a else a
        if op == "||":
            return a if a else evaluate(node[3], env, funcs, depth)
        b = evaluate(node[3], env, funcs, depth)
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            if b == 0:
                raise ZeroDivisionError("division by zero in expression")
            return a / b if (a % b if isinstance(a, int) and isinstance(b, int) else 1) else a // b
        if op == "%":
            return a % b
        if op == "^":
            return a ** b
        return int({"==": a == b, "!=": a != b, "<": a < b, ">": a > b, "<=": a <= b, ">=": a >= b}[op])
    if kind == "call":
        name, args = node[1], node[2]
        if name in ("min", "max", "abs"):
            vals = [evaluate(a, env, funcs, depth) for a in args]
            return {"min": min, "max": max, "abs": lambda v: abs(v)}[name](*vals)
        if name not in funcs:
            raise NameError(f"undefined function {name!r}")
        params, body = funcs[name]
        if len(params) != len(args):
            raise TypeError(f"{name}() takes {len(params)} arguments, got {len(args)}")
        if depth > 200:
            raise RecursionError(f"{name}() recursed too deeply")
        local = Env(env)
        for p, a in zip(params, args):
            local.vars[p] = evaluate(a, env, funcs, depth)
        return evaluate(body, local, funcs, depth + 1)
    raise ValueError(kind)


def show(node):
    kind = node[0]
    if kind == "num":
        return str(node[1])
    if kind == "var":
        return node[1]
    if kind == "bin":
        return f"({show(node[2])} {node[1]} {show(node[3])})"
    if kind in ("neg", "not"):
        return ("-" if kind == "neg" else "!") + show(node[1])
    if kind == "if":
        return f"({show(node[1])} ? {show(node[2])} : {show(node[3])})"
    if kind == "call":
        return f"{node[1]}({', '.join(show(a) for a in node[2])})"
    return repr(node)


program = """
1 + 2 * 3
(1 + 2) * 3
2 ^ 3 ^ 2
-2 ^ 2
10 - 4 - 3
7 / 2
8 / 2
7 % 3 + 0.5
let x = 5
let y = x * 2 + 1
x < y && y < 20
x > y || 0
!0 + !5
x == 5 ? 100 : 200
def sq(n) = n * n
def fact(n) = n <= 1 ? 1 : n * fact(n - 1)
def fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2)
def hyp(a, b) = (sq(a) + sq(b)) ^ 0.5
sq(12)
fact(20)
fib(15)
hyp(3, 4)
max(x, y, 3) - min(4, abs(-9))
def loop(n) = loop(n + 1)
loop(0)
fact(1, 2)
undefined + 1
nope(3)
1 / (x - 5)
(1 + 2
1 + * 2
3 $ 4
let = 4
1 2
""".strip().splitlines()
env, funcs = Env(), {}
for line in program:
    try:
        node = Parser(line).statement()
        if node[0] == "def":
            funcs[node[1]] = (node[2], node[3])
            print(f"{line:<40} defined {node[1]}/{len(node[2])}")
        elif node[0] == "let":
            env.vars[node[1]] = evaluate(node[2], env, funcs)
            print(f"{line:<40} {node[1]} = {env.vars[node[1]]!r}")
        else:
            print(f"{line:<40} {show(node)} => {evaluate(node, env, funcs)!r}")
    except ParseError as e:
        print(f"{line:<40} parse error: {e}")
    except (NameError, TypeError, ZeroDivisionError, RecursionError) as e:
        print(f"{line:<40} {type(e).__name__}: {e}")
