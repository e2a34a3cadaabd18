# A SyntaxError of the code generator (CPython's compiler_error): await_outside_async_function
def f():
    x = 1
    await x
