# A Brainfuck interpreter with bracket matching precomputed, a tape that
# grows, input from a string, an instruction budget, and an optimizing
# pass that folds runs of + - < > into counts; runs hello world, a
# squares printer and a program that reverses its input.
class BFError(Exception):
    pass


def parse(src):
    code = [c for c in src if c in "+-<>[].,"]
    ops, stack = [], []
    i = 0
    while i < len(code):
        c = code[i]
        if c in "+-<>":
            j = i
            while j < len(code) and code[j] == c:
                j += 1
            ops.append([c, j - i])
            i = j
            continue
        if c == "[":
            if code[i:i + 3] == ["[", "-", "]"]:
                ops.append(["zero", 0])
                i += 3
                continue
            stack.append(len(ops))
            ops.append(["[", None])
        elif c == "]":
            if not stack:
                raise BFError(f"unmatched ] at op {len(ops)}")
            start = stack.pop()
            ops[start][1] = len(ops)
            ops.append(["]", start])
        else:
            ops.append([c, 1])
        i += 1
    if stack:
        raise BFError(f"unmatched [ at op {stack[-1]}")
    return ops


def run(src, data="", budget=10 ** 7):
    ops = parse(src)
    tape = [0] * 16
    ptr = pc = steps = 0
    inp = iter(data.encode())
    out = []
    while pc < len(ops):
        steps += 1
        if steps > budget:
            raise BFError("step budget exhausted")
        op, arg = ops[pc]
        if op == "+":
            tape[ptr] = (tape[ptr] + arg) % 256
        elif op == "-":
            tape[ptr] = (tape[ptr] - arg) % 256
        elif op == ">":
            ptr += arg
            if ptr >= len(tape):
                tape.extend([0] * (ptr - len(tape) + 16))
        elif op == "<":
            ptr -= arg
            if ptr < 0:
                raise BFError("tape pointer moved left of the start")
        elif op == "zero":
            tape[ptr] = 0
        elif op == "[":
            if tape[ptr] == 0:
                pc = arg
        elif op == "]":
            if tape[ptr] != 0:
                pc = arg
        elif op == ".":
            out.append(tape[ptr])
        elif op == ",":
            tape[ptr] = next(inp, 0)
        pc += 1
    return bytes(out).decode("latin-1"), steps, len(ops)


HELLO = ("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.")
text, steps, nops = run(HELLO)
print(repr(text), steps, nops)
SQUARES = """
++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]
<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]"""
text, steps, nops = run(SQUARES)
lines = text.split("\n")
print(len(lines) - 1, lines[:5], lines[-2], steps)
REVERSE = ">,[>,]<[.<]"
print(run(REVERSE, "stressed")[0], run(REVERSE, "")[0] == "")
ECHO_UPPER = ",[>++++[<-------->-]<.,]"
print(run(ECHO_UPPER, "abc")[0])
for bad in ["[[]", "]", "<", "+[]"]:
    try:
        run(bad, budget=1000)
    except BFError as e:
        print(f"{bad!r}: BFError: {e}")
