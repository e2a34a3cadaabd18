def cleanup():
    raise RuntimeError("cleanup failed")


try:
    raise KeyError("missing")
except KeyError:
    cleanup()
