# Poker hand evaluation: parse cards, classify five-card hands (including
# the wheel straight A-2-3-4-5), compare with tie-breaking by rank groups,
# pick the best five of seven cards, and run a deterministic tournament
# dealt from an LCG-shuffled deck.
RANKS = "23456789TJQKA"
SUITS = "cdhs"
NAMES = ["high card", "pair", "two pair", "three of a kind", "straight", "flush", "full house", "four of a kind",
         "straight flush"]


class Card:
    __slots__ = ("rank", "suit")

    def __init__(self, text):
        if len(text) != 2 or text[0] not in RANKS or text[1] not in SUITS:
            raise ValueError(f"bad card {text!r}")
        self.rank = RANKS.index(text[0]) + 2
        self.suit = text[1]

    def __repr__(self):
        return RANKS[self.rank - 2] + self.suit

    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)

    def __hash__(self):
        return self.rank * 4 + SUITS.index(self.suit)


def score(cards):
    ranks = sorted((c.rank for c in cards), reverse=True)
    counts = {}
    for r in ranks:
        counts[r] = counts.get(r, 0) + 1
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    shape = [cnt for _, cnt in groups]
    ordered = [r for r, _ in groups]
    flush = len({c.suit for c in cards}) == 1
    uniq = sorted(set(ranks), reverse=True)
    straight = len(uniq) == 5 and uniq[0] - uniq[4] == 4
    if uniq == [14, 5, 4, 3, 2]:
        straight, ordered = True, [5, 4, 3, 2, 1]
    if straight and flush:
        cat = 8
    elif shape == [4, 1]:
        cat = 7
    elif shape == [3, 2]:
        cat = 6
    elif flush:
        cat = 5
    elif straight:
        cat = 4
    elif shape == [3, 1, 1]:
        cat = 3
    elif shape == [2, 2, 1]:
        cat = 2
    elif shape == [2, 1, 1, 1]:
        cat = 1
    else:
        cat = 0
    return (cat, ordered)


def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items) - k + 1):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest


def best_of(cards):
    return max(((score(c), c) for c in combinations(cards, 5)), key=lambda t: t[0])


def hand(text):
    cards = [Card(t) for t in text.split()]
    if len(set(cards)) != len(cards):
        raise ValueError(f"duplicate card in {text!r}")
    return cards


samples = ["As Ks Qs Js Ts", "5d 4d 3d 2d Ad", "9c 9d 9h 9s 2c", "Kc Kd Kh 3s 3c", "2h 7h 9h Jh Ah", "6c 5d 4h 3s 2c",
           "Ac 2d 3h 4s 5c", "Qc Qd Qh 8s 2c", "Jc Jd 4h 4s Ac", "Tc Td 8h 7s 2c", "Ac Kd 9h 7s 2c"]
scored = []
for s in samples:
    sc = score(hand(s))
    scored.append((sc, s))
    print(f"{s:<16} {NAMES[sc[0]]:<16} {sc[1]}")
print("ranking:", [s for _, s in sorted(scored, reverse=True)][:4])
pairs = [("Ah Ad 3c 4d 5s", "Kh Kd Qc Jd Ts"), ("2h 2d 3c 3d 4s", "2s 2c 3h 3s 5h"), ("Ac 2d 3h 4s 5c", "2c 3d 4h 5s 6c"),
         ("Th Jh Qh Kh Ah", "Ts Js Qs Ks As")]
for a, b in pairs:
    sa, sb = score(hand(a)), score(hand(b))
    print(a, "vs", b, "->", "first" if sa > sb else "second" if sb > sa else "tie")
for bad in ("Ax Ks", "1s 2s", "As As Ks Qs Js"):
    try:
        hand(bad)
    except ValueError as e:
        print("ValueError:", e)


def shuffled_deck(seed):
    deck = [Card(r + s) for r in RANKS for s in SUITS]
    x = seed
    for i in range(len(deck) - 1, 0, -1):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        j = x % (i + 1)
        deck[i], deck[j] = deck[j], deck[i]
    return deck


wins = {}
for rnd in range(6):
    deck = shuffled_deck(rnd + 1)
    players = {name: deck[i * 2:i * 2 + 2] for i, name in enumerate(["ann", "bo", "cy", "di"])}
    board = deck[8:13]
    results = {name: best_of(cards + board) for name, cards in players.items()}
    top = max(r[0] for r in results.values())
    winners = sorted(n for n, r in results.items() if r[0] == top)
    for w in winners:
        wins[w] = wins.get(w, 0) + 1
    print(f"round {rnd}: board {board} winners {winners} with {NAMES[top[0]]} {sorted(results[winners[0]][1], key=lambda c: -c.rank)}")
print("wins:", dict(sorted(wins.items())))
