# NameError suggestions: globals, then builtins; no suggestion when nothing is close.
counter = 3
try:
    print(countr)
except NameError as e:
    print("caught:", e, e.name)
data = [1, 2, 3]
print(lenn(data))
