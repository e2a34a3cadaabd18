# exit() without a code ends the program with status 0 and prints nothing.
print("before")
for i in range(3):
    if i == 1:
        exit()
    print(i)
