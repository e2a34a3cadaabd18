# An exception raised in a finally body on the normal path has no context;
# one raised in a handler's body keeps the handled exception as context even
# through an enclosing finally.


def f():
    try:
        try:
            raise KeyError("handled")
        except KeyError:
            pass
    finally:
        print("finally ran")
        [][0]


try:
    f()
except IndexError as e:
    print("caught", repr(e))


def g():
    try:
        try:
            raise KeyError("first")
        except KeyError as e:
            int("x")
    finally:
        print("finally of g")


g()
