# Random calls of every str method on strings of all four widths (ASCII,
# Latin-1, BMP, astral), compared line by line with CPython. A fixed LCG
# makes the sequence the same on every run.
state = 20261126


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


ASCII = ['a', 'b', 'c', 'A', 'B', 'x', ' ', ' ', '\t', '\n', '\r', '1', '0', '_', '-', '+', '.', ',', "'", '"',
         '\\', '{', '}', '%', '\x0b', '\x1f', '\x7f', 'ab', 'abc', 'Ab']
LATIN1 = ['é', 'ß', 'ÿ', '\x85', '\xa0', 'µ', '½', '²', 'À', 'ª', '\xad']
BMP = ['Σ', 'ς', 'σ', 'İ', 'ǅ', 'ǆ', '\u2028', '\u2029', '\u3000', '٣', 'ﬁ', 'ŉ', 'ΐ', 'Ⅻ', '\u0345', 'ᾳ', '\ud800', '一']
ASTRAL = ['𝔘', '\U0001F600', '𐐀', '𐐨', '𝟘', '\U000e0001']
ALPHABETS = [ASCII, ASCII + LATIN1, ASCII + BMP, ASCII + LATIN1 + BMP + ASTRAL, LATIN1, BMP, ASTRAL + ASCII]


def rstr(maxlen=8, alphabet=None):
    if alphabet is None:
        alphabet = ALPHABETS[rnd(len(ALPHABETS))]
    return ''.join([alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1))])


def sub_of(s):
    # A substring of s most of the time (so searches hit), else a random string.
    if s and rnd(4):
        i = rnd(len(s))
        j = i + rnd(4)
        return s[i:j]
    return rstr(3)


def rindex(s):
    k = rnd(6)
    if k == 0:
        return None
    return rnd(len(s) + 5) - (len(s) + 2) // 2 * (1 if rnd(2) else 0)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


NOARGS = ['capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'isalnum', 'isalpha', 'isascii',
          'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle',
          'isupper', 'splitlines', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'expandtabs']
FINDS = ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']

for n in range(2500):
    s = rstr(10)
    op = rnd(16)
    if op == 0:
        m = NOARGS[rnd(len(NOARGS))]
        show(f'{s!r}.{m}()', lambda: getattr(s, m)())
    elif op == 1:
        m = FINDS[rnd(len(FINDS))]
        sub = sub_of(s)
        if m in ('startswith', 'endswith') and rnd(3) == 0:
            sub = (rstr(2), sub)
        a, b = rindex(s), rindex(s)
        k = rnd(3)
        args = (sub,) if k == 0 else (sub, a) if k == 1 else (sub, a, b)
        show(f'{s!r}.{m}{args!r}', lambda: getattr(s, m)(*args))
    elif op == 2:
        m = ['split', 'rsplit'][rnd(2)]
        sep = None if rnd(3) == 0 else sub_of(s)
        ms = rnd(5) - 1
        show(f'{s!r}.{m}({sep!r}, {ms})', lambda: getattr(s, m)(sep, ms))
    elif op == 3:
        m = ['strip', 'lstrip', 'rstrip'][rnd(3)]
        chars = None if rnd(3) == 0 else rstr(3)
        show(f'{s!r}.{m}({chars!r})', lambda: getattr(s, m)(chars))
    elif op == 4:
        m = ['partition', 'rpartition'][rnd(2)]
        sep = sub_of(s)
        show(f'{s!r}.{m}({sep!r})', lambda: getattr(s, m)(sep))
    elif op == 5:
        old = sub_of(s)
        new = rstr(3)
        c = rnd(5) - 1
        show(f'{s!r}.replace({old!r}, {new!r}, {c})', lambda: s.replace(old, new, c))
    elif op == 6:
        m = ['center', 'ljust', 'rjust'][rnd(3)]
        w = rnd(16) - 2
        fill = rstr(1) or ' '
        show(f'{s!r}.{m}({w}, {fill!r})', lambda: getattr(s, m)(w, fill))
    elif op == 7:
        t = ['', '-', '+', '-0', '+x'][rnd(5)] + s
        w = rnd(14)
        show(f'{t!r}.zfill({w})', lambda: t.zfill(w))
    elif op == 8:
        t = s.replace('x', '\t')
        ts = rnd(10) - 1
        show(f'{t!r}.expandtabs({ts})', lambda: t.expandtabs(ts))
    elif op == 9:
        k = rnd(2)
        show(f'{s!r}.splitlines({k})', lambda: s.splitlines(k))
    elif op == 10:
        parts = [rstr(3) for _ in range(rnd(5))]
        show(f'{s!r}.join({parts!r})', lambda: s.join(parts))
    elif op == 11:
        table = {}
        for _ in range(rnd(4)):
            c = ord(sub_of(s)[:1] or 'a')
            v = [None, rstr(2), ord(rstr(1)[:1] or 'z')][rnd(3)]
            table[c] = v
        show(f'{s!r}.translate({table!r})', lambda: s.translate(table))
    elif op == 12:
        a, b = rindex(s), rindex(s)
        c = [None, 1, 2, -1, -2, 3][rnd(6)]
        show(f'{s!r}[{a}:{b}:{c}]', lambda: s[a:b:c])
    elif op == 13:
        t = rstr(6) if rnd(2) else s[:rnd(len(s) + 1)]
        show(f'cmp {s!r} {t!r}', lambda: (s < t, s <= t, s == t, s != t, s > t, s >= t, t in s, s + t))
    elif op == 14:
        m = ['removeprefix', 'removesuffix'][rnd(2)]
        a = sub_of(s) if rnd(2) else s[:rnd(len(s) + 1)]
        show(f'{s!r}.{m}({a!r})', lambda: getattr(s, m)(a))
    else:
        spec = ['', '<', '>', '^', '*^', 'é>', '0'][rnd(7)] + str(rnd(12)) + ['', '.2', '.0', '.5'][rnd(4)]
        show(f'format({s!r}, {spec!r})', lambda: (format(s, spec), f'{s!r:>{rnd(9)}}', ascii(s), '%s|%r|%a' % (s, s, s)))
    # Canonical forms: equal strings built different ways hash alike.
    k = rnd(len(s) + 1)
    t = s[:k] + s[k:]
    if t != s or hash(t) != hash(s) or len(t) != len(s):
        print('NOT CANONICAL', repr(s), k)
print('done')
