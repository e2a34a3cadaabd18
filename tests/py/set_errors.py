# The errors of sets and frozensets, with CPython's exact messages; the last
# one is uncaught, so its traceback is compared too.
def attempt(label, f):
    try:
        r = f()
    except TypeError as e:
        print(label, "TypeError:", e)
    except KeyError as e:
        print(label, "KeyError:", e)
    except RuntimeError as e:
        print(label, "RuntimeError:", e)
    else:
        print(label, "ok", r)


attempt("list item", lambda: {1, [2]})
attempt("dict item", lambda: {{}: 1} if False else {1, {}})
attempt("set item", lambda: {1, {2}})
attempt("starred unhashable", lambda: {*[[1]]})
attempt("starred non-iterable", lambda: {*5})
attempt("comprehension", lambda: {x for x in [1, [2], 3]})
attempt("constructor", lambda: set([1, [2]]))
attempt("constructor int", lambda: set(5))
attempt("frozenset int", lambda: frozenset(5))
attempt("two args", lambda: set([1], [2]))
attempt("frozenset two args", lambda: frozenset([1], [2]))
attempt("set keyword", lambda: set(iterable=[1]))
attempt("frozenset keyword", lambda: frozenset(iterable=[1]))
attempt("hash set", lambda: hash({1}))
attempt("set in set", lambda: {1} in {2})
attempt("list in set", lambda: [1] in {1})
attempt("dict in set", lambda: {} in {1})
attempt("frozen of set in set", lambda: {frozenset({1})} in {1})
attempt("| list", lambda: {1} | [2])
attempt("list |", lambda: [2] | {1})
attempt("& tuple", lambda: {1} & (1,))
attempt("- range", lambda: frozenset({1}) - range(3))
attempt("^ int", lambda: {1} ^ 1)
attempt("+", lambda: {1} + {2})
attempt("*", lambda: {1} * 2)
attempt("<", lambda: {1} < [1])
attempt(">=", lambda: {1} >= 3)
attempt("unary -", lambda: -{1})


def inplace_or():
    s = {1}
    s |= [2]
    return s


def inplace_and():
    s = {1}
    s &= (1,)
    return s


def inplace_sub():
    s = {1}
    s -= "1"
    return s


def inplace_xor():
    s = {1}
    s ^= None
    return s


def frozen_inplace():
    f = frozenset({1})
    f |= [2]
    return f


attempt("|=", inplace_or)
attempt("&=", inplace_and)
attempt("-=", inplace_sub)
attempt("^=", inplace_xor)
attempt("frozenset |=", frozen_inplace)


def grow_while_iterating():
    s = set(range(5))
    for x in s:
        s |= {x + 10}
    return s


def shrink_while_iterating():
    s = {1, 2, 3}
    for x in s:
        s -= {x}
    return s


def same_size_is_allowed():
    s = {1, 2, 3}
    seen = []
    for x in s:
        s -= {x}
        s |= {x}
        seen = seen + [x]
    return seen


attempt("grow while iterating", grow_while_iterating)
attempt("shrink while iterating", shrink_while_iterating)
attempt("same size", same_size_is_allowed)


def unhashable_in_middle():
    items = [3, 1, [4], 1]
    return {x * 2 for x in items}


attempt("middle", unhashable_in_middle)


def dedupe(rows):
    return {row for row in rows}


print(dedupe([(1, 2), (1, 2), (2, 1)]))
print(dedupe([[1, 2], [1, 2]]))
