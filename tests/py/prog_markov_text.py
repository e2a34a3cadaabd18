# A Markov chain text generator with a deterministic random source: an
# order-2 model built from a corpus (dict of tuple -> list), generation
# until a sentence end, the model's statistics, and a character-level
# model. Also a bigram frequency table printed sorted.
CORPUS = """The cat sat on the mat. The dog sat on the log. The cat saw the dog.
The dog saw the cat on the mat. A bird sat on the dog. The bird saw the cat and the cat saw the bird.
On the mat the cat sat and on the log the dog sat."""


class Rand:
    def __init__(self, seed):
        self.x = seed

    def below(self, n):
        self.x ^= (self.x << 13) & 0xFFFFFFFF
        self.x ^= self.x >> 17
        self.x ^= (self.x << 5) & 0xFFFFFFFF
        return self.x % n


def tokenize(text):
    out = []
    for word in text.split():
        if word[-1] in ".,":
            out += [word[:-1].lower(), word[-1]]
        else:
            out.append(word.lower())
    return out


def build(tokens, order):
    model = {}
    for i in range(len(tokens) - order):
        key = tuple(tokens[i:i + order])
        model.setdefault(key, []).append(tokens[i + order])
    return model


def generate(model, rng, start, max_words=30):
    key = start
    words = list(start)
    for _ in range(max_words):
        options = model.get(key)
        if not options:
            break
        nxt = options[rng.below(len(options))]
        words.append(nxt)
        if nxt == ".":
            break
        key = key[1:] + (nxt,)
    text = " ".join(words).replace(" .", ".").replace(" ,", ",")
    return text[0].upper() + text[1:]


tokens = tokenize(CORPUS)
model = build(tokens, 2)
rng = Rand(2463534242)
print(len(tokens), len(model), max(model.items(), key=lambda kv: (len(kv[1]), kv[0])))
for start in [("the", "cat"), ("the", "dog"), ("a", "bird"), ("on", "the")]:
    print(generate(model, rng, start))
bigrams = {}
for a, b in zip(tokens, tokens[1:]):
    bigrams[a, b] = bigrams.get((a, b), 0) + 1
for (a, b), n in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{a:>5} {b:<5} {n}")
chars = build(list("abracadabra alakazam abba"), 3)
rng = Rand(7)
key = ("a", "b", "r")
out = list(key)
for _ in range(20):
    opts = chars.get(key)
    if not opts:
        break
    out.append(opts[rng.below(len(opts))])
    key = tuple(out[-3:])
print("".join(out))
followers = {w: sorted(set(model[k])) for k in model for w in [k] if k[0] == "the"}
print(sorted(followers.items())[:4])
