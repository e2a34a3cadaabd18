# A small Lisp: tokenizer, reader producing nested lists, environments as
# chained dicts, special forms (quote, if, define, lambda, let, begin,
# cond, set!), closures, recursion, tail calls through a trampoline loop,
# and a printer. Error cases raise LispError with messages.
class LispError(Exception):
    pass


class Symbol(str):
    pass


def tokenize(text):
    return text.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise LispError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


class Env:
    def __init__(self, names=(), values=(), outer=None):
        self.vars = dict(zip(names, values))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.outer
        raise LispError(f"unbound symbol {name}")


class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"


def standard_env():
    env = Env()
    env.vars.update({
        "+": lambda *a: sum(a), "-": lambda a, *b: a - sum(b) if b else -a, "*": product,
        "/": lambda a, b: a / b if isinstance(a, float) or a % b else a // b, "<": lambda a, b: a < b,
        ">": lambda a, b: a > b, "=": lambda a, b: a == b, "<=": lambda a, b: a <= b,
        "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda x, y: [x] + y, "list": lambda *x: list(x),
        "null?": lambda x: x == [], "length": len, "not": lambda x: x is False, "abs": abs,
        "apply": lambda f, args: f(*args), "map": lambda f, xs: [call(f, [x]) for x in xs],
    })
    return env


def product(*args):
    r = 1
    for a in args:
        r *= a
    return r


def call(f, args):
    if isinstance(f, Lambda):
        return evaluate(f.body, Env(f.params, args, f.env))
    return f(*args)


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x).vars[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("empty application")
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) is not False else alt
            continue
        if op == "define":
            name, expr = args
            env.vars[name] = evaluate(expr, env)
            return None
        if op == "set!":
            name, expr = args
            env.find(name).vars[name] = evaluate(expr, env)
            return None
        if op == "lambda":
            return Lambda(args[0], args[1], env)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        if op == "let":
            bindings, body = args
            env = Env([b[0] for b in bindings], [evaluate(b[1], env) for b in bindings], env)
            x = body
            continue
        if op == "cond":
            for test, expr in args:
                if test == "else" or evaluate(test, env) is not False:
                    x = expr
                    break
            else:
                return None
            continue
        f = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(f, Lambda):
            if len(vals) != len(f.params):
                raise LispError(f"expected {len(f.params)} arguments, got {len(vals)}")
            env = Env(f.params, vals, f.env)
            x = f.body
            continue
        if not callable(f):
            raise LispError(f"not a procedure: {to_string(f)}")
        return f(*vals)


def to_string(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_string, x)) + ")"
    return str(x)


def run(program, env):
    tokens = tokenize(program)
    results = []
    while tokens:
        results.append(evaluate(read(tokens), env))
    return results[-1]


env = standard_env()
programs = [
    "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))",
    "(fact 20)",
    "(define fib (lambda (n) (cond ((< n 2) n) (else (+ (fib (- n 1)) (fib (- n 2)))))))",
    "(map fib '(0 1 2 3 4 5 6 7 8 9 10))",
    "(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))",
    "(count 5000 0)",
    "(define make-counter (lambda () (let ((n 0)) (lambda () (begin (set! n (+ n 1)) n)))))",
    "(define c (make-counter))",
    "(begin (c) (c) (c))",
    "(let ((x 2) (y 3)) (* x y))",
    "(car (cdr (list 1 2 3)))",
    "(cons 0 '(1 2))",
    "(apply + (list 1 2 3 4))",
    "(length '(a b c))",
    "(null? '())",
    "(/ 7 2)",
    "(/ 6 2)",
    "(- 5)",
]
for p in programs:
    print(f"{p[:60]:62} => {to_string(run(p, env))}")
for bad in ["(undefined 1)", "(1 2)", "(fact 1 2)", ")", "(+ 1", "()"]:
    try:
        run(bad, env)
    except LispError as e:
        print(f"{bad:14} LispError: {e}")
# The global environment holds the lambdas defined in it, which hold it: a
# reference cycle, broken by hand until the cycle collector lands.
env.vars.clear()
