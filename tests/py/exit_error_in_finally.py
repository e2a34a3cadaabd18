# An exception inside finally replaces the original (whose traceback is
# printed first as its context), at exit.
class Res:
    def close(self):
        print("closing")
        [].pop()


def f():
    r = Res()
    try:
        1 / 0
    finally:
        r.close()


f()
