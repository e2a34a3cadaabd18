print("imppkg.sub init, package", __package__)
from .deep import deep_value
