# Fannkuch: for every permutation of 0..n-1, count the prefix reversals
# ("pancake flips") needed until 0 comes first. Reports the maximum and a
# checksum alternating in sign over the permutations, generated in the order
# of successive rotations.

N = 9
ROUNDS = 2


def count_flips(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        p[:first + 1] = p[first::-1]
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    rotations = [0] * n        # how often each prefix was rotated
    max_flips = 0
    checksum = 0
    index = 0
    while True:
        flips = count_flips(perm)
        if flips > max_flips:
            max_flips = flips
        checksum += flips if index % 2 == 0 else -flips
        index += 1
        # next permutation: rotate the shortest prefix that is not exhausted
        k = 1
        while True:
            if k == n:
                return max_flips, checksum, index
            first = perm.pop(0)
            perm.insert(k, first)
            rotations[k] += 1
            if rotations[k] <= k:
                break
            rotations[k] = 0
            k += 1


def main():
    for _ in range(ROUNDS):
        max_flips, checksum, count = fannkuch(N)
    print(f"{count} permutations of {N}")
    print(f"checksum {checksum}")
    print(f"Pfannkuchen({N}) = {max_flips}")


main()
