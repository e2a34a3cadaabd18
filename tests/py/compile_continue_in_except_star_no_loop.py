try:
    pass
except* ValueError:
    continue
