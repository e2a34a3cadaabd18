# A tiny bytecode interpreter written in Python: an assembler turns text
# into instruction tuples (resolving labels), and a stack machine with
# local variables, jumps and calls runs three programs on it.

SIEVE_LIMIT = 15000
FIB_N = 22
COLLATZ_UP_TO = 4000

SIEVE = """
    ; count primes below n with trial division by odd numbers
    push 0
    store count
    push 2
    store i
loop:
    load i
    load n
    lt
    jz done
    load i
    call is_prime
    load count
    add
    store count
    load i
    push 1
    add
    store i
    jmp loop
done:
    load count
    halt

is_prime:           ; (k -- 1 if k is prime else 0)
    store k
    load k
    push 2
    eq
    jnz yes
    load k
    push 2
    mod
    jz no
    push 3
    store d
again:
    load d
    load d
    mul
    load k
    gt
    jnz yes
    load k
    load d
    mod
    jz no
    load d
    push 2
    add
    store d
    jmp again
yes:
    push 1
    ret
no:
    push 0
    ret
"""

FIB = """
    load n
    call fib
    halt
fib:                ; (n -- fib(n)), recursive
    dup
    push 2
    lt
    jnz small
    dup
    push 1
    sub
    call fib
    swap
    push 2
    sub
    call fib
    add
    ret
small:
    ret
"""

COLLATZ = """
    ; the start below n with the longest Collatz sequence
    push 1
    store start
    push 0
    store best
    push 0
    store best_start
next:
    load start
    load n
    lt
    jz finish
    load start
    store x
    push 0
    store steps
step:
    load x
    push 1
    eq
    jnz counted
    load steps
    push 1
    add
    store steps
    load x
    push 2
    mod
    jz even
    load x
    push 3
    mul
    push 1
    add
    store x
    jmp step
even:
    load x
    push 2
    div
    store x
    jmp step
counted:
    load steps
    load best
    gt
    jz skip
    load steps
    store best
    load start
    store best_start
skip:
    load start
    push 1
    add
    store start
    jmp next
finish:
    load best_start
    load best
    halt
"""


class AssemblyError(Exception):
    pass


def assemble(source):
    """Return a list of (opcode, argument) pairs with labels resolved."""
    labels = {}
    raw = []
    for line in source.splitlines():
        line = line.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(raw)
            continue
        parts = line.split()
        raw.append((parts[0], parts[1] if len(parts) > 1 else None))
    code = []
    for op, arg in raw:
        if op in ("jmp", "jz", "jnz", "call"):
            if arg not in labels:
                raise AssemblyError(f"unknown label {arg}")
            arg = labels[arg]
        elif op == "push":
            arg = int(arg)
        code.append((op, arg))
    return code


class Frame:
    __slots__ = ("return_pc", "locals")

    def __init__(self, return_pc, local_vars):
        self.return_pc = return_pc
        self.locals = local_vars


class Machine:
    def __init__(self, code):
        self.code = code
        self.executed = 0

    def run(self, **inputs):
        code = self.code
        stack = []
        frames = [Frame(-1, dict(inputs))]
        local_vars = frames[-1].locals
        pc = 0
        executed = 0
        binary = {
            "add": lambda a, b: a + b,
            "sub": lambda a, b: a - b,
            "mul": lambda a, b: a * b,
            "div": lambda a, b: a // b,
            "mod": lambda a, b: a % b,
            "lt": lambda a, b: int(a < b),
            "gt": lambda a, b: int(a > b),
            "eq": lambda a, b: int(a == b),
        }
        while True:
            op, arg = code[pc]
            pc += 1
            executed += 1
            if op == "push":
                stack.append(arg)
            elif op == "load":
                stack.append(local_vars[arg])
            elif op == "store":
                local_vars[arg] = stack.pop()
            elif op in binary:
                b = stack.pop()
                stack[-1] = binary[op](stack[-1], b)
            elif op == "jmp":
                pc = arg
            elif op == "jz":
                if not stack.pop():
                    pc = arg
            elif op == "jnz":
                if stack.pop():
                    pc = arg
            elif op == "dup":
                stack.append(stack[-1])
            elif op == "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif op == "call":
                frames.append(Frame(pc, {}))
                local_vars = frames[-1].locals
                pc = arg
            elif op == "ret":
                pc = frames.pop().return_pc
                local_vars = frames[-1].locals
            elif op == "halt":
                self.executed += executed
                return stack
            else:
                raise AssemblyError(f"bad opcode {op}")


def main():
    primes = Machine(assemble(SIEVE))
    print("primes below", SIEVE_LIMIT, "=", primes.run(n=SIEVE_LIMIT))
    fib = Machine(assemble(FIB))
    print(f"fib({FIB_N}) =", fib.run(n=FIB_N))
    collatz = Machine(assemble(COLLATZ))
    print("longest Collatz start below", COLLATZ_UP_TO, "and its steps:", collatz.run(n=COLLATZ_UP_TO))
    total = primes.executed + fib.executed + collatz.executed
    print("instructions executed:", total)


main()
