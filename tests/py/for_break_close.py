def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("closing", name)


for x in gen("a"):
    break
print("after break")


def f():
    for x in gen("b"):
        return x
    print("no")


print(f(), "after return")


class Del:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def __iter__(self):
        return iter([1, 2])


for x in Del(1):
    pass
print("after loop")
Del(2)
print("after expression statement")
x = Del(3)
x = None
print("after rebinding")
[y for y in gen("c")]
print("after comprehension")
for a in gen("d"):
    for b in gen("e"):
        break
    break
print("end")
