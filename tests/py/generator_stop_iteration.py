# PEP 479: a StopIteration escaping a generator is replaced by a
# RuntimeError whose cause it is.
def first_of_each(lists):
    for items in lists:
        it = iter(items)
        yield next(it)


print(list(first_of_each([[1, 2], [3]])))
print(list(first_of_each([[1], [], [2]])))
