# Chained tracebacks: an explicit cause (raise ... from ...) whose cause
# itself has a context, printed with both separators, innermost first.
class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError(f"bad port {text!r}")


def load(settings):
    try:
        return parse_port(settings["port"])
    except ConfigError as e:
        raise RuntimeError("could not load settings") from e


load({"port": "80a"})
