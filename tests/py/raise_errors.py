def f():
    raise 42


try:
    f()
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
raise ValueError("final") from None
