g = lambda /: 0
