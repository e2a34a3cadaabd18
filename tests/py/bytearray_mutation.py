# bytearray: construction, the mutating methods, item and slice assignment,
# in-place operators, the allocation pattern (__alloc__), and the rule that
# an exported bytearray cannot be resized.


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(bytearray(), bytearray(3), bytearray(b'abc'), bytearray([1, 2, 255]), bytearray('h\xe9', 'utf-8'))
print(bytearray(memoryview(b'xyz')[::2]), bytearray(range(5)), bytearray(x for x in b'gen'), bytearray(b'a\'b"c'))
print(repr(bytearray(b"it's")), str(bytearray(b'\x00\t')), len(bytearray(10)))
show('bytearray(-1)', lambda: bytearray(-1))
show("bytearray('abc')", lambda: bytearray('abc'))
show('bytearray(1.5)', lambda: bytearray(1.5))
show("bytearray(5, 'ascii')", lambda: bytearray(5, 'ascii'))
show("bytearray(errors='x')", lambda: bytearray(errors='x'))
show('bytearray([256])', lambda: bytearray([256]))
show("bytearray(['x'])", lambda: bytearray(['x']))
show('bytearray(None)', lambda: bytearray(None))

b = bytearray(b'hello')
b[0] = 74
print(b, b[0], b[-1], b[1:3], b[::-1])
b[1:3] = b'EL'
print(b)
b[1:3] = b''
print(b)
b[1:1] = b'12345'
print(b)
b[:] = b'abcdefgh'
print(b)
b[::2] = b'ACEG'
print(b)
b[::-3] = bytearray(b'xyz')
print(b)
del b[0]
print(b)
del b[::2]
print(b)
del b[-1]
print(b)
b[5:2] = b'<>'
print(b)
b[len(b):] = [33, 63]
print(b)
b[0:2] = memoryview(b'MV')
print(b)
b[2:4] = b
print(b)
show('b[100] = 1', lambda: b.__setitem__(100, 1))
show('b[0] = 256', lambda: b.__setitem__(0, 256))
show("b[0] = b'a'", lambda: b.__setitem__(0, b'a'))
show('b[0:1] = 5', lambda: b.__setitem__(slice(0, 1), 5))
show("b[0:1] = 'ab'", lambda: b.__setitem__(slice(0, 1), 'ab'))
show('b[0:1] = [300]', lambda: b.__setitem__(slice(0, 1), [300]))
show("b[::2] = b'x'", lambda: b.__setitem__(slice(None, None, 2), b'x'))
show("b['x'] = 1", lambda: b.__setitem__('x', 1))
show('del b[100]', lambda: b.__delitem__(100))
show("b['x']", lambda: b['x'])

b = bytearray(b'abc')
print(b.append(100), b)
print(b.extend(b'ef'), b.extend([103, 104]), b.extend(range(105, 107)), b.extend(bytearray(b'!')), b)
print(b.insert(0, 65), b.insert(-1, 66), b.insert(100, 67), b.insert(-100, 68), b)
print(b.pop(), b.pop(0), b.pop(-2), b.pop(3), b)
print(b.remove(98), b)
print(b.reverse(), b)
c = b.copy()
print(c, c == b, c is b, type(c).__name__)
print(b.clear(), b, len(b), c)
b.extend(b)
print(b)
c.extend(c)
print(c)
show("append('a')", lambda: c.append('a'))
show('append(256)', lambda: c.append(256))
show('append(-1)', lambda: c.append(-1))
show('extend(5)', lambda: c.extend(5))
show("extend('ab')", lambda: c.extend('ab'))
show('extend([1, 300])', lambda: c.extend([1, 300]))
show('insert(0)', lambda: c.insert(0))
show("insert('a', 1)", lambda: c.insert('a', 1))
show('pop(100)', lambda: c.pop(100))
show('empty pop', lambda: bytearray().pop())
show('remove(0)', lambda: c.remove(0))
show("remove(b'a')", lambda: c.remove(b'a'))

# In-place operators keep the object.
b = bytearray(b'ab')
alias = b
b += b'cd'
b += bytearray(b'e')
b += memoryview(b'f')
b *= 2
print(b, alias is b)
b *= 0
print(b, alias is b)
show("b += 'x'", lambda: b.__iadd__('x'))
show('b *= 1.5', lambda: b.__imul__(1.5))
print(bytearray(b'ab') + b'cd', bytearray(b'ab') + bytearray(b'cd'), b'ab' + bytearray(b'cd'), bytearray(b'x') * 3)
print(type(b'ab' + bytearray(b'cd')).__name__, type(bytearray(b'ab') + b'cd').__name__)
show("bytearray() + 'a'", lambda: bytearray() + 'a')

# Comparison and hashing.
print(bytearray(b'a') == b'a', bytearray(b'a') < b'b', bytearray(b'b') > bytearray(b'a'), bytearray(b'a') == 'a')
print(bytearray(b'abc') == memoryview(b'abc'), bytearray(b'') <= bytearray(b''))
show('hash', lambda: hash(bytearray(b'a')))
show("< 'a'", lambda: bytearray(b'a') < 'a')
print(list(bytearray(b'it')), 105 in bytearray(b'it'), b't' in bytearray(b'it'), bytearray(b'it')[-1])

# The storage follows CPython's growth pattern.
x = bytearray()
sizes = []
for i in range(40):
    x.append(i)
    sizes += [x.__alloc__()]
print(sizes)
x = bytearray(b'abcdefghij')
print(x.__alloc__(), x.__sizeof__())
del x[0:3]
print(x, x.__alloc__())
del x[0:5]
print(x, x.__alloc__())
x = bytearray(b'abcdefghij')
del x[3:5]
x[1:1] = b'1234567'
print(x, x.__alloc__())
x *= 3
print(x.__alloc__(), bytearray().__alloc__(), bytearray(5).__alloc__(), bytearray(b'').__sizeof__())

# Exports pin the size.
b = bytearray(b'12')
m = memoryview(b)
show('append while viewed', lambda: b.append(1))
show('shrink while viewed', lambda: b.__delitem__(0))
show('clear while viewed', lambda: b.clear())
show('+= while viewed', lambda: b.__iadd__(b'x'))
b[0] = 65
m[1] = 66
print(b, m.tobytes())
m.release()
b.append(67)
print(b)
b += b'34'
print(b)
m = memoryview(b)
show('b += b while viewed', lambda: b.__iadd__(b))
m2 = m[1:]
m.release()
show('a slice still pins', lambda: b.append(1))
m2.release()
b.append(1)
print(b)


class Buffer(bytearray):
    def push(self, data):
        self.extend(data)
        return self


buf = Buffer(b'>')
buf.push(b'one').push([32]).push(b'two')
print(buf, type(buf).__name__, len(buf), buf.copy(), type(buf[:2]).__name__, buf == b'>one two')
print(Buffer.fromhex('41 42'), type(Buffer.fromhex('41')).__name__, bytearray.fromhex('ff00'))
print(bytearray(b'ab\xff').__reduce_ex__(2), bytearray(b'ab\xff').__reduce_ex__(3), bytearray(b'ab').__reduce_ex__(5), bytearray().__reduce__())
class Pickled(bytearray):
    pass


b = Pickled(b'x')
print(b.__reduce__(), b.__reduce_ex__(4))
b.attr = 1
print(b.__reduce__(), b.__reduce_ex__(4))
