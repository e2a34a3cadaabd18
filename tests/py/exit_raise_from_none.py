# "raise ... from None" suppresses the context in the printed traceback; a
# custom exception with __str__ and a note.
class ConfigError(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key

    def __str__(self):
        return f"missing configuration key {self.key!r}"


def get(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        err = ConfigError(key)
        err.add_note("hint: check the defaults table")
        raise err from None


print(get({"a": 1}, "a"))
get({"a": 1}, "b")
