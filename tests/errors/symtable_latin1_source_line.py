# coding: latin-1
def f(b="ä", a=1, a=2): pass
