# A Wordle-style game: feedback computation with repeated letters handled
# correctly, a consistent-candidates filter, a solver choosing guesses by
# the expected partition size (minimax over feedback buckets), and games
# played for several secret words over a fixed word list.
WORDS = """crane slate trace crate react cater stare tears rates aster alert alter later
apple ample maple pleat petal plate leapt lapse sleep steep sheep sweep speed spied
abbey error otter tower lower power mower rower cower boxer joker poker
fuzzy jazzy pizza pizzazz"""
WORDS = sorted({w for w in WORDS.split() if len(w) == 5})


def feedback(guess, secret):
    out = ["."] * 5
    remaining = {}
    for g, s in zip(guess, secret):
        if g != s:
            remaining[s] = remaining.get(s, 0) + 1
    for i, (g, s) in enumerate(zip(guess, secret)):
        if g == s:
            out[i] = "G"
        elif remaining.get(g, 0) > 0:
            out[i] = "Y"
            remaining[g] -= 1
    return "".join(out)


def partition(guess, candidates):
    buckets = {}
    for c in candidates:
        buckets.setdefault(feedback(guess, c), []).append(c)
    return buckets


def best_guess(candidates):
    if len(candidates) <= 2:
        return candidates[0]
    scored = []
    for g in WORDS:
        b = partition(g, candidates)
        worst = max(len(v) for v in b.values())
        expected = sum(len(v) ** 2 for v in b.values()) / len(candidates)
        scored.append((worst, expected, g not in candidates, g))
    return min(scored)[3]


def play(secret, first="crane"):
    candidates = list(WORDS)
    guess = first
    history = []
    for turn in range(1, 9):
        fb = feedback(guess, secret)
        history.append(f"{guess}:{fb}")
        if fb == "GGGGG":
            return turn, history
        candidates = [c for c in candidates if feedback(guess, c) == fb]
        if not candidates:
            raise ValueError(f"no candidates left for {secret}")
        guess = best_guess(candidates)
    return None, history


print(len(WORDS), "words")
for g, s in [("speed", "abide"), ("speed", "erase"), ("apple", "pleat"), ("sheep", "steep"), ("abbey", "kebab"),
             ("otter", "rower"), ("error", "power"), ("fuzzy", "jazzy"), ("crane", "crane")]:
    print(g, s, feedback(g, s))
results = {}
for secret in ["alert", "sweep", "poker", "maple", "tears", "pizza", "lower", "speed"]:
    turns, hist = play(secret)
    results[secret] = turns
    print(f"{secret}: {turns} turns  " + " ".join(hist))
print("average", sum(results.values()) / len(results), "worst", max(results.values()))
b = partition("crane", WORDS)
print("crane splits the list into", len(b), "buckets; largest", max(b.items(), key=lambda kv: (len(kv[1]), kv[0])))
