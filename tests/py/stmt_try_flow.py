# try/except/else/finally control flow: which clauses run, return values
# overridden by finally, exceptions replaced or swallowed by finally,
# re-raising, exceptions in else, nested handlers and bare except.
def trace(kind):
    log = []
    try:
        log.append("try")
        if kind == "raise":
            raise ValueError("v")
        if kind == "return":
            return log + ["returned from try"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


print(trace("normal"))
print(trace("raise"))
print(trace("return"))


def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"


def finally_replaces():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")


print(finally_overrides(), finally_swallows())
try:
    finally_replaces()
except ValueError as e:
    print("ValueError:", e, "context:", repr(e.__context__))


def return_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2


print(return_value_evaluated_before_finally())


def else_raises():
    try:
        pass
    except ValueError:
        return "not here"
    else:
        raise TypeError("from else")


try:
    else_raises()
except TypeError as e:
    print("TypeError:", e)


def reraise():
    try:
        1 / 0
    except ZeroDivisionError:
        print("  handling, then re-raising")
        raise


try:
    reraise()
except ZeroDivisionError as e:
    print("re-raised:", e)


def which_handler(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}"
    except BaseException as e:
        return f"base: {type(e).__name__}"


for exc in (KeyError, IndexError("i"), ZeroDivisionError, OverflowError, ValueError, KeyboardInterrupt,
            SystemExit(3), GeneratorExit):
    print(which_handler(exc))


def bare_except():
    try:
        raise RuntimeError("x")
    except:
        return "bare caught"


print(bare_except())


def nested():
    try:
        try:
            raise ValueError("inner")
        except KeyError:
            return "wrong handler"
        finally:
            print("  inner finally")
    except ValueError as e:
        return f"outer caught {e}"


print(nested())


def handler_raises():
    try:
        raise ValueError("one")
    except ValueError:
        raise KeyError("two")


try:
    handler_raises()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__), e.__suppress_context__)


def raise_from_none():
    try:
        raise ValueError("hidden")
    except ValueError:
        raise KeyError("shown") from None


try:
    raise_from_none()
except KeyError as e:
    print(repr(e), repr(e.__context__), repr(e.__cause__), e.__suppress_context__)


def loop_with_finally():
    results = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            results.append(i)
        finally:
            results.append(f"f{i}")
    else:
        results.append("else")
    return results


print(loop_with_finally())


def exception_variable_scope():
    e = "outer"
    try:
        raise ValueError("x")
    except ValueError as e:
        inner = str(e)
    return inner, "e" in locals()


print(exception_variable_scope())
try:
    raise Exception("a", 1, None)
except Exception as e:
    print(e.args, str(e), repr(e))
try:
    raise Exception()
except Exception as e:
    print(repr(str(e)), e.args)
try:
    try:
        raise ValueError
    finally:
        print("  cleanup without catching")
except ValueError:
    print("caught after finally")


def generator_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")


g = generator_finally()
print(next(g))
g.close()
print("closed")


class ExitLogger:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        print("  exit with", et.__name__ if et else None)
        return False


def with_return():
    with ExitLogger():
        return "from with"


print(with_return())
try:
    raise TypeError("typed")
except (ValueError, TypeError) as err:
    print(type(err).__name__, err)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
