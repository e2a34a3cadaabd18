# Every callable has __call__: functions, lambdas, bound methods, builtins,
# method descriptors and types; method objects forward attributes to their
# function (__defaults__, __code__, __module__...).
def f(): return 1
class C:
    def m(self, x=1): return x
for e in ["f.__call__()", "print.__call__", "len.__call__([1])", "C.__call__", "C().m.__call__()", "type.__call__", "(lambda: 2).__call__()",
          "C().m.__defaults__", "C().m.__code__.co_name", "C().m.__kwdefaults__", "C().m.__annotations__", "C().m.__module__", "C().m.__dict__" ,
          "C().m.__wrapped__", "int.__call__", "(1).__call__", "object().__call__", "C.m.__get__(C()).__call__()", "sorted.__call__([2,1])", "f.__get__(1).__call__"]:
    try:
        r = eval(e)
        print(e, "->", r if not callable(r) else type(r).__name__)
    except Exception as ex:
        print(e, "->", type(ex).__name__, ex)
