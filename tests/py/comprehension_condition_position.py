# The append of a comprehension has the location of the last comparison in
# its conditions (CPython 3.11's compiler leaves it there).
d = {[]: 1 for x in [1] if x > 0}
