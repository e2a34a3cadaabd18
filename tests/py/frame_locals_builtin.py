# locals() and vars() in a function give the frame's f_locals dict: one per
# frame, refreshed at each call (names exec adds stay, deleted ones go).
def f(a):
    b = 2
    d1 = locals()
    exec("c = 7")
    d2 = locals()
    print(d1 is d2, sorted(d2), d2.get("c"))
    del b
    print(sorted(locals()), vars() is d1)
    def inner():
        return a
    return sorted(vars())
print(f(1))
def g(x):
    def h(): return x
    return locals()
print(sorted(g(3)))
def gen():
    y = 1
    yield locals()
    y = 2
    yield locals()
it = gen()
a = next(it); b = next(it)
print(a is b, a)
print(vars() is globals())
class K:
    z = 1
    print(sorted(vars()), locals() is vars())
