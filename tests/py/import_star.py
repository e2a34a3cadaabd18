# from M import *: __all__ when present (underscore names included), else
# every name not starting with an underscore.
from imppkg.star_all import *
print(x, _y)
try:
    z
except NameError as e:
    print(e)

from imppkg.star_public import *
print(a, b, f())
for name in ("_hidden", "_sys"):
    print(name, name in globals())

try:
    from imppkg.star_bad import *
except TypeError as e:
    print(e)
print(ok)

import sys
from sys import *
print(version_info[:2], maxsize == sys.maxsize)

# A package's __all__ may name submodules: * imports them.
from imppkg.allpkg import *
print(child.name, VALUE)
