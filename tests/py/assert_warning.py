# A parenthesized condition with a message inside is a tuple: always true,
# and the compiler warns.
x = 0
assert (x, "never fails")
print("ran")
