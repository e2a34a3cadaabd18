# A small template engine: {{ expr }} substitution with dotted lookups and
# filters (upper, lower, title, default, join, length, escape), {% for %}
# with loop variables and else, {% if %}/{% elif %}/{% else %}, comments,
# and errors for unknown filters, unclosed blocks and missing variables.
class TemplateError(Exception):
    pass


def tokenize(src):
    out = []
    i = 0
    while i < len(src):
        starts = [(src.find(tag, i), tag) for tag in ("{{", "{%", "{#")]
        starts = [(p, t) for p, t in starts if p >= 0]
        if not starts:
            out.append(("text", src[i:]))
            break
        p, tag = min(starts)
        if p > i:
            out.append(("text", src[i:p]))
        close = {"{{": "}}", "{%": "%}", "{#": "#}"}[tag]
        q = src.find(close, p)
        if q < 0:
            raise TemplateError(f"unclosed {tag} at offset {p}")
        body = src[p + 2:q].strip()
        kind = {"{{": "var", "{%": "block", "{#": "comment"}[tag]
        if kind != "comment":
            out.append((kind, body))
        i = q + 2
    return out


def parse(tokens, pos=0, until=()):
    nodes = []
    while pos < len(tokens):
        kind, body = tokens[pos]
        if kind == "block":
            word = body.split()[0]
            if word in until:
                return nodes, pos
            if word == "for":
                parts = body.split()
                if len(parts) != 4 or parts[2] != "in":
                    raise TemplateError(f"bad for: {body!r}")
                inner, pos = parse(tokens, pos + 1, ("else", "endfor"))
                other = []
                if tokens[pos][1] == "else":
                    other, pos = parse(tokens, pos + 1, ("endfor",))
                nodes.append(("for", parts[1], parts[3], inner, other))
            elif word == "if":
                branches = []
                cond = body[2:].strip()
                while True:
                    inner, pos = parse(tokens, pos + 1, ("elif", "else", "endif"))
                    branches.append((cond, inner))
                    tag = tokens[pos][1]
                    if tag.startswith("elif"):
                        cond = tag[4:].strip()
                    elif tag == "else":
                        inner, pos = parse(tokens, pos + 1, ("endif",))
                        branches.append((None, inner))
                        break
                    else:
                        break
                nodes.append(("if", branches))
            else:
                raise TemplateError(f"unknown tag {word!r}")
            if pos >= len(tokens):
                raise TemplateError(f"block {word!r} never closed")
            pos += 1
            continue
        nodes.append((kind, body))
        pos += 1
    if until:
        raise TemplateError(f"expected one of {list(until)}, reached the end")
    return nodes, pos


FILTERS = {
    "upper": lambda v, *a: str(v).upper(),
    "lower": lambda v, *a: str(v).lower(),
    "title": lambda v, *a: str(v).title(),
    "length": lambda v, *a: len(v),
    "join": lambda v, sep=", ": sep.join(map(str, v)),
    "default": lambda v, d="": d if v in (None, "", []) else v,
    "escape": lambda v, *a: str(v).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
    "money": lambda v, *a: f"${v:,.2f}",
}

MISSING = object()


def lookup(ctx, dotted):
    dotted = dotted.strip()
    if dotted.startswith('"') and dotted.endswith('"'):
        return dotted[1:-1]
    if dotted.lstrip("-").isdigit():
        return int(dotted)
    cur = ctx
    for part in dotted.split("."):
        if isinstance(cur, dict):
            cur = cur.get(part, MISSING)
        elif part.isdigit() and isinstance(cur, (list, tuple)):
            cur = cur[int(part)] if int(part) < len(cur) else MISSING
        else:
            cur = getattr(cur, part, MISSING)
        if cur is MISSING:
            return None
    return cur


def evaluate(expr, ctx):
    parts = [p.strip() for p in expr.split("|")]
    value = lookup(ctx, parts[0])
    for f in parts[1:]:
        name, _, arg = f.partition(":")
        if name not in FILTERS:
            raise TemplateError(f"unknown filter {name!r}")
        value = FILTERS[name](value, *([lookup(ctx, arg)] if arg else []))
    return value


def truthy(cond, ctx):
    if " == " in cond:
        a, b = cond.split(" == ")
        return evaluate(a, ctx) == evaluate(b, ctx)
    if cond.startswith("not "):
        return not evaluate(cond[4:], ctx)
    return bool(evaluate(cond, ctx))


def render(nodes, ctx):
    out = []
    for node in nodes:
        kind = node[0]
        if kind == "text":
            out.append(node[1])
        elif kind == "var":
            v = evaluate(node[1], ctx)
            out.append("" if v is None else str(v))
        elif kind == "for":
            _, var, src, inner, other = node
            seq = evaluate(src, ctx) or []
            if not seq:
                out.append(render(other, ctx))
            for i, item in enumerate(seq):
                loop = {"index": i + 1, "first": i == 0, "last": i == len(seq) - 1}
                out.append(render(inner, {**ctx, var: item, "loop": loop}))
        elif kind == "if":
            for cond, inner in node[1]:
                if cond is None or truthy(cond, ctx):
                    out.append(render(inner, ctx))
                    break
    return "".join(out)


def run(src, ctx):
    try:
        nodes, _ = parse(tokenize(src))
        return render(nodes, ctx)
    except TemplateError as e:
        return f"TemplateError: {e}"


class User:
    def __init__(self, name, roles, balance):
        self.name, self.roles, self.balance = name, roles, balance


ctx = {"users": [User("ada lovelace", ["admin", "dev"], 1234.5), User("bob", [], 0), User("<eve>", ["spy"], -12)],
       "site": {"title": "dx-py & friends", "tags": ["fast", "small"]}, "empty": []}
page = """{# header #}<h1>{{ site.title | escape | upper }}</h1>
tags: {{ site.tags | join:" / " }} ({{ site.tags | length }})
{% for u in users %}{{ loop.index }}. {{ u.name | title | escape }}{% if u.roles %} [{{ u.roles | join }}]{% else %} [no roles]{% endif %} {{ u.balance | money }}{% if loop.last %}.{% else %},{% endif %}
{% endfor %}{% for x in empty %}never{% else %}(no items){% endfor %}
first user: {{ users.0.name }}; missing: [{{ users.9.name | default:"none" }}]
{% if site.title == "x" %}A{% elif not empty %}B{% else %}C{% endif %}"""
print(run(page, ctx))
for bad in ("{{ x | shout }}", "{% for a in b %}unclosed", "{% if x %}a{% endfor %}", "{{ open", "{% while 1 %}",
            "{% for a b %}{% endfor %}", "{% if 1 %}a{% elif %}"):
    print(repr(bad), "->", run(bad, ctx))
