# An exception raised while handling another: the printed chain.
def parse(text):
    try:
        return int_value[text]
    except NameError as e:
        raise ValueError("cannot parse " + text) from e


def load():
    try:
        1 // 0
    except ZeroDivisionError:
        parse("x")


load()
