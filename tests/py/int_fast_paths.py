vals = [0, 1, -1, 7, -7, 2**29, 2**30, -2**30, 2**31-1, 2**59, 2**60, 2**61+5, 2**62, -2**62, 2**63-1, -2**63, 2**63, 2**64, 12345678901234567]
out = []
for a in vals:
    for b in vals:
        out.append(a + b); out.append(a - b); out.append(a * b)
        out.append(a & b); out.append(a | b); out.append(a ^ b)
        out.append(a < b); out.append(a == b); out.append(a >= b)
        if b:
            out.append(a // b); out.append(a % b)
        if 0 <= b < 70:
            out.append(a << b); out.append(a >> b)
print(hash(tuple(out)) if False else len(out), sum(x for x in out if not isinstance(x, bool)) % 1000003, out[:20], out[-20:])
