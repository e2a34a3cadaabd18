# Nested try statements with finally bodies left by return, break, continue and exceptions.
def f(k):
    log = []
    try:
        try:
            log += ["try"]
            if k == 1: raise KeyError
        except KeyError:
            log += ["except"]
            return log
        else:
            log += ["else"]
            if k == 2: raise ValueError("from else")
        finally:
            log += ["finally"]
            if k == 3: return log + ["finally return"]
    except ValueError as e:
        log += ["outer " + str(e)]
    return log
for k in range(4): print(f(k))
def g():
    for i in range(3):
        try:
            try:
                continue
            finally:
                if i == 1:
                    raise KeyError(i)
        except KeyError as e:
            print("caught", e)
        finally:
            print("outer finally", i)
g()
def h():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise
        finally:
            print("inner finally sees handled")
h2 = None
try:
    h()
except ValueError as e:
    print("h raised", e)
def nested_returns():
    try:
        try:
            return "inner"
        finally:
            try:
                return "middle"
            finally:
                print("deepest")
    finally:
        print("outer")
print(nested_returns())
def w():
    i = 0
    while i < 5:
        i += 1
        try:
            if i % 2: continue
            try:
                if i == 4: break
            finally:
                print("inner", i)
        finally:
            print("outer", i)
    else:
        print("else")
    return i
print(w())
