# except* handling part of a group: the handled part is removed, an
# exception raised inside a handler joins the re-raised remainder, and the
# uncaught result is printed as a group with context.
def tasks():
    raise ExceptionGroup("batch", [KeyError("k1"), ValueError("v1"), KeyError("k2"), OSError("o1")])


try:
    tasks()
except* KeyError as g:
    print("handled keys:", [str(e) for e in g.exceptions])
except* ValueError:
    raise RuntimeError("value handler failed")
