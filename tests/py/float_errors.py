# Float division by zero, as an uncaught exception.
def ratio(a, b):
    return a / b


print(ratio(1.0, 4))
print(ratio(1, 0.0))
