# Two data structures: a skip list (levels from an LCG) with insert, delete,
# search path lengths and ordered iteration; and a sparse matrix (dict of
# keys) with +, -, * (matrix and scalar), transpose, equality, __getitem__
# with tuple keys and slices of rows, and a sparse power-iteration to find
# the dominant eigenvalue of a small graph's adjacency matrix.
class SkipList:
    MAX = 8

    class Node:
        __slots__ = ("key", "next")

        def __init__(self, key, level):
            self.key, self.next = key, [None] * level

    def __init__(self, seed=1):
        self.head = self.Node(None, self.MAX)
        self.level = 1
        self.x = seed
        self.size = 0

    def _random_level(self):
        lvl = 1
        while lvl < self.MAX:
            self.x = (self.x * 1103515245 + 12345) % 2 ** 31
            if (self.x >> 16) & 1:
                break
            lvl += 1
        return lvl

    def _path(self, key):
        update, node, steps = [None] * self.MAX, self.head, 0
        for i in range(self.level - 1, -1, -1):
            while node.next[i] and node.next[i].key < key:
                node = node.next[i]
                steps += 1
            update[i] = node
        return update, node.next[0], steps

    def insert(self, key):
        update, nxt, _ = self._path(key)
        if nxt and nxt.key == key:
            return False
        lvl = self._random_level()
        for i in range(self.level, lvl):
            update[i] = self.head
        self.level = max(self.level, lvl)
        node = self.Node(key, lvl)
        for i in range(lvl):
            node.next[i], update[i].next[i] = update[i].next[i], node
        self.size += 1
        return True

    def remove(self, key):
        update, nxt, _ = self._path(key)
        if not nxt or nxt.key != key:
            raise KeyError(key)
        for i in range(len(nxt.next)):
            update[i].next[i] = nxt.next[i]
        self.size -= 1

    def __contains__(self, key):
        _, nxt, _ = self._path(key)
        return nxt is not None and nxt.key == key

    def steps(self, key):
        return self._path(key)[2]

    def __iter__(self):
        node = self.head.next[0]
        while node:
            yield node.key
            node = node.next[0]

    def __len__(self):
        return self.size


sl = SkipList()
vals = [(i * 37) % 101 for i in range(80)]
print(sum(sl.insert(v) for v in vals), sl.insert(vals[0]), len(sl), sl.level)
for v in vals[::4]:
    sl.remove(v)
print(len(sl), list(sl)[:12], 37 in sl, vals[4] in sl)
print("avg search steps", round(sum(sl.steps(k) for k in sl) / len(sl), 2), "vs linear", len(sl) // 2)
try:
    sl.remove(1000)
except KeyError as e:
    print("KeyError:", e)


class Sparse:
    def __init__(self, rows, cols, data=None):
        self.shape = (rows, cols)
        self.data = {k: v for k, v in (data or {}).items() if v}

    @classmethod
    def from_dense(cls, rows):
        return cls(len(rows), len(rows[0]), {(i, j): v for i, r in enumerate(rows) for j, v in enumerate(r)})

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            if not (0 <= i < self.shape[0] and 0 <= j < self.shape[1]):
                raise IndexError(f"index {key} out of range for shape {self.shape}")
            return self.data.get(key, 0)
        if isinstance(key, int):
            return [self[key, j] for j in range(self.shape[1])]
        if isinstance(key, slice):
            return [self[i] for i in range(*key.indices(self.shape[0]))]
        raise TypeError(f"bad index type {type(key).__name__}")

    def _check(self, o):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")

    def __add__(self, o):
        self._check(o)
        keys = self.data.keys() | o.data.keys()
        return Sparse(*self.shape, {k: self.data.get(k, 0) + o.data.get(k, 0) for k in keys})

    def __sub__(self, o):
        return self + o * -1

    def __mul__(self, o):
        if isinstance(o, (int, float)):
            return Sparse(*self.shape, {k: v * o for k, v in self.data.items()})
        if self.shape[1] != o.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {o.shape}")
        by_row = {}
        for (i, k), v in o.data.items():
            by_row.setdefault(i, []).append((k, v))
        out = {}
        for (i, j), v in self.data.items():
            for k, w in by_row.get(j, ()):
                out[i, k] = out.get((i, k), 0) + v * w
        return Sparse(self.shape[0], o.shape[1], out)

    __rmul__ = __mul__

    @property
    def T(self):
        return Sparse(self.shape[1], self.shape[0], {(j, i): v for (i, j), v in self.data.items()})

    def __eq__(self, o):
        return isinstance(o, Sparse) and self.shape == o.shape and self.data == o.data

    def __repr__(self):
        return f"Sparse({self.shape[0]}x{self.shape[1]}, nnz={len(self.data)})"

    def dense(self):
        return [self[i] for i in range(self.shape[0])]


a = Sparse.from_dense([[1, 0, 2], [0, 0, 3], [4, 0, 0]])
b = Sparse.from_dense([[0, 1, 0], [5, 0, 0], [0, 0, 6]])
print(a, (a + b).dense(), (a - a) == Sparse(3, 3), (a * b).dense(), (2 * a).dense(), a.T.dense())
print(a[0, 2], a[1], a[::2], (a * b).T == b.T * a.T)
for bad in (lambda: a[3, 0], lambda: a["x"], lambda: a + Sparse(2, 2), lambda: a * Sparse(2, 2)):
    try:
        bad()
    except (IndexError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
edges = [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 2), (1, 3)]
n = 5
adj = Sparse(n, n, {**{(i, j): 1 for i, j in edges}, **{(j, i): 1 for i, j in edges}})
v = Sparse(n, 1, {(i, 0): 1.0 for i in range(n)})
lam = 0
for it in range(60):
    w = adj * v
    norm = max(abs(x) for x in w.data.values())
    v = w * (1 / norm)
    lam = norm
print(f"dominant eigenvalue ~ {lam:.6f}", [f"{x:.4f}" for x in (row[0] for row in v.dense())])
