# del of a missing key in a list of targets.
table = {"a": 1}
del [table["a"],
     table["b"]]
