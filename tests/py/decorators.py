# Decorators: evaluated in order before the function (and its defaults),
# applied innermost first, the result bound to the name.


def trace(label):
    print("evaluating decorator", label)

    def decorate(func):
        print("applying", label)

        def wrapper(*args, **kwargs):
            print("calling through", label)
            return func(*args, **kwargs)

        return wrapper

    return decorate


def default():
    print("evaluating the default")
    return 10


@trace("outer")
@trace("inner")
def add(a, b=default()):
    return a + b


print(add(1))
print(add(1, b=2))


def twice(func):
    return lambda x: func(func(x))


@twice
def inc(x):
    return x + 1


print(inc(5))


@lambda func: "replaced by a string"
def gone():
    pass


print(gone)

registry = {}


def register(name):
    def decorate(func):
        registry[name] = func
        return func

    return decorate


@register("square")
def square(x):
    return x * x


@register("cube")
def cube(x):
    return x * x * x


print("square" in registry, registry["cube"](3), square(4))


def outer():
    calls = 0

    def counted(func):
        def wrapper(*args):
            nonlocal calls
            calls += 1
            return func(*args)

        return wrapper

    @counted
    def work(x):
        return x * 2

    work(1)
    work(2)
    return calls


print(outer())


def attach(value):
    def decorate(func):
        return (func, value)

    return decorate


@attach(1)
@attach(2)
def pair():
    return "pair"


print(pair[1], pair[0][1], pair[0][0]())


def recursive_via_decorated_name(n):
    return n if n < 2 else recursive_via_decorated_name(n - 1)


class_like = trace("for a lambda")(lambda: "lambda result")
print(class_like())
