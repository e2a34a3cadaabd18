import imppkg.circ_ok_a as a_mod
value_b = "b"
print("circ_ok_b sees a partially:", hasattr(a_mod, "value_a"))
