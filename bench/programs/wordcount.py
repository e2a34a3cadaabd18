# Word count: a text is generated from a fixed vocabulary with a linear
# congruential generator (common words come up more often), then split
# into lines and words, normalised, counted in a dict and ranked.

LINES = 36000
VOCABULARY = """the of and to in a is that for it as was with be by on not he
this are or his from at which but have an they you were her she there
would their we him been has when who will more no if out so said what up
its about into than them can only other new some could time these two may
then do first any my now such like our over man me even most made after
also did many before must through back years where much your way well down
should because each just those people how too little state good very make
world still own see men work long get here between both life being under
never day same another know while last might us great old year off come
since against go came right used take three river mountain garden window
lantern harbour meadow thunder copper violet engine quiet rapid ancient
gentle distant hollow silver marble crimson velvet whisper journey""".split()

PUNCTUATION = [",", ".", ";", "!", "?", ""]


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 4) % bound


def make_text(rng, lines):
    out = []
    n = len(VOCABULARY)
    for _ in range(lines):
        words = []
        for _ in range(6 + rng.next(10)):
            # favour the front of the vocabulary: min of two draws
            i = min(rng.next(n), rng.next(n))
            word = VOCABULARY[i]
            if rng.next(8) == 0:
                word = word.capitalize()
            if rng.next(4) == 0:
                word += PUNCTUATION[rng.next(len(PUNCTUATION))]
            words.append(word)
        out.append(" ".join(words))
    return "\n".join(out) + "\n"


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for word in line.split():
            word = word.strip(",.;!?").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def count_letters(text):
    letters = {}
    for ch in text:
        if ch.isalpha():
            letters[ch.lower()] = letters.get(ch.lower(), 0) + 1
    return letters


def bigrams(text):
    pairs = {}
    words = [w.strip(",.;!?").lower() for w in text.split()]
    for a, b in zip(words, words[1:]):
        key = f"{a} {b}"
        pairs[key] = pairs.get(key, 0) + 1
    return pairs


def top(counts, n):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def main():
    rng = Random(2024)
    text = make_text(rng, LINES)
    counts = count_words(text)
    total = sum(counts.values())
    print(f"{len(text)} characters, {total} words, {len(counts)} distinct")
    for word, count in top(counts, 8):
        print(f"{word:>10} {count:6d} {100 * count / total:5.2f}%")
    letters = count_letters(text)
    print("letters:", "".join(ch for ch, _ in top(letters, 26)))
    pairs = bigrams(text)
    print("bigrams:", ", ".join(f"{k!r}:{v}" for k, v in top(pairs, 5)))
    longest = max(counts, key=lambda w: (len(w), w))
    print("longest word:", longest.upper(), "appears", counts[longest], "times")
    capitals = sum(1 for w in text.split() if w[0].isupper())
    print("capitalised:", capitals, "ends of sentences:", text.count(".") + text.count("!") + text.count("?"))


main()
