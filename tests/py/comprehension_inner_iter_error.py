# The inner iterable of a comprehension is not iterable: reported at the
# whole comprehension, in both frames.
x = [1 for i in [2] for j in 5]
