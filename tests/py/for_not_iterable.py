# for over a non-iterable: reported at the for statement, without markers.
total = 0
for x in 5:
    pass
