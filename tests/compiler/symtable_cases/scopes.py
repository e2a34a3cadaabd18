# Scope resolution: locals, cells, frees, implicit and explicit globals.
import os.path, collections.abc as cabc
from json import loads as _loads, dumps

g = 1

def outer(a, b=lambda: g, *args, c, d=2, **kw):
    x = 1
    y = 2
    def middle():
        nonlocal y
        y += 1
        def inner():
            return x + y + g + undefined
        return inner
    def uses_global():
        global x
        x = 3
        def nested():
            return x  # global: the enclosing function declared it global
        return nested
    def shadow(x):
        return lambda: x
    return middle, uses_global, shadow

def params_cells(p, q):
    del q
    return lambda: p

def top():
    z = 1  # the symtable module treats a table named "top" as module-level
    return z

async def coroutine(it):
    async for v in it:
        await v
    async with it as (m, n):
        pass
    return [w async for w in it]

def generator():
    yield 1
    yield from range(3)
    return (i for i in range(3))

def deleted():
    global gone
    del gone

def except_names():
    try:
        pass
    except Exception as err:
        return err
    try:
        pass
    except* ValueError as eg:
        pass

def match_names(subject):
    match subject:
        case [1, *rest]:
            return rest
        case {"k": v, **others}:
            return v, others
        case Point(x=px, y=0) as point if px > 0:
            return point
        case str() | bytes() as text:
            return text
        case _:
            return None

__debug__
print(__debug__)
