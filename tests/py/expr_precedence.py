# Operator precedence and associativity, from lambda (lowest) to
# subscription and calls (highest), checked against explicit parentheses.
checks = [
    ("2 + 3 * 4", 2 + (3 * 4)),
    ("2 * 3 ** 2", 2 * (3 ** 2)),
    ("2 ** 3 ** 2", 2 ** (3 ** 2)),
    ("-2 ** 2", -(2 ** 2)),
    ("2 ** -1", 2 ** (-1)),
    ("-2 ** -2", -(2 ** -2)),
    ("~1 + 1", (~1) + 1),
    ("not 1 == 2", not (1 == 2)),
    ("1 + 2 << 1", (1 + 2) << 1),
    ("1 << 2 + 1", 1 << (2 + 1)),
    ("6 & 3 | 8", (6 & 3) | 8),
    ("6 | 3 & 8", 6 | (3 & 8)),
    ("5 ^ 3 & 1", 5 ^ (3 & 1)),
    ("5 | 3 ^ 1", 5 | (3 ^ 1)),
    ("1 | 2 == 3", (1 | 2) == 3),
    ("10 - 4 - 3", (10 - 4) - 3),
    ("100 / 10 / 5", (100 / 10) / 5),
    ("17 // 5 * 2", (17 // 5) * 2),
    ("17 % 5 * 3", (17 % 5) * 3),
    ("2 * 17 % 5", (2 * 17) % 5),
    ("-7 // 2", (-7) // 2),
    ("- 7 % 3", (-7) % 3),
    ("not True or True", (not True) or True),
    ("True or False and False", True or (False and False)),
    ("not 0 and 1", (not 0) and 1),
    ("1 if 0 else 2 if 0 else 3", 1 if 0 else (2 if 0 else 3)),
    ("(lambda: 1 if 0 else 2)()", 2),
    ("3 > 2 == True", (3 > 2) and (2 == True)),
    ("1 < 2 in [2]", (1 < 2) and (2 in [2])),
    ("[1, 2][1] ** 2", ([1, 2][1]) ** 2),
    ("-[1, 2][0]", -([1, 2][0])),
    ("'%d' % 3 * 2", ('%d' % 3) * 2),
    ("'-' * 2 + 'x'", ('-' * 2) + 'x'),
    ("2 + 3 if True else 0", (2 + 3) if True else 0),
    ("1 + (x := 4) * 2", 9),
    ("not -1", not (-1)),
    ("- - 1", -(-1)),
    ("+-+1", +(-(+1))),
    ("~~5", ~(~5)),
    ("2 ** ~1", 2 ** (~1)),
    ("3 @ 2 if False else 7", 7),
    ("1 is 1 == True" if False else "None is None is not False", (None is None) and (None is not False)),
    ("0 or 0 or 5", 5),
    ("[] and 1 or 'fallback'", 'fallback'),
    ("1 and 2 and 3", 3),
    ("0 and 1/0", 0),
    ("1 or 1/0", 1),
    ("(1, 2) + (3,) * 2", (1, 2) + ((3,) * 2)),
    ("2 * 3 // 4", (2 * 3) // 4),
    ("8 >> 1 << 2", (8 >> 1) << 2),
    ("-2 >> 1", (-2) >> 1),
    ("1 - -1", 1 - (-1)),
    ("2**2**-1", 2 ** (2 ** -1)),
    ("divmod(-7, 2)[0] + 1", -3),
    ("not 1 in [1]", not (1 in [1])),
    ("not 1 is None", not (1 is None)),
]
for source, expected in checks:
    got = eval(source)
    flag = "ok" if got == expected and type(got) is type(expected) else "MISMATCH"
    print(f"{source:32} = {got!r:12} {flag}")

print(1 < 2 < 3, 3 > 2 > 1 > 0, 1 < 3 > 2, 1 == 1.0 == True, 1 != 2 != 1)
print([1] * 3 == [1, 1, 1], (1,) * 2 + (2,), "ab" * 2 * 2)
x = 5
print(-x ** 2, (-x) ** 2, x ** -1, -x // 2, -(x // 2), x % -3, -x % 3)
print(True + True, True * 10, -True, ~True, ~False, True << 3)
lam = lambda a, b=2: a ** b if a > 0 else -a
print(lam(3), lam(-4), lam(2, 10))
print((lambda: (yield))().__class__.__name__ if False else "lambda ok")
values = [3, 1, 2]
print(values[1:] + values[:1], values[-1] * values[0], values[::2][-1])
d = {"a": [1, {"b": (2, 3)}]}
print(d["a"][1]["b"][-1], -d["a"][0], not d["a"], d.get("a")[1].get("b")[0] ** 3)
print(f"{1 + 2 * 3}", f"{(lambda v: v * 2)(4)}", f"{'yes' if x > 3 else 'no'}")
print(2 ** 100 // 3 ** 40 % 1000, -2 ** 0.5 if False else round(-(2 ** 0.5), 6))
print(1e3 * 2, 10 / 4, 10 // 4, 10.0 // 4, -10 // 4, -10 / 4, 10 % 4.5, 2 ** 0.5 ** 2)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1 / 3 * 3 == 1.0)
