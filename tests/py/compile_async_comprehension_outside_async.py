# A SyntaxError of the code generator (CPython's compiler_error): async_comprehension_outside_async
def f():
    return [await z for z in y]
