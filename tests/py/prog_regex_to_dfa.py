# Regular expressions compiled by hand: a recursive-descent parser for
# | * + ? () . and character classes, Thompson NFA construction, subset
# construction to a DFA, Hopcroft-style minimization by partition
# refinement, and matching checked against a backtracking matcher.
class State:
    __slots__ = ("id", "edges", "eps")
    count = 0

    def __init__(self):
        State.count += 1
        self.id = State.count
        self.edges = []  # (charset or None for any, target)
        self.eps = []


class Frag:
    def __init__(self, start, end):
        self.start, self.end = start, end


class Parser:
    def __init__(self, pattern):
        self.p, self.i = pattern, 0

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else None

    def take(self):
        c = self.p[self.i]
        self.i += 1
        return c

    def parse(self):
        node = self.alt()
        if self.peek() is not None:
            raise ValueError(f"unexpected {self.peek()!r} at {self.i}")
        return node

    def alt(self):
        left = self.seq()
        while self.peek() == "|":
            self.take()
            left = ("alt", left, self.seq())
        return left

    def seq(self):
        items = []
        while self.peek() not in (None, "|", ")"):
            items.append(self.postfix())
        node = ("empty",)
        for it in items:
            node = it if node == ("empty",) else ("cat", node, it)
        return node

    def postfix(self):
        node = self.atom()
        while self.peek() in ("*", "+", "?"):
            node = ({"*": "star", "+": "plus", "?": "opt"}[self.take()], node)
        return node

    def atom(self):
        c = self.take()
        if c == "(":
            node = self.alt()
            if self.peek() != ")":
                raise ValueError("missing )")
            self.take()
            return node
        if c == ".":
            return ("any",)
        if c == "[":
            chars = set()
            negate = self.peek() == "^"
            if negate:
                self.take()
            while self.peek() != "]":
                if self.peek() is None:
                    raise ValueError("unterminated class")
                a = self.take()
                if self.peek() == "-" and self.p[self.i + 1] != "]":
                    self.take()
                    b = self.take()
                    chars |= {chr(x) for x in range(ord(a), ord(b) + 1)}
                else:
                    chars.add(a)
            self.take()
            return ("class", frozenset(chars), negate)
        if c in "*+?":
            raise ValueError(f"nothing to repeat at {self.i - 1}")
        if c == "\\":
            c = self.take()
        return ("char", c)


def build(node):
    kind = node[0]
    s, e = State(), State()
    if kind == "empty":
        s.eps.append(e)
    elif kind == "char":
        s.edges.append(((frozenset(node[1]), False), e))
    elif kind == "any":
        s.edges.append(((frozenset(), True), e))
    elif kind == "class":
        s.edges.append(((node[1], node[2]), e))
    elif kind == "cat":
        a, b = build(node[1]), build(node[2])
        s.eps.append(a.start)
        a.end.eps.append(b.start)
        b.end.eps.append(e)
    elif kind == "alt":
        a, b = build(node[1]), build(node[2])
        s.eps += [a.start, b.start]
        a.end.eps.append(e)
        b.end.eps.append(e)
    elif kind in ("star", "plus", "opt"):
        a = build(node[1])
        s.eps.append(a.start)
        a.end.eps.append(e)
        if kind != "plus":
            s.eps.append(e)
        if kind != "opt":
            a.end.eps.append(a.start)
    return Frag(s, e)


def closure(states):
    stack, seen = list(states), set(states)
    while stack:
        st = stack.pop()
        for t in st.eps:
            if t not in seen:
                seen.add(t)
                stack.append(t)
    return frozenset(seen)


def matches_set(cs, ch):
    chars, negate = cs
    return (ch not in chars) if negate else (ch in chars)


