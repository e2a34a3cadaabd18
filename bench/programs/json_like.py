# A JSON-like serializer and parser written in Python: nested documents of
# dicts, lists, strings, ints, floats, booleans and None are encoded to text
# (with string escaping), parsed back, and compared.

DOCUMENTS = 4500


class Random:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


NAMES = ["id", "name", "tags", "price", "stock", "active", "notes", "owner", "size", "parts"]
WORDS = ["alpha", "beta", "gamma", "quote\"d", "back\\slash", "tab\there", "line\nbreak", "caf\u00e9", "x"]


def make_value(rng, depth):
    kind = rng.next(8 if depth < 4 else 5)
    if kind == 0:
        return rng.next(100000) - 50000
    if kind == 1:
        return (rng.next(2000000) - 1000000) / 128.0
    if kind == 2:
        return " ".join(WORDS[rng.next(len(WORDS))] for _ in range(1 + rng.next(4)))
    if kind == 3:
        return [True, False, None][rng.next(3)]
    if kind == 4:
        return WORDS[rng.next(len(WORDS))]
    if kind in (5, 6):
        return {NAMES[rng.next(len(NAMES))] + str(i): make_value(rng, depth + 1)
                for i in range(rng.next(6))}
    return [make_value(rng, depth + 1) for _ in range(rng.next(6))]


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def encode_string(s):
    parts = ['"']
    for ch in s:
        if ch in ESCAPES:
            parts.append(ESCAPES[ch])
        elif ord(ch) > 126:
            parts.append(f"\\u{ord(ch):04x}")
        else:
            parts.append(ch)
    parts.append('"')
    return "".join(parts)


def encode(value):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return encode_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(encode(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{encode_string(k)}: {encode(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot encode {type(value).__name__}")


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_space(self):
        text, pos = self.text, self.pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1
        self.pos = pos

    def expect(self, ch):
        self.skip_space()
        if self.text[self.pos] != ch:
            raise ParseError(f"expected {ch!r} at {self.pos}")
        self.pos += 1

    def parse(self):
        value = self.value()
        self.skip_space()
        if self.pos != len(self.text):
            raise ParseError(f"trailing data at {self.pos}")
        return value

    def value(self):
        self.skip_space()
        ch = self.text[self.pos]
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        for word, result in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        return self.number()

    def object(self):
        self.pos += 1
        result = {}
        self.skip_space()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_space()
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            self.skip_space()
            if self.text[self.pos] == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def array(self):
        self.pos += 1
        result = []
        self.skip_space()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_space()
            if self.text[self.pos] == ",":
                self.pos += 1
                continue
            self.expect("]")
            return result

    def string(self):
        text = self.text
        pos = self.pos + 1
        chunks = []
        while True:
            end = pos
            while text[end] != '"' and text[end] != "\\":
                end += 1
            chunks.append(text[pos:end])
            if text[end] == '"':
                self.pos = end + 1
                return "".join(chunks)
            code = text[end + 1]
            if code == "u":
                chunks.append(chr(int(text[end + 2:end + 6], 16)))
                pos = end + 6
            else:
                chunks.append({"n": "\n", "t": "\t", "r": "\r"}.get(code, code))
                pos = end + 2

    def number(self):
        start = self.pos
        text = self.text
        while self.pos < len(text) and text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        token = text[start:self.pos]
        if not token:
            raise ParseError(f"unexpected {text[start]!r} at {start}")
        if "." in token or "e" in token or "E" in token:
            return float(token)
        return int(token)


def main():
    rng = Random(7)
    total_chars = 0
    checksum = 0
    for i in range(DOCUMENTS):
        doc = {f"doc{i}": [make_value(rng, 0) for _ in range(8)], "index": i, "meta": [make_value(rng, 2) for _ in range(3)]}
        text = encode(doc)
        back = Parser(text).parse()
        if back != doc:
            raise ParseError(f"round trip failed for document {i}")
        again = encode(back)
        total_chars += len(again)
        for ch in again[::7]:
            checksum = (checksum * 33 + ord(ch)) % 1000000007
    print(f"{DOCUMENTS} documents, {total_chars} characters, checksum {checksum}")
    print(encode({"sample": doc["meta"][0], "escaped": WORDS[3:8]})[:200])


main()
