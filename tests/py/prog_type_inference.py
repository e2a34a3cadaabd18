# Hindley-Milner type inference (algorithm W with union-find style
# substitution) for a tiny lambda calculus with let-polymorphism, integers,
# booleans, if, pairs and lists; reports inferred types with normalized
# variable names and unification errors (mismatch, occurs check, unbound).
class TypeError_(Exception):
    pass


class TVar:
    counter = 0

    def __init__(self):
        TVar.counter += 1
        self.id = TVar.counter
        self.instance = None


class TCon:
    def __init__(self, name, args=()):
        self.name, self.args = name, list(args)


INT, BOOL = TCon("int"), TCon("bool")


def fn(a, b):
    return TCon("->", [a, b])


def prune(t):
    while isinstance(t, TVar) and t.instance is not None:
        t = t.instance
    return t


def occurs(v, t):
    t = prune(t)
    if t is v:
        return True
    return isinstance(t, TCon) and any(occurs(v, a) for a in t.args)


def unify(a, b):
    a, b = prune(a), prune(b)
    if isinstance(a, TVar):
        if a is not b:
            if occurs(a, b):
                raise TypeError_("recursive unification (occurs check)")
            a.instance = b
    elif isinstance(b, TVar):
        unify(b, a)
    else:
        if a.name != b.name or len(a.args) != len(b.args):
            raise TypeError_(f"type mismatch: {show(a)} vs {show(b)}")
        for x, y in zip(a.args, b.args):
            unify(x, y)


def fresh(t, mapping, nongeneric):
    t = prune(t)
    if isinstance(t, TVar):
        if any(occurs(t, ng) for ng in nongeneric):
            return t
        if t not in mapping:
            mapping[t] = TVar()
        return mapping[t]
    return TCon(t.name, [fresh(a, mapping, nongeneric) for a in t.args])


def infer(node, env, nongeneric=frozenset()):
    kind = node[0]
    if kind == "int":
        return INT
    if kind == "bool":
        return BOOL
    if kind == "var":
        if node[1] not in env:
            raise TypeError_(f"unbound variable {node[1]}")
        return fresh(env[node[1]], {}, nongeneric)
    if kind == "app":
        f = infer(node[1], env, nongeneric)
        a = infer(node[2], env, nongeneric)
        r = TVar()
        unify(fn(a, r), f)
        return r
    if kind == "lam":
        v = TVar()
        body = infer(node[2], {**env, node[1]: v}, nongeneric | {v})
        return fn(v, body)
    if kind == "let":
        vt = infer(node[2], env, nongeneric)
        return infer(node[3], {**env, node[1]: vt}, nongeneric)
    if kind == "letrec":
        v = TVar()
        env2 = {**env, node[1]: v}
        vt = infer(node[2], env2, nongeneric | {v})
        unify(v, vt)
        return infer(node[3], env2, nongeneric)
    if kind == "if":
        unify(infer(node[1], env, nongeneric), BOOL)
        t = infer(node[2], env, nongeneric)
        unify(t, infer(node[3], env, nongeneric))
        return t
    raise ValueError(kind)


def show(t, names=None):
    if names is None:
        names = {}
    t = prune(t)
    if isinstance(t, TVar):
        if t not in names:
            names[t] = "'" + "abcdefghijklmnop"[len(names)]
        return names[t]
    if t.name == "->":
        a, b = t.args
        left = show(a, names)
        if isinstance(prune(a), TCon) and prune(a).name == "->":
            left = f"({left})"
        return f"{left} -> {show(b, names)}"
    if t.name == "pair":
        return f"({show(t.args[0], names)} * {show(t.args[1], names)})"
    if t.name == "list":
        return f"[{show(t.args[0], names)}]"
    return t.name


def parse(src):
    toks = src.replace("(", " ( ").replace(")", " ) ").split()
    pos = 0

    def expr():
        nonlocal pos
        tok = toks[pos]
        if tok == "fn":
            name = toks[pos + 1]
            assert toks[pos + 2] == "=>"
            pos += 3
            return ("lam", name, expr())
        if tok in ("let", "letrec"):
            name = toks[pos + 1]
            assert toks[pos + 2] == "="
            pos += 3
            val = expr()
            assert toks[pos] == "in", toks[pos:]
            pos += 1
            return (tok, name, val, expr())
        if tok == "if":
            pos += 1
            c = expr()
            pos += 1  # then
            a = expr()
            pos += 1  # else
            return ("if", c, a, expr())
        node = atom()
        while pos < len(toks) and toks[pos] not in (")", "in", "then", "else"):
            node = ("app", node, atom())
        return node

    def atom():
        nonlocal pos
        tok = toks[pos]
        pos += 1
        if tok == "(":
            e = expr()
            pos += 1
            return e
        if tok.isdigit():
            return ("int", int(tok))
        if tok in ("true", "false"):
            return ("bool", tok == "true")
        return ("var", tok)

    return expr()


a, b = TVar(), TVar()
base = {
    "add": fn(INT, fn(INT, INT)), "eq": fn(INT, fn(INT, BOOL)), "not": fn(BOOL, BOOL),
    "pair": fn(a, fn(b, TCon("pair", [a, b]))),
    "fst": (lambda p, q: fn(TCon("pair", [p, q]), p))(TVar(), TVar()),
    "nil": (lambda e: TCon("list", [e]))(TVar()),
    "cons": (lambda e: fn(e, fn(TCon("list", [e]), TCon("list", [e]))))(TVar()),
    "head": (lambda e: fn(TCon("list", [e]), e))(TVar()),
    "null": (lambda e: fn(TCon("list", [e]), BOOL))(TVar()),
    "tail": (lambda e: fn(TCon("list", [e]), TCon("list", [e])))(TVar()),
}
programs = [
    "42", "fn x => x", "fn f => fn x => f (f x)", "fn x => fn y => x", "add 1", "let id = fn x => x in pair (id 3) (id true)",
    "fn f => fn g => fn x => f (g x)", "fn x => if x then 1 else 0", "cons 1 nil", "fn xs => head (tail xs)",
    "letrec len = fn xs => if null xs then 0 else add 1 (len (tail xs)) in len",
    "letrec map = fn f => fn xs => if null xs then nil else cons (f (head xs)) (map f (tail xs)) in map",
    "fst (pair 1 true)", "fn p => fst p", "let twice = fn f => fn x => f (f x) in twice twice (add 1)",
    "fn x => x x", "add true", "if 1 then 2 else 3", "fn x => if x then x else 1", "undefined_name 3",
    "(fn id => pair (id 3) (id true)) (fn x => x)", "cons true (cons 1 nil)", "fn f => pair (f 1) (f 2)",
]
for src in programs:
    try:
        t = infer(parse(src), base)
        print(f"{src:<75} : {show(t)}")
    except TypeError_ as e:
        print(f"{src:<75} ! {e}")
