# Lone surrogates written to sys.stdout and sys.stderr: their error
# handlers (surrogateescape under the C.UTF-8 locale, backslashreplace).
import sys
print(sys.stdout.errors, sys.stderr.errors)
print("\udcff-a", "\udcfe", sep="\udcfd", end="\udcfc\n")
print(sys.stdout.write("\udcc3\udca9-b\n"))
try:
    print("before", "\ud800", "after")
except UnicodeEncodeError as e:
    print()
    print("E", e)
print("\ud800 on stderr", file=sys.stderr)
sys.stderr.write("\udcff\n")
