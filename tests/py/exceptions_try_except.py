# try/except/else, matching by class and tuple, `as`, re-raising, chaining.
def safe_div(a, b):
    try:
        result = a // b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return result


print(safe_div(10, 2))
print(safe_div(1, 0))


def lookup(n):
    try:
        if n == 1:
            raise KeyError("one")
        if n == 2:
            raise ValueError
        return undefined_thing
    except (KeyError, ValueError) as err:
        return "lookup/value: " + repr(err)
    except NameError:
        return "name error"


print(lookup(1))
print(lookup(2))
print(lookup(3))

try:
    try:
        1 // 0
    except ZeroDivisionError:
        raise
except ArithmeticError as outer:
    print("re-raised:", repr(outer))

try:
    raise TypeError("first")
except TypeError:
    pass
print("after pass")

for i in (1, 2, 3):
    try:
        if i == 2:
            continue
        print("body", i)
    except Exception:
        print("never")
