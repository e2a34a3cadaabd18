# A binary search tree with insertion, deletion (all three cases), search,
# in/pre/post/level-order traversals as generators, height, rank queries,
# range queries, validation, and an AVL variant that keeps itself
# balanced (rotations counted). Children only point down: no cycles.
class Node:
    __slots__ = ("key", "value", "left", "right", "height", "size")

    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None
        self.height = 1
        self.size = 1


def height(n):
    return n.height if n else 0


def size(n):
    return n.size if n else 0


def update(n):
    n.height = 1 + max(height(n.left), height(n.right))
    n.size = 1 + size(n.left) + size(n.right)


class BST:
    balanced = False

    def __init__(self):
        self.root = None
        self.rotations = 0

    def insert(self, key, value=None):
        self.root = self._insert(self.root, key, value)

    def _insert(self, n, key, value):
        if n is None:
            return Node(key, value)
        if key < n.key:
            n.left = self._insert(n.left, key, value)
        elif key > n.key:
            n.right = self._insert(n.right, key, value)
        else:
            n.value = value
        update(n)
        return self._balance(n) if self.balanced else n

    def _balance(self, n):
        return n

    def delete(self, key):
        self.root = self._delete(self.root, key)

    def _delete(self, n, key):
        if n is None:
            raise KeyError(key)
        if key < n.key:
            n.left = self._delete(n.left, key)
        elif key > n.key:
            n.right = self._delete(n.right, key)
        else:
            if n.left is None:
                return n.right
            if n.right is None:
                return n.left
            succ = n.right
            while succ.left:
                succ = succ.left
            n.key, n.value = succ.key, succ.value
            n.right = self._delete(n.right, succ.key)
        update(n)
        return self._balance(n) if self.balanced else n

    def get(self, key):
        n = self.root
        while n:
            if key == n.key:
                return n.value
            n = n.left if key < n.key else n.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self.get(key)
            return True
        except KeyError:
            return False

    def __len__(self):
        return size(self.root)

    def inorder(self, n="root"):
        n = self.root if n == "root" else n
        if n:
            yield from self.inorder(n.left)
            yield n.key
            yield from self.inorder(n.right)

    def preorder(self):
        stack = [self.root] if self.root else []
        while stack:
            n = stack.pop()
            yield n.key
            stack.extend(c for c in (n.right, n.left) if c)

    def postorder(self, n="root"):
        n = self.root if n == "root" else n
        if n:
            yield from self.postorder(n.left)
            yield from self.postorder(n.right)
            yield n.key

    def levels(self):
        level = [self.root] if self.root else []
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]

    def rank(self, key):
        r, n = 0, self.root
        while n:
            if key <= n.key:
                n = n.left
            else:
                r += 1 + size(n.left)
                n = n.right
        return r

    def range(self, lo, hi, n="root"):
        n = self.root if n == "root" else n
        if n is None:
            return
        if lo < n.key:
            yield from self.range(lo, hi, n.left)
        if lo <= n.key <= hi:
            yield n.key
        if n.key < hi:
            yield from self.range(lo, hi, n.right)

    def valid(self, n="root", lo=None, hi=None):
        n = self.root if n == "root" else n
        if n is None:
            return True
        if (lo is not None and n.key <= lo) or (hi is not None and n.key >= hi):
            return False
        return self.valid(n.left, lo, n.key) and self.valid(n.right, n.key, hi)


class AVL(BST):
    balanced = True

    def _rotate_right(self, n):
        self.rotations += 1
        l = n.left
        n.left, l.right = l.right, n
        update(n)
        update(l)
        return l

    def _rotate_left(self, n):
        self.rotations += 1
        r = n.right
        n.right, r.left = r.left, n
        update(n)
        update(r)
        return r

    def _balance(self, n):
        bf = height(n.left) - height(n.right)
        if bf > 1:
            if height(n.left.left) < height(n.left.right):
                n.left = self._rotate_left(n.left)
            return self._rotate_right(n)
        if bf < -1:
            if height(n.right.right) < height(n.right.left):
                n.right = self._rotate_right(n.right)
            return self._rotate_left(n)
        return n


keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 25]
t = BST()
for k in keys:
    t.insert(k, str(k))
print(list(t.inorder()), len(t), height(t.root))
print(list(t.preorder()))
print(list(t.postorder()))
print(list(t.levels()))
print(t.get(45), 45 in t, 99 in t, t.rank(40), list(t.range(28, 62)), t.valid())
for k in (10, 30, 50):
    t.delete(k)
    print("deleted", k, list(t.inorder()), "root", t.root.key, t.valid())
try:
    t.delete(999)
except KeyError as e:
    print("KeyError:", e)
seq = BST()
avl = AVL()
for k in range(1, 101):
    avl.insert(k)
for k in range(1, 31):
    seq.insert(k)
print("sequential BST height", height(seq.root), "AVL height", height(avl.root), "rotations", avl.rotations)
for k in range(1, 101, 3):
    avl.delete(k)
print(len(avl), height(avl.root), avl.valid(), list(avl.levels())[0], avl.rank(50))
