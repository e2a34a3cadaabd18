# Small algorithms: primes by trial division, gcd, collatz lengths, sorting a list.
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


primes = []
for k in range(50):
    if is_prime(k):
        primes = primes + [k]
print(primes)


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50))


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


best = 0
best_n = 0
for n in range(1, 3000):
    c = collatz(n)
    if c > best:
        best, best_n = c, n
print(best_n, best)


def insertion_sort(items):
    result = list(items)
    for i in range(1, len(result)):
        j = i
        while j > 0 and result[j - 1] > result[j]:
            result[j - 1], result[j] = result[j], result[j - 1]
            j -= 1
    return result


print(insertion_sort([5, 2, 9, 1, 5, 6, -3]))
print(insertion_sort(["pear", "apple", "fig"]))
