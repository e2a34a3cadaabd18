# The builtins that consume or make iterators, with CPython's messages:
# next, iter (and callable_iterator), sum, any, all, min, max, sorted,
# enumerate, zip (strict=), map, filter, reversed.
def check(label, f):
    try:
        r = f()
    except TypeError as e:
        print(label, "TypeError:", e)
    except ValueError as e:
        print(label, "ValueError:", e)
    except OverflowError as e:
        print(label, "OverflowError:", e)
    except StopIteration as e:
        print(label, "StopIteration:", e)
    else:
        print(label, "->", r)


check('next()', lambda: next())
check('next(1,2,3)', lambda: next(1,2,3))
check('next(5)', lambda: next(5))
check('next(iter([]))', lambda: next(iter([])))
check('next(iter([]), 9)', lambda: next(iter([]), 9))
check('next(x=1)', lambda: next(x=1))
check('iter()', lambda: list(iter()))
check('iter(1,2,3)', lambda: list(iter(1,2,3)))
check('iter(5)', lambda: iter(5))
check('iter(5, 1)', lambda: list(iter(5, 1)))
check('iter(x=1)', lambda: list(iter(x=1)))
check('sum()', lambda: sum())
check('sum(1,2,3)', lambda: sum(1,2,3))
check('sum(5)', lambda: sum(5))
check("sum([1], 'a')", lambda: sum([1], 'a'))
check("sum(['a'], '')", lambda: sum(['a'], ''))
check('sum([], start=5)', lambda: sum([], start=5))
check('sum([], x=5)', lambda: sum([], x=5))
check("sum(['a'])", lambda: sum(['a']))
check('sum(iterable=[1])', lambda: sum(iterable=[1]))
check('any()', lambda: any())
check('any(1)', lambda: any(1))
check('any(1, 2)', lambda: any(1, 2))
check('all(x=1)', lambda: all(x=1))
check('min()', lambda: min())
check('min(1)', lambda: min(1))
check('min([])', lambda: min([]))
check('min([], default=3)', lambda: min([], default=3))
check('min(1, 2, default=3)', lambda: min(1, 2, default=3))
check('min([1], foo=1)', lambda: min([1], foo=1))
check("max([1,'a'])", lambda: max([1,'a']))
check('min(1, 2, key=None)', lambda: min(1, 2, key=None))
check('max([], key=len)', lambda: max([], key=len))
check('min(x for x in [])', lambda: min(x for x in []))
check('sorted()', lambda: sorted())
check('sorted(1)', lambda: sorted(1))
check('sorted([1], foo=1)', lambda: sorted([1], foo=1))
check('sorted([1], reverse=None)', lambda: sorted([1], reverse=None))
check('sorted([1], 2)', lambda: sorted([1], 2))
check('sorted([3,1], key=None, reverse=1)', lambda: sorted([3,1], key=None, reverse=1))
check('sorted(iterable=[1])', lambda: sorted(iterable=[1]))
check('enumerate()', lambda: list(enumerate()))
check('enumerate(1)', lambda: list(enumerate(1)))
check("enumerate([1], 'a')", lambda: list(enumerate([1], 'a')))
check('enumerate([1], 2, 3)', lambda: list(enumerate([1], 2, 3)))
check('enumerate(iterable=[1], start=1)', lambda: list(enumerate(iterable=[1], start=1)))
check('enumerate([1], foo=2)', lambda: list(enumerate([1], foo=2)))
check('enumerate(start=2)', lambda: list(enumerate(start=2)))
check("enumerate([1], start='a')", lambda: list(enumerate([1], start='a')))
check('enumerate([], start=1.5)', lambda: list(enumerate([], start=1.5)))
check('zip(1)', lambda: list(zip(1)))
check('zip([1], 2)', lambda: list(zip([1], 2)))
check('zip(foo=1)', lambda: list(zip(foo=1)))
check('zip([1], strict=1, foo=2)', lambda: list(zip([1], strict=1, foo=2)))
check('list(zip([1,2], [1], strict=True))', lambda: list(zip([1,2], [1], strict=True)))
check('list(zip([1], [1,2], strict=True))', lambda: list(zip([1], [1,2], strict=True)))
check('list(zip([1], [1], [1, 2], strict=True))', lambda: list(zip([1], [1], [1, 2], strict=True)))
check('list(zip([1,2], [1,2], [1], strict=True))', lambda: list(zip([1,2], [1,2], [1], strict=True)))
check('map()', lambda: list(map()))
check('map(len)', lambda: list(map(len)))
check('map(len, 5)', lambda: list(map(len, 5)))
check('map(len, [1], x=1)', lambda: list(map(len, [1], x=1)))
check('list(map(len, [1]))', lambda: list(map(len, [1])))
check('filter()', lambda: list(filter()))
check('filter(None)', lambda: list(filter(None)))
check('filter(None, 5)', lambda: list(filter(None, 5)))
check('filter(None, [1], x=1)', lambda: list(filter(None, [1], x=1)))
check('filter(None, [1], 3)', lambda: list(filter(None, [1], 3)))
check('reversed()', lambda: list(reversed()))
check('reversed(1)', lambda: list(reversed(1)))
check('reversed(1, 2)', lambda: list(reversed(1, 2)))
check('reversed(x=1)', lambda: list(reversed(x=1)))
check('iter(len, 1, x=1)', lambda: list(iter(len, 1, x=1)))
check('sum([1], 2, start=3)', lambda: sum([1], 2, start=3))
check('sum(start=3)', lambda: sum(start=3))
check('sum([1.5, 2, 3])', lambda: sum([1.5, 2, 3]))
check('sum([1, 2.5], 1)', lambda: sum([1, 2.5], 1))
check('sum([[1], [2]], [])', lambda: sum([[1], [2]], []))
check('sum([True, True])', lambda: sum([True, True]))
check('sorted([1], reverse=1.5)', lambda: sorted([1], reverse=1.5))
check('sorted([1], reverse=2**100)', lambda: sorted([1], reverse=2**100))
check('sorted([1], key=1)', lambda: sorted([1], key=1))
check('sorted([2,1], key=None)', lambda: sorted([2,1], key=None))
check('sorted([1], reverse=True, key=None)', lambda: sorted([1], reverse=True, key=None))
check('min([1], key=1)', lambda: min([1], key=1))
check('min(1, key=len)', lambda: min(1, key=len))
check('min([1], default=2, key=None, foo=3)', lambda: min([1], default=2, key=None, foo=3))
check('min([1], 2)', lambda: min([1], 2))
check("max('abc')", lambda: max('abc'))
check('max([1,2,3], key=lambda x: -x)', lambda: max([1,2,3], key=lambda x: -x))
check('min((), default=None)', lambda: min((), default=None))
check("list(enumerate('ab', 2**70))", lambda: list(enumerate('ab', 2**70)))
check("list(enumerate('ab', -3))", lambda: list(enumerate('ab', -3)))
check("list(enumerate('ab', True))", lambda: list(enumerate('ab', True)))
check('enumerate([1], start=2, iterable=3)', lambda: list(enumerate([1], start=2, iterable=3)))
check("enumerate(start=2, iterable='ab')", lambda: list(enumerate(start=2, iterable='ab')))
check("list(enumerate(start=2, iterable='ab'))", lambda: list(enumerate(start=2, iterable='ab')))
check('enumerate(x=1)', lambda: list(enumerate(x=1)))
check('enumerate(iterable=1, start=2, foo=3)', lambda: list(enumerate(iterable=1, start=2, foo=3)))
check('list(zip())', lambda: list(zip()))
check("list(zip('ab', 'cde'))", lambda: list(zip('ab', 'cde')))
check("zip('a', strict=True, foo=1)", lambda: list(zip('a', strict=True, foo=1)))
check('list(filter(bool, [0, 1, 2]))', lambda: list(filter(bool, [0, 1, 2])))
check("list(filter(None, [0, '', 'a']))", lambda: list(filter(None, [0, '', 'a'])))
check('list(filter(lambda x: x > 1, [0, 1, 2, 3]))', lambda: list(filter(lambda x: x > 1, [0, 1, 2, 3])))
check('list(map(lambda a, b: a + b, [1, 2, 3], [10, 20]))', lambda: list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
check('list(reversed([1, 2, 3]))', lambda: list(reversed([1, 2, 3])))
check('list(reversed(range(4)))', lambda: list(reversed(range(4))))
check("list(reversed('abc'))", lambda: list(reversed('abc')))
check('list(reversed((1, 2)))', lambda: list(reversed((1, 2))))
check('iter(5, 1, 2)', lambda: list(iter(5, 1, 2)))
check("next(iter('a'), 1, 2)", lambda: next(iter('a'), 1, 2))


# callable_iterator: call until the sentinel comes.
def counter():
    state = [0]

    def tick():
        state[0] = state[0] + 1
        return state[0]
    return tick


print(list(iter(counter(), 5)))
it = iter(counter(), 3)
print(next(it), next(it), next(it, "sentinel reached"), next(it, "stays exhausted"))


def stops():
    state = [0]

    def f():
        state[0] = state[0] + 1
        if state[0] > 2:
            raise StopIteration
        return state[0]
    return f


print(list(iter(stops(), None)))

# next() with a default on generators and other iterators.
gen = (x for x in range(2))
print(next(gen), next(gen), next(gen, "default"), next(gen, None))
r = iter(range(3))
print(next(r), list(r), next(r, "empty"))

# Sums and truth over iterators.
print(sum(range(101)), sum([0.5, 0.25, 0.125]), sum([[1], [2, 3]], []), sum((), 10))
print(sum(x for x in range(10) if x % 2), sum([1, 2], start=100))
# Machine-int and float runs, and where they end.
print(sum([1, 2, 3.5, 2**62, 2**62, 2**62, True, 0.25]))
print(sum([2**63 - 1, 1, -5]), sum([-2**63, -1]), sum([1.5, 2**70, 3]), sum([1, 2], 0.5), sum([True, False, True]))
print(sum([0.1] * 10), sum(range(10**6)), sum([1e308, 1e308]), sum([1, 2**100, 1.0]), sum([1, 2, 3], 2**64))
check("sum([1.0, 10**400])", lambda: sum([1.0, 10**400]))
print(any([]), all([]), any(x for x in [0, "", None]), all(x for x in [1, "a", [0]]))
print(any(iter([0, 0, 3])), all(iter([1, 0])))

# min and max: iterables, several arguments, key, default.
print(min([4, 2, 8]), max([4, 2, 8]), min(4, 2, 8), max("b", "a", "c"))
print(min([3, -5, 2], key=lambda v: v if v >= 0 else -v), max([3, -5, 2], key=lambda v: v if v >= 0 else -v), min([], default="none"))
print(max(["aa", "b", "ccc", "dd"], key=len), min(["aa", "b", "ccc", "dd", "e"], key=len))
print(max(x * x for x in range(-5, 3)), min((x for x in []), default=-1))

# sorted: a new list, stable, key and reverse.
data = [5, 3, 8, 1, 9, 2]
print(sorted(data), data, sorted(data, reverse=True))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted("hello"), sorted(x % 4 for x in range(10)))
print(sorted(["bb", "a", "ccc", "dd"], key=len, reverse=True))

# enumerate, zip, map, filter, reversed.
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)))
for i, c in enumerate("xy", start=1):
    print(i, c)
print(list(zip("abc", range(10), [True, False, None])), list(zip()), list(zip([1, 2])))
print(list(zip([1, 2], "ab", strict=True)))
print(list(map(len, ["a", "bb", ""])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda n: n % 3 == 0, range(10))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))), list(reversed(())))
print(list(enumerate(zip(map(len, ["a", "bb"]), filter(None, [0, 7, 8])))))

# Iterators are their own iterators and stay exhausted.
z = zip("ab", "cd")
print(list(z), list(z))
m = map(len, ["abc"])
print(next(m), next(m, "done"))
e = enumerate("q")
print(next(e), next(e, "done"))
f = filter(None, [1])
print(next(f), next(f, "done"))
rv = reversed("ab")
print(next(rv), next(rv), next(rv, "done"))

# zip(strict=True) errors surface when the shortest ends.
z = zip([1, 2, 3], "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print("ValueError:", e)

