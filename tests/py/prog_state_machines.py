# State machines: a table-driven vending machine, a class-per-state traffic
# light with timers, a tokenizer for a CSV dialect (quotes, escaped quotes,
# embedded newlines) written as an explicit FSM, and a regular-expression
# style NFA matcher for a tiny pattern language (literals, ., *, ?).
class VendingMachine:
    PRICES = {"cola": 150, "chips": 100, "candy": 65}
    TRANSITIONS = {
        ("idle", "coin"): "paying",
        ("paying", "coin"): "paying",
        ("paying", "select"): "vending",
        ("paying", "refund"): "idle",
        ("vending", "take"): "idle",
    }

    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.log = []

    def handle(self, event, arg=None):
        nxt = self.TRANSITIONS.get((self.state, event))
        if nxt is None:
            self.log.append(f"[{self.state}] ignored {event}")
            return
        if event == "coin":
            if arg not in (5, 10, 25, 100):
                self.log.append(f"rejected coin {arg}")
                return
            self.credit += arg
        elif event == "select":
            price = self.PRICES.get(arg)
            if price is None or price > self.credit:
                self.log.append(f"cannot vend {arg} with {self.credit}")
                return
            self.credit -= price
            self.log.append(f"vend {arg}, change {self.credit}")
            self.credit = 0
        elif event == "refund":
            self.log.append(f"refund {self.credit}")
            self.credit = 0
        self.log.append(f"{self.state} --{event}--> {nxt}")
        self.state = nxt


vm = VendingMachine()
for ev in [("select", "cola"), ("coin", 100), ("coin", 3), ("coin", 25), ("select", "cola"), ("coin", 25),
           ("select", "cola"), ("take",), ("coin", 100), ("refund",), ("take",)]:
    vm.handle(*ev)
print("\n".join(vm.log))


class LightState:
    duration = 1

    def next(self):
        raise NotImplementedError


class Red(LightState):
    duration = 4

    def next(self):
        return Green()


class Green(LightState):
    duration = 3

    def next(self):
        return Yellow()


class Yellow(LightState):
    duration = 1

    def next(self):
        return Red()


class TrafficLight:
    def __init__(self):
        self.state = Red()
        self.timer = self.state.duration

    def tick(self):
        self.timer -= 1
        if self.timer == 0:
            self.state = self.state.next()
            self.timer = self.state.duration
        return type(self.state).__name__[0]


light = TrafficLight()
print("".join(light.tick() for _ in range(24)))
try:
    LightState().next()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))


def parse_csv(text):
    rows, row, field = [], [], []
    state = "start"
    for ch in text + "\n" if not text.endswith("\n") else text:
        if state in ("start", "unquoted"):
            if ch == '"' and state == "start":
                state = "quoted"
            elif ch == ",":
                row.append("".join(field))
                field, state = [], "start"
            elif ch == "\n":
                row.append("".join(field))
                rows.append(row)
                row, field, state = [], [], "start"
            else:
                field.append(ch)
                state = "unquoted"
        elif state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                field.append(ch)
        elif state == "quote_in_quoted":
            if ch == '"':
                field.append('"')
                state = "quoted"
            elif ch == ",":
                row.append("".join(field))
                field, state = [], "start"
            elif ch == "\n":
                row.append("".join(field))
                rows.append(row)
                row, field, state = [], [], "start"
            else:
                raise ValueError(f"unexpected {ch!r} after closing quote")
    if state == "quoted":
        raise ValueError("unterminated quoted field")
    return rows


data = 'name,quote,n\nada,"said ""hi""",1\n"multi\nline",plain,2\n,,\nlast,"a,b",3'
for row in parse_csv(data):
    print(row)
for bad in ['a,"open', '"x"y,1']:
    try:
        parse_csv(bad)
    except ValueError as e:
        print("ValueError:", e)


def compile_pattern(pat):
    tokens = []
    i = 0
    while i < len(pat):
        ch = pat[i]
        mod = pat[i + 1] if i + 1 < len(pat) and pat[i + 1] in "*?" else ""
        tokens.append((ch, mod))
        i += 2 if mod else 1
    return tokens


def match(pat, text):
    tokens = compile_pattern(pat)

    def closure(states):
        stack, seen = list(states), set(states)
        while stack:
            s = stack.pop()
            if s < len(tokens) and tokens[s][1] in "*?" and tokens[s][1] and s + 1 not in seen:
                seen.add(s + 1)
                stack.append(s + 1)
        return seen

    states = closure({0})
    for ch in text:
        nxt = set()
        for s in states:
            if s < len(tokens):
                c, mod = tokens[s]
                if c == "." or c == ch:
                    nxt.add(s if mod == "*" else s + 1)
        states = closure(nxt)
        if not states:
            return False
    return len(tokens) in states


for pat, text in [("a*b", "aaab"), ("a*b", "b"), ("a*b", "aac"), ("h.llo", "hello"), ("colou?r", "color"),
                  ("colou?r", "colour"), ("colou?r", "colouur"), (".*x.*", "abxcd"), ("", ""), ("a?", ""),
                  ("a.c*", "ab"), ("a.c*", "abccc")]:
    print(f"{pat!r:10} {text!r:10} {match(pat, text)}")
