# NameError suggestions: a local variable of the failing function is offered first.
def area(width, height):
    result = width * height
    return reslt

print(area(2, 3))
