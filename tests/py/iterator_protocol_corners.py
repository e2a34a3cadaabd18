# Iterator protocol corners: laziness of map/filter/zip/enumerate/reversed
# (side effects observed in order), exhausted iterators staying exhausted,
# iter(callable, sentinel), zip stopping at the shortest (and which
# iterators got advanced), list() of an object with a lying __len__,
# mutation during iteration of lists and dicts, and the builtins consuming
# iterators partially (any/all/in/next with default).
trace = []


def noisy(name, items):
    for x in items:
        trace.append(f"{name}:{x}")
        yield x


m = map(lambda a, b: a + b, noisy("a", [1, 2, 3]), noisy("b", [10, 20]))
print(trace, next(m), trace)
print(list(m), trace)
trace.clear()
z = zip(noisy("p", "abc"), noisy("q", "x"))
print(list(z), trace)
trace.clear()
it = noisy("r", range(5))
print(any(v > 1 for v in it), trace, list(it))
trace.clear()
it = noisy("s", range(5))
print(3 in it, list(it))
it = iter([1, 2])
print(list(it), list(it), next(it, "done"))
e = enumerate(noisy("e", "xy"), 10)
print(next(e), trace[-1])
calls = [0]


def counter():
    calls[0] += 1
    return calls[0]


print(list(iter(counter, 4)), calls)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
f = filter(lambda v: v % 2, noisy("f", range(6)))
trace.clear()
print(next(f), next(f), trace)


class Liar:
    def __len__(self):
        return 1000

    def __iter__(self):
        return iter([1, 2])


print(list(Liar()), tuple(Liar()), [*Liar()])


class HintLiar:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __length_hint__(self):
        return -1


try:
    print(list(HintLiar()))
except ValueError as e:
    print("ValueError:", e)
data = [1, 2, 3, 4]
for x in data:
    if x == 2:
        data.remove(x)
print(data)
data = [1, 2]
out = []
for x in data:
    out.append(x)
    if len(data) < 5:
        data.append(x * 10)
print(out)
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print("RuntimeError:", e)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = "changed values is fine"
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v * 100)
except RuntimeError as e:
    print("RuntimeError:", e)
g = (x for x in range(3))
print(sum(g), sum(g), list(zip(g, "ab")))
it = iter(range(10))
print(list(zip(it, it, it)), list(it))
print(dict(zip("abc", range(100))), list(map(pow, [2, 3], [5])))
print(max(iter([3, 9, 2])), min((), default="empty"), sorted(iter({3, 1, 2})))
chain = [y for x in [[1, 2], [3]] for y in x]
print(chain, list(enumerate(zip("ab", "cd"))))
print(next(iter({})), "unreachable") if False else print(next(iter({}), "no keys"))


def hinted(value):
    class H:
        def __iter__(self):
            return iter("ab")

        def __length_hint__(self):
            if isinstance(value, BaseException):
                raise value
            return value

    return H()


for v in (3, 0, 10 ** 6, NotImplemented, "2", 2.0, -5, 2 ** 70, TypeError("ignored"), KeyError("propagates")):
    try:
        print(repr(v)[:20], "->", list(hinted(v)))
    except Exception as e:
        print(repr(v)[:20], "->", type(e).__name__ + ":", e)
