class A:
    values = [(last := v) for v in range(3)]
