# exit and quit (which CPython's site module adds): their repr, calling
# them raises SystemExit(code), the argument errors of Quitter.__call__.
print(repr(exit))
print(str(quit))
print(f"{exit!s} / {quit!r}")
print(type(exit), type(quit) is type(exit), type(exit).__name__, type(exit).__qualname__, type(exit).__module__)
print(exit.name, exit.eof, quit.name, quit.eof, sorted(exit.__dict__.items()))
print(callable(exit), exit == exit, exit != quit, exit is not quit)


def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except SystemExit as e:
        print("SystemExit", repr(e), repr(e.code), e.args)
    except TypeError as e:
        print("TypeError", e)


attempt(exit)
attempt(quit)
attempt(exit, 0)
attempt(exit, 3)
attempt(quit, "message")
attempt(exit, None)
attempt(exit, code=4)
attempt(quit, code=(1, 2))
attempt(exit, ValueError("v"))
attempt(exit, SystemExit(5))
attempt(exit, 1, 2)
attempt(quit, 1, 2, 3)
attempt(exit, foo=1)
attempt(exit, 1, foo=1)
attempt(exit, 5, code=4)
attempt(exit, 1, 2, foo=3)

exit.note = "attribute"
print(exit.note, sorted(exit.__dict__))
exit.name = "leave"
print(exit)
del exit.note
exit.name = "exit"
print(exit, sorted(vars(quit)))

try:
    exit("bye")
except SystemExit as e:
    print("caught", e)
finally:
    print("finally runs")


def nested():
    try:
        quit(7)
    finally:
        print("nested finally")


try:
    nested()
except SystemExit as e:
    print("nested", e.code)
exit = 5
print(exit)
del exit
print(exit)
