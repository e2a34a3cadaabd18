# The substring searches (find, rfind, count, index, replace, split,
# rsplit, partition, in) on long strings over tiny alphabets, where partial
# matches abound, checked against naive implementations written here, in
# every width.
state = 7


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


ALPHABETS = ['ab', 'abc', 'aé', 'a€b', 'a😀', 'é€', '€😀a']


def rstr(alphabet, n):
    return ''.join([alphabet[rnd(len(alphabet))] for _ in range(n)])


def naive_find(s, t, start, end):
    for i in range(start, end - len(t) + 1):
        if s[i:i + len(t)] == t:
            return i
    return -1


def naive_rfind(s, t, start, end):
    for i in range(end - len(t), start - 1, -1):
        if s[i:i + len(t)] == t:
            return i
    return -1


def naive_positions(s, t):
    out, i = [], 0
    while i <= len(s) - len(t):
        if s[i:i + len(t)] == t:
            out += [i]
            i += len(t)
        else:
            i += 1
    return out


def naive_rpositions(s, t):
    out, j = [], len(s)
    while j - len(t) >= 0:
        if s[j - len(t):j] == t:
            out += [j - len(t)]
            j -= len(t)
        else:
            j -= 1
    return out


bad = 0
checks = 0
for n in range(1500):
    alphabet = ALPHABETS[rnd(len(ALPHABETS))]
    s = rstr(alphabet, rnd(120))
    t = rstr(alphabet, 1 + rnd(6)) if rnd(5) else s[rnd(len(s) + 1):][:1 + rnd(8)]
    if not t:
        continue
    start, end = rnd(len(s) + 1), len(s) - rnd(len(s) + 1)
    pos = naive_positions(s, t)
    rpos = naive_rpositions(s, t)
    results = [
        (s.find(t, start, end), naive_find(s, t, start, max(end, 0))),
        (s.rfind(t, start, end), naive_rfind(s, t, start, max(end, 0))),
        (s.find(t), naive_find(s, t, 0, len(s))),
        (s.rfind(t), naive_rfind(s, t, 0, len(s))),
        (s.count(t), len(pos)),
        (t in s, len(pos) > 0),
        (s.replace(t, '#'), ''.join([s[([0] + [p + len(t) for p in pos])[k]:(pos + [len(s)])[k]] for k in range(len(pos) + 1)]).replace('\x00', '') if False else None),
        (s.split(t), None),
        (s.rsplit(t), None),
    ]
    # replace: rebuild from the positions.
    pieces, i = [], 0
    for p in pos:
        pieces += [s[i:p]]
        i = p + len(t)
    pieces += [s[i:]]
    results[6] = (s.replace(t, '#'), '#'.join(pieces))
    results[7] = (s.split(t), pieces)
    rpieces, j = [], len(s)
    for p in rpos:
        rpieces = [s[p + len(t):j]] + rpieces
        j = p
    rpieces = [s[:j]] + rpieces
    results[8] = (s.rsplit(t), rpieces)
    k = rnd(4)
    results += [(s.replace(t, 'xy', k), '#'.join(pieces[:k + 1]).replace('#', 'xy') + (t + t.join(pieces[k + 1:]) if k < len(pieces) - 1 else '')),
                (s.split(t, k), pieces[:k] + [t.join(pieces[k:])] if k < len(pieces) else pieces),
                (s.partition(t), (s[:pos[0]], t, s[pos[0] + len(t):]) if pos else (s, '', '')),
                (s.rpartition(t), (s[:rpos[0]], t, s[rpos[0] + len(t):]) if rpos else ('', '', s))]
    for got, want in results:
        checks += 1
        if got != want:
            bad += 1
            if bad < 10:
                print('MISMATCH', repr(s), repr(t), start, end, got, want)
print(checks, 'checks,', bad, 'mismatches')
long = ('ab' * 5000 + 'abc') * 3
print(long.find('abc'), long.rfind('abc'), long.count('ab'), long.count('abc'), long.find('ba' * 100 + 'c'),
      len(long.replace('abab', 'x')), len(long.split('ba')), long.rfind('ab' * 1000, 0, 15000))
wide = long.replace('c', '€')
print(wide.find('ab€'), wide.rfind('b€a'), wide.count('€'), wide.find('€', 10002), wide.count('ab€ab'),
      wide.index('ab' * 3 + '€'), ('x' + wide).rindex('€', 0, 20000))
