def greet(name):
    message = "hello " 
    return undefined_variable_xyz


greet("x")
