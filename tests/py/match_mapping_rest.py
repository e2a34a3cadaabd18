# Mapping patterns use the mapping's get (no KeyError, extra keys allowed)
# and **rest copies the remaining items in order.


def config(c):
    match c:
        case {"name": str(name), "port": int(port), **rest} if port > 0:
            return name, port, rest
        case {"name": name}:
            return "name only", name
        case {**everything}:
            return "no name", everything


print(config({"name": "db", "port": 5432, "user": "x", "debug": True}))
print(config({"port": 80, "name": "web"}))
print(config({"name": "db", "port": -1}))
print(config({"name": 5, "port": 1}))
print(config({}))
print(config({"x": [1, 2]}))
print(config([("name", "list")]))


def key_kinds(m):
    match m:
        case {0: zero, 1.5: f, "s": s, True: t, -3: neg}:
            return zero, f, s, t, neg


print(key_kinds({0: "z", 1.5: "f", "s": "S", True: "t", -3: "n", "extra": 0}))
print(key_kinds({0: "z", 1.5: "f", "s": "S", 1: "one", -3: "n"}))
print(key_kinds({0: "z"}))
