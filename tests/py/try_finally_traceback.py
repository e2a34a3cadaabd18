# An exception passing through finally bodies keeps its traceback: the
# frames show where it was raised, not the finally bodies that re-raised it.


def inner(n):
    try:
        if n == 0:
            return 1 // n
        return inner(n - 1)
    finally:
        print("finally of inner", n)


def outer():
    try:
        inner(2)
    finally:
        print("finally of outer")


outer()
