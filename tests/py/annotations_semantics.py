# Annotations: module, class and function __annotations__, evaluation
# order and side effects of annotation expressions, annotated names
# without values (not bound), annotations on attributes and subscripts
# (evaluated but not stored), inheritance of __annotations__, and
# annotations of lambdas/parameters with defaults.
order = []


def note(label):
    order.append(label)
    return label


x: note("module x") = 1
y: note("module y")
print(__annotations__, "y" in globals(), order)


class Config:
    host: note("class host") = "localhost"
    port: int = 8080
    debug: bool
    order.append("class body end")

    def method(self) -> note("method return"):
        self.attr: note("attr annotation") = 5
        return self.attr


print(Config.__annotations__, hasattr(Config, "debug"), Config.host, order[-3:])
print(Config().method(), order[-1])


class Child(Config):
    extra: list


print(Child.__annotations__, "port" in Child.__annotations__, Config.__annotations__ is not Child.__annotations__)


def f(a: note("a"), b: "str" = note("b default"), *args: note("args"), c: note("c") = 3, **kw: note("kw")) -> note("ret"):
    pass


print(f.__annotations__)
print(order[-8:])
f.__annotations__ = {"replaced": True}
print(f.__annotations__)
try:
    f.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
del f.__annotations__
print(f.__annotations__)
lam = lambda v: v
print(lam.__annotations__, (lambda: 0).__annotations__ == {})


def local_annotations():
    z: note("local z, not evaluated")
    w: int = 5
    return w, locals()


print(local_annotations(), "local z, not evaluated" in order)
d = {}
d["key"]: note("subscript annotation") = 1
obj = Config()
obj.other: note("attribute annotation") = 2
print(d, obj.other, order[-2:], "key" in __annotations__)
try:
    undefined_name: int
    print(undefined_name)
except NameError as e:
    print("NameError:", e)


class Generic:
    items: "list[int]"
    count: dict[str, int]
    maybe: int | None


print(Generic.__annotations__)
print(type(Generic.__annotations__["count"]).__name__, Generic.__annotations__["maybe"])
