# Frame objects reached from the tracebacks of caught exceptions: tb_frame,
# the f_back chain, f_locals (cells and free variables included), f_lineno,
# f_code, and tb_next/tb_lineno.


def current_frame():
    # The caller's frame, as sys._getframe(1) would give it.
    try:
        raise ZeroDivisionError
    except ZeroDivisionError as e:
        return e.__traceback__.tb_frame.f_back


def names(frame):
    out = []
    while frame is not None:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


def level3(n):
    items = [n, n * 2]
    label = "deep"
    raise ValueError(label, items)


def level2(n):
    total = n + 1
    level3(total)


def level1():
    start = 10
    level2(start)


try:
    level1()
except ValueError as exc:
    tb = exc.__traceback__
    entries = []
    while tb is not None:
        f = tb.tb_frame
        entries.append((f.f_code.co_name, tb.tb_lineno, f.f_lineno))
        tb = tb.tb_next
    print(entries)
    innermost = exc.__traceback__.tb_next.tb_next.tb_next.tb_frame
    print(names(innermost))
    print(innermost.f_locals)
    print(innermost.f_back.f_locals)
    print(innermost.f_back.f_back.f_locals)
    print(innermost.f_back.f_back.f_back is exc.__traceback__.tb_frame)
    print(exc.__traceback__.tb_frame.f_back)
    print(innermost.f_globals is globals(), innermost.f_builtins is exc.__traceback__.tb_frame.f_builtins)
    print(type(innermost.f_builtins), innermost.f_code is level3.__code__)
    print(innermost.f_lineno, innermost.f_code.co_firstlineno, innermost.f_code.co_varnames)


# Cells and free variables appear in f_locals by their contents.
def outer(a, b):
    shared = a * b
    unused_cell = 0

    def inner(c):
        local = c + shared
        raise KeyError(local)

    del unused_cell
    return inner(3)


try:
    outer(2, 5)
except KeyError as exc:
    tb = exc.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_name, [(k, getattr(v, "__qualname__", v)) for k, v in sorted(tb.tb_frame.f_locals.items())])
    print(tb.tb_next.tb_frame.f_code.co_qualname, tb.tb_next.tb_frame.f_locals)
    print(tb.tb_next.tb_frame.f_code.co_freevars, tb.tb_frame.f_code.co_cellvars)


# f_locals is one dict per frame, refreshed at each read.
def changing():
    x = 1
    f = current_frame()
    d1 = f.f_locals
    x = 2
    y = 3
    d2 = f.f_locals
    del y
    d3 = f.f_locals
    return d1 is d2 is d3, sorted(d3), d3["x"]


print(changing())


# The frame of a running function, its caller and the module.
def where():
    f = current_frame()
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno


def caller():
    return where()


print(caller())
module_frame = current_frame()
print(module_frame.f_code.co_name, module_frame.f_back, module_frame.f_locals is globals())
print(module_frame.f_lineno)


# A frame that ended keeps its last line and its locals.
def finished(p):
    q = p * 3
    frame = current_frame()
    r = q + 1
    return frame


fr = finished(4)
print(fr.f_lineno, fr.f_locals["frame"] is fr, [(k, v) for k, v in fr.f_locals.items() if k != "frame"], fr.f_back is module_frame)


# Class bodies: f_locals is the class namespace.
class Body:
    attr = 1
    frame = current_frame()
    later = 2


print(Body.frame.f_code.co_name, sorted(k for k in Body.frame.f_locals if not k.startswith("__")))
print(Body.frame.f_locals is Body.frame.f_locals)


# Exceptions passing through a generator and a comprehension.
def gen():
    yield 1
    raise RuntimeError("in gen")


try:
    [x for x in gen()]
except RuntimeError as exc:
    tb = exc.__traceback__
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(out)
    last = exc.__traceback__
    while last.tb_next:
        last = last.tb_next
    print(last.tb_frame.f_back, last.tb_frame.f_locals)


# Recursion: every level has its own frame.
def recurse(n):
    if n == 0:
        raise IndexError(n)
    recurse(n - 1)


try:
    recurse(4)
except IndexError as exc:
    tb = exc.__traceback__.tb_next
    seen = []
    while tb:
        seen.append(tb.tb_frame.f_locals["n"])
        tb = tb.tb_next
    print(seen)
    frames = []
    tb = exc.__traceback__
    while tb:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    print(len(set(map(id, frames))), all(frames[i + 1].f_back is frames[i] for i in range(len(frames) - 1)))


# The same frame object for every entry of one frame.
def handles():
    try:
        raise TypeError("first")
    except TypeError as e:
        first = e.__traceback__.tb_frame
    try:
        raise TypeError("second")
    except TypeError as e:
        second = e.__traceback__.tb_frame
    return first is second, first.f_code.co_name


print(handles())
