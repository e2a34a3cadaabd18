def f():
    raise ValueError("v")

try:
    f()
except ValueError as v:
    ve = v

try:
    try:
        raise TypeError("t")
    except TypeError as t:
        inner = ExceptionGroup("inner", [t, ve])
        raise inner
except ExceptionGroup as i:
    ig = i

e15 = ExceptionGroup("fifteen", [KeyError(n) for n in range(15)])
e16 = ExceptionGroup("sixteen", [KeyError(n) for n in range(16)])
try:
    raise RuntimeError("ctx")
except RuntimeError:
    try:
        raise ExceptionGroup("top", [ig, ve, e15, e16, ExceptionGroup("", [ValueError()])])
    except ExceptionGroup as top:
        raise ValueError("final") from top
