"""Docstring."""
from __future__ import annotations, generator_stop
from __future__ import (division,
                        nonexistent_feature)
