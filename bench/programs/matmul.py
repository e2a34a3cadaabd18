# Matrix multiplication on nested lists: the naive triple loop, a
# row-by-column version with zip and comprehensions, and repeated squaring
# of an integer matrix (exact big-integer arithmetic).

SIZE = 210


def make_matrix(n, seed):
    state = seed
    rows = []
    for _ in range(n):
        row = []
        for _ in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state >> 16) % 200 / 100.0 - 1.0)
        rows.append(row)
    return rows


def multiply_loops(a, b):
    n, m, p = len(a), len(b), len(b[0])
    result = [[0] * p for _ in range(n)]
    for i in range(n):
        row_a = a[i]
        row_r = result[i]
        for k in range(m):
            x = row_a[k]
            row_b = b[k]
            for j in range(p):
                row_r[j] += x * row_b[j]
    return result


def transpose(m):
    return [list(col) for col in zip(*m)]


def multiply_zip(a, b):
    columns = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def power(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = multiply_loops(result, m)
        m = multiply_loops(m, m)
        e >>= 1
    return result


def trace(m):
    return sum(m[i][i] for i in range(len(m)))


def main():
    a = make_matrix(SIZE, 1)
    b = make_matrix(SIZE, 2)
    c = multiply_loops(a, b)
    d = multiply_zip(a, b)
    diff = max(abs(x - y) for row_c, row_d in zip(c, d) for x, y in zip(row_c, row_d))
    print(f"trace(a*b) = {trace(c):.6f}, loops vs zip differ by at most {diff:.3e}")
    print(f"corner: {c[0][0]:.6f} {c[-1][-1]:.6f}")
    fibonacci = power([[1, 1], [1, 0]], 300)
    print("F(300) =", fibonacci[0][1])
    small = [[(i * 3 + j) % 5 - 2 for j in range(12)] for i in range(12)]
    big = power(small, 40)
    print("trace(small^40) has", len(str(trace(big))), "digits, ends in", trace(big) % 10**12)


main()
