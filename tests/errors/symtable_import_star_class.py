class A:
    from os.path import *
