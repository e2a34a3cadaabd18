"""Every feature CPython 3.11 knows is accepted; the old ones change nothing."""
from __future__ import nested_scopes, generators, division, absolute_import
from __future__ import (with_statement, print_function,
                        unicode_literals)
from __future__ import barry_as_FLUFL, generator_stop
from __future__ import annotations as postponed

print(1 / 2, 7 // 2)
print(type("text").__name__, type(b"bytes").__name__)
# barry_as_FLUFL in a file changes the code flags only: `!=` still parses.
print(1 != 2)


def gen():
    yield 1
    raise StopIteration("stop")


try:
    print(list(gen()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def closure():
    v = 10

    def inner(x: v) -> v:
        return v

    return inner


print(closure()(0), closure().__annotations__)
print(hex(closure.__code__.co_flags & 0x1400000))
