# An error inside a generator expression consumed by sum(): the traceback
# shows the <genexpr> frame.
def average(values):
    return sum(
        v / len(values)
        for v in values
    ) + sum(
        1 / v for v in values
    )


print(average([1, 2, 4]))
print(average([1, 0]))
