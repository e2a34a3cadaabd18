# An exception raised while a class body runs (through a function called
# from it): the traceback has the class body as a frame named after the
# class, nested inside another class.
def validate(fields):
    for name, kind in fields.items():
        if not isinstance(kind, type):
            raise TypeError(f"field {name!r} needs a type, got {kind!r}")
    return fields


class Outer:
    class Record:
        fields = validate({"id": int, "name": "str"})
