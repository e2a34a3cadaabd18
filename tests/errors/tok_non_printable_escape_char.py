if x:
    y = [0m
