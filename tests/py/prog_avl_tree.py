# An AVL tree with insert, delete, rotations counted by kind, in-order
# iteration via a generator, range queries, rank/select using subtree
# sizes, the mapping protocol (__getitem__/__setitem__/__delitem__/
# __contains__/__len__/__iter__), and invariant checks after every change.
class Node:
    __slots__ = ("key", "val", "left", "right", "height", "size")

    def __init__(self, key, val):
        self.key, self.val = key, val
        self.left = self.right = None
        self.height = self.size = 1


def h(n):
    return n.height if n else 0


def sz(n):
    return n.size if n else 0


class AVL:
    def __init__(self):
        self.root = None
        self.rotations = {"L": 0, "R": 0}

    def _fix(self, n):
        n.height = 1 + max(h(n.left), h(n.right))
        n.size = 1 + sz(n.left) + sz(n.right)

    def _rot_right(self, y):
        self.rotations["R"] += 1
        x = y.left
        y.left, x.right = x.right, y
        self._fix(y)
        self._fix(x)
        return x

    def _rot_left(self, x):
        self.rotations["L"] += 1
        y = x.right
        x.right, y.left = y.left, x
        self._fix(x)
        self._fix(y)
        return y

    def _balance(self, n):
        self._fix(n)
        bf = h(n.left) - h(n.right)
        if bf > 1:
            if h(n.left.left) < h(n.left.right):
                n.left = self._rot_left(n.left)
            return self._rot_right(n)
        if bf < -1:
            if h(n.right.right) < h(n.right.left):
                n.right = self._rot_right(n.right)
            return self._rot_left(n)
        return n

    def __setitem__(self, key, val):
        def ins(n):
            if n is None:
                return Node(key, val)
            if key < n.key:
                n.left = ins(n.left)
            elif key > n.key:
                n.right = ins(n.right)
            else:
                n.val = val
                return n
            return self._balance(n)

        self.root = ins(self.root)

    def __getitem__(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.val
            n = n.left if key < n.key else n.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __delitem__(self, key):
        def pop_min(n):
            if n.left is None:
                return n.right, n
            n.left, m = pop_min(n.left)
            return self._balance(n), m

        def rem(n):
            if n is None:
                raise KeyError(key)
            if key < n.key:
                n.left = rem(n.left)
            elif key > n.key:
                n.right = rem(n.right)
            else:
                if n.left is None:
                    return n.right
                if n.right is None:
                    return n.left
                n.right, m = pop_min(n.right)
                m.left, m.right = n.left, n.right
                n = m
            return self._balance(n)

        self.root = rem(self.root)

    def __len__(self):
        return sz(self.root)

    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)

        return walk(self.root)

    def items(self):
        return [(k, self[k]) for k in self]

    def range(self, lo, hi):
        def walk(n):
            if not n:
                return
            if lo < n.key:
                yield from walk(n.left)
            if lo <= n.key <= hi:
                yield n.key
            if n.key < hi:
                yield from walk(n.right)

        return list(walk(self.root))

    def rank(self, key):
        r, n = 0, self.root
        while n:
            if key <= n.key:
                n = n.left
            else:
                r += sz(n.left) + 1
                n = n.right
        return r

    def select(self, i):
        if not 0 <= i < len(self):
            raise IndexError("select index out of range")
        n = self.root
        while True:
            if i < sz(n.left):
                n = n.left
            elif i == sz(n.left):
                return n.key
            else:
                i -= sz(n.left) + 1
                n = n.right

    def check(self):
        def go(n, lo, hi):
            if not n:
                return 0, 0
            assert (lo is None or n.key > lo) and (hi is None or n.key < hi), "order"
            hl, sl = go(n.left, lo, n.key)
            hr, sr = go(n.right, n.key, hi)
            assert abs(hl - hr) <= 1, "balance"
            assert n.height == 1 + max(hl, hr) and n.size == 1 + sl + sr, "cache"
            return n.height, n.size

        return go(self.root, None, None)


t = AVL()
x = 7
keys = []
for i in range(200):
    x = (x * 73 + 41) % 1009
    keys.append(x)
    t[x] = i
    t.check()
print(len(t), t.root.height, t.rotations, list(t)[:10])
print(t.range(100, 160), t.rank(500), t.select(0), t.select(len(t) - 1), t.select(len(t) // 2))
for k in keys[::3]:
    if k in t:
        del t[k]
        t.check()
print(len(t), t.root.height, t.rotations, list(t)[:10])
print(all(t.select(t.rank(k)) == k for k in t), sorted(t) == list(t))
try:
    del t[-5]
except KeyError as e:
    print("KeyError:", e)
try:
    t.select(10 ** 6)
except IndexError as e:
    print("IndexError:", e)
seq = AVL()
for i in range(1, 64):
    seq[i] = str(i)
print("ascending 63:", seq.root.height, seq.rotations, seq.check())
print(seq[42], 64 in seq, seq.items()[:3])
