# PEP 585 generic aliases: list[int] and friends in annotations and code.
def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], set[str], frozenset[int], type[int])
print(list[int].__origin__, list[int].__args__, list[int].__parameters__, dict[str, int].__args__)
print(list["x"], list[[int, str]], list[None], tuple[int, None, ...], list[list[list[int]]])


class Node:
    pass


print(list[Node], dict[Node, tuple[Node, ...]], type(list[int]), type(list[int]).__name__)
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]("ab"), list[int]() == [])
print(list[int] == list[int], list[int] == list[str], list[int] != dict[int, int], list[int] == list,
      hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]])
print(list[int].append, list[int].__name__, dict[str, int].fromkeys("ab"))
check("isinstance", lambda: isinstance([], list[int]))
check("issubclass", lambda: issubclass(list, list[int]))
check("subscript again", lambda: list[int][str])
check("int subscript", lambda: int[5])
check("class subscript", lambda: Node[5])
check("instance subscript", lambda: Node()[5])
check("unhashable args", lambda: hash(list[[int]]))


def total(values: list[int], weights: dict[str, float] | None = None) -> int:
    return sum(values)


def pairs(d: dict[str, tuple[int, int]]) -> list[tuple[str, int]]:
    return [(k, a + b) for k, (a, b) in d.items()]


print(total([1, 2, 3]), pairs({"x": (1, 2), "y": (3, 4)}))


class IntList(list[int]):
    def total(self):
        return sum(self)


il = IntList([4, 5])
print(il, il.total(), IntList.__mro__, IntList.__bases__)


class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item!r}"


print(Box[int], Box[1, 2], Box["s"])

# PEP 604 unions.
print(int | None, None | int, int | str | int, type(int | str), (int | str).__args__, int | list[int])
print((int | str) == (str | int), hash(int | str) == hash(str | int), int | None | None, (int | None).__args__)
print(list[int] | None, isinstance(1, int | str), isinstance(None, int | None), isinstance("s", int | float),
      issubclass(bool, int | str), issubclass(float, int | str))
check("isinstance generic in union", lambda: isinstance(1, list[int] | int))
check("or str", lambda: int | "x")
check("union subscript", lambda: (int | str)[int])
print(int | int, type(int | int), (int | str).__parameters__, Node | None, int | Node, (int | str) | float,
      int | (str | float), (int | str) == int, (int | None) == (None | int), dict[str, int] | list[int] | None)


def parse(value: int | str | None = None) -> list[int] | None:
    if value is None:
        return None
    return [int(value)]


print(parse(), parse(3), parse("4"))
