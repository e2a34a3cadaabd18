handler = print
match [1, 2]:
    case [x, y] if x > y:
        pass
    case handler(first=1):
        pass
