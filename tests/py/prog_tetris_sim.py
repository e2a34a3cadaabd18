# A falling-blocks simulation: seven tetrominoes with rotation states, a
# deterministic piece sequence (LCG 7-bag), a greedy AI choosing rotation and
# column by a heuristic (holes, aggregate height, bumpiness, cleared lines),
# line clearing and scoring; the board is printed at checkpoints.
SHAPES = {
    "I": [(0, 0), (1, 0), (2, 0), (3, 0)], "O": [(0, 0), (1, 0), (0, 1), (1, 1)], "T": [(0, 0), (1, 0), (2, 0), (1, 1)],
    "S": [(1, 0), (2, 0), (0, 1), (1, 1)], "Z": [(0, 0), (1, 0), (1, 1), (2, 1)], "J": [(0, 0), (0, 1), (1, 1), (2, 1)],
    "L": [(2, 0), (0, 1), (1, 1), (2, 1)],
}
W, H = 10, 16


def rotations(cells):
    out, cur = [], cells
    for _ in range(4):
        minx = min(x for x, y in cur)
        miny = min(y for x, y in cur)
        norm = tuple(sorted((x - minx, y - miny) for x, y in cur))
        if norm not in out:
            out.append(norm)
        cur = [(-y, x) for x, y in cur]
    return out


ROTS = {k: rotations(v) for k, v in SHAPES.items()}


def bag_sequence(n, seed=2024):
    x, out = seed, []
    while len(out) < n:
        bag = sorted(SHAPES)
        for i in range(len(bag) - 1, 0, -1):
            x = (x * 1103515245 + 12345) % 2 ** 31
            j = (x >> 8) % (i + 1)
            bag[i], bag[j] = bag[j], bag[i]
        out.extend(bag)
    return out[:n]


def drop(board, cells, col):
    """The landing row offset for piece cells at column col, or None if it does not fit."""
    width = max(x for x, y in cells) + 1
    if col + width > W:
        return None
    y = 0
    while all(0 <= y + 1 + cy < H and board[y + 1 + cy][col + cx] == "." for cx, cy in cells):
        y += 1
    if any(board[y + cy][col + cx] != "." for cx, cy in cells):
        return None
    return y


def place(board, cells, col, y, ch):
    new = [row[:] for row in board]
    for cx, cy in cells:
        new[y + cy][col + cx] = ch
    full = [r for r in range(H) if all(c != "." for c in new[r])]
    for r in full:
        del new[r]
        new.insert(0, ["."] * W)
    return new, len(full)


def evaluate(board, cleared):
    heights = []
    holes = 0
    for x in range(W):
        col = [board[y][x] for y in range(H)]
        top = next((y for y, c in enumerate(col) if c != "."), H)
        heights.append(H - top)
        holes += sum(1 for y in range(top, H) if col[y] == ".")
    bump = sum(abs(heights[i] - heights[i + 1]) for i in range(W - 1))
    return -0.51 * sum(heights) + 0.76 * cleared - 0.36 * holes - 0.18 * bump


board = [["."] * W for _ in range(H)]
score, lines = 0, 0
pieces = bag_sequence(70)
for n, p in enumerate(pieces, 1):
    best = None
    for r, cells in enumerate(ROTS[p]):
        for col in range(W):
            y = drop(board, cells, col)
            if y is None:
                continue
            nb, cleared = place(board, cells, col, y, p)
            val = evaluate(nb, cleared)
            if best is None or val > best[0]:
                best = (val, nb, cleared, r, col)
    if best is None:
        print(f"game over at piece {n} ({p})")
        break
    _, board, cleared, r, col = best
    lines += cleared
    score += [0, 100, 300, 500, 800][cleared]
    if n in (10, 35, 70):
        print(f"after {n} pieces: lines={lines} score={score}")
        for row in board:
            if any(c != "." for c in row):
                print("   |" + "".join(row) + "|")
print("pieces:", "".join(pieces[:21]), "rotation counts:", {k: len(v) for k, v in ROTS.items()})
