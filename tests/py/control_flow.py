# if/elif/else, while with break and continue, for over tuples, boolean logic.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for n in (-5, 0, 7, 42):
    print(n, classify(n))

i = 0
total = 0
while True:
    i = i + 1
    if i % 2 == 0:
        continue
    if i > 15:
        break
    total = total + i
print("odd total", total)

for x in (1, 2, 3):
    if x == 10:
        break
else:
    print("no break")

while i > 100:
    pass
else:
    print("while else")

print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 != 2)
print(0 or 5, 3 and 4, 0 and 1, None or 0, not 0, not 7)
print(5 if 1 < 2 else 6, 5 if 1 > 2 else 6)
one = 1
print(one is one, None is None, 2 in (1, 2, 3), 4 not in (1, 2))
