# The sys module: its values, functions and struct sequences; the module type.
import sys
M = type(sys)
print(M, M.__name__, M.__module__ if hasattr(M, '__module__') else None)
m = M('mymod')
print(m, repr(m), m.__name__, m.__doc__, m.__dict__)
m2 = M('other', 'the doc')
print(m2.__doc__, sorted(m2.__dict__))
m.x = 5
print(m.x, m.__dict__['x'], dir(m))
try:
    m.nope
except AttributeError as e:
    print(e, e.name, e.obj is m)
def ga(name):
    if name == 'dyn': return 42
    raise AttributeError(f"custom {name}")
m.__getattr__ = ga
print(m.dyn)
try: m.other
except AttributeError as e: print(e)
m.__dir__ = lambda: ['b', 'a']
print(dir(m))
try:
    M()
except TypeError as e: print(e)
try:
    M(1)
except TypeError as e: print(e)
try: M('a', 'b', 'c')
except TypeError as e: print(e)
print(M('kw', doc='d').__doc__)
class Sub(M):
    def hello(self): return 'hi ' + self.__name__
s = Sub('subm')
print(s.hello(), s, isinstance(s, M))
del m.x
print(hasattr(m, 'x'))
print(sys.__name__, sys.__doc__ is None, sys.__spec__.name, sys.__spec__.origin, sys.__package__)
import builtins
print(builtins.__name__, builtins.__package__)
builtins.myglobal = 7
print(myglobal)
print(sys.modules['sys'] is sys, 'builtins' in sys.modules, sys.modules['__main__'].__name__)
print(__name__, sys.modules[__name__] is sys.modules['__main__'])
print(type(sys.version_info), sys.version_info >= (3, 11), sys.version_info[0], len(sys.version_info))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info)
print(sys.int_info)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.imag)
print(sys.maxunicode, sys.hexversion, sys.api_version)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print(e)
sys.setrecursionlimit(1000)
try: sys.setrecursionlimit(0)
except ValueError as e: print(e)
try: sys.setrecursionlimit(1.5)
except TypeError as e: print(e)
print(sys.intern('abc') == 'abc')
try: sys.intern(3)
except TypeError as e: print(e)
print(sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is not None, sys.exception() is v)
print(sys.exception())
print(sys.is_finalizing())
print(sys.flags.optimize, sys.flags.dont_write_bytecode, type(sys.flags).__name__, sys.flags.n_fields if hasattr(sys.flags, 'n_fields') else '')
print(type(sys.implementation).__name__)
print(sys.argv[0].endswith('sys_module.py'), sys.path[0] != '')
print(sys.getsizeof(1), sys.getsizeof([]), sys.getsizeof(()), sys.getsizeof('abc'), sys.getsizeof({}))
print(sys.getsizeof(object(), 5))
print(sys.stdout.write('x\n'))
try:
    sys.exit(3)
except SystemExit as e:
    print('exit', e.code)
sys.exit('bye')
