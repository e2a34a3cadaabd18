# Control flow through try/finally, with and loops: return/break/continue in
# finally overriding exceptions and returns, exceptions in else, with-items
# entered left to right and exited right to left, __exit__ suppressing, an
# __enter__ failing midway, and generators closed inside with blocks.
log = []


class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit

    def __enter__(self):
        log.append(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"enter {self.name} failed")
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        if self.fail_exit:
            raise KeyError(f"exit {self.name}")
        return self.suppress


def run(label, fn):
    log.clear()
    try:
        r = fn()
        out = f"returned {r!r}"
    except BaseException as e:
        ctx = type(e.__context__).__name__ if e.__context__ else None
        out = f"raised {type(e).__name__}: {e} (context {ctx})"
    print(f"{label}: {out}")
    print("   " + "; ".join(log))


def return_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


def return_overridden():
    try:
        return "try"
    finally:
        log.append("finally ran")


def return_replaced():
    try:
        return "try"
    finally:
        return "finally"


def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            log.append(f"iteration {i}")
            break
    return "after loop"


def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out


def else_raises():
    try:
        log.append("try body")
    except ValueError:
        log.append("never")
    else:
        raise TypeError("from else")
    finally:
        log.append("finally")


def nested_with():
    with CM("a") as a, CM("b") as b, CM("c") as c:
        log.append(f"body {a}{b}{c}")
        raise ValueError("body failed")


def with_suppress():
    with CM("outer"), CM("inner", suppress=True):
        raise IndexError("suppressed")
    return "continued"


def with_enter_fails():
    with CM("first"), CM("second", fail_enter=True), CM("third"):
        log.append("body never")


def with_exit_fails():
    with CM("x", fail_exit=True):
        raise ValueError("original")


def with_return():
    with CM("r"):
        return "from with"


def with_break_continue():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    return i


def generator_in_with():
    def gen():
        with CM("gen"):
            yield 1
            yield 2

    g = gen()
    first = next(g)
    g.close()
    return first


def finally_exception_chain():
    try:
        try:
            raise ValueError("inner")
        finally:
            raise TypeError("from finally")
    except TypeError as e:
        return f"{e} <- {e.__context__!r}"


def except_reraise_finally():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            log.append("handling")
            raise
        finally:
            log.append("inner finally")
    except ZeroDivisionError as e:
        return f"outer caught {e}"


def parenthesized_with():
    with (
        CM("p1") as x,
        CM("p2") as y,
    ):
        return x + y


def deep_finally(n):
    try:
        if n == 0:
            raise RuntimeError("bottom")
        return deep_finally(n - 1)
    finally:
        log.append(f"unwind {n}")


for name, fn in [("return_in_finally", return_in_finally), ("return_overridden", return_overridden),
                 ("return_replaced", return_replaced), ("break_in_finally", break_in_finally),
                 ("continue_in_finally", continue_in_finally), ("else_raises", else_raises),
                 ("nested_with", nested_with), ("with_suppress", with_suppress),
                 ("with_enter_fails", with_enter_fails), ("with_exit_fails", with_exit_fails),
                 ("with_return", with_return), ("with_break_continue", with_break_continue),
                 ("generator_in_with", generator_in_with), ("finally_exception_chain", finally_exception_chain),
                 ("except_reraise_finally", except_reraise_finally), ("parenthesized_with", parenthesized_with),
                 ("deep_finally", lambda: deep_finally(3))]:
    run(name, fn)


class NotCM:
    pass


class OnlyEnter:
    def __enter__(self):
        return self


for obj in (NotCM(), OnlyEnter(), 5):
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
