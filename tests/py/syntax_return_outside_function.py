print("never")
for x in []:
    return x
