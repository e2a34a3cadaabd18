t = (1, 2, 3)
index = 5
print(t[index - 3])
print(t[index])
