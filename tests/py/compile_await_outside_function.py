# A SyntaxError of the code generator (CPython's compiler_error): await_outside_function
await x
