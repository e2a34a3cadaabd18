# SystemExit with several arguments: the code is the tuple, printed to stderr
# (as str of the tuple), status 1.
try:
    raise SystemExit(2, "two")
except SystemExit as e:
    print("code", e.code, "args", e.args)
raise SystemExit(3, "three")
