from . import circ_b
late = "late"
