# A trie for autocomplete (insert, prefix search in order, counts, delete
# with pruning, longest common prefix) and an LRU cache built on dict order
# used to memoize an expensive function, with hit/miss statistics.
class TrieNode:
    __slots__ = ("children", "count", "terminal")

    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = False


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        self.words = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        node.count += 1
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if node.terminal:
            self._undo_counts(word)
            return False
        node.terminal = True
        self.words += 1
        return True

    def _undo_counts(self, word):
        node = self.root
        node.count -= 1
        for ch in word:
            node = node.children[ch]
            node.count -= 1

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.terminal)

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0

    def complete(self, prefix, limit=None):
        node = self._find(prefix)
        out = []
        if node is None:
            return out
        stack = [(node, prefix)]
        while stack:
            node, word = stack.pop()
            if node.terminal:
                out.append(word)
                if limit and len(out) == limit:
                    break
            for ch in sorted(node.children, reverse=True):
                stack.append((node.children[ch], word + ch))
        return out

    def delete(self, word):
        if word not in self:
            raise KeyError(word)
        path = [self.root]
        for ch in word:
            path.append(path[-1].children[ch])
        path[-1].terminal = False
        for node in path:
            node.count -= 1
        for i in range(len(word), 0, -1):
            if path[i].count == 0:
                del path[i - 1].children[word[i - 1]]
        self.words -= 1

    def longest_common_prefix(self):
        node, out = self.root, []
        while len(node.children) == 1 and not node.terminal:
            ch, node = next(iter(node.children.items()))
            out.append(ch)
        return "".join(out)


words = ["car", "card", "care", "careful", "cart", "cat", "dog", "dodge", "door", "do", "carbon"]
t = Trie(words)
print(t.words, t.insert("car"), t.words, "card" in t, "ca" in t, t.count_prefix("car"), t.count_prefix("x"))
print(t.complete("car"), t.complete("do"), t.complete("ca", limit=3), t.complete("z"))
t.delete("card")
print(t.complete("car"), t.count_prefix("car"), "card" in t, "care" in t)
try:
    t.delete("card")
except KeyError as e:
    print("KeyError:", e)
print(Trie(["interview", "internet", "internal", "interval"]).longest_common_prefix(), repr(Trie(["a", "b"]).longest_common_prefix()))


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = self.evictions = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evictions += 1
        self.data[key] = value

    def __repr__(self):
        return f"LRU({list(self.data)}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"


cache = LRUCache(3)
for op in ["a", "b", "c", "a", "d", "b", "e", "a", "c"]:
    if cache.get(op) is None:
        cache.put(op, op.upper())
print(cache)


def memoize(capacity):
    def deco(fn):
        store = LRUCache(capacity)

        def wrapper(*args):
            sentinel = object()
            r = store.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                store.put(args, r)
            return r
        wrapper.cache = store
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco


calls = 0


@memoize(64)
def paths(r, c):
    global calls
    calls += 1
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(16, 16), calls, paths.cache.hits, paths.cache.evictions, paths.__name__)
small = memoize(2)(lambda n: n * n)
print([small(n) for n in (1, 2, 1, 3, 2, 1)], small.cache)
