# An item that cannot take the in-place operation.
totals = {"a": 1, "b": "x"}
for key in ("a", "b"):
    totals[key] += 1
