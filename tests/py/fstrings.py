# f-strings: conversions, format specs for int/float/str, nested specs, self-documenting fields, errors.
name = "world"
n = 42
pi = 3.14159265
print(f"hello {name}!", f"{n:5d}|{n:<5}|{n:^7}|{n:x}|{n:#b}", f"{pi:.2f} {pi:10.3e} {pi:%}")
print(f"{name!r} {name:>10} {'é'!a} {n!s:>4} {1e21} {-0.0:+.1f}")
width = 8
print(f"{pi:{width}.{3}f}|", f"{n = }", f"{name=!s}", f"{{literal}} {n*2}")
items = [1, 2, 3]
print(f"{items} {len(items)} {items[0]:03d} {True} {True:d} {1_000_000:,} {1234567.891:_.2f}")
try:
    f"{items:>5}"
except TypeError as e:
    print(e)
try:
    f"{n:q}"
except ValueError as e:
    print(e)
