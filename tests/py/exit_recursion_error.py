# Uncaught RecursionError through a method and a property: the repeated
# traceback lines are collapsed ("[Previous line repeated N more times]").
class Node:
    def __init__(self, parent):
        self.parent = parent

    @property
    def depth(self):
        return self.parent.depth + 1


n = Node(None)
n.parent = n
print("start")
print(n.depth)
