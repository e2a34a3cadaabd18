# An uncaught exception deep in calls: the traceback with its markers.
def divide(a, b):
    return a // b


def average(total, count):
    return divide(total, count)


print("before")
print(average(10, 2))
print(average(1, 0))
print("never")
