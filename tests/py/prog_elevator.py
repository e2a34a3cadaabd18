# An elevator system simulation: requests arriving over time, elevators as
# state machines (idle, moving up/down, doors open), a dispatcher choosing
# the cheapest car, and statistics about waiting times. Deterministic: the
# requests come from a fixed list.
IDLE, UP, DOWN, DOORS = "idle", "up", "down", "doors"


class Request:
    def __init__(self, time, origin, dest):
        self.time, self.origin, self.dest = time, origin, dest
        self.picked = None
        self.dropped = None

    @property
    def direction(self):
        return UP if self.dest > self.origin else DOWN

    def __repr__(self):
        return f"R({self.origin}->{self.dest}@{self.time})"


class Elevator:
    def __init__(self, name, floor=0, capacity=4):
        self.name = name
        self.floor = floor
        self.state = IDLE
        self.capacity = capacity
        self.riders = []
        self.assigned = []
        self.door_timer = 0
        self.moves = 0

    def targets(self):
        return [r.origin for r in self.assigned] + [r.dest for r in self.riders]

    def cost(self, req):
        if len(self.riders) + len(self.assigned) >= self.capacity:
            return 10 ** 6
        base = abs(self.floor - req.origin)
        if self.state == IDLE:
            return base
        heading_toward = (self.state == UP and req.origin >= self.floor) or (
            self.state == DOWN and req.origin <= self.floor)
        return base + (2 if heading_toward else 10) + len(self.targets())

    def step(self, now, log):
        if self.state == DOORS:
            self.door_timer -= 1
            if self.door_timer <= 0:
                self.state = IDLE
            return
        stop = False
        for r in list(self.riders):
            if r.dest == self.floor:
                self.riders.remove(r)
                r.dropped = now
                log.append(f"t={now:2} {self.name} drops {r} at {self.floor}")
                stop = True
        for r in list(self.assigned):
            if r.origin == self.floor:
                self.assigned.remove(r)
                self.riders.append(r)
                r.picked = now
                log.append(f"t={now:2} {self.name} picks {r} at {self.floor}")
                stop = True
        if stop:
            self.state = DOORS
            self.door_timer = 1
            return
        targets = self.targets()
        if not targets:
            self.state = IDLE
            return
        if self.state in (IDLE, DOORS):
            nearest = min(targets, key=lambda f: (abs(f - self.floor), f))
            self.state = UP if nearest > self.floor else DOWN
        if self.state == UP and not any(t > self.floor for t in targets):
            self.state = DOWN
        elif self.state == DOWN and not any(t < self.floor for t in targets):
            self.state = UP
        self.floor += 1 if self.state == UP else -1
        self.moves += 1


class Dispatcher:
    def __init__(self, elevators):
        self.elevators = elevators
        self.log = []

    def submit(self, req):
        best = min(self.elevators, key=lambda e: (e.cost(req), e.name))
        best.assigned.append(req)
        self.log.append(f"t={req.time:2} {req} -> {best.name} (cost {best.cost(req)})")

    def run(self, requests, until):
        pending = sorted(requests, key=lambda r: r.time)
        for now in range(until):
            while pending and pending[0].time == now:
                self.submit(pending.pop(0))
            for e in self.elevators:
                e.step(now, self.log)
            if not pending and all(not e.targets() for e in self.elevators):
                return now
        return until


requests = [Request(0, 0, 7), Request(1, 5, 2), Request(2, 3, 9), Request(2, 8, 0), Request(4, 1, 4),
            Request(6, 9, 1), Request(7, 0, 5), Request(7, 6, 8), Request(9, 2, 3), Request(12, 7, 0),
            Request(13, 4, 6), Request(15, 0, 9)]
d = Dispatcher([Elevator("A", 0), Elevator("B", 9), Elevator("C", 4, capacity=2)])
finished = d.run(requests, 200)
print("\n".join(d.log))
print("finished at", finished)
waits = [r.picked - r.time for r in requests]
rides = [r.dropped - r.picked for r in requests]
print("waits", waits, "avg", round(sum(waits) / len(waits), 2), "max", max(waits))
print("rides", rides, "avg", round(sum(rides) / len(rides), 2))
for e in d.elevators:
    print(e.name, "moves", e.moves, "final floor", e.floor, e.state)
