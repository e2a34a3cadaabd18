# Starred items in list, tuple and dict displays.


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", repr(e))


a = [1, 2]
b = (3, 4)
show("list", lambda: [*a, *b])
show("list mixed", lambda: [0, *a, 9, *"xy", *range(2)])
show("list one", lambda: [*a])
show("list empty", lambda: [*[], *()])
show("tuple", lambda: (*a, *b))
show("tuple one", lambda: (*a,))
show("tuple mixed", lambda: (0, *b, 5))
show("nested", lambda: [*[*a, *[*b]]])
show("dict", lambda: {**{"a": 1}, **{"b": 2}})
show("dict override", lambda: {"a": 0, **{"a": 1, "b": 2}, "b": 3, "c": 4})
show("dict order", lambda: {**{"x": 1, "y": 2}, "z": 3, **{"x": 9}})
show("dict empty", lambda: {**{}})

show("list not iterable", lambda: [*1])
show("list later not iterable", lambda: [1, *a, *None])
show("tuple not iterable", lambda: (1, *2))
show("dict not a mapping", lambda: {**1})
show("dict list", lambda: {"x": 1, **[]})
show("dict unhashable", lambda: {**{"a": 1}, []: 2})


def rebinding():
    x = [1, 2]
    x = [*x, *x]
    y = (0,)
    y = (*y, *x)
    z = {"k": 1}
    z = {**z, "j": 2}
    return x, y, z


show("rebinding", rebinding)
