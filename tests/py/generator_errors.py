# Errors in and around generators, caught: a generator that raises is
# finished; StopIteration inside a generator becomes RuntimeError (PEP 479);
# a running generator cannot be resumed; exceptions cross yield from.
def fails_after(n):
    for i in range(n):
        yield i
    raise ValueError("failed after " + str(n))


g = fails_after(2)
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print("after the error:", next(g, "exhausted"), list(g))
del g

try:
    for x in fails_after(3):
        print("got", x)
except ValueError as e:
    print("loop stopped:", e)


# PEP 479
def leaks_stop():
    yield 1
    raise StopIteration("inner stop")


try:
    print(list(leaks_stop()))
except RuntimeError as e:
    print("RuntimeError:", e)


def next_on_empty():
    it = iter([])
    yield next(it)


try:
    for x in next_on_empty():
        print(x)
except RuntimeError as e:
    print("RuntimeError:", e)


def catches_stop():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"


print(list(catches_stop()))


# A generator cannot resume itself.
def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(next(me, "finished after the error"))


def reentrant_loop():
    for x in me2:
        yield x


me2 = reentrant_loop()
try:
    list(me2)
except ValueError as e:
    print("ValueError:", e)
del me, me2


# Exceptions propagate through yield from, and the delegating generator
# can handle them.
def bad_inner():
    yield "inner 1"
    raise KeyError("inner key")


def handling_outer():
    try:
        yield from bad_inner()
    except KeyError as e:
        print("outer caught", e)
        yield "recovered"
    yield "outer end"


print(list(handling_outer()))


def not_handling_outer():
    yield "before"
    yield from bad_inner()
    yield "never"


try:
    for x in not_handling_outer():
        print(x)
except KeyError as e:
    print("caller caught", e)

# Errors from generator expressions.
try:
    print(sum(1 / x for x in [1, 2, 0, 4]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

try:
    print(list(int(s) for s in ["1", "x"]))
except ValueError as e:
    print("ValueError:", e)


# yield from a non-iterable.
def bad_delegation():
    yield from 42


try:
    list(bad_delegation())
except TypeError as e:
    print("TypeError:", e)


# A handled exception is restored across yields: bare raise after resuming.
def reraiser():
    try:
        raise KeyError("original")
    except KeyError:
        yield "in handler"
        raise


r = reraiser()
print(next(r))
try:
    next(r)
except KeyError as e:
    print("re-raised:", e)
del r


# The caller's handled exception is visible to a bare raise in a generator
# that handles none of its own.
def bare_raise():
    yield 1
    raise


b = bare_raise()
next(b)
try:
    raise IndexError("caller's")
except IndexError:
    try:
        next(b)
    except IndexError as e:
        print("bare raise in the generator saw:", e)
del b


# A generator's own handled exception does not leak into its caller.
def handler_across_yield():
    try:
        raise ValueError("generator's own")
    except ValueError:
        yield "suspended in handler"
    yield "after handler"


h = handler_across_yield()
print(next(h))
try:
    raise
except RuntimeError as e:
    print("caller has no handled exception:", e)
print(next(h))
del h


# Closing on deletion: GeneratorExit is thrown in.
def closable(label):
    try:
        yield label + " 1"
        yield label + " 2"
    except GeneratorExit:
        print(label, "closed")


c = closable("first")
print(next(c))
del c
print("after del")

c = closable("unstarted")
del c
print("an unstarted generator is not run when deleted")

c = closable("finished")
print(list(c))
del c


def make_and_drop():
    local = closable("local")
    next(local)
    return "function returned"


print(make_and_drop())
