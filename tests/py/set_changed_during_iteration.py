# Adding to a set while iterating over it: RuntimeError, uncaught.
visited = {1}
for node in visited:
    print("visit", node)
    if node < 3:
        visited |= {node + 1}
