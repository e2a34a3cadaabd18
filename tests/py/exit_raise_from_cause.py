# Explicit cause chain three deep, printed at exit with "The above exception
# was the direct cause"; the innermost is raised from a nested function.
def level3():
    return {}["k"]


def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("level2 failed") from e


def level1():
    try:
        level2()
    except ValueError as e:
        raise RuntimeError("level1 failed") from e


level1()
