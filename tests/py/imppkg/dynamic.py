def __getattr__(name):
    if name.startswith("auto_"):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

def __dir__():
    return ["auto_one", "zeta", "alpha"]
