"""The namespace of __main__: the names CPython puts there for a script
(in its order), __doc__ from this docstring, __file__ an absolute path,
__annotations__ present before any annotation, and __builtins__."""
names = list(globals())
print(names[:9])
print(__doc__.splitlines()[0], __package__, __spec__, __cached__, __name__)
print(__file__.startswith("/"), __file__.rsplit("/", 1)[-1], type(__builtins__).__name__ in ("dict", "module"))
print(__annotations__)
x: int = 1
print(__annotations__, "x" in globals())
print(sorted(k for k in globals() if not k.startswith("__")))
ns = {}
exec("z: int = 3", ns)
print(ns["__annotations__"], sorted(ns)[:2])
# Annotations are set up once: without __annotations__ an annotated
# assignment at module level is a NameError.
del __annotations__
y: str = "a"
