# Interactive-mode expression statements (compile(..., 'single')) go through sys.displayhook.
import sys
exec(compile("1 + 1\nNone\n'x'\n", "<s>", "single"))
print(_)
def hook(v):
    print("hook got", repr(v))
sys.displayhook = hook
exec(compile("40 + 2\n", "<s>", "single"))
exec(compile("None\n", "<s>", "single"))
sys.displayhook = sys.__displayhook__
exec(compile("[1, 2]\n", "<s>", "single"))
print(_)
del sys.displayhook
try:
    exec(compile("5\n", "<s>", "single"))
except RuntimeError as e:
    print(e)
