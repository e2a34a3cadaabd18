# str: the error messages of its methods and operators (wrong argument
# types and counts, empty separators, bad fill characters, index and find
# differences, encode errors, format errors), and a few edge behaviours.
s = "hello world"
calls = [
    lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.find(1), lambda: s.split(""), lambda: s.rsplit(""),
    lambda: s.split(1), lambda: s.center(20, "ab"), lambda: s.ljust(5, ""), lambda: s.rjust("5"),
    lambda: s.zfill("3"), lambda: s.replace("a"), lambda: s.replace(1, "x"), lambda: s.startswith(["h"]),
    lambda: s.endswith(1), lambda: s.join(["a", 1]), lambda: "".join([b"x"]), lambda: s.strip(1),
    lambda: s.count(), lambda: s.partition(""), lambda: s.rpartition(5), lambda: s.expandtabs("4"),
    lambda: s.encode("no-such-codec"), lambda: "é".encode("ascii"), lambda: s.translate(5),
    lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}),
    lambda: s[20], lambda: s["x"], lambda: s + 1, lambda: 1 + s, lambda: s * "2", lambda: s * 1.5,
    lambda: s < 1, lambda: s.format(), lambda: "{}{}".format(1), lambda: "{0}{}".format(1, 2),
    lambda: "{a}".format(b=1), lambda: "{".format(), lambda: "}".format(), lambda: "{0!x}".format(1),
    lambda: "{0:}}".format(1), lambda: "{:d}".format("x"), lambda: "%d" % "x", lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2), lambda: "%(a)s" % {}, lambda: "%z" % 1, lambda: "%(a)s %s" % {"a": 1},
    lambda: ord(""), lambda: ord("ab"), lambda: ord(1), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"),
    lambda: str(b"x", "bogus"), lambda: str(1, "utf-8"), lambda: str(b"\xff", "utf-8"),
    lambda: s.removeprefix(1), lambda: s.splitlines("x"), lambda: s.casefold(1), lambda: "a".isdigit(1),
    lambda: s.__getitem__(), lambda: str.upper(1), lambda: str.join("", "abc", "x"), lambda: s.index("o", "1"),
    lambda: s.encode(errors=1), lambda: "x".encode("utf-8", "bogus-handler") + "\udc80".encode("utf-8", "bogus-handler"),
    lambda: "{0[1]}".format([1]), lambda: "{0.missing}".format(1), lambda: "{0[x]}".format({}),
    lambda: format("x", "=5"), lambda: format("abc", "+"), lambda: "{:,}".format("x"), lambda: "{!}".format(1),
]
for i, call in enumerate(calls):
    try:
        r = call()
        print(i, "no error:", repr(r))
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
print(s.find("z"), s.rfind("o"), s.find("o", 5), s.find("", 100), s.count(""), s.index("", 11), "".count(""))
print(s.split(None), s.split(" ", 0), s.rsplit("o", 1), "a,b,,c".split(","), "  a  b  ".split(), "".split(), "".split(","))
print(s.partition(" "), s.rpartition("x"), s.partition("xyz"), "a\tb\tc".expandtabs(), "a\tb".expandtabs(0))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ǅ".swapcase(), "Σ".lower(), "ΑΣ".lower(), "σς".upper())
print("hello world".title(), "they're bill's".title(), "12abc".capitalize(), "ABC".casefold(), "ß".casefold())
print("  x  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "www.example.com".rstrip("cmowz."))
print("1,234".isdigit(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "abc".isidentifier(), "1a".isidentifier(),
      " ".isspace(), "".isspace(), "Hello World".istitle(), "ABC1".isupper(), "\x00".isprintable())
print("%5.2s|%-5s|%05d|%+.3e|%x|%#o|%c|%%|%r|%a" % ("abc", "ab", 42, 12345.678, 255, 8, 65, "q", "é"))
print("{:>8}|{:^8}|{:*<8}|{!r:^10}|".format("a", "b", "c", "d"))
print("{0[0]}{0[1]}{1.real}{2[k]}".format("xy", 3, {"k": "v"}), "{:{}}".format("x", 5) + "|")
print(str(), str(123), str(b"bytes"), str(None), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("both ' \""))
print("abc" * 0, "abc" * -1, "" * 100, "ab" * 3, 3 * "xy", "a" "b" 'c', "x".join("abc"), "".join([]))
print("Straße".encode(), "日本".encode("utf-8"), "€".encode("latin-1", "replace"), "€".encode("ascii", "xmlcharrefreplace"),
      "é".encode("ascii", "backslashreplace"), "é".encode("ascii", "ignore"), "é".encode("latin-1"))
print(sorted(["b", "A", "a", "B", "é", "Z"]), min("hello"), max("hello"), "a" < "b" < "ba", "Z" < "a")
print("abc".__contains__("b"), "b" in "abc", "" in "abc", "abc" in "ab", "ab".__len__(), "x".__mul__(3))
