# NameError and AttributeError suggestions in an uncaught chain: a caught
# AttributeError with a suggestion becomes the context of a NameError with
# a suggestion (both printed with "Did you mean").
class Config:
    def __init__(self):
        self.timeout_seconds = 30
        self.retries = 3


def read(cfg):
    try:
        return cfg.timeout_second
    except AttributeError as e:
        print("caught:", e)
        return defualt_timeout


default_timeout = 10
read(Config())
