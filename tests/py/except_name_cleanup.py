# `except E as name` unbinds the name when the clause is left, also by an
# exception or a return, and the name may be a closure variable.


def leaves_by_exception():
    e = "before"
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("from handler")
    except ValueError:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "unbound: " + str(err)


print(leaves_by_exception())


def leaves_by_return():
    try:
        raise KeyError("k")
    except KeyError as e:
        return e


print(repr(leaves_by_return()))


def closure_name():
    try:
        raise KeyError("in a cell")
    except KeyError as e:
        get = lambda: e
        print("inside:", repr(get()))
    try:
        get()
    except NameError as err:
        print(repr(err))


closure_name()


def del_cell():
    x = 1

    def read():
        return x

    del x
    try:
        read()
    except NameError as err:
        print(repr(err))
    try:
        del x
    except NameError as err:
        print(repr(err))


del_cell()


def loop_break_in_handler():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            if i == 1:
                break
    try:
        print(e)
    except UnboundLocalError as err:
        print("after break:", err)
    return i


print(loop_break_in_handler())
e = "global"
try:
    raise KeyError
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print(err)
