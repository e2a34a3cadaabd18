# A triage simulation with a priority queue (a hand-written binary heap
# with decrease-key through an index map), patients arriving on a fixed
# schedule, doctors with specialties, treatment durations, waiting-time
# statistics per priority, and an event log.
class IndexedHeap:
    def __init__(self):
        self.heap = []
        self.pos = {}

    def __len__(self):
        return len(self.heap)

    def _swap(self, i, j):
        h = self.heap
        h[i], h[j] = h[j], h[i]
        self.pos[h[i][1]] = i
        self.pos[h[j][1]] = j

    def _up(self, i):
        while i > 0 and self.heap[(i - 1) // 2][0] > self.heap[i][0]:
            self._swap(i, (i - 1) // 2)
            i = (i - 1) // 2

    def _down(self, i):
        n = len(self.heap)
        while True:
            small = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and self.heap[c][0] < self.heap[small][0]:
                    small = c
            if small == i:
                return
            self._swap(i, small)
            i = small

    def push(self, key, item):
        self.heap.append((key, item))
        self.pos[item] = len(self.heap) - 1
        self._up(len(self.heap) - 1)

    def pop(self):
        top = self.heap[0]
        last = self.heap.pop()
        del self.pos[top[1]]
        if self.heap:
            self.heap[0] = last
            self.pos[last[1]] = 0
            self._down(0)
        return top

    def decrease(self, item, key):
        i = self.pos[item]
        if key < self.heap[i][0]:
            self.heap[i] = (key, item)
            self._up(i)

    def __contains__(self, item):
        return item in self.pos


class Patient:
    def __init__(self, name, arrival, priority, need, duration):
        self.name, self.arrival, self.priority, self.need, self.duration = name, arrival, priority, need, duration
        self.start = None

    def __repr__(self):
        return self.name


class Doctor:
    def __init__(self, name, skills):
        self.name, self.skills = name, set(skills)
        self.busy_until = 0
        self.treated = []


arrivals = [Patient("p1", 0, 3, "general", 4), Patient("p2", 0, 1, "cardio", 6), Patient("p3", 1, 2, "general", 3),
            Patient("p4", 2, 1, "trauma", 5), Patient("p5", 2, 3, "general", 2), Patient("p6", 3, 2, "cardio", 4),
            Patient("p7", 5, 1, "general", 3), Patient("p8", 6, 3, "trauma", 2), Patient("p9", 6, 2, "general", 2),
            Patient("p10", 9, 1, "cardio", 3)]
doctors = [Doctor("Ames", ["general", "trauma"]), Doctor("Baker", ["cardio", "general"]), Doctor("Chen", ["trauma"])]
queue = IndexedHeap()
log = []
time = 0
pending = sorted(arrivals, key=lambda p: p.arrival)
waiting = {}
while pending or len(queue) or any(d.busy_until > time for d in doctors):
    while pending and pending[0].arrival == time:
        p = pending.pop(0)
        queue.push((p.priority, p.arrival, p.name), p)
        log.append(f"t={time:2} arrive {p.name} prio {p.priority} needs {p.need}")
    for p in list(queue.pos):
        if time - p.arrival >= 6 and p.priority > 1:
            p.priority -= 1
            queue.decrease(p, (p.priority, p.arrival, p.name))
            log.append(f"t={time:2} escalate {p.name} to prio {p.priority}")
    skipped = []
    while len(queue):
        key, p = queue.pop()
        free = [d for d in doctors if d.busy_until <= time and p.need in d.skills]
        if not free:
            skipped.append((key, p))
            continue
        doc = min(free, key=lambda d: (len(d.skills), d.name))
        doc.busy_until = time + p.duration
        doc.treated.append(p.name)
        p.start = time
        waiting.setdefault(key[0], []).append(time - p.arrival)
        log.append(f"t={time:2} {doc.name} treats {p.name} until {doc.busy_until}")
    for key, p in skipped:
        queue.push(key, p)
    time += 1
print("\n".join(log))
for doc in doctors:
    print(doc.name, doc.treated)
for prio in sorted(waiting):
    w = waiting[prio]
    print(f"priority {prio}: {len(w)} patients, mean wait {sum(w) / len(w):.2f}, max {max(w)}")
print("all treated:", all(p.start is not None for p in arrivals), "finished at", time)
