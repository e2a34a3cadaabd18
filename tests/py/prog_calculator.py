# A calculator: a tokenizer with positions, a precedence-climbing parser
# building an AST of tuples, variables and assignment, functions of one or
# more arguments, unary minus and right-associative power, and error
# messages pointing at the column of the problem.
class CalcError(Exception):
    def __init__(self, message, pos):
        super().__init__(message)
        self.pos = pos


def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(text) and (text[i].isdigit() or text[i] == "."):
                i += 1
            lexeme = text[start:i]
            if lexeme.count(".") > 1:
                raise CalcError(f"bad number {lexeme!r}", start)
            tokens.append(("num", float(lexeme) if "." in lexeme else int(lexeme), start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(text) and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(("name", text[start:i], start))
        elif text.startswith("**", i):
            tokens.append(("op", "**", i))
            i += 2
        elif ch in "+-*/%^(),=":
            tokens.append(("op", "**" if ch == "^" else ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(("end", None, len(text)))
    return tokens


BINARY = {"+": (1, "left"), "-": (1, "left"), "*": (2, "left"), "/": (2, "left"), "%": (2, "left"),
          "**": (4, "right")}


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        kind, v, pos = self.take()
        if v != value:
            raise CalcError(f"expected {value!r}", pos)

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.i + 1][1] == "=":
            name = self.take()[1]
            self.take()
            node = ("assign", name, self.expression(0))
        else:
            node = self.expression(0)
        kind, v, pos = self.peek()
        if kind != "end":
            raise CalcError(f"unexpected {v!r}", pos)
        return node

    def expression(self, min_prec):
        left = self.unary()
        while True:
            kind, op, pos = self.peek()
            if kind != "op" or op not in BINARY or BINARY[op][0] < min_prec:
                return left
            prec, assoc = BINARY[op]
            self.take()
            right = self.expression(prec + 1 if assoc == "left" else prec)
            left = ("bin", op, left, right, pos)

    def unary(self):
        kind, v, pos = self.peek()
        if v == "-":
            self.take()
            return ("neg", self.expression(3))
        if v == "+":
            self.take()
            return self.expression(3)
        return self.primary()

    def primary(self):
        kind, v, pos = self.take()
        if kind == "num":
            return ("num", v)
        if kind == "name":
            if self.peek()[1] == "(":
                self.take()
                args = []
                if self.peek()[1] != ")":
                    args.append(self.expression(0))
                    while self.peek()[1] == ",":
                        self.take()
                        args.append(self.expression(0))
                self.expect(")")
                return ("call", v, args, pos)
            return ("var", v, pos)
        if v == "(":
            node = self.expression(0)
            self.expect(")")
            return node
        raise CalcError("expected a value" if kind == "end" else f"unexpected {v!r}", pos)


def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x


FUNCS = {"abs": abs, "max": max, "min": min, "isqrt": isqrt, "sq": lambda x: x * x}


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise CalcError(f"unknown variable {node[1]!r}", node[2])
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "assign":
        env[node[1]] = evaluate(node[2], env)
        return env[node[1]]
    if kind == "call":
        f = FUNCS.get(node[1])
        if f is None:
            raise CalcError(f"unknown function {node[1]!r}", node[3])
        return f(*[evaluate(a, env) for a in node[2]])
    _, op, l, r, pos = node
    a, b = evaluate(l, env), evaluate(r, env)
    try:
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a / b if isinstance(a, float) or isinstance(b, float) or a % b else a // b
        if op == "%":
            return a % b
        return a ** b
    except ZeroDivisionError:
        raise CalcError("division by zero", pos) from None


env = {"pi": 3.14159}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "2 ^ 10", "-2 ** 2", "(-2) ** 2", "10 / 4", "12 / 4", "7 % 3",
         "x = 5", "y = x * 2 + 1", "x * y - 3", "max(x, y, 100) - min(3, abs(-7))", "isqrt(10 ** 20 + 12345)",
         "sq(sq(3))", "r = 2", "pi * r ** 2", "1 / 0", "2 * (3 + 4", "3 + * 4", "foo + 1", "bar(2)", "1.2.3 + 4",
         "5 $ 3", "x = ", "8 - 3 - 2", "2 * -3", "--4", ""]
for line in lines:
    try:
        value = evaluate(Parser(tokenize(line)).statement(), env)
        print(f"{line:34} = {value}")
    except CalcError as e:
        print(f"{line:34}   error: {e}")
        print(" " * (e.pos + 0) + "^")
print(sorted(env.items()))
