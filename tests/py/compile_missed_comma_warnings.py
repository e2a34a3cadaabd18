# The compiler's "perhaps you missed a comma?" SyntaxWarnings: calling a
# literal or display, subscripting something that is never subscriptable,
# and indexing a sequence literal with a non-integer. The code is compiled
# (warnings printed first) but the lines only run inside try blocks.
def calls():
    for thunk in [lambda: (1)(2), lambda: "abc"(), lambda: [1, 2](3), lambda: (1, 2)(3), lambda: {1: 2}(),
                  lambda: {1}(), lambda: f"x"(), lambda: None(), lambda: ...(), lambda: True(),
                  lambda: [x for x in ()](), lambda: (x for x in ())(), lambda: -1(), lambda: 1.5j()]:
        try:
            thunk()
        except TypeError as e:
            print("TypeError:", e)


def subscripts():
    for thunk in [lambda: 5[0], lambda: None[0], lambda: 1.5[0], lambda: {1}[0], lambda: (x for x in ())[0],
                  lambda: (lambda: 1)[0], lambda: [1]["a"], lambda: (1, 2)[1.5], lambda: "abc"["x"],
                  lambda: b"ab"[None], lambda: [1][(1, 2)], lambda: [x for x in "ab"]["0"], lambda: f"ab"[1.0],
                  lambda: -5[0], lambda: True[0], lambda: (1, [2])["k"]]:
        try:
            thunk()
        except TypeError as e:
            print("TypeError:", e)


calls()
subscripts()
ok = [[1, 2][0], "ab"[1], (1, 2)[True], [1][0:1], {1: 2}[1], "x"[...] if False else 0, (lambda: [9])()[0]]
print(ok)
exec("x = [1]['k'] if False else 0")