def to_dfa(frag, alphabet):
    start = closure([frag.start])
    ids = {start: 0}
    trans, accept = {}, set()
    todo = [start]
    while todo:
        cur = todo.pop()
        if frag.end in cur:
            accept.add(ids[cur])
        for ch in alphabet:
            nxt = closure([t for st in cur for cs, t in st.edges if matches_set(cs, ch)])
            if not nxt:
                continue
            if nxt not in ids:
                ids[nxt] = len(ids)
                todo.append(nxt)
            trans[ids[cur], ch] = ids[nxt]
    return len(ids), trans, accept


def minimize(n, trans, accept, alphabet):
    dead = n
    full = {(s, c): trans.get((s, c), dead) for s in range(n + 1) for c in alphabet}
    parts = [p for p in (frozenset(accept), frozenset(set(range(n + 1)) - accept)) if p]
    while True:
        index = {s: i for i, p in enumerate(parts) for s in p}
        new = []
        for p in parts:
            groups = {}
            for s in sorted(p):
                sig = tuple(index[full[s, c]] for c in alphabet)
                groups.setdefault(sig, set()).add(s)
            new.extend(frozenset(g) for g in groups.values())
        if len(new) == len(parts):
            live = [p for p in parts if dead not in p or accept & p]
            return len(live)
        parts = new


def dfa_match(dfa, text):
    n, trans, accept = dfa
    s = 0
    for ch in text:
        if (s, ch) not in trans:
            return False
        s = trans[s, ch]
    return s in accept


def backtrack(node, text, i, k):
    kind = node[0]
    if kind == "empty":
        return k(i)
    if kind == "char":
        return i < len(text) and text[i] == node[1] and k(i + 1)
    if kind == "any":
        return i < len(text) and k(i + 1)
    if kind == "class":
        return i < len(text) and matches_set((node[1], node[2]), text[i]) and k(i + 1)
    if kind == "cat":
        return backtrack(node[1], text, i, lambda j: backtrack(node[2], text, j, k))
    if kind == "alt":
        return backtrack(node[1], text, i, k) or backtrack(node[2], text, i, k)
    if kind == "opt":
        return backtrack(node[1], text, i, k) or k(i)
    if kind in ("star", "plus"):
        def loop(j, need):
            if not need and k(j):
                return True
            return backtrack(node[1], text, j, lambda m: m > j and loop(m, False))
        return loop(i, kind == "plus")
    raise ValueError(kind)


cases = [("a(b|c)*d", ["ad", "abd", "abcbcd", "abca", "d", "abbbbd"]),
         ("(ab)+|c?", ["", "c", "ab", "abab", "aba", "cc"]),
         ("[a-c]x[^0-9]", ["axz", "bx1", "cx-", "dxz", "ax"]),
         ("h.llo?", ["hello", "hallo", "hell", "hllo", "h.ll"]),
         ("(a|b)*abb", ["abb", "aabb", "babb", "ab", "abba", "bbbabb"]),
         ("(0|1(01*0)*1)*", ["", "0", "11", "110", "1001", "111", "10010"]),
         ("a\\*b", ["a*b", "ab", "aab"])]
for pattern, texts in cases:
    tree = Parser(pattern).parse()
    alphabet = sorted(set("".join(texts)) | {c for c in pattern if c.isalnum()})
    frag = build(tree)
    dfa = to_dfa(frag, alphabet)
    minimal = minimize(dfa[0], dfa[2 - 1], dfa[2], alphabet)
    results = [(t, dfa_match(dfa, t)) for t in texts]
    agree = all(r == backtrack(tree, t, 0, lambda j, t=t: j == len(t)) for t, r in results)
    print(f"{pattern:<16} dfa={dfa[0]:2} states, minimal={minimal:2}, agree={agree}")
    print("   ", " ".join(f"{t or 'ε'}:{'Y' if r else 'n'}" for t, r in results))
for bad in ("a**", "(ab", "[abc", "*a", "a)"):
    try:
        Parser(bad).parse()
        print(bad, "parsed?!")
    except ValueError as e:
        print(f"{bad!r}: ValueError: {e}")
