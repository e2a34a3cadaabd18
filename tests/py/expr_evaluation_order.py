# Evaluation order: left to right for operands, arguments, displays and
# dict items (key before value); assignment evaluates the right side first
# then the targets left to right; augmented assignment evaluates the target
# container and key once.
log = []


def t(label, value=None):
    log.append(label)
    return label if value is None else value


def show(what):
    print(f"{what:28}", " ".join(map(str, log)))
    log.clear()


t("a", 1) + t("b", 2) * t("c", 3)
show("a + b * c")
t(1, 2) ** t(3, 2) ** t(4, 1)
show("a ** b ** c")
[t(1), t(2), *[t(3)], t(4)]
show("list display")
{t("k1"): t("v1"), t("k2"): t("v2"), **{t("k3"): t("v3")}}
show("dict display")
{t("s1"), t("s2")}
show("set display")


def f(*args, **kwargs):
    log.append("call")


f(t("p1"), t("p2"), *[t("p3")], kw=t("kw1"), **{"x": t("kw2")})
show("call arguments")
t("f", f)(t("arg"))
show("callee first")


class Obj:
    def __init__(self):
        self.items = {}

    def __getitem__(self, key):
        log.append(f"get[{key}]")
        return self.items.get(key, 0)

    def __setitem__(self, key, value):
        log.append(f"set[{key}]={value}")
        self.items[key] = value

    def __getattr__(self, name):
        log.append(f"getattr.{name}")
        return 10


o = Obj()
t("o", o)[t("k", "k")] = t("value", 5)
show("subscript assignment")
t("o", o)[t("k", "k")] += t("inc", 1)
show("augmented subscript")
a = b = t("chained", [])
show("chained assignment")
x, y = t("rhs", (1, 2))
show("tuple assignment")
t("o", o)[t("k1", "k1")], t("o", o)[t("k2", "k2")] = t("v", (7, 8))
show("two subscript targets")
result = t(0, 0) and t("never")
show("and short-circuit")
result = t(1, 1) or t("never")
show("or short-circuit")
result = t("cond", True) if t("test", False) else t("else", 3)
show("conditional expression")
t(1, 1) < t(2, 2) < t(0, 0) < t("never")
show("chained comparison")
[t(i) for i in range(3) if t(f"if{i}", i % 2 == 0)]
show("comprehension")
gen = (t(i) for i in t("iterable", range(2)))
show("genexpr creation")
list(gen)
show("genexpr consumption")
o.attr_total = t("attr value", 1)
show("attribute store")
t("o", o).missing
show("attribute load")
d = {}
d[t("key")] = d.get(t("key"), 0) + t("one", 1)
show("read then write")
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print("swap-like assignment:", i, lst)
lst = [0, 0, 0]
i = 0
lst[i], i = 5, 2
print("other order:", i, lst)
p = [1, 2, 3]
p[p[0]] = p[0] = 9 if False else p[0]
print(p)
q = [0, 1, 2]
q[0], q[q[0]] = 2, 7
print(q)
n = 0


def bump():
    global n
    n += 1
    return n


print([bump(), bump(), bump()], (bump(), bump()), n)
print(f"{bump()}-{bump()}-{bump()}", n)
print(t("x", 0) + t("y", 0) if False else t("left", 1) - t("right", 1))
show("binary operands")
