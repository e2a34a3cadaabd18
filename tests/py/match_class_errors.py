# Errors of class patterns, caught.


def show(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "->", e)


not_a_class = len


def call_pattern(v):
    match v:
        case not_a_class():
            return "matched"


def too_many(v):
    match v:
        case int(1, 2):
            return "matched"


def missing_attribute(v):
    match v:
        case int(missing=1):
            return "matched"
        case str(unknown=_):
            return "matched str"
    return "no match"


show("not a type", lambda: call_pattern(1))
show("too many", lambda: too_many(1))
show("too many, not an instance", lambda: too_many("x"))
show("missing attribute", lambda: missing_attribute(5))
show("missing attribute str", lambda: missing_attribute("s"))
