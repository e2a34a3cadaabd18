# A class hierarchy of shapes: an abstract base raising NotImplementedError,
# subclasses with properties and classmethod constructors, __eq__/__hash__
# by value, ordering by area with functools-free total ordering, a
# registry filled by __init_subclass__, a visitor, and scaling that returns
# new objects (immutable shapes via __slots__ and __setattr__).
class Shape:
    registry = {}
    __slots__ = ()

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        if kind:
            Shape.registry[kind] = cls

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must define area()")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} must define perimeter()")

    def _key(self):
        return ()

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __hash__(self):
        return hash((type(self).__name__,) + self._key())

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()

    def __le__(self, other):
        return self == other or self < other

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable")

    def accept(self, visitor):
        return getattr(visitor, "visit_" + type(self).__name__.lower())(self)

    @classmethod
    def create(cls, kind, *args):
        try:
            return cls.registry[kind](*args)
        except KeyError:
            raise ValueError(f"unknown shape {kind!r}") from None


class Circle(Shape, kind="circle"):
    __slots__ = ("r",)

    def __init__(self, r):
        object.__setattr__(self, "r", r)

    def area(self):
        return 3.14159 * self.r ** 2

    def perimeter(self):
        return 2 * 3.14159 * self.r

    def _key(self):
        return (self.r,)

    def scaled(self, k):
        return Circle(self.r * k)

    def __repr__(self):
        return f"Circle({self.r})"


class Rect(Shape, kind="rect"):
    __slots__ = ("w", "h")

    def __init__(self, w, h):
        object.__setattr__(self, "w", w)
        object.__setattr__(self, "h", h)

    @classmethod
    def square(cls, side):
        return cls(side, side)

    @property
    def is_square(self):
        return self.w == self.h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def _key(self):
        return (self.w, self.h)

    def scaled(self, k):
        return type(self)(self.w * k, self.h * k)

    def __repr__(self):
        return f"{type(self).__name__}({self.w}, {self.h})"


class Triangle(Shape, kind="triangle"):
    __slots__ = ("a", "b", "c")

    def __init__(self, a, b, c):
        if not (a + b > c and a + c > b and b + c > a):
            raise ValueError(f"sides {a}, {b}, {c} do not make a triangle")
        for name, v in zip("abc", (a, b, c)):
            object.__setattr__(self, name, v)

    def area(self):
        s = (self.a + self.b + self.c) / 2
        return (s * (s - self.a) * (s - self.b) * (s - self.c)) ** 0.5

    def perimeter(self):
        return self.a + self.b + self.c

    def _key(self):
        return tuple(sorted((self.a, self.b, self.c)))

    def __repr__(self):
        return f"Triangle({self.a}, {self.b}, {self.c})"


class Blob(Shape):
    __slots__ = ()


class Describer:
    def visit_circle(self, c):
        return f"a circle of radius {c.r}"

    def visit_rect(self, r):
        return f"a {'square' if r.is_square else 'rectangle'} {r.w}x{r.h}"

    def visit_triangle(self, t):
        return f"a triangle with sides {t.a}, {t.b}, {t.c}"


shapes = [Circle(1), Rect(2, 3), Rect.square(2), Triangle(3, 4, 5), Shape.create("circle", 0.5),
          Shape.create("triangle", 5, 3, 4), Rect(3, 2)]
for s in sorted(shapes):
    print(f"{s!r:22} area={s.area():8.3f} perimeter={s.perimeter():7.3f}  {s.accept(Describer())}")
print(Triangle(3, 4, 5) == Triangle(5, 3, 4), Rect(2, 3) == Rect(3, 2), len(set(shapes)), sorted(Shape.registry))
print(max(shapes), min(shapes), Rect(1, 1) <= Rect.square(1), Circle(2).scaled(1.5), Rect(1, 2).scaled(3))
for bad in [lambda: Blob().area(), lambda: Shape.create("hexagon"), lambda: Triangle(1, 1, 5),
            lambda: setattr(Circle(1), "r", 2), lambda: Circle(1) < 5, lambda: Blob().accept(Describer())]:
    try:
        bad()
    except (NotImplementedError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
