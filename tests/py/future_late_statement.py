"""A future statement after other code is a SyntaxError of the compiler."""
print("not run")
from __future__ import annotations
