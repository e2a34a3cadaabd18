# SystemExit with a negative code and an object whose str is printed.
class Reason:
    def __str__(self):
        return "custom reason object"


try:
    raise SystemExit(-1)
except SystemExit as e:
    print("caught", e.code)
raise SystemExit(Reason())
