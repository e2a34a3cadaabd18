y = {x for f() in z}
