# An uncaught exception whose __str__ raises: CPython prints
# "<exception str() failed>" in place of the message.
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("str is broken")


def f():
    raise Weird("payload")


f()
