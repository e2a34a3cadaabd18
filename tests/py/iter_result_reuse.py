# zip, enumerate and dict items hand out one result tuple again when the
# loop dropped it: results kept by the program stay distinct, and the
# objects in them die when CPython frees them.
def main():
    a = [1, 2, 3]; b = ['x', 'y', 'z']
    kept = []
    for t in zip(a, b):
        kept.append(t)
    print(kept)
    print(list(enumerate(b, 5)), dict(zip(b, a)))
    d = {'k': [1], 'j': [2]}
    for k, v in d.items(): v.append(k)
    print(d, list(d.items()))
    z = zip(a, b)
    first = next(z); second = next(z)
    print(first, second, first is second)
    e = enumerate('ab')
    x = next(e); del x; y = next(e); print(y)
    class C:
        def __del__(self): print("del C")
    for i, c in enumerate([C(), C()]):
        pass
    print("end loop")
    del c
    print("after del")
    for p in zip([C()], [1]): pass
    print("zip end"); del p; print("done")
main()
