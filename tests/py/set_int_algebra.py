# Sets of small integers (whose iteration order is deterministic): every
# operator and method with sets, frozensets and other iterables, in-place
# forms and their identity, comparisons (subset chains), mixing set and
# frozenset result types, set comprehensions, and errors.
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
fa = frozenset(a)
print(a | b, a & b, a - b, a ^ b, b - a)
print(a.union(b, [7], range(8, 10)), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(range(3)))
print(type(fa | b).__name__, type(b | fa).__name__, type(fa & a).__name__, type(a - fa).__name__, fa ^ b)
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint({9}))
print(fa == a, a == fa, frozenset() == set(), {frozenset({1}), frozenset({1})}, hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
s = set(a)
ident = s
s |= {10}
s &= {1, 2, 3, 10, 11}
s -= {2}
s ^= {3, 12}
print(s, s is ident)
s.update([20, 21], {22})
s.intersection_update(range(15, 30), range(21, 40))
print(s)
s.difference_update({21})
s.symmetric_difference_update({22, 23})
print(s, s.copy(), s.copy() is s)
s.add(5)
s.discard(99)
s.remove(5)
print(s, s.pop(), s)
s.clear()
print(s, len(s), bool(s), set(), frozenset(), repr(frozenset([3, 1])))
try:
    s.remove(1)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
for expr in ["a | [1]", "a & (1,)", "a - range(2)", "a ^ 'x'", "a < [1]", "fa | 5", "a.union(5)", "frozenset(5)",
             "set(1, 2)", "a.add()", "{[]}", "fa.add(1)"]:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, AttributeError) as e:
        print(f"{expr:16} {type(e).__name__}: {e}")
print({x % 5 for x in range(20)}, {x * x for x in range(-3, 4)}, set(range(0, 20, 4)) & set(range(0, 20, 6)))
print(sorted({(1, 2), (2, 1), (1, 2)}), {True, 1, 1.0}, {0, False, 0.0}, len({1, 1.0, True, 2}))
primes = set(range(2, 50))
for n in range(2, 8):
    primes -= set(range(n * n, 50, n))
print(sorted(primes), len(primes), max(primes), min(primes), sum(primes))
fs = frozenset(range(5))
print(fs.union([9]), fs.intersection(range(3)), fs.difference({0}), fs.copy() is fs, frozenset(fs) is fs)
