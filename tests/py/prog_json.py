# A JSON parser and serializer written by hand: strings with escapes and
# \u surrogate pairs, numbers (int, float, exponent), nested containers,
# error messages with line and column, pretty printing with sorted keys,
# and a round trip check.
class JSONError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.text = text
        self.i = 0

    def error(self, msg):
        line = self.text.count("\n", 0, self.i) + 1
        col = self.i - (self.text.rfind("\n", 0, self.i) + 1) + 1
        raise JSONError(f"{msg} at line {line} column {col}")

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \t\r\n":
            self.i += 1

    def parse(self):
        self.ws()
        value = self.value()
        self.ws()
        if self.i != len(self.text):
            self.error("extra data")
        return value

    def value(self):
        self.ws()
        if self.i >= len(self.text):
            self.error("unexpected end")
        ch = self.text[self.i]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch in "-0123456789":
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        self.error(f"unexpected character {ch!r}")

    def obj(self):
        self.i += 1
        out = {}
        self.ws()
        if self.text[self.i:self.i + 1] == "}":
            self.i += 1
            return out
        while True:
            self.ws()
            if self.text[self.i:self.i + 1] != '"':
                self.error("expected string key")
            key = self.string()
            self.ws()
            if self.text[self.i:self.i + 1] != ":":
                self.error("expected ':'")
            self.i += 1
            out[key] = self.value()
            self.ws()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == "}":
                return out
            if ch != ",":
                self.i -= 1
                self.error("expected ',' or '}'")

    def arr(self):
        self.i += 1
        out = []
        self.ws()
        if self.text[self.i:self.i + 1] == "]":
            self.i += 1
            return out
        while True:
            out.append(self.value())
            self.ws()
            ch = self.text[self.i:self.i + 1]
            self.i += 1
            if ch == "]":
                return out
            if ch != ",":
                self.i -= 1
                self.error("expected ',' or ']'")

    ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def string(self):
        self.i += 1
        out = []
        while True:
            if self.i >= len(self.text):
                self.error("unterminated string")
            ch = self.text[self.i]
            self.i += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.i:self.i + 1]
                self.i += 1
                if esc == "u":
                    code = int(self.text[self.i:self.i + 4], 16)
                    self.i += 4
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.i):
                        low = int(self.text[self.i + 2:self.i + 6], 16)
                        self.i += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    out.append(chr(code))
                elif esc in self.ESC:
                    out.append(self.ESC[esc])
                else:
                    self.i -= 1
                    self.error(f"bad escape \\{esc}")
            else:
                out.append(ch)

    def number(self):
        start = self.i
        if self.text[self.i] == "-":
            self.i += 1
        while self.i < len(self.text) and self.text[self.i] in "0123456789.eE+-":
            self.i += 1
        lexeme = self.text[start:self.i]
        try:
            return float(lexeme) if any(c in lexeme for c in ".eE") else int(lexeme)
        except ValueError:
            self.i = start
            self.error(f"bad number {lexeme!r}")


def dumps(v, indent=None, level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return repr(v)
    if isinstance(v, str):
        out = ['"']
        for ch in v:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ch == "\t":
                out.append("\\t")
            elif ord(ch) < 0x20 or ord(ch) > 0x7E:
                code = ord(ch)
                if code > 0xFFFF:
                    code -= 0x10000
                    out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
                else:
                    out.append(f"\\u{code:04x}")
            else:
                out.append(ch)
        return "".join(out) + '"'
    if isinstance(v, list):
        if not v:
            return "[]"
        return "[" + sep.join(pad + dumps(x, indent, level + 1) for x in v) + end + "]"
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = sorted(v.items())
        return "{" + sep.join(pad + dumps(k) + ": " + dumps(x, indent, level + 1) for k, x in items) + end + "}"
    raise TypeError(f"Object of type {type(v).__name__} is not JSON serializable")


doc = '''{
  "name": "dx-py", "version": [3, 11, 2], "stable": false, "score": -12.5e-1,
  "tags": ["fast", "exact"], "nested": {"empty": {}, "list": [], "null": null},
  "text": "quote \\" backslash \\\\ tab\\t snow \\u2603 emoji \\ud83d\\ude00 slash \\/"
}'''
value = Parser(doc).parse()
print(value["name"], value["version"], value["score"], value["nested"], value["text"])
print(dumps(value))
print(dumps(value, indent=2))
assert Parser(dumps(value)).parse() == value
for bad in ['{"a": 1,}', '[1 2]', '{"a" 1}', '"abc', '[1, tru]', '{"x": "\\q"}', '01x', '[1] 2', '', '{1: 2}',
            '[-]', '\n\n  [1,\n   @]']:
    try:
        Parser(bad).parse()
        print(repr(bad), "parsed?")
    except JSONError as e:
        print(f"{bad!r:22} JSONError: {e}")
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
