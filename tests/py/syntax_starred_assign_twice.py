print("never")
first, *middle, *rest = range(5)
