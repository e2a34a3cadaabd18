# A lending library: books, members with borrowing limits by tier, loans
# with due dates as day numbers, fines, reservations queued per title,
# search by author/title keyword, and a report. Exceptions carry context
# and are chained when a lower-level error causes a refusal.
class LibraryError(Exception):
    pass


class NotAvailable(LibraryError):
    def __init__(self, title, queue_pos=None):
        msg = f"{title!r} is not available"
        if queue_pos is not None:
            msg += f" (you are #{queue_pos} in the queue)"
        super().__init__(msg)
        self.title = title


class LimitReached(LibraryError):
    pass


class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.on_loan = 0
        self.queue = []

    @property
    def available(self):
        return self.copies - self.on_loan


class Member:
    LIMITS = {"basic": 2, "premium": 5}

    def __init__(self, name, tier="basic"):
        if tier not in self.LIMITS:
            raise ValueError(f"unknown tier {tier!r}")
        self.name, self.tier = name, tier
        self.loans = {}
        self.fines = 0

    @property
    def limit(self):
        return self.LIMITS[self.tier]


class Library:
    LOAN_DAYS = 14
    FINE_PER_DAY = 25

    def __init__(self):
        self.books = {}
        self.members = {}
        self.today = 0
        self.events = []

    def add(self, book):
        self.books[book.isbn] = book

    def join(self, member):
        self.members[member.name] = member

    def lend(self, name, isbn):
        m = self.members[name]
        try:
            b = self.books[isbn]
        except KeyError as e:
            raise LibraryError(f"no book with ISBN {isbn}") from e
        if len(m.loans) >= m.limit:
            raise LimitReached(f"{name} already has {len(m.loans)} books (limit {m.limit})")
        if m.fines > 100:
            raise LibraryError(f"{name} owes {m.fines / 100:.2f}")
        if b.available <= 0 or (b.queue and b.queue[0] != name):
            if name not in b.queue:
                b.queue.append(name)
            raise NotAvailable(b.title, b.queue.index(name) + 1)
        if b.queue and b.queue[0] == name:
            b.queue.pop(0)
        b.on_loan += 1
        m.loans[isbn] = self.today + self.LOAN_DAYS
        self.events.append(f"day {self.today}: {name} borrows {b.title!r} until day {m.loans[isbn]}")

    def give_back(self, name, isbn):
        m = self.members[name]
        try:
            due = m.loans.pop(isbn)
        except KeyError as e:
            raise LibraryError(f"{name} has not borrowed book {isbn}") from e
        b = self.books[isbn]
        b.on_loan -= 1
        late = max(0, self.today - due)
        if late:
            m.fines += late * self.FINE_PER_DAY
        self.events.append(f"day {self.today}: {name} returns {b.title!r}" + (f", {late} days late" if late else ""))
        if b.queue:
            self.events.append(f"day {self.today}: notify {b.queue[0]} that {b.title!r} is back")

    def search(self, word):
        word = word.lower()
        return sorted(b.title for b in self.books.values() if word in b.title.lower() or word in b.author.lower())

    def report(self):
        lines = []
        for b in sorted(self.books.values(), key=lambda b: b.title):
            lines.append(f"{b.title:28} {b.author:18} {b.available}/{b.copies} queue={b.queue}")
        for m in sorted(self.members.values(), key=lambda m: m.name):
            lines.append(f"{m.name:8} {m.tier:8} loans={sorted(m.loans.items())} fines={m.fines / 100:.2f}")
        return "\n".join(lines)


lib = Library()
for isbn, title, author, n in [(1, "Dune", "Frank Herbert", 2), (2, "Neuromancer", "William Gibson", 1),
                               (3, "The Left Hand of Darkness", "Ursula K. Le Guin", 1),
                               (4, "Hyperion", "Dan Simmons", 1), (5, "Foundation", "Isaac Asimov", 3)]:
    lib.add(Book(isbn, title, author, n))
for name, tier in [("ana", "basic"), ("ben", "premium"), ("cy", "basic")]:
    lib.join(Member(name, tier))
actions = [(0, "lend", "ana", 2), (0, "lend", "ben", 2), (1, "lend", "cy", 2), (1, "lend", "ana", 1),
           (2, "lend", "ana", 5), (3, "lend", "ben", 99), (10, "return", "ana", 2), (10, "lend", "cy", 2),
           (11, "lend", "ben", 2), (30, "return", "cy", 2), (30, "lend", "ben", 2), (31, "return", "ana", 1),
           (31, "lend", "ana", 3), (32, "lend", "cy", 4)]
for day, what, name, isbn in actions:
    lib.today = day
    try:
        if what == "lend":
            lib.lend(name, isbn)
        else:
            lib.give_back(name, isbn)
    except LibraryError as e:
        cause = f" (caused by {type(e.__cause__).__name__}: {e.__cause__})" if e.__cause__ else ""
        lib.events.append(f"day {day}: refused {name}/{isbn}: {type(e).__name__}: {e}{cause}")
print("\n".join(lib.events))
print(lib.report())
print(lib.search("an"), lib.search("GIBSON"), lib.search("zzz"))
try:
    Member("dee", "gold")
except ValueError as e:
    print("ValueError:", e)
