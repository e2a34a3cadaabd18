excs = []
for i in range(17):
    excs += [ValueError(i)]


def nest(depth):
    if depth == 0:
        return TypeError("bottom")
    return ExceptionGroup(f"level {depth}", [nest(depth - 1)])


raise ExceptionGroup("wide and deep", [ExceptionGroup("wide", excs), nest(12)])
