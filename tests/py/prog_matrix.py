# Matrix code over lists of lists: products, transpose, Gaussian elimination
# with partial pivoting, determinant, inverse, and integer matrix powers.
def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]


def matpow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result


def solve(a, b):
    n = len(a)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[pivot][col]) < 1e-12:
            raise ValueError("singular matrix")
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def determinant(a):
    m = [row[:] for row in a]
    n, det = len(m), 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if m[pivot][col] == 0:
            return 0.0
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det *= m[col][col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n):
                m[r][c] -= f * m[col][c]
    return det


def inverse(a):
    n = len(a)
    cols = [solve(a, [float(i == j) for i in range(n)]) for j in range(n)]
    return [list(row) for row in zip(*cols)]


a = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
b = [8, -11, -3]
print([round(v, 6) for v in solve(a, b)])
print(round(determinant(a), 9), determinant([[1, 2], [2, 4]]))
inv = inverse(a)
print([[round(v, 6) + 0.0 for v in row] for row in inv])
print([[round(v, 9) + 0.0 for v in row] for row in matmul(a, inv)])
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1], matpow([[2, 0], [0, 3]], 10), list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
try:
    solve([[1, 2], [2, 4]], [1, 2])
except ValueError as e:
    print("error:", e)
hilbert = [[1 / (i + j + 1) for j in range(6)] for i in range(6)]
print(f"{determinant(hilbert):.6e}", [f"{v:.3f}" for v in solve(hilbert, [1.0] * 6)])
m = [[(i * 31 + j * 17) % 11 - 5 for j in range(8)] for i in range(8)]
p = matmul(m, m)
print(p[0], sum(map(sum, p)), max(max(r) for r in p), [p[i][i] for i in range(8)])
trace = sum(p[i][i] for i in range(len(p)))
col_sums = [sum(col) for col in zip(*p)]
print(trace, col_sums, col_sums.index(max(col_sums)), sorted(col_sums)[::3])
