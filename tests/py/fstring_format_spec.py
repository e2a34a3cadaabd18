# f-strings: conversions, = specifier with whitespace, nested replacement
# fields in the spec, every format spec part (fill, align, sign, z is 3.11,
# #, 0, width, grouping, precision, type) for int, float, str, and the
# errors for bad specs.
import_free = 1
n, f, s = 1234567, 3.14159265, "text"
print(f"{n:,} {n:_} {n:_x} {n:#_b} {n:>12,} {n:<12}| {n:^12}| {n:*^12}")
print(f"{n:+} {-n:+} {n: } {-n: } {n:=+12} {n:012} {-n:012,}")
print(f"{n:x} {n:X} {n:#x} {n:#o} {n:b} {n:e} {n:.2e} {n:g} {n:%}")
print(f"{65:c} {0x1F600:c} {n:d} {True:d} {n:n}")
print(f"{f:.2f} {f:10.3f}| {f:<10.1f}| {f:+.0f} {f:e} {f:E} {f:.3g} {f:g} {f:%} {f:.1%}")
print(f"{1e20:g} {1e-5:g} {1e16:.0f} {123456789.0:,.2f} {0.5:.0f} {1.5:.0f} {2.5:.0f} {-0.0:f} {-0.0:z.1f}")
print(f"{float('inf'):f} {float('-inf'):10} {float('nan'):F} {float('nan'):+.2f} {1e300 * 1e10:e}")
print(f"{s:>10}|{s:<10}|{s:^10}|{s:.2}|{s:-^9.3}|{s!r:>10}|{s!a}|{'é'!a}")
w, p = 12, 3
print(f"{f:{w}.{p}f}|{s:{'>'}{w}}|{n:{'_'}}|{f:{w}.{p + 1}e}")
print(f"{n=}", f"{n = }", f"{n=:,}", f"{s=!r}", f"{s=!s}", f"{f=:.1f}", f"{1 + 1=}", f"{'q'=}")
print(f"{'{'}{'}'}", f"{{literal}}", f"{{{n}}}", f"a{'b'}c", f"{''}", f"{3}{4}")
d = {"key": "value", 1: "one"}
print(f"{d['key']} {d[1]} {d!r:.10}")
print(f"{[1, 2][0]} {(lambda: 5)()} {(1, 2)} {n if n else 0} {n:{'>' if n else '<'}8}")
print(f"""{
    n
    + 1
}""", f'{"nested" + f"{s}"}')
print(f"{3.0:n} {1234.5:n} {0.00001:n}", format(1234.5, ""), format(1e100, ""), format(12, ""))
print(f"{2 ** 70:,} {-2 ** 70:_x} {10 ** 20:e} {123:08.3f} {-1.5:08.2f} {1.5:+08.2f}")
print(f"{'':*>5} {'':5}|{1:<5}|{'abc':^1}|{1234:3}")
print(format(5, "#010b"), format(255, "#06x"), format(-255, "#06x"), format(0.1, ".17g"), format(1 / 3, ".15"))
print(format(123.456, ".2"), format(123.456, ".6"), format(1e-7, ".3"), format(100.0, ".1"), format(0.0, ".3"))
print(format(complex(1, 2), ""), format(complex(1.5, -2), ".2f"), format(3j, "10"), format(-1j, "+"))
errors = ["{n:z}", "{n:.2d}", "{s:d}", "{f:d}", "{f:x}", "{n:,s}", "{s:,}", "{n:=s}" if False else "{s:=5}",
          "{n:_,}", "{n:,_}", "{n:5.}", "{n:c}" if False else "{-1:c}", "{f:c}", "{s:+}", "{s:#}",
          "{n:,c}", "{n:10,.3x}", "{1j:=10}", "{1j:010}", "{n:\0<5}" if False else "{n:abc}"]
for spec in errors:
    try:
        eval("f" + repr(spec))
        print(spec, "no error")
    except (ValueError, TypeError, OverflowError) as e:
        print(f"{spec:14} {type(e).__name__}: {e}")
try:
    f"{0x110000:c}"
except OverflowError as e:
    print("OverflowError:", e)


class Custom:
    def __format__(self, spec):
        return f"<{spec}>"


c = Custom()
print(f"{c} {c:abc} {c:{w}x} {c!r:>0}"[:13], f"{c:}")
print(f"{'abc'!r:^9}|{'abc'!s:^9}|{'ab'!a:^9}")
print(f"{n:{w},}", f"{n:>{w}_}", f"{f:{w}.{p}}")
print(f"{'x' * 3:>{2 * 3}}", f"{n:{'<'}{'+'}{10}}")
