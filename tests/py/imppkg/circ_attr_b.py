from . import circ_attr_a
circ_attr_a.missing
