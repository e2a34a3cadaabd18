# A SyntaxError of the code generator (CPython's compiler_error): await_in_lambda
print("hi")
lambda: (await x)
