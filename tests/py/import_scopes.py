# Imports inside functions and classes (local, global and mangled names), re-import after del sys.modules[...].
def f():
    import keyword as kw
    from bisect import bisect_left, insort
    import sys
    return kw.iskeyword("if"), bisect_left([1, 2, 3], 2), sys.platform
print(f())
class C:
    import keyword
    from bisect import bisect as __b
    def m(self):
        return self.keyword.iskeyword("x"), C.__dict__["_C__b"]([1], 1)
print(C().m(), sorted(k for k in vars(C) if not k.startswith('__')))
def g():
    try:
        from keyword import nothing_here
    except ImportError as e:
        return str(e).split(" (")[0]
print(g())
import sys
del sys.modules['keyword']
import keyword as k2
print(k2 is C.keyword)
def h():
    global heapq
    import heapq
h()
print(heapq.__name__)
