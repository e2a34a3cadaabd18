# Tracebacks for expressions spanning several lines: the source lines shown
# and the markers CPython 3.11 draws (or omits) for multi-line spans.
def divide(values, by):
    return [
        v / by
        for v in values
    ]


result = divide(
    [1, 2,
     3],
    0,
)
