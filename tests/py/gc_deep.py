# Long chains freed without deep recursion: a linked list of instances
# freed by reference counting, a ring of them freed by the cycle collector,
# nested tuples and lists, and subclasses of list in a chain.
class Node:
    def __init__(self, nxt):
        self.nxt = nxt


class Tag:
    def __del__(self):
        print("ring collected")


def chain(n):
    head = None
    for _ in range(n):
        head = Node(head)
    return head


def ring(n):
    first = Node(None)
    first.tag = Tag()
    last = first
    for _ in range(n):
        last = Node(last)
    first.nxt = last


a = chain(200000)
del a
print("linked list freed")


t = ()
for i in range(200000):
    t = (t, i)
del t
print("nested tuples freed")


class L(list):
    pass


x = L()
for i in range(100000):
    x = L([x])
del x
print("nested list subclass freed")
ring(200000)  # garbage: collected at exit (the finalizer prints)
print("end")
