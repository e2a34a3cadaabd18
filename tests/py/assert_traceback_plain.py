def f(flag):
    assert flag
f(0)
