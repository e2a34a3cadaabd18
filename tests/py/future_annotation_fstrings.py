"""PEP 563 text of f-strings (debug =, nested specs) and of numbers."""
from __future__ import annotations
def f(a: f'{x = }', b: f'{x=:>10}', c: f'{x=!s:^{w!r}}', d: f'{x:{y!r}}', e: f'{x:{f"{y}"}}', f: f'{café}', g: f'{x:\n}' if 0 else 0, h: f'{"}"}', i: f"{'{'}", j: rb'\xff', k: f'{x:{{}}}'): pass
print(f.__annotations__)
def g(a: -1, b: -1.5, c: - 2j, d: (1, -2), e: not -1, f: 2 ** -1, g: (-2) ** 2, h: -2 ** 2, i: -(2 ** 2)): pass
print(g.__annotations__)
def h(a: 1e-7, b: 1e22, c: 1e16, d: 123.456e78, e: 0.000001, f: 5e-324, g: 1.7976931348623157e308, h: 2e308j, i: 0j, j: 0.0j): pass
print(h.__annotations__)
