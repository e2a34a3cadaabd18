# Unicode behaviour of the str methods: full case mappings (ß, ŉ, ǰ, ﬁ),
# final sigma, titlecase digraphs, casefold, the numeric predicates,
# identifiers, line and space boundaries beyond ASCII, and the four widths.
words = ['straße', 'ΣΊΣΥΦΟΣ', 'ὈΔΥΣΣΕΎΣ', 'ǆemal', 'ǅEMAL', 'ﬁnance', 'İstanbul', 'ıi', 'ŉ', 'ǰ', 'ΐ', 'ᾳ',
         'Σ', 'ΑΣ', 'ΑΣ.', 'Α.Σ', 'ΑΣΑ', 'aΣ b', 'ʼn', 'Ⅻ', 'ⓐⓑ', '𐐀𐐨', '𝔘𝔫𝔦', 'ǈ', 'ß', 'Ꞵ', 'ꞵ',
         "they're bill's friends", 'hello world', '1st 2nd', 'x_y-z', '', ' ', 'ABC def', 'ǉubica']
for w in words:
    print(repr(w), [w.lower(), w.upper(), w.title(), w.capitalize(), w.swapcase(), w.casefold()])
    print('   ', [w.islower(), w.isupper(), w.istitle(), w.isalpha(), w.isalnum(), w.isspace(), w.isprintable(),
                  w.isidentifier(), w.isascii(), len(w), len(w.upper())])
digits = ['0123', '٣٤', '²', '½', 'Ⅻ', '𝟘𝟙', '١٢٣', '一', '፩', '⑩', '0x', '', '꘠', '৯']
for d in digits:
    print(repr(d), d.isdecimal(), d.isdigit(), d.isnumeric(), d.isalnum(), d.isalpha())
idents = ['abc', '_x', '1a', 'a1', 'ñandú', 'π', '℘', '℮', '·a', 'a·', 'ä', 'x\u0300', '\u0300x', 'if', '', 'a b',
          '𝔘', 'Ⅻ', '$', 'ǅ', 'ᢅ']
print([i.isidentifier() for i in idents])
spaces = ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff'
for c in spaces:
    print(ord(c), c.isspace(), c.isprintable(), len(('a' + c + 'b').split()), ('a' + c + 'b').splitlines(),
          repr(c.strip()))
text = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve'
print(text.splitlines())
print(text.splitlines(True))
print('a\u3000b\xa0c\u2003d  e'.split(), 'a\u3000b\xa0c'.split(None, 1), 'a\u3000b\xa0c'.rsplit(None, 1))
print('\u3000\xa0 x \u3000'.strip(), '\u3000\xa0 x \u3000'.lstrip(), '\u3000\xa0 x \u3000'.rstrip())
print(repr('\x00\x07\x1b\x7f\x80\x9f\xa0\xad\u0378\u200b\u2028\ud800\udfff\ue000\uffff\U0001f600\U000e0001\U0010ffff'))
print(ascii('\x00é\u20ac\U0001f600'), ascii('plain'), ascii(['é', 1]))
mixed = ['a', 'é', '€', '😀', 'aé', 'a€', 'a😀', 'é€😀']
for a in mixed:
    for b in mixed:
        print(a < b, a == b, (a + b)[::-1], (a + b).find(b), (a * 3).count(a), (a + b + a).rfind(a), end=' | ')
    print()
print(sorted(mixed), sorted(mixed, key=str.casefold), max(mixed), min(mixed))
print('ǅ'.title(), 'ǆ'.title(), 'ǆǆ ǆ'.title(), 'ß'.title(), 'ßa'.capitalize(), 'ŉa'.capitalize(), 'ǅa'.lower())
print('ΑΣ ΑΣ'.lower(), 'ΑΣ\u0345 Σ'.lower(), 'Σ\u0345'.lower(), 'ΑΣ\u0301'.lower(), 'Α\u0301Σ'.lower())
print('İ'.lower(), len('İ'.lower()), 'İ'.casefold(), 'ﬃ'.upper(), 'ﬃ'.casefold(), 'ﬃ'.title(), 'ﬃ'.capitalize())
