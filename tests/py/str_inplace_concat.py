# `s += t` on strings: a local whose string nothing else holds grows in
# place (linear loops); any other holder must keep seeing the old value.
def f():
    s = 'ab'
    t = s
    s += 'c'
    print(t, s)
    u = ''.join(['x', 'y'])
    d = {u: 1}
    u += 'z'
    print(d, u)
    v = 'é' * 2
    v += 'a'
    v += '€'
    v += '😀'
    v += 'q'
    print(v, len(v), hash(v) == hash('éé' + 'a€😀q'))
    w = 'abc' * 2
    h = hash(w)
    w += 'd'
    print(w, hash(w) == hash('abcabcd'), w == 'abcabcd')
    acc = ''
    for i in range(1000):
        acc += str(i % 10)
        if i == 500:
            snap = acc
    print(len(acc), len(snap), acc[:12], snap[-3:])
    x = 'k' * 3
    x += x
    print(x)
    lst = ['a' * 2]
    y = lst[0]
    y += 'b'
    print(lst, y)
    z = 'mm' * 2
    for c in 'xyz':
        z += c
        z += z[:1]
    print(z)
f()


def build(n):
    out = ''
    for i in range(n):
        out += chr(0x61 + i % 26)
        if i % 1000 == 999:
            out += '\n'
    wide = ''
    for i in range(n // 10):
        wide += chr(0x3b1 + i % 20)
    wide += '😀'
    return len(out), out[-30:], out.count('\n'), len(wide), wide[-3:], hash(out) == hash(out[:5] + out[5:])


print(build(20000))
s = 'top' * 2
s += '!'
print(s)
