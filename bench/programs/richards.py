# Richards: an operating-system scheduler simulation. Six tasks (an idle
# task, a worker, two packet handlers and two devices) pass packets to each
# other; the scheduler always runs the highest-priority task that can run.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
DEVICE_PACKET, WORK_PACKET = "device", "work"
DATA_SIZE = 4
ROUNDS = 35
IDLE_COUNT = 5000


class Packet:
    def __init__(self, dest, kind):
        self.link = None
        self.dest = dest      # task to send to; replaced by the sender on send
        self.kind = kind
        self.count = 0
        self.data = [0] * DATA_SIZE


def append_packet(queue, packet):
    """Append packet to the linked queue starting at queue; return the head."""
    packet.link = None
    if queue is None:
        return packet
    last = queue
    while last.link is not None:
        last = last.link
    last.link = packet
    return queue


def pop_packet(queue):
    """Return (first packet, rest of the queue)."""
    return queue, queue.link


class Task:
    def __init__(self, scheduler, ident, priority, queue=None, waiting=False):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = waiting
        self.held = False
        self.next = None

    def runnable(self):
        if self.held:
            return False
        return not self.waiting or self.queue is not None

    def take_packet(self):
        if self.waiting and self.queue is not None:
            packet, self.queue = pop_packet(self.queue)
            self.waiting = False
            return packet
        return None

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority)
        self.control = 1
        self.count = count

    def run(self, packet):
        sched = self.scheduler
        self.count -= 1
        if self.count == 0:
            return sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, waiting=True)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        sched = self.scheduler
        if packet is None:
            return sched.wait()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.dest = self.destination
        packet.count = 0
        for i in range(DATA_SIZE):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue, waiting=True)
        self.work = None
        self.devices = None

    def run(self, packet):
        sched = self.scheduler
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work = append_packet(self.work, packet)
            else:
                self.devices = append_packet(self.devices, packet)
        if self.work is not None:
            work = self.work
            if work.count >= DATA_SIZE:
                done, self.work = pop_packet(self.work)
                return sched.queue_packet(done)
            if self.devices is not None:
                device, self.devices = pop_packet(self.devices)
                device.data[0] = work.data[work.count]
                work.count += 1
                return sched.queue_packet(device)
        return sched.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority, waiting=True)
        self.pending = None

    def run(self, packet):
        sched = self.scheduler
        if packet is None:
            if self.pending is None:
                return sched.wait()
            done, self.pending = self.pending, None
            return sched.queue_packet(done)
        self.pending = packet
        sched.device_chars += packet.data[0]
        return sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = {}
        self.head = None
        self.current = None
        self.queue_count = 0
        self.hold_count = 0
        self.device_chars = 0

    def add(self, task):
        self.tasks[task.ident] = task
        # keep the task list sorted by decreasing priority
        if self.head is None or task.priority > self.head.priority:
            task.next = self.head
            self.head = task
            return
        prev = self.head
        while prev.next is not None and prev.next.priority > task.priority:
            prev = prev.next
        task.next = prev.next
        prev.next = task

    def run(self):
        task = self.head
        while task is not None:
            if task.runnable():
                self.current = task
                task = task.run(task.take_packet())
            else:
                task = task.next

    # operations the tasks call; each returns the task to run next
    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue_packet(self, packet):
        target = self.tasks[packet.dest]
        self.queue_count += 1
        packet.dest = self.current.ident
        target.queue = append_packet(target.queue, packet)
        if target.priority > self.current.priority:
            return target
        return self.current


def make_queue(dest, kind, n):
    queue = None
    for _ in range(n):
        queue = append_packet(queue, Packet(dest, kind))
    return queue


def simulate(idle_count):
    sched = Scheduler()
    sched.add(IdleTask(sched, IDLE, 0, idle_count))
    sched.add(WorkerTask(sched, WORKER, 1000, make_queue(WORKER, WORK_PACKET, 2)))
    sched.add(HandlerTask(sched, HANDLER_A, 2000, make_queue(DEVICE_A, DEVICE_PACKET, 3)))
    sched.add(HandlerTask(sched, HANDLER_B, 3000, make_queue(DEVICE_B, DEVICE_PACKET, 3)))
    sched.add(DeviceTask(sched, DEVICE_A, 4000))
    sched.add(DeviceTask(sched, DEVICE_B, 5000))
    sched.run()
    return sched.queue_count, sched.hold_count, sched.device_chars


def main():
    totals = [0, 0, 0]
    for i in range(ROUNDS):
        result = simulate(IDLE_COUNT + i)
        for k in range(3):
            totals[k] += result[k]
    queued, held, chars = simulate(IDLE_COUNT)
    print(f"one run: {queued} packets queued, {held} holds, device checksum {chars}")
    print(f"{ROUNDS} runs: {totals}")


main()
