# The SyntaxWarning for "is" / "is not" with a literal operand (after
# constant folding), from the script and from compile()/exec(); a while
# loop's test warns twice, as CPython compiles it twice.
for i in range(2):
    compile("x is 1", "<s>", "exec")
exec("y = 1\nif y is 'a' or y is not ():\n    pass\n")
def f(x):
    return x is -1, x is (1, 2), x is not ..., x is None, 1 is x, x is "", x is f"a", x is b"", x is 1.5, x is [], x is (), x is -x
f(1)
x = 5
while x is 7: pass
if x is 8 is x: pass
assert x is not 1
y = [x for x in () if x is 3]
exec("assert (x, 1)")
print("done")
