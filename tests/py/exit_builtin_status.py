# An uncaught exit(code) ends the program with that status, finally blocks
# and with statements unwinding first.
class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__, exc[1].code)


def leave():
    with Ctx():
        try:
            exit(3)
        finally:
            print("finally")


print("start")
leave()
print("not reached")
