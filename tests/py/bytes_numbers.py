# int(), float() and complex() of bytes-like text.

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int(b'42'))
t(lambda: int(b' -42_0 \n'))
t(lambda: int(bytearray(b'7')))
t(lambda: int(memoryview(b'12')))
t(lambda: int(b'ff', 16))
t(lambda: int(bytearray(b'0x1f'), 0))
t(lambda: int(memoryview(b'12'), 10))
t(lambda: int(b'x'))
t(lambda: int(bytearray(b'x')))
t(lambda: int(b'\xff1'))
t(lambda: int(b'1\x002'))
t(lambda: int(b'', 2))
t(lambda: int(b'9' * 300))
t(lambda: float(b'1.5'))
t(lambda: float(b' 2e3 '))
t(lambda: float(bytearray(b'-inf')))
t(lambda: float(memoryview(b'0.25')))
t(lambda: float(b'x'))
t(lambda: float(bytearray(b'x')))
t(lambda: float(b'\xe9'))
t(lambda: float(b'1_0.5'))
t(lambda: complex(b'1'))
