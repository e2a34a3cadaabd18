# SystemExit(True) exits with status 1 and prints nothing (a bool is an int);
# SystemExit(False) caught first shows its code.
try:
    raise SystemExit(False)
except SystemExit as e:
    print("caught SystemExit", repr(e.code), e.args)
raise SystemExit(True)
