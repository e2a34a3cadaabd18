# try/except*: splitting, handlers, re-raising, raising, nesting.


def show(label, e):
    print(label, type(e).__name__, repr(e))


def run(body):
    try:
        body()
    except BaseException as e:
        show("escaped:", e)


def simple():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        show("ValueError part:", e)
    except* TypeError as e:
        show("TypeError part:", e)
    print("all handled")


run(simple)


def partial():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError as e:
        show("handled", e)
    except* OSError:
        print("OSError handled, no name")


run(partial)


def naked():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        show("wrapped:", e)
        print(e.exceptions[0] is not None, e.message == "")


run(naked)


def naked_unmatched():
    try:
        raise KeyError("naked")
    except* ValueError:
        print("not reached")


run(naked_unmatched)


def reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        print("TypeError handled")


run(reraise)


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        print("TypeError handled")


run(raise_new)


def raise_new_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise


def check_new_and_rest():
    try:
        raise_new_and_rest()
    except ExceptionGroup as e:
        show("outer:", e)
        for sub in e.exceptions:
            show("  sub:", sub)
            print("  context:", repr(sub.__context__))


check_new_and_rest()


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        show("ValueErrors:", e)
    except* TypeError as e:
        show("TypeErrors:", e)


run(nested_groups)


def tuple_types():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        show("both:", e)


run(tuple_types)


def exc_info_inside():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        try:
            raise RuntimeError("inner")
        except RuntimeError as r:
            show("context of inner:", r.__context__)
            print(r.__context__ is e)


run(exc_info_inside)


def name_cleared():
    e = "before"
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        print(e)
    except UnboundLocalError as u:
        print("UnboundLocalError:", u)


run(name_cleared)


def base_exceptions():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        show("KeyboardInterrupt part:", e)


run(base_exceptions)


def no_exception():
    try:
        print("body ran")
    except* ValueError:
        print("not reached")
    else:
        print("else ran")
    finally:
        print("finally ran")


run(no_exception)


def with_finally():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled ValueError")
    finally:
        print("finally ran")


run(with_finally)


def invalid_types():
    for t in (ExceptionGroup, (ValueError, BaseExceptionGroup), int, (ValueError, 1)):
        try:
            try:
                raise ValueError(1)
            except* t:
                pass
        except TypeError as e:
            print("TypeError:", e)


run(invalid_types)


def loop_inside_clause():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        for i in range(3):
            if i == 1:
                continue
            if i == 2:
                break
            print("loop", i)


run(loop_inside_clause)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "+", excs)


def subclass_split():
    try:
        raise MyGroup("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        show("derived:", e)


run(subclass_split)


def exception_in_type_expression():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* undefined_name:
        pass


run(exception_in_type_expression)
