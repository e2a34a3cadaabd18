print("never printed")
match {}:
    case {"a": 1, -2: _, "b": 2, -2: _}:
        pass
