# N-body: the sun and four giant planets on (nearly) circular orbits,
# integrated with a fixed time step. Bodies are lists of floats
# [x, y, z, vx, vy, vz, mass]; units are AU, days and solar masses.

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24
STEPS = 200000


def make_body(radius, angle_sin, angle_cos, tilt, mass_ratio):
    # a circular orbit of the given radius, started at the given angle
    speed = (SOLAR_MASS / radius) ** 0.5 / DAYS_PER_YEAR
    x = radius * angle_cos
    y = radius * angle_sin
    z = radius * tilt
    vx = -speed * angle_sin
    vy = speed * angle_cos
    vz = -speed * tilt * 0.5
    return [x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR,
            mass_ratio * SOLAR_MASS]


def system():
    sun = [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]
    planets = [
        make_body(5.20, 0.60, 0.80, 0.020, 9.55e-4),
        make_body(9.58, -0.28, 0.96, -0.040, 2.86e-4),
        make_body(19.2, 0.96, -0.28, 0.010, 4.37e-5),
        make_body(30.1, -0.80, -0.60, 0.030, 5.15e-5),
    ]
    return [sun] + planets


def all_pairs(bodies):
    return [(bodies[i], bodies[j])
            for i in range(len(bodies)) for j in range(i + 1, len(bodies))]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for body in bodies:
        m = body[6]
        px += body[3] * m
        py += body[4] * m
        pz += body[5] * m
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def energy(bodies, pairs):
    e = 0.0
    for a, b in pairs:
        dx = a[0] - b[0]
        dy = a[1] - b[1]
        dz = a[2] - b[2]
        e -= a[6] * b[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    for body in bodies:
        vx, vy, vz = body[3], body[4], body[5]
        e += 0.5 * body[6] * (vx * vx + vy * vy + vz * vz)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            dist2 = dx * dx + dy * dy + dz * dz
            mag = dt / (dist2 * dist2 ** 0.5)
            ma = a[6] * mag
            mb = b[6] * mag
            a[3] -= dx * mb
            a[4] -= dy * mb
            a[5] -= dz * mb
            b[3] += dx * ma
            b[4] += dy * ma
            b[5] += dz * ma
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def main():
    bodies = system()
    pairs = all_pairs(bodies)
    offset_momentum(bodies)
    print(f"energy before: {energy(bodies, pairs):.9f}")
    advance(bodies, pairs, 0.01, STEPS)
    print(f"energy after:  {energy(bodies, pairs):.9f}")
    print("sun:", ", ".join(f"{c:.6f}" for c in bodies[0][:3]))


main()
