try:
    pass
except *ValueError as e, f:
    pass
