# An exception in a guard.
def classify(point):
    match point:
        case (x, y) if x / y > 1:
            return "steep"
        case _:
            return "flat"


print(classify((4, 2)))
classify((1, 0))
