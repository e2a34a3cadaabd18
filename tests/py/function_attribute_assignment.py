# Function attributes that can be assigned or deleted and the errors of
# the rest: __defaults__/__kwdefaults__/__annotations__ set to None or
# deleted, __name__/__qualname__ types, __dict__, and __code__ replaced
# (also while a frame of the function runs, and with a closure mismatch).
def f(a, b=2, *, c=3): return a, b, c
f.__defaults__ = None
print(f.__defaults__)
try: f(1)
except TypeError as e: print(e)
f.__kwdefaults__ = None
print(f.__kwdefaults__)
try: f(1, 2)
except TypeError as e: print(e)
f.__defaults__ = (9,)
f.__kwdefaults__ = {"c": 7}
print(f(1))
del f.__defaults__
print(f.__defaults__)
f.__annotations__ = None
print(f.__annotations__)
f.__name__ = "g"
print(f.__name__, f.__qualname__)
try: del f.__name__
except TypeError as e: print(e)
try: f.__qualname__ = 1
except TypeError as e: print(e)
except TypeError as e: print(e)
try: f.__code__ = 1
except TypeError as e: print(e)
try: del f.__dict__
except TypeError as e: print(e)
def swap_me(a, b=10):
    return ("original", a, b)
def gen_me():
    yield swap_me.__code__.co_name
    swap_me.__code__ = (lambda a, b=0: ("replacement", a, b)).__code__
    yield "swapped while running"
print(swap_me(1))
print(list(gen_me()), swap_me(1), swap_me.__name__, swap_me.__code__.co_name)
def closure_maker():
    v = 1
    return lambda: v
try: swap_me.__code__ = closure_maker().__code__
except ValueError as e: print(e)
def recursive_swap(n):
    if n == 0:
        recursive_swap.__code__ = (lambda n: "new body").__code__
        return "swapped"
    return (n, recursive_swap(n - 1))
print(recursive_swap(3), recursive_swap(3))
