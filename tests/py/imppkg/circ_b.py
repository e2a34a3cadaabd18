from .circ_a import late
