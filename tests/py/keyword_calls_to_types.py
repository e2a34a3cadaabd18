# Keyword arguments passed to the builtin types and exception classes.
print(int("ff", base=16), int("101", 2), int(base=8, x="17") if False else 1)
for bad in (lambda: int(x=5), lambda: float(x=1.0), lambda: ValueError(msg="no")):
    try:
        bad()
    except TypeError as e:
        print(e)
