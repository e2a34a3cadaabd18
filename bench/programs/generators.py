# Generator pipelines: a stream of pseudo-random numbers flows through
# filters, maps, windows, groupings and merges written as generators and
# generator expressions, with yield from delegation and send().

COUNT = 700000


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state >> 8


def take(n, iterable):
    for i, item in enumerate(iterable):
        if i >= n:
            return
        yield item


def windows(iterable, size):
    window = []
    for item in iterable:
        window.append(item)
        if len(window) == size:
            yield tuple(window)
            del window[0]


def chunks(iterable, size):
    chunk = []
    for item in iterable:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def merge_sorted(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None and y is not None:
        if x <= y:
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)
    while x is not None:
        yield x
        x = next(a, None)
    while y is not None:
        yield y
        y = next(b, None)


def running_average():
    """A coroutine: send numbers in, get the running average back."""
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def pipeline(seed):
    numbers = take(COUNT, lcg(seed))
    small = (n % 1000 for n in numbers)
    odd = filter(lambda n: n % 2, small)
    squared = map(lambda n: n * n, odd)
    sums = (sum(w) for w in windows(squared, 4))
    count = best = 0
    for chunk in chunks(sums, 7):
        count += 1
        best = max(best, sum(chunk))
    return count, best


def nested(depth, seed):
    if depth == 0:
        return [seed % 97, seed % 89]
    return [nested(depth - 1, seed * 3 + 1), seed % 83, nested(depth - 1, seed * 7 + 2)]


def main():
    print("pipeline:", pipeline(1), pipeline(2))
    evens = (n for n in take(COUNT // 4, lcg(3)) if n % 2 == 0)
    odds = (n for n in take(COUNT // 4, lcg(4)) if n % 2 == 1)
    merged = list(merge_sorted(sorted(evens), sorted(odds)))
    print("merged:", len(merged), merged[:3], merged[-1])
    flat = list(flatten(nested(12, 5)))
    print("flattened:", len(flat), sum(flat))
    avg = running_average()
    next(avg)
    last = None
    for value in take(COUNT // 2, lcg(6)):
        last = avg.send(value % 10000)
    avg.close()
    print(f"running average: {last:.4f}")
    squares = {n: n * n for n in range(1000)}
    print("gen over dict:", sum(v for k, v in squares.items() if k % 3 == 0))


main()
