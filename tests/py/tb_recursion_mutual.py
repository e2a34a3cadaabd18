# Mutual recursion that runs out of stack: the traceback's repeated pairs
# of lines are summarized ("[Previous line repeated N more times]" does not
# apply to alternating frames, so CPython prints them all up to its limit:
# here the depth is kept small with a guard to show the alternation).
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        raise ValueError("reached zero in is_odd")
    return is_even(n - 1)


print(is_even(10))
is_even(7)
