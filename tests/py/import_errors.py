# The import system's errors, as CPython raises them.
import sys
import imppkg

base = imppkg.__path__[0]
def show(e):
    text = str(e).replace(base, "<imppkg>")
    print(type(e).__name__ + ":", text)
    name = getattr(e, "name", None)
    path = getattr(e, "path", None)
    print("   name:", name, "path:", path.replace(base, "<imppkg>") if isinstance(path, str) else path)

for stmt in [
    "import no_such_module_abc",
    "import imppkg.no_such",
    "import imppkg.notpkg.child",
    "from imppkg import no_such_name",
    "from imppkg.mod_b import no_such_name",
    "from sys import no_such_name",
    "from imppkg.nspkg import nothing",
    "import imppkg.circ_a",
    "import imppkg.circ_attr_a",
    "from . import x",
    "from .. import x",
    "from .mod import x",
]:
    try:
        exec(stmt, {"__name__": "__main__"})
    except (ImportError, AttributeError) as e:
        print(stmt)
        show(e)

# Relative imports need a package; too many dots leave it.
try:
    __import__("x", {"__package__": "imppkg"}, None, [], 2)
except ImportError as e:
    show(e)
try:
    __import__("x", {"__package__": 5}, None, [], 1)
except TypeError as e:
    print("TypeError:", e)
for bad in [(5,), ("",), ("x", None, None, [], -1)]:
    try:
        __import__(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

# A module that raises while running is not kept in sys.modules.
for attempt in range(2):
    try:
        import imppkg.raises
    except ValueError as e:
        print("attempt", attempt, e, "imppkg.raises" in sys.modules)

# None in sys.modules stops the import.
sys.modules["blocked_module"] = None
try:
    import blocked_module
except ImportError as e:
    show(e)
del sys.modules["blocked_module"]

# Importing a module with a syntax error raises SyntaxError.
try:
    import imppkg.bad_syntax
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno, e.filename.replace(base, "<imppkg>"))
print("imppkg.bad_syntax" in sys.modules)

# A module's own missing imports.
try:
    import imppkg.uses_missing
except ModuleNotFoundError as e:
    show(e)

# Module attribute errors.
try:
    imppkg.nope
except AttributeError as e:
    print(e)
try:
    sys.nope
except AttributeError as e:
    print(e)

# __import__ replaced in builtins is what import statements call.
import builtins
real = builtins.__import__
def tracing(name, globals=None, locals=None, fromlist=(), level=0):
    print("import", name, fromlist, level)
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = tracing
import imppkg.mod_b
from imppkg import mod_b
builtins.__import__ = real
del builtins.__import__
try:
    import sys
except ImportError as e:
    print(e)
builtins.__import__ = real
