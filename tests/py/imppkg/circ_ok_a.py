import imppkg.circ_ok_b
value_a = "a"
def get_b():
    return imppkg.circ_ok_b.value_b
