# Interactive-mode expression statements (compile(..., 'single')) go through sys.displayhook.
import sys

def single(src):
    exec(compile(src, "<s>", "single"))

single("1 + 1\n")
single("None\n")
single("'x'\n")
print(_)
def hook(v):
    print("hook got", repr(v))
sys.displayhook = hook
single("40 + 2\n")
single("None\n")
sys.displayhook = sys.__displayhook__
single("[1, 2]\n")
print(_)
del sys.displayhook
try:
    single("5\n")
except RuntimeError as e:
    print(e)
