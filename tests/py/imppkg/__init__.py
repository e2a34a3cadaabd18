print("imppkg init:", __name__, __package__, __path__[0].endswith("imppkg"))
top_value = "top"
