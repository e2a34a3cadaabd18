# A text editor buffer with the command pattern: insert, delete, replace
# and move-cursor commands that know how to undo themselves, an undo/redo
# history with a limit, macro recording and playback, merging of
# consecutive single-character inserts, and search with wrap-around.
class Command:
    def apply(self, buf):
        raise NotImplementedError

    def undo(self, buf):
        raise NotImplementedError

    def merge(self, other):
        return False


class Insert(Command):
    def __init__(self, pos, text):
        self.pos, self.text = pos, text

    def apply(self, buf):
        buf.text = buf.text[:self.pos] + self.text + buf.text[self.pos:]
        buf.cursor = self.pos + len(self.text)

    def undo(self, buf):
        buf.text = buf.text[:self.pos] + buf.text[self.pos + len(self.text):]
        buf.cursor = self.pos

    def merge(self, other):
        if isinstance(other, Insert) and other.pos == self.pos + len(self.text) and len(other.text) == 1 \
                and not other.text.isspace():
            self.text += other.text
            return True
        return False

    def __repr__(self):
        return f"Insert({self.pos}, {self.text!r})"


class Delete(Command):
    def __init__(self, pos, length):
        self.pos, self.length = pos, length
        self.removed = None

    def apply(self, buf):
        self.removed = buf.text[self.pos:self.pos + self.length]
        buf.text = buf.text[:self.pos] + buf.text[self.pos + self.length:]
        buf.cursor = self.pos

    def undo(self, buf):
        buf.text = buf.text[:self.pos] + self.removed + buf.text[self.pos:]
        buf.cursor = self.pos + len(self.removed)

    def __repr__(self):
        return f"Delete({self.pos}, {self.length})"


class Replace(Command):
    def __init__(self, old, new):
        self.old, self.new = old, new
        self.positions = []

    def apply(self, buf):
        self.positions = []
        out, i = [], 0
        while True:
            j = buf.text.find(self.old, i)
            if j < 0:
                break
            self.positions.append(j)
            out.append(buf.text[i:j] + self.new)
            i = j + len(self.old)
        buf.text = "".join(out) + buf.text[i:]

    def undo(self, buf):
        text = buf.text
        shift = len(self.new) - len(self.old)
        for n, p in reversed(list(enumerate(self.positions))):
            q = p + n * shift
            text = text[:q] + self.old + text[q + len(self.new):]
        buf.text = text

    def __repr__(self):
        return f"Replace({self.old!r} -> {self.new!r}, {len(self.positions)} places)"


class Buffer:
    def __init__(self, text="", limit=50):
        self.text, self.cursor = text, len(text)
        self.undo_stack, self.redo_stack = [], []
        self.limit = limit
        self.recording = None

    def do(self, cmd, merge=True):
        cmd.apply(self)
        if self.recording is not None:
            self.recording.append(cmd)
        if merge and self.undo_stack and self.undo_stack[-1].merge(cmd):
            pass
        else:
            self.undo_stack.append(cmd)
            del self.undo_stack[:-self.limit]
        self.redo_stack.clear()

    def type(self, text):
        for ch in text:
            self.do(Insert(self.cursor, ch))

    def undo(self):
        if not self.undo_stack:
            return False
        cmd = self.undo_stack.pop()
        cmd.undo(self)
        self.redo_stack.append(cmd)
        return True

    def redo(self):
        if not self.redo_stack:
            return False
        cmd = self.redo_stack.pop()
        cmd.apply(self)
        self.undo_stack.append(cmd)
        return True

    def find(self, word, start=None):
        start = self.cursor if start is None else start
        i = self.text.find(word, start)
        if i < 0:
            i = self.text.find(word, 0)
        return i

    def show(self):
        return self.text[:self.cursor] + "|" + self.text[self.cursor:]


b = Buffer()
b.type("Hello world")
print(b.show(), b.undo_stack)
b.do(Delete(5, 6))
b.type(", there")
print(b.show(), len(b.undo_stack))
b.do(Replace("e", "E"))
print(b.show())
while b.undo():
    print("undo ->", repr(b.text))
print(b.redo(), b.redo(), b.show())
b.type("!")
print(b.redo(), b.show(), b.redo_stack)
b.recording = []
b.do(Insert(0, ">> "), merge=False)
b.do(Replace(" ", "_"))
macro, b.recording = b.recording, None
print(b.text, macro)
other = Buffer("a b c")
for cmd in macro:
    fresh = type(cmd).__new__(type(cmd))
    fresh.__dict__.update(cmd.__dict__)
    other.do(fresh)
print(other.text, other.undo(), other.text, other.undo(), other.text)
print(b.find("E"), b.find("zzz"), b.find("_", 10), b.find(">>", 5))
small = Buffer(limit=3)
for word in ["one ", "two ", "three ", "four "]:
    small.type(word)
print(repr(small.text), len(small.undo_stack), [small.undo() for _ in range(5)], repr(small.text))
try:
    Command().apply(b)
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
