# Codec error handlers on UTF-8, ASCII and Latin-1: strict errors and their
# attributes, ignore/replace/backslashreplace/xmlcharrefreplace/namereplace/
# surrogateescape/surrogatepass in both directions, round trips of invalid
# bytes via surrogateescape, and unknown handlers.
samples = [b"plain", b"caf\xc3\xa9", b"bad\xffbyte", b"\xe2\x82", b"\xed\xa0\x80x", b"\xf0\x9f\x98\x80", b"\xc0\xaf",
           b"\x80\x81"]
for data in samples:
    for enc in ("utf-8", "ascii", "latin-1"):
        row = []
        for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"):
            try:
                row.append(repr(data.decode(enc, errors)))
            except UnicodeDecodeError as e:
                row.append(f"E[{e.start}:{e.end} {e.reason}]")
        print(f"{data!r:<22} {enc:<8}", " | ".join(row))
texts = ["plain", "café", "€uro", "\udcff\udc80", "😀", "\ud800"]
for text in texts:
    for enc in ("utf-8", "ascii", "latin-1"):
        row = []
        for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
                       "surrogateescape", "surrogatepass"):
            try:
                row.append(repr(text.encode(enc, errors)))
            except UnicodeEncodeError as e:
                row.append(f"E[{e.start}:{e.end} {e.reason}]")
        print(f"{text!r:<16} {enc:<8}", " | ".join(row))
raw = b"\xff\xfeok\x80"
s = raw.decode("utf-8", "surrogateescape")
print(repr(s), s.encode("utf-8", "surrogateescape") == raw)
try:
    b"\xff".decode("utf-8", "bogus")
except LookupError as e:
    print("LookupError:", e)
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError:", e)
try:
    b"abc\xff".decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
try:
    "ab€".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, str(e))
print(b"x".decode(encoding="ascii", errors="strict"), "y".encode(errors="ignore"), str(b"\xe9", "latin-1"))
print(bytes("é", "utf_8"), "é".encode("UTF8"), "é".encode("l1"), "é".encode("iso-8859-1"), b"a".decode("US-ASCII"))
