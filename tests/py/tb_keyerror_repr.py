# KeyError's message is the repr of its key (strings quoted, tuples shown
# as tuples, an empty KeyError shows nothing); the uncaught one here has a
# key that is a string with a quote in it.
for key in ["plain", ("t", 1), 3.5, None, ""]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(str(e)), e.args)
try:
    raise KeyError
except KeyError as e:
    print(repr(str(e)), e.args)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(repr(str(e)))
settings = {"name": "x"}
print(settings["it's missing"])
