try:
    pass
except* ValueError as e[0]:
    pass
