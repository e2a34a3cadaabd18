# str splitting and padding in detail: split/rsplit with maxsplit (also
# negative and zero), whitespace runs, every line boundary splitlines
# knows (with keepends), partition at the edges, expandtabs with columns,
# center/ljust/rjust/zfill with odd widths and signs, and % formatting with
# * widths and mapping keys.
text = "  a  b   c d  "
for maxsplit in (-1, 0, 1, 2, 10):
    print(maxsplit, text.split(None, maxsplit), text.rsplit(None, maxsplit), "a,b,,c,".split(",", maxsplit),
          "a,b,,c,".rsplit(",", maxsplit))
print("".split(" "), " ".split(" "), "x".split("x"), "xx".split("x"), "abcabc".split("bc"), "a b".split(maxsplit=0))
lines = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve\n"
print(lines.splitlines())
print(lines.splitlines(keepends=True)[:4], "".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(True))
print("a\nb".split("\n"), "no newline".splitlines(), b"x\r\ny\rz".splitlines(), b"a\x0bb".splitlines())
for s in ["key=value=more", "=edge", "edge=", "none"]:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a\tbc\tdef\tg".expandtabs(), "a\tbc\tdef\tg".expandtabs(4), "\t".expandtabs(3), "ab\n\tc".expandtabs(2), repr("x\ty".expandtabs(0)))
for w in (0, 1, 5, 6, 7):
    print(w, repr("ab".center(w)), repr("abc".center(w, "*")), repr("ab".ljust(w, "-")), repr("ab".rjust(w, ".")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "--1".zfill(4), "12".zfill(1))
print("%5s|%-5s|%.2s|%*d|%-*d|%0*d" % ("ab", "ab", "abcdef", 4, 7, 4, 7, 5, 42))
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ada", "age": 36}, "%%d %s" % "x", "%c%c" % (65, "B"))
print("%#x %#o %#X %+d % d %e %g %G" % (255, 8, 255, 5, 5, 12345.678, 0.00001234, 1e20))
print("%.3f %10.2e %-10.1f| %05.1f %s %r %a" % (3.14159, 1234.5, 2.25, -2.5, None, "é", "é"))
for bad in [("%d", "x"), ("%s %s", ("a",)), ("%(k)s", ("a",)), ("%", ()), ("%y", 1), ("%c", "ab"), ("%c", 0x110000),
            ("%*d", ("a", 1)), ("%d", ()), ("%s", ("a", "b"))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError) as e:
        print(f"{bad[0]!r:8} {type(e).__name__}: {e}")
print("abc".center(8, "é"), "é".ljust(3, "ü"), "straße".upper().center(12, "·"), len("straße".upper()))
print(" \t\n x \r\n ".strip(), repr("\u3000 x \u3000".strip()), repr("\x1f x".strip()), "xxhixx".strip("x"), "ab".strip(""))
