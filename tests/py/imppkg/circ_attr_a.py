from . import circ_attr_b
