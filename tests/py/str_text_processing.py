# Text-processing programs built on the str methods: word frequencies, a
# CSV parser and table printer, a tokenizer and calculator, a template
# renderer, text wrapping, ciphers and run-length encoding.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair -- Dickens; "A Tale of
Two Cities" (1859).  Naïve café owners in São Paulo said: ¡Olé!  Straße, ΣΟΦΙΑ."""


# ---- word frequencies ----------------------------------------------------------------
def word_counts(text):
    table = str.maketrans('', '', '.,;:!?"()¡-')
    counts, order = {}, []
    for word in text.translate(table).casefold().split():
        if word in counts:
            counts[word] += 1
        else:
            counts[word] = 1
            order += [word]
    return counts, order


counts, distinct = word_counts(TEXT)
ranked = sorted(distinct, key=lambda w: (-counts[w], w))
print(f'{len(counts)} distinct words, {sum(counts[w] for w in distinct)} in all')
for w in ranked[:12]:
    print(f'{w:<12}{counts[w]:>4} {"#" * counts[w]}')
print('longest:', max(distinct, key=len), '| non-ASCII:', sorted(w for w in distinct if not w.isascii()))
print('title case:', ' '.join(w.title() for w in ranked[:6]), '|', TEXT.splitlines()[2].upper()[:30])

# ---- CSV with quoted fields ---------------------------------------------------------------
CSV = '''name, city ,score,comment
"Smith, John",  Boston,  87.5 ,"said ""hi"""
Ana María,São Paulo,92,
"O'Neil",Dublin , 7,  ok
Zoë,Zürich,100,"multi, part, value"'''


def parse_line(line):
    fields, cur, quoted, i = [], [], False, 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"':
                if line[i + 1:i + 2] == '"':
                    cur += ['"']
                    i += 1
                else:
                    quoted = False
            else:
                cur += [c]
        elif c == '"':
            quoted = True
        elif c == ',':
            fields += [''.join(cur).strip()]
            cur = []
        else:
            cur += [c]
        i += 1
    fields += [''.join(cur).strip()]
    return fields


rows = [parse_line(line) for line in CSV.splitlines()]
header, records = rows[0], rows[1:]
widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
print(' | '.join(h.strip().upper().center(w) for h, w in zip(header, widths)))
print('-+-'.join('-' * w for w in widths))
for r in records:
    cells = [r[0].ljust(widths[0]), r[1].ljust(widths[1]), r[2].rjust(widths[2]), r[3][:widths[3]].ljust(widths[3])]
    print(' | '.join(cells).rstrip())
total = sum(float(r[2]) for r in records)
print(f'average score: {total / len(records):.2f}; best: {max(records, key=lambda r: float(r[2]))[0]!r}')


# ---- tokenizer and calculator -------------------------------------------------------------
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or (c == '.' and src[i + 1:i + 2].isdigit()):
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            tokens += [('num', src[i:j])]
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            tokens += [('name', src[i:j])]
            i = j
        elif src.startswith('**', i):
            tokens += [('op', '**')]
            i += 2
        elif c in '+-*/()':
            tokens += [('op', c)]
            i += 1
        else:
            raise SyntaxError(f'unexpected {c!r} at {i}')
    return tokens


def evaluate(tokens, env):
    pos = 0

    def peek():
        return tokens[pos][1] if pos < len(tokens) else ''

    def atom():
        nonlocal pos
        kind, text = tokens[pos]
        pos += 1
        if text == '(':
            v = expr()
            pos += 1
            return v
        if text == '-':
            return -atom()
        return float(text) if kind == 'num' else env[text]

    def power():
        nonlocal pos
        base = atom()
        if peek() == '**':
            pos += 1
            return base ** power()
        return base

    def term():
        nonlocal pos
        v = power()
        while peek() in ('*', '/') and peek():
            op = peek()
            pos += 1
            v = v * power() if op == '*' else v / power()
        return v

    def expr():
        nonlocal pos
        v = term()
        while peek() in ('+', '-') and peek():
            op = peek()
            pos += 1
            v = v + term() if op == '+' else v - term()
        return v

    return expr()


