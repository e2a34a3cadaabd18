# Assignment expressions, globals and augmented assignment.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)
if (n := 10) > 5:
    print("n is", n)
total = 0
for k in (1, 2, 3, 4):
    total += k * k
print(total)
value = 7
value -= 2
value *= 3
value //= 4
value **= 2
value %= 5
value <<= 3
value >>= 1
value |= 1
value ^= 6
value &= 11
print(value)
