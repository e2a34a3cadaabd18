# set and frozenset subclasses: instances keep their class alive (the class
# can be deleted from the namespace while instances remain), instance
# attributes, overridden methods, operators returning the base types, many
# instances created and dropped, and classes made in a loop.
class Tags(set):
    def __init__(self, items=(), owner="?"):
        super().__init__(items)
        self.owner = owner

    def add(self, item):
        super().add(item.lower())

    def __repr__(self):
        return f"Tags({sorted(self)}, owner={self.owner!r})"


t = Tags(["a", "b"], owner="ann")
t.add("C")
print(t, type(t | {"z"}).__name__, type(t.copy()).__name__, t.owner, len(t), "c" in t)


class Frozen(frozenset):
    def __new__(cls, items, label):
        obj = super().__new__(cls, items)
        obj.label = label
        return obj


f = Frozen([3, 1, 2], "nums")
print(sorted(f), f.label, type(f & {1}).__name__, hash(f) == hash(frozenset([1, 2, 3])), {f: 1}[frozenset([1, 2, 3])])
kept = [Tags([i], owner=str(i)) for i in range(50)]
del Tags
print(len(kept), kept[7], type(kept[0]).__name__, sum(len(k) for k in kept))
kept.clear()
made = []
for n in range(5):
    cls = type(f"Dyn{n}", (frozenset,), {"n": n})
    made.append(cls(range(n)))
del cls
print([(type(m).__name__, m.n, len(m)) for m in made])
made = None
chain = Frozen([Frozen([1], "inner")], "outer")
print(chain.label, [x.label for x in chain])
del chain, f
print("done")
