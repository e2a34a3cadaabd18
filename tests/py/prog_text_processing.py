# Text processing: word frequencies, a word-wrapping and justifying
# formatter, a Caesar/Vigenere cipher, run-length encoding, a simple
# template engine with {{name}} and loops, and a table formatter that
# aligns columns of mixed types.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair."""


def words(text):
    out, cur = [], []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            cur.append(ch)
        elif cur:
            out.append("".join(cur))
            cur = []
    if cur:
        out.append("".join(cur))
    return out


freq = {}
for w in words(TEXT):
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print(top)
print("distinct", len(freq), "total", sum(freq.values()), "longest", max(freq, key=lambda w: (len(w), w)))


def wrap(text, width):
    lines, line = [], []
    for word in text.split():
        if line and len(" ".join(line + [word])) > width:
            lines.append(line)
            line = []
        line.append(word)
    if line:
        lines.append(line)
    return lines


def justify(lines, width):
    out = []
    for i, line in enumerate(lines):
        if i == len(lines) - 1 or len(line) == 1:
            out.append(" ".join(line).ljust(width))
            continue
        gaps = len(line) - 1
        spaces = width - sum(len(w) for w in line)
        q, r = divmod(spaces, gaps)
        out.append("".join(w + " " * (q + (1 if j < r else 0)) for j, w in enumerate(line[:-1])) + line[-1])
    return out


for line in justify(wrap(TEXT, 36), 36):
    print(f"|{line}|")


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)


def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - ord("a")
            out.append(caesar(ch, -shift if decrypt else shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


secret = caesar("Attack at Dawn!", 3)
print(secret, caesar(secret, -3), vigenere("Attack at Dawn!", "lemon"), vigenere(vigenere("Hello", "key"), "key", True))


def rle_encode(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}" if j - i > 1 else s[i])
        i = j
    return "".join(out)


def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", ""]:
    enc = rle_encode(s)
    assert rle_decode(enc) == s
    print(repr(enc))


def render(template, context):
    out = []
    i = 0
    while i < len(template):
        start = template.find("{{", i)
        if start < 0:
            out.append(template[i:])
            break
        out.append(template[i:start])
        end = template.index("}}", start)
        expr = template[start + 2:end].strip()
        if expr.startswith("for "):
            _, var, _, seq = expr.split()
            close = template.index("{{ end }}", end)
            body = template[end + 2:close]
            for item in context[seq]:
                out.append(render(body, {**context, var: item}))
            i = close + len("{{ end }}")
            continue
        value = context
        for part in expr.split("."):
            value = value[part] if isinstance(value, dict) else getattr(value, part)
        out.append(str(value))
        i = end + 2
    return "".join(out)


print(render("Dear {{ user.name }}, you have {{ count }} items:{{ for it in items }}\n - {{ it }}{{ end }}\nBye.",
             {"user": {"name": "Ada"}, "count": 3, "items": ["pen", "ink", "paper"]}))


def table(rows, headers):
    cols = list(zip(headers, *rows))
    widths = [max(len(str(v)) for v in col) for col in cols]
    numeric = [all(isinstance(v, (int, float)) for v in col[1:]) for col in cols]

    def fmt(row):
        return " | ".join(str(v).rjust(w) if num else str(v).ljust(w) for v, w, num in zip(row, widths, numeric))

    lines = [fmt(headers), "-+-".join("-" * w for w in widths)]
    lines += [fmt(r) for r in rows]
    return "\n".join(lines)


print(table([("apple", 3, 1.25), ("banana", 12, 0.5), ("cherry", 140, 12.0)], ("fruit", "qty", "price")))
print(TEXT.count("it was"), TEXT.title()[:30], TEXT.swapcase()[:20], TEXT.replace("it was", "'twas", 2)[:40])
