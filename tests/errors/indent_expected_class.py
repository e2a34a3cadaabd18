class C:
# comment
x = 1
