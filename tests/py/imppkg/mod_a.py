print("mod_a running as", __name__, "package", __package__)
from . import mod_b
from .mod_b import thing, counter as cnt
from imppkg import top_value

def greet(who):
    return f"hello {who} from mod_a ({thing})"

_private = "private"
public = "public"
