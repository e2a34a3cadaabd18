# A nested exception group with notes on the group and on a leaf, a leaf
# that has its own cause, printed by the default excepthook with the boxes
# and the separators.
def leaf(n):
    try:
        raise OSError(f"disk {n} unreadable")
    except OSError as e:
        raise ValueError(f"bad block {n}") from e


def collect():
    errors = []
    for n in (1, 2):
        try:
            leaf(n)
        except ValueError as e:
            errors.append(e)
    inner = ExceptionGroup("inner failures", [errors[0], TypeError("wrong type")])
    inner.add_note("inner note")
    outer = ExceptionGroup("all failures", [inner, errors[1]])
    outer.add_note("checked 2 disks")
    raise outer


collect()
