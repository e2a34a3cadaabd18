# The gc module through import: collecting a garbage cycle runs its
# finalizers; enable/disable, thresholds, is_tracked.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
    def __del__(self):
        print("finalizing", self.name)

def make_cycle():
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a

make_cycle()
print("collected something:", gc.collect() > 0)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"))
print(type(gc.get_count()).__name__, len(gc.get_count()))
print(gc.garbage, gc.callbacks, gc.DEBUG_SAVEALL, gc.DEBUG_STATS)
print(gc.collect.__name__, gc.__name__, type(gc).__name__)
