# Containers, booleans as ints, and numeric corner cases probed one
# expression at a time (repr of the result or the exception).
tests = [
 "[1,2,3].__reversed__().__length_hint__()", "list(reversed([]))", "[1,2,3][::-1][::-1]", "[0]*3 + [1]*0",
 "[[]] * 2", "[1, 2, 3].index(2, -2)", "[1, 2, 3].index(3, 1, -0)" , "(1, 2, 1).count(1)", "[].count([])",
 "sorted([3, 1], key=None)", "list.__add__([1], [2])", "list.__iadd__([1], (2,))", "list.__mul__([1], 2)",
 "[1, 2] == (1, 2)", "[1, 2] < [1, 2, 0]", "[] < [0]", "[float('nan')] == [float('nan')]", "(float('nan'),) < (1,)",
 "dict([(1, 2)], a=3)", "dict(a=1) == {'a': 1}", "{1: 2}.get(1, 5)", "{}.setdefault('k')", "dict.fromkeys([])",
 "{1: 'a'} | {1: 'b'}", "{'x': 1}.pop('y', 'dflt')", "list({1: 2, 3: 4}.items())", "sorted({3: 1, 1: 3})",
 "{1, 2} == frozenset({2, 1})", "set('aab')  == {'a', 'b'}", "{1, 2}.union()", "set().union([1], [2])",
 "frozenset({1}) | {2}", "{1} ^ {1}", "bytes(range(3)) * 2", "bytearray(b'ab') * 2", "b'ab'[::-1]",
 "b' '.join([b'a', bytearray(b'b')])", "bytearray(b' ').join([b'a'])", "b'abc'.replace(b'', b'-')", "'abc'.replace('', '-', 2)",
 "'aaa'.replace('a', 'b', 0)", "'aaa'.replace('a', 'b', -1)", "'abc'.split('b', -5)", "'a b'.split(None, -1)",
 "str(slice(1))", "slice(None).indices(3)", "range(3).__contains__(1.0)", "1.5 in range(3)",
 "len(range(-5))", "range(0, 10, 3)[1:3]", "range(10)[slice(None, None, -4)]", "list(range(5))[2:100:-1]",
 "list(reversed(range(10)))[::3]", "tuple(range(3)) + tuple('ab')", "max((1, 'a'), (1, 'b'))", "min([[2], [1, 5]])",
 "list(map(str, range(3)))", "list(zip('ab', range(5), strict=False))", "list(enumerate([]))", "any([])", "all([])",
 "sum([[1], [2]], [])", "sum([(1,), (2,)], ())", "sum([True, True])", "sum([1.5, 2], 0.5)", "sum(range(5), start=10)",
 "sorted('bca', reverse=1)", "sorted([1, 2], key=lambda v: -v, reverse=True)", "list(filter(lambda v: v > 1, {3: 0, 1: 0}))",
 "divmod(True, 2)", "True // 2", "-True", "True ** 2", "True << 3", "~False", "True & 3", "True / 2", "bool(0.0j)",
 "int(True)", "float(False)", "complex(True)", "round(True)", "abs(False)", "hash(True)", "True.bit_length()",
 "(255).to_bytes(2, 'little', signed=True)", "int.from_bytes(b'\\xff', 'little', signed=True)", "(-1).bit_count()",
 "(2**64).bit_length()", "(10).__round__(-1)", "round(5, -1)", "round(15, -1)", "round(25, -1)", "round(-25, -1)",
 "round(123456, -10)", "round(7.5)", "round(-7.5)", "round(0.5 + 1e-16)", "round(1e300)", "int(1e300) == 10**300",
 "float(10**300) == 1e300", "1e300 == 10**300", "2**0.5 == 2**0.5", "(-1) ** 0.5", "0 ** 0", "pow(3, 4, -5)",
 "pow(-3, 3, 7)", "pow(3, -2, 7)", "7 % -3", "-7 % 3", "7.0 % -3", "-0.0 % 5", "5 // -2.0", "divmod(-0.0, 1)",
 "int('-0')", "float('-0')", "str(-0.0)", "str(0.0 * -1)", "1 / -float('inf')", "float('inf') * 0", "float('inf') // 1",
]
for t in tests:
    try:
        print(t, "=>", repr(eval(t)))
    except Exception as e:
        print(t, "=>", type(e).__name__, e)