env = {'x': 3.0, 'größe': 2.0, 'π': 3.14159}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', 'x * größe - .5', '-x + 10 / 4', 'π * x ** 2', '7 $ 2']:
    try:
        toks = tokenize(src)
        print(f'{src!r:>16} -> {" ".join(t for _, t in toks):<22} = {evaluate(toks, env):g}')
    except SyntaxError as e:
        print(f'{src!r:>16} -> SyntaxError: {e}')


# ---- templates ------------------------------------------------------------------------------
class Person:
    def __init__(self, name, langs):
        self.name = name
        self.langs = langs


people = [Person('Ada', ['en', 'fr']), Person('Grace', ['en']), Person('Hélène', ['fr', 'de', 'it'])]
row = '{p.name:<8}|{p.langs[0]:^4}|{n:>3}|{extra}'
for i, p in enumerate(people):
    print(row.format(p=p, n=len(p.langs), extra=', '.join(p.langs[1:]) or '-'))
print('{0[0].name} and {0[2].name} speak {1}'.format(people, ' & '.join(sorted(set(people[0].langs) & set(people[2].langs)))))
print('Dear {title} {last},\n  your balance is {amount:,.2f} {cur}.'.format_map(
    {'title': 'Dr.', 'last': 'Lovelace', 'amount': 1234567.891, 'cur': '€'}))
print('%-10s%8.3f%6d%%' % ('ratio', 2 / 3, 42), '%(a)s/%(b)s' % {'a': 'x', 'b': 'y'})


# ---- wrapping -------------------------------------------------------------------------------
def wrap(text, width):
    lines, line = [], ''
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines += [line]
            line = word
        else:
            line = f'{line} {word}' if line else word
    if line:
        lines += [line]
    return lines


for width in (28, 41):
    body = wrap(TEXT, width)
    print('+' + '-' * (width + 2) + '+')
    for ln in body:
        print('| ' + ln.ljust(width) + ' |')
    print('+' + '-' * (width + 2) + '+')


# ---- ciphers and encodings ------------------------------------------------------------------
def rot(text, n):
    lower = 'abcdefghijklmnopqrstuvwxyz'
    upper = lower.upper()
    table = str.maketrans(lower + upper, lower[n:] + lower[:n] + upper[n:] + upper[:n])
    return text.translate(table)


secret = rot('Hello, World! Zebra-crossing.', 13)
print(secret, '|', rot(secret, 13), '|', rot('abcxyz', 3))


def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out += [f'{j - i}{s[i]}' if j - i > 1 else s[i]]
        i = j
    return ''.join(out)


def unrle(s):
    out, num = [], ''
    for c in s:
        if c.isdigit():
            num += c
        else:
            out += [c * int(num or '1')]
            num = ''
    return ''.join(out)


for s in ['aaabccddddde', 'éééé😀😀x', 'abc', '']:
    enc = rle(s)
    print(repr(s), '->', repr(enc), '->', unrle(enc) == s)

words = ['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'tac', 'dog']
groups, keys = {}, []
for w in words:
    key = ''.join(sorted(w))
    if key not in groups:
        groups[key] = []
        keys += [key]
    groups[key] += [w]
print(sorted(sorted(groups[k]) for k in keys if len(groups[k]) > 1))
for s in ['A man, a plan, a canal: Panama', 'No lemon, no melon', 'Ésope reste ici et se repose', 'hello']:
    clean = ''.join(c for c in s.casefold() if c.isalnum())
    print(f'{s[:20]!r:24} palindrome={clean == clean[::-1]}')
print('|'.join(str(i).zfill(3) for i in range(0, 120, 17)), '0x' + 'ff'.zfill(4), '-7'.zfill(4), '+'.zfill(3))
path = '/usr/local/lib/python3.11/site-packages/pkg/module.py'
print(path.rpartition('/')[2], path.partition('/lib/')[2].split('/')[0], path.removesuffix('.py').split('/')[-2:],
      path.count('/'), path.rfind('/lib'), path.startswith(('/usr', '/opt')), path.endswith('.py', 0, -1))
