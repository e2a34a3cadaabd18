# The location of a * that is not iterable in a call.


def f(*args):
    return args


print(f(1, *[2]))
f(1,
  *[2],
  *3)
