print("never")
for *item in [1]:
    pass
