# A traceback through code run by exec() from a string: the "<string>"
# frames have no source line; a function defined in the exec'd code and
# called later keeps its "<string>" file name.
src = """
def helper(x):
    return 10 // x

def run():
    return helper(0)
"""
ns = {}
exec(src, ns)
try:
    ns["run"]()
except ZeroDivisionError as e:
    print("caught:", e)
# The functions' globals are ns, which holds them: a cycle broken by hand.
ns.clear()
exec("value = 1\nraise LookupError('from exec, line 2')", {})
