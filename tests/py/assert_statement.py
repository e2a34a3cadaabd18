# assert: AssertionError with the message, the builtin class whatever the
# name means in the program, __debug__ a constant.
x = 3
assert x == 3
assert x == 3, "never evaluated " + undefined_name
print(__debug__)


def check(value, message=None):
    try:
        if message is None:
            assert value
        else:
            assert value, message
    except AssertionError as e:
        return repr(e)
    return "passed"


print(check(1))
print(check(0))
print(check([], "empty list"))
print(check("", 42))
print(check(None, ("a", "tuple")))
print(check(x > 5, f"x is {x}"))


def message_evaluated_only_on_failure():
    calls = 0

    def message():
        nonlocal calls
        calls += 1
        return "failed"

    for v in (True, True, False):
        try:
            assert v, message()
        except AssertionError as e:
            print("caught", repr(e))
    return calls


print(message_evaluated_only_on_failure())

AssertionError = KeyError  # the statement still raises the builtin class
try:
    assert False, "builtin"
except KeyError:
    print("wrong class")
except Exception as e:
    print("builtin class:", repr(e))
del AssertionError

try:
    assert 1 < 0 < 2 or not x, "chained"
except AssertionError as e:
    print(repr(e))
