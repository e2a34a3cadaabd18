# Without sys.excepthook CPython says so and prints the traceback anyway.
import sys
del sys.excepthook
raise ValueError("boom")
