# Cache replacement policies as a class hierarchy (FIFO, LRU, LFU, and a
# clock/second-chance cache) run over the same deterministic access trace;
# reports hits, misses, evictions and final contents.
class Cache:
    name = "abstract"

    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"{type(self).__name__} capacity must be positive, got {capacity}")
        self.capacity = capacity
        self.hits = self.misses = 0
        self.evicted = []

    def access(self, key):
        if self.contains(key):
            self.hits += 1
            self.touch(key)
            return True
        self.misses += 1
        if self.size() >= self.capacity:
            victim = self.evict()
            self.evicted.append(victim)
        self.insert(key)
        return False

    def ratio(self):
        total = self.hits + self.misses
        return self.hits / total if total else 0.0

    def __repr__(self):
        return f"{self.name}(cap={self.capacity}, hits={self.hits}, misses={self.misses}, ratio={self.ratio():.3f})"

    # hooks
    def contains(self, key):
        raise NotImplementedError

    def touch(self, key):
        pass


class FIFOCache(Cache):
    name = "FIFO"

    def __init__(self, capacity):
        super().__init__(capacity)
        self.order = []

    def contains(self, key):
        return key in self.order

    def size(self):
        return len(self.order)

    def evict(self):
        return self.order.pop(0)

    def insert(self, key):
        self.order.append(key)

    def contents(self):
        return list(self.order)


class LRUCache(FIFOCache):
    name = "LRU"

    def touch(self, key):
        self.order.remove(key)
        self.order.append(key)


class LFUCache(Cache):
    name = "LFU"

    def __init__(self, capacity):
        super().__init__(capacity)
        self.freq = {}
        self.tick = 0
        self.last = {}

    def contains(self, key):
        return key in self.freq

    def size(self):
        return len(self.freq)

    def touch(self, key):
        self.tick += 1
        self.freq[key] += 1
        self.last[key] = self.tick

    def evict(self):
        victim = min(self.freq, key=lambda k: (self.freq[k], self.last[k]))
        del self.freq[victim], self.last[victim]
        return victim

    def insert(self, key):
        self.tick += 1
        self.freq[key] = 1
        self.last[key] = self.tick

    def contents(self):
        return sorted(self.freq.items())


class ClockCache(Cache):
    name = "Clock"

    def __init__(self, capacity):
        super().__init__(capacity)
        self.slots = [None] * capacity
        self.ref = [False] * capacity
        self.hand = 0
        self.where = {}

    def contains(self, key):
        return key in self.where

    def size(self):
        return len(self.where)

    def touch(self, key):
        self.ref[self.where[key]] = True

    def evict(self):
        while True:
            if self.ref[self.hand]:
                self.ref[self.hand] = False
                self.hand = (self.hand + 1) % self.capacity
            else:
                victim = self.slots[self.hand]
                del self.where[victim]
                self.slots[self.hand] = None
                return victim

    def insert(self, key):
        while self.slots[self.hand] is not None:
            self.hand = (self.hand + 1) % self.capacity
        self.slots[self.hand] = key
        self.where[key] = self.hand
        self.ref[self.hand] = False
        self.hand = (self.hand + 1) % self.capacity

    def contents(self):
        return list(self.slots)


def trace(n, seed=12345):
    x = seed
    out = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % (2 ** 31)
        r = x >> 16
        # mostly a hot set of 5 keys, sometimes a scan over cold keys
        if r % 10 < 7:
            out.append("h" + str(r % 5))
        else:
            out.append("c" + str(i % 17))
    return out


accesses = trace(600)
print(accesses[:12])
for cap in (3, 6):
    caches = [cls(cap) for cls in (FIFOCache, LRUCache, LFUCache, ClockCache)]
    for key in accesses:
        for c in caches:
            c.access(key)
    for c in sorted(caches, key=lambda c: -c.hits):
        print(c)
        print("   evicted", len(c.evicted), "first", c.evicted[:5], "contents", c.contents())
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
try:
    Cache(2).access("x")
except NotImplementedError:
    print("NotImplementedError from the abstract base")
print([cls.__name__ for cls in LRUCache.__mro__])
