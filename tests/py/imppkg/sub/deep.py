from .. import mod_b
from ..mod_b import thing
from .. import top_value as tv
deep_value = ("deep", thing, mod_b.__name__, tv)
