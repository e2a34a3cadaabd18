# SystemExit ends the program with its code and no traceback.
def finish(code):
    print("finishing with", code)
    raise SystemExit(code)


try:
    finish(5)
except SystemExit as e:
    print("caught", e)
finish(3)
