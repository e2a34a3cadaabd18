# f-string corners: the = debug specifier (with spacing, conversions and
# specs), nested quotes and format specs, !r/!s/!a, braces escaping,
# multi-line expressions, lambdas and walrus inside parentheses, and the
# errors raised while formatting.
x, name, pi = 42, "dx", 3.14159
items = [1, 2, 3]
d = {"k": "v", 1: "one"}
print(f"{x=}", f"{x = }", f"{ x=}", f"{x=!s}", f"{name=!r}", f"{pi=:.2f}", f"{pi = :>10.3f}|")
print(f"{x + 1=}", f"{items[1:]=}", f"{d['k']=}", f"{len(items)=:03d}")
print(f"{'nested'}", f"{'a' 'b'}", f"{d['k']!r:>6}", f"{'{'}{'}'}", f"{{literal}}", f"{{{x}}}")
print(f"{x:{'>'}{10}}|", f"{pi:{6}.{2}}|", f"{name:*^{x // 6}}")
print(f"{(lambda v: v * 2)(x)}", f"{(y := 5) + y}", f"{x if x > 40 else -x}", f"{[i * i for i in items]}")
print(f"{'é'!a}", f"{name!a:>6}", f"{3!r}", f"{None!s}", f"{b'x'!r}")
print(f"""{
    x
    +
    1
}""", f"{x:#x} {x:#o} {x:b} {x:e} {x:%}")
width, prec = 12, 4
print(f"[{pi:^{width}.{prec}f}]", f"[{name:<{width}}]", f"[{x:>+{width},}]")
obj = type("O", (), {"attr": 7, "__format__": lambda self, spec: f"O<{spec}>"})()
print(f"{obj}", f"{obj:fancy}", f"{obj.attr}", f"{obj!r}"[:3], f"{obj=}"[:6])
for bad in ("f'{x:d}'.replace('', '') if False else f'{name:d}'", "f'{pi:z}'", "f'{x:,,}'", "f'{items:>5}'",
            "f'{x!r:{1/0}}'", "f'{d[2]}'", "f'{name.missing}'"):
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for src in ("f'{}'", "f'{x!}'", "f'{x!k}'", "f'{x=!}'", "f'{'", "f'}'", "f'{x:{y:{z}}}'", "f'{#}'", "f'{x!r=}'",
            "f'{\\n}'", "f'{lambda x: 1}'", "f'{yield}'", "f'{*items}'", "f'{x:=5}'"):
    try:
        r = eval(src)
        print(src, "->", repr(r))
    except SyntaxError as e:
        print(src, "-> SyntaxError:", e.msg)
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
