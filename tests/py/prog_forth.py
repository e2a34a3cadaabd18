# A small Forth interpreter: a data stack, a return-stack-free threaded
# dictionary of words, colon definitions, IF/ELSE/THEN, DO/LOOP with I,
# BEGIN/UNTIL, variables, constants, string printing, and error recovery
# (stack underflow, unknown word, division by zero).
class ForthError(Exception):
    pass


class Forth:
    def __init__(self):
        self.stack = []
        self.out = []
        self.memory = {}
        self.words = {}
        self.builtins = {
            "+": lambda: self.binop(lambda a, b: a + b),
            "-": lambda: self.binop(lambda a, b: a - b),
            "*": lambda: self.binop(lambda a, b: a * b),
            "/": self.div,
            "mod": lambda: self.binop(lambda a, b: a % b),
            "=": lambda: self.binop(lambda a, b: -1 if a == b else 0),
            "<": lambda: self.binop(lambda a, b: -1 if a < b else 0),
            ">": lambda: self.binop(lambda a, b: -1 if a > b else 0),
            "and": lambda: self.binop(lambda a, b: a & b),
            "or": lambda: self.binop(lambda a, b: a | b),
            "dup": lambda: self.push(self.peek(0)),
            "drop": lambda: self.pop(),
            "swap": self.swap,
            "over": lambda: self.push(self.peek(1)),
            "rot": self.rot,
            ".": lambda: self.out.append(str(self.pop())),
            "emit": lambda: self.out.append(chr(self.pop())),
            "cr": lambda: self.out.append("\n"),
            ".s": lambda: self.out.append(f"<{len(self.stack)}> " + " ".join(map(str, self.stack))),
            "!": self.store,
            "@": lambda: self.push(self.memory[self.pop()]),
        }

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if not self.stack:
            raise ForthError("stack underflow")
        return self.stack.pop()

    def peek(self, depth):
        if len(self.stack) <= depth:
            raise ForthError("stack underflow")
        return self.stack[-1 - depth]

    def binop(self, fn):
        b, a = self.pop(), self.pop()
        self.push(fn(a, b))

    def div(self):
        b, a = self.pop(), self.pop()
        if b == 0:
            raise ForthError("division by zero")
        self.push(int(a / b))

    def swap(self):
        b, a = self.pop(), self.pop()
        self.push(b)
        self.push(a)

    def rot(self):
        c, b, a = self.pop(), self.pop(), self.pop()
        self.stack.extend([b, c, a])

    def store(self):
        addr, val = self.pop(), self.pop()
        self.memory[addr] = val

    def compile(self, tokens):
        """Turns a token list into a nested structure for control flow."""
        out, stack = [], []
        cur = out
        for t in tokens:
            lt = t.lower()
            if lt == "if":
                node = ["if", [], []]
                cur.append(node)
                stack.append((cur, node, 1))
                cur = node[1]
            elif lt == "else":
                prev, node, _ = stack.pop()
                stack.append((prev, node, 2))
                cur = node[2]
            elif lt == "then":
                cur = stack.pop()[0]
            elif lt == "do":
                node = ["do", []]
                cur.append(node)
                stack.append((cur, node, 1))
                cur = node[1]
            elif lt == "loop":
                cur = stack.pop()[0]
            elif lt == "begin":
                node = ["begin", []]
                cur.append(node)
                stack.append((cur, node, 1))
                cur = node[1]
            elif lt == "until":
                cur = stack.pop()[0]
            else:
                cur.append(t)
        if stack:
            raise ForthError("unterminated control structure")
        return out

    def execute(self, code, loop_index=None):
        for item in code:
            if isinstance(item, list):
                kind = item[0]
                if kind == "if":
                    self.execute(item[1] if self.pop() else item[2], loop_index)
                elif kind == "do":
                    start, limit = self.pop(), self.pop()
                    for i in range(start, limit):
                        self.execute(item[1], i)
                elif kind == "begin":
                    while True:
                        self.execute(item[1], loop_index)
                        if self.pop():
                            break
                continue
            low = item.lower()
            if low == "i":
                if loop_index is None:
                    raise ForthError("I outside DO loop")
                self.push(loop_index)
            elif low in self.words:
                self.execute(self.words[low], loop_index)
            elif low in self.builtins:
                self.builtins[low]()
            else:
                try:
                    self.push(int(item))
                except ValueError:
                    raise ForthError(f"unknown word {item!r}") from None

    def run(self, line):
        tokens = []
        words = line.split()
        i = 0
        while i < len(words):
            w = words[i]
            if w == '."':
                j = i + 1
                text = []
                while j < len(words) and not words[j].endswith('"'):
                    text.append(words[j])
                    j += 1
                text.append(words[j][:-1])
                tokens.append(("str", " ".join(text)))
                i = j + 1
                continue
            tokens.append(w)
            i += 1
        # definitions, variables and constants are handled here
        if tokens and tokens[0] == ":":
            if tokens[-1] != ";":
                raise ForthError("missing ;")
            name = tokens[1].lower()
            self.words[name] = self.compile(self.expand(tokens[2:-1]))
            return
        if len(tokens) == 2 and tokens[0].lower() == "variable":
            addr = len(self.memory) + 1000
            self.memory[addr] = 0
            self.words[tokens[1].lower()] = [str(addr)]
            return
        if len(tokens) == 3 and tokens[1].lower() == "constant":
            self.words[tokens[2].lower()] = [str(tokens[0])]
            return
        self.execute(self.compile(self.expand(tokens)))

    def expand(self, tokens):
        out = []
        for t in tokens:
            if isinstance(t, tuple):
                for ch in t[1]:
                    out += [str(ord(ch)), "emit"]
            else:
                out.append(t)
        return out


f = Forth()
session = """
2 3 + 4 * .
: square dup * ;
: cube dup square * ;
5 square . 3 cube .
: fact dup 1 > if dup 1 - fact * else drop 1 then ;
10 fact .
: countdown begin dup . 1 - dup 0 = until drop ;
5 countdown
: stars 0 do 42 emit loop ;
: triangle 1 + 1 do i stars cr loop ;
4 triangle
variable counter
7 counter ! counter @ 3 * .
100 constant limit
limit 2 / .
: fizz 16 1 do i 15 mod 0 = if ." FizzBuzz" else i 3 mod 0 = if ." Fizz" else i 5 mod 0 = if ." Buzz" else i . then then then 32 emit loop ;
fizz
1 2 3 rot .s
drop drop drop drop
5 0 /
frobnicate
: broken if 1 ;
." hello world"
: gcd begin swap over mod dup 0 = until drop ;
48 18 gcd . 1071 462 gcd .
: sumsq 0 swap 1 + 1 do i dup * + loop ;
10 sumsq .
i
""".strip().splitlines()
for line in session:
    f.out.clear()
    try:
        f.run(line)
        status = "ok"
    except ForthError as e:
        status = f"error: {e}"
        f.stack.clear()
    print(f"> {line}\n  {''.join(f.out)!r} [{status}]")
print("final stack", f.stack, "words", sorted(f.words))
