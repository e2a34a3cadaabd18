# Reference cycles of every kind are found and freed by the cycle collector.
# The collector runs when enough objects have been allocated: each section
# (a function, whose temporaries are gone when it returns) makes its
# garbage, then a "burst" allocates many objects it keeps, which collects
# the young generations more than once in CPython and dx-py alike; only
# then does the program print. What __del__ methods print comes at the same
# places in both (the order within one collection is the order the objects
# were made).


class Del:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  del", self.name)


def burst(title):
    keep = [[i] for i in range(30000)]
    print("burst done", len(keep), title)


def containers():
    a = Del("list")
    l = [a]
    l.append(l)
    d = {"k": Del("dict")}
    d["self"] = d
    d = {"k": Del("dict values view")}
    d["v"] = d.values()
    d = {"k": Del("dict items view")}
    d["i"] = d.items()
    t = ([Del("tuple")],)
    t[0].append(t)
    s = {1}
    x = Del("set")
    x.owner = s
    s.add(x)
    fs = frozenset([Del("frozenset"), 1])
    fs_holder = [fs]
    for item in fs:
        if isinstance(item, Del):
            item.back = fs_holder


class Slotted:
    __slots__ = ("ref", "name")

    def __del__(self):
        print("  del", self.name)


def instances():
    p, q = Del("pair p"), Del("pair q")
    p.other, q.other = q, p
    o = Del("self attribute")
    o.me = o
    o = Del("via __dict__")
    o.__dict__["again"] = o.__dict__
    s1 = Slotted()
    s1.name = "slots"
    s1.ref = [s1]
    o = Del("bound method")
    o.m = o.__init__


def functions():
    marker = Del("recursive closure")

    def fact(n):
        marker
        return 1 if n <= 1 else n * fact(n - 1)

    print("fact", fact(5))
    ns = {"marker": Del("exec namespace")}
    exec("def f():\n    return marker\n", ns)
    print("exec'd", ns["f"].__name__)

    def with_default(x=[]):
        return x

    with_default.__defaults__[0].append(with_default)
    with_default.marker = Del("function default and dict")
    lam = lambda: lam
    lam.marker = Del("lambda referring to itself")


class Meta(type):
    pass


class Base:
    def who(self):
        return "base"


class Derived(Base):
    def who(self):
        return "derived of " + super().who()


def classes():
    class K:
        def method(self):
            return K

    K.marker = Del("class in a function")

    class M(metaclass=Meta):
        pass

    M.registry = [M]
    M.marker = Del("class with a metaclass")

    class P:
        @property
        def prop(self):
            return P

        @staticmethod
        def st():
            return P

        @classmethod
        def cm(cls):
            return P

    P.marker = Del("property and static/class methods")

    class Sub(Base):
        pass

    Sub.marker = Del("subclass of a module class")
    o = Derived()
    o.sup = super(Derived, o)
    o.marker = Del("super object")
    print(o.who(), K.__name__, M.__name__, P.__name__, Sub.__name__)


class MyList(list):
    pass


class MyDict(dict):
    pass


def builtin_subclasses():
    ml = MyList([Del("list subclass")])
    ml.append(ml)
    md = MyDict(k=Del("dict subclass"))
    md["me"] = md
    md.attr = md


def iterators():
    l = [Del("list iterator")]
    l.append(iter(l))
    t = ([Del("tuple iterator")],)
    t[0].append(iter(t))
    d = {"k": Del("dict iterator")}
    d["it"] = iter(d.items())
    for make in (enumerate, reversed, iter):
        l = [Del(make.__name__)]
        l.append(make(l))
    l = [Del("zip")]
    l.append(zip(l, l))
    l = [Del("map")]
    l.append(map(len, l))
    l = [Del("filter")]
    l.append(filter(None, l))
    l = [Del("slice")]
    l.append(slice(l))
    l = [Del("set iterator")]
    s = {1, 2}
    l.append(iter(s))
    x = Del("set holding its iterator's list")
    x.l = l
    s.add(x)


def gen():
    try:
        me = yield 1
        yield me
    finally:
        print("  generator closed by the collector")


def holder(box):
    mine = box
    yield len(mine)


def generators():
    g = gen()
    next(g)
    g.send(g)
    box = [Del("generator locals")]
    h = holder(box)
    box.append(h)
    print("holder yields", next(h))
    box2 = [Del("generator not started")]
    box2.append(holder(box2))


def exceptions():
    try:
        raise ValueError("own args")
    except ValueError as e:
        e.args = (e, Del("exception args"))
    try:
        try:
            raise TypeError("first")
        except TypeError:
            raise RuntimeError("second")
    except RuntimeError as e:
        e.marker = Del("exception context chain")
        e.__context__.cycle = e
    try:
        undefined_name
    except NameError as e:
        holder = [e, Del("exception in a list it refers to")]
        e.holder = holder


saved = []


class Phoenix:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("  phoenix finalized")
        saved.append(self)


for section in (containers, instances, functions, classes, builtin_subclasses, iterators, generators, exceptions):
    print("--", section.__name__)
    section()
    burst(section.__name__)

print("-- resurrection")
Phoenix()
burst("resurrection")
print("saved", len(saved), saved[0].me is saved[0])
saved.clear()
burst("second death (no second finalizer)")


def left_for_exit():
    exit_list = []
    for name in ["exit one", "exit two", "exit three"]:
        o = Del(name)
        o.me = o
        exit_list.append(o)


print("-- garbage left for the exit")
keeper = Del("global kept to the end")
keeper.cycle = [keeper]
left_for_exit()
print("end")
