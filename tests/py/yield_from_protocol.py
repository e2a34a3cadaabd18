# yield from delegating to iterators written in Python: send, throw and close
# go to their methods (or next() for None); a missing method is skipped or
# raises AttributeError as in CPython.
class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return self.n
    def send(self, v):
        print("Echo.send", v)
        return self.__next__()
    def throw(self, *args):
        print("Echo.throw", len(args), args[0].__name__ if isinstance(args[0], type) else repr(args[0]))
        raise StopIteration("thrown out")
    def close(self):
        print("Echo.close")

def d():
    r = yield from Echo()
    print("d got", r)
    yield "d end"
g = d()
print(next(g), g.send("a"), g.send(None))
print(g.throw(ValueError))
h = d(); next(h); h.close()
k = d(); next(k)
print(k.throw(ValueError("inst")))

class NoMethods:
    def __iter__(self): return self
    def __next__(self): return 1
def e():
    yield from NoMethods()
m = e(); next(m)
try:
    m.send(5)
except AttributeError as ex:
    print("AttributeError", ex)
m2 = e(); next(m2)
try:
    m2.throw(KeyError("k"))
except KeyError as ex:
    print("KeyError", ex)
m3 = e(); next(m3); m3.close(); print(m3.gi_suspended)

print(list(map(lambda x: x * 2, (i for i in range(3)))))
print(next(iter(lambda: 5, 6)), list(zip(*[[1, 2], [3, 4]])))
it = iter([1, 2, 3])
print(next(it), list(it))
class Gen:
    def __iter__(self):
        yield from range(2)
print(list(Gen()), [x for x in Gen()])
print(any(isinstance(x, int) for x in [1]), list(enumerate(Gen())))
