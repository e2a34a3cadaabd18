# An event system: an event bus with subscriptions by name and wildcard,
# priorities, one-shot handlers, handlers that unsubscribe themselves,
# exceptions in handlers collected (not stopping delivery), event objects
# with propagation stopped, and decorators registering handlers. Bound
# methods held by the bus are released at the end (no cycles left).
class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.stopped = False
        self.handled_by = []

    def stop(self):
        self.stopped = True


class Subscription:
    _ids = 0

    def __init__(self, pattern, handler, priority, once):
        Subscription._ids += 1
        self.id = Subscription._ids
        self.pattern, self.handler, self.priority, self.once = pattern, handler, priority, once

    def matches(self, name):
        if self.pattern.endswith(".*"):
            return name.startswith(self.pattern[:-1])
        return self.pattern == "*" or self.pattern == name


class EventBus:
    def __init__(self):
        self.subs = []
        self.errors = []

    def on(self, pattern, handler=None, *, priority=0, once=False):
        if handler is None:
            def register(fn):
                self.on(pattern, fn, priority=priority, once=once)
                return fn
            return register
        sub = Subscription(pattern, handler, priority, once)
        self.subs.append(sub)
        return sub.id

    def off(self, sub_id):
        before = len(self.subs)
        self.subs = [s for s in self.subs if s.id != sub_id]
        return before != len(self.subs)

    def emit(self, name, **data):
        event = Event(name, **data)
        targets = sorted((s for s in self.subs if s.matches(name)), key=lambda s: (-s.priority, s.id))
        for sub in targets:
            if sub.once:
                self.off(sub.id)
            try:
                sub.handler(event)
                event.handled_by.append(getattr(sub.handler, "__name__", type(sub.handler).__name__))
            except Exception as exc:
                self.errors.append(f"{name}: {type(exc).__name__}: {exc}")
            if event.stopped:
                break
        return event


bus = EventBus()
log = []


@bus.on("user.login", priority=10)
def audit(event):
    log.append(f"audit {event.data['user']}")


@bus.on("user.*")
def user_any(event):
    log.append(f"user event {event.name}")


@bus.on("*", priority=-5)
def everything(event):
    log.append(f"saw {event.name}")


@bus.on("user.login", once=True)
def welcome(event):
    log.append(f"first login: welcome {event.data['user']}")


@bus.on("payment")
def failing(event):
    raise ValueError(f"card declined for {event.data['amount']}")


@bus.on("admin.shutdown", priority=100)
def guard(event):
    if not event.data.get("force"):
        log.append("shutdown blocked")
        event.stop()


class Counter:
    def __init__(self):
        self.counts = {}

    def __call__(self, event):
        self.counts[event.name] = self.counts.get(event.name, 0) + 1

    def handle(self, event):
        self.counts["method:" + event.name] = self.counts.get("method:" + event.name, 0) + 1


counter = Counter()
bus.on("*", counter)
method_id = bus.on("user.*", counter.handle)
e1 = bus.emit("user.login", user="ada")
e2 = bus.emit("user.login", user="bob")
bus.emit("user.logout", user="ada")
bus.emit("payment", amount=12)
bus.emit("admin.shutdown")
bus.emit("admin.shutdown", force=True)
print(bus.off(method_id), bus.off(method_id))
bus.emit("user.login", user="cy")
print("\n".join(log))
print(e1.handled_by)
print(e2.handled_by)
print(bus.errors)
print(sorted(counter.counts.items()))


class SelfRemoving:
    def __init__(self, bus, limit):
        self.bus, self.limit, self.seen = bus, limit, 0
        self.id = bus.on("tick", self.on_tick)

    def on_tick(self, event):
        self.seen += 1
        if self.seen >= self.limit:
            self.bus.off(self.id)


sr = SelfRemoving(bus, 3)
for _ in range(5):
    bus.emit("tick")
print("self-removing handler saw", sr.seen, "ticks")
# The bus holds bound methods of objects that hold the bus: drop them.
bus.subs.clear()
sr.bus = None
