# Huffman compression: a frequency count, tree built with a hand-written heap of
# (weight, order, node) tuples, canonical codes, encoding to a bit string,
# packing into bytes, decoding, and the compression ratio. Tree nodes are
# tuples, so no cycles.
def heappush(h, item):
    h.append(item)
    i = len(h) - 1
    while i and h[(i - 1) // 2] > h[i]:
        h[(i - 1) // 2], h[i] = h[i], h[(i - 1) // 2]
        i = (i - 1) // 2


def heappop(h):
    last = h.pop()
    if not h:
        return last
    top, h[0] = h[0], last
    i = 0
    while True:
        c = 2 * i + 1
        if c >= len(h):
            break
        if c + 1 < len(h) and h[c + 1] < h[c]:
            c += 1
        if h[i] <= h[c]:
            break
        h[i], h[c] = h[c], h[i]
        i = c
    return top


def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = []
    order = 0
    for ch, w in sorted(freq.items()):
        heappush(heap, (w, order, ("leaf", ch)))
        order += 1
    if len(heap) == 1:
        w, _, node = heap[0]
        return ("node", node, None), freq
    while len(heap) > 1:
        w1, _, a = heappop(heap)
        w2, _, b = heappop(heap)
        heappush(heap, (w1 + w2, order, ("node", a, b)))
        order += 1
    return heap[0][2], freq


def code_lengths(node, depth=0, out=None):
    if out is None:
        out = {}
    if node[0] == "leaf":
        out[node[1]] = max(depth, 1)
    else:
        code_lengths(node[1], depth + 1, out)
        if node[2] is not None:
            code_lengths(node[2], depth + 1, out)
    return out


def canonical(lengths):
    codes, code, prev_len = {}, 0, 0
    for ch, length in sorted(lengths.items(), key=lambda kv: (kv[1], kv[0])):
        code <<= length - prev_len
        codes[ch] = format(code, f"0{length}b")
        code += 1
        prev_len = length
    return codes


def encode(text, codes):
    return "".join(codes[ch] for ch in text)


def pack(bits):
    padding = (8 - len(bits) % 8) % 8
    bits += "0" * padding
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)), padding


def unpack(data, padding):
    bits = "".join(format(b, "08b") for b in data)
    return bits[:len(bits) - padding] if padding else bits


def decode(bits, codes):
    reverse = {v: k for k, v in codes.items()}
    out, cur = [], ""
    for b in bits:
        cur += b
        if cur in reverse:
            out.append(reverse[cur])
            cur = ""
    if cur:
        raise ValueError(f"trailing bits {cur!r}")
    return "".join(out)


samples = ["abracadabra", "aaaaaaaa", "the quick brown fox jumps over the lazy dog",
           "Mississippi river, Mississippi state" * 3, "日本語の日本"]
for text in samples:
    tree, freq = build_tree(text)
    codes = canonical(code_lengths(tree))
    bits = encode(text, codes)
    data, padding = pack(bits)
    back = decode(unpack(data, padding), codes)
    assert back == text
    raw = len(text.encode())
    print(f"{text[:24]!r:28} {len(freq):2} symbols, {len(bits):4} bits, {len(data):3} bytes vs {raw:3} "
          f"({len(data) / raw:.0%})")
tree, freq = build_tree("abracadabra")
codes = canonical(code_lengths(tree))
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(ch, freq[ch], codes[ch])
print(pack(encode("abracadabra", codes)))
try:
    decode("0" * 3 + "1", {"a": "00", "b": "01"})
except ValueError as e:
    print("ValueError:", e)
