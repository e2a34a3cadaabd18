def fail(n):
    if n % 3 == 0:
        raise ValueError(f"bad {n}")
    if n % 3 == 1:
        raise TypeError(f"wrong {n}")
    return {}[n]


def collect(ns):
    errors = []
    for n in ns:
        try:
            fail(n)
        except Exception as e:
            errors += [e]
    return errors


def inner():
    raise ExceptionGroup("inner", collect([3, 4]))


def outer():
    try:
        inner()
    except* TypeError as e:
        e.add_note("a note on the TypeError part")
        raise
    except* ValueError as e:
        raise RuntimeError("replacing the ValueErrors") from e.exceptions[0]


try:
    outer()
except ExceptionGroup as eg:
    eg.add_note("note 1\nspanning two lines")
    eg.add_note("note 2")
    raise ExceptionGroup("top", [eg, KeyError("solo")] + collect([5]))
