# A SyntaxError of the code generator (CPython's compiler_error): async_for_comprehension_outside_async
def f():
    return [x async for x in y]
