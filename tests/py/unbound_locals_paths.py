def f(n):
    total = 0
    for i in range(n):
        x = i * 2
        total += x
    return total
print(f(10))
def g(c):
    if c:
        y = 1
    return y
print(g(1))
try:
    g(0)
except UnboundLocalError as e:
    print(e)
def h():
    z = 1
    del z
    return z
try:
    h()
except UnboundLocalError as e:
    print(e)
def k():
    for q in []:
        pass
    return q
try:
    k()
except UnboundLocalError as e:
    print(e)
def m():
    try:
        w = int("x")
    except ValueError:
        pass
    return w
try:
    m()
except UnboundLocalError as e:
    print(e)
def n():
    while False:
        v = 1
    else:
        return v
try:
    n()
except UnboundLocalError as e:
    print(e)
