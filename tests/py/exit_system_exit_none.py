# SystemExit(None) and sys-less exit(): status 0, nothing on stderr; finally
# blocks and with-statement exits still run on the way out.
class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *a):
        print("exit", a[0].__name__, a[1].code)
        return False


def work():
    try:
        with CM():
            raise SystemExit(None)
    finally:
        print("finally in work")


work()
print("not reached")
