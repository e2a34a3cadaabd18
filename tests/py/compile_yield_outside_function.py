# A SyntaxError of the code generator (CPython's compiler_error): yield_outside_function
x = 1
yield x
