# Lists, ranges, slices and calling the builtin types.
total = 0
for i in range(10):
    total += i
print(total, list(range(5)), [1, 2, [3]], len([1, 2, 3]), tuple([4, 5]))
squares = []
for n in range(1, 6):
    squares.append(n * n) if False else None
nums = [5, 3, 9, 1]
print(nums[0], nums[-1], nums[1:3], int("42") + 1, float("2.5"), str(12) + "!", bool(0), int(7.9), int("ff", 16))
print(range(0, 10, 2), range(3))
x = [1, 2, 3]
x[0] = 100
print(x, 3 in x, 100 in x)
