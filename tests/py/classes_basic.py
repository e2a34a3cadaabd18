class Point:
    """A point."""
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __neg__(self):
        return Point(-self.x, -self.y)

    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(1, 2)
q = Point(3, 4)
print(p, q, p + q, -p, p == Point(1, 2), p != q, p == 3)
print(Point.count, p.norm2(), Point.norm2(q))
print(hash(p) == hash(Point(1, 2)))
print(Point.__doc__, Point.__name__, Point.__qualname__)
print(type(p).__name__, p.__class__ is Point)
print(str(p), repr([p, q]))
d = {p: "p"}
print(d[Point(1, 2)])

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, k=1):
        self.n += k
        return self.n
    def __len__(self):
        return self.n
    def __bool__(self):
        return self.n > 2
    def __contains__(self, x):
        return x < self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10

c = Counter()
c(); c(2)
print(c.n, len(c), bool(c), 2 in c, 5 in c, c[1])
c(5)
print(bool(c), list(c) if False else "skip")

class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    @classmethod
    def create(cls, name):
        return cls(name)
    @staticmethod
    def kinds():
        return ["dog", "cat"]
    @property
    def upper(self):
        return self.name.upper() if False else self.name + "!"

class Dog(Animal):
    sound = "woof"
    def speak(self):
        return super().speak() + "!"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        base = super().speak()
        return base + f" ({self.age})"

for a in [Animal("x"), Dog("rex"), Puppy("bit", 1), Dog.create("made")]:
    print(a.speak(), type(a).__name__, a.upper)
print(Animal.kinds(), Dog.kinds(), Dog("a").kinds())
print(Puppy.__mro__)
print(issubclass(Puppy, Animal), isinstance(Puppy("a", 2), Dog), isinstance(3, (str, int)))
print(Dog.__bases__, Animal.__base__)

class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None

t = Temp()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
del t.celsius
print(t.celsius)

class Secret:
    def __init__(self):
        self.__hidden = 42
    def reveal(self):
        return self.__hidden

s = Secret()
print(s.reveal(), s._Secret__hidden)
try:
    s.__hidden
except AttributeError as e:
    print(e)
print(getattr(s, "missing", "default"), hasattr(s, "reveal"), hasattr(s, "nope"))
setattr(s, "dyn", 5)
print(s.dyn)
delattr(s, "dyn")
print(hasattr(s, "dyn"))
print(sorted(vars(Point(5, 6)).items()))
