# Standard-library modules written in Python that need no C module.
import keyword
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"))
print(len(keyword.kwlist), keyword.kwlist[:5])

import __future__
print(__future__.annotations, __future__.all_feature_names[:3])
print(__future__.division.getOptionalRelease(), __future__.CO_FUTURE_ANNOTATIONS)

import bisect
data = [1, 3, 5, 7]
bisect.insort(data, 4)
print(data, bisect.bisect_left(data, 5), bisect.bisect_right(data, 5))

import heapq
h = []
for v in [5, 1, 4, 2, 3]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(len(h))], heapq.nsmallest(2, [9, 8, 7]))

import colorsys
print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5))

import operator
print(operator.add(2, 3), operator.itemgetter(1)("abc"), operator.attrgetter("real")(3))

import stat
print(stat.S_ISDIR(0o040755), stat.filemode(0o100644))

import this
print(this.s[:10])

import sys
print(sorted(m for m in ("keyword", "bisect", "heapq", "this", "__future__") if m in sys.modules))
print(keyword.__name__, keyword.__file__.endswith("keyword.py"), keyword.__spec__.origin == keyword.__file__)
