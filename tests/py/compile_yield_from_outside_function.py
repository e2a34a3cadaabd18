# A SyntaxError of the code generator (CPython's compiler_error): yield_from_outside_function
x = 1
if x:
    print((yield from [x]))
