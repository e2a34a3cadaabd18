# input() with stdin at its end: the prompt is written, then EOFError.
print("before")
try:
    input("first> ")
except EOFError as e:
    print("EOFError:", e)
answer = input(42)
