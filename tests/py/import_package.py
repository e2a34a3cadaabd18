# Importing source modules and packages from the script's directory:
# packages, submodules, relative imports, star imports, sys.modules.
import sys

import imppkg
print(imppkg.top_value, imppkg.__name__, imppkg.__package__)
print(imppkg.__file__.endswith("imppkg/__init__.py"), imppkg.__spec__.name, imppkg.__spec__.parent)
print(type(imppkg.__path__).__name__, len(imppkg.__path__))

import imppkg.mod_a
print(imppkg.mod_a.greet("world"))
print("mod_a" in dir(imppkg), "mod_b" in dir(imppkg))
print(imppkg.mod_a.__package__, imppkg.mod_a.__spec__.parent, imppkg.mod_a.__file__.endswith("mod_a.py"))

# A module is loaded once: later imports come from sys.modules.
import imppkg.mod_b as b1
from imppkg import mod_b as b2
print(b1 is b2 is sys.modules["imppkg.mod_b"] is imppkg.mod_a.mod_b)
print(b1.bump(), b2.bump(), imppkg.mod_a.cnt)

# import a.b.c binds a; import a.b.c as d binds the submodule.
import imppkg.sub.deep
print(imppkg.sub.deep.deep_value)
import imppkg.sub.deep as deep
print(deep is imppkg.sub.deep, deep.__name__, deep.__package__)
from imppkg.sub import deep_value
print(deep_value)

# from-imports of submodules that are not loaded yet.
from imppkg import star_all, star_public
print(star_all.__name__, star_public.__name__)

# __import__ directly.
m = __import__("imppkg.mod_b")
print(m is imppkg)
m = __import__("imppkg.mod_b", fromlist=["thing"])
print(m is b1)
m = __import__("mod_b", globals={"__package__": "imppkg"}, level=1)
print(m is b1)
m = __import__("", {"__name__": "imppkg.sub.deep", "__package__": "imppkg.sub"}, None, ["deep"], 1)
print(m.__name__)

# Circular imports that work (attribute access after both are loaded).
import imppkg.circ_ok_a
print(imppkg.circ_ok_a.get_b(), imppkg.circ_ok_b.a_mod is imppkg.circ_ok_a)

# A module may replace itself in sys.modules.
import imppkg.replaces_itself as r
print(r, r.answer)

# Namespace packages (directories without __init__.py).
import imppkg.nspkg.inner.leaf
print(imppkg.nspkg.inner.leaf.leaf)
print(imppkg.nspkg.__file__, imppkg.nspkg.__spec__.origin, len(imppkg.nspkg.__path__))

# PEP 562 module __getattr__ and __dir__.
from imppkg import dynamic
print(dynamic.auto_thing, dir(dynamic))
from imppkg.dynamic import auto_value
print(auto_value)
try:
    dynamic.other
except AttributeError as e:
    print(e)

print(sorted(k for k in sys.modules if k.startswith("imppkg")))
print(repr(imppkg).startswith("<module 'imppkg' from '"), repr(imppkg).endswith("__init__.py'>"))
