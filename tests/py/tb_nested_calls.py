# A traceback through nested calls of different kinds: a method, a
# property, a lambda, a comprehension, a generator and a decorator's
# wrapper, ending in a KeyError whose key is a tuple.
def logged(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


class Store:
    def __init__(self):
        self.data = {("a", 1): "found"}

    @property
    def keys(self):
        return [k for k in self.lookup_all()]

    def lookup_all(self):
        for k in [("a", 1), ("b", 2)]:
            yield (lambda key: self.data[key])(k)


@logged
def main():
    return Store().keys


main()
