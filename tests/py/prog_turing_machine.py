# A Turing machine simulator: rules as a dict keyed by (state, symbol),
# a sparse tape (dict), a step limit, tape rendering around the head, and
# three machines: binary increment, a unary adder, and the 3-state busy
# beaver (14 steps, 6 ones).
class Halt(Exception):
    pass


class Machine:
    def __init__(self, rules, start, accept, blank="_"):
        self.rules = {}
        for line in rules.strip().split("\n"):
            state, read, write, move, nxt = line.split()
            self.rules[state, read] = (write, {"L": -1, "R": 1, "N": 0}[move], nxt)
        self.start, self.accept, self.blank = start, accept, blank

    def run(self, tape_text, head=0, limit=10000, trace=False):
        tape = {i: ch for i, ch in enumerate(tape_text)}
        state, steps = self.start, 0
        while state not in self.accept:
            symbol = tape.get(head, self.blank)
            try:
                write, move, state = self.rules[state, symbol]
            except KeyError:
                raise Halt(f"no rule for state {state!r} reading {symbol!r} after {steps} steps") from None
            if trace:
                print(f"  {steps:3} {self.render(tape, head)}")
            tape[head] = write
            head += move
            steps += 1
            if steps > limit:
                raise Halt(f"step limit {limit} reached")
        return self.render(tape, head).strip(), steps, state

    def render(self, tape, head):
        cells = [i for i, v in tape.items() if v != self.blank] or [head]
        lo, hi = min(min(cells), head), max(max(cells), head)
        return "".join(f"[{tape.get(i, self.blank)}]" if i == head else tape.get(i, self.blank)
                       for i in range(lo, hi + 1))


increment = Machine("""
right 0 0 R right
right 1 1 R right
right _ _ L carry
carry 1 0 L carry
carry 0 1 N done
carry _ 1 N done
""", "right", {"done"})
for number in ["0", "1", "1011", "111", "1001111"]:
    result, steps, _ = increment.run(number)
    print(f"{number:>8} + 1 -> {result.replace('[', '').replace(']', '').strip('_'):>8} in {steps} steps")
adder = Machine("""
scan 1 1 R scan
scan + 1 R tail
tail 1 1 R tail
tail _ _ L erase
erase 1 _ N done
""", "scan", {"done"})
print(adder.run("111+11", trace=True))
beaver = Machine("""
A _ 1 R B
A 1 1 R C
B _ 1 L A
B 1 1 R B
C _ 1 L B
C 1 1 N H
""", "A", {"H"})
tape, steps, state = beaver.run("")
print(tape, steps, state, tape.count("1"))
loop = Machine("""
a _ _ R a
""", "a", {"z"})
for machine, text in [(loop, ""), (increment, "12")]:
    try:
        machine.run(text, limit=50)
    except Halt as e:
        print("Halt:", e)
