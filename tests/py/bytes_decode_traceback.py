# An uncaught UnicodeDecodeError: the traceback shows CPython's message.


def read_name(record):
    return record[2:].decode('utf-8')


print(read_name(b'\x00\x05alice'))
print(read_name(b'\x00\x05b\xf6b'))
