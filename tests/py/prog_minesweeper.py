# Minesweeper: a board generated from an LCG with a safe first click, flood
# fill reveal, neighbour counts, flags, a deterministic solver that applies
# the two basic rules (all hidden are mines / all hidden are safe) plus a
# subset rule between neighbouring constraints, and the final rendering.
class Board:
    def __init__(self, w, h, mines, seed, first):
        self.w, self.h = w, h
        self.mines = set()
        x = seed
        safe = {(first[0] + dx, first[1] + dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1)}
        while len(self.mines) < mines:
            x = (x * 1664525 + 1013904223) % 2 ** 32
            cell = (x % w, (x >> 16) % h)
            if cell not in safe:
                self.mines.add(cell)
        self.open = set()
        self.flags = set()
        self.exploded = False

    def neighbors(self, c):
        x, y = c
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if (dx or dy) and 0 <= x + dx < self.w and 0 <= y + dy < self.h:
                    yield (x + dx, y + dy)

    def count(self, c):
        return sum(n in self.mines for n in self.neighbors(c))

    def reveal(self, c):
        if c in self.mines:
            self.exploded = True
            return 0
        stack, opened = [c], 0
        while stack:
            cur = stack.pop()
            if cur in self.open:
                continue
            self.open.add(cur)
            opened += 1
            if self.count(cur) == 0:
                stack.extend(n for n in self.neighbors(cur) if n not in self.open)
        return opened

    def render(self, show_mines=False):
        rows = []
        for y in range(self.h):
            row = ""
            for x in range(self.w):
                c = (x, y)
                if c in self.open:
                    n = self.count(c)
                    row += str(n) if n else " "
                elif c in self.flags:
                    row += "F"
                elif show_mines and c in self.mines:
                    row += "*"
                else:
                    row += "#"
            rows.append(row)
        return rows

    def won(self):
        return len(self.open) == self.w * self.h - len(self.mines)


def solve(b):
    rounds = 0
    while not b.won() and not b.exploded:
        rounds += 1
        progress = False
        constraints = []
        for c in sorted(b.open):
            hidden = {n for n in b.neighbors(c) if n not in b.open and n not in b.flags}
            if not hidden:
                continue
            need = b.count(c) - sum(n in b.flags for n in b.neighbors(c))
            if need == len(hidden):
                b.flags |= hidden
                progress = True
            elif need == 0:
                for n in sorted(hidden):
                    b.reveal(n)
                progress = True
            else:
                constraints.append((frozenset(hidden), need))
        if progress:
            continue
        for a, na in constraints:
            for c2, nb in constraints:
                if a < c2:
                    diff = c2 - a
                    if nb - na == 0:
                        for n in sorted(diff):
                            b.reveal(n)
                        progress = True
                    elif nb - na == len(diff):
                        b.flags |= diff
                        progress = True
                if progress:
                    break
            if progress:
                break
        if not progress:
            return rounds, "stuck (needs a guess)"
    return rounds, "won" if b.won() else "exploded"


for w, h, mines, seed, first in [(9, 9, 10, 1, (4, 4)), (16, 8, 20, 42, (0, 0)), (12, 12, 30, 7, (6, 6)),
                                 (8, 8, 6, 99, (7, 7))]:
    b = Board(w, h, mines, seed, first)
    opened = b.reveal(first)
    rounds, result = solve(b)
    print(f"{w}x{h} mines={mines} seed={seed}: first click opened {opened}, {rounds} rounds -> {result}, "
          f"open={len(b.open)} flags={len(b.flags)} correct_flags={len(b.flags & b.mines)}")
    for row in b.render(show_mines=True):
        print("   " + row)
