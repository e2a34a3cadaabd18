print("not printed")
if True:
    break
