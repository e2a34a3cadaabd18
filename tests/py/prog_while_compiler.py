# A compiler for a small imperative language (assignments, while, if/else,
# print, integer arithmetic and comparisons, && || !) to a register-free
# stack bytecode with jump patching, a disassembler, a constant-folding
# peephole pass, and the VM that runs it with an instruction budget.

SRC = """
n = 10; a = 0; b = 1; i = 0;
while (i < n) { print a; t = a + b; a = b; b = t; i = i + 1; }
x = 2 * 3 + 4 * (5 - 1);
if (x > 20 && !(x == 23)) { print x; } else { print 0 - x; }
s = 0; k = 1;
while (k <= 100) { if (k % 3 == 0 || k % 5 == 0) { s = s + k; } k = k + 1; }
print s;
m = 1071; r = 462;
while (r != 0) { q = m % r; m = r; r = q; }
print m;
"""


def lex(src):
    toks, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            toks.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            w = src[i:j]
            toks.append(("kw" if w in ("while", "if", "else", "print") else "id", w))
            i = j
        elif src[i:i + 2] in ("==", "!=", "<=", ">=", "&&", "||"):
            toks.append(("op", src[i:i + 2]))
            i += 2
        else:
            toks.append(("op", c))
            i += 1
    return toks + [("eof", None)]


PREC = [("||",), ("&&",), ("==", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "/", "%")]


class Compiler:
    def __init__(self, toks):
        self.toks, self.pos, self.code = toks, 0, []

    def peek(self):
        return self.toks[self.pos]

    def eat(self, value=None):
        t = self.toks[self.pos]
        if value is not None and t[1] != value:
            raise SyntaxError(f"expected {value!r}, got {t[1]!r}")
        self.pos += 1
        return t

    def emit(self, *ins):
        self.code.append(list(ins))
        return len(self.code) - 1

    def program(self):
        while self.peek()[0] != "eof":
            self.stmt()
        self.emit("HALT")
        return self.code

    def block(self):
        self.eat("{")
        while self.peek()[1] != "}":
            self.stmt()
        self.eat("}")

    def stmt(self):
        kind, val = self.peek()
        if val == "while":
            self.eat()
            top = len(self.code)
            self.eat("(")
            self.expr(0)
            self.eat(")")
            jf = self.emit("JF", None)
            self.block()
            self.emit("JMP", top)
            self.code[jf][1] = len(self.code)
        elif val == "if":
            self.eat()
            self.eat("(")
            self.expr(0)
            self.eat(")")
            jf = self.emit("JF", None)
            self.block()
            if self.peek()[1] == "else":
                self.eat()
                j = self.emit("JMP", None)
                self.code[jf][1] = len(self.code)
                self.block()
                self.code[j][1] = len(self.code)
            else:
                self.code[jf][1] = len(self.code)
        elif val == "print":
            self.eat()
            self.expr(0)
            self.eat(";")
            self.emit("PRINT")
        elif kind == "id":
            self.eat()
            self.eat("=")
            self.expr(0)
            self.eat(";")
            self.emit("STORE", val)
        else:
            raise SyntaxError(f"unexpected {val!r}")

    def expr(self, level):
        if level == len(PREC):
            return self.unary()
        self.expr(level + 1)
        while self.peek()[1] in PREC[level]:
            op = self.eat()[1]
            if op in ("&&", "||"):
                # short circuit: keep the left value when it decides
                j = self.emit("JFK" if op == "&&" else "JTK", None)
                self.emit("POP")
                self.expr(level + 1)
                self.code[j][1] = len(self.code)
            else:
                self.expr(level + 1)
                self.emit("BIN", op)

    def unary(self):
        kind, val = self.peek()
        if val == "!":
            self.eat()
            self.unary()
            self.emit("NOT")
        elif val == "(":
            self.eat()
            self.expr(0)
            self.eat(")")
        elif kind == "num":
            self.eat()
            self.emit("PUSH", val)
        elif kind == "id":
            self.eat()
            self.emit("LOAD", val)
        else:
            raise SyntaxError(f"unexpected {val!r} in expression")


BIN = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a // b,
       "%": lambda a, b: a % b, "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
       "<": lambda a, b: int(a < b), "<=": lambda a, b: int(a <= b), ">": lambda a, b: int(a > b),
       ">=": lambda a, b: int(a >= b)}


def fold(code):
    """PUSH a; PUSH b; BIN op -> PUSH (a op b), keeping jump targets valid with NOPs."""
    code = [ins[:] for ins in code]
    targets = {ins[1] for ins in code if ins[0] in ("JF", "JMP", "JFK", "JTK")}
    changed = True
    folds = 0
    while changed:
        changed = False
        for i in range(len(code) - 2):
            a, b, c = code[i], code[i + 1], code[i + 2]
            if a[0] == b[0] == "PUSH" and c[0] == "BIN" and i + 1 not in targets and i + 2 not in targets:
                code[i], code[i + 1], code[i + 2] = ["NOP"], ["NOP"], ["PUSH", BIN[c[1]](a[1], b[1])]
                changed = True
                folds += 1
    return code, folds


def run(code, budget=100000):
    stack, env, out, pc, steps = [], {}, [], 0, 0
    while True:
        steps += 1
        if steps > budget:
            raise RuntimeError("instruction budget exhausted")
        op, *args = code[pc]
        pc += 1
        if op == "PUSH":
            stack.append(args[0])
        elif op == "LOAD":
            if args[0] not in env:
                raise NameError(f"variable {args[0]!r} is not set")
            stack.append(env[args[0]])
        elif op == "STORE":
            env[args[0]] = stack.pop()
        elif op == "BIN":
            b, a = stack.pop(), stack.pop()
            stack.append(BIN[args[0]](a, b))
        elif op == "NOT":
            stack.append(int(not stack.pop()))
        elif op == "JF":
            if not stack.pop():
                pc = args[0]
        elif op == "JFK":
            if not stack[-1]:
                pc = args[0]
        elif op == "JTK":
            if stack[-1]:
                pc = args[0]
        elif op == "POP":
            stack.pop()
        elif op == "JMP":
            pc = args[0]
        elif op == "PRINT":
            out.append(stack.pop())
        elif op == "NOP":
            pass
        elif op == "HALT":
            return out, env, steps


code = Compiler(lex(SRC)).program()
for i, ins in enumerate(code[:24]):
    print(f"{i:3} {ins[0]:<6} {'' if len(ins) == 1 else ins[1]}")
print(f"... {len(code)} instructions")
out, env, steps = run(code)
print("output:", out)
print("vars:", dict(sorted(env.items())), "steps:", steps)
folded, n = fold(code)
out2, env2, steps2 = run(folded)
print("folded", n, "times; same output:", out2 == out, "steps:", steps2)
for bad in ("x = ;", "while (1 { }", "print y;", "k = 1; while (k) { k = k + 1; }", "if (1) { print 1/0; }"):
    try:
        print(bad, "->", run(Compiler(lex(bad)).program(), budget=5000)[0])
    except (SyntaxError, NameError, RuntimeError, ZeroDivisionError) as e:
        print(bad, "->", type(e).__name__ + ":", e)
