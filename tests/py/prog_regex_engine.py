# A backtracking regular expression engine: a recursive-descent parser for
# alternation, concatenation, groups (capturing), character classes with
# ranges and negation, escapes (\d \w \s), quantifiers * + ? {m,n} (greedy
# and lazy), anchors ^ $; matching by generators that yield end positions,
# search, findall and group extraction.
class RegexError(Exception):
    pass


class Parser:
    def __init__(self, pattern):
        self.p = pattern
        self.i = 0
        self.groups = 0

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def take(self):
        ch = self.peek()
        self.i += 1
        return ch

    def parse(self):
        node = self.alternation()
        if self.i != len(self.p):
            raise RegexError(f"unexpected {self.p[self.i]!r} at {self.i}")
        return node

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == "|":
            self.take()
            branches.append(self.sequence())
        return branches[0] if len(branches) == 1 else ("alt", branches)

    def sequence(self):
        items = []
        while self.peek() not in (None, "|", ")"):
            items.append(self.quantified())
        return ("seq", items)

    def quantified(self):
        atom = self.atom()
        ch = self.peek()
        if ch in ("*", "+", "?", "{"):
            if ch == "{":
                close = self.p.find("}", self.i)
                if close < 0:
                    raise RegexError("unterminated {")
                body = self.p[self.i + 1:close]
                lo, _, hi = body.partition(",")
                lo = int(lo or 0)
                hi = lo if "," not in body else (int(hi) if hi else None)
                self.i = close + 1
            else:
                self.take()
                lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[ch]
            lazy = self.peek() == "?"
            if lazy:
                self.take()
            return ("repeat", atom, lo, hi, lazy)
        return atom

    def atom(self):
        ch = self.take()
        if ch == "(":
            self.groups += 1
            index = self.groups
            node = self.alternation()
            if self.take() != ")":
                raise RegexError("missing )")
            return ("group", index, node)
        if ch == "[":
            return self.char_class()
        if ch == ".":
            return ("any",)
        if ch == "^":
            return ("bol",)
        if ch == "$":
            return ("eol",)
        if ch == "\\":
            esc = self.take()
            if esc is None:
                raise RegexError("trailing backslash")
            classes = {"d": lambda c: c.isdigit(), "w": lambda c: c.isalnum() or c == "_", "s": str.isspace}
            if esc in classes:
                return ("pred", classes[esc])
            return ("lit", esc)
        if ch in ("*", "+", "?", "{"):
            raise RegexError(f"nothing to repeat at {self.i - 1}")
        if ch is None or ch == ")":
            raise RegexError("unbalanced parenthesis")
        return ("lit", ch)

    def char_class(self):
        negate = self.peek() == "^"
        if negate:
            self.take()
        ranges = []
        first = True
        while True:
            ch = self.take()
            if ch is None:
                raise RegexError("unterminated character set")
            if ch == "]" and not first:
                break
            first = False
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                self.take()
                ranges.append((ch, self.take()))
            else:
                ranges.append((ch, ch))
        return ("class", ranges, negate)


def match_here(node, s, i, groups):
    kind = node[0]
    if kind == "lit":
        if i < len(s) and s[i] == node[1]:
            yield i + 1
    elif kind == "any":
        if i < len(s) and s[i] != "\n":
            yield i + 1
    elif kind == "pred":
        if i < len(s) and node[1](s[i]):
            yield i + 1
    elif kind == "class":
        if i < len(s):
            inside = any(lo <= s[i] <= hi for lo, hi in node[1])
            if inside != node[2]:
                yield i + 1
    elif kind == "bol":
        if i == 0:
            yield i
    elif kind == "eol":
        if i == len(s):
            yield i
    elif kind == "seq":
        yield from match_seq(node[1], 0, s, i, groups)
    elif kind == "alt":
        for branch in node[1]:
            yield from match_here(branch, s, i, groups)
    elif kind == "group":
        _, index, inner = node
        for end in match_here(inner, s, i, groups):
            saved = groups.get(index)
            groups[index] = (i, end)
            yield end
            if saved is None:
                groups.pop(index, None)
            else:
                groups[index] = saved
    elif kind == "repeat":
        yield from match_repeat(node, s, i, groups, 0)


def match_seq(items, k, s, i, groups):
    if k == len(items):
        yield i
        return
    for mid in match_here(items[k], s, i, groups):
        yield from match_seq(items, k + 1, s, mid, groups)


def match_repeat(node, s, i, groups, count):
    _, atom, lo, hi, lazy = node
    can_stop = count >= lo
    can_go = hi is None or count < hi
    if lazy and can_stop:
        yield i
    if can_go:
        for mid in match_here(atom, s, i, groups):
            if mid == i:
                continue
            yield from match_repeat(node, s, mid, groups, count + 1)
    if not lazy and can_stop:
        yield i


class Regex:
    def __init__(self, pattern):
        parser = Parser(pattern)
        self.tree = parser.parse()
        self.ngroups = parser.groups

    def match_at(self, s, i):
        groups = {}
        for end in match_here(self.tree, s, i, groups):
            return (i, end), dict(groups)
        return None

    def fullmatch(self, s):
        groups = {}
        for end in match_here(self.tree, s, 0, groups):
            if end == len(s):
                return [s[a:b] if (a, b) else None for a, b in [groups.get(g, (0, 0)) for g in range(1, self.ngroups + 1)]]
        return None

    def search(self, s):
        for i in range(len(s) + 1):
            m = self.match_at(s, i)
            if m:
                (a, b), groups = m
                return s[a:b], {k: s[x:y] for k, (x, y) in sorted(groups.items())}
        return None

    def findall(self, s):
        out, i = [], 0
        while i <= len(s):
            m = self.match_at(s, i)
            if not m:
                i += 1
                continue
            (a, b), _ = m
            out.append(s[a:b])
            i = b if b > a else b + 1
        return out


tests = [
    (r"a*b", "xxaaab"), (r"colou?r", "my favourite colour"), (r"\d+", "order 66 and 9"), (r"(\w+)@(\w+)\.com", "mail bob@example.com now"),
    (r"^hello", "hello world"), (r"world$", "hello world"), (r"[aeiou]{2}", "beautiful"), (r"<.+>", "<a><b>"), (r"<.+?>", "<a><b>"),
    (r"(ab|cd)+", "xxabcdabyy"), (r"[^0-9 ]+", "123 abc 456"), (r"x{2,3}", "xxxxxx"), (r"(a(b)?)+", "aab"), (r"\s+", "no-spaces"),
]
for pattern, text in tests:
    print(f"{pattern:18} {text!r:26} {Regex(pattern).search(text)}")
print(Regex(r"\d{1,3}").findall("1 22 333 4444 55555"), Regex(r"[a-c]*").findall("abcxab"), Regex("a|b").findall("cab"))
print(Regex(r"(\d+)-(\d+)").fullmatch("10-20"), Regex(r"(\d+)-(\d+)").fullmatch("10-x"), Regex(r"(a)|b").fullmatch("b"))
for bad in ["(ab", "a)", "*a", "[abc", "a{2", "\\"]:
    try:
        Regex(bad)
    except RegexError as e:
        print(f"{bad!r:8} RegexError: {e}")
