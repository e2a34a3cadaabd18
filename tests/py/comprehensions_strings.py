# List and dict comprehensions (nested, filtered, closures) and iterating over strings.
squares = [n * n for n in range(10)]
evens = [n for n in range(20) if n % 2 == 0 if n % 3 != 0]
pairs = [(a, b) for a in range(3) for b in range(a)]
index = {w: len(w) for w in ["apple", "fig", "banana"]}
base = 10
shifted = [x + base for x in (1, 2, 3)]
def table(n):
    return [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]
print(squares, evens, pairs, index, shifted, table(3))
print([c for c in "ab"] if False else "skip")
word = "héllo"
print([c for c in word], "ll" in word, "z" in word, word[1], word[-1], len(word))
vowels = 0
for ch in "programming language":
    if ch in "aeiou":
        vowels += 1
print(vowels)
