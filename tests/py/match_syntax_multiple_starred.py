print("never printed")
match []:
    case [*a, 1, *_]:
        pass
