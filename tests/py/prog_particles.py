# A particle system: a Vec2 class with operators, particle classes with
# different behaviours (gravity, drag, bouncing, decaying), an emitter with
# a deterministic random generator, collisions with walls, and statistics
# printed every few frames. Fixed-point style rounding keeps output stable.
class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec2(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec2(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec2(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        return self

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __repr__(self):
        return f"({self.x:.2f}, {self.y:.2f})"


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.state >> 33) / 2 ** 31

    def uniform(self, a, b):
        return a + (b - a) * self.next()


class Particle:
    kind = "plain"

    def __init__(self, pos, vel, life):
        self.pos, self.vel, self.life = pos, vel, life
        self.age = 0

    @property
    def alive(self):
        return self.age < self.life

    def forces(self):
        return Vec2(0, -9.8)

    def update(self, dt, world):
        self.vel += self.forces() * dt
        self.pos += self.vel * dt
        self.age += dt
        world.collide(self)


class Smoke(Particle):
    kind = "smoke"

    def forces(self):
        return Vec2(0, 1.5) - self.vel * 0.8


class Spark(Particle):
    kind = "spark"
    bounciness = 0.6

    def update(self, dt, world):
        super().update(dt, world)
        self.life -= dt * 0.5


class World:
    def __init__(self, width, height):
        self.width, self.height = width, height
        self.bounces = 0

    def collide(self, p):
        bounce = getattr(p, "bounciness", 0.3)
        if p.pos.y < 0:
            p.pos.y = -p.pos.y * bounce
            p.vel.y = -p.vel.y * bounce
            self.bounces += 1
        for lo, hi, attr in ((0, self.width, "x"),):
            v = getattr(p.pos, attr)
            if v < lo or v > hi:
                setattr(p.pos, attr, min(max(v, lo), hi))
                setattr(p.vel, attr, -getattr(p.vel, attr) * bounce)
                self.bounces += 1


class Emitter:
    def __init__(self, pos, rng):
        self.pos, self.rng = pos, rng
        self.emitted = 0

    def emit(self, n):
        out = []
        kinds = [Particle, Smoke, Spark]
        for _ in range(n):
            cls = kinds[self.emitted % 3]
            vel = Vec2(self.rng.uniform(-3, 3), self.rng.uniform(2, 8))
            out.append(cls(Vec2(self.pos.x, self.pos.y), vel, self.rng.uniform(1.0, 3.0)))
            self.emitted += 1
        return out


world = World(20, 50)
emitter = Emitter(Vec2(10, 1), Random(2024))
particles = []
dt = 0.05
for frame in range(120):
    if frame < 60 and frame % 5 == 0:
        particles += emitter.emit(4)
    for p in particles:
        p.update(dt, world)
    particles = [p for p in particles if p.alive]
    if frame % 20 == 19:
        by_kind = {}
        for p in particles:
            by_kind[p.kind] = by_kind.get(p.kind, 0) + 1
        if particles:
            top = max(particles, key=lambda p: p.pos.y)
            speed = sum(abs(p.vel) for p in particles) / len(particles)
            print(f"frame {frame + 1:3}: {len(particles):2} alive {sorted(by_kind.items())} "
                  f"highest {top.kind} at {top.pos} mean speed {speed:.3f}")
        else:
            print(f"frame {frame + 1:3}: none alive")
print("emitted", emitter.emitted, "bounces", world.bounces)
v = Vec2(3, 4)
print(abs(v), v + Vec2(1, 1), v - Vec2(1, 1), v * 2, 2 * v)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError:", e)
