def split(line):
    head, *middle, tail = line
    return head, middle, tail


print(split("abc"))
print(split([1, 2]))
split("a")
