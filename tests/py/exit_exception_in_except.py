# An exception raised while handling another, uncaught: both tracebacks with
# "During handling..." and carets; exit status 1.
def parse(s):
    return int(s)


def load(items):
    out = []
    for s in items:
        try:
            out.append(parse(s))
        except ValueError:
            out.append(fallback[s])
    return out


fallback = {"x": 0}
print(load(["1", "x"]))
print(load(["2", "y"]))
