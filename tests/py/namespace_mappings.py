# Namespaces that are not plain dicts: a __prepare__ returning a custom
# mapping or a dict subclass (the class body goes through its methods),
# and exec() with dict-subclass globals and locals (names stored with
# 'global' and deleted globals bypass the subclass, as in CPython).
class RecordingNamespace:
    def __init__(self):
        self.data = {}
        self.log = []
    def __getitem__(self, key):
        self.log.append(("get", key))
        return self.data[key]
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        self.data[key] = value
    def __delitem__(self, key):
        self.log.append(("del", key))
        del self.data[key]
    def __contains__(self, key):
        return key in self.data
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return RecordingNamespace()
    def __new__(mcs, name, bases, ns):
        print("log:", ns.log)
        return super().__new__(mcs, name, bases, dict(ns.data))
class Ordered(metaclass=Meta):
    a = 1
    b = a + 1
    def method(self):
        return self.a
    del a
    c: int = 3
    try:
        missing
    except NameError as e:
        err = str(e)
print(sorted(k for k in vars(Ordered) if not k.startswith("__")), Ordered.b, Ordered.err)
print(Ordered.__annotations__ if "__annotations__" in vars(Ordered) else "no annotations")
class DictSub(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper() if not k.startswith("__") else k, v)
class Meta2(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return DictSub()
class Up(metaclass=Meta2):
    x = 1
    def f(self): pass
print(sorted(k for k in vars(Up) if not k.startswith("__")))
class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5
try:
    class B(metaclass=BadPrepare): pass
except TypeError as e:
    print("TypeError:", e)
class G(dict):
    def __setitem__(self, k, v):
        print("  G.__setitem__", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("  G.__getitem__", k)
        return super().__getitem__(k)
    def __delitem__(self, k):
        print("  G.__delitem__", k)
        super().__delitem__(k)
g = G()
exec("x = 1\nprint(x)\ndel x\ndef f():\n    global y\n    y = 2\n    return y\nprint(f())", g)
print(sorted(k for k in g if not k.startswith("__")))
g.clear()  # f's globals are g, which holds f: a cycle broken by hand
loc = G()
exec("a = 1\nprint(a)\nprint(undefined_thing)\ndel a", {}, loc)
