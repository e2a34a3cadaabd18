# try/finally and try/except/else/finally: the finally body runs on every
# way out of the try (normal end, exception, return, break, continue).


def normal():
    try:
        print("body")
    finally:
        print("finally")
    print("after")


normal()


def returns():
    try:
        return "from try"
    finally:
        print("finally before the return completes")


print(returns())


def value_before_finally(x):
    # The return value is computed before the finally body rebinds x.
    try:
        return x
    finally:
        x = "changed"
        print("finally sees", x)


print(value_before_finally("original"))


def expression_before_finally(items):
    try:
        return len(items) * 10
    finally:
        items += ["more"]


data = [1, 2]
print(expression_before_finally(data), data)


def finally_return_wins():
    try:
        return "try"
    finally:
        return "finally"


print(finally_return_wins())


def finally_return_swallows():
    try:
        1 / 0
    finally:
        return "exception swallowed"


print(finally_return_swallows())


def finally_return_swallows_handler_error():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("from the handler")
    finally:
        return "also swallowed"


print(finally_return_swallows_handler_error())


def loops():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out += [("body", i)]
        finally:
            out += [("finally", i)]
    else:
        out += ["else not run"]
    return out


print(loops())


def while_loop():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("while finally", n)
    return n


print(while_loop())


def break_in_finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return ("broke at", i)


print(break_in_finally_swallows())


def continue_in_finally_swallows():
    seen = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            seen += [i]
            continue
    return seen


print(continue_in_finally_swallows())


def nested():
    order = []
    try:
        try:
            try:
                raise ValueError("deep")
            finally:
                order += ["inner finally"]
        finally:
            order += ["middle finally"]
    except ValueError as e:
        order += [("caught", str(e))]
    finally:
        order += ["outer finally"]
    return order


print(nested())


def all_clauses(kind):
    log = []
    try:
        log += ["try"]
        if kind == "key":
            raise KeyError("k")
        if kind == "value":
            raise ValueError("v")
        if kind == "return":
            return log
    except KeyError:
        log += ["except KeyError"]
    else:
        log += ["else"]
    finally:
        log += ["finally"]
    log += ["after"]
    return log


for kind in ("none", "key", "return"):
    print(kind, all_clauses(kind))
try:
    all_clauses("value")
except ValueError as e:
    print("value escaped:", repr(e))


def return_from_handler():
    try:
        raise KeyError("handled")
    except KeyError as e:
        return e
    finally:
        print("finally after handler return")


print(repr(return_from_handler()))


def return_in_else():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally after else")


print(return_in_else())


def bare_raise_in_finally():
    # On the exceptional path the exception is the one being handled.
    try:
        try:
            raise KeyError("again")
        finally:
            print("re-raising from finally")
            raise
    except KeyError as e:
        return repr(e)


print(bare_raise_in_finally())


def bare_raise_in_finally_no_exception():
    try:
        pass
    finally:
        try:
            raise
        except RuntimeError as e:
            return str(e)


print(bare_raise_in_finally_no_exception())


def raise_in_finally_replaces():
    try:
        try:
            raise KeyError("first")
        finally:
            raise ValueError("second")
    except KeyError:
        return "KeyError caught"
    except ValueError as e:
        return "ValueError caught: " + str(e)


print(raise_in_finally_replaces())


def finally_in_loop_in_finally():
    log = []
    try:
        for i in range(2):
            try:
                log += [i]
            finally:
                log += ["inner"]
    finally:
        log += ["outer"]
    return log


print(finally_in_loop_in_finally())


def return_through_two_finallys():
    log = []
    try:
        try:
            return log
        finally:
            log += [1]
    finally:
        log += [2]


print(return_through_two_finallys())


def handler_then_finally_exception_state():
    # After the handler's return the exception is no longer handled.
    try:
        try:
            raise KeyError("x")
        except KeyError:
            return "returned"
        finally:
            raise
    except RuntimeError as e:
        return "RuntimeError: " + str(e)


print(handler_then_finally_exception_state())

# At module level too.
try:
    x = 1
finally:
    print("module finally", x)

for i in range(3):
    try:
        if i == 1:
            continue
        print("module loop", i)
    finally:
        print("module loop finally", i)


def functions_in_finally():
    try:
        return 1
    finally:
        g = lambda: "lambda in a finally body"
        print(g(), [i * 2 for i in range(3)])


print(functions_in_finally())
