# A spreadsheet: cells holding numbers, text or formulas (=A1+B2*2,
# =SUM(A1:A3), =MAX, =IF), a formula parser, dependency tracking with
# topological recalculation when a cell changes, cycle detection reported
# as #CYCLE!, errors (#DIV/0!, #REF!, #NAME?) propagating, and a printed grid.
import_free = True


class CellError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def col_index(name):
    n = 0
    for ch in name:
        n = n * 26 + ord(ch) - 64
    return n - 1


def split_ref(ref):
    i = 0
    while i < len(ref) and ref[i].isalpha():
        i += 1
    return ref[:i], int(ref[i:])


def expand_range(a, b):
    (ca, ra), (cb, rb) = split_ref(a), split_ref(b)
    return [f"{chr(65 + c)}{r}" for c in range(col_index(ca), col_index(cb) + 1) for r in range(ra, rb + 1)]


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(("num", float(src[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(("name", src[i:j].upper()))
            i = j
        else:
            if src.startswith(("<=", ">=", "<>"), i):
                tokens.append(("op", src[i:i + 2]))
                i += 2
            else:
                tokens.append(("op", ch))
                i += 1
    return tokens


FUNCS = {"SUM": sum, "MAX": max, "MIN": min, "AVG": lambda xs: sum(xs) / len(xs), "ABS": lambda xs: abs(xs[0])}


class Formula:
    def __init__(self, src):
        self.tokens = tokenize(src)
        self.pos = 0
        self.refs = set()
        self.tree = self.compare()
        if self.pos != len(self.tokens):
            raise CellError("#PARSE!")

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def compare(self):
        left = self.additive()
        while self.peek()[1] in ("<", ">", "=", "<=", ">=", "<>"):
            op = self.take()[1]
            left = ("cmp", op, left, self.additive())
        return left

    def additive(self):
        left = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            left = ("bin", op, left, self.term())
        return left

    def term(self):
        left = self.factor()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            left = ("bin", op, left, self.factor())
        return left

    def factor(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if val == "-":
            return ("neg", self.factor())
        if val == "(":
            e = self.compare()
            self.take()
            return e
        if kind == "name":
            if self.peek()[1] == "(":
                self.take()
                args = []
                while self.peek()[1] != ")":
                    a = self.compare()
                    if self.peek()[1] == ":":
                        self.take()
                        b = self.take()[1]
                        cells = expand_range(a[1], b)
                        self.refs.update(cells)
                        args.append(("range", cells))
                    else:
                        args.append(a)
                    if self.peek()[1] == ",":
                        self.take()
                self.take()
                return ("call", val, args)
            self.refs.add(val)
            return ("ref", val)
        raise CellError("#PARSE!")


class Sheet:
    def __init__(self):
        self.raw = {}
        self.formulas = {}
        self.values = {}
        self.recalcs = 0

    def set(self, ref, text):
        self.raw[ref] = text
        self.formulas.pop(ref, None)
        if isinstance(text, str) and text.startswith("="):
            try:
                self.formulas[ref] = Formula(text[1:])
            except CellError as e:
                self.formulas[ref] = e
        self.recalculate()

    def dependents(self):
        deps = {}
        for ref, f in self.formulas.items():
            if isinstance(f, Formula):
                for r in f.refs:
                    deps.setdefault(r, set()).add(ref)
        return deps

    def visit(self, ref, stack, state, order):
        if state.get(ref) == "done":
            return
        if state.get(ref) == "visiting":
            for r in stack[stack.index(ref):]:
                self.values[r] = CellError("#CYCLE!")
            return
        state[ref] = "visiting"
        f = self.formulas.get(ref)
        if isinstance(f, Formula):
            for r in sorted(f.refs):
                self.visit(r, stack + [r], state, order)
        state[ref] = "done"
        order.append(ref)

    def recalculate(self):
        self.values = {}
        state = {}
        order = []
        for ref in sorted(self.raw):
            self.visit(ref, [ref], state, order)
        for ref in order:
            if ref in self.values:
                continue
            self.recalcs += 1
            self.values[ref] = self.compute(ref)

    def compute(self, ref):
        if ref not in self.raw:
            return 0.0
        f = self.formulas.get(ref)
        if f is None:
            return self.raw[ref]
        if isinstance(f, CellError):
            return f
        try:
            return self.eval(f.tree)
        except CellError as e:
            return e

    def value_of(self, ref):
        if ref not in self.raw and not ref[1:].isdigit():
            raise CellError("#REF!")
        v = self.values.get(ref, 0.0)
        if isinstance(v, CellError):
            raise v
        return v

    def eval(self, node):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "ref":
            v = self.value_of(node[1])
            if isinstance(v, str):
                raise CellError("#VALUE!")
            return v
        if kind == "neg":
            return -self.eval(node[1])
        if kind == "bin":
            a, b = self.eval(node[2]), self.eval(node[3])
            if node[1] == "/" and b == 0:
                raise CellError("#DIV/0!")
            return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else 0}[node[1]]
        if kind == "cmp":
            a, b = self.eval(node[2]), self.eval(node[3])
            return float({"<": a < b, ">": a > b, "=": a == b, "<=": a <= b, ">=": a >= b, "<>": a != b}[node[1]])
        if kind == "call":
            name, args = node[1], node[2]
            if name == "IF":
                return self.eval(args[1]) if self.eval(args[0]) else self.eval(args[2])
            if name not in FUNCS:
                raise CellError("#NAME?")
            vals = []
            for a in args:
                if a[0] == "range":
                    vals += [v for v in (self.value_of(r) for r in a[1]) if not isinstance(v, str)]
                else:
                    vals.append(self.eval(a))
            return FUNCS[name](vals)

    def show(self, cols="ABCD", rows=range(1, 6)):
        lines = ["    " + "".join(f"{c:>10}" for c in cols)]
        for r in rows:
            cells = []
            for c in cols:
                v = self.values.get(f"{c}{r}", "")
                if isinstance(v, CellError):
                    v = v.code
                elif isinstance(v, float):
                    v = f"{v:.2f}"
                cells.append(f"{v:>10}")
            lines.append(f"{r:>3} " + "".join(cells))
        return "\n".join(lines)


sh = Sheet()
for ref, val in [("A1", 10.0), ("A2", 20.0), ("A3", 30.0), ("B1", "=A1*2"), ("B2", "=SUM(A1:A3)"),
                 ("B3", "=B2/(A1-10)"), ("C1", "=AVG(A1:A3) + MAX(B1, 5)"), ("C2", "=IF(A1>5, B1, 0-B1)"),
                 ("D1", "label"), ("D2", "=D1+1"), ("C3", "=FOO(1)"), ("A4", "=C4+1"), ("C4", "=A4*2"),
                 ("D3", "=(1+2"), ("D4", "=-A1 + 3 * (A2 - A3) / 2")]:
    sh.set(ref, val)
print(sh.show())
sh.set("A1", 11.0)
print(sh.show(rows=range(1, 4)))
sh.set("C4", 5.0)
print(sh.values["A4"], sh.values["C4"], sh.recalcs > 0)
print(sorted(sh.dependents()["A1"]))
