# An uncaught complex ZeroDivisionError inside a function.


def mean_ratio(values, total):
    return sum(values) / total


print(mean_ratio([1 + 2j, 3 - 1j], 2))
print(mean_ratio([1j], 0j))
